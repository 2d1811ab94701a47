/**
 * inferPublished: a publication date for an article that has none, read from
 * its explicit dates. Each distinct day is scored: an explicit date counts
 * once, a weekday that agrees with it ("am Montag (3. Juni)") is strong
 * evidence, so are repetition, a place in the lead, the same weekday named
 * alone elsewhere ("am Montag") and an anchor next to it ("gestern, 3. Juni",
 * "vor 125 Jahren") and a dateline at the head of a paragraph in the lead
 * ("Berlin, 5. Juni 2024. …"); a date only spoken of as future, or long before the
 * latest past date, counts against itself, and a date whose year came from a
 * hint (./infer-partial.ts) counts a little less. The best-scored day wins
 * (the latest on a tie); below the threshold the answer is null.
 */
import type { DateGranularity, DateMention } from "../../core/article.js";
import { addDays, addYears, daysBetween, isoDay, parseIsoDay, weekdayOf, type Ymd } from "./calendar.js";
import { absoluteCandidates, envFor } from "./find.js";
import { anchorShift, isDateline, loneWeekdays, namedWeekday, spokenOfAsFuture, yearsAgoNearby } from "./infer-evidence.js";
import { pairedPartialDates } from "./infer-partial.js";
import type { RuleEnv } from "./rules/shared.js";

/** An inferred publication date. */
export interface InferredDate {
  value: string;
  granularity: DateGranularity;
}

/** Weights of the evidence for one day; a day needs {@link MIN_SCORE} to be returned. */
export const INFERENCE_WEIGHTS = {
  explicit: 1,
  agreeingWeekday: 2,
  repeated: 1,
  inLead: 1,
  weekdayElsewhere: 1,
  anchor: 2,
  dateline: 2,
  yearFromHint: -2,
  onlyFuture: -3,
  background: -2,
} as const;
export const MIN_SCORE = 3;
/** Characters from the start of the text that count as the lead. */
const LEAD_CHARS = 400;
/** Days a date may lie before the latest date not spoken of as future before it counts as background. */
const BACKGROUND_DAYS = 365;

interface DayEvidence {
  day: Ymd;
  value: string;
  score: number;
  future: boolean;
}

/** Score of one day from its mentions; `hinted` when its year came from the year hint. */
function scoreDay(text: string, day: Ymd, mentions: readonly DateMention[], hinted: boolean, lone: Map<number, number>, env: RuleEnv): DayEvidence {
  const w = INFERENCE_WEIGHTS;
  const weekday = weekdayOf(day);
  const anchors = mentions.map((m) => anchorShift(text, m, env.lex)).filter((s): s is number => s !== null);
  const yearsAgo = mentions.map((m) => yearsAgoNearby(text, m, env)).find((n) => n !== null) ?? null;
  const future = mentions.every((m) => spokenOfAsFuture(text, m, env));
  let score = w.explicit;
  if (mentions.some((m) => namedWeekday(m, env.lex) === weekday)) score += w.agreeingWeekday;
  if (mentions.length > 1) score += w.repeated;
  if (mentions.some((m) => m.start < LEAD_CHARS)) score += w.inLead;
  if ((lone.get(weekday) ?? 0) > 0) score += w.weekdayElsewhere;
  if (anchors.length > 0 || yearsAgo !== null) score += w.anchor;
  if (mentions.some((m) => m.start < LEAD_CHARS && isDateline(text, m))) score += w.dateline;
  if (hinted) score += w.yearFromHint;
  if (future) score += w.onlyFuture;
  const shifted = anchors.length > 0 ? addDays(day, anchors[0]) : yearsAgo !== null ? addYears(day, yearsAgo) : day;
  return { day: shifted, value: isoDay(shifted), score, future };
}

/** The first day of the latest absolute mention not spoken of as future (days, months and years alike), or null. */
function latestPast(text: string, absolute: readonly DateMention[], env: RuleEnv): Ymd | null {
  const values = absolute.filter((m) => !spokenOfAsFuture(text, m, env)).map((m) => m.value);
  const latest = values.sort().at(-1);
  return latest === undefined ? null : parseIsoDay(`${latest}-01-01`.slice(0, 10));
}

/** Lowers the score of days long before the latest date not spoken of as future. */
function penaliseBackground(days: DayEvidence[], latest: Ymd | null): DayEvidence[] {
  if (!latest) return days;
  return days.map((d) => (daysBetween(d.day, latest) > BACKGROUND_DAYS ? { ...d, score: d.score + INFERENCE_WEIGHTS.background } : d));
}

/** Scores every distinct day among the absolute day mentions and `hinted` (year from the hint). */
function scoreDays(text: string, absolute: readonly DateMention[], hinted: readonly DateMention[], env: RuleEnv): DayEvidence[] {
  const days = absolute.filter((m) => m.granularity === "day");
  const lone = loneWeekdays(text, [...days, ...hinted], env.lex);
  const groups = new Map<string, { mentions: DateMention[]; hinted: boolean }>();
  for (const m of days) groups.set(m.value, { mentions: [...(groups.get(m.value)?.mentions ?? []), m], hinted: false });
  for (const m of hinted) {
    const group = groups.get(m.value) ?? { mentions: [], hinted: true };
    groups.set(m.value, { ...group, mentions: [...group.mentions, m] });
  }
  const out: DayEvidence[] = [];
  for (const [value, group] of groups) {
    const day = parseIsoDay(value);
    if (day) out.push(scoreDay(text, day, group.mentions, group.hinted, lone, env));
  }
  return penaliseBackground(out, latestPast(text, absolute, env));
}

/**
 * The publication day the text itself suggests, or null when the evidence is
 * weak (a score below `minScore`). `mentions` should come from findDates
 * without reference (null: they are found here).
 */
export function inferPublished(text: string, mentions: DateMention[] | null, language: string | null, minScore: number = MIN_SCORE): InferredDate | null {
  const env = envFor(text, language);
  if (!env) return null;
  const absolute = mentions ?? absoluteCandidates(text, env).map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
  const hinted = pairedPartialDates(text, absolute, env);
  const scored = scoreDays(text, absolute, hinted, env).sort((a, b) => b.score - a.score || b.value.localeCompare(a.value));
  const best = scored[0];
  return best && best.score >= minScore ? { value: best.value, granularity: "day" } : null;
}
