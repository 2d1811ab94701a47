/**
 * German data for entity normalisation: the words that stand before a name
 * but are not part of it (determiners, honorifics, roles), the genitive and
 * adjective forms of names, acronyms with their long forms, and the
 * transliteration folds of the match key. Compared case-insensitively
 * unless said otherwise.
 */

/** Determiners and contracted prepositions that may stand before (or start) a mention. */
export const DETERMINERS: readonly string[] = [
  "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
  "zur", "zum", "vom", "im", "am", "beim", "ins",
];

/** Honorifics and academic titles before a person's name ("Frau Dr. Weber"). */
export const HONORIFICS: readonly string[] = [
  "Herr", "Herrn", "Frau", "Fräulein", "Dr.", "Dr", "Prof.", "Prof", "Professor", "Professorin", "Dipl.-Ing.", "Mag.", "Ing.",
  "med.", "jur.", "phil.", "rer.", "nat.", "h.c.", "h. c.", "Dres.", "PD", "Doktor",
];

/** Honorifics that say a person is a man or a woman ("Herr Trump" is not "Melania Trump"). */
export const GENDERED_HONORIFICS: Readonly<Record<string, "m" | "f">> = { herr: "m", herrn: "m", frau: "f", "fräulein": "f" };

/** A pronoun opening the sentence after the one that names a single person tells that person's gender ("sie" is also "they", "Sie" "you": left out). */
export const GENDERED_OPENING_PRONOUNS: Readonly<Record<string, "m" | "f">> = { er: "m" };

/** Austrian offices before a name ("Obmann Schieder", "Landesrätin Berger"); also in the NER's role nouns (ner-cues.ts). */
export const AUSTRIAN_OFFICES: readonly string[] = ["Obmann", "Obfrau", "Landesrat", "Landesrätin", "Mandatar", "Mandatarin"];

/** Endings of Austrian offices, lower-case ("Klubobmann", "Landeshauptfrau", "Nationalratsmandatar"); not "Hauptmann" alone, a surname. */
export const AUSTRIAN_OFFICE_ENDINGS: readonly string[] = ["obmann", "obfrau", "hauptmann", "hauptfrau", "landesrat", "landesrätin", "mandatar", "mandatarin"];

/**
 * Role nouns before a person's name ("Kanzlerin Merkel", "Richter Müller").
 * A token also counts as a role when it ends in a {@link ROLE_ENDINGS} entry
 * ("Bundesaußenministerin") or is a hyphenated compound whose last part is a
 * role ("US-Präsident", "SPD-Chef", "Ex-Kanzlerin"). Regnal and church
 * titles that are part of a name ("König Charles", "Papst Franziskus") are not roles.
 */
export const ROLE_NOUNS: readonly string[] = [
  "Kanzler", "Kanzlerin", "Präsident", "Präsidentin", "Präsidenten", "Minister", "Ministerin", "Ministers", "Premier", "Premierminister",
  "Premierministerin", "Regierungschef", "Regierungschefin", "Staatschef", "Staatschefin", "Staatsoberhaupt", "Diktator", "Machthaber",
  "Abgeordnete", "Abgeordneter", "Abgeordneten", "Senator", "Senatorin", "Gouverneur", "Gouverneurin", "Botschafter", "Botschafterin",
  "Chef", "Chefin", "Vorsitzende", "Vorsitzender", "Vorsitzenden", "Sprecher", "Sprecherin", "Direktor", "Direktorin", "Leiter", "Leiterin",
  "Geschäftsführer", "Geschäftsführerin", "Vorstand", "Gründer", "Gründerin", "Trainer", "Trainerin", "Kapitän", "Kapitänin",
  "Stürmer", "Stürmerin", "Torwart", "Torhüter", "Torhüterin", "Spieler", "Spielerin", "Profi", "Star",
  "General", "Generalin", "Oberst", "Major", "Kommissar", "Kommissarin", "Richter", "Richterin", "Anwalt", "Anwältin", "Staatsanwalt",
  "Staatsanwältin", "Verteidiger", "Verteidigerin", "Ermittler", "Ermittlerin", "Polizeisprecher", "Polizeisprecherin",
  "Autor", "Autorin", "Regisseur", "Regisseurin", "Sänger", "Sängerin", "Schauspieler", "Schauspielerin", "Künstler", "Künstlerin",
  "Komponist", "Komponistin", "Schriftsteller", "Schriftstellerin", "Maler", "Malerin", "Dichter", "Dichterin", "Musiker", "Musikerin",
  "Forscher", "Forscherin", "Wissenschaftler", "Wissenschaftlerin", "Ökonom", "Ökonomin", "Historiker", "Historikerin",
  "Experte", "Expertin", "Politiker", "Politikerin", "Kandidat", "Kandidatin", "Kollege", "Kollegin", "Amtskollege", "Amtskollegin",
  "Amtsvorgänger", "Amtsvorgängerin", "Vorgänger", "Vorgängerin", "Nachfolger", "Nachfolgerin", "Unternehmer", "Unternehmerin",
  "Milliardär", "Milliardärin", "Aktivist", "Aktivistin", "Oppositionsführer", "Oppositionsführerin", "Kremlchef", "Kremlkritiker",
  "Pfarrer", "Pfarrerin", "Bischof", "Bischöfin", "Kardinal", "Rabbiner", "Imam",
  ...AUSTRIAN_OFFICES,
];

/** Endings of compound role nouns ("Bundeskanzler", "Außenministerin", "Regierungssprecher"), lower-case. */
export const ROLE_ENDINGS: readonly string[] = [
  "kanzler", "kanzlerin", "präsident", "präsidentin", "minister", "ministerin", "chef", "chefin", "vorsitzende", "vorsitzender",
  "vorsitzenden", "sprecher", "sprecherin", "bürgermeister", "bürgermeisterin", "sekretär", "sekretärin", "abgeordnete", "abgeordneter",
  "abgeordneten", "botschafter", "botschafterin", "kandidat", "kandidatin", "gouverneur", "gouverneurin", "senator", "senatorin",
  "direktor", "direktorin", "trainer", "trainerin", "kommissar", "kommissarin", "beauftragte", "beauftragter", "beauftragten",
  "führer", "führerin", "politiker", "politikerin", "experte", "expertin", "anwalt", "anwältin", "richter", "richterin", "landrat",
  "landrätin", "stadtrat", "stadträtin", "premier", "kollege", "kollegin", "vorgänger", "vorgängerin", "nachfolger", "nachfolgerin",
  "kritiker", "kritikerin", "ermittler", "ermittlerin", "manager", "managerin", "aktivist", "aktivistin", "funktionär", "funktionärin",
  "wissenschaftler", "wissenschaftlerin", "wissenschafter", "wissenschafterin", "forscher", "forscherin", "analyst", "analystin",
  "aktionär", "aktionärin", "eigentümer", "eigentümerin", "hersteller", "star", "mentor", "mentorin", "ökonom", "ökonomin",
  "sprecher", "berater", "beraterin", "vorstand", "beamte", "beamter", "beamten", "beamtin",
  ...AUSTRIAN_OFFICE_ENDINGS,
];

/**
 * Nationality nouns before a person's name ("der Österreicher Dominic Thiem",
 * "die Amerikanerin Serena Williams"); the feminine form in -in counts too.
 * Treated like roles: dropped only when a name follows.
 */
export const DEMONYMS: readonly string[] = [
  "Deutsche", "Deutscher", "Österreicher", "Schweizer", "Brite", "Franzose", "Französin", "Italiener", "Spanier", "Portugiese",
  "Amerikaner", "US-Amerikaner", "Kanadier", "Mexikaner", "Brasilianer", "Argentinier", "Kolumbianer", "Chilene", "Russe", "Russin",
  "Ukrainer", "Belarusse", "Pole", "Polin", "Tscheche", "Slowake", "Ungar", "Rumäne", "Bulgare", "Serbe", "Kroate", "Slowene", "Bosnier",
  "Albaner", "Grieche", "Griechin", "Türke", "Türkin", "Georgier", "Niederländer", "Belgier", "Luxemburger", "Däne", "Dänin", "Schwede",
  "Norweger", "Finne", "Finnin", "Isländer", "Ire", "Irin", "Schotte", "Engländer", "Waliser", "Este", "Estin", "Lette", "Lettin",
  "Litauer", "Israeli", "Iraner", "Iraker", "Syrer", "Afghane", "Afghanin", "Ägypter", "Marokkaner", "Nigerianer", "Kenianer",
  "Äthiopier", "Südafrikaner", "Chinese", "Chinesin", "Japaner", "Koreaner", "Südkoreaner", "Inder", "Pakistaner", "Australier",
  "Neuseeländer", "Kasache", "Usbeke",
];

/** The nationality nouns with their feminine forms ("Amerikaner" → "Amerikanerin", "Brite" → "Britin"; a form in -in or -i is kept as it is). */
export const DEMONYM_FORMS: readonly string[] = DEMONYMS.flatMap((w) => {
  if (/(in|i)$/u.test(w)) return [w];
  return [w, w.endsWith("e") ? `${w.slice(0, -1)}in` : `${w}in`];
});

/**
 * People of a region or city, as a text names someone it has just written
 * about ("Köln-Trainer Peter Stöger … meinte der Wiener", "sagte der
 * Steirer"): the federal states and large cities of Austria, Germany and
 * Switzerland and a few capitals, masculine and feminine. Used by the quote
 * finder only (speaker descriptors), not by the recogniser; words that name
 * a thing more often than a person ("Hamburger", "Römer") are left out.
 */
export const REGIONAL_DEMONYM_FORMS: readonly string[] = [
  "Wiener", "Wienerin", "Niederösterreicher", "Niederösterreicherin", "Oberösterreicher", "Oberösterreicherin", "Steirer", "Steirerin",
  "Kärntner", "Kärntnerin", "Tiroler", "Tirolerin", "Osttiroler", "Osttirolerin", "Südtiroler", "Südtirolerin", "Salzburger", "Salzburgerin",
  "Vorarlberger", "Vorarlbergerin", "Burgenländer", "Burgenländerin", "Grazer", "Grazerin", "Linzer", "Linzerin", "Innsbrucker", "Innsbruckerin",
  "Klagenfurter", "Klagenfurterin", "Villacher", "Villacherin", "Bayer", "Bayerin", "Schwabe", "Schwäbin", "Franke", "Fränkin", "Sachse", "Sächsin",
  "Hesse", "Hessin", "Thüringer", "Thüringerin", "Westfale", "Westfälin", "Rheinländer", "Rheinländerin", "Pfälzer", "Pfälzerin",
  "Saarländer", "Saarländerin", "Niedersachse", "Niedersächsin", "Brandenburger", "Brandenburgerin", "Mecklenburger", "Mecklenburgerin",
  "Ostfriese", "Ostfriesin", "Berliner", "Berlinerin", "Bremer", "Bremerin", "Münchner", "Münchnerin", "Kölner", "Kölnerin",
  "Düsseldorfer", "Düsseldorferin", "Stuttgarter", "Stuttgarterin", "Leipziger", "Leipzigerin", "Dresdner", "Dresdnerin",
  "Hannoveraner", "Hannoveranerin", "Nürnberger", "Nürnbergerin", "Zürcher", "Zürcherin", "Berner", "Bernerin", "Basler", "Baslerin",
  "Luzerner", "Luzernerin", "Genfer", "Genferin", "Londoner", "Londonerin", "Pariser", "Pariserin", "Moskauer", "Moskauerin",
];

/**
 * Names whose genitive (-s/-es) is taken back to the base form even when the
 * base does not occur in the article, besides the world's states and the
 * German and Austrian federal states (`STATE_SHORT_NAMES`, `FEDERAL_STATES`
 * in ner-names.ts, which src/nlp/entities/genitive.ts adds): parts of states
 * and continents, large cities and institutions ("Europas", "Münchens",
 * "des Bundestages" → "Bundestag"). The tagger also reads the genitive of
 * such a name as the place where the surname list holds it too ("Hannovers
 * Oberbürgermeister"; src/nlp/ner/genitive.ts).
 */
export const GENITIVE_BASES: readonly string[] = [
  "England", "Schottland", "Amerika", "Europa", "Afrika", "Asien", "Großbritannien", "Bosnien", "Grönland",
  "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Dortmund", "Leipzig", "Dresden", "Hannover",
  "Nürnberg", "Paris", "London", "Moskau", "Peking", "Kiew", "Washington", "Brüssel", "Rom", "Madrid", "Warschau", "Prag",
  // The state capitals and other large cities of Germany, Austria and Switzerland that are not states themselves.
  "Erfurt", "Magdeburg", "Potsdam", "Schwerin", "Kiel", "Mainz", "Wiesbaden", "Saarbrücken", "Bonn", "Duisburg", "Bochum",
  "Wuppertal", "Bielefeld", "Mannheim", "Karlsruhe", "Augsburg", "Chemnitz", "Rostock", "Freiburg", "Wien", "Graz", "Linz",
  "Innsbruck", "Zürich", "Genf", "Basel", "Bern",
  "Bundestag", "Bundesrat", "Landtag", "Senat", "Kongress", "Kreml", "Pentagon", "Bundesverfassungsgericht",
  "Bundesgerichtshof", "Europarat", "Stadtrat", "Gemeinderat", "Kreistag", "Sicherheitsrat",
];

/** A lower-case adjective with a German inflection ending, three letters or more before it ("neuen", "anhaltenden", "sprichwörtliche"). */
export const LOWER_INFLECTED_ADJECTIVE = /^\p{Ll}{3,}(?:e|en|em|er|es)$/u;

/** Names that begin with a determiner that belongs to them ("Den Haag"); kept whole. */
export const NAMES_WITH_DETERMINER: readonly string[] = ["Den Haag", "Den Helder"];

/**
 * Endings of organisation and place names that end in -s in the nominative,
 * whose final s is never a genitive ("Währungsfonds", "Kongress", "Siemens"). Lower case.
 */
export const NOMINATIVE_S_ENDINGS: readonly string[] = ["fonds", "ss", "us", "xs", "siemens", "mercedes", "hermes", "texas", "paris"];

/**
 * Stems of adjectives that occur inflected inside names ("Europäische Union",
 * "der Europäischen Union"); lower-case. Besides these, a stem ending in one
 * of {@link ADJECTIVE_STEM_ENDINGS} counts ("bayerisch", "christlich").
 */
export const ADJECTIVE_STEMS: readonly string[] = [
  "neu", "alt", "rot", "weiß", "schwarz", "grün", "blau", "frei", "vereinigt", "vereint", "groß", "klein", "hoh", "ober", "nieder",
  "erst", "zweit", "dritt", "link", "recht", "west", "ost", "nord", "süd", "nah", "mittler", "fern",
  "deutsch", "süddeutsch", "norddeutsch", "ostdeutsch", "westdeutsch", "mitteldeutsch", "allgemein", "evangelisch",
  "katholisch", "auswärtig", "ständig", "gemeinsam", "einig", "heilig", "bayrisch", "kaiserlich", "königlich",
  "kalt", "still", "tot",
];

/**
 * Adjective stems whose inflected forms are also nouns or titles ("Westen",
 * "Süden", "des Heiligen Pankratius"): a capitalised form of them before a
 * name says nothing about the name's extent.
 */
export const NOUN_LIKE_ADJECTIVE_STEMS: readonly string[] = ["west", "ost", "nord", "süd", "heilig"];

/** Adjective stem endings that mark an adjective without doubt ("-isch", "-lich"); the others also end nouns ("Schriftsteller", "Finale"). */
export const SURE_ADJECTIVE_STEM_ENDINGS: readonly string[] = ["isch", "lich"];

/**
 * Endings of adjective stems ("bayer-isch", "christ-lich", "national", "revolutionär"), lower-case.
 * Not "-ig" or "-sch": "Leipziger", "Fischer" are not inflected adjectives.
 */
export const ADJECTIVE_STEM_ENDINGS: readonly string[] = ["isch", "lich", "al", "är", "iv", "ell"];

/** Inflection endings of adjectives, longest first. */
export const ADJECTIVE_ENDINGS: readonly string[] = ["en", "er", "es", "em", "e"];

/** Grammatical gender of a name's head noun: decides the ending of its adjectives in the nominative. */
export type NameGender = "masc" | "fem" | "neut" | "plural";

/** Endings of head nouns by gender, lower-case ("Landtag" → masc, "Union" → fem, "Parlament" → neut). */
export const HEAD_GENDER_ENDINGS: Readonly<Record<NameGender, readonly string[]>> = {
  plural: ["staaten", "nationen", "emirate", "inseln", "niederlande", "grünen", "liberalen", "demokraten", "republikaner", "spiele", "wähler"],
  masc: [
    "tag", "rat", "hof", "bund", "verband", "dienst", "konzern", "verein", "fonds", "senat", "kongress", "rundfunk", "ausschuss", "klub",
    "club", "kreis", "staat", "wald", "berg", "fluss", "kanal", "markt", "flughafen", "hafen", "platz", "gipfel", "orden", "zoll",
    "osten", "westen", "norden", "süden", "sender", "krieg", "vertrag", "preis", "verlag", "konzil", "gerichtshof",
    "ozean", "mechanismus", "frühling", "grund", "ring", "handel", "frieden", "pakt",
  ],
  fem: [
    "ung", "ion", "heit", "keit", "schaft", "bank", "partei", "union", "kammer", "zeitung", "bahn", "post", "agentur", "behörde", "kommission",
    "polizei", "armee", "marine", "liga", "akademie", "universität", "hochschule", "stiftung", "versammlung", "allianz", "gruppe", "republik",
    "föderation", "initiative", "kirche", "stadt", "insel", "front", "garde", "garden", "schule", "klinik", "börse", "mauer", "brücke",
    "telekom",
  ],
  neut: [
    "amt", "gericht", "ministerium", "parlament", "institut", "haus", "kreuz", "werk", "zentrum", "büro", "reich", "komitee", "kabinett",
    "bündnis", "museum", "theater", "orchester", "forum", "netzwerk", "land", "kommando", "sekretariat", "tribunal", "blatt", "magazin",
    "fernsehen", "unternehmen", "meer", "gebirge", "festival", "krankenhaus", "klinikum", "archiv", "konsulat", "fest",
  ],
};

/** The nominative ending of an adjective (without determiner) by the gender of the head noun. */
export const STRONG_ENDING: Readonly<Record<NameGender, string>> = { masc: "er", fem: "e", neut: "es", plural: "e" };

/**
 * Determiner + adjective ending → the nominative (strong) ending it implies,
 * for the unambiguous pairs ("der Bayerische Landtag" → "Bayerischer Landtag",
 * "der Europäischen Union" → "Europäische Union"). "" stands for no determiner.
 */
export const DETERMINER_EVIDENCE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  der: { e: "er", en: "e" },
  die: { e: "e", en: "e" },
  das: { e: "es" },
  zur: { en: "e" },
  ein: { er: "er", es: "es" },
  eine: { e: "e" },
  "": { er: "er", es: "es", e: "e" },
};

/**
 * Legal forms after a company's name ("Volkswagen AG", "Siemens
 * Aktiengesellschaft", "Müller GmbH & Co. KG"): dropped from the canonical
 * name, so that "Volkswagen AG" and "Volkswagen" are one entity.
 */
export const LEGAL_FORMS: readonly string[] = [
  "AG", "Aktiengesellschaft", "GmbH", "gGmbH", "mbH", "KG", "KGaA", "OHG", "GbR", "SE", "eG", "e.V.", "&", "Co.", "Co",
  "Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "LLC", "PLC", "plc", "S.A.", "SA", "N.V.", "B.V.", "S.p.A.",
];

/**
 * Names that stand for the same organisation or place; the first of each
 * group is the display name, whichever form the article uses (so that the
 * entity id is the same in every article). English variants are in
 * src/lang/en/names.ts.
 */
export const NAME_GROUPS: readonly (readonly string[])[] = [
  ["Europäische Union", "EU"],
  ["Bundestag", "Deutscher Bundestag"],
  ["Vereinte Nationen", "UN", "UNO"],
  ["SPD", "Sozialdemokratische Partei Deutschlands"],
  ["CDU", "Christlich Demokratische Union", "Christlich Demokratische Union Deutschlands"],
  ["CSU", "Christlich-Soziale Union", "Christlich-Soziale Union in Bayern"],
  ["FDP", "Freie Demokratische Partei", "Freie Demokraten"],
  ["AfD", "Alternative für Deutschland"],
  ["Grüne", "Grünen", "Die Grünen", "Bündnis 90/Die Grünen"],
  ["Linke", "Linken", "Die Linke", "Linkspartei"],
  ["BSW", "Bündnis Sahra Wagenknecht"],
  ["Nato", "Nordatlantikpakt", "Nordatlantische Allianz"],
  ["Europäische Zentralbank", "EZB"],
  ["Europäische Kommission", "EU-Kommission"],
  ["Europäisches Parlament", "EU-Parlament", "Europaparlament"],
  ["Europäischer Gerichtshof", "EuGH"],
  ["Bundesnachrichtendienst", "BND"],
  ["Bundeskriminalamt", "BKA"],
  ["Bundesamt für Migration und Flüchtlinge", "Bamf"],
  ["Bundesverfassungsgericht", "BVerfG"],
  ["Bundesgerichtshof", "BGH"],
  ["Robert Koch-Institut", "RKI", "Robert-Koch-Institut"],
  ["Weltgesundheitsorganisation", "WHO"],
  ["Internationaler Währungsfonds", "IWF"],
  ["Internationales Olympisches Komitee", "IOC"],
  ["Deutscher Gewerkschaftsbund", "DGB"],
  ["Deutscher Fußball-Bund", "DFB"],
  ["Deutsches Rotes Kreuz", "DRK"],
  ["Deutsche Bahn", "DB"],
  ["Volkswagen", "VW"],
  ["BMW", "Bayerische Motoren Werke"],
  ["Borussia Dortmund", "BVB"],
  ["Hamburger SV", "HSV"],
  ["USA", "Vereinigte Staaten", "Vereinigte Staaten von Amerika", "US"],
  ["Großbritannien", "Vereinigtes Königreich"],
  ["Deutschland", "Bundesrepublik Deutschland", "Bundesrepublik", "BRD"],
  ["Russland", "Russische Föderation"],
  ["Frankreich", "Französische Republik"],
  ["China", "Volksrepublik China", "VR China"],
  ["Österreich", "Republik Österreich"],
  ["Schweiz", "Schweizerische Eidgenossenschaft", "Eidgenossenschaft"],
  ["Türkei", "Republik Türkei", "Türkiye"],
  ["Iran", "Islamische Republik Iran"],
  ["Nordkorea", "Demokratische Volksrepublik Korea"],
  ["Südkorea", "Republik Korea"],
  ["Tschechien", "Tschechische Republik"],
  ["Belarus", "Weißrussland"],
  ["Myanmar", "Birma", "Burma"],
  ["Elfenbeinküste", "Côte d'Ivoire"],
  ["Vatikan", "Vatikanstadt", "Staat der Vatikanstadt"],
  ["Niederlande", "Königreich der Niederlande", "Niederlanden"],
  ["Polen", "Republik Polen"],
  ["Italien", "Italienische Republik"],
  ["Spanien", "Königreich Spanien"],
  ["Israel", "Staat Israel"],
  ["dpa", "Deutsche Presse-Agentur"],
  ["AFP", "Agence France-Presse"],
  ["ZDF", "Zweites Deutsches Fernsehen"],
  ["Frankfurter Allgemeine Zeitung", "FAZ", "F.A.Z."],
  ["OPEC", "Organisation erdölexportierender Länder"],
  ["Welthandelsorganisation", "WTO"],
  ["Internationale Atomenergiebehörde", "IAEA", "IAEO", "Internationale Atomenergie-Organisation"],
  ["UN-Sicherheitsrat", "Sicherheitsrat", "Weltsicherheitsrat", "UN-Weltsicherheitsrat"],
  ["OSZE", "Organisation für Sicherheit und Zusammenarbeit in Europa"],
  ["Amnesty International", "Amnesty"],
  ["Human Rights Watch", "HRW"],
  ["Internationales Komitee vom Roten Kreuz", "IKRK"],
  ["Internationaler Strafgerichtshof", "IStGH"],
  ["Bundesverband der Deutschen Industrie", "BDI"],
  ["Verdi", "ver.di", "Vereinte Dienstleistungsgewerkschaft"],
  ["Deutsche Telekom", "Telekom"],
  ["Lufthansa", "Deutsche Lufthansa"],
  ["Bundesamt für Verfassungsschutz", "BfV"],
  ["Statistisches Bundesamt", "Destatis"],
  ["Bundesanstalt für Finanzdienstleistungsaufsicht", "Bafin"],
  ["Bundesamt für Sicherheit in der Informationstechnik", "BSI"],
  ["WWF", "World Wide Fund For Nature", "World Wide Fund for Nature"],
  ["IS", "Islamischer Staat", "ISIS", "IS-Miliz", "Terrormiliz Islamischer Staat", "Jihadistenmiliz Islamischer Staat"],
  ["PKK", "Arbeiterpartei Kurdistans"],
  ["UNHCR", "UN-Flüchtlingshilfswerk", "UNO-Flüchtlingshilfswerk", "Flüchtlingshochkommissariat der Vereinten Nationen"],
  ["NSA", "National Security Agency"],
  ["FBI", "Federal Bureau of Investigation"],
  ["ESA", "Europäische Weltraumorganisation"],
  ["OECD", "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung"],
  ["Süddeutsche Zeitung", "SZ"],
  ["ÖVP", "Österreichische Volkspartei"],
  ["SPÖ", "Sozialdemokratische Partei Österreichs"],
  ["FPÖ", "Freiheitliche Partei Österreichs"],
  ["ORF", "Österreichischer Rundfunk"],
  ["APA", "Austria Presse Agentur"],
  ["ÖGB", "Österreichischer Gewerkschaftsbund"],
  ["ÖBB", "Österreichische Bundesbahnen"],
  ["AMS", "Arbeitsmarktservice"],
  ["Wifo", "Österreichisches Institut für Wirtschaftsforschung"],
  ["OGH", "Oberster Gerichtshof", "Oberste Gerichtshof"],
  ["VfGH", "Verfassungsgerichtshof"],
  ["Juventus Turin", "Juventus", "Juve"],
  ["FC Bayern München", "FC Bayern", "Bayern München"],
  ["SK Rapid Wien", "Rapid Wien", "Rapid"],
  ["FK Austria Wien", "Austria Wien"],
  ["FC Red Bull Salzburg", "Red Bull Salzburg"],
  ["SK Sturm Graz", "Sturm Graz"],
  ["Bosnien und Herzegowina", "Bosnien-Herzegowina"],
  ["Demokratische Republik Kongo", "DR Kongo"],
  ["Moldau", "Moldawien", "Republik Moldau"],
  ["Osttimor", "Timor-Leste"],
  ["Kiew", "Kyjiw"],
  ["Charkiw", "Charkow"],
  ["St. Petersburg", "Sankt Petersburg"],
  ["Naher Osten", "Nahost"],
  ["Saudi-Arabien", "Saudi Arabien"],
  ["Breslau", "Wrocław"],
  ["Danzig", "Gdańsk"],
  ["Krakau", "Kraków"],
  ["Posen", "Poznań"],
  ["Weltbank"],
  ["Europäischer Rat"],
  ["Europarat"],
  ["Hisbollah"],
  ["al-Qaida", "Al-Qaida", "El Kaida", "Al Kaida"],
  ["Muslimbruderschaft", "Muslimbrüder"],
  ["Afrikanische Union"],
  ["Arabische Liga"],
  ["Internationaler Gerichtshof", "IGH"],
  ["Europäischer Gerichtshof für Menschenrechte", "EGMR"],
  ["Ärzte ohne Grenzen"],
  ["Welternährungsprogramm", "WFP"],
  ["Internationale Energieagentur", "IEA"],
  ["Fed", "US-Notenbank", "US-Notenbank Fed", "Federal Reserve"],
  ["US-Justizministerium"],
  ["US-Außenministerium"],
  ["US-Heimatschutzministerium", "Heimatschutzministerium"],
  ["Democratic National Committee", "DNC"],
  ["Republican National Committee", "RNC"],
  ["Kreml"],
  ["Weißes Haus"],
  ["Élysée-Palast", "Élysée", "Elysée-Palast", "Elyseepalast"],
];

/**
 * Well-known people (src/lang/de/ner-people.ts) whose listed names are
 * spelled alike once folded (src/nlp/entities/fold.ts) but who are different
 * people: their names are never respelled as one another's.
 */
export const DISTINCT_LISTED_NAMESAKES: readonly (readonly string[])[] = [["Robert Schuman", "Robert Schumann"]];

/**
 * Persons known by two names: popes by their papal and their civil name,
 * the Dalai Lama by his religious one. The first name of each group is the
 * display name; mentions of any name of a group are one entity, in every
 * article ("Joseph Ratzinger" and "Benedikt XVI." were two). English
 * spellings included.
 */
export const PERSON_NAME_GROUPS: readonly (readonly string[])[] = [
  ["Leo XIV.", "Robert Francis Prevost", "Robert Prevost", "Leo XIV"],
  ["Papst Franziskus", "Franziskus", "Jorge Mario Bergoglio", "Jorge Bergoglio", "Pope Francis"],
  ["Benedikt XVI.", "Joseph Ratzinger", "Joseph Aloisius Ratzinger", "Benedict XVI"],
  ["Johannes Paul II.", "Karol Wojtyła", "Karol Wojtyla", "Karol Józef Wojtyła", "John Paul II"],
  ["Johannes Paul I.", "Albino Luciani", "John Paul I"],
  ["Paul VI.", "Giovanni Battista Montini", "Paul VI"],
  ["Johannes XXIII.", "Angelo Giuseppe Roncalli", "John XXIII"],
  ["Pius XII.", "Eugenio Pacelli", "Pius XII"],
  ["Dalai Lama", "Tendzin Gyatsho", "Tenzin Gyatso"],
];

/**
 * The Arabic article written before a family name with a hyphen ("Muammar
 * al-Gaddafi", "Anwar as-Sadat", "Aiman az-Zawahiri", "Mohammed
 * el-Baradei"): news writes the bare name too ("Gaddafi"), which is that
 * person's. Lower case, without the hyphen.
 */
export const NAME_ARTICLES: readonly string[] = ["al", "el", "as", "ash", "ad", "ar", "at", "an", "az", "ath", "adh"];

/**
 * Transliteration folds of the match key, applied in order to a lower-case,
 * diacritic-free name: German and English spellings of the same name fold
 * together ("Nawalny"/"Navalny", "Selenskyj"/"Zelensky", "Tschaikowski"/
 * "Tchaikovsky", "Jelzin"/"Yeltsin"). The key is for matching only, never shown.
 */
export const TRANSLITERATION_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ae/gu, "a"], // Mueller, Müller, Muller (umlauts are already base vowels)
  [/oe/gu, "o"],
  [/ue/gu, "u"],
  [/x/gu, "ks"], // Alexej, Aleksej
  [/tsch/gu, "ch"], // Tschaikowski, Tchaikovsky (Russian ч)
  [/tch/gu, "ch"],
  [/sch/gu, "sh"], // Schukow, Shukov (Russian ш, ж)
  [/zh/gu, "sh"], // Zhukov
  [/kh/gu, "ch"], // Chodorkowski, Khodorkovsky (Russian х)
  [/t[sz]/gu, "s"], // Jelzin, Yeltsin (Russian ц); Fritz
  [/z/gu, "s"], // Selenskyj, Zelensky (Russian з)
  [/c(?!h)/gu, "k"], // Nicolas, Nikolas
  [/ph/gu, "f"],
  [/w/gu, "v"], // Nawalny, Navalny
  [/[jy]/gu, "i"], // Alexej, Alexei, Aleksey; Selenskyj, Zelensky
  [/([a-z])\1+/gu, "$1"], // doubled letters: Selenskyy, Scholz/Schollz
];

/**
 * Head nouns that do not stand for the one longer organisation name of an
 * article that ends in them: "die Union" is CDU/CSU, not "Europäische Union".
 */
export const AMBIGUOUS_HEADS: readonly string[] = ["Union"];

/**
 * Words that name a company's regional branch after its brand ("Vattenfall
 * Europe", "Microsoft Deutschland", "TÜV Nord"): in one article the brand
 * alone ("Vattenfall") is that branch.
 */
export const REGIONAL_TAILS: readonly string[] = [
  "Europe", "Europa", "Deutschland", "Germany", "International", "Schweiz", "Austria", "Österreich", "Nord", "Süd", "Ost", "West",
];

/** Nouns for a kind of company joined to its name by a hyphen: "VW-Konzern", "Lufthansa-Gruppe" name VW and Lufthansa. */
export const COMPANY_SUFFIXES: readonly string[] = ["Konzern", "Gruppe", "Holding", "Mutterkonzern"];
