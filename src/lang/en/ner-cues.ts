import { ENGLISH_DATE_MONTHS, ENGLISH_WEEKDAYS } from "./dates.js";

/**
 * English words that the German model tends to take into a name when they
 * stand before it ("German Chancellor Olaf Scholz", "President Joe Biden"):
 * titles and roles, and words that form a title with them (nationalities,
 * offices). They are cut from the start of English mentions.
 */
export const ENGLISH_LEADING_TITLES: readonly string[] = [
  "President", "Minister", "Chancellor", "Secretary", "Senator", "Governor", "Mayor", "King", "Queen", "Princess", "Pope",
  "Colonel", "Captain", "Judge", "Chairman", "Chairwoman", "CEO", "Spokesman", "Spokeswoman", "Representative",
  "Rep.", "Sen.", "Gov.", "Gen.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Leader", "Coach", "Striker",
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
  "U.S.", "US", "UK", "EU", "UN",
];

/**
 * Lower-case words that English titles of works and events keep in lower case
 * ("The Lord of the Rings", "War and Peace"); any other lower-case word marks
 * a phrase as a sentence rather than a title ("We will keep the debt brake").
 */
export const ENGLISH_TITLE_SMALL_WORDS: readonly string[] = [
  "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "with", "from", "as", "vs", "via", "de", "von", "van",
];

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
  ...[...Object.keys(ENGLISH_DATE_MONTHS), ...Object.keys(ENGLISH_WEEKDAYS)].map((w) => w[0].toUpperCase() + w.slice(1)),
];

/** English words that head an organisation's name, also in German text ("Northampton Town", "Sun Microsystems", "The Lindsey School"). */
export const ENGLISH_ORGANISATION_HEADS: readonly string[] = [
  "school", "college", "university", "town", "united", "motors", "microsystems", "systems", "group", "inc.", "ltd", "ltd.", "corporation",
  "company", "airlines", "records", "investment", "industries",
];
