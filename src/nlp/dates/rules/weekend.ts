/**
 * The weekend: "am Wochenende", "am vergangenen Wochenende", "an diesem
 * Wochenende", "last weekend". Granularity week: the value is the ISO week
 * whose Saturday and Sunday are meant (a weekend closes its ISO week). A
 * modifier fixes which one; without one (also with "diesem") the tense of
 * the clause does (news tells of the past: the last weekend up to the
 * article date, or the article's own when it falls on one). A weekend tied
 * to another event ("am Wochenende vor der Wahl") or a habit ("nur am
 * Wochenende") is left alone.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { MONDAY, weekdayInWeek, weekdayOf, type Ymd } from "../calendar.js";
import { alternation, keyOf, perLexicon, type Lean } from "../lexicon.js";
import { speaksOfFuture } from "../tense.js";
import { afterHabit, habitPattern, TAG_WEEK, referenceDay, sentenceAt, settledResult, wordMatch, type RuleEnv } from "./shared.js";

/** Whether the day is a Saturday or Sunday. */
const onWeekend = (day: Ymd): boolean => weekdayOf(day) === 6 || weekdayOf(day) === 0;

/** Weeks from the reference's ISO week to the one of the weekend meant. */
function weekOffset(ref: Ymd, lean: Lean): number {
  if (lean === "last") return -1;
  if (lean === "next") return onWeekend(ref) ? 1 : 0;
  if (lean === "future") return 0;
  return onWeekend(ref) ? 0 : -1;
}

/** The weekend pattern (groups `mod`, `word`) and the habit words before it, built once per language. */
const weekendPatterns = perLexicon((lex) => {
  const modifiers = Object.keys(lex.weekendModifiers);
  const after = lex.weekendBlockersAfter.length > 0 ? `(?!\\s+(?:${alternation(lex.weekendBlockersAfter)})(?![\\p{L}]))` : "";
  return {
    pattern: new RegExp(`(?:(?<mod>${alternation(modifiers)})\\s+)?(?<word>${alternation(lex.weekendWords)})(?![\\p{L}\\p{N}-])${after}`, "diu"),
    habit: habitPattern(lex.weekendBlockersBefore),
  };
});

/** The chrono parser for weekend expressions of one language; none where the language has no word for it. */
export function weekendParser(env: RuleEnv): Parser | null {
  const { lex } = env;
  if (lex.weekendWords.length === 0) return null;
  const { pattern, habit } = weekendPatterns(lex);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const m = wordMatch(text, match);
      if (!m || afterHabit(text, m.start, habit)) return null;
      const { start, end } = m;
      const mod = m.g.mod;
      const lean: Lean = mod ? lex.weekendModifiers[keyOf(mod)] : speaksOfFuture(text, sentenceAt(env, text, start), start, end, lex) ? "future" : "past";
      const ref = referenceDay(context);
      return settledResult(context, start, end, weekdayInWeek(ref, MONDAY, weekOffset(ref, lean)), [TAG_WEEK]);
    },
  };
}
