import { describe, expect, it } from "vitest";
import { findDates, inferPublished } from "../../../src/nlp/dates/index.js";

describe("inferPublished", () => {
  it("takes a date whose weekday agrees and that the lead names", () => {
    const text =
      "Passau. Am Montag, 3. Juni 2024, erreichte die Donau in Passau einen Pegel von fast zehn Metern. " +
      "Die Stadt rief den Katastrophenfall aus.\n" +
      "Bereits am Montag hatten Helfer Sandsäcke gefüllt. Die Schäden des Hochwassers von 2013 waren erst im Mai 2019 vollständig behoben.";
    expect(inferPublished(text, null, "de")).toEqual({ value: "2024-06-03", granularity: "day" });
  });

  it("moves the date by the casual anchor in front of it", () => {
    const text = "Wie das Ministerium gestern, am 3. März 2006, mitteilte, ist der erste Fall der Vogelgrippe bestätigt. " +
      "Der Fall war am Freitag gemeldet worden.";
    expect(inferPublished(text, null, "de")).toEqual({ value: "2006-03-04", granularity: "day" });
    const gestrigen = "Am gestrigen Montag, dem 21. Juli 2008, wurde der Angeklagte verurteilt.";
    expect(inferPublished(gestrigen, null, "de")).toEqual({ value: "2008-07-22", granularity: "day" });
  });

  it("dates an anniversary article from 'vor N Jahren' next to the date", () => {
    const text = "Am 29. Januar 1886, also vor 138 Jahren, meldete Carl Benz seinen Motorwagen zum Patent an.";
    expect(inferPublished(text, null, "de")).toEqual({ value: "2024-01-29", granularity: "day" });
  });

  it("does not take a date spoken of only as future", () => {
    const text =
      "Am Freitag, 31. Mai 2024, stellte die Partei ihr Programm vor. Die Wahl soll am Sonntag, 9. Juni 2024, stattfinden. " +
      "Bis zum Montag, 10. Juni 2024, bleiben die Wahllokale geschmückt.";
    expect(inferPublished(text, null, "de")).toEqual({ value: "2024-05-31", granularity: "day" });
  });

  it("gives a historical date with an agreeing weekday less weight than a recent one", () => {
    const text =
      "Am Mittwoch, dem 5. Dezember 1945, verschwanden fünf Bomber über dem Atlantik. Was am 5. Dezember 1945 geschah, " +
      "ist bis heute ungeklärt. Das Fernsehen zeigte am Donnerstag, 8. Februar 2024, eine Dokumentation darüber.";
    expect(inferPublished(text, null, "de")).toEqual({ value: "2024-02-08", granularity: "day" });
  });

  it("takes the date of a dateline that opens the text or a paragraph of the lead", () => {
    expect(inferPublished("Berlin, 5. Juni 2024. Die Regierung hat den Haushalt beschlossen.", null, "de")).toEqual({ value: "2024-06-05", granularity: "day" });
    expect(inferPublished("BAD HOMBURG (dpa), 05.06.2024 – Der Konzern meldete Gewinne.", null, "de")).toEqual({ value: "2024-06-05", granularity: "day" });
    expect(inferPublished("Frankfurt am Main, Mittwoch, 5. Juni 2024: Die Börse schloss fest.", null, "de")).toEqual({ value: "2024-06-05", granularity: "day" });
  });

  it("does not take a date in running text or a chronicle heading for a dateline", () => {
    expect(inferPublished("Die Regierung beschloss am Montag, 5. Juni 2024. Mehr folgt.", null, "de")).toBeNull();
    expect(inferPublished("9. November 1989: Die Mauer fällt.", null, "de")).toBeNull();
  });

  it("returns null for weak evidence", () => {
    expect(inferPublished("Die Mauer fiel am 9. November 1989. Heute erinnert wenig daran.", null, "de")).toBeNull();
    expect(inferPublished("Am Montag hatte die Polizei die Straße gesperrt.", null, "de")).toBeNull();
    expect(inferPublished("Les élections auront lieu le dimanche 9 juin 2024.", null, "fr")).toBeNull();
  });

  it("dates a weekday-paired date without year by the latest year the text names", () => {
    const text =
      "Berlin (dpa) - Die Bundesregierung hat am Mittwoch (5. Juni) das Rentenpaket beschlossen. Am Mittwoch sagte der " +
      "Minister, seit Januar 2024 lägen die Pläne vor.";
    expect(inferPublished(text, null, "de")).toEqual({ value: "2024-06-05", granularity: "day" });
  });

  it("accepts the mentions of findDates without reference", () => {
    const text = "Am Montag, 3. Juni 2024, trat der Rat zusammen. Am Montag fiel auch die Entscheidung.";
    const mentions = findDates(text, { language: "de", reference: null });
    expect(inferPublished(text, mentions, "de")).toEqual(inferPublished(text, null, "de"));
    expect(inferPublished(text, [], "de")).toBeNull();
  });

  it("reads English text", () => {
    const text = "On Monday, June 3, 2024, the court ruled against the company. On Monday the shares fell sharply.";
    expect(inferPublished(text, null, "en")).toEqual({ value: "2024-06-03", granularity: "day" });
  });
});
