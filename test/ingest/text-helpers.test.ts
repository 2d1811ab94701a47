import { describe, expect, it } from "vitest";
import { normaliseBody, languageCode } from "../../src/ingest/body.js";
import { toIsoDate } from "../../src/ingest/dates.js";
import { fragmentToText } from "../../src/ingest/fragment.js";

describe("toIsoDate", () => {
  it.each([
    ["Tue, 12 Mar 2024 14:30:00 +0100", "2024-03-12T14:30:00+01:00"],
    ["Sat, 01 Jun 2024 07:05:00 GMT", "2024-06-01T07:05:00+00:00"],
    ["3 Oct 2023 09:00 CEST", "2023-10-03T09:00:00+02:00"],
    ["2024-04-10T08:15:00+02:00", "2024-04-10T08:15:00+02:00"],
    ["2024-04-10 08:15:00", "2024-04-10T08:15:00"],
    ["2024-04-10", "2024-04-10"],
  ])("reads %j", (input, iso) => {
    expect(toIsoDate(input)).toBe(iso);
  });

  it("gives null for a day that does not exist, a placeholder before 1800 and a date far in the future, keeps old archive dates", () => {
    const now = new Date("2024-06-05T12:00:00Z");
    for (const value of ["2024-02-30", "2023-02-29", "2024-13-01", "0001-01-01", "1000-01-01", "1799-12-31", "2024-06-09", "2999-01-01T00:00:00Z"]) expect(toIsoDate(value, now)).toBeNull();
    expect(toIsoDate("2024-02-29", now)).toBe("2024-02-29");
    expect(toIsoDate("1850-05-03", now)).toBe("1850-05-03");
    expect(toIsoDate("2024-06-06T23:00:00+02:00", now)).toBe("2024-06-06T23:00:00+02:00");
  });

  it("reads other formats only with a four-digit year (\"Tue 5\" had been 2001-05-01)", () => {
    expect(toIsoDate("Tue 5")).toBeNull();
    expect(toIsoDate("May 3, 2024")?.slice(0, 10)).toBe("2024-05-03");
  });

  it("gives null for what is no date", () => {
    expect(toIsoDate("vor 3 Stunden")).toBeNull();
    expect(toIsoDate("")).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});

describe("fragmentToText", () => {
  it("puts paragraphs, headings, list items and <br> lines on lines of their own", () => {
    const html = `<h2>Die wichtigsten Punkte</h2><p>Der Bundestag hat das <b>Heizungsgesetz</b> beschlossen.<br>Die Union stimmte dagegen.</p>
      <ul><li>Start 2024</li><li>Förderung bis 70 %</li></ul><script>track()</script><p>  „Ein guter Tag“, sagte Habeck. </p>`;
    expect(fragmentToText(html).split("\n")).toEqual([
      "Die wichtigsten Punkte",
      "Der Bundestag hat das Heizungsgesetz beschlossen.",
      "Die Union stimmte dagegen.",
      "Start 2024",
      "Förderung bis 70 %",
      "„Ein guter Tag“, sagte Habeck.",
    ]);
  });
});

describe("normaliseBody and languageCode", () => {
  it("normalises line ends, trailing blanks and long blank runs", () => {
    expect(normaliseBody("\r\n\r\nErste Zeile  \r\nZweite\t\r\n\r\n\r\n\r\n\r\nDritte\r\n\r\n")).toBe("Erste Zeile\nZweite\n\n\nDritte");
  });

  it("takes the primary language subtag", () => {
    expect(languageCode("de-DE")).toBe("de");
    expect(languageCode("EN_us")).toBe("en");
    expect(languageCode("deutsch und englisch")).toBeNull();
  });
});
