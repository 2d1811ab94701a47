import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/nlp/tokens.js";

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("gives offsets that point at the token text", () => {
    const text = "Bundeskanzler Olaf Scholz (SPD) reiste am 3. Juli nach Paris.\n„Wir sind bereit“, sagte er.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      "Bundeskanzler", "Olaf", "Scholz", "(", "SPD", ")", "reiste", "am", "3.", "Juli", "nach", "Paris", ".",
      "„", "Wir", "sind", "bereit", "“", ",", "sagte", "er", ".",
    ]);
    expect(tokens[2]).toEqual({ text: "Scholz", start: 19, end: 25 });
  });

  it("keeps compounds, numbers, abbreviations and initials whole", () => {
    expect(texts("Die EU-Kommission zahlte z.B. 1.000 Euro bzw. 3,5 % mehr an Dr. Müller.")).toEqual([
      "Die", "EU-Kommission", "zahlte", "z.B.", "1.000", "Euro", "bzw.", "3,5", "%", "mehr", "an", "Dr.", "Müller", ".",
    ]);
    expect(texts("Bildungs- und Kulturpolitik")).toEqual(["Bildungs-", "und", "Kulturpolitik"]);
    expect(texts("Mehr unter www.example.de/test oder info@example.de.")).toEqual(["Mehr", "unter", "www.example.de/test", "oder", "info@example.de", "."]);
  });

  it("keeps the dot on ordinals but not at a sentence end", () => {
    expect(texts("Im 19. Jahrhundert regierte Friedrich II. in Potsdam.")).toEqual(["Im", "19.", "Jahrhundert", "regierte", "Friedrich", "II.", "in", "Potsdam", "."]);
    expect(texts("Sie landete auf Platz 3. Die Siegerin kam aus Wien.")).toEqual(["Sie", "landete", "auf", "Platz", "3", ".", "Die", "Siegerin", "kam", "aus", "Wien", "."]);
    expect(texts("Das Spiel endete 2:1.")).toEqual(["Das", "Spiel", "endete", "2:1", "."]);
  });

  it("returns nothing for whitespace", () => {
    expect(tokenize(" \n\t ")).toEqual([]);
  });
});
