import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/nlp/dates/index.js";
import { triples } from "./helpers.js";

describe("findDates without a reference date", () => {
  it("keeps only what needs no reference", () => {
    const text = "Am Montag (3. Juni 2024) stieg der Pegel, gestern fiel er. Im Mai und am 5. Juni regnete es, seit 2019 häufiger.";
    expect(triples(text, null)).toEqual([
      ["Montag (3. Juni 2024)", "2024-06-03", "day"],
      ["2019", "2019", "year"],
    ]);
  });

  it("reads German for an unknown language and nothing for other languages", () => {
    const text = "Der Vertrag wurde am 12. März 2024 unterzeichnet.";
    expect(findDates(text, { language: null, reference: null })).toHaveLength(1);
    expect(findDates("Le traité a été signé le 12 mars 2024.", { language: "fr", reference: null })).toEqual([]);
  });

  it("returns nothing for empty text and ignores a malformed reference", () => {
    expect(findDates("", { language: "de", reference: "2024-06-05" })).toEqual([]);
    expect(triples("Gestern und am 1. Mai 2024.", "kein Datum")).toEqual([["1. Mai 2024", "2024-05-01", "day"]]);
  });

  it("reads the day of a date-time reference", () => {
    expect(triples("Gestern trat der Vorstand zurück.", "2024-06-05T22:30:00+02:00")).toEqual([["Gestern", "2024-06-04", "day"]]);
  });
});
