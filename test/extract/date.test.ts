import { describe, expect, it } from "vitest";
import { EARLIEST_WEB_DATE, isPlausibleDate, normaliseOffset, otherReading, parseDate } from "../../src/extract/date.js";
import { dateFromUrl, findDatesInText, hasUpdateCue, publishedDateInText } from "../../src/extract/date-text.js";

const now = new Date("2024-06-01T12:00:00Z");

describe("parseDate", () => {
  it("keeps an ISO date-time with its offset", () => {
    expect(parseDate("2024-05-16T08:30:00+02:00", now)).toBe("2024-05-16T08:30:00+02:00");
    expect(parseDate("2024-05-16T08:30:00+0200", now)).toBe("2024-05-16T08:30:00+02:00");
    expect(parseDate("2024-05-16T06:30:00.000Z", now)).toBe("2024-05-16T06:30:00Z");
    expect(parseDate("2024-05-16 08:30 +01:00", now)).toBe("2024-05-16T08:30:00+01:00");
  });

  it("keeps only the day when no offset is given", () => {
    expect(parseDate("2024-05-16T08:30:00", now)).toBe("2024-05-16");
    expect(parseDate("2024-05-16 08:30:00", now)).toBe("2024-05-16");
    expect(parseDate("2024-05-16", now)).toBe("2024-05-16");
  });

  it("reads German day-first dates", () => {
    expect(parseDate("16.05.2024", now)).toBe("2024-05-16");
    expect(parseDate("16.05.2024, 08:30 Uhr", now)).toBe("2024-05-16");
    expect(parseDate("16. Mai 2024", now)).toBe("2024-05-16");
    expect(parseDate("Donnerstag, 16. Mai 2024", now)).toBe("2024-05-16");
  });

  it("reads RFC 822 dates with their zone", () => {
    expect(parseDate("Thu, 16 May 2024 08:30:00 GMT", now)).toBe("2024-05-16T08:30:00Z");
    expect(parseDate("Thu, 16 May 2024 08:30:00 +0200", now)).toBe("2024-05-16T08:30:00+02:00");
    expect(parseDate("16 May 2024 10:00 CEST", now)).toBe("2024-05-16T10:00:00+02:00");
  });

  it("reads English month-first and compact dates", () => {
    expect(parseDate("May 16, 2024", now)).toBe("2024-05-16");
    expect(parseDate("20240516", now)).toBe("2024-05-16");
  });

  it("rejects dates that do not exist or are implausible", () => {
    expect(parseDate("2024-02-30", now)).toBeNull();
    expect(parseDate("31.04.2024", now)).toBeNull();
    expect(parseDate("1989-12-31", now)).toBeNull();
    expect(parseDate("2024-06-04T00:00:00Z", now)).toBeNull();
    expect(parseDate("2024-06-02", now)).toBe("2024-06-02");
  });

  it("rejects text that is no date", () => {
    expect(parseDate("vor 3 Stunden", now)).toBeNull();
    expect(parseDate("", now)).toBeNull();
    expect(parseDate(null, now)).toBeNull();
    expect(parseDate("Ausgabe 12/2024", now)).toBeNull();
  });
});

describe("offsets and plausibility", () => {
  it("normalises offsets and zone names", () => {
    expect(normaliseOffset("+0530")).toBe("+05:30");
    expect(normaliseOffset("-08")).toBe("-08:00");
    expect(normaliseOffset("+00:00")).toBe("Z");
    expect(normaliseOffset("MESZ")).toBe("+02:00");
    expect(normaliseOffset("XYZ")).toBeNull();
  });

  it("allows two days into the future, not more", () => {
    expect(isPlausibleDate("2024-06-03T11:00:00Z", now)).toBe(true);
    expect(isPlausibleDate("2024-06-03T13:00:00Z", now)).toBe(false);
    expect(isPlausibleDate("1990-01-01", now)).toBe(true);
  });
});

describe("dates in visible text", () => {
  it("finds German and English dates in order of appearance", () => {
    const text = "Stand: 16.05.2024 – zuerst erschienen am 14. Mai 2024; English edition: May 15, 2024";
    expect(findDatesInText(text).map((d) => d.value)).toEqual(["2024-05-16", "2024-05-14", "2024-05-15"]);
  });

  it("prefers a date introduced as the publication date", () => {
    const accept = (iso: string): boolean => isPlausibleDate(iso, now);
    expect(publishedDateInText("Aktualisiert am 13.03.2024 · Veröffentlicht am 12. März 2024", accept)).toBe("2024-03-12");
  });

  it("skips dates introduced as updates", () => {
    const accept = (iso: string): boolean => isPlausibleDate(iso, now);
    expect(publishedDateInText("Zuletzt aktualisiert: 13.03.2024, 09:12 Uhr", accept)).toBeNull();
    expect(publishedDateInText("Updated March 13, 2024. Flooding closed the road on March 12, 2024.", accept)).toBe("2024-03-12");
    expect(hasUpdateCue("Stand: ")).toBe(true);
    expect(hasUpdateCue("Im schlechten Zustand ")).toBe(false);
  });
});

describe("dateFromUrl", () => {
  it("reads dates from URL paths", () => {
    expect(dateFromUrl("https://www.example.de/region/2024/03/07/pegel-neckar.html")).toBe("2024-03-07");
    expect(dateFromUrl("https://news.example.com/2024-05-16-council-vote/")).toBe("2024-05-16");
    expect(dateFromUrl("https://www.example.de/politik/artikel-20240516-wahl.html")).toBe("2024-05-16");
  });

  it("ignores numbers that are no date and the host", () => {
    expect(dateFromUrl("https://www.example.de/artikel/id-20241345.html")).toBeNull();
    expect(dateFromUrl("https://www.example.de/archiv/2024/05/")).toBeNull();
    expect(dateFromUrl("https://2024.example.de/news")).toBeNull();
    expect(dateFromUrl("not a url")).toBeNull();
  });
});

describe("more date formats", () => {
  it("reads Java's Date.toString() and slashed or dotted ISO days", () => {
    expect(parseDate("Tue Jul 30 09:35:14 CEST 2019", now)).toBe("2019-07-30T09:35:14+02:00");
    expect(parseDate("2024/05/16", now)).toBe("2024-05-16");
    expect(parseDate("2024.05.16 08:30", now)).toBe("2024-05-16");
  });

  it("keeps the day of a date-time with broken milliseconds", () => {
    expect(parseDate("2022-01-10T22:06:08:684Z", now)).toBe("2022-01-10");
  });

  it("reads two-digit years in metadata values", () => {
    expect(parseDate("16.05.24", now)).toBe("2024-05-16");
    expect(parseDate("16.05.24 | 08:30", now)).toBe("2024-05-16");
  });

  it("orders ambiguous numeric dates by the page's convention and knows the other reading", () => {
    expect(parseDate("03/04/2024", now)).toBe("2024-04-03");
    expect(parseDate("03/04/2024", now, { order: "mdy" })).toBe("2024-03-04");
    expect(parseDate("05/16/2024", now)).toBe("2024-05-16");
    expect(otherReading("11/01/2023 12:43:42", "2023-01-11")).toBe("2023-11-01");
    expect(otherReading("16/05/2024", "2024-05-16")).toBeNull();
    expect(otherReading("16.05.2024", "2024-05-16")).toBeNull();
  });

  it("rejects web dates before 1995 when asked to", () => {
    expect(parseDate("1993-04-01", now)).toBe("1993-04-01");
    expect(parseDate("1993-04-01", now, { earliest: EARLIEST_WEB_DATE })).toBeNull();
  });

  it("finds ordinal, month-first and numeric dates in text", () => {
    const values = (text: string, options = {}): string[] => findDatesInText(text, options).map((d) => d.value);
    expect(values("Posted on the 16th of May 2024")).toEqual(["2024-05-16"]);
    expect(values("May 16th, 2024 at 8:30 am")).toEqual(["2024-05-16"]);
    expect(values("Autor: Redaktion · Juli 12, 2017 · 0 Kommentare")).toEqual(["2017-07-12"]);
    expect(values("Updated 03/04/2024", { order: "mdy" })).toEqual(["2024-03-04"]);
    expect(values("Stand 16/05/2024")).toEqual(["2024-05-16"]);
    expect(values("Mi, 16.05.24 08:30 Uhr")).toEqual([]);
    expect(values("Mi, 16.05.24 08:30 Uhr", { shortYears: true })).toEqual(["2024-05-16"]);
    expect(values("Version 1.2.3 vom 2024/05/16")).toEqual(["2024-05-16"]);
  });

  it("reads month names of French, Spanish, Italian, Portuguese and Dutch sources", () => {
    const values = (text: string): string[] => findDatesInText(text).map((d) => d.value);
    expect(values("Publié le 13 juin 2019 à 10h")).toEqual(["2019-06-13"]);
    expect(values("le 1er août 2020")).toEqual(["2020-08-01"]);
    expect(values("Madrid, 13 de junio de 2019")).toEqual(["2019-06-13"]);
    expect(values("pubblicato il 3 settembre 2021")).toEqual(["2021-09-03"]);
    expect(values("3 de março de 2020")).toEqual(["2020-03-03"]);
    expect(values("gepubliceerd op 12 maart 2022")).toEqual(["2022-03-12"]);
    expect(values("Mit Mayo-Sauce 2019 gewonnen")).toEqual([]);
  });

  it("reads Chinese, Japanese and Korean dates", () => {
    const values = (text: string): string[] => findDatesInText(text).map((d) => d.value);
    expect(values("投稿日：2020年7月3日 12:00")).toEqual(["2020-07-03"]);
    expect(values("2020년 7월 3일 오후")).toEqual(["2020-07-03"]);
    expect(values("2020年7月")).toEqual([]);
  });
});

describe("dates in archived URLs", () => {
  it("reads the date of the archived address, not the archive's timestamp", () => {
    expect(dateFromUrl("https://web.archive.org/web/20130307194448/http://blog.example.de/2008/05/26/titel/")).toBe("2008-05-26");
    expect(dateFromUrl("https://web.archive.org/web/20130307194448/blog.example.de/2008/05/titel.html")).toBeNull();
  });
});
