/**
 * Generated reporting sentences — clauses, frames of every kind, quotation
 * marks closed and left open, joined in any order, some opened by an
 * interview transcript's turn label — through the quote
 * finder: it must never throw, and every quote and speaker span must be the
 * text it claims. The finder's bookkeeping of frames and quotes is intricate;
 * a German sentence from derStandard ("…, meinte Stankovic, und Dobras
 * ergänzte: …") once crashed it, and this generator finds that bug (about 1
 * text in 200) in the code before its fix. Seeded, so every run checks the
 * same texts.
 */
import { describe, expect, it } from "vitest";
import type { EntityMention, QuoteSpan } from "../../../src/core/article.js";
import { seededRandom } from "../../../src/nlp/ner/random.js";
import { findQuotes, findRaw } from "../../../src/nlp/quotes/find.js";
import { splitSentences } from "../../../src/nlp/sentences.js";

interface Pools {
  names: readonly string[];
  /** Turn labels of an interview transcript: the interviewer's, and the interviewee's (some texts are transcripts). */
  asking: readonly string[];
  answering: readonly string[];
  subjects: readonly string[];
  clauses: readonly string[];
  inner: readonly ((x: string) => string)[];
  frames: readonly ((x: string) => string)[];
}

const GERMAN: Pools = {
  names: ["Marko Stankovic", "Angela Merkel", "Scholz", "Amnesty International"],
  asking: ["STANDARD: ", "Frage: ", "Frage: Herr Scholz, ", "::Frage: "],
  answering: ["Stankovic: ", "Merkel: ", "Dr. Marko Stankovic: ", "Antwort: "],
  subjects: ["Marko Stankovic", "Angela Merkel", "Scholz", "der Minister", "er", "sie", "die Polizei", "ein Sprecher", "Amnesty International", "die Zeitung"],
  clauses: [
    "die Lage sei ernst", "man werde weiter verhandeln", "dass die Gespräche gescheitert seien", "es gebe keine Alternative", "wir haben gewonnen",
    "Ein Sieg wäre verdient gewesen", "die Regierung habe versagt", "ob es weitergehe", "das sei ein Fehler gewesen", "zu verhandeln", "der Plan sei „unausgegoren“",
  ],
  inner: [
    (x) => `man müsse laut ${x} mit Anschlägen rechnen`, (x) => `man werde, wie ${x} betonte, weiter verhandeln`, (x) => `es sei ${x} zufolge zu spät`,
    (x) => `dass ${x} erklärt habe, es gehe weiter`,
  ],
  frames: [
    (x) => `sagte ${x}`, (x) => `meinte ${x}`, () => "hieß es", (x) => `so ${x}`, (x) => `${x} sagte`, (x) => `${x} ergänzte`, (x) => `laut ${x}`, (x) => `${x} zufolge`,
    (x) => `wie ${x} betonte`, (x) => `nach Angaben von ${x}`, (x) => `${x} kündigte an`, (x) => `erklärte ${x} am Montag`, (x) => `${x} wird mit den Worten zitiert`,
    (x) => `${x}, der sagte`, (x) => `${x} bezeichnete den Plan als`,
  ],
};

const ENGLISH: Pools = {
  names: ["Olaf Scholz", "Joe Biden", "Amnesty International"],
  asking: ["Q: ", "Q ", "Question: "],
  answering: ["Biden: ", "SEC. BIDEN: ", "Scholz: "],
  subjects: ["Olaf Scholz", "Joe Biden", "the minister", "he", "she", "police", "a spokesman", "Amnesty International", "the newspaper"],
  clauses: ["the situation was serious", "talks would continue", "that the talks had failed", "there was no alternative", "we have won", "the plan was “half-baked”"],
  inner: [(x) => `according to ${x}, more attacks were likely`, (x) => `talks would, as ${x} stressed, go on`],
  frames: [
    (x) => `said ${x}`, (x) => `${x} said`, (x) => `${x} told reporters`, (x) => `according to ${x}`, (x) => `${x} added`, (x) => `as ${x} put it`, (x) => `${x}, who said`,
    (x) => `${x} was quoted as saying`, () => "it was said",
  ],
};

const JOINERS = [", ", ", ", ": ", " und ", ", and ", " – ", "; ", " (", ") ", ", aber ", " "];
const MARKS: readonly [string, string][] = [["„", "“"], ['"', '"'], ["»", "«"], ["«", "»"], ["‚", "‘"], ["“", "”"]];

function generator(pools: Pools, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const clause = (): string => {
    const words = random() < 0.3 ? pick(pools.inner)(pick(pools.subjects)) : pick(pools.clauses);
    if (random() >= 0.35) return words;
    const [open, close] = pick(MARKS);
    return random() < 0.9 ? `${open}${words}${close}` : `${open}${words}`;
  };
  const sentence = (): string => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => (random() < 0.5 ? clause() : pick(pools.frames)(pick(pools.subjects))));
    const joined = parts.reduce((out, part) => out + pick(JOINERS) + part);
    return joined[0].toUpperCase() + joined.slice(1) + pick([".", ".", ".", "!", "?", ":", ""]);
  };
  // Turns alternate between the interviewer's label and an interviewee's, each before a sentence or two.
  const transcript = (): string =>
    Array.from({ length: 4 + Math.floor(random() * 4) }, (_, i) => pick(i % 2 === 0 ? pools.asking : pools.answering) + sentence() + (random() < 0.3 ? " " + sentence() : "")).join(pick([" ", "\n", "\n\n"]));
  return (): string => (random() < 0.2 ? transcript() : Array.from({ length: 1 + Math.floor(random() * 4) }, sentence).join(pick([" ", " ", "\n", "\n\n"])));
}

/** Every mention of the pool's names, as the NER stage would give them. */
function mentionsIn(text: string, names: readonly string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.push({ text: name, start: at, end: at + name.length, type: name.startsWith("Amnesty") ? "ORG" : "PER", entity: `x:${name}`, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What is wrong with a quote's spans, or null. */
function spanError(text: string, q: QuoteSpan): string | null {
  if (!(q.start >= 0 && q.start < q.end && q.end <= text.length) || text.slice(q.start, q.end) !== q.text) return `quote span ${q.start}-${q.end}`;
  if (q.speaker && text.slice(q.speaker.start, q.speaker.end) !== q.speaker.text) return `speaker span ${q.speaker.start}-${q.speaker.end}`;
  return null;
}

/** The texts among `count` generated ones on which the finder throws or gives a wrong span, with what went wrong. */
function failures(pools: Pools, language: string, seed: number, count: number): string[] {
  const next = generator(pools, seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const text = next();
    try {
      const quotes = findQuotes(text, { language, sentences: splitSentences(text, language), entities: mentionsIn(text, pools.names) });
      const wrong = quotes.map((q) => spanError(text, q)).find((e) => e !== null);
      if (wrong) out.push(`${wrong}: ${JSON.stringify(text)}`);
    } catch (e) {
      out.push(`${String(e)}: ${JSON.stringify(text)}`);
    }
  }
  return out;
}

describe("the quote finder on generated reporting sentences", () => {
  it("never throws and gives true spans in German", () => {
    expect(failures(GERMAN, "de", 2, 3000)).toEqual([]);
  });

  it("never throws and gives true spans in English", () => {
    expect(failures(ENGLISH, "en", 2, 1500)).toEqual([]);
  });

  it("generates texts that hold quotes, so that the check has something to check", () => {
    const next = generator(GERMAN, 7);
    const found = Array.from({ length: 50 }, next).reduce((sum, text) => sum + findQuotes(text, { language: "de", sentences: splitSentences(text, "de") }).length, 0);
    expect(found).toBeGreaterThan(50);
  });

  it("generates transcripts, so that the interview reading is checked too", () => {
    const next = generator(GERMAN, 7);
    const answers = Array.from({ length: 300 }, next).reduce((sum, text) => {
      const { quotes } = findRaw(text, { language: "de", sentences: splitSentences(text, "de"), entities: mentionsIn(text, GERMAN.names) });
      return sum + quotes.filter((q) => q.by === "interview").length;
    }, 0);
    expect(answers).toBeGreaterThan(0);
  });
});
