/** The language data a date rule needs, gathered per language from src/lang, plus regex helpers over it. */
import * as de from "../../lang/de/dates.js";
import * as en from "../../lang/en/dates.js";
import { ADJECTIVE_ENDINGS } from "../../lang/de/names.js";

/** Which way a weekday or month lies from the article date: "last"/"next" exclude the article's own day, "past"/"future" include it. */
export type Lean = "last" | "next" | "past" | "future";

type Unit = "day" | "week" | "month" | "year";

/** Everything language-specific the date rules read. */
export interface DateLexicon {
  language: "de" | "en";
  months: Readonly<Record<string, number>>;
  weekdays: Readonly<Record<string, number>>;
  dayParts: readonly string[];
  weekdayAdjectives: readonly string[];
  weekdayBlockers: readonly string[];
  modifiers: Readonly<Record<string, Lean>>;
  prepositionLeans: Readonly<Record<string, Lean>>;
  weekSuffixes: Readonly<Record<string, number>>;
  futureCues: readonly string[];
  pastCues: readonly string[];
  /** Auxiliaries right before a day without its year, and the side of the reference they put it on. */
  dayAuxiliaries: Readonly<Record<string, "past" | "future">>;
  /** Words that may stand between such an auxiliary and the day ("am", "on"). */
  dayLinks: readonly string[];
  /** Words that list days of one month ("am 3. und 4. Juni", "June 3 and 4"); a comma does too. */
  dayListJoiners: readonly string[];
  /** Articles of a weekday in apposition after a date, which joins it ("24. Dezember 2023, einem Sonntag"). */
  weekdayAppositionArticles: readonly string[];
  /** Words between the two days of a range that chrono reads as one ("3. bis 5. Juni", "June 3 to 5"); dashes always are. */
  rangeJoiners: readonly string[];
  /** Words that may link a day to a relative year after it ("March 3 of last year"). */
  relativeYearLinks: readonly string[];
  /** A verb in the past tense that may end a subordinate clause ("ereignete", "stattfand"); null where word order gives no such cue. */
  pastVerb: RegExp | null;
  /** A past participle ("gefunden", "bewohnt"); null where the language needs no passive test. */
  participle: RegExp | null;
  /** Words that look like a participle but are infinitives ("gewinnen"). */
  participleLookalikes: readonly string[];
  /** Auxiliaries of the perfect that are no past cue alone ("ist", "sind"): past with a participle at the clause's end. */
  perfectAuxiliaries: readonly string[];
  /** Case endings of adjectives, for a participle used as one ("der am Dienstag erfolgten"); none where adjectives do not inflect. */
  adjectiveEndings: readonly string[];
  /** Future cues that are also passive auxiliaries ("wird … gefunden"): no future cue in a passive clause of their own. */
  passiveAuxiliaries: readonly string[];
  /** Regex source of a reported-past clause ("soll … getötet haben"), whose modal is no future cue. */
  reportedPast: string | null;
  strongYearCues: readonly string[];
  weakYearCues: readonly string[];
  yearRangeJoiners: readonly string[];
  monthCues: readonly string[];
  periodParts: readonly string[];
  relativeYears: Readonly<Record<string, number>>;
  periodOnlyYears: Readonly<Record<string, number>>;
  relativeMonths: Readonly<Record<string, number>>;
  /** Weeks relative to the article's week ("vergangene Woche" → -1). */
  relativeWeeks: Readonly<Record<string, number>>;
  /** The word for the weekend ("Wochenende") and the modifiers that fix which one ("vergangene", "kommenden", "diesem"). */
  weekendWords: readonly string[];
  weekendModifiers: Readonly<Record<string, Lean>>;
  /** Holidays on a fixed day (→ [month, day]) and movable feasts (→ days from Easter Sunday), lower case. */
  fixedHolidays: Readonly<Record<string, readonly [number, number]>>;
  easterHolidays: Readonly<Record<string, number>>;
  /** Seasons (→ first and last month; lower case), the modifiers that fix which one ("vergangenen Herbst", "next spring"), the prepositions that make a bare season a date ("im Sommer", "in the summer"), and the words after it that tie it to something else ("im Herbst des Lebens", "the fall of …"), and before it that make it a habit ("stets im Herbst"). */
  seasons: Readonly<Record<string, readonly [number, number]>>;
  seasonModifiers: Readonly<Record<string, "last" | "next" | "this">>;
  seasonPrepositions: readonly string[];
  seasonBlockersAfter: readonly string[];
  seasonBlockersBefore: readonly string[];
  /** Words after the weekend word that tie it to something else, and words before it that make it a habit. */
  weekendBlockersAfter: readonly string[];
  weekendBlockersBefore: readonly string[];
  periodOnlyMonths: Readonly<Record<string, number>>;
  /** Weeks that need a period part before them ("Ende der Woche", "the end of the week"). */
  periodOnlyWeeks: Readonly<Record<string, number>>;
  relativeBlockersAfter: readonly string[];
  /**
   * "vor zwei Jahren", "two years ago": the word before or after the count,
   * hedges allowed before it (at most two: "vor fast genau einem Jahr"),
   * those that make a count of months or years exact (the same day that long
   * ago), words for today right before or after that do the same ("Heute vor
   * einem Jahr", "a year ago today"), and the units.
   */
  ago: {
    prefix: string | null;
    suffix: string | null;
    hedges: readonly string[];
    exact: readonly string[];
    todayBefore: readonly string[];
    todayAfter: readonly string[];
    units: Readonly<Record<string, Unit>>;
  };
  /** Word before a count into the future ("in zwei Jahren"). */
  laterPrefix: string;
  /** Phrases of a day counted from the article's day that the chrono parsers kept miss ("the day before yesterday": −2). */
  countedDays: Readonly<Record<string, number>>;
  /** Words for a part of the current year ("Jahresende" → "end"): the year, or the one the tense points to at the turn of the year. */
  yearPartWords: Readonly<Record<string, "start" | "middle" | "end">>;
  numbers: Readonly<Record<string, number>>;
  casualSkips: readonly string[];
  /** Idioms in which a casual day word names no day ("von heute auf morgen"), lower case. */
  casualIdioms: readonly string[];
  morningArticles: readonly string[];
  datePrepositions: readonly string[];
  anchorWords: Readonly<Record<string, number>>;
  shortDateCues: readonly string[];
  countUnits: readonly string[];
  /** German capitalises nouns: a capitalised word after "bis 2000" marks a count, not a year. */
  capitalisedNouns: boolean;
  /**
   * Words right before a number without a cue that make it a count, a price
   * or a label ("rund 2000", "Flug 1549"); empty where a number without a cue
   * is never read as a year (English, whose nouns after a count are lower case).
   */
  uncuedYearBlockers: readonly string[];
  /** Weak year cues after which only a unit of time makes the number a count ("seit 2000 Jahren", but "seit 1995 Regierungschef"). */
  timeCountCues: readonly string[];
  /** Words joining two counts ("von 2000 auf 15.000"): after a number without a cue, a second number that is no year makes it a count. */
  countJoiners: readonly string[];
  /**
   * Regex source of verbs in the simple past, past cues besides the listed
   * ones ("rose", "announced"), and the words before which such a form is a
   * participle of a passive and tells no past ("will be held", "is
   * expected"); null where the listed cues serve.
   */
  pastForms: { pattern: string; passiveBefore: readonly string[] } | null;
}

const GERMAN: DateLexicon = {
  language: "de",
  months: de.GERMAN_DATE_MONTHS,
  weekdays: de.GERMAN_WEEKDAYS,
  dayParts: de.GERMAN_DAY_PARTS,
  weekdayAdjectives: de.GERMAN_WEEKDAY_ADJECTIVES,
  weekdayBlockers: de.GERMAN_WEEKDAY_BLOCKERS,
  modifiers: de.GERMAN_DIRECTION_MODIFIERS,
  prepositionLeans: de.GERMAN_DIRECTION_PREPOSITIONS,
  weekSuffixes: de.GERMAN_WEEK_SUFFIXES,
  futureCues: de.GERMAN_FUTURE_CUES,
  pastCues: de.GERMAN_PAST_CUES,
  dayAuxiliaries: de.GERMAN_DAY_AUXILIARIES,
  dayLinks: de.GERMAN_DAY_LINKS,
  dayListJoiners: de.GERMAN_DAY_LIST_JOINERS,
  weekdayAppositionArticles: de.GERMAN_WEEKDAY_APPOSITION_ARTICLES,
  rangeJoiners: de.GERMAN_RANGE_JOINERS,
  relativeYearLinks: [],
  pastVerb: de.GERMAN_PAST_VERB,
  participle: de.GERMAN_PARTICIPLE,
  participleLookalikes: de.GERMAN_GE_INFINITIVES,
  passiveAuxiliaries: de.GERMAN_PASSIVE_AUXILIARIES,
  adjectiveEndings: ADJECTIVE_ENDINGS,
  perfectAuxiliaries: de.GERMAN_PERFECT_AUXILIARIES,
  reportedPast: de.GERMAN_REPORTED_PAST,
  strongYearCues: de.GERMAN_STRONG_YEAR_CUES,
  weakYearCues: de.GERMAN_WEAK_YEAR_CUES,
  yearRangeJoiners: de.GERMAN_YEAR_RANGE_JOINERS,
  monthCues: de.GERMAN_MONTH_CUES,
  periodParts: de.GERMAN_PERIOD_PARTS,
  relativeYears: de.GERMAN_RELATIVE_YEARS,
  periodOnlyYears: de.GERMAN_PERIOD_ONLY_YEARS,
  relativeMonths: de.GERMAN_RELATIVE_MONTHS,
  relativeWeeks: de.GERMAN_RELATIVE_WEEKS,
  weekendWords: de.GERMAN_WEEKEND_WORDS,
  weekendModifiers: de.GERMAN_WEEKEND_MODIFIERS,
  seasons: de.GERMAN_SEASONS,
  seasonModifiers: de.GERMAN_SEASON_MODIFIERS,
  seasonPrepositions: de.GERMAN_SEASON_PREPOSITIONS,
  seasonBlockersAfter: de.GERMAN_SEASON_BLOCKERS_AFTER,
  seasonBlockersBefore: de.GERMAN_SEASON_BLOCKERS_BEFORE,
  weekendBlockersAfter: de.GERMAN_WEEKEND_BLOCKERS_AFTER,
  fixedHolidays: de.GERMAN_FIXED_HOLIDAYS,
  easterHolidays: de.GERMAN_EASTER_HOLIDAYS,
  weekendBlockersBefore: de.GERMAN_WEEKEND_BLOCKERS_BEFORE,
  periodOnlyMonths: de.GERMAN_PERIOD_ONLY_MONTHS,
  periodOnlyWeeks: de.GERMAN_PERIOD_ONLY_WEEKS,
  relativeBlockersAfter: de.GERMAN_RELATIVE_BLOCKERS_AFTER,
  ago: {
    prefix: de.GERMAN_AGO_PREFIX,
    suffix: null,
    hedges: de.GERMAN_AGO_HEDGES,
    exact: de.GERMAN_AGO_EXACT,
    todayBefore: de.GERMAN_AGO_TODAY_BEFORE,
    todayAfter: [],
    units: de.GERMAN_AGO_UNITS,
  },
  laterPrefix: de.GERMAN_LATER_PREFIX,
  countedDays: {},
  yearPartWords: de.GERMAN_YEAR_PART_WORDS,
  numbers: de.GERMAN_NUMBER_WORDS,
  casualSkips: de.GERMAN_CASUAL_SKIPS,
  casualIdioms: de.GERMAN_CASUAL_IDIOMS,
  morningArticles: de.GERMAN_MORNING_ARTICLES,
  datePrepositions: de.GERMAN_DATE_PREPOSITIONS,
  anchorWords: de.GERMAN_ANCHOR_WORDS,
  shortDateCues: de.GERMAN_SHORT_DATE_CUES,
  countUnits: de.GERMAN_COUNT_UNITS,
  capitalisedNouns: true,
  uncuedYearBlockers: de.GERMAN_UNCUED_YEAR_BLOCKERS,
  timeCountCues: ["seit"],
  countJoiners: de.GERMAN_COUNT_JOINERS,
  pastForms: { pattern: de.GERMAN_PAST_FORMS, passiveBefore: de.GERMAN_PAST_FORM_BLOCKERS },
};

const ENGLISH: DateLexicon = {
  language: "en",
  months: en.ENGLISH_DATE_MONTHS,
  weekdays: en.ENGLISH_WEEKDAYS,
  dayParts: en.ENGLISH_DAY_PARTS,
  weekdayAdjectives: en.ENGLISH_WEEKDAY_ADJECTIVES,
  weekdayBlockers: en.ENGLISH_WEEKDAY_BLOCKERS,
  modifiers: en.ENGLISH_DIRECTION_MODIFIERS,
  prepositionLeans: en.ENGLISH_DIRECTION_PREPOSITIONS,
  weekSuffixes: en.ENGLISH_WEEK_SUFFIXES,
  futureCues: en.ENGLISH_FUTURE_CUES,
  pastCues: en.ENGLISH_PAST_CUES,
  dayAuxiliaries: en.ENGLISH_DAY_AUXILIARIES,
  dayLinks: en.ENGLISH_DAY_LINKS,
  dayListJoiners: en.ENGLISH_DAY_LIST_JOINERS,
  weekdayAppositionArticles: en.ENGLISH_WEEKDAY_APPOSITION_ARTICLES,
  rangeJoiners: en.ENGLISH_RANGE_JOINERS,
  relativeYearLinks: en.ENGLISH_RELATIVE_YEAR_LINKS,
  pastVerb: null,
  participle: null,
  participleLookalikes: [],
  passiveAuxiliaries: [],
  adjectiveEndings: [],
  perfectAuxiliaries: [],
  reportedPast: en.ENGLISH_REPORTED_PAST,
  strongYearCues: en.ENGLISH_STRONG_YEAR_CUES,
  weakYearCues: en.ENGLISH_WEAK_YEAR_CUES,
  yearRangeJoiners: en.ENGLISH_YEAR_RANGE_JOINERS,
  monthCues: en.ENGLISH_MONTH_CUES,
  periodParts: en.ENGLISH_PERIOD_PARTS,
  relativeYears: en.ENGLISH_RELATIVE_YEARS,
  periodOnlyYears: en.ENGLISH_PERIOD_ONLY_YEARS,
  relativeMonths: en.ENGLISH_RELATIVE_MONTHS,
  relativeWeeks: en.ENGLISH_RELATIVE_WEEKS,
  weekendWords: en.ENGLISH_WEEKEND_WORDS,
  weekendModifiers: en.ENGLISH_WEEKEND_MODIFIERS,
  seasons: en.ENGLISH_SEASONS,
  seasonModifiers: en.ENGLISH_SEASON_MODIFIERS,
  seasonPrepositions: en.ENGLISH_SEASON_PREPOSITIONS,
  seasonBlockersAfter: en.ENGLISH_SEASON_BLOCKERS_AFTER,
  seasonBlockersBefore: en.ENGLISH_SEASON_BLOCKERS_BEFORE,
  weekendBlockersAfter: en.ENGLISH_WEEKEND_BLOCKERS_AFTER,
  fixedHolidays: en.ENGLISH_FIXED_HOLIDAYS,
  easterHolidays: en.ENGLISH_EASTER_HOLIDAYS,
  weekendBlockersBefore: en.ENGLISH_WEEKEND_BLOCKERS_BEFORE,
  periodOnlyMonths: en.ENGLISH_PERIOD_ONLY_MONTHS,
  periodOnlyWeeks: en.ENGLISH_PERIOD_ONLY_WEEKS,
  relativeBlockersAfter: en.ENGLISH_RELATIVE_BLOCKERS_AFTER,
  ago: {
    prefix: null,
    suffix: en.ENGLISH_AGO_SUFFIX,
    hedges: en.ENGLISH_AGO_HEDGES,
    exact: en.ENGLISH_AGO_EXACT,
    todayBefore: [],
    todayAfter: en.ENGLISH_AGO_TODAY_AFTER,
    units: en.ENGLISH_AGO_UNITS,
  },
  laterPrefix: en.ENGLISH_LATER_PREFIX,
  countedDays: en.ENGLISH_COUNTED_DAYS,
  yearPartWords: {},
  numbers: en.ENGLISH_NUMBER_WORDS,
  casualSkips: en.ENGLISH_CASUAL_SKIPS,
  casualIdioms: en.ENGLISH_CASUAL_IDIOMS,
  morningArticles: [],
  datePrepositions: en.ENGLISH_DATE_PREPOSITIONS,
  anchorWords: en.ENGLISH_ANCHOR_WORDS,
  shortDateCues: [],
  countUnits: en.ENGLISH_COUNT_UNITS,
  capitalisedNouns: false,
  uncuedYearBlockers: [],
  timeCountCues: ["since"],
  countJoiners: [],
  pastForms: { pattern: en.ENGLISH_PAST_FORMS, passiveBefore: en.ENGLISH_PASSIVE_BEFORE },
};

/** A value built from a lexicon once (compiled patterns), then returned for every call with that lexicon. */
export function perLexicon<T>(build: (lex: DateLexicon) => T): (lex: DateLexicon) => T {
  const built = new WeakMap<DateLexicon, { value: T }>();
  return (lex) => {
    let entry = built.get(lex);
    if (!entry) built.set(lex, (entry = { value: build(lex) }));
    return entry.value;
  };
}

/** The lexicon for a language: English for "en", German for "de" and for unknown language (the corpus is mostly German); null for any other. */
export function lexiconFor(language: string | null): DateLexicon | null {
  if (language === "en") return ENGLISH;
  if (language === "de" || language === null) return GERMAN;
  return null;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** A regex alternation of words and phrases: longest first, spaces match any whitespace. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /gu, "\\s+"))
    .join("|");
}

/** Lowercase with whitespace runs folded to one space: the form lexicon keys are written in. */
export function keyOf(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/gu, " ").trim();
}

/** A number written in digits or as a lexicon number word, or null. */
export function countOf(word: string, lex: DateLexicon): number | null {
  if (/^\d{1,3}$/u.test(word)) return Number(word);
  return lex.numbers[keyOf(word)] ?? null;
}
