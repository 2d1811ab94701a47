import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";

const P1 =
  "Die Stadtwerke Leipzig erhöhen zum 1. Januar die Preise für Fernwärme um durchschnittlich acht Prozent. Betroffen sind rund 120.000 Haushalte im Stadtgebiet.";
const P2 =
  "Als Grund nannte das Unternehmen gestiegene Kosten für Personal und Netzausbau. Die Verbraucherzentrale Sachsen kündigte an, die Preisanpassung rechtlich prüfen zu lassen.";
const P3 =
  "Mieterverbände forderten die Stadt als Eigentümerin auf, die Erhöhung zu stoppen. Viele Haushalte seien durch die Nebenkosten bereits jetzt stark belastet, hieß es.";

const clean = (lines: string[], title?: string) => cleanText(lines.join("\n"), { title });
const reasons = (lines: string[], title?: string) => Object.fromEntries(clean(lines, title).removed.map((r) => [r.text, r.reason]));

describe("related lists and teaser boxes", () => {
  it("removes a header near the end with all headline lines after it", () => {
    const result = clean([P1, P2, "Weitere Artikel", "Leipzig: Neue Straßenbahnlinie ab Dezember", "Bürgeramt verlängert Öffnungszeiten", "Die Stadt reagiert damit auf lange Wartezeiten.", "Zoo Leipzig freut sich über Elefantennachwuchs"]);
    expect(result.text).toBe([P1, P2].join("\n"));
    expect(new Set(result.removed.map((r) => r.reason))).toEqual(new Set(["furniture:related-list"]));
  });

  it("removes a teaser box inside the article, but not the paragraph after it", () => {
    const result = reasons([P1, "Mehr zum Thema", "Fernwärme: Was Mieter jetzt wissen müssen", "Die Stadt prüft den Fall.", P2, P3]);
    expect(result).toEqual({ "Mehr zum Thema": "furniture:teaser", "Fernwärme: Was Mieter jetzt wissen müssen": "furniture:teaser" });
  });

  it("treats a header as a teaser box when short paragraphs follow the list", () => {
    const result = reasons([P1, P2, "Lesen Sie auch", "Fernwärme: Was Mieter jetzt wissen müssen", "Die Stadt prüft den Fall.", "Eine Entscheidung soll im März fallen.", "Bis dahin gelten die alten Preise."]);
    expect(result).toEqual({ "Lesen Sie auch": "furniture:teaser", "Fernwärme: Was Mieter jetzt wissen müssen": "furniture:teaser" });
  });

  it("keeps sub-headings followed by paragraphs but removes a headline run at the end", () => {
    const lines = [P1, "Kritik von der Verbraucherzentrale", P2, "Mieter fordern Preisstopp", P3, "Neue Radwege am Ring geplant", "Hauptbahnhof wird bis 2027 saniert", "Polizei sucht Zeugen nach Einbruch in Gohlis"];
    const result = clean(lines);
    expect(result.text).toBe(lines.slice(0, 5).join("\n"));
    expect(result.removed.map((r) => r.reason)).toEqual(Array(3).fill("furniture:related-list"));
  });

  it("keeps a final list that a colon or a list title introduces", () => {
    const colon = [P1, "Die neuen Preise gelten für folgende Tarife:", "Grundversorgung steigt um neun Prozent", "Tarif Fernwärme Plus steigt um sieben Prozent", "Tarif Fernwärme Öko steigt um sechs Prozent"];
    expect(clean(colon).removed).toEqual([]);
    const titled = [P1, "Die wichtigsten Änderungen im Überblick", "Grundpreis steigt um zwölf Euro im Jahr", "Arbeitspreis steigt um 0,9 Cent pro Kilowattstunde", "Sonderkündigungsrecht bis Ende Februar"];
    expect(clean(titled).removed).toEqual([]);
  });

  it("keeps fewer than three headline lines at the end", () => {
    expect(clean([P1, P2, "Neue Radwege am Ring geplant", "Hauptbahnhof wird bis 2027 saniert"]).removed).toEqual([]);
  });

  it("keeps a teaser prefix followed by a full sentence", () => {
    const line = "Auch interessant: Der Umsatz des Unternehmens stieg im ersten Quartal um fünf Prozent.";
    expect(clean([P1, line, P2]).removed).toEqual([]);
  });
});

describe("head and tail of the text", () => {
  it("removes the first line repeating the headline, also with a site name in the title", () => {
    const result = reasons(["Fernwärme wird teurer", P1, P2], "Fernwärme wird teurer | Leipziger Stadtbote");
    expect(result).toEqual({ "Fernwärme wird teurer": "duplicate-title" });
  });

  it("keeps the headline's words later in the text", () => {
    expect(clean([P1, "Fernwärme wird teurer", P2], "Fernwärme wird teurer").removed).toEqual([]);
  });

  it("removes a byline only before the first paragraph", () => {
    expect(reasons(["Von Sabine Krause", P1, P2])).toEqual({ "Von Sabine Krause": "furniture:byline" });
    expect(clean([P1, "Von Sabine Krause", P2]).removed).toEqual([]);
  });

  it("removes an author bio only at the end", () => {
    const bio = "Sabine Krause ist Redakteurin im Ressort Leipzig und schreibt über Stadtentwicklung.";
    expect(reasons([P1, P2, bio])).toEqual({ [bio]: "furniture:bio" });
    expect(clean([P1, bio, P2]).removed).toEqual([]);
  });

  it("removes an author person box but keeps a person box about someone in the news", () => {
    const author = ["Zur Person", "Sabine Krause, Jahrgang 1979, berichtet seit 2010 für den Stadtboten aus dem Rathaus."];
    expect(clean([P1, P2, ...author]).text).toBe([P1, P2].join("\n"));
    const subject = ["Zur Person", "Karsten Vogel, 58, ist seit 2019 Geschäftsführer der Stadtwerke. Zuvor leitete er einen Energieversorger in Dresden."];
    expect(clean([P1, P2, ...subject]).removed).toEqual([]);
  });

  it("removes a leading run of menu items, not a kicker", () => {
    const menu = ["Leipzig", "Politik", "Wirtschaft", "Sport", "Kultur"];
    expect(clean([...menu, "Fernwärme wird teurer", P1]).text).toBe(["Fernwärme wird teurer", P1].join("\n"));
    expect(clean(["Energie", "Fernwärme wird teurer", P1]).removed).toEqual([]);
  });

  it("removes a bare date before the first paragraph, keeps one that heads a paragraph", () => {
    const result = reasons(["Donnerstag, 16. Mai 2024", P1, "Freitag, 17. Mai 2024", P2]);
    expect(result).toEqual({ "Donnerstag, 16. Mai 2024": "furniture:timestamp" });
  });

  it("removes dates under other headlines at the end, keeps a results table with dates", () => {
    const list = [P1, P2, "Neue Radwege am Ring geplant", "16.05.2024", "Hauptbahnhof wird bis 2027 saniert", "15.05.2024", "Polizei sucht Zeugen nach Einbruch in Gohlis", "14.05.2024"];
    expect(clean(list).text).toBe([P1, P2].join("\n"));
    const table = [P1, "Samstag, 18. Mai 2024", "RB Leipzig – FC Augsburg 2:0", "VfB Stuttgart – Werder Bremen 1:1", "Sonntag, 19. Mai 2024", "Union Berlin – SC Freiburg 2:1"];
    expect(clean(table).removed).toEqual([]);
  });

  it("removes lines without any letter or digit as separators", () => {
    expect(reasons([P1, "***", P2, "—"])).toEqual({ "***": "separator", "—": "separator" });
  });

  it("handles empty and blank input", () => {
    expect(cleanText("", {})).toEqual({ text: "", removed: [] });
    expect(cleanText(" \n\n\t\n", {})).toEqual({ text: "", removed: [] });
  });

  it("removes the bare publisher name", () => {
    const result = cleanText(["Leipziger Stadtbote", P1].join("\n"), { publisher: "Leipziger Stadtbote" });
    expect(result.removed).toEqual([{ text: "Leipziger Stadtbote", reason: "furniture:publisher", line: 0 }]);
  });
});
