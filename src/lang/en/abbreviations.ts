/**
 * English data for sentence boundaries: abbreviations, month names and
 * common sentence openers. Spaces after inner dots are optional when
 * matching ("e.g." also matches "e. g.").
 */
import type { SentenceCues } from "../../nlp/boundaries.js";

/** Abbreviations after which an English sentence never ends. */
export const ENGLISH_ABBREVIATIONS: readonly string[] = [
  "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "e.g.", "i.e.", "No.", "Nos.", "vs.", "cf.", "approx.",
  "Gen.", "Maj.", "Brig.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "Rev.", "Hon.",
  "Pres.", "Supt.", "Det.", "Insp.", "Mt.", "Fig.", "Vol.", "pp.", "ca.",
];

/** Abbreviations that can also end an English sentence: the break stays before a sentence opener. */
export const ENGLISH_TERMINAL_ABBREVIATIONS: readonly string[] = [
  "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "Inc.", "Corp.", "Ltd.", "Co.", "Bros.", "Jr.", "Sr.", "St.",
  "Ave.", "Rd.", "a.m.", "p.m.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
  "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/** English month names and their dotless abbreviations. */
export const ENGLISH_MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/** Capitalised words that commonly open an English sentence. */
export const ENGLISH_SENTENCE_STARTERS: readonly string[] = [
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
  "There", "Here", "In", "On", "At", "For", "From", "With", "By", "To", "But", "And", "Or", "So", "Yet",
  "However", "Meanwhile", "After", "Before", "When", "While", "If", "As", "Although", "Because", "Since",
  "His", "Her", "Their", "Its", "Our", "My", "Your", "Some", "Many", "Most", "All", "Both", "Each",
  "Other", "Others", "One", "Two", "Three", "No", "Not", "Now", "Then", "Today", "Yesterday",
  "Earlier", "Later", "Last", "Next", "Still", "Also", "What", "Who", "Why", "Where", "How",
  "According", "Despite", "During", "Under", "Over", "About",
];

/** All English cues for the sentence splitter (English has no "3." ordinals). */
export const ENGLISH_SENTENCE_CUES: SentenceCues = {
  abbreviations: ENGLISH_ABBREVIATIONS,
  terminalAbbreviations: ENGLISH_TERMINAL_ABBREVIATIONS,
  closingAbbreviations: ["etc."],
  abbreviationSuffixes: [],
  months: ENGLISH_MONTHS,
  ordinalCues: [],
  ordinalAdjectiveEndings: [],
  ordinalNouns: [],
  sentenceStarters: ENGLISH_SENTENCE_STARTERS,
};
