/**
 * Weekdays: "am Donnerstag", "vergangenen Montag", "am frühen Freitagabend",
 * "Montag nächster Woche", "on Monday", "next Friday". Only full names are
 * read ("Mo", "Fr", "Sun" are too often something else). The day is the one
 * with that weekday nearest to the article date in the direction a modifier,
 * a preposition or the tense of the clause gives (the past by default).
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { weekdayInWeek, weekdayInWindow, type Ymd } from "../calendar.js";
import { alternation, keyOf, type DateLexicon, type Lean } from "../lexicon.js";
import { pastInClause, speaksOfFuture } from "../tense.js";
import { TAG_WEEKDAY, leanBefore, referenceDay, sentenceAt, settledResult, wordMatch, type RuleEnv } from "./shared.js";

/** Offsets from the article date each lean allows: a 7-day window holds each weekday once. */
const WINDOWS: Record<Lean, [number, number]> = { last: [-7, -1], next: [1, 7], past: [-6, 0], future: [0, 6] };

function weekdayPattern(lex: DateLexicon): RegExp {
  const parts = lex.dayParts.length > 0 ? `(?<part>${alternation(lex.dayParts)})?` : "";
  return new RegExp(
    `(?:(?<mod>${alternation(Object.keys(lex.modifiers))})\\s+)?` +
      `(?:(?<adj>${alternation(lex.weekdayAdjectives)})\\s+)?` +
      `(?<day>${alternation(Object.keys(lex.weekdays))})${parts}` +
      `(?:\\s+(?<week>${alternation(Object.keys(lex.weekSuffixes))}))?(?![\\p{L}\\p{N}])`,
    "diu",
  );
}

/** Whether the weekday at [start, end) belongs to a name such as "Welt am Sonntag". */
function blocked(text: string, start: number, end: number, lex: DateLexicon): boolean {
  const from = Math.max(0, start - 40);
  const window = text.slice(from, end + 40).toLowerCase();
  return lex.weekdayBlockers.some((phrase) => {
    for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
      if (from + at <= start && from + at + phrase.length >= end) return true;
    }
    return false;
  });
}

/** The day the weekday names, seen from `ref`. */
function resolveDay(ref: Ymd, weekday: number, lean: Lean, weekShift: number | null): Ymd {
  if (weekShift !== null) return weekdayInWeek(ref, weekday, weekShift);
  const [min, max] = WINDOWS[lean];
  return weekdayInWindow(ref, weekday, min, max);
}

/** The chrono parser for weekday expressions of one language. */
export function weekdayParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = weekdayPattern(lex);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const m = wordMatch(text, match);
      if (!m) return null;
      const { g: groups, start, end } = m;
      const dayWord = groups.day;
      if (dayWord[0] !== dayWord[0].toUpperCase() || blocked(text, start, end, lex)) return null;
      const weekday = lex.weekdays[dayWord.toLowerCase()];
      const weekShift = groups.week ? (lex.weekSuffixes[keyOf(groups.week)] ?? null) : null;
      const sentence = sentenceAt(env, text, start);
      const before = leanBefore(text, start, lex);
      // "ab", "bis", "für" look ahead, unless the clause tells of the past ("bis Samstagabend wurden keine Schäden berichtet").
      const preposition = before === "future" && pastInClause(text, sentence, start, end, lex) ? "past" : before;
      const lean =
        (groups.mod ? lex.modifiers[keyOf(groups.mod)] : null) ??
        preposition ??
        (speaksOfFuture(text, sentence, start, end, lex) ? "future" : "past");
      const day = resolveDay(referenceDay(context), weekday, lean, weekShift);
      return settledResult(context, start, end, { ...day, weekday }, [TAG_WEEKDAY]);
    },
  };
}
