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

  it("joins a weekday in apposition after a date, which is no second day", () => {
    expect(triples("Am 24. Dezember 2023, einem Sonntag, blieb es in der Stadt ruhig.", REF)).toEqual([
      ["24. Dezember 2023, einem Sonntag", "2023-12-24", "day"],
    ]);
    // Without a year, the weekday picks it: 24 December fell on a Sunday in 2023.
    expect(triples("Am 24. Dezember, einem Sonntag, blieb es ruhig.", REF)).toEqual([["24. Dezember, einem Sonntag", "2023-12-24", "day"]]);
    expect(triples("On December 24, 2023, a Sunday, the city was quiet.", REF, "en")).toEqual([["December 24, 2023, a Sunday", "2023-12-24", "day"]]);
    // Another day after a comma stays a mention of its own.
    expect(triples("Am 3. Juni, am Montag danach, kam er.", REF)).toEqual([
      ["3. Juni", "2024-06-03", "day"],
      ["Montag", "2024-06-03", "day"],
    ]);
  });

  it("prefers the explicit date when the weekday does not agree, and goes on", () => {
    expect(triples("Am Dienstag, 3. Juni 2024, tagte der Ausschuss. Am Freitag folgte die Abstimmung.", REF)).toEqual([
      ["Dienstag, 3. Juni 2024", "2024-06-03", "day"],
      ["Freitag", "2024-05-31", "day"],
    ]);
  });

  it("takes the year that puts a date without year on its weekday", () => {
    // Wikinews, 2006-03-19, on the Helios crash of Sunday 2005-08-14: 2006-08-14, nearer, is a Monday.
    expect(triples("Das Flugzeug zerschellte am Sonntag, den 14. August um 12:03 Uhr Ortszeit.", "2006-03-19")).toEqual([
      ["Sonntag, den 14. August", "2005-08-14", "day"],
    ]);
    expect(triples("Die Maschine stürzte am 14. August (Sonntag) bei Grammatiko ab.", "2006-03-19")).toEqual([
      ["14. August (Sonntag)", "2005-08-14", "day"],
    ]);
    expect(triples("Der Prozess beginnt am Montag, 8.1., in Köln.", "2006-12-20")).toEqual([["Montag, 8.1.", "2007-01-08", "day"]]);
  });

  it("keeps the nearest year when no year near the reference fits the weekday, and the text's own year always", () => {
    expect(triples("Am Sonntag, 14.8., wurde gewählt.", "2024-06-05")).toEqual([["Sonntag, 14.8.", "2024-08-14", "day"]]);
    expect(triples("Am Sonntag, 14. August 2006, wurde gewählt.", "2006-03-19")).toEqual([["Sonntag, 14. August 2006", "2006-08-14", "day"]]);
  });

  it("keeps a weekday and a date apart when text stands between them", () => {
    expect(triples("Am Montag hieß es, die Frist laufe bis 30. Juni.", REF)).toEqual([
      ["Montag", "2024-06-03", "day"],
      ["30. Juni", "2024-06-30", "day"],
    ]);
  });
});
