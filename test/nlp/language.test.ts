import { describe, expect, it } from "vitest";
import { detectLanguage, normaliseLanguage } from "../../src/nlp/language.js";

const GERMAN =
  "Die Bundesregierung hat sich nach langen Verhandlungen auf einen Haushalt für das kommende Jahr geeinigt. " +
  "Finanzminister und Wirtschaftsminister stellten die Eckpunkte am Mittwochabend in Berlin vor. " +
  "Die Schuldenbremse soll eingehalten werden, zugleich sind höhere Ausgaben für Bildung und Verteidigung geplant.";

const ENGLISH =
  "The central bank left interest rates unchanged on Thursday, saying inflation was still too high. " +
  "Officials signalled that cuts could come later in the year if price growth continued to slow. " +
  "Markets had widely expected the decision.";

const FRENCH =
  "Le gouvernement a présenté mercredi un projet de loi visant à réformer l'assurance chômage. " +
  "Les syndicats dénoncent une mesure injuste et appellent à une journée de grève la semaine prochaine.";

describe("detectLanguage", () => {
  it("detects German, English and French news text reliably", () => {
    for (const [text, language] of [[GERMAN, "de"], [ENGLISH, "en"], [FRENCH, "fr"]] as const) {
      const guess = detectLanguage(text);
      expect(guess.language).toBe(language);
      expect(guess.confidence).toBeGreaterThan(0.5);
      expect(guess.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("trusts the text over a wrong declared language", () => {
    expect(detectLanguage(ENGLISH, "de").language).toBe("en");
    expect(detectLanguage(GERMAN, "en-US").language).toBe("de");
  });

  it("falls back to the declared language when short text is unreliable", () => {
    expect(detectLanguage("Hallo", null)).toEqual({ language: null, confidence: 0 });
    const guess = detectLanguage("Hallo", "de-DE");
    expect(guess.language).toBe("de");
    expect(guess.confidence).toBeGreaterThan(0);
  });

  it("returns null for empty text or text without words unless a language is declared", () => {
    expect(detectLanguage("")).toEqual({ language: null, confidence: 0 });
    expect(detectLanguage("   \n ")).toEqual({ language: null, confidence: 0 });
    expect(detectLanguage("2:1 (1:0) 12.500")).toEqual({ language: null, confidence: 0 });
    expect(detectLanguage("", "de")).toEqual({ language: "de", confidence: 0 });
  });

  it("ignores a declared value that is not a language code", () => {
    expect(detectLanguage("", "german")).toEqual({ language: null, confidence: 0 });
    expect(detectLanguage("", "")).toEqual({ language: null, confidence: 0 });
  });

  it("looks only at the beginning of a long text", () => {
    const german = Array.from({ length: 12 }, () => GERMAN).join("\n\n");
    const english = Array.from({ length: 40 }, () => ENGLISH).join("\n\n");
    expect(german.length).toBeGreaterThan(2000);
    expect(detectLanguage(german + "\n\n" + english).language).toBe("de");
    expect(detectLanguage(english + "\n\n" + german).language).toBe("en");
  });

  it("reads past the first 1,000 characters (eld's own limit)", () => {
    const table = "03.06.2024 12:30 1:0 (0:0) 45.000 ".repeat(32);
    expect(table.length).toBeGreaterThan(1000);
    const guess = detectLanguage(table + ENGLISH);
    expect(guess.language).toBe("en");
  });
});

describe("normaliseLanguage", () => {
  it("reduces language tags to ISO 639-1 codes", () => {
    expect(normaliseLanguage("de-DE")).toBe("de");
    expect(normaliseLanguage("DE")).toBe("de");
    expect(normaliseLanguage("de_AT")).toBe("de");
    expect(normaliseLanguage(" en-gb ")).toBe("en");
    expect(normaliseLanguage("deu")).toBeNull();
    expect(normaliseLanguage(null)).toBeNull();
    expect(normaliseLanguage(undefined)).toBeNull();
  });
});
