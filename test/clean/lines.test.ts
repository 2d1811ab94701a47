import { describe, expect, it } from "vitest";
import { foldLine, lineKey, lineKeys, matchForm, splitLines } from "../../src/clean/index.js";

describe("lines and evidence keys", () => {
  it("splits into trimmed non-empty lines with raw indices", () => {
    const lines = splitLines("Titel\r\n\r\n  Erster Absatz.  \n\nZweiter Absatz.\r");
    expect(lines.map((l) => [l.index, l.text])).toEqual([
      [0, "Titel"],
      [2, "Erster Absatz."],
      [4, "Zweiter Absatz."],
    ]);
  });

  it("strips bullets, arrows and a final colon for lexicon matching only", () => {
    expect(matchForm("» Lesen Sie auch:  Scholz reist nach Kiew")).toBe("Lesen Sie auch: Scholz reist nach Kiew");
    expect(matchForm("Mehr zum Thema:")).toBe("Mehr zum Thema");
    expect(matchForm("- Anzeige -")).toBe("Anzeige");
  });

  it("gives the same key to lines differing in case, digits, punctuation and spacing", () => {
    const a = lineKey("Stand: 16.05.2024, 08:30 Uhr");
    expect(a).toMatch(/^[0-9a-f]{16}$/u);
    expect(lineKey("stand 17.06.2025 - 09:45 UHR")).toBe(a);
    expect(lineKey("Stand:  01.01.2023,   00:00 Uhr!")).toBe(a);
    expect(lineKey("Stand: 16.05.2024, 08:30 Uhr (aktualisiert)")).not.toBe(a);
    expect(foldLine("„Jetzt   Newsletter abonnieren!“")).toBe("jetzt newsletter abonnieren");
  });

  it("counts only lines of 2 to 200 normalised characters", () => {
    expect(lineKey("A")).toBeNull();
    expect(lineKey("  —  ")).toBeNull();
    expect(lineKey("Ja")).not.toBeNull();
    expect(lineKey("x".repeat(200))).not.toBeNull();
    expect(lineKey("x".repeat(201))).toBeNull();
  });

  it("lists each key of a body once", () => {
    const keys = lineKeys("Teilen\n\nErster Absatz des Artikels.\nTeilen\nA\n");
    expect(keys).toEqual([lineKey("Teilen"), lineKey("Erster Absatz des Artikels.")]);
  });
});
