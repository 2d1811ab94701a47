import { describe, expect, it } from "vitest";
import { choosePublished, type DateCandidate } from "../../src/extract/date-candidates.js";
import { shiftDay } from "../../src/extract/date-parts.js";

const c = (iso: string, family: DateCandidate["family"], weight: number, extra: Partial<DateCandidate> = {}): DateCandidate => ({ iso, family, weight, ...extra });

describe("choosePublished", () => {
  it("sums the strongest evidence of each family, so copies within one family do not outvote others", () => {
    const candidates = [
      c("2024-05-14T18:00:00+02:00", "jsonld", 3),
      c("2024-05-14T18:00:00+02:00", "jsonld", 3),
      c("2024-05-16", "meta", 2),
      c("2024-05-16", "text", 2.5),
    ];
    expect(choosePublished(candidates)?.value).toBe("2024-05-16");
  });

  it("reports the date-time of the winning day and where it comes from", () => {
    expect(choosePublished([c("2024-05-14", "text", 3), c("2024-05-14T18:00:00+02:00", "markup", 2)])).toEqual({
      value: "2024-05-14T18:00:00+02:00",
      source: "metadata",
    });
    expect(choosePublished([c("2024-05-14", "text", 2)])).toEqual({ value: "2024-05-14", source: "text" });
  });

  it("trusts the URL date unless the metadata puts the publication on that day or the next", () => {
    expect(choosePublished([c("2017-07-12", "url", 3), c("2019-06-17T18:28:00+02:00", "jsonld", 3), c("2019-06-17", "meta", 3)])?.value).toBe("2017-07-12");
    expect(choosePublished([c("2020-02-18", "url", 3), c("2020-02-19T09:00:00+01:00", "jsonld", 3)])?.value).toBe("2020-02-19T09:00:00+01:00");
    expect(choosePublished([c("2020-02-18", "url", 3), c("2020-02-21", "text", 3)])?.value).toBe("2020-02-18");
  });

  it("moves a UTC time near midnight to the neighbouring local day that firm evidence names", () => {
    const american = [c("2023-11-09T02:11:03Z", "meta", 3), c("2023-11-09T02:11:03Z", "jsonld", 3), c("2023-11-08T21:11:03-05:00", "markup", 3)];
    expect(choosePublished(american)?.value).toBe("2023-11-08T21:11:03-05:00");
    const italian = [c("2023-11-01T23:01:00Z", "meta", 3), c("2023-11-02", "url", 3)];
    expect(choosePublished(italian)?.value).toBe("2023-11-02");
    const midday = [c("2023-11-01T12:00:00Z", "meta", 3), c("2023-11-02", "text", 3)];
    expect(choosePublished(midday)?.value).toBe("2023-11-01T12:00:00Z");
  });

  it("reads a UTC time in the page's local time unless firm evidence names the UTC day", () => {
    const berlin = [c("2024-05-16T22:30:00Z", "meta", 3, { local: "2024-05-17T00:30:00+02:00" })];
    expect(choosePublished(berlin)?.value).toBe("2024-05-17T00:30:00+02:00");
    const shown = [c("2024-05-16T22:30:00Z", "meta", 3, { local: "2024-05-17T00:30:00+02:00" }), c("2024-05-16", "text", 3)];
    expect(choosePublished(shown)?.value).toBe("2024-05-16T22:30:00Z");
  });

  it("takes the other reading of an ambiguous numeric date when firm evidence names it", () => {
    const candidates = [c("2023-01-11", "meta", 2, { alternative: "2023-11-01" }), c("2023-11-01", "text", 2.5)];
    expect(choosePublished(candidates)?.value).toBe("2023-11-01");
  });

  it("counts generic evidence on a modification day half when an earlier day is named firmly", () => {
    const candidates = [c("2021-10-15", "meta", 2), c("2021-10-15", "text", 1.5, { modified: true }), c("2021-10-13", "text", 2)];
    expect(choosePublished(candidates)?.value).toBe("2021-10-13");
    const explicit = [c("2021-10-15T10:00:00+02:00", "jsonld", 3), c("2021-10-15", "jsonld", 2, { modified: true }), c("2021-10-13", "text", 2)];
    expect(choosePublished(explicit)?.value).toBe("2021-10-15T10:00:00+02:00");
  });

  it("gives little weight to visible dates weeks after every metadata date (announced events)", () => {
    const candidates = [c("2020-02-11", "meta", 2), c("2020-05-09", "text", 2.5), c("2020-04-04", "text", 2)];
    expect(choosePublished(candidates)?.value).toBe("2020-02-11");
  });

  it("uses a modification date only as an inferred last resort", () => {
    expect(choosePublished([c("2019-10-19", "text", 1.5, { modified: true })])).toEqual({ value: "2019-10-19", source: "inferred" });
    expect(choosePublished([c("2013-11-10", "text", 0.4), c("2013-04-04T18:52:11+00:00", "markup", 2, { modified: true })])?.source).toBe("inferred");
    expect(choosePublished([c("2013-03-28", "text", 2), c("2013-04-04", "markup", 2, { modified: true })])).toEqual({ value: "2013-03-28", source: "text" });
    expect(choosePublished([])).toBeNull();
  });
});

describe("shiftDay", () => {
  it("moves across month and year ends", () => {
    expect(shiftDay("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDay("2024-01-01", -1)).toBe("2023-12-31");
  });
});
