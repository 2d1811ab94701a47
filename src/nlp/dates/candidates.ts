/**
 * From chrono results to date candidates: the mention span trimmed of leading
 * prepositions, the granularity from the parts chrono is certain of, the
 * value at that granularity, and the false hits dropped ("3/4 der Befragten",
 * "am Morgen", "heute-journal", "may" the verb, "lieber heute als morgen").
 */
import type { ParsedResult } from "chrono-node";
import type { DateGranularity } from "../../core/article.js";
import { formatDay } from "../../extract/date-parts.js";
import { closestYearForDay, isoDay, isoMonth, isoWeek, isoYear, type Ymd } from "./calendar.js";
import { alternation, keyOf, perLexicon, type DateLexicon } from "./lexicon.js";
import { MAX_YEAR, MIN_YEAR } from "./rules/month.js";
import { TAG_RULE, TAG_SHORT_NUMERIC, TAG_WEEK, TAG_WEEKDAY, sentenceAt, type RuleEnv } from "./rules/shared.js";

/** A date expression found in the text, before weekdays and explicit dates are joined. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  granularity: DateGranularity;
  /** The weekday the expression names, if any (0 = Sunday). */
  weekday: number | null;
  /** True for an expression that names only a weekday ("am Montag"). */
  weekdayOnly: boolean;
  /** True when the text names the year (not taken from the reference). */
  yearGiven: boolean;
}

const leadPattern = perLexicon((lex) => new RegExp(`^(?:(?:${alternation(lex.datePrepositions)})\\s+)+`, "iu"));

/** The span of a result without trailing punctuation and, for chrono's own parsers, without leading prepositions ("am 3. Juni"). */
function trimmedSpan(result: ParsedResult, lex: DateLexicon): { start: number; end: number } {
  const raw = result.text;
  const lead = result.tags().has(TAG_RULE) ? null : leadPattern(lex).exec(raw);
  let from = lead && lead[0].length < raw.length ? lead[0].length : 0;
  while (from < raw.length && /\s/u.test(raw[from])) from++;
  let to = raw.length;
  while (to > from && /[\s,;:]/u.test(raw[to - 1])) to--;
  return { start: result.index + from, end: result.index + to };
}

function granularityOf(result: ParsedResult): DateGranularity | null {
  const s = result.start;
  if (result.tags().has(TAG_WEEK)) return "week";
  if (s.isCertain("day") || s.isCertain("weekday")) return "day";
  if (s.isCertain("month")) return "month";
  if (s.isCertain("year")) return "year";
  return null;
}

/** "Morgen" the noun (the morning), not "morgen" (tomorrow): capitalised inside a sentence or after an article. */
function isMorningNoun(text: string, start: number, word: string, env: RuleEnv): boolean {
  if (word !== "Morgen") return false;
  const before = text.slice(Math.max(0, start - 20), start);
  const article = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(env.lex.morningArticles)})\\s+$`, "iu");
  return article.test(before) || sentenceAt(env, text, start).start < start;
}

const monthWords = perLexicon((lex) => new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(lex.months))})(?![\\p{L}])`, "gu"));

/** Whether the text holds a lowercase month name ("they may 3", "march 3"): English months are capitalised. */
function lowercaseMonth(text: string, lex: DateLexicon): boolean {
  if (lex.language !== "en") return false;
  return [...text.matchAll(monthWords(lex))].length > 0;
}

const idiomPattern = perLexicon((lex) => new RegExp(`(?<![\\p{L}])(?:${alternation(lex.casualIdioms)})(?![\\p{L}])`, "giu"));
/** How far before and after a day word an idiom holding it may reach (its longest idiom, and some room for wider spaces). */
const idiomReach = perLexicon((lex) => Math.max(0, ...lex.casualIdioms.map((idiom) => idiom.length)) + 8);

/** Whether the span lies inside an idiom of the casual day words ("lieber heute als morgen"). */
function insideIdiom(text: string, span: { start: number; end: number }, lex: DateLexicon): boolean {
  if (lex.casualIdioms.length === 0) return false;
  const reach = idiomReach(lex);
  const from = Math.max(0, span.start - reach);
  for (const m of text.slice(from, span.end + reach).matchAll(idiomPattern(lex))) {
    if (from + m.index <= span.start && span.end <= from + m.index + m[0].length) return true;
  }
  return false;
}

/** Whether a chrono result is a known false hit. */
function falseHit(result: ParsedResult, span: { start: number; end: number }, text: string, env: RuleEnv): boolean {
  const word = text.slice(span.start, span.end);
  const tags = result.tags();
  if (env.lex.casualSkips.includes(keyOf(word))) return true;
  if (isMorningNoun(text, span.start, word, env)) return true;
  if (insideIdiom(text, span, env.lex)) return true;
  if (!/\d/u.test(word) && /^-\p{L}/u.test(text.slice(span.end, span.end + 2))) return true;
  if (/^[\d\s./-]+$/u.test(word) && !result.start.isCertain("year") && !tags.has(TAG_SHORT_NUMERIC)) return true;
  // "USA TODAY", "the TODAY show": a word without digits written all in capitals is a name, not a date (datelines carry digits: "BERLIN, 3. Juni").
  if (!/\d/u.test(word) && /\p{Lu}{3,}/u.test(word) && word === word.toUpperCase()) return true;
  return lowercaseMonth(word, env.lex);
}

/** "3. Juni 24": chrono reads a one- to three-digit year; the span ends before it and the year comes from the reference. */
function shortYearCut(text: string, span: { start: number; end: number }): number | null {
  const m = /^(.*\p{L}\.?)[\s,/-]+\d{1,3}$/u.exec(text.slice(span.start, span.end));
  return m ? span.start + m[1].length : null;
}

function valueOf(granularity: DateGranularity, ymd: Ymd): string | null {
  if (ymd.year < MIN_YEAR || ymd.year > MAX_YEAR) return null;
  if (granularity === "year") return isoYear(ymd.year);
  if (granularity === "month") return isoMonth(ymd.year, ymd.month);
  if (granularity === "week") return formatDay(ymd.year, ymd.month, ymd.day) === null ? null : isoWeek(ymd);
  return formatDay(ymd.year, ymd.month, ymd.day) === null ? null : isoDay(ymd);
}

const auxiliaryBefore = perLexicon(
  (lex) => new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(lex.dayAuxiliaries))})\\s+(?:(?:${alternation(lex.dayLinks)})\\s+)?$`, "iu"),
);

/**
 * "Neuwahlen sollen am 14. November stattfinden", "Der Prozess hatte am 3.
 * Dezember begonnen": an auxiliary right before a day without its year
 * (only a link such as "am" between) tells which side of the article's date
 * it lies on; null without one. A tense cue farther away says too little: in
 * the Wikinews texts it chose the wrong year more often than the right one.
 */
function auxiliaryDirection(text: string, start: number, lex: DateLexicon): "past" | "future" | null {
  const m = auxiliaryBefore(lex).exec(text.slice(Math.max(0, start - 30), start));
  return m ? (lex.dayAuxiliaries[m[1].toLowerCase()] ?? null) : null;
}

/** The candidate a chrono result stands for, or null for a false hit or a time without date. */
export function toCandidate(result: ParsedResult, text: string, env: RuleEnv, ref: Ymd): Candidate | null {
  const granularity = granularityOf(result);
  if (granularity === null) return null;
  const span = trimmedSpan(result, env.lex);
  if (span.end <= span.start || falseHit(result, span, text, env)) return null;
  const s = result.start;
  const ymd = { year: s.get("year") ?? ref.year, month: s.get("month") ?? 1, day: s.get("day") ?? 1 };
  const cut = s.isCertain("year") ? shortYearCut(text, span) : null;
  if (cut !== null) span.end = cut;
  if (granularity === "day" && (cut !== null || !s.isCertain("year")) && !s.isCertain("weekday")) {
    ymd.year = closestYearForDay(ref, ymd.month, ymd.day, auxiliaryDirection(text, span.start, env.lex));
  }
  const value = valueOf(granularity, ymd);
  if (value === null) return null;
  const tags = result.tags();
  const weekday = s.isCertain("weekday") ? s.get("weekday") : null;
  // The short numeric rule ("am 14.8.") takes its year from the reference, as chrono does for "14. August".
  const yearGiven = s.isCertain("year") && cut === null && !tags.has(TAG_SHORT_NUMERIC);
  return { ...span, value, granularity, weekday, weekdayOnly: tags.has(TAG_WEEKDAY), yearGiven };
}

/** The separator of a day range inside a chrono result's text ("3. bis 5. Juni", "June 3-5", "June 3 to 5"); global, for `matchAll`. */
const rangeSeparator = perLexicon((lex) => new RegExp(`\\s*(?:${alternation(lex.rangeJoiners)}|[-–—])\\s*`, "giu"));

/**
 * "vom 3. bis 5. Juni", "June 3-5": chrono reads a range of days as one
 * result with an end. Returns the candidate `c` of its start cut to the words
 * before the separator and the end day as a candidate of its own (in the
 * start's year, or the next when its month comes earlier: "28. Dezember bis
 * 2. Januar"); null when the result is no range of days or no separator is
 * found.
 */
export function splitRange(result: ParsedResult, text: string, c: Candidate, lex: DateLexicon): [Candidate, Candidate] | null {
  const e = result.end;
  if (!e || c.granularity !== "day" || !e.isCertain("day")) return null;
  const inner = text.slice(c.start, c.end);
  const separator = [...inner.matchAll(rangeSeparator(lex))].find((m) => m.index > 0 && /\d\.?$/u.test(inner.slice(0, m.index)));
  if (!separator) return null;
  const startYear = Number(c.value.slice(0, 4));
  const startMonth = Number(c.value.slice(5, 7));
  const month = e.get("month") ?? startMonth;
  const year = e.isCertain("year") ? (e.get("year") ?? startYear) : month < startMonth ? startYear + 1 : startYear;
  const value = valueOf("day", { year, month, day: e.get("day") ?? 0 });
  if (value === null || value <= c.value) return null;
  const from = c.start + separator.index + separator[0].length;
  return [
    { ...c, end: c.start + separator.index },
    { start: from, end: c.end, value, granularity: "day", weekday: null, weekdayOnly: false, yearGiven: c.yearGiven },
  ];
}
