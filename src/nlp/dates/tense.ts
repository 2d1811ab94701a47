/**
 * Tense of the clause around a date expression: news tells of the past, so a
 * weekday without modifier lies before the article date unless a future cue
 * ("soll", "wird", "geplant") stands nearer to it than any past cue.
 */
import type { Span } from "../../core/article.js";
import { alternation, type DateLexicon } from "./lexicon.js";

interface CuePatterns {
  future: RegExp;
  past: RegExp;
  reportedPast: RegExp | null;
}

const CUE_PATTERNS = new WeakMap<DateLexicon, CuePatterns>();

function cuePatterns(lex: DateLexicon): CuePatterns {
  let patterns = CUE_PATTERNS.get(lex);
  if (!patterns) {
    const build = (cues: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues)})(?![\\p{L}\\p{N}])`, "giu");
    const reportedPast = lex.reportedPast === null ? null : new RegExp(`(?:${lex.reportedPast})\\s*(?:[.!?,;:]|$)`, "u");
    patterns = { future: build(lex.futureCues), past: build(lex.pastCues), reportedPast };
    CUE_PATTERNS.set(lex, patterns);
  }
  return patterns;
}

/** Distance in characters from the nearest match of `pattern` in the sentence to the span [start, end), or Infinity. */
function nearest(text: string, sentence: Span, start: number, end: number, pattern: RegExp): number {
  let best = Infinity;
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(pattern)) {
    const from = sentence.start + (m.index ?? 0);
    const to = from + m[0].length;
    if (to > start && from < end) continue;
    best = Math.min(best, from >= end ? from - end : start - to);
  }
  return best;
}

/** Punctuation that bounds a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:–()]/u;

/** The stretch of the sentence between the punctuation marks around [start, end) (commas, semicolons, colons, dashes, brackets). */
function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  let from = start;
  while (from > sentence.start && !CLAUSE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < sentence.end && !CLAUSE_BREAK.test(text[to])) to++;
  return { start: from, end: to };
}

/** The last word of a clause: the finite verb of a subordinate clause (", das sich am Dienstag ereignete,"). */
function lastWord(text: string, clause: Span): string {
  return /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(clause.start, clause.end))?.[1] ?? "";
}

/**
 * Tense of the clause around [start, end): the kind of the nearest cue in
 * the clause the date stands in, or a past verb that ends it (", das sich am
 * Dienstag ereignete,"); else the nearest cue in the sentence (a reported
 * past is past), or null without a cue within `reach` characters.
 */
export function clauseTense(
  text: string, sentence: Span, start: number, end: number, lex: DateLexicon, reach = Infinity,
): "past" | "future" | null {
  const { future, past, reportedPast } = cuePatterns(lex);
  if (reportedPast?.test(text.slice(sentence.start, sentence.end))) return "past";
  const clause = clauseAround(text, sentence, start, end);
  const inFuture = nearest(text, clause, start, end, future);
  const inPast = nearest(text, clause, start, end, past);
  if (Math.min(inFuture, inPast) <= reach && inFuture !== inPast) return inFuture < inPast ? "future" : "past";
  if (lex.pastVerb?.test(lastWord(text, clause))) return "past";
  const toFuture = nearest(text, sentence, start, end, future);
  const toPast = nearest(text, sentence, start, end, past);
  if (Math.min(toFuture, toPast) > reach) return null;
  return toFuture < toPast ? "future" : "past";
}

/** Whether the clause around [start, end) speaks of the future: a future cue nearer than every past cue, and no reported past. */
export function speaksOfFuture(text: string, sentence: Span, start: number, end: number, lex: DateLexicon): boolean {
  return clauseTense(text, sentence, start, end, lex) === "future";
}
