/**
 * Clauses inside a sentence: stretches between commas, colons, semicolons,
 * dashes and statement-length quotations. Short quoted names („Bild“) do not
 * break a clause.
 */
import { lastStartingBy } from "../../core/sorted.js";
import type { QuoteDoc, Sentence } from "./context.js";
import type { QuotePair } from "./marks.js";
import { isAdjective } from "./phrase.js";
import { isForeignTitle } from "./title.js";
import { isClauseBreak, isFinalPunct, type Tok } from "./tokens.js";

/** Quotation marks as tokens. */
export const QUOTE_MARKS = new Set(["„", "“", "”", "\"", "»", "«", "‚", "‘"]);

/** Which tokens of a sentence lie inside a quotation mark pair (marks included). */
export function quotedMask(doc: QuoteDoc, sentence: Sentence): boolean[] {
  return sentence.toks.map((t) => pairAt(doc.pairs, t.start) !== null);
}

/** The pair that holds the character at `at` (pairs are sorted by start and do not overlap: top-level only), or null. */
function pairAt(pairs: readonly QuotePair[], at: number): QuotePair | null {
  const pair = lastStartingBy(pairs, at);
  return pair && at < pair.end ? pair : null;
}

/** Quotes of at least this many words are statements; shorter ones may be names inside a phrase („Bild“). */
const STATEMENT_WORDS = 4;

/**
 * Which tokens belong to a statement-length quotation (marks included): such
 * quotes bound clauses, short quoted names do not, nor do foreign titles of
 * several words ("im Fachblatt „La Gazetta dello Sport“ zitiert").
 */
export function statementMask(doc: QuoteDoc, sentence: Sentence): boolean[] {
  const long = doc.pairs.filter((p) => p.end > sentence.start && p.start < sentence.end && isStatementLength(doc, p) && !isLabel(doc, sentence, p));
  return sentence.toks.map((t) => long.some((p) => p.start <= t.start && t.start < p.end));
}

/** Pairs already judged, per pair rather than per sentence: an unclosed pair may run over every sentence of a long line. */
const statementLength = new WeakMap<QuotePair, boolean>();

/** A quotation of at least STATEMENT_WORDS words that is no foreign title. */
function isStatementLength(doc: QuoteDoc, p: QuotePair): boolean {
  let known = statementLength.get(p);
  if (known === undefined) {
    const inner = doc.text.slice(p.innerStart, p.innerEnd);
    known = wordsIn(inner) >= STATEMENT_WORDS && !isForeignTitle(doc, inner.trim());
    statementLength.set(p, known);
  }
  return known;
}

/** "als „nicht nachzuvollziehende Verirrung“ bezeichnet": a quote after a label word, without sentence punctuation, names what the clause is about. */
function isLabel(doc: QuoteDoc, sentence: Sentence, pair: QuotePair): boolean {
  const before = sentence.toks.filter((t) => t.end <= pair.start);
  const word = before[before.length - 1]?.lower ?? "";
  return doc.lex.sets.labelWords.has(word) && !/[.!?…]\s*$/u.test(doc.text.slice(pair.innerStart, pair.innerEnd));
}

function wordsIn(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A clause break: punctuation outside quotation marks ("als „eine Organisation, nämlich …“ bezeichnet" is one clause), or a statement quote. */
function isBreak(toks: readonly Tok[], hard: readonly boolean[], i: number): boolean {
  return (isClauseBreak(toks[i]) && !toks[i].quoted) || hard[i];
}

/** Most tokens a bracket may hold and still be skipped as an aside ("(Awoda, dt. etwa Arbeiterpartei)"). */
const MAX_ASIDE = 12;

/**
 * Index of the bracket that pairs with the one at `at`, looking forwards
 * (step 1, from "(") or backwards (step -1, from ")") at most `MAX_ASIDE`
 * tokens, with no other bracket of the same kind between; else -1.
 */
function matchingBracket(toks: readonly Tok[], at: number, step: 1 | -1): number {
  const [same, other] = step === 1 ? ["(", ")"] : [")", "("];
  for (let i = at + step, n = 0; i >= 0 && i < toks.length && n < MAX_ASIDE; i += step, n++) {
    if (toks[i].text === same) return -1;
    if (toks[i].text === other) return i;
  }
  return -1;
}

/** Index after the last clause break (punctuation or statement quote) before `k`; commas inside a bracketed aside do not count. */
export function clauseStart(toks: readonly Tok[], hard: readonly boolean[], k: number): number {
  let j = k;
  while (j > 0 && !isBreak(toks, hard, j - 1)) {
    const open = toks[j - 1].text === ")" ? matchingBracket(toks, j - 1, -1) : -1;
    j = open > 0 ? open : j - 1;
  }
  return j;
}

/** Index of the first clause break (or final punctuation) at or after `k`; commas inside a bracketed aside do not count. */
export function clauseEnd(toks: readonly Tok[], hard: readonly boolean[], k: number): number {
  let j = k;
  while (j < toks.length && !isBreak(toks, hard, j) && !(isFinalPunct(toks[j]) && j === toks.length - 1)) {
    const close = toks[j].text === "(" ? matchingBracket(toks, j, 1) : -1;
    j = close > 0 ? close + 1 : j + 1;
  }
  return j;
}

/**
 * A lower-case word that is not a function word or an inflected adjective:
 * the region can hold a clause, not just a noun phrase. A word in -en
 * right after a noun is no attributive adjective but a verb ("die Bauern
 * brauchen Hilfe"); after a genitive it may be one ("Merkels neue Regierung").
 */
export function hasVerbLikeWord(doc: QuoteDoc, region: readonly Tok[]): boolean {
  const s = doc.lex.sets;
  const afterNoun = (i: number) => {
    const prev = region[i - 1];
    if (!prev || !/^\p{Lu}\p{Ll}/u.test(prev.text) || /s$/u.test(prev.text)) return false;
    // A capitalised function word opening the sentence ("Zur aktuellen Lage") is no noun.
    return ![s.determiners, s.prepositions, s.coordinators, s.pronouns, s.subordinators, s.skipAdverbs].some((set) => set.has(prev.lower));
  };
  return region.some(
    (t, i) =>
      /^\p{Ll}/u.test(t.text) &&
      !s.determiners.has(t.lower) &&
      !s.prepositions.has(t.lower) &&
      !s.coordinators.has(t.lower) &&
      !s.npLinks.has(t.lower) &&
      !(isAdjective(t, doc.lex) && region[i + 1] && /^\p{Lu}/u.test(region[i + 1].text) && !afterNoun(i)),
  );
}
