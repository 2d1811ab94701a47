/**
 * Clauses inside a sentence: stretches between commas, colons, semicolons,
 * dashes and statement-length quotations. Short quoted names („Bild“) do not
 * break a clause.
 */
import type { QuoteDoc, Sentence } from "./context.js";
import { isAdjective } from "./phrase.js";
import { isClauseBreak, isFinalPunct, type Tok } from "./tokens.js";

/** Quotation marks as tokens. */
export const QUOTE_MARKS = new Set(["„", "“", "”", "\"", "»", "«", "‚", "‘"]);

/** Which tokens of a sentence lie inside a quotation mark pair (marks included). */
export function quotedMask(doc: QuoteDoc, sentence: Sentence): boolean[] {
  return sentence.toks.map((t) => doc.pairs.some((p) => p.start <= t.start && t.start < p.end));
}

/** Quotes of at least this many words are statements; shorter ones may be names inside a phrase („Bild“). */
const STATEMENT_WORDS = 4;

/**
 * Which tokens belong to a statement-length quotation (marks included): such
 * quotes bound clauses, short quoted names do not.
 */
export function statementMask(doc: QuoteDoc, sentence: Sentence): boolean[] {
  const long = doc.pairs.filter((p) => p.end > sentence.start && p.start < sentence.end && wordsIn(doc.text.slice(p.innerStart, p.innerEnd)) >= STATEMENT_WORDS);
  return sentence.toks.map((t) => long.some((p) => p.start <= t.start && t.start < p.end));
}

function wordsIn(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isBreak(toks: readonly Tok[], hard: readonly boolean[], i: number): boolean {
  return isClauseBreak(toks[i]) || hard[i];
}

/** Index after the last clause break (punctuation or statement quote) before `k`. */
export function clauseStart(toks: readonly Tok[], hard: readonly boolean[], k: number): number {
  let j = k;
  while (j > 0 && !isBreak(toks, hard, j - 1)) j--;
  return j;
}

/** Index of the first clause break (or final punctuation) at or after `k`. */
export function clauseEnd(toks: readonly Tok[], hard: readonly boolean[], k: number): number {
  let j = k;
  while (j < toks.length && !isBreak(toks, hard, j) && !(isFinalPunct(toks[j]) && j === toks.length - 1)) j++;
  return j;
}

/** A lower-case word that is not a function word or an inflected adjective: the region can hold a clause, not just a noun phrase. */
export function hasVerbLikeWord(doc: QuoteDoc, region: readonly Tok[]): boolean {
  const s = doc.lex.sets;
  return region.some(
    (t, i) =>
      /^\p{Ll}/u.test(t.text) &&
      !s.determiners.has(t.lower) &&
      !s.prepositions.has(t.lower) &&
      !s.coordinators.has(t.lower) &&
      !s.npLinks.has(t.lower) &&
      !(isAdjective(t, doc.lex) && region[i + 1] && /^\p{Lu}/u.test(region[i + 1].text)),
  );
}
