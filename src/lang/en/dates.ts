/**
 * English data for finding temporal expressions in article text (src/nlp/dates):
 * month and weekday names, the words that tie a bare year or month to a date,
 * relative phrases with their offsets and tense cues for weekdays.
 * Every key is lowercase; multi-word keys use single spaces.
 */

/** Full month names → month number. */
export const ENGLISH_DATE_MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};

/** Full weekday names → weekday number (0 = Sunday); abbreviations ("Sun", "Sat") are never read. */
export const ENGLISH_WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** English writes parts of the day as separate words ("Monday night"): none are glued to the weekday. */
export const ENGLISH_DAY_PARTS: readonly string[] = [];

/** Adjectives before the weekday that stay in the mention ("early Monday"). */
export const ENGLISH_WEEKDAY_ADJECTIVES: readonly string[] = ["early", "late"];

/** Names in which a weekday is no date. */
export const ENGLISH_WEEKDAY_BLOCKERS: readonly string[] = [
  "black friday", "cyber monday", "super tuesday", "bloody sunday", "good friday", "ash wednesday",
  "palm sunday", "easter sunday", "easter monday", "holy saturday", "maundy thursday", "mail on sunday",
  "sunday times", "sunday telegraph", "sunday mirror", "sunday express",
];

/** Words right before a weekday or month that fix its direction (see the German list). */
export const ENGLISH_DIRECTION_MODIFIERS: Readonly<Record<string, "last" | "next" | "future">> = {
  last: "last", past: "last", next: "next", coming: "next", "this coming": "next", this: "future",
};

/** The word for the weekend, and the modifiers before it ("last weekend", "this weekend"). */
export const ENGLISH_WEEKEND_WORDS: readonly string[] = ["weekend"];
export const ENGLISH_WEEKEND_MODIFIERS: Readonly<Record<string, "last" | "next" | "future">> = { last: "last", past: "last", next: "next", coming: "next", "this coming": "next" };
/** Seasons by their first and last month; winter, which spans two years, is left out. */
export const ENGLISH_SEASONS: Readonly<Record<string, readonly [number, number]>> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
/** Words before a season that fix which one ("last summer", "next spring", "this fall"). */
export const ENGLISH_SEASON_MODIFIERS: Readonly<Record<string, "last" | "next" | "this">> = { last: "last", past: "last", next: "next", coming: "next", this: "this" };
/** Prepositions that make a season without a modifier a date ("in the summer"; "fall" only after "in the"). */
export const ENGLISH_SEASON_PREPOSITIONS: readonly string[] = ["in the", "in", "during the", "over the"];
/** Words after a season that tie it to something else ("the fall of the wall", "in the summer of 2022", which the year rule reads). */
export const ENGLISH_SEASON_BLOCKERS_AFTER: readonly string[] = ["of"];
/** Words before a season that make it a habit, not a date ("usually in the summer", "every spring"). */
export const ENGLISH_SEASON_BLOCKERS_BEFORE: readonly string[] = ["every", "each", "usually", "always", "often", "typically", "normally"];

export const ENGLISH_WEEKEND_BLOCKERS_AFTER: readonly string[] = ["before", "after", "of"];
export const ENGLISH_WEEKEND_BLOCKERS_BEFORE: readonly string[] = ["every", "only", "most"];

/** Prepositions before a weekday that fix its direction. */
export const ENGLISH_DIRECTION_PREPOSITIONS: Readonly<Record<string, "past" | "future">> = {
  since: "past", from: "future", until: "future", till: "future", by: "future",
};

/** "Monday next week": the week relative to the article's week. */
export const ENGLISH_WEEK_SUFFIXES: Readonly<Record<string, number>> = {
  "next week": 1, "of next week": 1, "last week": -1, "of last week": -1, "this week": 0, "of this week": 0,
};

/** Words that put the event of the clause after the article date. */
export const ENGLISH_FUTURE_CUES: readonly string[] = [
  "will", "'ll", "’ll", "shall", "is to", "are to", "is due", "are due", "plans", "planned", "scheduled",
  "expected", "set to", "set for", "slated", "going to", "upcoming",
];

/** English has no reported-past modal construction to undo a future cue. */
export const ENGLISH_REPORTED_PAST: string | null = null;

/** Words that put the event of the clause before the article date. */
/** Auxiliaries right before a day without its year ("will be held on June 3", "was signed on March 3"). */
export const ENGLISH_DAY_AUXILIARIES: Readonly<Record<string, "past" | "future">> = { will: "future", was: "past", were: "past", had: "past" };

/** Words between such an auxiliary and the day: "on", "be on". English mostly puts a verb between ("will take effect on", "was signed on"), which is left to the closest year. */
export const ENGLISH_DAY_LINKS: readonly string[] = ["on", "be on"];

/** Words that list days of one month: "June 3 and 4", "between 3 and 7 June". */
export const ENGLISH_DAY_LIST_JOINERS: readonly string[] = ["and", "or"];

/** Articles of a weekday in apposition after a date: "on December 24, 2023, a Sunday,". */
export const ENGLISH_WEEKDAY_APPOSITION_ARTICLES: readonly string[] = ["a"];

/** Words between the two days of a range ("June 3 to 5", "June 3 through 5"). */
export const ENGLISH_RANGE_JOINERS: readonly string[] = ["through", "until", "till", "to"];

/** Words that may link a day to a relative year after it: "March 3 of last year". */
export const ENGLISH_RELATIVE_YEAR_LINKS: readonly string[] = ["of"];

export const ENGLISH_PAST_CUES: readonly string[] = ["was", "were", "had", "has", "have", "said", "did", "told", "announced"];

/** Verbs in the simple past (regex source): regular forms in -ed and common irregular ones ("Prices rose in October"). */
export const ENGLISH_PAST_FORMS =
  "\\p{Ll}{3,}ed|rose|fell|grew|won|lost|came|went|took|began|held|met|saw|hit|left|led|paid|sold|ran|gave|made|spoke|wrote|fled|struck|sank|broke|chose|drove|flew";

/** Words before which a past form is the participle of a passive, no past ("will be held in May", "is expected in June"). */
export const ENGLISH_PASSIVE_BEFORE: readonly string[] = ["be", "been", "being", "is", "are", "am", "to"];

/** Words before a bare year that make it a year without further check. */
export const ENGLISH_STRONG_YEAR_CUES: readonly string[] = [
  "in the year", "the year", "spring", "summer", "autumn", "fall", "winter", "spring of", "summer of",
  "autumn of", "fall of", "winter of", "fiscal", "fiscal year", "financial year", "first half of", "second half of", "first quarter of",
  "second quarter of", "third quarter of", "fourth quarter of", "final quarter of", "last quarter of",
];

/** Prepositions before a year: only a year when no counted noun follows. */
export const ENGLISH_WEAK_YEAR_CUES: readonly string[] = [
  "in", "since", "until", "by", "from", "before", "after", "between", "as early as", "back in",
];

/** Joins the second year of a range to the first ("between 2015 and 2020"). */
export const ENGLISH_YEAR_RANGE_JOINERS: readonly string[] = ["and", "to", "until"];

/** Words before a bare month name that make it a date ("in May"). */
export const ENGLISH_MONTH_CUES: readonly string[] = ["in", "since", "until", "by", "from", "of", "during"];

/** "early May", "mid-2023", "the end of the year". */
export const ENGLISH_PERIOD_PARTS: readonly string[] = [
  "early", "mid", "mid-", "late", "the end of", "end of", "the beginning of", "beginning of", "the start of",
  "start of", "the middle of", "middle of",
];

/** Relative years: phrase → offset in years. */
export const ENGLISH_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  "last year": -1, "next year": 1, "this year": 0, "the past year": -1, "the coming year": 1,
};

/** Relative years that need a period part before them ("the end of the year"). */
export const ENGLISH_PERIOD_ONLY_YEARS: Readonly<Record<string, number>> = { "the year": 0 };

/** Relative months: phrase → offset in months. */
export const ENGLISH_RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  "last month": -1, "next month": 1, "this month": 0,
};

/** Weeks relative to the article's week. */
export const ENGLISH_RELATIVE_WEEKS: Readonly<Record<string, number>> = {
  "last week": -1, "next week": 1, "this week": 0, "the past week": -1, "the coming week": 1,
};

/** Weeks that need a period part before them ("the end of the week"). */
export const ENGLISH_PERIOD_ONLY_WEEKS: Readonly<Record<string, number>> = { "the week": 0 };

/** Relative months that need a period part before them ("the end of the month"). */
export const ENGLISH_PERIOD_ONLY_MONTHS: Readonly<Record<string, number>> = { "the month": 0 };

/** "two years ago": the word after the count. */
export const ENGLISH_AGO_SUFFIX = "ago";

/** "in two years": the word before a count into the future (read only in a clause with a future cue). */
export const ENGLISH_LATER_PREFIX = "in";

/** Hedges allowed before the count ("about two years ago"). */
export const ENGLISH_AGO_HEDGES: readonly string[] = ["about", "around", "nearly", "almost", "exactly", "some", "roughly"];

/** Hedges that make a count of months or years exact: "exactly a year ago" is the same day a year back. */
export const ENGLISH_AGO_EXACT: readonly string[] = ["exactly"];

/** Words for today right after a count back, which make it the same day that long ago ("ten years ago today"); lower case. */
export const ENGLISH_AGO_TODAY_AFTER: readonly string[] = ["today"];

/** Counted units of "three days ago". */
export const ENGLISH_AGO_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year">> = {
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
};

/** Number words for counts. */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** Casual words chrono reads that are no date in news text. */
export const ENGLISH_CASUAL_SKIPS: readonly string[] = ["now", "right now"];

/** Idioms in which the casual day words name no day ("here today, gone tomorrow", "the world of tomorrow"). */
export const ENGLISH_CASUAL_IDIOMS: readonly string[] = ["here today, gone tomorrow", "world of tomorrow", "world of today"];

/** Words that lead a date and stay out of the mention ("on June 3" → "June 3"). */
export const ENGLISH_DATE_PREPOSITIONS: readonly string[] = ["on", "in", "since", "until", "by", "from", "of", "the"];

/** Days counted from the article's day that chrono's casual parser misses (it reads "yesterday" alone out of the first). */
export const ENGLISH_COUNTED_DAYS: Readonly<Record<string, number>> = { "the day before yesterday": -2, "the day after tomorrow": 2 };

/** Casual words right before an explicit date that tell the article date: days after the date. */
export const ENGLISH_ANCHOR_WORDS: Readonly<Record<string, number>> = { today: 0, yesterday: 1 };

/** Units after a weak-cued number ("by 2030 percent" never; "in 2000 people" does). */
export const ENGLISH_COUNT_UNITS: readonly string[] = [
  "%", "people", "percent", "per", "dollars", "euros", "pounds", "km", "miles", "votes", "members", "soldiers",
  "troops", "deaths", "cases", "units", "tonnes", "tons", "meters", "metres", "feet",
];

/** Words after "last year" that make it a noun phrase ("the last year of his life"). */
export const ENGLISH_RELATIVE_BLOCKERS_AFTER: readonly string[] = ["of"];

/** Holidays on a fixed day, lower case → [month, day]. */
export const ENGLISH_FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "new year's day": [1, 1], "valentine's day": [2, 14], halloween: [10, 31], "christmas eve": [12, 24], christmas: [12, 25],
  "christmas day": [12, 25], "boxing day": [12, 26], "new year's eve": [12, 31],
};

/** Movable feasts, lower case → days from Easter Sunday. */
export const ENGLISH_EASTER_HOLIDAYS: Readonly<Record<string, number>> = {
  "ash wednesday": -46, "good friday": -2, easter: 0, "easter sunday": 0, "easter monday": 1, "ascension day": 39, pentecost: 49,
  "whit monday": 50,
};
