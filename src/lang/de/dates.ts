/**
 * German data for finding temporal expressions in article text (src/nlp/dates):
 * month and weekday names, the words that tie a bare year or month to a date,
 * relative phrases with their offsets and the tense cues that tell whether
 * "am Donnerstag" lies before or after the article's date.
 * Every key is lowercase; multi-word keys use single spaces.
 */

/** Full month names → month number (abbreviations are left to chrono's day-month parser). */
export const GERMAN_DATE_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, februar: 2, feber: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7,
  august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
};

/** Full weekday names → weekday number (0 = Sunday). Abbreviations ("Mo", "Fr") are never read: too many false hits. */
export const GERMAN_WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
};

/** Parts of the day written into the weekday ("Montagabend"). */
export const GERMAN_DAY_PARTS: readonly string[] = ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"];

/** A weekday with a part of the day in one word, perhaps in the genitive, in any case ("Montagfrüh", "Sonntagabends"); not other compounds ("Sonntagsblatt", "Montagsdemo"). */
export const GERMAN_WEEKDAY_PART = new RegExp(`^(?:${Object.keys(GERMAN_WEEKDAYS).join("|")})(?:${GERMAN_DAY_PARTS.join("|")})s?$`, "iu");

/** Adjectives between "am" and the weekday that stay in the mention ("am frühen Montag"). */
export const GERMAN_WEEKDAY_ADJECTIVES: readonly string[] = ["frühen", "späten"];

/** Names in which a weekday is no date ("Welt am Sonntag"). */
export const GERMAN_WEEKDAY_BLOCKERS: readonly string[] = [
  "welt am sonntag", "bild am sonntag", "nzz am sonntag", "presse am sonntag", "kurier am sonntag",
  "tagesspiegel am sonntag", "krone am sonntag", "schwarzer freitag", "schwarzen freitag", "black friday",
  "cyber monday", "blauer montag", "blauen montag",
];

/**
 * Words right before a weekday or month that fix its direction: "last" is
 * strictly before the article date, "next" strictly after, "past"/"future"
 * include the article's own day.
 */
export const GERMAN_DIRECTION_MODIFIERS: Readonly<Record<string, "last" | "next" | "past" | "future">> = {
  vergangenen: "last", letzten: "last", vorigen: "last", vergangenem: "last",
  kommenden: "next", nächsten: "next", diesen: "future",
  heutigen: "past", gestrigen: "last", morgigen: "next",
};

/** The word for the weekend, and the modifiers before it ("das vergangene Wochenende", "am kommenden Wochenende", "an diesem Wochenende"). */
export const GERMAN_WEEKEND_WORDS: readonly string[] = ["wochenende"];
export const GERMAN_WEEKEND_MODIFIERS: Readonly<Record<string, "last" | "next" | "future">> = {
  vergangenen: "last", vergangene: "last", vergangenes: "last", letzten: "last", letzte: "last", letztes: "last", vorigen: "last",
  voriges: "last", kommenden: "next", kommende: "next", kommendes: "next", nächsten: "next", nächste: "next", nächstes: "next",
};
/** Seasons by their first and last month; winter, which spans two years, is left out. */
export const GERMAN_SEASONS: Readonly<Record<string, readonly [number, number]>> = { frühjahr: [3, 5], frühling: [3, 5], sommer: [6, 8], herbst: [9, 11] };
/** Words before a season that fix which one ("vergangenen Herbst", "im kommenden Frühjahr", "diesen Sommer"). */
export const GERMAN_SEASON_MODIFIERS: Readonly<Record<string, "last" | "next" | "this">> = {
  vergangenen: "last", letzten: "last", vorigen: "last", kommenden: "next", nächsten: "next", diesen: "this", diesem: "this",
};
/** Prepositions that make a season without a modifier a date ("im Sommer"). */
export const GERMAN_SEASON_PREPOSITIONS: readonly string[] = ["im"];
/** Words after a season that tie it to something else ("im Herbst des Lebens", "im Sommer seiner Karriere"). */
export const GERMAN_SEASON_BLOCKERS_AFTER: readonly string[] = [
  "des", "der", "dieses", "desselben", "jenes", "seines", "seiner", "ihres", "ihrer", "eines", "einer", "vergangenen", "letzten", "kommenden", "nächsten",
];
/** Words before a season that make it a habit, not a date ("stets im Herbst", "jedes Jahr im Sommer"). */
export const GERMAN_SEASON_BLOCKERS_BEFORE: readonly string[] = [
  "stets", "jeweils", "üblicherweise", "normalerweise", "gewöhnlich", "traditionell", "alljährlich", "jährlich", "meist", "meistens", "immer", "oft",
  "häufig", "jedes", "jeden", "jedem",
];

/** Words after "Wochenende" that tie it to another event or date ("am Wochenende vor der Wahl", "am Wochenende des 27. September"). */
export const GERMAN_WEEKEND_BLOCKERS_AFTER: readonly string[] = ["vor", "nach", "des", "der", "zuvor", "danach", "darauf"];
/** Words before it that make it a habit, not a date ("nur am Wochenende", "jedes Wochenende"). */
export const GERMAN_WEEKEND_BLOCKERS_BEFORE: readonly string[] = ["nur", "jedes", "jeden", "jedem", "meist", "meistens", "immer", "oft", "häufig"];

/** Prepositions before a weekday that fix its direction ("ab Montag", "seit Montag"). */
export const GERMAN_DIRECTION_PREPOSITIONS: Readonly<Record<string, "past" | "future">> = {
  ab: "future", bis: "future", für: "future", seit: "past",
};

/** "Montag nächster Woche": the week relative to the article's week. */
export const GERMAN_WEEK_SUFFIXES: Readonly<Record<string, number>> = {
  "nächster woche": 1, "der nächsten woche": 1, "kommender woche": 1, "der kommenden woche": 1,
  "vergangener woche": -1, "der vergangenen woche": -1, "letzter woche": -1, "der letzten woche": -1,
  "voriger woche": -1, "der vorigen woche": -1, "dieser woche": 0,
};

/** Weeks relative to the article's week, as a phrase of their own ("vergangene Woche", "in der nächsten Woche"). */
export const GERMAN_RELATIVE_WEEKS: Readonly<Record<string, number>> = {
  "vergangene woche": -1, "vergangenen woche": -1, "letzte woche": -1, "letzten woche": -1,
  "vorige woche": -1, "vorigen woche": -1, "vergangener woche": -1, "letzter woche": -1,
  "nächste woche": 1, "nächsten woche": 1, "kommende woche": 1, "kommenden woche": 1, "nächster woche": 1,
  "diese woche": 0, "dieser woche": 0, "laufenden woche": 0,
};

/** Words that put the event of the clause after the article date ("soll am Donnerstag"). */
export const GERMAN_FUTURE_CUES: readonly string[] = [
  "soll", "sollen", "will", "wollen", "wird", "werden", "werde", "wirst", "plant", "planen", "geplant",
  "angesetzt", "anberaumt", "terminiert", "vorgesehen", "voraussichtlich", "bevorstehenden", "anstehenden", "erwartet",
];

/**
 * Auxiliaries that, standing right before a day without its year ("sollen am
 * 14. November", "hatte am 3. Dezember"), put that day on their side of the
 * article's date, though another year would be nearer.
 */
export const GERMAN_DAY_AUXILIARIES: Readonly<Record<string, "past" | "future">> = {
  soll: "future", sollen: "future", wird: "future", werden: "future",
  hatte: "past", hatten: "past", war: "past", waren: "past", wurde: "past", wurden: "past",
};

/** Words that may stand between such an auxiliary and the day ("am", "zum", "bis zum"). */
export const GERMAN_DAY_LINKS: readonly string[] = ["am", "vom", "zum", "bis zum", "ab dem", "an dem"];

/** Articles of a weekday in apposition after a date: "am 24. Dezember 2023, einem Sonntag,". */
export const GERMAN_WEEKDAY_APPOSITION_ARTICLES: readonly string[] = ["einem", "ein"];

/** Words that list days of one month: "am 3. und 4. Juni", "am 3., 4. oder 5. Juni", "zwischen dem 3. und dem 5. Juli", "am 3. und am 5. Juli". */
export const GERMAN_DAY_LIST_JOINERS: readonly string[] = ["und", "oder", "sowie", "und dem", "und am", "oder am"];

/** Words between the two days of a range ("vom 3. bis 5. Juni", "3. bis zum 5. Juni"). */
export const GERMAN_RANGE_JOINERS: readonly string[] = ["bis zum", "bis"];

/**
 * A past participle: weak ("gefunden", "bewohnt", "informiert", "verletzt")
 * or strong with "ge-" ("gefunden", "geholfen"), also after a particle
 * ("abgestürzt", "festgenommen"). Infinitives that open with "ge" are not
 * ("gewinnen", "gelingen"): GERMAN_GE_INFINITIVES.
 */
export const GERMAN_PARTICIPLE =
  /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|\p{Ll}+iert|(?:be|er|ver|ent|zer|emp|miss|über|unter|hinter)\p{Ll}{2,}t)$/u;

/** Infinitives that look like a participle ("ge" + stem + "en"). */
export const GERMAN_GE_INFINITIVES: readonly string[] = [
  "gewinnen", "gelingen", "gelten", "gehören", "genehmigen", "gestalten", "gewähren", "gewährleisten", "genießen",
  "geraten", "gefährden", "gedenken", "gebrauchen", "gestehen", "gewöhnen", "gehorchen", "genügen", "geschehen",
  "gefallen", "gelangen", "gebären", "begegnen", "angehören", "zugestehen", "eingestehen", "abgelten", "gegenüberstehen",
];

/** Auxiliaries of the passive as well as the future ("wird … gefunden"); in a passive clause they are no future cue. */
export const GERMAN_PASSIVE_AUXILIARIES: readonly string[] = ["wird", "werden", "werde", "wirst"];

/** Auxiliaries of the perfect that are as often present tense ("ist", "sind"): past only before a participle that ends the clause. */
export const GERMAN_PERFECT_AUXILIARIES: readonly string[] = ["ist", "sind"];

/**
 * A clause in reported past ("soll … erschossen haben", "soll … festgenommen
 * worden sein"): its "soll"/"will" is no future cue.
 */
export const GERMAN_REPORTED_PAST = String.raw`\p{L}+(?:t|en)\s+haben|worden\s+sein|gewesen\s+sein|\p{Ll}*ge\p{Ll}{2,}(?:t|en)\s+sein`;

/** Words that put the event of the clause before the article date; they outweigh a farther future cue ("ist" and "sind" are left out: as often present as perfect). */
export const GERMAN_PAST_CUES: readonly string[] = [
  "hatte", "hatten", "hat", "haben", "war", "waren", "wurde", "wurden", "worden", "sagte",
  "sagten", "erklärte", "teilte", "berichtete", "bestätigte", "gab", "kam", "starb", "gewann", "verlor", "nachdem",
  "konnte", "konnten", "musste", "mussten", "durfte", "durften",
  "fand", "fanden", "kamen", "ging", "gingen", "stand", "standen", "traf", "trafen", "begann", "begannen", "fiel", "fielen",
  "brach", "brachen", "starben", "verstarb", "geschah", "sprach", "sprachen", "hielt", "hielten", "gaben", "entschied", "verließ",
  "rief", "riefen", "schrieb", "schrieben", "zog", "zogen", "flog", "fuhr", "schlug", "schlugen", "wies", "ließ", "blieb", "lief", "trat", "traten",
  "stieg", "stiegen", "sank", "sanken", "wuchs", "wuchsen", "lag", "lagen", "schloss", "schlossen", "bot", "boten", "trug", "trugen",
  "gewannen", "verloren", "erschien", "erschienen",
];

/**
 * A verb in the preterite at the end of a subordinate clause: weak verbs in
 * -ete(n) ("ereignete", "meldeten") and common strong ones, also with a
 * particle ("stattfand", "ankam").
 */
export const GERMAN_PAST_VERB =
  /^(?:\p{Ll}+eten?|\p{Ll}*(?:fand|fanden|kam|kamen|ging|gingen|gab|gaben|stand|standen|lag|lagen|traf|trafen|begann|begannen|fiel|fielen|brach|brachen|starb|starben|geschah|sprach|sprachen|hielt|hielten))$/u;

/**
 * Weak verbs in the past tense, singular (regex source): "meldete",
 * "kündigte" ("Im Oktober meldete die Firma Verluste"). Not the plural in
 * -ten, which infinitives share ("in 14 Tagen erneut antreten"), nor
 * superlatives and ordinals ("erste", "letzte", "zweite"), nor modals in the
 * subjunctive ("möchte", "sollte", "könnte").
 */
export const GERMAN_PAST_FORMS =
  "(?!(?:möchte|sollte|könnte|müsste|dürfte|hätte|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|elfte|zwölfte|bitte|mitte)(?![\\p{L}]))\\p{Ll}{2,}[^s\\P{Ll}]te";

/** Words before which such a form is an adjective, no verb ("die erwartete Entscheidung", "im vergangenen"). */
export const GERMAN_PAST_FORM_BLOCKERS: readonly string[] = [
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "vom", "zum", "zur", "beim",
  "dieser", "diese", "dieses", "diesen", "diesem", "seine", "seiner", "seinen", "ihre", "ihrer", "ihren",
];

/** Words before a bare year that make it a year without further check ("im Jahr 2019", "Sommer 2023"). */
export const GERMAN_STRONG_YEAR_CUES: readonly string[] = [
  "im jahr", "im jahre", "jahr", "jahres", "des jahres", "anno", "frühjahr", "frühling", "sommer", "herbst",
  "winter", "jahresbeginn", "jahresende", "jahresmitte", "quartal", "halbjahr",
];

/** Prepositions before a year ("seit 2019", "bis 2030"): only a year when no noun follows ("bis 2000 Euro"). */
export const GERMAN_WEAK_YEAR_CUES: readonly string[] = [
  "seit", "bis", "ab", "von", "vor", "nach", "zwischen", "bis zum jahr", "zuletzt", "schon", "bereits", "erst", "noch",
];

/** Joins the second year of a range to the first ("zwischen 2015 und 2020"). */
export const GERMAN_YEAR_RANGE_JOINERS: readonly string[] = ["und", "bis"];

/** Words before a bare month name that make it a date ("im Mai", "seit März"). */
export const GERMAN_MONTH_CUES: readonly string[] = ["im", "seit", "bis", "ab", "vom", "von", "zum", "bis zum", "bis in den"];

/** "Anfang Mai", "Mitte 2023", "Ende des Jahres": the part names. */
export const GERMAN_PERIOD_PARTS: readonly string[] = ["anfang", "mitte", "ende", "beginn"];

/** Relative years: phrase → offset in years from the article's year. */
export const GERMAN_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  "vergangenes jahr": -1, "vergangenen jahr": -1, "vergangenen jahres": -1, "des vergangenen jahres": -1,
  "letztes jahr": -1, "letzten jahr": -1, "letzten jahres": -1, "des letzten jahres": -1,
  "voriges jahr": -1, "vorigen jahr": -1, "vorigen jahres": -1, "des vorigen jahres": -1,
  "nächstes jahr": 1, "nächsten jahr": 1, "nächsten jahres": 1, "des nächsten jahres": 1,
  "kommendes jahr": 1, "kommenden jahr": 1, "kommenden jahres": 1, "des kommenden jahres": 1,
  "dieses jahr": 0, "diesem jahr": 0, "dieses jahres": 0, "diesen jahres": 0,
  "laufenden jahr": 0, "laufenden jahres": 0, "des laufenden jahres": 0, "heuer": 0,
};

/** Relative years that need a period part before them ("Ende des Jahres"). */
export const GERMAN_PERIOD_ONLY_YEARS: Readonly<Record<string, number>> = { "des jahres": 0 };

/** Weeks that need a period part before them ("Anfang der Woche", "Mitte dieser Woche"); with a relative week ("Ende nächster Woche") see GERMAN_RELATIVE_WEEKS. */
export const GERMAN_PERIOD_ONLY_WEEKS: Readonly<Record<string, number>> = { "der woche": 0, "dieser woche": 0, "der laufenden woche": 0 };

/** Words for a part of the year, written as one noun ("bis Jahresende", "zum Jahresbeginn"). */
export const GERMAN_YEAR_PART_WORDS: Readonly<Record<string, "start" | "middle" | "end">> = {
  jahresende: "end", jahresanfang: "start", jahresbeginn: "start", jahresmitte: "middle",
};

/** Relative months: phrase → offset in months from the article's month. */
export const GERMAN_RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  "vergangenen monat": -1, "vergangenen monats": -1, "des vergangenen monats": -1,
  "letzten monat": -1, "letzten monats": -1, "des letzten monats": -1,
  "vorigen monat": -1, "vorigen monats": -1, "des vorigen monats": -1,
  "nächsten monat": 1, "nächsten monats": 1, "des nächsten monats": 1,
  "kommenden monat": 1, "kommenden monats": 1, "des kommenden monats": 1,
  "diesen monat": 0, "diesem monat": 0, "dieses monats": 0, "laufenden monat": 0, "laufenden monats": 0,
  "des laufenden monats": 0,
};

/** Relative months that need a period part before them ("Ende des Monats"). */
export const GERMAN_PERIOD_ONLY_MONTHS: Readonly<Record<string, number>> = { "des monats": 0 };

/** "vor zwei Jahren": the word before the count. */
export const GERMAN_AGO_PREFIX = "vor";

/** "in zwei Jahren": the word before a count into the future (read only in a clause with a future cue; else it is as often a duration). */
export const GERMAN_LATER_PREFIX = "in";

/** Hedges allowed between "vor" and the count ("vor rund zwei Jahren"). */
export const GERMAN_AGO_HEDGES: readonly string[] = ["rund", "etwa", "knapp", "gut", "genau", "fast", "ungefähr", "nahezu", "exakt"];

/** Hedges that make a count of months or years exact: "vor genau einem Jahr" is the same day a year back ("vor fast genau einem Jahr" is not). */
export const GERMAN_AGO_EXACT: readonly string[] = ["genau", "exakt"];

/** Words for today right before a count back, which make it the same day that long ago ("Heute vor zehn Jahren"); lower case. */
export const GERMAN_AGO_TODAY_BEFORE: readonly string[] = ["heute", "heutigen tag"];

/** Counted units of "vor drei Tagen" ("vor drei Wochen": the calendar week three weeks back; hours are left out: no time of day). */
export const GERMAN_AGO_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year">> = {
  tag: "day", tagen: "day", woche: "week", wochen: "week", monat: "month", monaten: "month", jahr: "year", jahren: "year",
};

/** Number words for counts ("vor zwei Jahren"). */
export const GERMAN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  ein: 1, einem: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
  neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100,
};

/** Casual day words chrono reads that are no date in news text ("jetzt"). */
export const GERMAN_CASUAL_SKIPS: readonly string[] = ["jetzt"];

/**
 * Idioms in which the casual day words name no day: "von heute auf morgen"
 * (overnight), "lieber heute als morgen" (as soon as possible), "Schnee von
 * gestern" (old news), "die Welt von heute" (the present).
 */
export const GERMAN_CASUAL_IDIOMS: readonly string[] = [
  "von heute auf morgen", "lieber heute als morgen", "schnee von gestern",
  "welt von heute", "welt von morgen", "jugend von heute", "gesellschaft von heute", "gesellschaft von morgen",
];

/** Words before "Morgen" that make it the noun (the morning), not "tomorrow". */
export const GERMAN_MORNING_ARTICLES: readonly string[] = ["am", "den", "jeden", "guten", "diesen", "eines", "frühen", "dem", "der", "am frühen"];

/** Words that lead a date and stay out of the mention ("am 3. Juni" → "3. Juni"). */
export const GERMAN_DATE_PREPOSITIONS: readonly string[] = [
  "am", "an", "im", "in", "den", "dem", "des", "vom", "von", "zum", "zur", "seit", "bis", "ab", "um", "bis zum",
];

/** Casual words right before an explicit date that tell the article date ("gestern, am 3. Juni"): days after the date. */
export const GERMAN_ANCHOR_WORDS: Readonly<Record<string, number>> = {
  heute: 0, gestern: 1, vorgestern: 2, heutigen: 0, gestrigen: 1, vorgestrigen: 2,
};

/** Words before a short numeric date ("am 3.6.") that make it a date. */
export const GERMAN_SHORT_DATE_CUES: readonly string[] = ["am", "vom", "bis zum", "zum", "seit dem", "ab dem", "den", "dem"];

/** Nouns that count things after a weak-cued number ("bis 2000 Euro"): the number is no year. */
export const GERMAN_COUNT_UNITS: readonly string[] = ["%", "€", "$", "km", "m", "kg", "t"];

/**
 * Words before a four-digit number without a cue that make it a count, a
 * price or a label, not a year ("rund 2000 Teilnehmer", "mehr als 1500",
 * "Flug 1549", "S. 1024").
 */
export const GERMAN_UNCUED_YEAR_BLOCKERS: readonly string[] = [
  "rund", "etwa", "ca.", "circa", "zirka", "ungefähr", "über", "unter", "mehr", "weniger", "als", "knapp", "fast", "beinahe",
  "insgesamt", "nur", "lediglich", "zu", "mindestens", "höchstens", "gut", "auf", "um", "mit", "je", "pro", "weitere", "weiteren",
  "rd.", "s.", "nr.", "nummer", "seite", "seiten", "bd.", "band", "heft", "tel.", "fax", "plz", "kapitel", "artikel", "art.",
  "§", "absatz", "abs.", "flug", "linie", "zug", "platz", "rang", "startnummer", "kennzeichen", "postleitzahl", "code",
];

/** Words joining two counts ("von 2000 auf 15.000 Soldaten", "2000 oder 3000"). */
export const GERMAN_COUNT_JOINERS: readonly string[] = ["auf", "bis", "und", "oder"];

/** Words after "im letzten Jahr" that make it a noun phrase, not a date ("im letzten Jahr seiner Amtszeit"). */
export const GERMAN_RELATIVE_BLOCKERS_AFTER: readonly string[] = [
  "seiner", "ihrer", "seines", "ihres", "unserer", "meiner", "eurer", "des", "der", "von",
];

/** Holidays on a fixed day, lower case → [month, day] ("an Heiligabend", "am Tag der Deutschen Einheit"). */
export const GERMAN_FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  neujahr: [1, 1], neujahrstag: [1, 1], dreikönigstag: [1, 6], "heilige drei könige": [1, 6], valentinstag: [2, 14],
  "tag der arbeit": [5, 1], "mariä himmelfahrt": [8, 15], "tag der deutschen einheit": [10, 3], reformationstag: [10, 31],
  halloween: [10, 31], allerheiligen: [11, 1], martinstag: [11, 11], heiligabend: [12, 24], "heiligen abend": [12, 24],
  weihnachten: [12, 25], "ersten weihnachtsfeiertag": [12, 25], "erster weihnachtsfeiertag": [12, 25],
  "zweiten weihnachtsfeiertag": [12, 26], "zweiter weihnachtsfeiertag": [12, 26], silvester: [12, 31],
};

/** Movable feasts, lower case → days from Easter Sunday ("am Pfingstmontag", "zu Ostern"). */
export const GERMAN_EASTER_HOLIDAYS: Readonly<Record<string, number>> = {
  rosenmontag: -48, faschingsdienstag: -47, fastnachtsdienstag: -47, aschermittwoch: -46, gründonnerstag: -3, karfreitag: -2,
  karsamstag: -1, ostern: 0, ostersonntag: 0, ostermontag: 1, "christi himmelfahrt": 39, himmelfahrt: 39, pfingsten: 49,
  pfingstsonntag: 49, pfingstmontag: 50, fronleichnam: 60,
};
