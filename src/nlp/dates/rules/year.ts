/**
 * Bare years, only where something marks them as years: a strong cue ("im
 * Jahr 2019", "Sommer 2023"), a preposition not followed by a counted noun
 * ("seit 2019", "bis 2030", but not "bis 2000 Euro"), or a range of years
 * ("2015 bis 2020", "zwischen 2015 und 2020"). In German a number without a
 * cue is a year where nothing makes it a count: no count word or label before
 * it, and after it a punctuation mark or a lower-case word rather than the
 * noun it counts ("1969 betrat Armstrong …", "der 1998 verstorbene Hacker",
 * "„Jungle Fever“ (1991)", but not "2000 Teilnehmer", "rund 2000", "die 2000
 * neuen Mitglieder"). Any other four-digit number is left alone.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { alternation, keyOf, perLexicon, type DateLexicon } from "../lexicon.js";
import { MAX_YEAR, MIN_YEAR } from "./month.js";
import { groupStart, settledResult, wordMatch, type RuleEnv } from "./shared.js";

/** Years a weakly cued or ranged number may name. */
const MIN_WEAK_YEAR = 1800;
const MAX_WEAK_YEAR = 2100;
/** The longest span a range of years ("1914–1918") may have. */
const MAX_RANGE = 100;

function yearPattern(lex: DateLexicon): RegExp {
  const cues = alternation([...lex.strongYearCues, ...lex.weakYearCues]);
  const joiners = `${alternation(lex.yearRangeJoiners)}|[–-]`;
  return new RegExp(
    `(?:(?<cue>${cues})\\s+|(?<join>${joiners})\\s*)?(?<year>\\d{4})` +
      `(?![\\p{L}\\p{N}]|[.,:/]\\d|-\\p{L})(?<tail>\\s*(?:${joiners})\\s*(?<next>\\d{4})(?![\\p{N}]))?`,
    "diu",
  );
}

/**
 * Whether the word after a weakly cued number marks it as a count ("bis 2000
 * Euro", "seit 2000 Jahren"). After a cue that counts only time ("seit"),
 * only a unit of time does: "seit 1995 Regierungschef" is a year.
 */
function countFollows(text: string, end: number, lex: DateLexicon, timeOnly: boolean): boolean {
  const next = /^\s+([^\s.,;:!?)]+)/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const word = next[1];
  if (timeOnly) return word.toLowerCase() in lex.ago.units;
  if (lex.countUnits.includes(word.toLowerCase())) return true;
  return lex.capitalisedNouns && /^\p{Lu}/u.test(word);
}

const inWeakRange = (year: number) => year >= MIN_WEAK_YEAR && year <= MAX_WEAK_YEAR;

interface UncuedPatterns {
  /** A second number after a joiner ("auf rund 15.000"), and after a range joiner ("bis 2400"). */
  second: RegExp;
  range: RegExp;
  /** An inflected adjective, and one formed from a past participle ("gegründete", "verstorbenen"), after which the number is a year. */
  adjective: RegExp;
  participle: RegExp;
}

const secondNumber = (joiners: readonly string[]) => new RegExp(`^(?:\\s*[–-]\\s*|\\s+(?:${alternation(joiners)})\\s+)(?:\\p{L}+\\.?\\s+)?(\\d[\\d.,]*)`, "iu");

const uncuedPatterns = perLexicon((lex): UncuedPatterns => {
  const endings = alternation(lex.adjectiveEndings);
  return {
    second: secondNumber(lex.countJoiners),
    range: secondNumber(lex.yearRangeJoiners),
    adjective: new RegExp(`(?:${endings})$`, "u"),
    participle: new RegExp(`(?:t|en)(?:${endings})$`, "u"),
  };
});

/**
 * "derzeit 2000 auf rund 15.000", "von 2000 bis 2400 Euro": a second number
 * after a joiner that is no year makes the first a count. After a cue only a
 * range joiner does: "bis 2007 auf 30 Cent" is a year.
 */
function countJoined(text: string, end: number, lex: DateLexicon, afterCue: boolean): boolean {
  const patterns = uncuedPatterns(lex);
  const second = (afterCue ? patterns.range : patterns.second).exec(text.slice(end, end + 60))?.[1];
  return second !== undefined && !(/^\d{4}$/u.test(second) && inWeakRange(Number(second)));
}

/** Whether a number without a cue at [start, end) reads as a year (see the file comment). */
function isUncuedYear(text: string, start: number, end: number, lex: DateLexicon): boolean {
  if (lex.uncuedYearBlockers.length === 0) return false;
  const patterns = uncuedPatterns(lex);
  if (/\d[.,/:]?$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1].toLowerCase() ?? "";
  // After a month name the number belongs to a date, which the day rules read or reject ("am 31. Februar 2024").
  if (lex.uncuedYearBlockers.includes(previous) || /\d/u.test(previous) || previous.replace(/\.$/u, "") in lex.months) return false;
  const after = text.slice(end, end + 60);
  if (/^\s*(?:[.,;:!?)\]]|$)/u.test(after)) return true;
  // "von derzeit 2000 auf rund 15.000 Soldaten": a second number that is no year makes both counts.
  if (countJoined(text, end, lex, false)) return false;
  const words = /^\s+(\S+)(?:\s+(\S+))?/u.exec(after);
  if (!words) return false;
  const [, next, following = ""] = words;
  if (!/^\p{Ll}/u.test(next) || lex.countUnits.includes(next)) return false;
  // "die 2000 neuen Mitglieder": an adjective before a noun belongs to a count, unless it is a participle ("der 1963 gegründete Verein").
  return !(patterns.adjective.test(next) && /^\p{Lu}/u.test(following) && !patterns.participle.test(next));
}

/** Whether `year` starts a range of years with `next` ("2015 bis 2020"). */
function startsRange(year: number, next: string | undefined): boolean {
  if (next === undefined) return false;
  const second = Number(next);
  return inWeakRange(year) && inWeakRange(second) && second > year && second - year <= MAX_RANGE;
}

/** Whether the joiner before the year follows a year of the same range ("zwischen 2015 und 2020"). */
function endsRange(text: string, joinStart: number, year: number): boolean {
  const before = /(\d{4})\s*$/u.exec(text.slice(Math.max(0, joinStart - 12), joinStart));
  return before !== null && startsRange(Number(before[1]), String(year));
}

/** The chrono parser for cued years and ranges of years (year granularity). */
export function yearParser(env: RuleEnv): Parser {
  const { lex } = env;
  const pattern = yearPattern(lex);
  const strong = new Set(lex.strongYearCues);
  const joiners = new Set(lex.yearRangeJoiners.map(keyOf));
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const m = wordMatch(text, match);
      if (!m) return null;
      const { g: groups, start: index } = m;
      const yearStart = groupStart(match, "year") ?? index;
      const yearEnd = yearStart + groups.year.length;
      const year = Number(groups.year);
      if (year < MIN_YEAR || year > MAX_YEAR) return null;
      const cue = groups.cue ? keyOf(groups.cue) : null;
      const isStrong = cue !== null && strong.has(cue);
      // "von 2010 bis 2014 Minister": a cue that also joins a range ends one after a year, whatever noun follows.
      const joins = groups.join !== undefined || (cue !== null && joiners.has(cue));
      const accepted =
        isStrong ||
        (cue !== null && inWeakRange(year) && !countFollows(text, yearEnd + (groups.tail?.length ?? 0), lex, lex.timeCountCues.includes(cue)) && !countJoined(text, yearEnd, lex, true)) ||
        (joins && endsRange(text, index, year)) ||
        startsRange(year, groups.next) ||
        (cue === null && groups.join === undefined && inWeakRange(year) && isUncuedYear(text, yearStart, yearEnd, lex));
      if (!accepted) return null;
      const start = isStrong ? strongCueStart(text, index, lex) : yearStart;
      return settledResult(context, start, yearEnd, { year });
    },
  };
}

/** Start of the mention for a strong cue: the cue stays in it, a leading preposition does not ("im Jahr 2019" → "Jahr 2019"). */
function strongCueStart(text: string, index: number, lex: DateLexicon): number {
  const lead = new RegExp(`^(?:${alternation(lex.datePrepositions)})\\s+`, "iu").exec(text.slice(index, index + 20));
  return lead ? index + lead[0].length : index;
}
