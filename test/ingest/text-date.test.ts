import { describe, expect, it } from "vitest";
import { dateFromTextHead } from "../../src/ingest/text-date.js";

const NOW = new Date("2024-07-01T12:00:00Z");

describe("dateFromTextHead", () => {
  it("takes the date bar a scraper kept under the headline", () => {
    expect(dateFromTextHead("21.07.2005, 07:00 Uhr\nVon Anna Beispiel\nNach der gescheiterten Vertrauensfrage …", NOW)).toBe("2005-07-21");
    expect(dateFromTextHead("Veröffentlicht am 3. Juni 2024\n\nDer Bundestag hat …", NOW)).toBe("2024-06-03");
    expect(dateFromTextHead("Startseite > Politik\nMay 16, 2024\nThe Bundestag passed …", NOW)).toBe("2024-05-16");
  });

  it("ignores dates inside paragraphs and update dates", () => {
    const paragraph = "Der Bundestag hat am 3. Juni 2024 den Haushalt beschlossen, nachdem die Koalition sich wochenlang gestritten hatte.";
    expect(dateFromTextHead(paragraph, NOW)).toBeNull();
    expect(dateFromTextHead("Aktualisiert am 20.05.2024\nDer Bundestag …", NOW)).toBeNull();
  });

  it("ignores implausible dates and dates further down", () => {
    expect(dateFromTextHead("12.03.2031\nText", NOW)).toBeNull();
    expect(dateFromTextHead("a\nb\nc\nd\n16.05.2024", NOW)).toBeNull();
  });
});
