/**
 * German cue words for named-entity recognition: words that announce a
 * person (titles, roles), an organisation (legal forms) or a place
 * (prepositions, place nouns), function words that are never names, and
 * temporal words that are capitalised but not names. The recogniser uses
 * them as features; it learns how much each cue counts.
 */
import { AUSTRIAN_OFFICE_ENDINGS, AUSTRIAN_OFFICES, REGIONAL_TAILS } from "./names.js";

/** Titles and roles that stand before a person's name ("Bundeskanzler Olaf Scholz", "Frau Meier"). */
export const PERSON_TITLES: readonly string[] = [
  "Herr", "Herrn", "Frau", "Dr.", "Prof.", "Professor", "Professorin", "Dipl.-Ing.", "Mag.", "Sir", "Lady", "Mr.", "Mrs.", "Ms.",
  "Kanzler", "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Vizekanzler", "Vizekanzlerin",
  "Präsident", "Präsidentin", "Präsidenten", "Bundespräsident", "Bundespräsidentin", "Vizepräsident", "Vizepräsidentin",
  "Minister", "Ministerin", "Ministers", "Ministerpräsident", "Ministerpräsidentin", "Premierminister", "Premierministerin",
  "Premier", "Regierungschef", "Regierungschefin", "Staatschef", "Staatschefin", "Staatssekretär", "Staatssekretärin",
  "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Landrat", "Landrätin",
  "Abgeordnete", "Abgeordneter", "Abgeordneten", "Senator", "Senatorin", "Gouverneur", "Gouverneurin", "Botschafter", "Botschafterin",
  "Chef", "Chefin", "Vorsitzende", "Vorsitzender", "Vorsitzenden", "Sprecher", "Sprecherin", "Direktor", "Direktorin",
  "Geschäftsführer", "Geschäftsführerin", "Vorstand", "Vorstandschef", "Vorstandschefin", "Gründer", "Gründerin",
  "Trainer", "Trainerin", "Kapitän", "Kapitänin", "Stürmer", "Torwart", "Spieler", "Spielerin",
  "Papst", "Kardinal", "Bischof", "Bischöfin", "Pfarrer", "Pfarrerin", "Rabbiner", "Imam",
  "König", "Königin", "Prinz", "Prinzessin", "Kaiser", "Kaiserin", "Fürst", "Fürstin", "Graf", "Gräfin", "Herzog", "Herzogin",
  "General", "Generalin", "Oberst", "Major", "Kommissar", "Kommissarin", "Richter", "Richterin", "Anwalt", "Anwältin", "Staatsanwalt", "Staatsanwältin",
  "Autor", "Autorin", "Regisseur", "Regisseurin", "Sänger", "Sängerin", "Schauspieler", "Schauspielerin", "Künstler", "Künstlerin",
  "Komponist", "Komponistin", "Schriftsteller", "Schriftstellerin", "Maler", "Malerin", "Dichter", "Dichterin", "Philosoph", "Philosophin",
  "Kollege", "Kollegin", "Sohn", "Tochter", "Vater", "Mutter", "Bruder", "Schwester", "Ehefrau", "Ehemann", "Witwe",
  "Parteichef", "Parteichefin", "Fraktionschef", "Fraktionschefin", "Außenminister", "Außenministerin", "Innenminister", "Innenministerin",
  "Finanzminister", "Finanzministerin", "Verteidigungsminister", "Verteidigungsministerin", "Wirtschaftsminister", "Wirtschaftsministerin",
  "Justizminister", "Justizministerin", "Gesundheitsminister", "Gesundheitsministerin", "Kultusminister", "Kultusministerin",
  "Sankt", "St.", "Heilige", "Heiligen",
];

/** Word endings of compound roles ("Landwirtschaftsminister", "Konzernchef", "Regierungssprecherin"). */
export const PERSON_TITLE_ENDINGS: readonly string[] = [
  "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "meister", "meisterin", "sprecher", "sprecherin",
  "chef", "chefin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "trainer", "trainerin", "sekretär", "sekretärin",
  "kandidat", "kandidatin", "politiker", "politikerin", "experte", "expertin", "forscher", "forscherin", "anwalt", "anwältin",
];

/** Legal forms and words that end or open an organisation's name ("Siemens AG", "Verein e.V."). */
export const ORGANISATION_CUES: readonly string[] = [
  "GmbH", "gGmbH", "mbH", "AG", "KG", "KGaA", "OHG", "GbR", "SE", "eG", "e.V.", "e. V.", "AöR", "Co.", "&", "Inc.", "Inc", "Ltd.", "Ltd",
  "Corp.", "Corporation", "LLC", "PLC", "plc", "S.A.", "SA", "N.V.", "B.V.", "S.p.A.", "Holding", "Group", "Gruppe", "Konzern",
  "Stiftung", "Verlag", "Verband", "Verein", "Bank", "Partei", "Universität", "Hochschule", "Institut", "Ministerium", "Gericht",
  "Kommission", "Rat", "Agentur", "Amt", "Behörde", "Gesellschaft", "Akademie", "Klinikum", "Werke", "Club", "Klub",
  "FC", "SC", "SV", "TSV", "VfB", "VfL", "SpVgg", "TuS", "BSC", "Borussia", "Eintracht", "Union", "Fortuna", "Dynamo", "Hertha",
];

/** Prepositions and nouns that often stand before a place ("in Berlin", "aus Wien", "Stadt Köln"). */
export const PLACE_CUES: readonly string[] = [
  "in", "im", "aus", "nach", "bei", "nahe", "nähe", "von", "vom", "gen", "über", "durch", "bis", "zwischen", "richtung", "ab",
  "nördlich", "südlich", "westlich", "östlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich", "außerhalb", "innerhalb",
  "stadt", "gemeinde", "landkreis", "kreis", "bezirk", "provinz", "region", "bundesland", "bundesstaat", "staat", "insel", "hauptstadt",
  "ort", "dorf", "stadtteil", "ortsteil", "kanton", "hafenstadt", "metropole", "republik", "königreich", "fluss", "see", "berg",
];

/** German function words (articles, pronouns, prepositions, conjunctions, particles): never a name on their own. */
export const FUNCTION_WORDS: readonly string[] = [
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner",
  "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "mich", "mir", "dich", "dir", "ihn", "ihm", "uns", "euch", "ihnen", "sich",
  "mein", "meine", "dein", "deine", "sein", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "euer",
  "dieser", "diese", "dieses", "diesen", "diesem", "jener", "jene", "jenes", "welcher", "welche", "welches", "was", "wer", "wen", "wem", "wessen",
  "und", "oder", "aber", "denn", "sondern", "doch", "sowie", "weder", "noch", "dass", "daß", "ob", "wenn", "weil", "als", "wie", "während",
  "nachdem", "bevor", "obwohl", "damit", "sodass", "so", "auch", "nur", "schon", "noch", "nicht", "sehr", "mehr", "hier", "dort", "da",
  "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "für", "gegen", "ohne", "um",
  "unter", "über", "vor", "hinter", "neben", "zwischen", "durch", "bis", "ab", "laut", "trotz", "wegen", "statt", "innerhalb", "außerhalb",
  "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "sei", "seien", "kann", "können",
  "the", "a", "an", "of", "and", "or", "to", "for", "with", "on", "at", "by", "from", "is", "are", "was", "were",
];

/** The function words as a set, lower case, for lookups. */
export const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** Capitalised words for times and dates: never names ("Montag", "Januar"). */
export const TEMPORAL_WORDS: readonly string[] = [
  "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag", "Wochenende",
  "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
  "Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht", "Jahr", "Jahre", "Jahren", "Monat", "Monate", "Woche", "Wochen", "Tag", "Tage",
  "Uhr", "Sekunden", "Minuten", "Stunden", "Jahrhundert", "Jahrzehnt", "Frühjahr", "Sommer", "Herbst", "Winter",
];

/** Indefinite articles and "kein" (a person's name hardly ever follows them: "einen Fuchs" is an animal, not Mr Fuchs). */
export const INDEFINITE_ARTICLES: readonly string[] = [
  "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
];

/** Demonstratives and quantifiers of the determiners below ("diese Jobs", "viele Smartphones"): unlike a definite article never a relative pronoun. */
export const QUANTIFYING_DETERMINERS: readonly string[] = [
  "jeder", "jede", "jedes", "jeden", "jedem", "dieser", "diese", "dieses", "diesen", "diesem",
  "viele", "vielen", "mehrere", "mehreren", "einige", "einigen", "manche", "manchen", "alle", "allen", "beide", "beiden",
];

/** Prepositions joined with a definite article, which open no relative clause ("im bunten Laub", "beim Darts"); not "am" (English "I am"), nor "vom", "zum", "zur", which stand in names ("Freiherr vom Stein"). */
export const CONTRACTED_ARTICLES: readonly string[] = ["im", "beim", "ins", "ans", "aufs", "übers", "fürs"];

/**
 * Outlets whose name is also a common noun ("der Spiegel", "der Standard",
 * "der Kurier"): a name only where the text reports through them
 * (`OUTLET_REPORT_CUES`). "Presse", "Zeit", "Welt" and "Bild" are left out:
 * "gegenüber der Presse" is the press.
 */
export const OUTLET_COMMON_NOUNS: readonly string[] = ["Spiegel", "Standard", "Kurier", "Stern", "Focus", "Falter", "Profil"];

/** Words that report through an outlet, before or after its name ("berichtet der Spiegel", "dem Kurier zufolge", "laut Standard", "sagte er dem Falter"). */
export const OUTLET_REPORT_CUES: readonly string[] = [
  "berichtet", "berichtete", "berichten", "berichteten", "meldet", "meldete", "schreibt", "schrieb", "zufolge", "zitiert", "zitierte", "erfuhr",
  "laut", "gegenüber", "sagte", "sagt", "erklärte", "erklärt",
];

/**
 * Conjunctions, adverbs and prepositions that a sentence's opening
 * capitalises and that open no name: a span the tagger began with one
 * starts after it ("Sowohl Griss als auch Hofer", "Auch Merkel sagte").
 */
export const OPENING_NON_NAME_WORDS: readonly string[] = [
  "sowohl", "weder", "entweder", "und", "aber", "doch", "denn", "auch", "nur", "sogar", "selbst", "gerade", "besonders",
  "als", "wie", "ob", "wenn", "weil", "dass", "während", "nachdem", "obwohl", "bevor", "seit", "sobald", "damit",
  "laut", "gegen", "mit", "für", "bei", "beim", "nach", "trotz", "wegen", "ohne", "neben", "um", "über", "unter", "am", "im", "ins", "via",
];

/** Words of counting that open a sentence with a noun and no name ("Pro Etage", "Je Kind", "Zwei Kapitel"). */
export const OPENING_COUNT_WORDS: readonly string[] = [
  "pro", "je", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "beide", "viele", "alle", "einige", "mehrere",
];

/** Subject pronouns between a reporting word and the outlet it speaks to ("sagte er dem Kurier"). */
export const OUTLET_CUE_PRONOUNS: readonly string[] = ["er", "sie", "es", "man"];

/** Determiners that go with common nouns but hardly ever with a name ("eine Stadt", but not "ein Rhein"). */
export const COMMON_NOUN_DETERMINERS: readonly string[] = [
  ...INDEFINITE_ARTICLES,
  "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "sein", "seine", "seinen", "seinem", "seiner", "seines",
  "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure",
  "welcher", "welche", "welches", ...QUANTIFYING_DETERMINERS,
];

/** Definite articles (names of organisations and places often follow them, names of people hardly ever). */
export const DEFINITE_ARTICLES: readonly string[] = ["der", "die", "das", "den", "dem", "des"];

/** Prepositions that often precede place names ("in Berlin", "nach Paris", "aus Wien"). */
export const PLACE_PREPOSITIONS: readonly string[] = ["in", "nach", "aus"];

/**
 * Particles inside person names ("Ursula von der Leyen", "Karl-Theodor zu
 * Guttenberg", "Rafael van der Vaart"), lower-case as they stand in the name.
 */
export const NAME_PARTICLES: readonly string[] = [
  "von", "von der", "von dem", "von und zu", "zu", "vom", "zur", "van", "van der", "van den", "de", "di", "da", "del", "della", "dos", "du", "ter", "ten", "al", "bin", "ibn",
];

/** Prepositions that put a place after them ("in Berlin", "nach Paris", "aus Wien", "ins Elsass"). */
export const PLACE_CONTEXT_WORDS: readonly string[] = [
  "in", "im", "ins", "nach", "aus", "nahe", "nähe", "gen", "richtung", "nördlich", "südlich", "westlich", "östlich", "nordöstlich",
  "nordwestlich", "südöstlich", "südwestlich", "unweit", "zwischen",
];

/** Prepositions that often stand before an organisation or a person ("bei Siemens", "von Toyota", "mit Merkel"). */
export const AGENT_CONTEXT_WORDS: readonly string[] = ["bei", "beim", "von", "vom", "mit", "für", "gegen", "laut", "zufolge", "durch", "seitens"];

/** Verbs of saying and acting that follow a person or an organisation ("Scholz sagte", "Siemens erklärte"). */
export const AGENT_VERBS: readonly string[] = [
  "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte", "meint", "kritisierte", "kritisiert",
  "teilte", "teilt", "berichtete", "berichtet", "forderte", "fordert", "warnte", "warnt", "sprach", "spricht", "schrieb", "schreibt",
  "kündigte", "kündigt", "erwartet", "erwartete", "bestätigte", "bestätigt", "räumte", "wies", "verwies", "hofft", "hoffte",
  "will", "wollte", "soll", "sollte", "muss", "musste", "gewann", "gewinnt", "verlor", "verliert", "übernahm", "übernimmt",
  "gründete", "leitete", "leitet", "starb", "heiratete", "spielte", "spielt", "traf", "trifft", "lehnte", "zeigte", "zeigt",
];

/** Ends of nouns that name a place when they head a name ("Hauptstraße", "Bodensee", "Frankfurter Hauptbahnhof"). */
export const PLACE_HEAD_ENDINGS: readonly string[] = [
  "straße", "strasse", "platz", "allee", "gasse", "weg", "ufer", "brücke", "bahnhof", "flughafen", "hafen", "see", "berg", "gebirge",
  "tal", "fluss", "bach", "insel", "inseln", "küste", "wald", "park", "hütte", "kirche", "dom", "kloster", "burg", "schloss", "dorf",
  "hausen", "heim", "stadt", "land", "kreis", "viertel", "region", "provinz", "gebiet",
];

/** Nouns that stand before a place's name without being part of it ("Kanton Baselland", "Gemeinde Ummendorf"): GermEval leaves them outside the span (22 times to 1 in its development file). */
export const PLACE_DESIGNATORS: readonly string[] = [
  "Kanton", "Landkreis", "Kreis", "Bundesland", "Provinz", "Stadt", "Gemeinde", "Region", "Bezirk", "Stadtteil", "Ortsteil", "Bundesstaat",
  "Département", "Distrikt", "Grafschaft", "Hauptstadt", "Landeshauptstadt", "Metropole", "Kommune", "Niederlassung", "Standort",
  "Ort", "Dorf", "Stadtbezirk", "Woiwodschaft", "Präfektur",
];

/**
 * Institutions named by their kind and their place ("Universität Gießen",
 * "TU Berlin", "Realschule Spaichingen", "Kraftwerk Lippendorf"): GermEval
 * tags the whole as an organisation 8 times in its development file, where
 * the head is a word or the end of a compound listed here ("-schule",
 * "-museum"); airports and stations are places, and GermEval leaves their
 * noun outside ("Flughafen Moskau-Scheremetjewo").
 */
export const INSTITUTION_HEADS: readonly string[] = ["Uni", "TU", "TH", "FH", "Kraftwerk", "Klinikum", "Gymnasium"];
export const INSTITUTION_HEAD_ENDINGS: readonly string[] = ["universität", "hochschule", "schule", "akademie", "museum"];

/**
 * Ends of nouns that name a body before "für", "zur" or "zum" and what it is
 * for ("Institut für …", "Bundesamt für …", "Forschungszentrum für …",
 * "Bundesstiftung zur …"), with their genitive forms. Not "Rat", which ends
 * "Apparat" and "Referat".
 */
export const PURPOSE_BODY_ENDINGS: readonly string[] = [
  "institut", "instituts", "institutes", "amt", "amts", "amtes", "anstalt", "stiftung", "gesellschaft", "zentrum", "zentrums", "zentrale",
  "akademie", "verband", "verbands", "verbandes", "verein", "vereins", "vereines", "kommission", "ministerium", "ministeriums", "agentur",
  "behörde", "hochschule", "universität", "büro", "büros", "fonds", "forum", "forums", "netzwerk", "netzwerks", "komitee", "komitees",
  "bundesrat", "beirat", "beirats", "beirates",
];

/**
 * Body nouns as words of their own that name no body without what it is for
 * ("Institut", "Zentrum"): where the tagger took one alone for an
 * organisation, "für …" after it still belongs to the name. Not "Amt",
 * "Kommission", "Ministerium", "Hochschule", "Universität": tagged alone,
 * they stand for the one body the text speaks of ("das Ministerium").
 */
export const PURPOSE_BODY_NOUNS: readonly string[] = [
  "Institut", "Instituts", "Institutes", "Anstalt", "Stiftung", "Gesellschaft", "Zentrum", "Zentrums", "Zentrale", "Akademie", "Verband",
  "Verbands", "Verbandes", "Verein", "Vereins", "Vereines", "Agentur", "Behörde", "Büro", "Büros", "Fonds", "Forum", "Forums",
  "Netzwerk", "Netzwerks", "Komitee", "Komitees",
];

/** Nouns of set phrases after "zum" and "zur", which name no purpose ("zum Thema", "zur Verfügung", "zur Frage"). */
export const PURPOSE_PHRASE_NOUNS: readonly string[] = [
  "Thema", "Frage", "Verfügung", "Beispiel", "Zeit", "Folge", "Kenntnis", "Rede", "Sprache", "Last", "Seite", "Hand", "Debatte",
  "Diskussion", "Abstimmung", "Wahl", "Stunde", "Zeitpunkt", "Schluss", "Ende", "Anfang", "Beginn", "Auftakt", "Vorbereitung",
];

/** Ends of nouns that name an organisation when they head a name ("Sportverein", "Landesbank", "Amtsgericht"). */
export const ORGANISATION_HEAD_ENDINGS: readonly string[] = [
  "verein", "verband", "partei", "bank", "konzern", "ministerium", "universität", "hochschule", "gericht", "institut", "stiftung",
  "verlag", "gesellschaft", "zeitung", "rundfunk", "kommission", "agentur", "behörde", "amt", "rat", "bund", "gruppe", "werke",
  "unternehmen", "versicherung", "schule", "akademie", "museum", "theater", "orchester", "band", "team", "club", "klub", "liga",
  "gmbh", "ag", "fraktion", "regierung", "polizei", "armee", "senat", "parlament",
];

/** Ends of nouns that name a work, event or product when they head a name ("Bundesliga" aside: "Filmpreis", "Weltcup"). */
export const MISC_HEAD_ENDINGS: readonly string[] = [
  "preis", "award", "festival", "pokal", "cup", "meisterschaft", "spiele", "messe", "album", "roman", "film", "serie", "krieg", "gesetz",
];

/**
 * Ends of nouns that name a kind of news outlet ("Nachrichtenportal", "Wochenzeitung",
 * "US-Nachrichtensender"): the name right after one is the outlet, an
 * organisation (`src/nlp/ner/organisations.ts`; "Nachrichtenportal EurActiv",
 * tagged LOC by the model).
 */
export const MEDIA_NOUN_ENDINGS: readonly string[] = [
  "zeitung", "zeitschrift", "magazin", "portal", "sender", "nachrichtenagentur", "presseagentur", "blatt", "fernsehsender", "radiosender",
  "onlinedienst", "newsletter",
];

/**
 * Words that open the name of a place in many languages ("Cerro Amarillo",
 * "Río Xingú", "Lido di Venezia", "Kreuz Walldorf", "Bad Schussenried"):
 * a span that opens with one is a place (`src/nlp/ner/places.ts`).
 */
export const GEOGRAPHIC_HEADS: readonly string[] = [
  "Cerro", "Río", "Rio", "Sierra", "Monte", "Mont", "Lago", "Lake", "Mount", "Isla", "Isola", "Île", "Playa", "Puerto", "Porto", "Cape",
  "Cabo", "Lido", "Bahía", "Golfo", "Gulf", "Port", "São", "Bad", "Kreuz", "Dreieck", "Autobahnkreuz", "Autobahndreieck",
];

/**
 * Nouns of an administrative unit that stand before a place's name
 * ("Republik Zypern", "Stadt Halle", "Kanton Baselland", "Königreich
 * Bayern"): GermEval leaves them outside the name all 17 times in its
 * development file (`src/nlp/ner/places.ts`).
 */
export const ADMINISTRATIVE_HEADS: readonly string[] = [
  "Republik", "Provinz", "Kanton", "Bundesstaat", "Bundesland", "Gemeinde", "Stadt", "Landkreis", "Königreich", "Fürstentum", "Emirat",
  "Großherzogtum", "Herzogtum", "Grafschaft", "Präfektur", "Distrikt", "Departement", "Département", "Oblast", "Gouvernement", "Stadtstaat",
];

/**
 * Ends of nouns that name a kind of club or band ("Erstligisten",
 * "Traditionsverein", "Rockband"): the name right after one is an
 * organisation (`src/nlp/ner/organisations.ts`; "Verein Ascoli", tagged PER).
 * In the GermEval development file 10 of the 11 names after a noun ending in
 * one of these or in "-gruppe" are organisations (the other, "Ortsgruppe
 * Amberg", is why "-gruppe" is not on the list).
 */
export const CLUB_NOUN_ENDINGS: readonly string[] = ["ligist", "ligisten", "verein", "vereins", "klub", "club", "team", "teams", "mannschaft", "band"];

/**
 * The words a road named by its number ("A 7", "B 96") may follow
 * (`src/nlp/ner/streets.ts`): an article, a preposition, "und"/"oder" after
 * another road, or a road noun ("den Autobahnen A 2").
 */
export const ROAD_PRECEDERS: { words: readonly string[]; nounEndings: readonly string[] } = {
  words: ["der", "die", "den", "dem", "zur", "zum", "auf", "über", "an", "am", "bis", "von", "vom", "und", "oder"],
  nounEndings: ["autobahn", "autobahnen", "bundesstraße", "bundesstraßen"],
};

/**
 * Particles of noble and foreign family names (`src/nlp/ner/particles.ts`:
 * "Heinrich Gottlob von Miltitz"); unlike the other `NAME_PARTICLES`,
 * "zu", "vom", "zur" also open ordinary phrases ("zu Gast", "vom
 * Bankdirektor").
 */
export const NOBLE_PARTICLES: readonly string[] = ["von", "van", "de", "di", "da", "del", "della", "dos", "du", "ter", "ten"];

/** Name particles that are also prepositions: alone before a surname they read as "of"/"to" ("von Siemens", "zu Besuch"). */
export const PREPOSITION_PARTICLES: readonly string[] = ["von", "vom", "zu", "zur", "zum"];

/** Words of kinship that stand before a person's name like a title ("Onkel Gallus"; `src/nlp/ner/roles.ts`). */
export const KINSHIP_TITLES: readonly string[] = ["Onkel", "Tante", "Neffe", "Nichte", "Großvater", "Großmutter", "Cousin", "Cousine", "Miss", "Mister"];

/** Lower-case words that may stand inside a person's name after a title ("Amalie Zephyrine von Hohenzollern"; `src/nlp/ner/roles.ts`). */
export const NAME_INNER_PARTICLES: readonly string[] = ["von", "van", "de", "der", "zu"];

/** Ends of street names that a house number may follow ("Neuendorfer Straße 90c", "Bundesstraße 216"; `src/nlp/ner/streets.ts`). */
export const STREET_ENDINGS: readonly string[] = ["straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "damm", "ring", "ufer", "chaussee"];

/**
 * Ends of nouns that name a kind of company ("Spielzeughersteller",
 * "Chemiekonzern", "Fluggesellschaft"): the name right after one is the
 * company, an organisation (`src/nlp/ner/organisations.ts`; "Der weltgrößte
 * Spielzeughersteller Mattel", tagged PER with the noun by the model). In the
 * GermEval development file the name after such a noun is an organisation
 * all five times. ("Bank" is left out: it ends many names itself.)
 */
export const COMPANY_NOUN_ENDINGS: readonly string[] = [
  "hersteller", "konzern", "fluggesellschaft", "ölgesellschaft", "versicherer", "autobauer", "anbieter", "versicherung",
  "unternehmen", "betreiber", "zulieferer", "softwarefirma", "modefirma", "reederei", "fluglinie", "airline", "brauerei", "distributor",
  "dienstleister", "discounter", "diskonter", "provider", "kette", "riese",
];

/** Nouns for a kind of company, also as compound endings: the company nouns and "Firma" ("Der Hersteller", "die Firma Euryza", "Billigfluggesellschaft Ryanair"), lower case. */
export const COMPANY_KIND_NOUNS: readonly string[] = [...COMPANY_NOUN_ENDINGS, "firma"];

/**
 * Words that end a company's name after its brand ("Vattenfall Europe",
 * "Microsoft Deutschland", "TÜV Nord"), which the tagger tends to cut off as a
 * place; `src/nlp/ner/organisations.ts` joins them to the organisation. The
 * German "Europa" is left out: after an organisation it is mostly a place of
 * its own ("die EU Europa näherbringen").
 */
export const ORGANISATION_TAILS: readonly string[] = [...REGIONAL_TAILS.filter((w) => w !== "Europa"), "Holding", "Group", "Energy", "Services"];

/**
 * Ends of nouns that name a kind of vehicle or craft (with genitive and
 * plural forms): a quoted name right after one names that craft, which
 * GermEval and CoNLL tag as other names (OTH, MISC), not as organisations
 * ("der Raumfähre „Discovery“", "die Sonde „Cassini“", "der Frachter
 * „Delight“"); `src/nlp/ner/works.ts`. Endings that close common words of
 * other kinds are left out ("zug" of "Bezug", "lander" of "Ausländer").
 */
export const VEHICLE_NOUN_ENDINGS: readonly string[] = [
  "fähre", "fähren", "sonde", "sonden", "schiff", "schiffs", "schiffes", "boot", "boots", "bootes", "flugzeug", "flugzeugs",
  "flugzeuges", "rakete", "raketen", "satellit", "satelliten", "raumstation", "modul", "moduls", "kapsel", "teleskop",
  "teleskops", "rover", "rovers", "tanker", "tankers", "frachter", "frachters", "kreuzer", "kreuzers", "fregatte", "yacht",
  "jacht", "lokomotive", "raumgleiter", "luftschiff",
];

/**
 * Ends of nouns that name a kind of work or product (with genitive and
 * plural forms): a quoted title right after one is the work's name ("der Song „Till Death Do
 * Us Part“", "des Action-Spiels „Grand Theft Auto“", "Dokumentationssendung
 * „37 Grad“"); `src/nlp/ner/works.ts`. Newspapers, parties and bands are
 * left out: GermEval tags their quoted names as organisations.
 */
export const WORK_NOUN_ENDINGS: readonly string[] = [
  "film", "films", "song", "songs", "album", "albums", "lied", "liedes", "single", "buch", "buches", "buchs", "roman", "romans",
  "serie", "serien", "sendung", "sendereihe", "show", "oper", "ouvertüre", "stück", "stücks", "stückes", "musical", "revue",
  "spiel", "spiels", "spieles", "werk", "werkes", "werks", "gedicht", "gedichts", "hörspiel", "dokumentation", "version", "novelle",
  "erzählung", "comic", "komödie", "tragödie", "drama", "dramas", "hymne", "ballade", "gemälde", "gemäldes", "bild", "bildes",
  "skulptur", "trilogie", "theaterstück", "kinderbuch", "sachbuch", "modell", "modelle", "modells", "baureihe",
];

/**
 * Nouns that introduce a name in quotation marks ("unter dem Namen „Landsberger
 * Weiße“", "mit dem Titel: „Cut-Up Connection …“", "mit dem Codenamen
 * „Tiger“", "unter dem Motto „…“"): the quoted words are a name, which
 * GermEval tags OTH (4 of the 5 such quotes in its development file; the
 * fifth is left untagged). After "Name"/"Namen" a quote the model tagged
 * whole keeps its type ("unter dem Namen „Kosovo“"): what a bare name names
 * may be a place or a firm.
 * `src/nlp/ner/works.ts`.
 */
export const NAMING_NOUNS: readonly string[] = ["Namen", "Name", "Titel", "Codenamen", "Codename", "Motto", "Arbeitstitel", "Slogan"];

/**
 * Currencies by name and code. After an amount ("7,4 Mio US-Dollar", "30
 * Cent", "100.000 Franken") GermEval tags them OTH (our MISC), as it does
 * every "Euro"; `src/nlp/ner/currency.ts` applies that to the rarer ones the
 * model misses.
 */
export const CURRENCY_NAMES: readonly string[] = [
  "Euro", "Cent", "Dollar", "US-Dollar", "Dollars", "Franken", "Rappen", "Pfund", "Yen", "Yuan", "Renminbi", "Rubel", "Rupie", "Rupien",
  "Krone", "Kronen", "Złoty", "Zloty", "Lira", "Peso", "Pesos", "Real", "Rand", "Schilling", "D-Mark", "DM", "Mark", "Forint", "Lei",
  "Lew", "Dinar", "Dirham", "Riyal", "Rial", "Schekel", "Hrywnja", "Griwna", "Bitcoin",
  "EUR", "USD", "CHF", "GBP", "JPY", "CNY", "RUB", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "INR", "BRL", "CAD", "AUD",
  "€", "$", "£", "¥", "US$",
  // Currencies of the past and of other regions ("2000 Gulden", "500 CFA-Franc").
  "Gulden", "Taler", "Reichstaler", "Dukaten", "Groschen", "Pfennig", "Heller", "Kreuzer", "Reichsmark", "Rentenmark", "Ostmark",
  "Franc", "Francs", "CFA-Franc", "Escudo", "Escudos", "Peseta", "Peseten", "Drachme", "Drachmen", "Won", "Baht", "Ringgit", "Naira", "Kwanza",
];

/** Words that end an amount before a currency ("2,5 Millionen Euro", "3,9 Mio CHF"). */
export const AMOUNT_WORDS: readonly string[] = [
  "tausend", "hundert", "mio", "mio.", "million", "millionen", "mrd", "mrd.", "milliarde", "milliarden", "billion", "billionen", "tsd", "tsd.",
];

/** Abbreviations that open a sports club's name ("FC", "TSV"); an ordinal before them belongs to the name ("1. FC Köln"). */
export const CLUB_ABBREVIATIONS: readonly string[] = [
  "FC", "FSV", "SC", "SV", "TSV", "VfL", "VfB", "BSC", "SpVgg", "TuS", "FFC", "SSV", "KSV", "FCK", "SG", "BV", "TSG", "SSC", "HSV", "KFC",
];

/**
 * Nouns for a person's role or relation that stand right before the name
 * ("Vorgänger Steinmeier", "Rapper Ice-T"), besides the titles above; only
 * `src/nlp/ner/role-names.ts` reads them (they are no model features).
 */
export const PERSON_ROLE_NOUNS: readonly string[] = [
  "Vorgänger", "Vorgängerin", "Nachfolger", "Nachfolgerin", "Rapper", "Rapperin", "Musiker", "Musikerin", "Fotograf", "Fotografin",
  "Freund", "Freundin", "Partner", "Partnerin", "Mitarbeiter", "Mitarbeiterin", "Assistent", "Assistentin", "Inspektor", "Inspektorin",
  "Architekt", "Architektin", "Dirigent", "Dirigentin", "Moderator", "Moderatorin", "Reporter", "Reporterin", "Historiker", "Historikerin",
  "Arzt", "Ärztin", "Manager", "Managerin", "Unternehmer", "Unternehmerin", "Verleger", "Verlegerin", "Designer", "Designerin",
  "Astronaut", "Astronautin", "Pilot", "Pilotin", "Schiedsrichter", "Schiedsrichterin", "Torhüter", "Torhüterin", "Keeper", "Komiker",
  "Komikerin", "Zeuge", "Zeugin", "Enkel", "Enkelin", "Neffe", "Nichte", "Cousin", "Cousine", "Lebensgefährte", "Lebensgefährtin",
  "Pater", "Pastor", "Pastorin", "Priester", "Kaplan", "Apostel", "Prophet", "CEO", "Coach", "Ass", "Vize", "Champion",
  "Legende", "Lobbyist", "Lobbyistin", ...AUSTRIAN_OFFICES,
];

/** Endings of abstract nouns: such a word after a role noun is the verb's object ("wirft dem Künstler Betriebsblindheit vor"), not a name (`src/nlp/ner/role-names.ts`). */
export const ABSTRACT_NOUN_ENDINGS: readonly string[] = ["ung", "heit", "keit", "schaft", "ion", "ität", "tum", "nis", "ismus", "ie", "enz", "anz"];

/** Endings of compound role nouns before a name ("Landschaftsarchitekten Gilles Clément", "Chefinspektor Hadden", "Rennfahrer Sutil"). */
export const PERSON_ROLE_ENDINGS: readonly string[] = [
  "architekt", "architekten", "architektin", "inspektor", "inspektorin", "journalist", "journalistin", "aktivist", "aktivistin",
  "spieler", "spielerin", "fahrer", "fahrerin", "wissenschaftler", "wissenschaftlerin", "ingenieur", "ingenieurin", "produzent", "produzentin",
  "sänger", "sängerin", "schauspieler", "schauspielerin", "musiker", "musikerin", "regisseur", "regisseurin", "kommissar", "kommissarin",
  "soziologe", "soziologin", "biologe", "biologin", "politologe", "politologin", "theologe", "theologin", "sieger", "siegerin",
  "historiker", "historikerin", "torwart", "coach", "lobbyist", "lobbyistin", "partner", "partnerin", "star", "champion", "ökonom",
  "ökonomin", ...AUSTRIAN_OFFICE_ENDINGS,
];
