/**
 * Hand-made name lists for the German recogniser's gazetteer features,
 * complementing the bundled lists (surnames, states, German geography):
 * common first names, places abroad and regions in their German spelling,
 * and well-known organisations in German news. Membership is a feature,
 * not a verdict: "Bayern" is listed as a place and "FC Bayern" as an
 * organisation, and the model weighs the context.
 */

/** Common first names (German-speaking countries and frequent foreign names in German news). */
export const FIRST_NAMES: readonly string[] = [
  "Alexander", "Andreas", "Anton", "Armin", "Arnold", "Axel", "Benjamin", "Bernd", "Bernhard", "Boris", "Bruno", "Christian", "Christoph",
  "Daniel", "David", "Dennis", "Dieter", "Dietmar", "Dirk", "Dominik", "Edmund", "Emil", "Erich", "Ernst", "Erwin", "Fabian", "Felix",
  "Florian", "Frank", "Franz", "Friedrich", "Fritz", "Georg", "Gerhard", "Gregor", "Günter", "Günther", "Hans", "Harald", "Hartmut",
  "Heiko", "Heinrich", "Heinz", "Helmut", "Herbert", "Hermann", "Horst", "Hubert", "Hubertus", "Ingo", "Jan", "Jens", "Joachim", "Johann",
  "Johannes", "Jonas", "Jörg", "Josef", "Joseph", "Jürgen", "Julian", "Kai", "Karl", "Karsten", "Klaus", "Konrad", "Kurt", "Lars",
  "Leon", "Lukas", "Lutz", "Manfred", "Marcel", "Marco", "Marcus", "Mario", "Markus", "Martin", "Mathias", "Matthias", "Max", "Maximilian",
  "Michael", "Moritz", "Niklas", "Nils", "Norbert", "Olaf", "Oliver", "Oskar", "Otto", "Patrick", "Paul", "Peter", "Philipp", "Rainer",
  "Ralf", "Reinhard", "Robert", "Roland", "Rolf", "Rudolf", "Sebastian", "Siegfried", "Simon", "Stefan", "Steffen", "Stephan", "Sven",
  "Thomas", "Thorsten", "Tim", "Tobias", "Torsten", "Ulrich", "Uwe", "Volker", "Walter", "Werner", "Wilhelm", "Winfried", "Wolfgang",
  "Agnes", "Andrea", "Angela", "Angelika", "Anja", "Anke", "Anna", "Anne", "Annalena", "Annegret", "Antje", "Barbara", "Bärbel", "Beate",
  "Bettina", "Birgit", "Brigitte", "Carola", "Caroline", "Christa", "Christiane", "Christina", "Christine", "Claudia", "Cornelia", "Dagmar",
  "Daniela", "Doris", "Dorothea", "Elisabeth", "Elke", "Emma", "Erika", "Eva", "Franziska", "Gabriele", "Gerda", "Gertrud", "Gisela",
  "Hanna", "Hannah", "Heike", "Helga", "Hildegard", "Ilse", "Ina", "Ines", "Ingrid", "Irene", "Iris", "Jana", "Jessica", "Johanna",
  "Julia", "Jutta", "Karin", "Katarina", "Katharina", "Katja", "Katrin", "Kerstin", "Kristina", "Laura", "Lea", "Lena", "Lisa", "Luise",
  "Manuela", "Margarete", "Maria", "Marie", "Marion", "Martina", "Melanie", "Monika", "Nadine", "Nicole", "Petra", "Renate", "Rita",
  "Ruth", "Sabine", "Sandra", "Sara", "Sarah", "Silke", "Simone", "Sophie", "Stefanie", "Stephanie", "Susanne", "Svenja", "Tanja",
  "Ulla", "Ulrike", "Ursula", "Ute", "Vanessa", "Verena", "Vera", "Viktoria", "Waltraud",
  "Ahmed", "Ali", "Aylin", "Ayşe", "Cem", "Emine", "Fatma", "Hakan", "Hasan", "Hüseyin", "Ibrahim", "Mehmet", "Mohammed", "Muhammad",
  "Mustafa", "Omar", "Recep", "Yusuf", "Ahmad", "Hassan", "Mahmud", "Bashar", "Wladimir", "Vladimir", "Dmitri", "Sergej", "Sergei",
  "Alexej", "Alexei", "Michail", "Nikolai", "Iwan", "Juri", "Olga", "Natalia", "Tatjana", "Wolodymyr", "Volodymyr", "Vitali", "Julia",
  "John", "James", "Joe", "Donald", "George", "William", "Bill", "Barack", "Hillary", "Kamala", "Mike", "Robert", "Richard", "Charles",
  "Henry", "Edward", "Elizabeth", "Mary", "Emmanuel", "Nicolas", "François", "Jacques", "Marine", "Jean", "Pierre", "Giorgia", "Silvio",
  "Matteo", "Mario", "Giuseppe", "Pedro", "José", "Carlos", "Juan", "Luis", "Xi", "Shinzo", "Narendra", "Benjamin", "Recep", "Viktor",
  "Boris", "Rishi", "Keir", "Theresa", "Tony", "Gordon", "Elon", "Jeff", "Mark", "Steve", "Tim", "Lionel", "Cristiano", "Roger", "Serena",
];

/** The federal states of Germany and Austria: places, never persons, though some are also surnames ("Sachsen", "Hessen"). */
export const FEDERAL_STATES: readonly string[] = [
  "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen",
  "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
  "Burgenland", "Kärnten", "Niederösterreich", "Oberösterreich", "Salzburg", "Steiermark", "Tirol", "Vorarlberg", "Wien",
];

/** Places outside Germany, continents and regions, in German spelling. */
export const WORLD_PLACES: readonly string[] = [
  "Europa", "Asien", "Afrika", "Amerika", "Nordamerika", "Südamerika", "Lateinamerika", "Mittelamerika", "Australien", "Ozeanien", "Antarktis", "Arktis",
  "Nahost", "Naher Osten", "Nahen Osten", "Mittlerer Osten", "Fernost", "Balkan", "Kaukasus", "Skandinavien", "Baltikum", "Sibirien", "Krim",
  "Donbass", "Westjordanland", "Gazastreifen", "Gaza", "Kosovo", "Tibet", "Kaschmir", "Taiwan", "Hongkong", "Macau", "Grönland", "Sahara", "Sahel",
  "Mittelmeer", "Nordsee", "Ostsee", "Atlantik", "Pazifik", "Alpen", "Schwarzes Meer", "Rotes Meer", "Persischer Golf",
  "Paris", "London", "Washington", "New York", "Moskau", "Peking", "Tokio", "Rom", "Madrid", "Wien", "Brüssel", "Kiew", "Warschau", "Prag",
  "Budapest", "Athen", "Istanbul", "Ankara", "Kairo", "Jerusalem", "Tel Aviv", "Bagdad", "Teheran", "Kabul", "Islamabad", "Neu-Delhi",
  "Mumbai", "Shanghai", "Seoul", "Pjöngjang", "Sydney", "Canberra", "Los Angeles", "Chicago", "San Francisco", "Boston", "Miami", "Houston",
  "Rio de Janeiro", "São Paulo", "Buenos Aires", "Mexiko-Stadt", "Havanna", "Caracas", "Bogotá", "Lima", "Santiago", "Toronto", "Montreal",
  "Ottawa", "Vancouver", "Genf", "Zürich", "Bern", "Basel", "Lausanne", "Luzern", "Straßburg", "Lissabon", "Amsterdam", "Rotterdam",
  "Den Haag", "Kopenhagen", "Stockholm", "Oslo", "Helsinki", "Dublin", "Edinburgh", "Manchester", "Liverpool", "Mailand", "Venedig",
  "Florenz", "Neapel", "Turin", "Barcelona", "Sevilla", "Valencia", "Lyon", "Marseille", "Nizza", "Bordeaux", "Krakau", "Danzig", "Breslau",
  "Posen", "Minsk", "Riga", "Vilnius", "Tallinn", "Sankt Petersburg", "St. Petersburg", "Odessa", "Charkiw", "Lwiw", "Mariupol", "Cherson",
  "Damaskus", "Aleppo", "Beirut", "Amman", "Riad", "Dubai", "Abu Dhabi", "Doha", "Tripolis", "Tunis", "Algier", "Rabat", "Nairobi",
  "Johannesburg", "Kapstadt", "Lagos", "Addis Abeba", "Bangkok", "Singapur", "Jakarta", "Manila", "Hanoi", "Salzburg", "Graz", "Linz",
  "Innsbruck", "Klagenfurt", "Bregenz", "Bozen", "Südtirol", "Tirol", "Vorarlberg", "Kärnten", "Steiermark",
  "Niederösterreich", "Oberösterreich", "Burgenland", "Kalifornien", "Texas", "Florida", "Virginia", "Ohio", "Michigan", "Pennsylvania",
  "Georgia", "Arizona", "Nevada", "Alaska", "Hawaii", "Bayern", "Baden-Württemberg", "Nordrhein-Westfalen", "Niedersachsen", "Hessen",
  "Sachsen", "Sachsen-Anhalt", "Thüringen", "Brandenburg", "Mecklenburg-Vorpommern", "Schleswig-Holstein", "Rheinland-Pfalz", "Saarland",
  "Berlin", "Hamburg", "Bremen", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Dortmund", "Essen", "Leipzig", "Dresden",
  "Hannover", "Nürnberg", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster", "Karlsruhe", "Mannheim", "Augsburg",
  "Wiesbaden", "Mainz", "Kiel", "Rostock", "Erfurt", "Magdeburg", "Potsdam", "Schwerin", "Saarbrücken", "Freiburg", "Heidelberg",
  "Ruhrgebiet", "Rheinland", "Westfalen", "Franken", "Schwaben", "Pfalz", "Ostfriesland", "Lausitz", "Erzgebirge", "Schwarzwald", "Harz",
  "Bodensee", "Rhein", "Elbe", "Donau", "Main", "Mosel", "Oder", "Spree", "Weser", "Neckar", "Isar",
  "USA", "UK", "GB", "BRD", "DDR", "UdSSR", "Sowjetunion", "Ostdeutschland", "Westdeutschland", "Großbritannien", "England", "Schottland",
  "Wales", "Nordirland", "Holland", "Türkei", "Russland", "Ukraine", "China", "Japan", "Indien", "Iran", "Irak", "Israel", "Syrien",
];

/** The companies among the organisations below (also for rules that tell a company from another body: "Der Konzern" after "Apple"). */
export const COMPANY_NAMES: readonly string[] = [
  "Siemens", "Volkswagen", "VW", "BMW", "Daimler", "Mercedes-Benz", "Mercedes", "Audi", "Porsche", "Opel", "Ford", "BASF", "Bayer", "SAP",
  "Telekom", "Deutsche Telekom", "Deutsche Bank", "Commerzbank", "Allianz", "Lufthansa", "Deutsche Bahn", "Bosch", "Continental",
  "Thyssenkrupp", "ThyssenKrupp", "RWE", "Eon", "E.ON", "EnBW", "Vattenfall", "Uniper", "Adidas", "Puma", "Aldi", "Lidl", "Rewe", "Edeka",
  "Google", "Alphabet", "Apple", "Microsoft", "Amazon", "Facebook", "Meta", "Twitter", "Tesla", "Toyota", "Nokia", "Samsung", "Sony",
  "IBM", "Intel", "Nvidia", "OpenAI", "Netflix", "Boeing", "Airbus", "Gazprom", "Shell", "BP", "Nestlé", "UBS", "Credit Suisse", "Novartis",
  "Roche", "Ryanair", "Uber", "Spotify", "Zalando", "Hapag-Lloyd", "Deutsche Post", "DHL", "Henkel", "Beiersdorf", "Merck",
];

/** Well-known organisations in German news: parties, institutions, companies, media, clubs. */
export const ORGANISATION_NAMES: readonly string[] = [
  "CDU", "CSU", "SPD", "FDP", "Grüne", "Grünen", "Die Grünen", "Bündnis 90/Die Grünen", "Linke", "Die Linke", "Linkspartei", "AfD", "BSW",
  "Piratenpartei", "NPD", "Freie Wähler", "ÖVP", "SPÖ", "FPÖ", "NEOS", "SVP", "FDP.Die Liberalen", "Labour", "Tories", "Demokraten", "Republikaner",
  "Bundestag", "Bundesrat", "Bundesverfassungsgericht", "Bundesgerichtshof", "Bundesverwaltungsgericht", "Bundesanwaltschaft",
  "Bundeswehr", "Bundespolizei", "Bundeskriminalamt", "BKA", "Verfassungsschutz", "BND", "Bundesbank", "Bundesagentur für Arbeit",
  "Bundesnetzagentur", "Bundeskartellamt", "Statistisches Bundesamt", "Destatis", "Robert Koch-Institut", "RKI", "Kanzleramt",
  "EU", "Europäische Union", "EU-Kommission", "Europäische Kommission", "Europaparlament", "Europäisches Parlament", "EU-Parlament",
  "Europäischer Gerichtshof", "EuGH", "EZB", "Europäische Zentralbank", "Europarat", "UN", "UNO", "Vereinte Nationen", "Vereinten Nationen",
  "UN-Sicherheitsrat", "Sicherheitsrat", "Nato", "NATO", "OSZE", "WHO", "Weltgesundheitsorganisation", "IWF", "Internationaler Währungsfonds",
  "Weltbank", "WTO", "OECD", "Unicef", "UNHCR", "G7", "G20", "Opec", "OPEC", "Interpol", "Europol", "Frontex", "Kreml", "Weißes Haus", "Pentagon",
  "Repräsentantenhaus", "FBI", "CIA", "NSA", "Hamas", "Hisbollah", "Taliban", "al-Qaida", "Al-Qaida", "IS",
  "UEFA", "FIFA", "IOC", "DFB", "DFL", "DOSB", "ADAC", "Greenpeace", "Amnesty International", "Rotes Kreuz", "DRK", "Caritas", "Diakonie",
  "Verdi", "IG Metall", "DGB", "GDL", "EVG", "BDI", "DIHK", "Ifo", "ifo", "DIW", "IW", "Bundesärztekammer", "Stiftung Warentest",
  ...COMPANY_NAMES,
  "ARD", "ZDF", "RTL", "Sat.1", "ProSieben", "ORF", "SRF", "BBC", "CNN", "Fox News", "Reuters", "dpa", "AFP", "AP", "Bloomberg",
  "Der Spiegel", "FAZ", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "taz", "Die Zeit",
  "Handelsblatt", "New York Times", "Washington Post", "Guardian", "Wikipedia", "Wikinews",
  "FC Bayern", "FC Bayern München", "Bayern München", "Borussia Dortmund", "BVB", "Schalke", "Schalke 04", "FC Schalke 04", "Werder Bremen",
  "Hertha BSC", "HSV", "Hamburger SV", "VfB Stuttgart", "RB Leipzig", "Eintracht Frankfurt", "Bayer Leverkusen", "1. FC Köln",
  "Borussia Mönchengladbach", "VfL Wolfsburg", "SC Freiburg", "Union Berlin", "Real Madrid", "FC Barcelona", "Manchester United",
  "Manchester City", "FC Liverpool", "Juventus Turin", "AC Mailand", "Inter Mailand", "Paris Saint-Germain",
];

/** The states of the world by their usual short German names (the bundled state list has mostly official long forms). */
export const STATE_SHORT_NAMES: readonly string[] = [
  "Afghanistan", "Ägypten", "Albanien", "Algerien", "Andorra", "Angola", "Antigua und Barbuda", "Äquatorialguinea", "Argentinien", "Armenien",
  "Aserbaidschan", "Äthiopien", "Australien", "Bahamas", "Bahrain", "Bangladesch", "Barbados", "Belarus", "Weißrussland", "Belgien", "Belize",
  "Benin", "Bhutan", "Bolivien", "Bosnien und Herzegowina", "Bosnien-Herzegowina", "Botsuana", "Botswana", "Brasilien", "Brunei", "Bulgarien",
  "Burkina Faso", "Burundi", "Chile", "China", "Costa Rica", "Dänemark", "Deutschland", "Dominica", "Dominikanische Republik", "Dschibuti",
  "Ecuador", "Elfenbeinküste", "El Salvador", "Eritrea", "Estland", "Eswatini", "Fidschi", "Finnland", "Frankreich", "Gabun", "Gambia",
  "Georgien", "Ghana", "Grenada", "Griechenland", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Indien", "Indonesien",
  "Irak", "Iran", "Irland", "Island", "Israel", "Italien", "Jamaika", "Japan", "Jemen", "Jordanien", "Kambodscha", "Kamerun", "Kanada",
  "Kap Verde", "Kasachstan", "Katar", "Kenia", "Kirgisistan", "Kiribati", "Kolumbien", "Komoren", "Kongo", "Kroatien", "Kuba", "Kuwait",
  "Laos", "Lesotho", "Lettland", "Libanon", "Liberia", "Libyen", "Liechtenstein", "Litauen", "Luxemburg", "Madagaskar", "Malawi", "Malaysia",
  "Malediven", "Mali", "Malta", "Marokko", "Marshallinseln", "Mauretanien", "Mauritius", "Mexiko", "Mikronesien", "Moldau", "Moldawien",
  "Monaco", "Mongolei", "Montenegro", "Mosambik", "Myanmar", "Birma", "Namibia", "Nauru", "Nepal", "Neuseeland", "Nicaragua", "Niederlande",
  "Niger", "Nigeria", "Nordkorea", "Nordmazedonien", "Mazedonien", "Norwegen", "Oman", "Österreich", "Osttimor", "Pakistan", "Palau",
  "Palästina", "Panama", "Papua-Neuguinea", "Paraguay", "Peru", "Philippinen", "Polen", "Portugal", "Ruanda", "Rumänien", "Russland",
  "Salomonen", "Sambia", "Samoa", "San Marino", "Saudi-Arabien", "Schweden", "Schweiz", "Senegal", "Serbien", "Seychellen", "Sierra Leone",
  "Simbabwe", "Singapur", "Slowakei", "Slowenien", "Somalia", "Spanien", "Sri Lanka", "Sudan", "Südsudan", "Südafrika", "Südkorea",
  "Suriname", "Syrien", "Tadschikistan", "Taiwan", "Tansania", "Thailand", "Togo", "Tonga", "Trinidad und Tobago", "Tschad", "Tschechien",
  "Tschechische Republik", "Tunesien", "Türkei", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Ungarn", "Uruguay", "Usbekistan", "Vanuatu",
  "Vatikan", "Vatikanstadt", "Venezuela", "Vereinigte Arabische Emirate", "Vereinigte Staaten", "Vereinigtes Königreich", "Vietnam",
  "Zentralafrikanische Republik", "Zypern", "Korea", "Kosovo",
];
