/**
 * Parts of a month or year: "Anfang Mai", "Mitte März 2021" (month), "Ende
 * 2023", "Ende des Jahres", "Anfang nächsten Jahres" (year), "early May",
 * "mid-2023", "the end of the year". The part is kept in the mention; the
 * value is the whole month or year, as the granularity says.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { alternation, keyOf, type DateLexicon } from "../lexicon.js";
import { MAX_YEAR, MIN_YEAR, shiftedMonth, yearOfMonth } from "./month.js";
import { referenceDay, settledResult, wordMatch, type RuleEnv } from "./shared.js";

function periodPattern(lex: DateLexicon): RegExp {
  const years = { ...lex.relativeYears, ...lex.periodOnlyYears };
  const months = { ...lex.relativeMonths, ...lex.periodOnlyMonths };
  return new RegExp(
    `(?<part>${alternation(lex.periodParts)})(?:\\s+|(?<=-))` +
      `(?:(?<month>${alternation(Object.keys(lex.months))})(?:\\s+(?<year>\\d{4}))?|(?<bareYear>\\d{4})` +
      `|(?<relYear>${alternation(Object.keys(years))})|(?<relMonth>${alternation(Object.keys(months))}))` +
      `(?![\\p{L}\\p{N}]|[.,:/]\\d)`,
    "diu",
  );
}

/** The chrono parser for parts of months and years. */
export function periodParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = periodPattern(lex);
  const years = { ...lex.relativeYears, ...lex.periodOnlyYears };
  const months = { ...lex.relativeMonths, ...lex.periodOnlyMonths };
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
      return settledResult(context, start, end, shiftedMonth(ref, months[keyOf(g.relMonth)]));
    },
  };
}
