/**
 * English data for entity normalisation: determiners, honorifics and role
 * words before a name ("Prime Minister Keir Starmer", "Sen. Warren"), and the
 * English variants of the name groups in src/lang/de/names.ts. Compared
 * case-insensitively.
 */

/** Determiners that may start a mention ("the European Union"). */
export const DETERMINERS: readonly string[] = ["the", "a", "an"];

/** Honorifics before a person's name. */
export const HONORIFICS: readonly string[] = [
  "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mx.", "Dr.", "Dr", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev.", "Hon.",
];

/** Honorifics that say a person is a man or a woman ("Mr. Trump" is not "Melania Trump"). */
export const GENDERED_HONORIFICS: Readonly<Record<string, "m" | "f">> = {
  "mr.": "m", mr: "m", sir: "m", lord: "m", "mrs.": "f", mrs: "f", "ms.": "f", ms: "f", miss: "f", dame: "f", lady: "f",
};

/** A pronoun opening the sentence after the one that names a single person tells that person's gender. */
export const GENDERED_OPENING_PRONOUNS: Readonly<Record<string, "m" | "f">> = { he: "m", she: "f" };

/** Role words before a person's name; several may follow each other ("Secretary of State", "Vice President"). */
export const ROLE_NOUNS: readonly string[] = [
  "President", "Vice", "Chancellor", "Prime", "Minister", "Premier", "Secretary", "Senator", "Sen.", "Representative", "Rep.", "Congressman",
  "Congresswoman", "Governor", "Gov.", "Mayor", "General", "Gen.", "Maj.", "Brig.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Judge", "Justice", "Ambassador",
  "Leader", "Chairman", "Chairwoman", "Chair", "CEO", "Speaker", "Deputy", "Foreign", "Defense", "Defence", "Finance", "Interior", "Home",
  "Health", "State", "Treasury", "Attorney", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Commissioner", "Coach", "Manager",
  "Striker", "Captain", "Officer", "Inspector", "Detective", "Chief", "Former", "Ex", "Acting", "Incumbent",
];

/** Lower-case words that may sit inside a run of role words ("Secretary of State"). */
export const ROLE_LINKS: readonly string[] = ["of", "for", "the"];

/** English variants of the name groups, by the group's display name in src/lang/de/names.ts. */
export const NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  "Europäische Union": ["European Union"],
  "Vereinte Nationen": ["United Nations", "U.N."],
  "Europäische Zentralbank": ["European Central Bank", "ECB"],
  "Europäische Kommission": ["European Commission"],
  "Europäisches Parlament": ["European Parliament"],
  "Weltgesundheitsorganisation": ["World Health Organization"],
  "Internationaler Währungsfonds": ["International Monetary Fund", "IMF"],
  "Internationales Olympisches Komitee": ["International Olympic Committee"],
  Nato: ["North Atlantic Treaty Organization"],
  USA: ["United States", "United States of America", "U.S.", "U.S.A."],
  Großbritannien: ["Britain", "Great Britain", "United Kingdom", "UK", "U.K."],
  "UN-Sicherheitsrat": ["Security Council", "UN Security Council", "U.N. Security Council", "United Nations Security Council"],
  "Europäischer Gerichtshof": ["European Court of Justice", "Court of Justice of the European Union"],
  "Internationaler Strafgerichtshof": ["International Criminal Court"],
  "Internationale Atomenergiebehörde": ["International Atomic Energy Agency"],
  Welthandelsorganisation: ["World Trade Organization"],
  OSZE: ["OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"],
  OECD: ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"],
  "Internationales Komitee vom Roten Kreuz": ["ICRC", "International Committee of the Red Cross"],
  "Deutsches Rotes Kreuz": ["German Red Cross"],
  Bundestag: ["German Bundestag"],
  Bundesverfassungsgericht: ["Federal Constitutional Court", "German Constitutional Court"],
  Bundesgerichtshof: ["Federal Court of Justice"],
  Bundesnachrichtendienst: ["Federal Intelligence Service"],
  Bundeskriminalamt: ["Federal Criminal Police Office"],
  "Bundesamt für Verfassungsschutz": ["Federal Office for the Protection of the Constitution"],
  "Bundesamt für Migration und Flüchtlinge": ["Federal Office for Migration and Refugees"],
  "Bundesamt für Sicherheit in der Informationstechnik": ["Federal Office for Information Security"],
  "Statistisches Bundesamt": ["Federal Statistical Office"],
  "Robert Koch-Institut": ["Robert Koch Institute"],
  "Deutscher Gewerkschaftsbund": ["German Trade Union Confederation"],
  "Bundesverband der Deutschen Industrie": ["Federation of German Industries"],
  "Deutscher Fußball-Bund": ["German Football Association"],
  dpa: ["German Press Agency"],
  SPD: ["Social Democratic Party of Germany"],
  CDU: ["Christian Democratic Union", "Christian Democratic Union of Germany"],
  CSU: ["Christian Social Union", "Christian Social Union in Bavaria"],
  FDP: ["Free Democratic Party"],
  AfD: ["Alternative for Germany"],
  ÖVP: ["Austrian People's Party"],
  FPÖ: ["Freedom Party of Austria", "Austrian Freedom Party"],
  SPÖ: ["Social Democratic Party of Austria"],
  ESA: ["European Space Agency"],
  IS: ["Islamic State", "ISIL"],
  PKK: ["Kurdistan Workers' Party", "Kurdistan Workers Party"],
  Weltbank: ["World Bank"],
  "Europäischer Rat": ["European Council"],
  Europarat: ["Council of Europe"],
  Hisbollah: ["Hezbollah", "Hizbollah", "Hizbullah"],
  "al-Qaida": ["al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda"],
  Muslimbruderschaft: ["Muslim Brotherhood"],
  "Afrikanische Union": ["African Union"],
  "Arabische Liga": ["Arab League"],
  "Internationaler Gerichtshof": ["International Court of Justice", "ICJ"],
  "Europäischer Gerichtshof für Menschenrechte": ["European Court of Human Rights"],
  "Ärzte ohne Grenzen": ["Doctors Without Borders", "Médecins Sans Frontières", "MSF"],
  Welternährungsprogramm: ["World Food Programme", "World Food Program"],
  "Internationale Energieagentur": ["International Energy Agency"],
  Fed: ["Federal Reserve System", "U.S. Federal Reserve", "US Federal Reserve"],
  "US-Justizministerium": ["Justice Department", "U.S. Justice Department", "Department of Justice", "U.S. Department of Justice", "DOJ"],
  "US-Außenministerium": ["State Department", "U.S. State Department", "Department of State", "U.S. Department of State"],
  "US-Heimatschutzministerium": ["Department of Homeland Security", "Homeland Security Department", "DHS"],
  Kreml: ["Kremlin"],
  "Weißes Haus": ["White House"],
  "Élysée-Palast": ["Élysée Palace", "Elysee Palace"],
};

/** Names that begin with a determiner that belongs to them ("The Hague"); kept whole. */
export const NAMES_WITH_DETERMINER: readonly string[] = ["The Hague", "The Gambia", "The Bahamas"];

/** Legal forms after a company's name ("Apple Inc.", "Tesco plc"): dropped from the canonical name. */
export const LEGAL_FORMS: readonly string[] = ["Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "Incorporated", "Limited", "LLC", "LLP", "PLC", "plc", "Co.", "Co", "&"];

/** Words that name a company's regional branch after its brand ("Vattenfall Europe", "Ford of Britain" aside). */
export const REGIONAL_TAILS: readonly string[] = ["Europe", "International", "Germany", "UK", "USA", "North America"];
