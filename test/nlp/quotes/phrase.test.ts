import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../../src/nlp/quotes/lexicon.js";
import { nounPhrase, type Range } from "../../../src/nlp/quotes/phrase.js";
import { phraseBefore, subjectAfter, subjectBefore } from "../../../src/nlp/quotes/position.js";
import { tokenize } from "../../../src/nlp/quotes/tokens.js";

const lex = lexiconFor("de");
const toks = (text: string) => tokenize(text);
const show = (text: string, r: Range | null) => {
  const t = toks(text);
  return r ? text.slice(t[r.from].start, t[r.to - 1].end) : null;
};

describe("nounPhrase", () => {
  it("reads determiner, adjectives, names, genitives, parentheses and appositions", () => {
    const cases: [string, string][] = [
      ["der stellvertretende SPD-Fraktionsvorsitzende Michael Müller sagte", "der stellvertretende SPD-Fraktionsvorsitzende Michael Müller"],
      ["ein Sprecher des Bundesministeriums für Gesundheit erklärte", "ein Sprecher des Bundesministeriums für Gesundheit"],
      ["Ursula von der Leyen (CDU) betonte", "Ursula von der Leyen (CDU)"],
      ["der Sprecher der Polizei, Lars Beringer, sagte", "der Sprecher der Polizei, Lars Beringer"],
      ["Der Bremer Forscher Dr. Heino Stoever riet", "Der Bremer Forscher Dr. Heino Stoever"],
      ["die „Süddeutsche Zeitung“ berichtete", "die „Süddeutsche Zeitung“"],
      ["der 81-jährige in einem Interview", "der 81-jährige"],
    ];
    for (const [text, expected] of cases) expect(show(text, nounPhrase(toks(text), 0, toks(text).length, lex))).toBe(expected);
  });

  it("reads a role in apposition with a place after a preposition, and English names with 'of'", () => {
    const cases: [string, string][] = [
      ["Steve Marshall, Sprecher der UN-Büros in Birma, sagte", "Steve Marshall, Sprecher der UN-Büros in Birma"],
      ["Mike Brown, Professor am California Institute of Technology, sagte", "Mike Brown, Professor am California Institute of Technology"],
      ["Jane Greaves von der University of St. Andrews sagte", "Jane Greaves von der University of St. Andrews"],
    ];
    for (const [text, expected] of cases) expect(show(text, nounPhrase(toks(text), 0, toks(text).length, lex))).toBe(expected);
    // Without a closing comma a prepositional phrase stays outside: it belongs to the verb.
    expect(show("Mike Brown, Professor in Bonn sagte am Montag", nounPhrase(toks("Mike Brown, Professor in Bonn sagte am Montag"), 0, 8, lex))).toBe("Mike Brown");
  });

  it("reads an extended participial attribute and a quantifier after the article", () => {
    const cases: [string, string][] = [
      ["die in New York City geborene Lopez, die den Auftritt kaum erwarten könne", "die in New York City geborene Lopez"],
      ["Die das Unglück überlebende Alice Kakamara beschrieb", "Die das Unglück überlebende Alice Kakamara"],
      ["die beiden Neu-ödp-Mitglieder Jan Giesel und David Perteck in einer Erklärung", "die beiden Neu-ödp-Mitglieder Jan Giesel und David Perteck"],
      ["Der unter dem Spitznamen „Muslix64“ auftretende Hacker gab", "Der unter dem Spitznamen „Muslix64“ auftretende Hacker"],
      ["das auch die Dortmunder Zeitungen verlegende Medienhaus Lensing erklärte", "das auch die Dortmunder Zeitungen verlegende Medienhaus Lensing"],
    ];
    for (const [text, expected] of cases) expect(show(text, nounPhrase(toks(text), 0, toks(text).length, lex))).toBe(expected);
  });

  it("does not read a prepositional phrase without a participle as an attribute", () => {
    const text = "die in Berlin sagte";
    expect(nounPhrase(toks(text), 0, toks(text).length, lex)).toBeNull();
  });

  it("takes a personal pronoun alone and refuses adverbs and verbs", () => {
    expect(show("er sagte", nounPhrase(toks("er sagte"), 0, 2, lex))).toBe("er");
    expect(nounPhrase(toks("sagte er"), 0, 2, lex)).toBeNull();
    expect(nounPhrase(toks("Des Weiteren sagte er"), 0, 4, lex)).toBeNull();
  });
});

describe("subjectAfter", () => {
  it("skips adverbs, time phrases, prepositional phrases and dative addressees", () => {
    const text = "sagte am Montag gegenüber der „Bild“ weiter der Minister";
    const t = toks(text);
    expect(show(text, subjectAfter(t, 1, t.length, lex))).toBe("der Minister");
  });

  it("does not take an accusative object for the speaker", () => {
    const text = "nannte den Bericht eine Zeitungsente";
    const t = toks(text);
    expect(show(text, subjectAfter(t, 1, t.length, lex))).toBe("eine Zeitungsente");
    const text2 = "begrüßte den Beschluss";
    expect(subjectAfter(toks(text2), 1, 3, lex)).toBeNull();
  });
});

describe("subjectBefore", () => {
  it("takes the noun phrase filling the first position, with a prepositional phrase after it", () => {
    const text = "Die US-Botschaft in Riad teilte mit";
    const t = toks(text);
    expect(show(text, subjectBefore(t, 0, 4, lex))).toBe("Die US-Botschaft");
  });

  it("returns null when an adverbial fills the first position", () => {
    for (const text of ["Am Montag sagte", "Zudem sagte", "Relativierend fügt"]) {
      const t = toks(text);
      expect(subjectBefore(t, 0, t.length - 1, lex)).toBeNull();
    }
  });
});

describe("nounPhrase and adverbials of reason", () => {
  it("leaves a phrase of reason after a name out of it, but keeps other attachments", () => {
    const reason = "Schnappauf aus Sicherheitsgründen erfolgen";
    expect(show(reason, nounPhrase(toks(reason), 0, toks(reason).length, lex))).toBe("Schnappauf");
    const origin = "der Vertreter aus Berlin sagte";
    expect(show(origin, nounPhrase(toks(origin), 0, toks(origin).length, lex))).toBe("der Vertreter aus Berlin");
  });
});

describe("phraseBefore", () => {
  it("reads the source phrase before zufolge", () => {
    const text = "Die Zahl stieg einem Bericht der „New York Times“ zufolge";
    const t = toks(text);
    expect(show(text, phraseBefore(t, t.length - 1, 0, lex))).toBe("einem Bericht der „New York Times“");
  });
});
