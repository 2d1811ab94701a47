import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

const REF = "2024-06-05";

describe("findDates: weekday next to an explicit date", () => {
  it("joins a weekday and a consistent explicit date into one day mention", () => {
    expect(triples("Montag, 3. Juni 2024: Der Pegel in Passau steigt weiter.", REF)).toEqual([
      ["Montag, 3. Juni 2024", "2024-06-03", "day"],
    ]);
    expect(triples("Das Treffen fand am Dienstag, den 4. Juni, in Brüssel statt.", REF)).toEqual([
      ["Dienstag, den 4. Juni", "2024-06-04", "day"],
    ]);
    expect(triples("Das Urteil wurde am Freitag (31.5.) verkündet.", REF)).toEqual([["Freitag (31.5.)", "2024-05-31", "day"]]);
  });

  it("joins a date followed by its weekday in parentheses", () => {
    expect(triples("Die Wahl am 9. Juni (Sonntag) entscheidet über das Parlament.", REF)).toEqual([
      ["9. Juni (Sonntag)", "2024-06-09", "day"],
    ]);
  });

  it("prefers the explicit date when the weekday does not agree, and goes on", () => {
    expect(triples("Am Dienstag, 3. Juni 2024, tagte der Ausschuss. Am Freitag folgte die Abstimmung.", REF)).toEqual([
      ["Dienstag, 3. Juni 2024", "2024-06-03", "day"],
      ["Freitag", "2024-05-31", "day"],
    ]);
  });

  it("keeps a weekday and a date apart when text stands between them", () => {
    expect(triples("Am Montag hieß es, die Frist laufe bis 30. Juni.", REF)).toEqual([
      ["Montag", "2024-06-03", "day"],
      ["30. Juni", "2024-06-30", "day"],
    ]);
  });
});
