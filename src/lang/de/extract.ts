/**
 * German data for the HTML extractor: month names for dates in metadata and
 * visible text, byline prefixes, words that mark a byline as "no person",
 * relative times and labels of non-content boxes.
 */

/** Month names and abbreviations (lowercase, without the dot) → month number. */
export const GERMAN_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, jan: 1,
  februar: 2, feber: 2, feb: 2, febr: 2,
  märz: 3, mär: 3, maerz: 3, mrz: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12,
};

/** Words that open a byline before the name ("Von Anna Berger"), lowercase; longest first is not required. */
export const GERMAN_BYLINE_PREFIXES: readonly string[] = [
  "von", "text", "text von", "autor", "autorin", "autoren", "ein kommentar von", "eine analyse von",
  "ein gastbeitrag von", "ein essay von", "eine kolumne von", "ein interview von", "eine reportage von",
  "ein bericht von", "ein porträt von", "eine glosse von", "recherche", "verfasst von", "geschrieben von",
];

/** Bylines that name a desk or agency, not a person (compared lowercase, without punctuation at the ends). */
export const GERMAN_NON_AUTHORS: readonly string[] = [
  "redaktion", "online-redaktion", "onlineredaktion", "nachrichtenredaktion", "lokalredaktion",
  "sportredaktion", "wirtschaftsredaktion", "politikredaktion", "zentralredaktion", "newsredaktion",
  "red", "agenturen", "agentur", "nachrichtenagenturen", "mit material der nachrichtenagenturen",
  "autor", "autorin", "gastautor", "gastautorin", "leserbrief", "pressemitteilung", "pressestelle",
];

/** The conjunction between two names in a byline. */
export const GERMAN_NAME_CONJUNCTIONS: readonly string[] = ["und"];

/** Relative time expressions that are never an author ("vor 3 Stunden", "gestern, 14:30"). */
export const GERMAN_RELATIVE_TIME = /^(?:vor\s+(?:\d+|einer?|wenigen|ein\s+paar)\s+(?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|gestern|heute|vorgestern|soeben|gerade\s+eben)\b/iu;

/** Words right before a date that mark it as an update, not the publication ("Aktualisiert am"). */
export const GERMAN_UPDATE_CUES: readonly string[] = ["aktualisiert", "geändert", "zuletzt", "stand", "update"];

/** Whole texts of small labels that mark advertising ("Anzeige"). */
export const GERMAN_AD_LABELS: readonly string[] = ["anzeige", "werbung", "gesponsert", "sponsored", "promotion"];

/** News agencies as they appear in German bylines (lowercase): a byline that is only an agency names no author. */
export const GERMAN_NEWS_AGENCIES: readonly string[] = [
  "dpa", "dpa-afx", "dpa/lnw", "dpa/lby", "dpa/lno", "dpa/lsw", "afp", "ap", "reuters", "rtr", "kna", "epd",
  "sid", "dts", "apa", "sda", "ddp", "ots", "idea", "kipa", "afx", "dapd",
];

/** Words right before a date that mark it as the publication date ("Veröffentlicht am"). */
export const GERMAN_PUBLISH_CUES: readonly string[] = ["veröffentlicht", "erschienen", "publiziert", "erstellt"];

/** Words that trail a name in a byline and belong to a date or time after it ("Anna Berger, aktualisiert am"). */
export const GERMAN_BYLINE_TRAILERS: readonly string[] = [
  "vor", "am", "um", "aktualisiert", "veröffentlicht", "erschienen", "stand", "zuletzt", "gestern", "heute", "uhr",
];

/** Parts of words that mark a byline as a desk ("Online-Redaktion", "tagesschau-Redaktion", "Ressort Politik"). */
export const GERMAN_DESK_WORDS = /redaktion|ressort|newsdesk|nachrichtenteam/iu;

/** Lowercase words that may stand inside a person's name ("Ursula von der Leyen"). */
export const GERMAN_NAME_PARTICLES: readonly string[] = ["von", "van", "der", "den", "de", "zu", "zur", "vom"];

/** Words that mark a byline as a company or copyright line, not a person ("Haufe-Lexware GmbH", "© Verlag"). */
export const GERMAN_ORGANISATION_WORDS = /(?<!\p{L})(?:gmbh|mbh|ag|kg|ohg|e\.\s?v\.|verlag|verlagsgruppe|mediengruppe|medien|zeitung|copyright)(?!\p{L})|©/iu;

/** A word of a byline that is a job title ("Korrespondentin", "FOCUS-Online-Experte", "Rechtsanwalt"). */
export const GERMAN_JOB_TITLE = /(?:^|-)(?:chef|haupt|lokal|sport|polit|wirtschafts|gast)?(?:korrespondent|redakteur|reporter|volontär|ressortleiter|autor|fotograf|kolumnist|moderator|experte|expertin|rechtsanwalt|rechtsanwältin|pressesprecher)(?:in|innen|en)?$/iu;

/** Labels right before a date that name it as the page's date without saying more ("Datum: 16.05.2024"). */
export const GERMAN_DATE_LABELS: readonly string[] = ["datum", "erscheinungsdatum", "publikationsdatum", "veröffentlichungsdatum", "erstellt am", "eingestellt am"];

/** Words right before a date that make it a date in the story, not the page's ("bis 16. Mai", "seit dem 1. Mai"). */
export const GERMAN_RANGE_CUES: readonly string[] = ["bis", "vom", "ab", "seit", "zwischen", "von"];

/** Words right before a date that make it a date of something else than the page ("Mitglied seit", "geboren am"). */
export const GERMAN_OTHER_DATE_CUES: readonly string[] = [
  "mitglied seit", "registriert seit", "registriert am", "dabei seit", "beigetreten", "geboren", "gestorben", "verstorben",
  "gültig bis", "einsendeschluss", "anmeldeschluss", "frist", "termin", "nächster termin",
];

/** Words that make a byline an institution, not a person ("Hanns-Seidel-Stiftung", "Bundestagsfraktion", "Pressestelle"). */
export const GERMAN_INSTITUTION_WORDS =
  /(?<!\p{L})(?:\p{L}*(?:stiftung|verband|verbandes|partei|fraktion|ministerium|sekretariat|institut|behörde|pressestelle|presseteam|polizei|feuerwehr|nachrichten|magazin|rundfunk)|verein|bündnis|amt|universität|hochschule|kirche|bistum|gemeinde|landkreis)(?!\p{L})/iu;

/** Articles that start the names of publications and institutions, never of persons ("Die FURCHE", "Der Spiegel"). */
export const GERMAN_NAME_ARTICLES: readonly string[] = ["der", "die", "das"];

/** Weekday names (lowercase): a byline that is only a weekday is a date, not a person. */
export const GERMAN_WEEKDAYS: readonly string[] = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"];

/** Words before the date of a reader's comment ("Jonas sagt: 16. August 2023 um 21:12"). */
export const GERMAN_COMMENT_CUES: readonly string[] = ["sagt", "schreibt", "schrieb", "kommentiert", "antwortet", "antwortete", "meint"];
