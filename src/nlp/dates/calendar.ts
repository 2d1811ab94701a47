/** Calendar arithmetic on plain year/month/day triples (UTC, no time of day, no time zone). */
import { formatDay, pad2 } from "../../extract/date-parts.js";

/** A calendar day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** The day of an ISO date or date-time ("2024-06-03", "2024-06-03T10:00:00+02:00"), or null. */
export function parseIsoDay(iso: string | null): Ymd | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return formatDay(ymd.year, ymd.month, ymd.day) === null ? null : ymd;
}

/** "YYYY-MM-DD". */
export function isoDay(d: Ymd): string {
  return `${String(d.year).padStart(4, "0")}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** "YYYY-MM". */
export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}`;
}

/** "YYYY". */
export function isoYear(year: number): string {
  return String(year).padStart(4, "0");
}

/** "YYYY-Www": the ISO 8601 week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${String(thursday.year).padStart(4, "0")}-W${pad2(week)}`;
}

function toUtc(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** The same day `n` years later (29 February becomes 28 February in a common year). */
export function addYears(d: Ymd, n: number): Ymd {
  const year = d.year + n;
  return formatDay(year, d.month, d.day) === null ? { year, month: d.month, day: d.day - 1 } : { year, month: d.month, day: d.day };
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** The weekday number of Monday (0 = Sunday): a week's value is its Monday. */
export const MONDAY = 1;

/** Weekday of a day, 0 = Sunday. */
export function weekdayOf(d: Ymd): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** Year and month `n` months after the given month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day `n` months after `d`, or the month's last day when it is shorter ("31 March" − 1 month → 29 February in a leap year). */
export function addMonthsToDay(d: Ymd, n: number): Ymd {
  const { year, month } = addMonths(d.year, d.month, n);
  let day = d.day;
  while (day > 28 && formatDay(year, month, day) === null) day--;
  return { year, month, day };
}

/** The day with `weekday` whose offset from `ref` lies in [min, max] (a 7-day window has exactly one). */
export function weekdayInWindow(ref: Ymd, weekday: number, min: number, max: number): Ymd {
  for (let offset = min; offset <= max; offset++) {
    const day = addDays(ref, offset);
    if (weekdayOf(day) === weekday) return day;
  }
  return addDays(ref, min);
}

/** The day with `weekday` in the ISO week (Monday first) `weeks` weeks after the week of `ref`. */
export function weekdayInWeek(ref: Ymd, weekday: number, weeks: number): Ymd {
  const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
  return addDays(monday, weeks * 7 + ((weekday + 6) % 7));
}

/** The year among the one before, of and after `ref` that puts day/month closest to it and passes `fits`; ties go to the past; null when none does. */
function closestYearWhere(ref: Ymd, month: number, day: number, fits: (d: Ymd) => boolean): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = { year, month, day };
    if (formatDay(year, month, day) === null || !fits(d)) continue;
    const distance = Math.abs(daysBetween(ref, d));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The year that puts day/month closest to `ref` (news tells of the recent
 * past and near future); ties go to the past. With a direction, the closest
 * year that puts it on that side of `ref` (the day itself counts on both).
 */
export function closestYearForDay(ref: Ymd, month: number, day: number, direction: "past" | "future" | null = null): number {
  const side = (d: Ymd) => direction === null || (direction === "past" ? daysBetween(ref, d) <= 0 : daysBetween(ref, d) >= 0);
  return closestYearWhere(ref, month, day, side) ?? closestYearWhere(ref, month, day, () => true) ?? ref.year;
}

/**
 * The year that puts day/month on `weekday` closest to `ref` ("Sonntag, den
 * 14. August"), among the year before, of and after `ref`; ties go to the
 * past. Null when none of them does.
 */
export function closestYearForWeekday(ref: Ymd, month: number, day: number, weekday: number): number | null {
  return closestYearWhere(ref, month, day, (d) => weekdayOf(d) === weekday);
}

/** The year that puts a month closest to the month of `ref`; ties go to the past. */
export function closestYearForMonth(ref: Ymd, month: number): number {
  const refIndex = ref.year * 12 + ref.month;
  let best = ref.year;
  for (const year of [ref.year, ref.year - 1, ref.year + 1]) {
    const distance = Math.abs(year * 12 + month - refIndex);
    const bestDistance = Math.abs(best * 12 + month - refIndex);
    if (distance < bestDistance || (distance === bestDistance && year < best)) best = year;
  }
  return best;
}
