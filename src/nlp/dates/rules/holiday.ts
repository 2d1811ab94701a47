/**
 * Holidays: fixed days ("an Heiligabend", "am Tag der Deutschen Einheit",
 * "on Christmas Day") and movable feasts counted from Easter ("am
 * Pfingstmontag", "zu Ostern", "Good Friday"), granularity day. A year after
 * the name fixes the year ("Weihnachten 2023"); else a modifier does
 * ("vergangene Weihnachten", "am gestrigen Ostersonntag"), or a preposition
 * ("seit Ostern", "bis Neujahr"), else the tense of the clause (the last one
 * up to the article date in the past tense, the next one with a future cue
 * near it), else the one nearest to the article date.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { formatDay } from "../../../extract/date-parts.js";
import { addDays, daysBetween, type Ymd } from "../calendar.js";
import { alternation, keyOf, perLexicon, type DateLexicon, type Lean } from "../lexicon.js";
import { clauseTense } from "../tense.js";
import { leanBefore, referenceDay, sentenceAt, settledResult, wordMatch, type RuleEnv } from "./shared.js";

/** How far (in characters) a tense cue may stand from the holiday to decide which one is meant; beyond it the nearest one is. */
const TENSE_REACH = 60;

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of 1876). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The day of a holiday in a year, or null when the name is no holiday of the lexicon. */
function holidayIn(lex: DateLexicon, name: string, year: number): Ymd | null {
  const fixed = lex.fixedHolidays[name];
  if (fixed) return formatDay(year, fixed[0], fixed[1]) === null ? null : { year, month: fixed[0], day: fixed[1] };
  const offset = lex.easterHolidays[name];
  return offset === undefined ? null : addDays(easterSunday(year), offset);
}

/** The occurrence around the reference that the lean (or, without one, nearness) picks. */
function occurrence(lex: DateLexicon, name: string, ref: Ymd, lean: Lean | null): Ymd | null {
  const days = [ref.year - 1, ref.year, ref.year + 1].map((y) => holidayIn(lex, name, y)).filter((d): d is Ymd => d !== null);
  const offset = (d: Ymd) => daysBetween(ref, d);
  const pick: Record<Lean, (d: Ymd) => boolean> = { last: (d) => offset(d) < 0, past: (d) => offset(d) <= 0, next: (d) => offset(d) > 0, future: (d) => offset(d) >= 0 };
  if (lean === "last" || lean === "past") return days.filter(pick[lean]).at(-1) ?? null;
  if (lean === "next" || lean === "future") return days.find(pick[lean]) ?? null;
  return days.reduce<Ymd | null>((best, d) => (best === null || Math.abs(offset(d)) < Math.abs(offset(best)) ? d : best), null);
}

/** The holiday pattern (groups `mod`, `name`, `year`) and the modifiers it reads, built once per language; null without holidays. */
const holidayPattern = perLexicon((lex): { pattern: RegExp; modifiers: Readonly<Record<string, Lean>> } | null => {
  const names = [...Object.keys(lex.fixedHolidays), ...Object.keys(lex.easterHolidays)];
  const modifiers: Readonly<Record<string, Lean>> = { ...lex.modifiers, ...lex.weekendModifiers };
  if (names.length === 0) return null;
  return { pattern: new RegExp(`(?:(?<mod>${alternation(Object.keys(modifiers))})\\s+)?(?<name>${alternation(names)})(?:\\s+(?<year>\\d{4}))?(?![\\p{L}\\p{N}-])`, "diu"), modifiers };
});

/** The chrono parser for holidays of one language. */
export function holidayParser(env: RuleEnv): Parser | null {
  const { lex } = env;
  const built = holidayPattern(lex);
  if (!built) return null;
  const { pattern, modifiers } = built;
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const m = wordMatch(text, match);
      // German holidays are nouns: capitalised ("Ostern", not "ostern"); English ones are too.
      if (!m || !/^\p{Lu}/u.test(m.g.name)) return null;
      const { g, start, end } = m;
      const name = keyOf(g.name);
      const ref = referenceDay(context);
      const lean = g.mod ? modifiers[keyOf(g.mod)] : (leanBefore(text, start, lex) ?? clauseTense(text, sentenceAt(env, text, start), start, end, lex, TENSE_REACH));
      const day = g.year ? holidayIn(lex, name, Number(g.year)) : occurrence(lex, name, ref, lean);
      return day ? settledResult(context, start, end, day) : null;
    },
  };
}
