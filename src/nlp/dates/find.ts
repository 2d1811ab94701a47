/**
 * findDates: temporal expressions in article text, normalised to ISO values
 * ("2024-06-03", "2024-06", "2024") with their granularity. Relative and
 * partial expressions are resolved against the article's date; without one,
 * only expressions that need no reference are returned.
 */
import type { DateMention } from "../../core/article.js";
import { splitSentences } from "../sentences.js";
import { parseIsoDay, type Ymd } from "./calendar.js";
import { splitRange, toCandidate, type Candidate } from "./candidates.js";
import { parseWithChrono } from "./chrono.js";
import { lexiconFor } from "./lexicon.js";
import { joinRelativeYears, joinWeekdays, listedDays, removeOverlaps } from "./merge.js";
import type { RuleEnv } from "./rules/shared.js";

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** ISO 639-1 code; "de" and null read German, "en" English, any other language finds nothing. */
  language: string | null;
  /** ISO date or date-time of the article; its day is the reference for relative expressions. */
  reference: string | null;
}

/** Two references far apart (different year, month and weekday): what reads the same from both needs no reference. */
const PROBES: readonly [Ymd, Ymd] = [
  { year: 2001, month: 3, day: 14 },
  { year: 2013, month: 10, day: 20 },
];

/** All candidates of the text as seen from `ref`, weekdays joined, overlaps removed. */
export function candidatesAt(text: string, env: RuleEnv, ref: Ymd): Candidate[] {
  const found: Candidate[] = [];
  for (const result of parseWithChrono(text, env, ref)) {
    const candidate = toCandidate(result, text, env, ref);
    if (candidate) found.push(...(splitRange(result, text, candidate, env.lex) ?? [candidate]));
  }
  return listedDays(text, joinRelativeYears(text, joinWeekdays(text, removeOverlaps(found), ref, env.lex), env.lex), env.lex);
}

/** Candidates that need no reference date: the same span and value seen from two far-apart references. */
export function absoluteCandidates(text: string, env: RuleEnv): Candidate[] {
  const [a, b] = PROBES.map((ref) => candidatesAt(text, env, ref));
  const key = (c: Candidate) => `${c.start}:${c.end}:${c.value}:${c.granularity}`;
  const other = new Set(b.map(key));
  return a.filter((c) => other.has(key(c)));
}

/** The rule environment for a text: language data and sentence spans; null for a language without date rules. */
export function envFor(text: string, language: string | null): RuleEnv | null {
  const lex = lexiconFor(language);
  return lex ? { lex, sentences: splitSentences(text, lex.language) } : null;
}

function toMention(text: string, c: Candidate): DateMention {
  return { text: text.slice(c.start, c.end), start: c.start, end: c.end, value: c.value, granularity: c.granularity };
}

/** Temporal expressions in `text`, in order, without overlaps; offsets are into `text`. */
export function findDates(text: string, opts: FindDatesOptions): DateMention[] {
  const env = envFor(text, opts.language);
  if (!env || text.trim() === "") return [];
  const ref = parseIsoDay(opts.reference);
  const candidates = ref ? candidatesAt(text, env, ref) : absoluteCandidates(text, env);
  return candidates.map((c) => toMention(text, c));
}
