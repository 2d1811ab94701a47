/**
 * Months without a day: "im März 2021", "Oktober 2018" (month and year) and
 * a bare month name tied to a date by a cue ("im Mai", "seit März",
 * "vergangenen Mai", "in May", "im Juli und August", "im Mai dieses Jahres").
 * Without a year, a bare month lies in the direction a tense cue right next
 * to it gives ("hatte im Mai" → the last May), else in the closest year. A bare name without cue is left alone: "Mai"
 * and "August" are also names.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { addMonths, closestYearForMonth, type Ymd } from "../calendar.js";
import { alternation, keyOf, perLexicon, type DateLexicon, type Lean } from "../lexicon.js";
import { clauseTense } from "../tense.js";
import { groupStart, referenceDay, sentenceAt, settledResult, wordMatch, type RuleEnv } from "./shared.js";

/** Years a month-year or cued year may name. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;

/** How near a tense cue must stand to a bare month to choose its year ("hatte im Mai"); farther cues belong to other clauses. */
const TENSE_REACH = 12;

const YEAR_END = String.raw`(?![\p{L}\p{N}]|[.,:/]\d|-\p{L})`;

function isCapitalised(word: string): boolean {
  return word[0] === word[0].toUpperCase();
}

/** The chrono parser for "März 2021" (month granularity). */
export function monthYearParser(env: RuleEnv): Parser {
  const pattern = new RegExp(`(?<month>${alternation(Object.keys(env.lex.months))})\\s+(?<year>\\d{4})${YEAR_END}`, "diu");
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      if (!m) return null;
      const { g: groups, start } = m;
      const year = Number(groups.year);
      const dayBefore = /\d\.?\s*$/u.test(context.text.slice(Math.max(0, start - 4), start));
      if (!isCapitalised(groups.month) || dayBefore) return null;
      if (year < MIN_YEAR || year > MAX_YEAR) return null;
      const month = env.lex.months[groups.month.toLowerCase()];
      return settledResult(context, start, m.end, { year, month });
    },
  };
}

/** The year of `month` as seen from `ref` in the given direction; without one, the year that puts it closest. */
export function yearOfMonth(ref: Ymd, month: number, lean: Lean | null): number {
  if (lean === null) return closestYearForMonth(ref, month);
  const after = month > ref.month || ((lean === "future" || lean === "past") && month === ref.month);
  const before = month < ref.month || ((lean === "future" || lean === "past") && month === ref.month);
  if (lean === "last" || lean === "past") return before ? ref.year : ref.year - 1;
  return after ? ref.year : ref.year + 1;
}

const cuedMonthBefore = perLexicon((lex) => {
  const cues = alternation([...lex.monthCues, ...Object.keys(lex.modifiers)]);
  return new RegExp(`(?<![\\p{L}])(?:${cues})\\s+(?:${alternation(Object.keys(lex.months))})\\s*$`, "iu");
});

/** Whether a cue word ties the month to a date: a month cue, or a joiner after a cued month ("im Juli und August"). */
function cuedBy(cue: string, text: string, index: number, lex: DateLexicon): boolean {
  if (lex.monthCues.includes(keyOf(cue))) return true;
  return cuedMonthBefore(lex).test(text.slice(Math.max(0, index - 40), index));
}

/** The chrono parser for a bare month name after a cue or a direction word ("im Mai", "vergangenen März"). */
export function cuedMonthParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = new RegExp(
    `(?:(?<cue>${alternation([...lex.monthCues, ...lex.yearRangeJoiners])})\\s+)?(?:(?<mod>${alternation(Object.keys(lex.modifiers))})\\s+)?` +
      `(?<month>${alternation(Object.keys(lex.months))})(?:\\s+(?<relYear>${alternation(Object.keys(lex.relativeYears))}))?` +
      `(?![\\p{L}\\p{N}]|-\\p{L})`,
    "diu",
  );
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      if (!m) return null;
      const { g: groups, start: index, end } = m;
      if ((!groups.cue && !groups.mod) || !isCapitalised(groups.month)) return null;
      if (groups.cue && !groups.mod && !cuedBy(groups.cue, context.text, index, lex)) return null;
      const start = groupStart(match, groups.mod ? "mod" : "month") ?? index;
      const month = lex.months[groups.month.toLowerCase()];
      const ref = referenceDay(context);
      if (groups.relYear) return settledResult(context, start, end, { year: ref.year + lex.relativeYears[keyOf(groups.relYear)], month });
      const cueLean = groups.cue ? lex.prepositionLeans[keyOf(groups.cue)] : undefined;
      const lean =
        (groups.mod ? lex.modifiers[keyOf(groups.mod)] : null) ??
        (cueLean === "past" ? "past" : null) ??
        clauseTense(context.text, sentenceAt(env, context.text, start), start, end, lex, TENSE_REACH);
      return settledResult(context, start, end, { year: yearOfMonth(ref, month, lean), month });
    },
  };
}

/** Year and month `offset` months from the reference month. */
export function shiftedMonth(ref: Ymd, offset: number): { year: number; month: number } {
  return addMonths(ref.year, ref.month, offset);
}
