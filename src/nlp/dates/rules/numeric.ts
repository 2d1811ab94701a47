/**
 * Short numeric dates without a year ("am 3.6.", "Montag (3.6.)"): only after
 * a cue word or a weekday, since "3.6." alone is as often a section number.
 * The year is the one that puts the day closest to the article date.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { formatDay } from "../../../extract/date-parts.js";
import { closestYearForDay } from "../calendar.js";
import { alternation, type DateLexicon } from "../lexicon.js";
import { TAG_SHORT_NUMERIC, referenceDay, settledResult, wordMatch, type RuleEnv } from "./shared.js";

function cueBefore(lex: DateLexicon): RegExp {
  const weekdays = alternation(Object.keys(lex.weekdays));
  const parts = lex.dayParts.length > 0 ? `(?:${alternation(lex.dayParts)})?` : "";
  return new RegExp(`(?:(?<![\\p{L}])(?:${alternation(lex.shortDateCues)})|(?:${weekdays})${parts}\\s*[,(]?)\\s*$`, "iu");
}

/** The chrono parser for "am 3.6." (day granularity); none where the language has no cues for it. */
export function shortNumericParser(env: RuleEnv): Parser | null {
  const { lex } = env;
  if (lex.shortDateCues.length === 0) return null;
  const before = cueBefore(lex);
  const pattern = /(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.(?!\s?\d|\p{L})/du;
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const m = wordMatch(text, match);
      if (!m || !before.test(text.slice(Math.max(0, m.start - 30), m.start))) return null;
      const { g, start } = m;
      const day = Number(g.d);
      const month = Number(g.m);
      const year = closestYearForDay(referenceDay(context), month, day);
      if (formatDay(year, month, day) === null) return null;
      return settledResult(context, start, m.end, { year, month, day }, [TAG_SHORT_NUMERIC]);
    },
  };
}
