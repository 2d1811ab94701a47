/**
 * How German a word looks: a character trigram model of ordinary German
 * words (lower-case words and nouns after determiners in unlabelled text).
 * Names from other languages ("Uriburu", "Hiroshige") score low, German
 * common nouns high; the tagger sees the score in a few coarse buckets.
 */

export interface CharModel {
  /** log P(c | two previous characters), keyed by the trigram's code (see trigramKey). */
  readonly logProb: Map<number, number>;
  /** log probability of a trigram never seen. */
  readonly unseen: number;
}

const BOUNDARY = "\u0002";
const END = "\u0003";

/** Three UTF-16 code units as one safe integer. */
const trigramKey = (a: number, b: number, c: number): number => (a * 65536 + b) * 65536 + c;

/** Trains the trigram model on words (each counted once per occurrence). */
export function trainCharModel(words: Iterable<string>): CharModel {
  const trigrams = new Map<number, number>();
  const contexts = new Map<number, number>();
  for (const word of words) {
    const padded = BOUNDARY + BOUNDARY + word.toLowerCase() + END;
    for (let i = 2; i < padded.length; i++) {
      const tri = trigramKey(padded.charCodeAt(i - 2), padded.charCodeAt(i - 1), padded.charCodeAt(i));
      const context = Math.floor(tri / 65536);
      trigrams.set(tri, (trigrams.get(tri) ?? 0) + 1);
      contexts.set(context, (contexts.get(context) ?? 0) + 1);
    }
  }
  const alphabet = 60;
  const logProb = new Map<number, number>();
  for (const [tri, n] of trigrams) {
    if (n < 2) continue;
    const p = Math.log((n + 0.1) / ((contexts.get(Math.floor(tri / 65536)) ?? 0) + 0.1 * alphabet));
    logProb.set(tri, Math.round(p * 1000) / 1000);
  }
  return { logProb, unseen: Math.round(Math.log(1 / (alphabet * 200)) * 1000) / 1000 };
}

/** Mean log probability per character of the word under the model. */
export function wordScore(model: CharModel, word: string): number {
  const padded = BOUNDARY + BOUNDARY + word.toLowerCase() + END;
  let sum = 0;
  for (let i = 2; i < padded.length; i++) {
    sum += model.logProb.get(trigramKey(padded.charCodeAt(i - 2), padded.charCodeAt(i - 1), padded.charCodeAt(i))) ?? model.unseen;
  }
  return sum / (padded.length - 2);
}

/** The score as a small bucket number (0 = very un-German … 15 = very German). */
export function scoreBucket(score: number): number {
  return Math.max(0, Math.min(15, Math.floor(2 * (score + 8))));
}

const DETERMINERS = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"]);
const LOWER_WORD = /^\p{Ll}+$/u;
const NOUN = /^\p{Lu}\p{Ll}+$/u;

/** Ordinary words of token sequences: lower-case words, and capitalised words right after an article (nouns). */
export function* ordinaryWords(texts: Iterable<readonly string[]>): Generator<string> {
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const w = text[i];
      if (LOWER_WORD.test(w) || (i > 0 && DETERMINERS.has(text[i - 1]) && NOUN.test(w))) yield w;
    }
  }
}

/** The model as lines "code<TAB>logprob", first line the unseen log probability. */
export function serialiseCharModel(model: CharModel): string {
  return [String(model.unseen), ...[...model.logProb].map(([t, p]) => `${t}\t${p}`)].join("\n");
}

/** Reads the lines written by {@link serialiseCharModel}. */
export function parseCharModel(text: string): CharModel {
  const [first, ...lines] = text.split("\n");
  const logProb = new Map<number, number>();
  for (const line of lines) {
    const tab = line.lastIndexOf("\t");
    if (tab > 0) logProb.set(Number(line.slice(0, tab)), Number(line.slice(tab + 1)));
  }
  return { logProb, unseen: Number(first) };
}
