import { describe, expect, it } from "vitest";
import { dateBound, publishedInstant } from "../../src/store/dates.js";

describe("publishedInstant", () => {
  it("turns ISO dates and date-times into UTC instants", () => {
    expect(publishedInstant("2024-03-06T17:45:00+01:00")).toBe("2024-03-06T16:45:00.000Z");
    expect(publishedInstant("2024-03-06T17:45:00+0100")).toBe("2024-03-06T16:45:00.000Z");
    expect(publishedInstant("2024-03-06T17:45:00+01")).toBe("2024-03-06T16:45:00.000Z");
    expect(publishedInstant("2024-03-06 08:15")).toBe("2024-03-06T08:15:00.000Z");
    expect(publishedInstant("2024-03-06")).toBe("2024-03-06T00:00:00.000Z");
    expect(publishedInstant("2024-03")).toBe("2024-03-01T00:00:00.000Z");
  });

  it("gives null for what is not an ISO date", () => {
    for (const value of [null, "gestern", "06.03.2024", "2024-02-30", "2024-13-01", "2024-03-06T25:00:00Z", "März 2024"]) {
      expect(publishedInstant(value)).toBeNull();
    }
  });
});

describe("dateBound", () => {
  it("makes a date-only until cover its whole day, month or year", () => {
    expect(dateBound("2024-03-06", "until")).toEqual({ op: "<", instant: "2024-03-07T00:00:00.000Z" });
    expect(dateBound("2024-12", "until")).toEqual({ op: "<", instant: "2025-01-01T00:00:00.000Z" });
    expect(dateBound("2024", "until")).toEqual({ op: "<", instant: "2025-01-01T00:00:00.000Z" });
    expect(dateBound("2024-02-29", "since")).toEqual({ op: ">=", instant: "2024-02-29T00:00:00.000Z" });
    expect(dateBound("2024-03-06T12:00:00+02:00", "until")).toEqual({ op: "<=", instant: "2024-03-06T10:00:00.000Z" });
    expect(dateBound("Anfang März", "since")).toBeNull();
  });
});
