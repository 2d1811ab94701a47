/**
 * Weekday-paired dates without a year ("am Montag (3. Juni)", the usual
 * agency style) as evidence for inferPublished: the weekday fixes the year
 * once the text names a year to start from. The latest year of a day or
 * month the text speaks of in the past is the hint; the date takes the first year from the hint on
 * (at most one year later) whose calendar puts that weekday on that day.
 */
import type { DateMention } from "../../core/article.js";
import { formatDay } from "../../extract/date-parts.js";
import { weekdayOf } from "./calendar.js";
import { candidatesAt } from "./find.js";
import { spokenOfAsFuture } from "./infer-evidence.js";
import type { RuleEnv } from "./rules/shared.js";

/** Any reference works: only the day and month of the paired dates are used. */
const PROBE = { year: 2001, month: 3, day: 14 };
/** How many years after the hint a paired date may fall. */
const HINT_REACH = 1;

/** The latest year of the absolute days and months not spoken of as future (bare years are too often history), or null. */
export function yearHint(text: string, absolute: readonly DateMention[], env: RuleEnv): number | null {
  const years = absolute
    .filter((m) => m.granularity !== "year" && !spokenOfAsFuture(text, m, env))
    .map((m) => Number(m.value.slice(0, 4)));
  return years.length > 0 ? Math.max(...years) : null;
}

/** Weekday-paired dates without year, dated by the year hint; none without a hint. */
export function pairedPartialDates(text: string, absolute: readonly DateMention[], env: RuleEnv): DateMention[] {
  const hint = yearHint(text, absolute, env);
  if (hint === null) return [];
  const taken = new Set(absolute.map((m) => m.start));
  const out: DateMention[] = [];
  for (const c of candidatesAt(text, env, PROBE)) {
    if (c.weekday === null || c.weekdayOnly || c.granularity !== "day" || taken.has(c.start)) continue;
    const month = Number(c.value.slice(5, 7));
    const day = Number(c.value.slice(8, 10));
    for (let year = hint; year <= hint + HINT_REACH; year++) {
      const value = formatDay(year, month, day);
      if (value !== null && weekdayOf({ year, month, day }) === c.weekday) {
        out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, value, granularity: "day" });
        break;
      }
    }
  }
  return out;
}
