/**
 * Capitalised German nouns that name no one and nothing in particular but
 * that the recogniser, which has to guess from the shape of an unknown
 * capitalised word, takes for names: substances ("Benzin", "Ozon",
 * "Stickoxid" — tagged as persons in news texts), units of measurement
 * ("Grad Celsius"), diseases ("AIDS") and time zones ("14 Uhr MEZ"). Written from general knowledge;
 * words that are also common first names or well-known surnames on their
 * own ("Nickel", "Gold", "Stahl", "Diesel", "Krebs", "Watt", "Newton",
 * "Pascal", "Hertz", "Titan") are left out, as their one-word mentions may
 * well be persons or things with a name.
 */

/** Chemical elements, compounds, fuels, drugs and materials. */
export const SUBSTANCE_NAMES: readonly string[] = [
  "Wasserstoff", "Helium", "Lithium", "Beryllium", "Kohlenstoff", "Stickstoff", "Sauerstoff", "Fluor", "Neon", "Natrium",
  "Magnesium", "Aluminium", "Silizium", "Phosphor", "Schwefel", "Chlor", "Argon", "Kalium", "Calcium", "Kalzium", "Chrom",
  "Mangan", "Kobalt", "Cobalt", "Kupfer", "Zink", "Gallium", "Germanium", "Arsen", "Selen", "Brom", "Krypton", "Strontium",
  "Molybdän", "Silber", "Cadmium", "Kadmium", "Zinn", "Antimon", "Jod", "Iod", "Xenon", "Cäsium", "Caesium", "Barium",
  "Platin", "Quecksilber", "Thallium", "Blei", "Bismut", "Wismut", "Polonium", "Radon", "Radium", "Thorium", "Uran",
  "Plutonium", "Americium", "Lanthan", "Neodym", "Tritium", "Deuterium",
  "Ozon", "Stickoxid", "Stickoxide", "Stickstoffdioxid", "Kohlendioxid", "Kohlenmonoxid", "Methan", "Ethanol", "Methanol",
  "Benzol", "Benzin", "Kerosin", "Heizöl", "Erdgas", "Erdöl", "Biodiesel", "Lachgas", "Asbest", "Dioxin", "Formaldehyd",
  "Glyphosat", "Ammoniak", "Salzsäure", "Schwefelsäure", "Sarin", "Senfgas", "Chlorgas", "Nitroglycerin", "Kokain", "Heroin",
  "Cannabis", "Marihuana", "Nikotin", "Koffein", "Insulin", "Penicillin", "Paracetamol", "Ibuprofen", "Morphium", "Morphin",
  "Methadon", "Heparin", "Cortison", "Kortison", "Testosteron", "Östrogen", "Adrenalin", "Dopamin", "Serotonin",
  "Cholesterin", "Glukose", "Laktose", "Gluten", "Zement", "Kunststoff", "Plastik", "Styropor", "Graphit", "Graphen", "Silikon",
];

/** Diseases and pathogens named by a common noun or an abbreviation. */
export const DISEASE_NAMES: readonly string[] = [
  "AIDS", "Aids", "HIV", "Ebola", "Malaria", "Cholera", "Tuberkulose", "Grippe", "Influenza", "Masern", "Polio", "Diabetes",
  "Vogelgrippe", "Schweinegrippe", "Dengue", "Typhus", "Pest", "Lepra", "Hepatitis", "Tollwut", "Milzbrand", "Borreliose",
  "Zika", "Pocken", "Syphilis", "Covid-19", "COVID-19", "Mumps", "Röteln", "Keuchhusten", "Diphtherie", "Tetanus",
  "Gelbfieber", "Leukämie", "Demenz", "Rheuma", "Asthma", "Arthrose", "Osteoporose",
];

/**
 * Units of measurement, many named after people, and units of data and
 * screens; no names after a number or "Grad" ("271,3 Grad Celsius", "50
 * Kilowatt", "16 GB", "1.440 x 2.560 Pixel", which the tagger took for a
 * place 11 times in 1,028 derStandard articles).
 */
export const UNIT_NAMES: readonly string[] = [
  "Celsius", "Fahrenheit", "Kelvin", "Volt", "Ampere", "Joule", "Dezibel", "Becquerel", "Sievert", "Millisievert",
  "Mikrosievert", "Gigawatt", "Megawatt", "Kilowatt", "Kilowattstunden", "Terawatt",
  "Pixel", "Megapixel", "KB", "MB", "GB", "TB", "Kbit", "Mbit", "Gbit", "GHz", "MHz", "Zoll", "PS",
];

/**
 * Abbreviations of common nouns, which name nothing in particular ("das
 * BIP", "per WLAN und Bluetooth", "die LKW"): the tagger took "BIP" and
 * "WLAN" for organisations 24 times in 1,028 derStandard articles; also
 * virtual reality, artificial intelligence, NGOs and Austrian school types
 * ("VR", "KI", "NGO", "AHS": 24 mentions more there). GermEval tags "TV",
 * "DNA", "DVD" and "UKW" O in its development file.
 */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  "BIP", "BSP", "WLAN", "NFC", "GPS", "USB", "LED", "SMS", "PIN", "PDF", "DNA", "DNS", "LKW", "Lkw", "PKW", "Pkw", "AKW",
  "KFZ", "Kfz", "EDV", "MwSt", "UKW", "TV", "DVD", "CD", "PC", "WC", "KMU", "UVP", "MVP", "LTE", "UMTS", "RAM", "CPU", "GPU", "SSD",
  "HDMI", "OLED", "LCD", "VR", "KI", "NGO", "NGOs", "AHS", "BHS", "HTL", "NMS",
];

/** Words of Austrian German that look like place names but name a kind of thing: "ins Spital" (hospital; the place "Spital am Pyhrn" is longer). */
export const REGIONAL_COMMON_NOUNS: readonly string[] = ["Spital", "Spitals", "Spitäler", "Spitälern"];

/**
 * Country codes of sports results ("Marcel Hirscher (AUT)", "Tobias Kamke
 * (GER)"): the nationality, not a name of its own in brackets — the tagger
 * took them for organisations 51 times in 1,028 derStandard articles. "USA"
 * is left out: it is the country's name too.
 */
export const SPORTS_COUNTRY_CODES: readonly string[] = [
  "AUT", "GER", "SUI", "ITA", "FRA", "NOR", "SWE", "FIN", "ESP", "JPN", "CAN", "RUS", "CZE", "SLO", "CRO", "NED", "BEL", "POL",
  "GBR", "KOR", "CHN", "AUS", "NZL", "BRA", "ARG", "DEN", "EST", "LAT", "LTU", "UKR", "BLR", "KAZ", "SVK", "HUN", "ROU", "BUL",
  "SRB", "BIH", "MNE", "GRE", "TUR", "POR", "IRL", "ISL", "LUX", "LIE", "AND", "MON", "RSA", "KEN", "ETH", "MAR", "ALG", "EGY",
  "MEX", "COL", "CHI", "VEN", "PER", "JAM", "CUB", "ISR", "IRI", "IND", "THA", "UZB", "GEO", "ARM", "AZE", "MDA", "MKD", "ALB",
];

/** Other capitalised words that name nothing in particular when they stand alone: God and the points of the compass ("von Nord nach Süd", "im Westen"); GermEval tags all 23 one-word uses in its development file O. */
export const OTHER_COMMON_NOUNS: readonly string[] = ["Gott", "Gottes", "Nord", "Süd", "Ost", "West", "Norden", "Süden", "Osten", "Westen"];

/**
 * Nouns of devices and everyday life, most of them English loans, that the
 * training texts (newspapers of the past, Wikinews of 2004–2010) hardly have
 * and the tagger, which reads an unknown capitalised word in -s as a name,
 * took for persons or places: "Smartphones" 13 times in 1,028 derStandard
 * articles ("Windows 10 für Smartphones", "bei Smartphones"), "Fonds",
 * "Babys", "Oldtimer". GermEval tags "Handy" and "Drohne" O.
 */
export const MODERN_COMMON_NOUNS: readonly string[] = [
  "Smartphone", "Smartphones", "Tablet", "Tablets", "App", "Apps", "Handy", "Handys", "Laptop", "Laptops", "Notebooks", "Selfie",
  "Selfies", "Emoji", "Emojis", "Podcast", "Podcasts", "Chatbot", "Chatbots", "Drohne", "Drohnen", "Startup", "Startups", "Start-ups",
  "Fonds", "Babys", "Oldtimer", "Asyl",
];

/**
 * Adverbs that open sentences and are never names, lower case: pronominal
 * adverbs ("Davor hatte es vier Niederlagen gegeben", "Danach", "Dabei")
 * and connecting adverbs ("Trotzdem", "Stattdessen"). The tagger took
 * "Davor" for a person in 5 of 1,028 derStandard articles.
 */
export const SENTENCE_ADVERBS: readonly string[] = [
  "davor", "danach", "dabei", "damit", "dafür", "dagegen", "darauf", "daraus", "darin", "darüber", "darum", "davon", "dazu",
  "dahinter", "daneben", "dazwischen", "darunter", "daher", "dadurch", "deshalb", "deswegen", "trotzdem", "dennoch", "zudem",
  "außerdem", "allerdings", "inzwischen", "seitdem", "stattdessen", "hierzu", "hierbei", "hiermit", "hierfür", "demnach",
  "daraufhin", "zuvor", "anschließend", "schließlich", "jedenfalls", "immerhin", "ebenfalls", "gleichwohl", "indes", "indessen",
];

/** Abbreviations of time zones ("um 14:30 Uhr MEZ", "at 9 a.m. EST"). */
export const TIME_ZONES: readonly string[] = ["MEZ", "MESZ", "OEZ", "OESZ", "WEZ", "WESZ", "UTC", "GMT", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT"];

/**
 * Endings of nouns that name no person: abstract nouns ("Skepsis" aside,
 * "-ung", "-heit", "-schaft", "-ismus", "-tion") and the heads of compounds
 * that name costs, taxes or policies ("Parkgebühren", "Zweitwohnungssteuer",
 * "Europapolitik"). No one-word person of the GermEval development file ends
 * in one of them after three or more lower-case letters.
 */
export const NON_PERSON_NOUN_ENDINGS: readonly string[] = [
  "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "ität", "itäten", "tion", "tionen", "sion",
  "politik", "steuer", "kosten", "gebühren", "pauschale",
];

/** Words before a unit that make it one ("Grad Celsius", "degrees Fahrenheit"). */
export const UNIT_PRECEDERS: readonly string[] = ["Grad", "degrees", "degree"];
