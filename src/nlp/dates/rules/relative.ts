/**
 * Expressions relative to the article date: counted units ("vor drei Tagen",
 * "vor zwei Jahren", "three days ago") and relative years and months
 * ("im vergangenen Jahr", "nächsten Monat", "last year") and weeks
 * ("vergangene Woche", "next week": granularity week). Counted weeks are
 * the calendar week that many weeks away ("vor drei Wochen", granularity
 * week); hours are left alone (there is no time of day); "in zwei Jahren" is
 * read only in a clause with a future cue, since "in drei Tagen errichtet"
 * is a duration.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { MONDAY, addDays, addMonthsToDay, addYears, weekdayInWeek } from "../calendar.js";
import { alternation, countOf, keyOf, perLexicon, type DateLexicon } from "../lexicon.js";
import { shiftedMonth } from "./month.js";
import { clauseTense } from "../tense.js";
import { referenceDay, sentenceAt, settledResult, wordMatch, TAG_WEEK, type RuleEnv } from "./shared.js";

/** The source of the pattern of counted units before now (groups `count`, `unit`), built once per lexicon. */
const agoSource = perLexicon((lex) => {
  const count = `(?<count>\\d{1,3}|${alternation(Object.keys(lex.numbers))})`;
  const hedge = lex.ago.hedges.length > 0 ? `(?<hedge>(?:(?:${alternation(lex.ago.hedges)})\\s+){1,2})?` : "";
  const unit = `(?<unit>${alternation(Object.keys(lex.ago.units))})`;
  const body = `${hedge}${count}\\s+${unit}`;
  const core = lex.ago.prefix ? `${alternation([lex.ago.prefix])}\\s+${body}` : `${body}\\s+${alternation([lex.ago.suffix ?? "ago"])}`;
  return `${core}(?![\\p{L}\\p{N}])`;
});

const agoSticky = perLexicon((lex) => new RegExp(agoSource(lex), "diu"));
const agoGlobal = perLexicon((lex) => new RegExp(agoSource(lex), "gdiu"));

/** The pattern of counted units before now (groups `count`, `unit`); with `global`, the one for matchAll. Built once per lexicon. */
export function agoPattern(lex: DateLexicon, global = false): RegExp {
  return global ? agoGlobal(lex) : agoSticky(lex);
}

const laterPattern = perLexicon((lex) => {
  const count = `(?<count>\\d{1,3}|${alternation(Object.keys(lex.numbers))})`;
  const unit = `(?<unit>${alternation(Object.keys(lex.ago.units))})`;
  return new RegExp(`${alternation([lex.laterPrefix])}\\s+${count}\\s+${unit}(?![\\p{L}\\p{N}])`, "diu");
});

/** The result for `count` units from the reference (negative: before it). */
function shifted(context: ParsingContext, start: number, end: number, unit: "day" | "week" | "month" | "year", count: number): ParsingResult {
  const ref = referenceDay(context);
  if (unit === "day") return settledResult(context, start, end, addDays(ref, count));
  if (unit === "week") return settledResult(context, start, end, weekdayInWeek(ref, MONDAY, count), [TAG_WEEK]);
  if (unit === "month") return settledResult(context, start, end, shiftedMonth(ref, count));
  return settledResult(context, start, end, { year: ref.year + count });
}

/** Words for today right before and right after a count back (groups `today`), built once per lexicon. */
const todayPatterns = perLexicon((lex) => ({
  before: lex.ago.todayBefore.length > 0 ? new RegExp(`(?<![\\p{L}])(?<today>${alternation(lex.ago.todayBefore)})\\s+$`, "iu") : null,
  after: lex.ago.todayAfter.length > 0 ? new RegExp(`^\\s+(?<today>${alternation(lex.ago.todayAfter)})(?![\\p{L}])`, "iu") : null,
}));

/**
 * "Heute vor genau einem Jahr", "exactly a year ago", "ten years ago today":
 * a count of months or years back that an exact hedge or a word for today
 * makes the same day that long ago; the span with the word for today, or null.
 */
function sameDayBack(text: string, m: { start: number; end: number; g: Record<string, string> }, lex: DateLexicon): { start: number; end: number } | null {
  const patterns = todayPatterns(lex);
  const before = patterns.before?.exec(text.slice(Math.max(0, m.start - 24), m.start));
  const after = patterns.after?.exec(text.slice(m.end, m.end + 24));
  const hedges = (m.g.hedge ?? "").trim().split(/\s+/u).filter((w) => w !== "").map(keyOf);
  const exact = hedges.length === 1 && lex.ago.exact.includes(hedges[0]);
  if (!before && !after && !exact) return null;
  return { start: before ? m.start - before[0].length : m.start, end: after ? m.end + after[0].length : m.end };
}

/** The chrono parser for "vor drei Tagen" / "three days ago" (granularity of the unit; a day for the same day months or years back). */
export function agoParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = agoPattern(lex);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      if (!m) return null;
      const count = countOf(m.g.count, lex);
      const unit = lex.ago.units[keyOf(m.g.unit)];
      if (count === null || unit === undefined) return null;
      const sameDay = unit === "month" || unit === "year" ? sameDayBack(context.text, m, lex) : null;
      if (sameDay) {
        const ref = referenceDay(context);
        return settledResult(context, sameDay.start, sameDay.end, unit === "year" ? addYears(ref, -count) : addMonthsToDay(ref, -count));
      }
      return shifted(context, m.start, m.end, unit, -count);
    },
  };
}

/** The chrono parser for "in zwei Jahren" / "in two years", only in a clause with a future cue ("soll in zwei Jahren"). */
export function laterParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = laterPattern(lex);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      if (!m) return null;
      const count = countOf(m.g.count, lex);
      const unit = lex.ago.units[keyOf(m.g.unit)];
      if (count === null || unit === undefined) return null;
      const { start, end } = m;
      if (clauseTense(context.text, sentenceAt(env, context.text, start), start, end, lex) !== "future") return null;
      return shifted(context, start, end, unit, count);
    },
  };
}

/** The chrono parser for relative years, months and weeks ("vergangenes Jahr", "im nächsten Monat", "vergangene Woche", "last year"). */
const relativePhrasePattern = perLexicon((lex) => {
  const blockers = lex.relativeBlockersAfter.length > 0 ? `(?!\\s+(?:${alternation(lex.relativeBlockersAfter)})(?![\\p{L}]))` : "";
  return new RegExp(
    `(?:(?<year>${alternation(Object.keys(lex.relativeYears))})|(?<month>${alternation(Object.keys(lex.relativeMonths))})|(?<week>${alternation(Object.keys(lex.relativeWeeks))}))` +
      `(?![\\p{L}\\p{N}])${blockers}`,
    "diu",
  );
});

export function relativePhraseParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = relativePhrasePattern(lex);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      if (!m) return null;
      const { g, start, end } = m;
      const ref = referenceDay(context);
      if (g.year) return settledResult(context, start, end, { year: ref.year + lex.relativeYears[keyOf(g.year)] });
      if (g.week) return settledResult(context, start, end, weekdayInWeek(ref, MONDAY, lex.relativeWeeks[keyOf(g.week)]), [TAG_WEEK]);
      return settledResult(context, start, end, shiftedMonth(ref, lex.relativeMonths[keyOf(g.month)]));
    },
  };
}

/** The pattern of a part of the year written as one word (group `part`), built once per lexicon; null where the language has none. */
const yearPartPattern = perLexicon((lex) => {
  const words = Object.keys(lex.yearPartWords);
  return words.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}-])(?<part>${alternation(words)})(?![\\p{L}\\p{N}])`, "diu");
});

/** The pattern of a day counted in a phrase (group `day`), built once per lexicon; null where the language has none. */
const countedDayPattern = perLexicon((lex) => {
  const phrases = Object.keys(lex.countedDays);
  return phrases.length === 0 ? null : new RegExp(`(?<day>${alternation(phrases)})(?![\\p{L}\\p{N}])`, "diu");
});

/** Months of the turn of the year: an end of the year told in the past in January or February is the year before, a start told in the future from October on the year after. */
const LATE_MONTH = 10;
const EARLY_MONTH = 2;

/**
 * The chrono parser for a part of the year written as one word ("bis
 * Jahresende", "zur Jahresmitte"): the article's year, except at the turn of
 * the year, where the tense of the clause decides ("Zum Jahresende stieg die
 * Zahl" in January is the year before, "Zum Jahresbeginn soll …" in November
 * the year after). Granularity year. Null where the language has none.
 */
export function yearPartParser(env: RuleEnv): Parser | null {
  const pattern = yearPartPattern(env.lex);
  if (!pattern) return null;
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      const part = m ? env.lex.yearPartWords[keyOf(m.g.part)] : undefined;
      if (!m || !part) return null;
      const ref = referenceDay(context);
      const tense = part === "middle" ? null : clauseTense(context.text, sentenceAt(env, context.text, m.start), m.start, m.end, env.lex);
      const offset = part === "end" && tense === "past" && ref.month <= EARLY_MONTH ? -1 : part === "start" && tense === "future" && ref.month >= LATE_MONTH ? 1 : 0;
      return settledResult(context, m.start, m.end, { year: ref.year + offset });
    },
  };
}

/** The chrono parser for days counted from the article's day in a phrase ("the day before yesterday"); null where the language has none. */
export function countedDayParser(env: RuleEnv): Parser | null {
  const pattern = countedDayPattern(env.lex);
  if (!pattern) return null;
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      const count = m ? env.lex.countedDays[keyOf(m.g.day)] : undefined;
      return m && count !== undefined ? shifted(context, m.start, m.end, "day", count) : null;
    },
  };
}
