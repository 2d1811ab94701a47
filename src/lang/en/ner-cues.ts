import { ENGLISH_DATE_MONTHS, ENGLISH_WEEKDAYS } from "./dates.js";

/** British titles written without a full stop ("Mr Lagos", "Dr Patel"): after one stands a person, whatever the tagger made of the name. */
export const ENGLISH_UNDOTTED_TITLES: readonly string[] = ["Mr", "Mrs", "Ms", "Dr"];

/**
 * A sentence adverb as written where it opens a sentence ("Finally",
 * "Admittedly"): a capital, at least three more letters, then "-ly" — not a
 * short name in -ly ("Italy", "Kelly").
 */
export const ENGLISH_SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{3,}ly$/u;

/**
 * English words that the German model tends to take into a name when they
 * stand before it ("German Chancellor Olaf Scholz", "President Joe Biden"):
 * titles and roles, and words that form a title with them (nationalities,
 * offices). They are cut from the start of English mentions.
 */
export const ENGLISH_LEADING_TITLES: readonly string[] = [
  "President", "Minister", "Chancellor", "Secretary", "Senator", "Governor", "Mayor", "King", "Queen", "Princess", "Pope",
  "Colonel", "Captain", "Judge", "Chairman", "Chairwoman", "CEO", "Spokesman", "Spokeswoman", "Representative",
  "Rep.", "Reps.", "Sen.", "Sens.", "Gov.", "Gen.", "Maj.", "Brig.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Leader", "Coach", "Striker", "Attorney", "Speaker",
  "Ambassador", "Commissioner", "Director", "Envoy", ...ENGLISH_UNDOTTED_TITLES,
];

/**
 * Words that belong to a title only when a title follows ("German Chancellor",
 * "Prime Minister", "Foreign Secretary"), but start names otherwise
 * ("European Union", "Foreign Office", "General Motors").
 */
export const ENGLISH_TITLE_MODIFIERS: readonly string[] = [
  "Vice", "Prime", "Deputy", "Foreign", "Defence", "Defense", "Finance", "Interior", "Health", "Former", "Opposition", "General", "Chief",
  "Executive", "American", "British", "German", "French", "Russian", "Ukrainian", "Chinese", "Italian", "Spanish", "Israeli", "Palestinian",
  "Iranian", "Turkish", "Polish", "Austrian", "Swiss", "Dutch", "Belgian", "Japanese", "Indian", "Canadian", "Australian", "European",
  "U.S.", "US", "UK", "EU", "UN", "Assistant", "Minority", "Majority", "Senate", "House", "State", "Special",
];

/**
 * Lower-case words that English titles of works and events keep in lower case
 * ("The Lord of the Rings", "War and Peace"); any other lower-case word marks
 * a phrase as a sentence rather than a title ("We will keep the debt brake").
 */
export const ENGLISH_TITLE_SMALL_WORDS: readonly string[] = [
  "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "with", "from", "as", "vs", "via", "de", "von", "van",
];

/** The months and weekdays, capitalised as English writes them ("March", "Thursday"). */
export const ENGLISH_TIME_NAMES: readonly string[] = [...Object.keys(ENGLISH_DATE_MONTHS), ...Object.keys(ENGLISH_WEEKDAYS)].map((w) => w[0].toUpperCase() + w.slice(1));

/**
 * Single words that the German model, reading English, sometimes tags as a
 * name but never are one on their own: pronouns at the start of a quote
 * ("We"), plural nouns that open a sentence ("Critics warned"), months
 * ("March 12") and weekdays ("on Thursday"). A mention merged into a longer
 * name keeps it ("May" of "Theresa May").
 */
export const ENGLISH_NEVER_NAMES: readonly string[] = [
  "I", "We", "You", "He", "She", "They", "It", "Our", "Their", "His", "Her", "Its", "My", "Your", "Us", "Them",
  // Plural nouns that open English sentences as subjects ("Critics warned …", "Officials said …").
  "Critics", "Officials", "Analysts", "Experts", "Police", "Investigators", "Witnesses", "Residents", "Doctors", "Scientists",
  "Researchers", "Authorities", "Prosecutors", "Lawmakers", "Economists", "Activists", "Protesters", "Diplomats", "Sources",
  "Observers", "Opponents", "Supporters", "Officers", "Rescuers", "Lawyers", "Campaigners", "Aides", "Insiders",
  "Leaders", "Talks", "Stocks", "Shares", "Prices", "Markets", "Voters", "Troops", "Soldiers", "Workers", "Students", "Firefighters",
  "Families", "Farmers", "Teachers", "Nurses", "Employees", "Investors", "Negotiators", "Ministers", "Senators", "Citizens", "Survivors",
  "Victims", "Relatives", "Parents", "Children", "Visitors", "Fans", "Players", "Members", "Delegates", "Scientists", "Engineers",
  // Counts that open a sentence ("Thousands of people marched …").
  "Thousands", "Hundreds", "Dozens", "Millions", "Tens", "Scores", "Billions",
  ...ENGLISH_TIME_NAMES,
  // Headers of e-mails and press releases, words that open sentences, and time zones ("Subj:", "To:", "Thanks", "12:00 GMT").
  "Subj", "Subject", "To", "From", "Date", "Sent", "Cc", "Re", "Thanks", "Therefore", "Such", "First", "Today", "People", "Source",
  "News", "Release", "Launch", "Agreement", "Impact", "Office", "Center", "Centre", "Health", "Update", "Note", "Editor",
  "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "CEST",
];

/**
 * Capitalised English words that the German model, reading English, tags as
 * a one-word person but that never name one alone: words that open sentences
 * or headers ("This", "Yes", "Shortly", "Sincerely", "Copyright"), numbers and
 * times ("One", "Year", "Christmas"), common nouns and adjectives ("Lunch",
 * "Files", "Security", "Heavy", "Terrible") and groups ("Spammers",
 * "Republicans"). A person's name made of more words keeps them ("Heavy D"),
 * and so does an organisation or a place of one word ("Army", "School").
 */
export const ENGLISH_NEVER_PERSONS: readonly string[] = [
  "This", "That", "These", "Those", "Every", "Everyone", "Everybody", "Everything", "Nobody", "Someone", "Somebody", "Something", "Anyone",
  "Anything", "Nothing", "None", "Each", "Both", "Either", "Neither", "Other", "Others", "Another", "Some", "Many", "Most", "Several",
  "Various", "All", "Any", "Few", "Much", "More", "Less",
  "Now", "Then", "Again", "Also", "Still", "Yet", "Already", "Early", "Late", "Later", "Soon", "Shortly", "Recently", "Finally",
  "Meanwhile", "However", "Instead", "Indeed", "Perhaps", "Maybe", "Yes", "No", "Not", "Only", "Just", "Even", "Sincerely", "Regards",
  "Please", "Hello", "Hi", "Dear", "Welcome", "Sorry", "Okay", "If", "When", "Where", "Why", "How", "What", "Who", "Which", "While",
  "I'll", "I'm", "I've", "I'd", "We're", "We'll", "It's", "That's", "There", "Here",
  "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundred", "Thousand", "Million", "Billion", "Zero",
  "Half", "Second", "Third", "Fourth", "Fifth", "Last", "Next",
  "Year", "Years", "Month", "Months", "Week", "Weeks", "Day", "Days", "Night", "Morning", "Evening", "Afternoon", "Tonight",
  "Yesterday", "Tomorrow", "Weekend", "Christmas", "Easter", "Holiday", "Holidays", "Summer", "Winter", "Autumn",
  "Copyright", "Logo", "Photo", "Photos", "Image", "Images", "Video", "Audio", "Map", "Chart", "Table", "Figure", "Page", "Home",
  "Contact", "Search", "Menu", "Login", "Comments", "Comment", "Reply", "Share", "Print", "Email", "E-mail", "Link", "Links", "File",
  "Files", "Report", "Reports", "Deaths", "Death", "Injuries", "Casualties", "Weather", "Sports", "Business", "Politics", "World",
  "Nation", "Local", "Science", "Technology", "Entertainment", "Opinion", "Editorial", "Lunch", "Dinner", "Breakfast", "Tea",
  "Coffee", "Water", "Food", "Money", "Cash", "Oil", "Gas", "Power", "Energy", "Security", "Safety", "Service", "Services",
  "Support", "Help", "Check", "Watch", "Look", "Read", "See", "Listen", "Click", "Smile", "Right", "Left", "Good", "Bad", "Great",
  "Best", "Better", "Big", "Small", "New", "Old", "Heavy", "Light", "Direct", "Terrible", "Wonderful", "Important", "Breaking",
  "Latest", "Top", "Company", "Army", "Party", "Government", "Court", "School", "College", "University", "Church", "Hospital",
  "Road", "Roads", "Street", "City", "Town", "Country", "State", "Shows", "Show", "Spammers", "Hackers", "Users", "Customers",
  "Readers", "Viewers", "Buyers", "Owners", "Drivers", "Passengers", "Patients", "Republicans", "Democrats", "Conservatives",
  "Liberals", "Socialists", "Communists", "Muslims", "Christians", "Catholics", "Jews", "Americans", "Europeans", "Africans", "Asians",
];

/** Last words of the names of treaties, laws and conventions ("North American Free Trade Agreement", "Digital Millennium Copyright Act", "Kyoto Protocol"): other names (MISC), not places or organisations. */
export const ENGLISH_DOCUMENT_HEADS: readonly string[] = ["Agreement", "Treaty", "Accord", "Accords", "Act", "Convention", "Pact", "Protocol"];

/** English words that head the name of a building or public place ("Trump Tower", "Tiananmen Square"): a person span of two or more words ending in one is a place (English text only). */
export const ENGLISH_PLACE_HEADS: readonly string[] = [
  "Tower", "Towers", "Building", "Bridge", "Park", "Square", "Street", "Avenue", "Boulevard", "Palace", "Airport", "Stadium", "Castle", "Cathedral",
  "River", "Island", "Center", "Centre", "House", "Mountains", "Valley", "Bay", "Beach", "Road",
];

/** English words that head an organisation's name, also in German text ("Northampton Town", "Sun Microsystems", "The Lindsey School"). */
export const ENGLISH_ORGANISATION_HEADS: readonly string[] = [
  "school", "college", "university", "town", "united", "motors", "microsystems", "systems", "group", "inc.", "ltd", "ltd.", "corporation",
  "company", "airlines", "records", "investment", "industries",
];

/**
 * English nouns that end the name of a body — an authority, a company, a
 * band, a club — and are no German words that end a name of another kind:
 * a run of capitalised words ending in one is an organisation, also in German
 * text ("National Environment Management Authority", "Dave Matthews Band",
 * "Google Inc."; `src/nlp/ner/english-bodies.ts`). "Center", "Centre",
 * "Administration" and "Office" are left out (places, degrees, products), and so are German nouns
 * ("Bank", "Post", "Fund", "Journal", "Organisation").
 */
export const ENGLISH_BODY_HEADS: readonly string[] = [
  "Authority", "Agency", "Institute", "Council", "Board", "Association", "Committee", "Commission", "Corporation", "Company",
  "Foundation", "Society", "Organization", "Federation", "League", "Trust", "Network", "Academy", "University",
  "College", "School", "Laboratory", "Laboratories", "Service", "Services", "Bureau", "Department", "Band", "Orchestra",
  "Airways", "Airlines", "Motors", "Industries", "Holdings", "Group", "Records", "Studios", "Pictures", "Force", "Army", "Navy",
  "Alliance", "Coalition", "Times", "Broadcasting", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.", "Co.", "Brothers", "Bros.", "Office",
];

/**
 * Nouns that open the name of a body before "of", "for" or "on" and the rest
 * of its name ("Center for Strategic and International Studies", "Institute
 * for Economic Research", "Bank of England", "Massachusetts Institute of
 * Technology").
 */
export const ENGLISH_LEADING_BODY_HEADS: readonly string[] = [
  "Center", "Centre", "Institute", "Council", "Committee", "Commission", "Department", "Ministry", "Office", "Bureau", "Foundation",
  "Association", "Federation", "Organization", "Organisation", "Society", "Agency", "Fund", "League", "Union", "Alliance", "Coalition",
  "Academy", "University", "College", "School", "Court", "Board", "Bank", "Church", "Party", "Movement", "Authority",
];

/** Connectors after a leading head ("Institute of", "Center for", "Committee on"). */
export const ENGLISH_HEAD_CONNECTORS: readonly string[] = ["of", "for", "on"];

/** Heads that, after a possessive, name somebody's unit rather than a body ("the Defense Department's Office of the Inspector General"). */
export const ENGLISH_POSSESSED_HEADS: readonly string[] = ["Office"];

/** Second parts of compound participles that qualify a nationality ("U.S.-trained Iraqi", "Saudi-led", "Iranian-backed", "UK-based"). */
export const ENGLISH_QUALIFYING_PARTICIPLES: readonly string[] = [
  "trained", "backed", "led", "based", "born", "funded", "allied", "owned", "run", "controlled", "supported", "armed",
];

/**
 * English nouns that end the name of an award or a championship ("Nobel
 * Peace Prize", "Goldman Environmental Prize", "Stanley Cup"): a run of
 * capitalised words ending in one is one other name (MISC), as GermEval tags
 * awards and cups (OTH).
 */
export const ENGLISH_AWARD_HEADS: readonly string[] = ["Prize", "Prizes", "Award", "Awards", "Medal", "Trophy", "Cup", "Championship", "Championships"];

/** Common phrases and a state that end in a body's head and name no body. */
export const ENGLISH_BODY_PHRASES: readonly string[] = [
  "High Society", "Civil Society", "Big Band", "Boy Band", "Girl Band", "Terms of Service", "Russian Federation", "Oval Office", "Box Office",
  "Microsoft Office",
];

/** Lower-case words inside an English name of several words ("Bank of America", "Builders Labourers and …", "Marks & Spencer"). */
export const ENGLISH_NAME_CONNECTORS: readonly string[] = ["of", "and", "for", "on", "the", "&", "'s", "’s"];

/**
 * The world's states and a few territories by their usual English names,
 * written from general knowledge. The model's name lists are German
 * ("Ungarn"), so in English text it may take "Hungary" for a person; a span
 * that is exactly one of these names is a place.
 */
export const ENGLISH_STATE_NAMES: readonly string[] = [
  "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia", "Australia", "Austria",
  "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
  "Bosnia and Herzegovina", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon",
  "Canada", "Cape Verde", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica",
  "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor",
  "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
  "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti",
  "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica",
  "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
  "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
  "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
  "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
  "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay",
  "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saint Lucia", "Samoa", "San Marino",
  "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
  "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
  "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Tuvalu",
  "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales",
  "Northern Ireland", "United States", "America", "U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Venezuela", "Vietnam", "Yemen",
  "Zambia", "Zimbabwe", "Greenland", "Hong Kong", "Gaza", "West Bank", "Crimea", "DPRK",
];

/**
 * Words that open English sentences and questions ("On Tuesday, …",
 * "Although Mueller …", "Has Trump …"): capitalised only there, never the
 * first word of a name.
 */
export const ENGLISH_SENTENCE_OPENERS: readonly string[] = [
  "On", "In", "At", "To", "From", "With", "For", "During", "After", "Before", "By", "About", "Into", "Since", "Until", "Despite", "Under", "Over",
  "Although", "Though", "While", "When", "Whenever", "If", "Unless", "Because", "As", "But", "And", "Or", "So", "Yet", "Then", "Now", "Still",
  "What", "Why", "How", "Who", "Where", "Which", "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Did", "Does", "Do", "Will", "Would",
  "Can", "Could", "Should", "Shall", "May", "Might", "Must",
  "This", "That", "These", "Those", "It", "Its", "They", "They're", "It's", "There", "Here", "We", "He", "She", "Some", "Many", "Most",
  "More", "Other", "Others", "Both", "Each", "Every", "All", "Any", "Several", "Few", "One", "Two", "Three", "Four", "Five", "However",
  "Meanwhile", "Instead", "Indeed", "Rather", "Just", "Even", "Only", "Also", "Earlier", "Later", "Throughout", "Among", "Amid",
  "Against", "Like", "Unlike", "Following", "According", "Asked", "Speaking", "Last", "Next",
  "Currently", "Given", "Finally", "Interestingly", "Apparently", "Thus", "Yes", "No", "Moreover", "Furthermore", "Additionally",
  "Nevertheless", "Nonetheless", "Therefore", "Consequently", "Ultimately", "Initially", "Eventually", "Recently", "Previously",
  "Similarly", "Likewise", "Overall", "Otherwise", "Obviously", "Clearly", "Perhaps", "Unfortunately", "Fortunately", "Importantly",
  "Notably", "Separately", "Today", "Yesterday", "Once", "Hence", "Besides", "Regardless",
  // The rest of the closed classes: prepositions, indefinite pronouns and determiners, conjunctions, degree adverbs.
  "Upon", "Within", "Without", "Through", "Throughout", "Toward", "Towards", "Across", "Along", "Around", "Behind", "Beyond", "Below",
  "Above", "Beneath", "Between", "Except", "Near", "Via", "Whether", "Whereas", "Nor", "Neither", "Either", "Such", "Another", "Much",
  "Less", "Fewer", "Anything", "Anyone", "Anybody", "Everything", "Everyone", "Everybody", "Nothing", "Nobody", "Something", "Someone",
  "Somebody", "Whatever", "Whoever", "Whichever", "Nearly", "Almost", "Having", "Being",
];

/** Sentence openers that are also names on their own ("May said …": Theresa May). */
export const ENGLISH_OPENERS_THAT_ARE_NAMES: readonly string[] = ["May", "Will"];

/**
 * English adjectives of nationality and region, and the compass words that
 * precede them ("North Korean", "South African"): a span of these words alone
 * describes a noun ("the North Korean leader"); it names no one.
 */
export const ENGLISH_NATIONALITY_WORDS: readonly string[] = [
  "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
  "American", "British", "English", "Scottish", "Welsh", "Irish", "Canadian", "Mexican", "Cuban", "Brazilian", "Argentine", "Argentinian",
  "Chilean", "Colombian", "Peruvian", "Venezuelan", "German", "French", "Italian", "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss",
  "Austrian", "Swedish", "Norwegian", "Danish", "Finnish", "Icelandic", "Greek", "Polish", "Czech", "Slovak", "Hungarian", "Romanian",
  "Bulgarian", "Serbian", "Croatian", "Bosnian", "Albanian", "Slovenian", "Ukrainian", "Russian", "Belarusian", "Georgian", "Armenian",
  "Azerbaijani", "Turkish", "Kurdish", "Syrian", "Iraqi", "Iranian", "Israeli", "Palestinian", "Lebanese", "Jordanian", "Saudi", "Yemeni",
  "Qatari", "Emirati", "Egyptian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Sudanese", "Ethiopian", "Somali", "Kenyan", "Nigerian",
  "Ghanaian", "Congolese", "Rwandan", "Ugandan", "Afghan", "Pakistani", "Indian", "Bangladeshi", "Chinese", "Japanese", "Korean",
  "Taiwanese", "Tibetan", "Mongolian", "Vietnamese", "Thai", "Burmese", "Filipino", "Indonesian", "Malaysian", "Australian",
  "European", "African", "Asian", "Arab", "Latin", "Western", "Soviet",
  // Plural nouns of nationality and the party adjectives, which name no one alone ("Russians", "Democratic leaders").
  "Americans", "Britons", "Canadians", "Mexicans", "Germans", "Russians", "Ukrainians", "Israelis", "Palestinians", "Iranians", "Iraqis",
  "Syrians", "Afghans", "Koreans", "Japanese", "Europeans", "Africans", "Asians", "Arabs", "Democratic", "Republican",
  "Indians", "Pakistanis", "Saudis", "Egyptians", "Libyans", "Turks", "Kurds", "Greeks", "Poles", "Italians", "Spaniards", "Swedes",
  "Norwegians", "Danes", "Finns", "Australians", "Brazilians", "Argentines", "Cubans", "Venezuelans", "Colombians", "Nigerians",
  "Kenyans", "Somalis", "Ethiopians", "Jordanians", "Yemenis", "Qataris", "Emiratis", "Tunisians", "Algerians", "Moroccans",
  "Filipinos", "Indonesians", "Malaysians", "Thais", "Tibetans", "Mongolians", "Georgians", "Armenians", "Azerbaijanis",
  "Belarusians", "Serbs", "Croats", "Bosnians", "Albanians", "Hungarians", "Romanians", "Bulgarians", "Czechs", "Slovaks",
  "Austrians", "Belgians", "Scots", "Latinos", "Hispanics",
  // Nationalities of two words ("Sri Lankans", "New Zealanders"): each word is one of them here, so the span of both goes.
  "Sri", "Lankan", "Lankans", "Zealander", "Zealanders",
];

/**
 * Institutions named by their seat or an English name ("the White House
 * said …", "the Kremlin"), written from general knowledge: a span that is
 * exactly one of them is an organisation, not a person or a place.
 */
export const ENGLISH_INSTITUTION_NAMES: readonly string[] = [
  "White House", "Kremlin", "Pentagon", "Congress", "Senate", "House of Representatives", "Justice Department", "State Department",
  "Department of Justice", "Department of State", "Defense Department", "Treasury Department", "Supreme Court", "Federal Reserve",
  "Downing Street", "Elysee", "Élysée", "Élysée Palace", "Home Office", "Foreign Office", "Bundestag", "Knesset", "Duma", "Politburo",
  "European Commission", "European Parliament", "Security Council",
];

/**
 * Cities in the news by their English names, written from general
 * knowledge; many differ from the German ones of the model's lists
 * ("Moscow"/"Moskau", "Munich"/"München"). A span that is exactly one of
 * them is a place, and so is a dateline in capitals ("BRUSSELS, June 28 —").
 */
export const ENGLISH_CITY_NAMES: readonly string[] = [
  "London", "Paris", "Berlin", "Madrid", "Rome", "Milan", "Naples", "Venice", "Florence", "Turin", "Lisbon", "Porto", "Barcelona",
  "Brussels", "Antwerp", "Amsterdam", "Rotterdam", "The Hague", "Luxembourg", "Strasbourg", "Geneva", "Zurich", "Basel", "Bern",
  "Vienna", "Salzburg", "Munich", "Cologne", "Frankfurt", "Hamburg", "Hanover", "Nuremberg", "Dusseldorf", "Düsseldorf", "Stuttgart",
  "Dresden", "Leipzig", "Bonn", "Copenhagen", "Stockholm", "Oslo", "Helsinki", "Reykjavik", "Dublin", "Edinburgh", "Glasgow",
  "Manchester", "Liverpool", "Birmingham", "Belfast", "Cardiff", "Prague", "Warsaw", "Krakow", "Gdansk", "Budapest", "Bratislava",
  "Ljubljana", "Zagreb", "Belgrade", "Sarajevo", "Bucharest", "Sofia", "Athens", "Thessaloniki", "Vilnius", "Riga", "Tallinn", "Minsk",
  "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Lviv", "Mariupol", "Moscow", "St Petersburg", "St. Petersburg", "Istanbul", "Ankara",
  "Tehran", "Baghdad", "Damascus", "Aleppo", "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Gaza City", "Cairo", "Alexandria", "Riyadh",
  "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Kabul", "Islamabad", "Karachi", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Beijing",
  "Shanghai", "Hong Kong", "Taipei", "Tokyo", "Osaka", "Seoul", "Pyongyang", "Bangkok", "Hanoi", "Manila", "Jakarta", "Singapore",
  "Sydney", "Melbourne", "Canberra", "Auckland", "Wellington", "Washington", "New York", "Los Angeles", "Chicago", "Boston",
  "San Francisco", "Miami", "Houston", "Dallas", "Atlanta", "Seattle", "Philadelphia", "Detroit", "Toronto", "Montreal", "Ottawa",
  "Vancouver", "Mexico City", "Havana", "Caracas", "Bogota", "Lima", "Santiago", "Buenos Aires", "Sao Paulo", "São Paulo",
  "Rio de Janeiro", "Brasilia", "Lagos", "Abuja", "Nairobi", "Addis Ababa", "Johannesburg", "Cape Town", "Pretoria", "Khartoum",
  "Tripoli", "Tunis", "Algiers", "Rabat", "Casablanca", "Kinshasa", "Kampala", "Dakar",
];

/** Regions of the world by their English names ("the Middle East", "Latin America"): a span that is exactly one is a place. */
export const ENGLISH_REGION_NAMES: readonly string[] = [
  "Middle East", "Near East", "Far East", "Latin America", "South America", "North America", "Central America", "Europe", "Asia",
  "Africa", "Scandinavia", "Balkans", "Caucasus", "Korean Peninsula", "Persian Gulf", "Gulf of Mexico", "Pacific", "Atlantic",
  "Mediterranean", "Arctic", "Antarctica", "Sahel", "Kashmir", "Donbas", "Sinai", "Golan Heights",
];

/** Words after which a listed place the model left untagged is that place ("in Prague", "near Munich"). */
export const ENGLISH_PLACE_PREPOSITIONS: readonly string[] = ["in", "from", "to", "at", "near", "outside", "across", "via", "into"];

/** Words that may stand before a weekday in a time phrase the tagger takes for a name ("Early Tuesday", "Last Friday"). */
export const ENGLISH_WEEKDAY_MODIFIERS: readonly string[] = ["Early", "Late", "Last", "Next", "This", "On"];

/** Plural nouns whose capitalised possessive is part of a name ("Sudan People's Liberation Movement", "Boston Children's Hospital"), not an owner. */
export const ENGLISH_NAME_POSSESSIVES: readonly string[] = ["People", "Women", "Children", "Men"];

/** Labels before a colon in e-mail headers, captions and bylines ("Subj: Re: …", "Photo: …"): no names. */
export const ENGLISH_LABEL_WORDS: readonly string[] = [
  "Subj", "Subject", "From", "To", "Sent", "Cc", "Bcc", "Date", "Re", "Fw", "Fwd", "Photo", "PHOTO", "Title", "Telephone", "Tel", "Email",
  "E-mail", "Fax", "Updated", "Posted", "By", "Source", "Credit", "Caption",
];
