/**
 * German data for sentence boundaries: abbreviations, month names, ordinal
 * cues and common sentence openers. Spaces after inner dots are optional
 * when matching ("z. B." also matches "z.B.").
 */
import type { SentenceCues } from "../../nlp/boundaries.js";

/** Abbreviations after which a German sentence never ends. */
export const GERMAN_ABBREVIATIONS: readonly string[] = [
  "z. B.", "d. h.", "bzw.", "ca.", "Dr.", "Prof.", "Nr.", "Abs.", "Hr.", "Hrn.", "Fr.",
  "vgl.", "sog.", "inkl.", "exkl.", "evtl.", "ggf.", "bspw.", "zzgl.", "mind.", "max.", "rd.",
  "gem.", "lt.", "Az.", "Bd.", "Tel.", "Dipl.", "med.", "jur.", "phil.", "St.", "geb.",
  "verh.", "Mag.", "Ing.", "Hl.", "Pfr.", "sen.", "jun.", "Bf.", "Kap.", "Ziff.", "Anm.",
];

/** Abbreviations that can also end a German sentence: the break stays before a sentence opener. */
export const GERMAN_TERMINAL_ABBREVIATIONS: readonly string[] = [
  "u. a.", "Art.", "Str.", "Mio.", "Mrd.", "Tsd.", "Jh.", "Jhd.", "Jhs.", "e. V.", "S.", "Co.", "Inc.", "Corp.", "Ltd.", "U.S.", "Hrsg.",
  "Gen.", "gest.", "Jan.", "Feb.", "Febr.", "Mär.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
  "Okt.", "Nov.", "Dez.",
];

/** Abbreviations that end a German sentence whenever a capitalised word follows. */
export const GERMAN_CLOSING_ABBREVIATIONS: readonly string[] = [
  "etc.", "usw.", "usf.", "u. Ä.", "o. Ä.", "u. ä.", "o. ä.", "v. Chr.", "n. Chr.", "v. u. Z.", "n. u. Z.",
];

/** Word endings that abbreviate a word ("Bahnhofstr.", "Hauptstr."). */
export const GERMAN_ABBREVIATION_SUFFIXES: readonly string[] = ["str."];

/** German month names and their dotless abbreviations. */
export const GERMAN_MONTHS: readonly string[] = [
  "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
  "September", "Oktober", "November", "Dezember",
  "Jan", "Feb", "Febr", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
];

/** Words after which a number with a dot is an ordinal ("am 3.", "zum 40.", "der 2."). */
export const GERMAN_ORDINAL_CUES: readonly string[] = [
  "am", "zum", "im", "der", "die", "das", "dem", "den", "des", "vom", "bis", "ab", "seit", "zur",
  "beim", "ins", "vor", "nach", "ihr", "ihre", "ihrem", "ihren", "ihrer", "sein", "seine", "seinem",
  "seinen", "seiner", "jeden", "jedem", "jeder", "und", "oder", "ein", "eine", "einen", "eines", "dieses", "diesem", "dieser", "einem", "einer",
];

/** Endings of inflected adjectives before an ordinal ("die untergebrachte 12. Klasse"). */
export const GERMAN_ORDINAL_ADJECTIVE_ENDINGS: readonly string[] = ["e", "en", "em", "er", "es"];

/** Nouns that typically follow a German ordinal ("im 19. Jahrhundert", "der 2. Bundesliga"). */
export const GERMAN_ORDINAL_NOUNS: readonly string[] = [
  "Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrtausends", "Jh", "Jhd", "Geburtstag", "Geburtstages",
  "Geburtstags", "Jahrestag", "Todestag", "Bundesliga", "Liga", "Runde", "Spieltag", "Spieltages", "Platz",
  "Mal", "Minute", "Halbzeit", "Etappe", "Klasse", "Stock", "Stockwerk", "Etage", "Lesung", "Sitzung",
  "Quartal", "Halbjahr", "Weltkrieg", "Weltkrieges", "Weltkriegs", "Parteitag", "Legislaturperiode",
  "Wahlperiode", "Amtszeit", "Senat", "Strafsenat", "Zivilsenat", "Kammer", "Armee", "Division",
  "Sinfonie", "Symphonie", "Auflage", "Ausgabe", "Staffel", "Folge", "Advent", "Adventssonntag",
  "Bezirk", "Gemeindebezirk", "Rang", "Durchgang", "Lauf", "Semester", "Schuljahr", "FC", "FSV", "FFC", "FCK", "FCN", "BFC",
  "Mannschaft", "Turnier", "Sitz", "Lebensjahr", "Lebensjahres", "Lebensjahrs", "Wahlgang", "Satz", "Tor", "Sieg", "Titel", "Kreuzzug", "Dynastie",
];

/** Capitalised words that commonly open a German sentence. */
export const GERMAN_SENTENCE_STARTERS: readonly string[] = [
  "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines",
  "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Diesem", "Diesen",
  "Damit", "Dann", "Danach", "Dabei", "Dafür", "Dagegen", "Daher", "Darauf", "Darüber", "Darin", "Davon",
  "Dazu", "Deshalb", "Deswegen", "Doch", "Aber", "Auch", "Und", "Oder", "Zudem", "Außerdem", "Zuvor",
  "Zunächst", "Inzwischen", "Mittlerweile", "Jetzt", "Nun", "Heute", "Gestern", "Morgen", "Bereits",
  "Schon", "So", "Als", "Wie", "Wenn", "Weil", "Obwohl", "Nachdem", "Bevor", "Während", "Nach", "Vor",
  "Bei", "Mit", "In", "Im", "Am", "An", "Auf", "Aus", "Für", "Seit", "Unter", "Über", "Von", "Vom",
  "Zum", "Zur", "Laut", "Trotz", "Wegen", "Bis", "Noch", "Nur", "Mehr", "Alle", "Viele", "Einige",
  "Mehrere", "Kein", "Keine", "Nicht", "Hier", "Dort", "Da", "Was", "Wer", "Warum", "Wo", "Wann",
  "Insgesamt", "Allerdings", "Jedoch", "Gleichzeitig", "Später", "Anschließend", "Zuletzt", "Erst",
  "Sein", "Seine", "Ihre", "Unser", "Unsere", "Beide", "Beim", "Ins", "Dennoch", "Trotzdem", "Somit",
  "Also", "Vielmehr", "Stattdessen", "Ebenso", "Ebenfalls", "Zugleich", "Zwar", "Denn", "Sondern",
];

/** All German cues for the sentence splitter. */
export const GERMAN_SENTENCE_CUES: SentenceCues = {
  abbreviations: GERMAN_ABBREVIATIONS,
  terminalAbbreviations: GERMAN_TERMINAL_ABBREVIATIONS,
  closingAbbreviations: GERMAN_CLOSING_ABBREVIATIONS,
  abbreviationSuffixes: GERMAN_ABBREVIATION_SUFFIXES,
  months: GERMAN_MONTHS,
  ordinalCues: GERMAN_ORDINAL_CUES,
  ordinalAdjectiveEndings: GERMAN_ORDINAL_ADJECTIVE_ENDINGS,
  ordinalNouns: GERMAN_ORDINAL_NOUNS,
  sentenceStarters: GERMAN_SENTENCE_STARTERS,
};
