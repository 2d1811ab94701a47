import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inferPublished } from "../../../src/nlp/dates/index.js";
import { mentions } from "./helpers.js";

const TEXT = readFileSync(new URL("../../fixtures/dates/hochwasser-de.txt", import.meta.url), "utf8");

describe("findDates on a whole agency article", () => {
  it("finds every temporal expression of the article, resolved against its date", () => {
    const found = mentions(TEXT, "2024-06-05").map((m) => `${m.text} → ${m.value} (${m.granularity})`);
    expect(found).toEqual([
      "Mittwoch (5. Juni) → 2024-06-05 (day)",
      "frühen Dienstagmorgen → 2024-06-04 (day)",
      "Sonntag → 2024-06-02 (day)",
      "gestern → 2024-06-04 (day)",
      "Freitag → 2024-06-07 (day)",
      "vor drei Tagen → 2024-06-02 (day)",
      "3. Juni 2013 → 2013-06-03 (day)",
      "Ende 2015 → 2015 (year)",
      "2016 → 2016 (year)",
      "2030 → 2030 (year)",
      "kommenden Montag → 2024-06-10 (day)",
      "Juli → 2024-07 (month)",
      "August → 2024-08 (month)",
      "Samstag → 2024-06-01 (day)",
      "Mai → 2024-05 (month)",
    ]);
  });

  it("keeps only absolute dates without the article date, and infers none from an old year hint", () => {
    const found = mentions(TEXT, null).map((m) => m.text);
    expect(found).toEqual(["3. Juni 2013", "Ende 2015", "2016", "2030"]);
    expect(inferPublished(TEXT, null, "de")).toBeNull();
  });
});
