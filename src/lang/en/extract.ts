/**
 * English data for the HTML extractor: month names, byline prefixes, words
 * that mark a byline as "no person", relative times and ad labels.
 */

/** Month names and abbreviations (lowercase, without the dot) → month number. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Words that open a byline before the name ("By Jane Doe"), lowercase. */
export const ENGLISH_BYLINE_PREFIXES: readonly string[] = [
  "by", "written by", "posted by", "words by", "story by", "report by", "reporting by", "author", "text",
];

/** Bylines that name a desk or agency, not a person (compared lowercase). */
export const ENGLISH_NON_AUTHORS: readonly string[] = [
  "staff", "staff writer", "staff reporter", "editorial", "editorial team", "editorial staff", "editors",
  "the editors", "newsdesk", "news desk", "newsroom", "web desk", "online desk", "admin", "administrator",
  "author", "guest author", "press release", "agencies", "wire services",
];

/** The conjunction between two names in a byline. */
export const ENGLISH_NAME_CONJUNCTIONS: readonly string[] = ["and", "&"];

/** Relative time expressions that are never an author ("3 hours ago", "yesterday"). */
export const ENGLISH_RELATIVE_TIME = /^(?:(?:\d+|an?|a\s+few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|yesterday|today|just\s+now)\b/iu;

/** Words right before a date that mark it as an update, not the publication ("Updated"). */
export const ENGLISH_UPDATE_CUES: readonly string[] = ["updated", "modified", "last updated", "edited", "revised"];

/** Whole texts of small labels that mark advertising. */
export const ENGLISH_AD_LABELS: readonly string[] = ["advertisement", "advertising", "ad", "sponsored", "sponsored content", "paid content", "promoted"];

/** News agencies as they appear in English bylines (lowercase). */
export const ENGLISH_NEWS_AGENCIES: readonly string[] = [
  "ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp", "agence france-presse",
  "pa", "pa media", "press association", "upi", "cnn wire", "bloomberg news",
];

/** Words right before a date that mark it as the publication date ("Published"). */
export const ENGLISH_PUBLISH_CUES: readonly string[] = ["published", "posted", "first published", "created"];

/** Words that trail a name in a byline and belong to a date or time after it ("Jane Doe, updated on"). */
export const ENGLISH_BYLINE_TRAILERS: readonly string[] = [
  "on", "at", "updated", "published", "posted", "yesterday", "today", "ago",
];

/** Words that mark a byline as a desk or team ("Staff", "Editorial Board", "Newsroom"). */
export const ENGLISH_DESK_WORDS = /\b(?:staff|desk|newsroom|editorial|editors|team|board|contributors?)\b/iu;

/** Lowercase words that may stand inside a person's name ("Vincent van Gogh", "Leonardo da Vinci"). */
export const ENGLISH_NAME_PARTICLES: readonly string[] = ["van", "de", "da", "di", "del", "la", "le", "du", "bin", "al", "el", "ibn", "dos", "das"];

/** Words that mark a byline as a company or copyright line, not a person. */
export const ENGLISH_ORGANISATION_WORDS = /(?<!\p{L})(?:inc|ltd|llc|plc|corp|corporation|company|media|group|publishing|copyright|all rights reserved)(?!\p{L})|©/iu;

/** A word of a byline that is a job title ("Correspondent", "Editor", "Reporter"). */
export const ENGLISH_JOB_TITLE = /^(?:correspondent|editor|reporter|writer|columnist|contributor|photographer|producer|analyst|critic|journalist|intern|freelancer)s?$/iu;

/** Labels right before a date that name it as the page's date without saying more ("Date: May 16, 2024"). */
export const ENGLISH_DATE_LABELS: readonly string[] = ["date", "dated", "posted on", "published on"];

/** Words right before a date that make it a date in the story, not the page's ("until May 16", "since May 1"). */
export const ENGLISH_RANGE_CUES: readonly string[] = ["until", "till", "from", "since", "between", "through"];

/** Words right before a date that make it a date of something else than the page ("Joined", "born"). */
export const ENGLISH_OTHER_DATE_CUES: readonly string[] = [
  "joined", "member since", "registered", "born", "died", "valid until", "expires", "deadline", "due", "next meeting",
];

/** Words that make a byline an institution or publication, not a person ("Eyewitness News", "The Wall Street Journal"). */
export const ENGLISH_INSTITUTION_WORDS =
  /(?<!\p{L})(?:news|journal|gazette|tribune|herald|times|press|magazine|radio|television|university|institute|foundation|association|council|ministry|department|agency|committee|bureau|society|secretariat)(?!\p{L})/iu;

/** Articles that start the names of publications and institutions, never of persons ("The Guardian"). */
export const ENGLISH_NAME_ARTICLES: readonly string[] = ["the"];

/** Weekday names (lowercase): a byline that is only a weekday is a date, not a person. */
export const ENGLISH_WEEKDAYS: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Words before the date of a reader's comment ("Jonas says: August 16, 2023 at 9:12 pm"). */
export const ENGLISH_COMMENT_CUES: readonly string[] = ["says", "wrote", "replied", "commented", "responded"];
