import { describe, expect, it } from "vitest";
import { digitShare, endsSentence, isClearProse, isHeadlineLike, isKickerLike, isLabelledTable } from "../../src/clean/cues.js";

describe("line shape cues", () => {
  it("sees sentence-final punctuation, also before closing quotes", () => {
    expect(endsSentence("Die Sitzung wurde vertagt.")).toBe(true);
    expect(endsSentence("„Wir sind bereit.“")).toBe(true);
    expect(endsSentence("Wie geht es weiter?")).toBe(true);
    expect(endsSentence("Kritik aus der Opposition")).toBe(false);
    expect(endsSentence("So verteilen sich die Sitze:")).toBe(false);
  });

  it("calls only long sentences (or very long lines) clear prose", () => {
    const paragraph =
      "Die CDU-Fraktion warf der Landesregierung vor, die Kommunen im Stich zu lassen. Viele Gemeinden wüssten nicht, wie sie die Kosten tragen sollen.";
    expect(isClearProse(paragraph)).toBe(true);
    expect(isClearProse("Auch der Bund der Steuerzahler meldete Bedenken an.")).toBe(false);
    expect(isClearProse(paragraph.replace(/\.$/u, "").repeat(2))).toBe(true);
  });

  it("recognises headline shapes", () => {
    expect(isHeadlineLike("Warnstreik legt Nahverkehr in Rostock lahm")).toBe(true);
    expect(isHeadlineLike("Rentenreform: Was sich im Juli für Millionen Rentner ändert")).toBe(true);
    expect(isHeadlineLike("Wie teuer wird der Strom im Winter?")).toBe(true);
    expect(isHeadlineLike("Auch der Bund der Steuerzahler meldete Bedenken an.")).toBe(false);
    expect(isHeadlineLike("Politik")).toBe(false);
    expect(isHeadlineLike("die Koalition will bis zum Sommer entscheiden")).toBe(false);
    expect(isHeadlineLike("3. Sri Lanka: 28.729 Tote")).toBe(false);
    expect(isHeadlineLike("Australien 533/6 nach 148 Overs")).toBe(false);
  });

  it("recognises kickers and menu items", () => {
    expect(isKickerLike("Ukraine-Krieg")).toBe(true);
    expect(isKickerLike("Politik")).toBe(true);
    expect(isKickerLike("Warnstreik legt Nahverkehr lahm")).toBe(false);
    expect(isKickerLike("Ja.")).toBe(false);
  });

  it("measures digits and labelled tables", () => {
    expect(digitShare("CDU 30 Prozent")).toBeCloseTo(2 / 12);
    expect(digitShare("---")).toBe(0);
    expect(isLabelledTable(["Dido - And in our world of plenty", "Bono - Well tonight", "Chor - Feed the world"])).toBe(true);
    expect(isLabelledTable(["Warnstreik legt Nahverkehr lahm", "Neue Radwege geplant", "Bono - Well tonight"])).toBe(false);
  });
});
