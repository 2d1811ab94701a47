/**
 * Parts of a month, year or week: "Anfang Mai", "Mitte März 2021" (month),
 * "Ende 2023", "Ende des Jahres", "Anfang nächsten Jahres" (year), "Anfang
 * der Woche", "Ende nächster Woche" (week), "early May", "mid-2023", "the end
 * of the year", "early next week". The part is kept in the mention; the value
 * is the whole month, year or week, as the granularity says.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { alternation, keyOf, perLexicon } from "../lexicon.js";
import { MAX_YEAR, MIN_YEAR, shiftedMonth, yearOfMonth } from "./month.js";
import { MONDAY, weekdayInWeek } from "../calendar.js";
import { referenceDay, settledResult, wordMatch, TAG_WEEK, type RuleEnv } from "./shared.js";

/** Relative years, months and weeks a period part may stand before (phrase → offset), and the pattern of a part before any of them, built once per lexicon. */
const periodRules = perLexicon((lex) => {
  const years = { ...lex.relativeYears, ...lex.periodOnlyYears };
  const months = { ...lex.relativeMonths, ...lex.periodOnlyMonths };
  const weeks = { ...lex.relativeWeeks, ...lex.weekSuffixes, ...lex.periodOnlyWeeks };
  const pattern = new RegExp(
    `(?<part>${alternation(lex.periodParts)})(?:\\s+|(?<=-))` +
      `(?:(?<month>${alternation(Object.keys(lex.months))})(?:\\s+(?<year>\\d{4}))?|(?<bareYear>\\d{4})` +
      `|(?<relYear>${alternation(Object.keys(years))})|(?<relMonth>${alternation(Object.keys(months))})|(?<relWeek>${alternation(Object.keys(weeks))}))` +
      `(?![\\p{L}\\p{N}]|[.,:/]\\d)`,
    "diu",
  );
  return { pattern, years, months, weeks };
});

/** The chrono parser for parts of months and years. */
export function periodParser(env: RuleEnv): Parser {
  const { lex } = env;
  const { pattern, years, months, weeks } = periodRules(lex);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const m = wordMatch(context.text, match);
      if (!m) return null;
      const { g, start, end } = m;
      const ref = referenceDay(context);
      if (g.month) {
        const month = lex.months[g.month.toLowerCase()];
        const year = g.year ? Number(g.year) : yearOfMonth(ref, month, null);
        return year < MIN_YEAR || year > MAX_YEAR ? null : settledResult(context, start, end, { year, month });
      }
      if (g.bareYear) {
        const year = Number(g.bareYear);
        return year < MIN_YEAR || year > MAX_YEAR ? null : settledResult(context, start, end, { year });
      }
      if (g.relYear) return settledResult(context, start, end, { year: ref.year + years[keyOf(g.relYear)] });
      if (g.relWeek) {
        // "Ende der Woche vor der Wahl": a week tied to another event is not the article's.
        const tied = keyOf(g.relWeek) in lex.periodOnlyWeeks && lex.weekendBlockersAfter.includes(nextWord(context.text, end));
        return tied ? null : settledResult(context, start, end, weekdayInWeek(ref, MONDAY, weeks[keyOf(g.relWeek)]), [TAG_WEEK]);
      }
      return settledResult(context, start, end, shiftedMonth(ref, months[keyOf(g.relMonth)]));
    },
  };
}

/** The word right after `end`, lower case ("" when none). */
function nextWord(text: string, end: number): string {
  return (/^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1] ?? "").toLowerCase();
}
