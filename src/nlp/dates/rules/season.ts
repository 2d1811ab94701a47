/**
 * Seasons as dates: "im vergangenen Herbst", "diesen Sommer", "im Frühjahr",
 * "last summer", "next spring", "in the fall" — granularity year, the year
 * of the season meant. A modifier fixes which one (last: the latest that
 * ended before the article's month; next: the first that begins after it;
 * this: the one of the article's year); without one, a preposition must
 * stand before the season ("im Sommer", "in the summer"), and the tense of
 * the clause decides (past: the latest that began before the article's
 * month; future: the first that has not ended; neither: the article's
 * year). Not before a year ("im Sommer 2022", read by the year rule) or a
 * word that ties the season to something else ("im Herbst des Lebens", "im
 * Sommer vergangenen Jahres", read as that year, "the fall of the wall"),
 * nor after a word that makes it a habit ("Apple verkündet stets im Herbst
 * …", "every spring"); English "fall" only after a modifier or "in the".
 * Winter, which spans two years, is left out.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import type { Ymd } from "../calendar.js";
import { alternation, keyOf, perLexicon, type DateLexicon } from "../lexicon.js";
import { clauseTense } from "../tense.js";
import { afterHabit, groupStart, habitPattern, leanBefore, referenceDay, sentenceAt, settledResult, wordMatch, type RuleEnv } from "./shared.js";

/** How far (in characters) a tense cue may stand from the season to decide which one is meant. */
const TENSE_REACH = 60;

/** The season pattern (groups `prep`, `mod`, `name`) and the habit words before it, built once per lexicon; null without seasons. */
const seasonPatterns = perLexicon((lex: DateLexicon): { pattern: RegExp; habit: RegExp | null } | null => {
  const names = Object.keys(lex.seasons);
  if (names.length === 0) return null;
  const blockers = alternation(lex.seasonBlockersAfter);
  const pattern = new RegExp(
    `(?:(?<prep>${alternation(lex.seasonPrepositions)})\\s+)?(?:(?<mod>${alternation(Object.keys(lex.seasonModifiers))})\\s+)?(?<name>${alternation(names)})` +
      `(?![\\p{L}\\p{N}-])(?!\\s+(?:\\d{4}|(?:${blockers})(?![\\p{L}])))`,
    "diu",
  );
  return { pattern, habit: habitPattern(lex.seasonBlockersBefore) };
});

/** Months as a comparable number: year × 12 + month. */
const monthIndex = (year: number, month: number): number => year * 12 + month;

/** The year of the season [first, last] month that `which` picks, seen from `ref`. */
function seasonYear(ref: Ymd, [first, last]: readonly [number, number], which: "last" | "next" | "this" | "past" | "future" | null): number {
  const now = monthIndex(ref.year, ref.month);
  const years = [ref.year - 1, ref.year, ref.year + 1];
  switch (which) {
    case "last":
      return years.filter((y) => monthIndex(y, last) < now).at(-1) ?? ref.year - 1;
    case "next":
      return years.find((y) => monthIndex(y, first) > now) ?? ref.year + 1;
    case "past":
      // Told in the past in the season's first month, it is still the one before ("im Sommer sei alles ruhig gewesen" in June).
      return years.filter((y) => monthIndex(y, first) < now).at(-1) ?? ref.year;
    case "future":
      return years.find((y) => monthIndex(y, last) >= now) ?? ref.year;
    default:
      return ref.year;
  }
}

/** The chrono parser for seasons of one language; null where it has none. */
export function seasonParser(env: RuleEnv): Parser | null {
  const { lex } = env;
  const built = seasonPatterns(lex);
  if (!built) return null;
  const { pattern, habit } = built;
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const m = wordMatch(text, match);
      if (!m || afterHabit(text, m.start, habit)) return null;
      const { g, start, end } = m;
      const name = keyOf(g.name);
      // German seasons are nouns ("im Sommer", not "im sommer"); a bare season needs its preposition, English "fall" its modifier or "in the".
      if (lex.language === "de" && !/^\p{Lu}/u.test(g.name)) return null;
      if (!g.mod && (!g.prep || (name === "fall" && keyOf(g.prep) !== "in the"))) return null;
      const modifier = g.mod ? lex.seasonModifiers[keyOf(g.mod)] : undefined;
      // The mention is the modifier and the season ("vergangenen Herbst", "last summer"), without the preposition.
      const from = groupStart(match, g.mod ? "mod" : "name") ?? start;
      const lean = modifier ?? leanBefore(text, from, lex) ?? clauseTense(text, sentenceAt(env, text, from), from, end, lex, TENSE_REACH);
      return settledResult(context, from, end, { year: seasonYear(referenceDay(context), lex.seasons[name], lean) });
    },
  };
}
