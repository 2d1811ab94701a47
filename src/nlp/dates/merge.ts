/**
 * Joins a weekday with the explicit date next to it ("Montag, 3. Juni 2024",
 * "am frühen Montag (3. Juni)", "3. Juni (Montag)", "am 24. Dezember 2023,
 * einem Sonntag") into one mention. A date
 * without a year takes the year near the reference whose calendar puts it on
 * that weekday ("am Sonntag, den 14. August" in March 2006 is 2005-08-14, not
 * the nearer Monday 2006-08-14); a date with its year wins over a weekday
 * that does not agree, and whether the weekday agrees is kept for inference.
 */
import type { Candidate } from "./candidates.js";
import { closestYearForWeekday, isoDay, type Ymd } from "./calendar.js";
import { alternation, perLexicon, type DateLexicon } from "./lexicon.js";

/** Gaps between a weekday and the date after it: comma, "den"/"dem"/"the", or an opening parenthesis. */
const PLAIN_GAP = /^\s*,?\s*(?:(?:den|dem|the)\s+)?$/iu;
const PAREN_GAP = /^\s*\(\s*$/u;
const CLOSING = /^\s*\)/u;

/** End of the joined span when `left` and `right` read as one expression, or null. */
function joinEnd(text: string, left: Candidate, right: Candidate): number | null {
  const gap = text.slice(left.end, right.start);
  if (PLAIN_GAP.test(gap)) return right.end;
  if (!PAREN_GAP.test(gap)) return null;
  const close = CLOSING.exec(text.slice(right.end, right.end + 4));
  return close ? right.end + close[0].length : null;
}

function isExplicitDay(c: Candidate): boolean {
  return c.granularity === "day" && !c.weekdayOnly;
}

/** The joined date, in the year the weekday fixes when the text gives none. */
function dated(joined: Candidate, ref: Ymd): Candidate {
  if (joined.yearGiven || joined.weekday === null || joined.weekdayOnly || joined.granularity !== "day") return joined;
  const month = Number(joined.value.slice(5, 7));
  const day = Number(joined.value.slice(8, 10));
  const year = closestYearForWeekday(ref, month, day, joined.weekday);
  return year === null ? joined : { ...joined, value: isoDay({ year, month, day }) };
}

/** Gap between a date and a weekday in apposition after it: a comma and an article (", einem Sonntag"). */
const appositionGap = perLexicon((lex) => new RegExp(`^\\s*,\\s*(?:${alternation(lex.weekdayAppositionArticles)})\\s+$`, "iu"));

/** The end of a weekday that follows the date `left` in brackets ("3. Juni (Montag)") or in apposition (", einem Sonntag"), or null. */
function weekdayAfterEnd(text: string, left: Candidate, right: Candidate, lex: DateLexicon): number | null {
  const gap = text.slice(left.end, right.start);
  if (lex.weekdayAppositionArticles.length > 0 && appositionGap(lex).test(gap)) return right.end;
  if (!PAREN_GAP.test(gap)) return null;
  const close = CLOSING.exec(text.slice(right.end, right.end + 4));
  return close ? right.end + close[0].length : null;
}

/** Candidates in text order with each weekday joined to an adjacent explicit date. */
export function joinWeekdays(text: string, candidates: readonly Candidate[], ref: Ymd, lex: DateLexicon): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const left = sorted[i];
    const right = sorted[i + 1];
    if (right && left.weekdayOnly && isExplicitDay(right)) {
      const end = joinEnd(text, left, right);
      if (end !== null) {
        out.push({ ...right, start: left.start, end, weekday: left.weekday });
        i++;
        continue;
      }
    }
    const after = right && isExplicitDay(left) && right.weekdayOnly ? weekdayAfterEnd(text, left, right, lex) : null;
    if (after !== null) {
      out.push({ ...left, end: after, weekday: right.weekday });
      i++;
      continue;
    }
    out.push(left);
  }
  return out.map((c) => dated(c, ref));
}

/** Gap between a day and the relative year after it: a space, or a link word ("of"). */
const yearGap = perLexicon((lex) => new RegExp(`^\\s+(?:(?:${alternation(lex.relativeYearLinks)})\\s+)?$`, "iu"));

/**
 * "zum 1. Januar kommenden Jahres", "am 3. März des vergangenen Jahres",
 * "on March 3 last year": a day without its year followed by a year named
 * relative to the article's (no digits) is one mention in that year.
 */
export function joinRelativeYears(text: string, candidates: readonly Candidate[], lex: DateLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const day = candidates[i];
    const year = candidates[i + 1];
    const relative = year && year.granularity === "year" && !/\d/u.test(text.slice(year.start, year.end));
    if (relative && day.granularity === "day" && !day.yearGiven && !day.weekdayOnly && yearGap(lex).test(text.slice(day.end, year.start))) {
      out.push({ ...day, end: year.end, value: `${year.value}${day.value.slice(4)}`, yearGiven: true });
      i++;
      continue;
    }
    out.push(day);
  }
  return out;
}

/** A bare day number (with or without its dot) and a joiner right before a date that opens with its day: "3. und ", "3., ", "3 and ", "12./" ("am 12./13. September"). */
const listedDay = perLexicon((lex) => new RegExp(`(?<![\\p{L}\\p{N}.])(\\d{1,2})\\.?\\s*(?:,|/|${alternation(lex.dayListJoiners)})\\s*$`, "u"));

/** A joiner and a day number right after a date that ends with its day: "June 3 and 4", "June 3, 4 and 5". */
const followingDay = perLexicon((lex) => new RegExp(`^\\s*(?:,|${alternation(lex.dayListJoiners)})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:/]\\d)`, "u"));

/**
 * "zwischen dem 3. und 7. Juni", "am 3., 4. und 5. Juni": day numbers
 * listed before a day that opens with its own number share its month and
 * year, each a mention of its own. Only where the date opens with the day
 * (German order) and the listed day comes earlier in the month.
 */
export function listedDays(text: string, candidates: readonly Candidate[], lex: DateLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const before: Candidate[] = [];
    let at = c.start;
    const firstDay = /^(\d{1,2})(?:\.|\s+\p{L})/u.exec(text.slice(c.start, c.end));
    let next = firstDay ? Number(firstDay[1]) : 0;
    while (c.granularity === "day" && !c.weekdayOnly && next > 0) {
      const m = listedDay(lex).exec(text.slice(Math.max(0, at - 16), at));
      const day = m ? Number(m[1]) : 0;
      if (!m || day < 1 || day >= next) break;
      const start = at - m[0].length;
      const end = start + m[1].length + (text[start + m[1].length] === "." ? 1 : 0);
      before.unshift({ ...c, start, end, value: `${c.value.slice(0, 8)}${String(day).padStart(2, "0")}`, weekday: null });
      at = start;
      next = day;
    }
    out.push(...before, c, ...followingDays(text, c, lex));
  }
  return out;
}

/** "June 3 and 4": day numbers after a date that opens with its month name and ends with its day, in that month and year. */
function followingDays(text: string, c: Candidate, lex: DateLexicon): Candidate[] {
  const lastDay = /^\p{L}+\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/u.exec(text.slice(c.start, c.end));
  if (c.granularity !== "day" || c.weekdayOnly || !lastDay) return [];
  const out: Candidate[] = [];
  let at = c.end;
  let previous = Number(lastDay[1]);
  for (let m = followingDay(lex).exec(text.slice(at)); m; m = followingDay(lex).exec(text.slice(at))) {
    const day = Number(m[1]);
    if (day <= previous || day > 31) break;
    const end = at + m[0].length;
    out.push({ ...c, start: at + m[0].indexOf(m[1]), end, value: `${c.value.slice(0, 8)}${String(day).padStart(2, "0")}`, weekday: null });
    at = end;
    previous = day;
  }
  return out;
}

/** Candidates without overlaps: of two overlapping ones the longer stays (the earlier on a tie). */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) out.push(c);
    else if (c.end - c.start > last.end - last.start) out[out.length - 1] = c;
  }
  return out;
}
