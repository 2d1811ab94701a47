/** What every date rule shares: the per-call environment, the reference day and building chrono results. */
import type { ParsingContext, ParsingResult } from "chrono-node";
import type { Span } from "../../../core/article.js";
import { alternation, type DateLexicon, type Lean } from "../lexicon.js";
import type { Ymd } from "../calendar.js";

/** Tag on results that name only a weekday ("am Montag"): the merge step may join them with an explicit date. */
export const TAG_WEEKDAY = "lagebild/weekday";
/** Tag on every result of our rules: their spans are already what the mention should be. */
export const TAG_RULE = "lagebild/rule";
/** Tag on results that name a week ("vergangene Woche"): granularity week, the day is the week's Monday. */
export const TAG_WEEK = "lagebild/week";
/** Tag on "am 3.6.": a numeric date without year that is still a date. */
export const TAG_SHORT_NUMERIC = "lagebild/short-numeric";

/** What the rules of one call know besides the text: the language data and the sentence spans. */
export interface RuleEnv {
  lex: DateLexicon;
  sentences: readonly Span[];
}

/** The reference day chrono was given (findDates passes local noon of the article's day). */
export function referenceDay(context: ParsingContext): Ymd {
  const d = context.reference.instant;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Whether the character before `index` does not continue a word or number (so a match starts a word). */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}-]/u.test(text[index - 1]);
}

/** A rule's match where it starts a word: its groups and span; null for a match inside a word ("Vormontag"). */
export function wordMatch(text: string, match: RegExpMatchArray): { g: Record<string, string>; start: number; end: number } | null {
  const start = match.index ?? 0;
  if (!startsWord(text, start)) return null;
  return { g: match.groups ?? {}, start, end: start + match[0].length };
}

/** The sentence that contains `index`, or a window of 200 characters around it. */
export function sentenceAt(env: RuleEnv, text: string, index: number): Span {
  const found = env.sentences.find((s) => s.start <= index && index < s.end);
  return found ?? { start: Math.max(0, index - 200), end: Math.min(text.length, index + 200) };
}

/** Start of a named group in the full text (patterns carry the `d` flag; chrono moves `match.index` to the full text). */
export function groupStart(match: RegExpMatchArray, name: string): number | null {
  const at = match.indices?.groups?.[name];
  const whole = match.indices?.[0];
  if (!at || !whole || match.index === undefined) return null;
  return match.index + (at[0] - whole[0]);
}

/** The calendar parts a rule settles, with the finest one known. */
export interface Settled {
  year: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A chrono result for [start, end) of the text with the settled parts certain and the rest implied. */
export function settledResult(context: ParsingContext, start: number, end: number, parts: Settled, tags: string[] = []): ParsingResult {
  const result = context.createParsingResult(start, context.text.slice(start, end));
  result.start = context.createParsingComponents();
  result.start.assign("year", parts.year);
  if (parts.month === undefined) result.start.imply("month", 1);
  else result.start.assign("month", parts.month);
  if (parts.day === undefined) result.start.imply("day", 1);
  else result.start.assign("day", parts.day);
  if (parts.weekday !== undefined) result.start.assign("weekday", parts.weekday);
  result.start.imply("hour", 12);
  for (const tag of [TAG_RULE, ...tags]) result.addTag(tag);
  return result;
}

/** Lean given by a preposition right before `start` ("ab Montag", "bis zum 3. Juni", "seit 2019"), or null. */
export function leanBefore(text: string, start: number, lex: DateLexicon): Lean | null {
  const before = /(\p{L}+)(?:\s+(?:zum|zur|dem|den|the))?\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  return before ? (lex.prepositionLeans[before[1].toLowerCase()] ?? null) : null;
}

/** A pattern for a word of habit ("jedes", "stets", "every") within a word before the end of the text it is tested on; null without such words. */
export function habitPattern(words: readonly string[]): RegExp | null {
  return words.length === 0 ? null : new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words)})\\s+(?:\\p{L}+\\s+)?$`, "iu");
}

/** Whether a word of habit stands right before `start` ("nur am Wochenende", "stets im Herbst"): then the expression is a habit, not a date. */
export function afterHabit(text: string, start: number, habit: RegExp | null): boolean {
  return habit !== null && habit.test(text.slice(Math.max(0, start - 30), start));
}
