/**
 * One-word spans that are common nouns, not names: substances ("Preise für
 * Benzin", "Mangel an Ozon"), diseases ("AIDS"), time zones ("14 Uhr MEZ",
 * tagged as organisations), God and the points of the compass ("Wort
 * Gottes", "von Nord nach Süd") and units after a number or "Grad" ("271,3
 * Grad Celsius"). An unknown capitalised noun gives the
 * model little to go on, and in news texts it took such words for persons
 * (36 mentions in the 850 German Wikinews texts: "Benzin" 9 times,
 * "Celsius" 4, "AIDS" 4, "Polonium", "Stickoxid"; time zones 11 times,
 * mostly as organisations). GermEval tags all 13
 * such words in its development file O. Lists in
 * `src/lang/de/ner-common-nouns.ts`; a span of more words ("Anders
 * Celsius") is left alone. A one-word person span that ends like an
 * abstract noun or a compound of costs, taxes or policies is none either
 * ("Pendlerpauschale", "Europapolitik", mostly one-word headings: 5 in the Wikinews
 * texts; no one-word person in GermEval ends so), unless the name lists
 * know it as a person's name ("Hartung", "Hornung"). A single letter alone is
 * no name either ("im C 3 -Stoffwechsel", "U 15", "A roads"; GermEval tags
 * letters only inside longer spans, "A 7", "Nico G.", "epd Ö"). Nor is a
 * one-word person right after an article when the lists do not know the word
 * as a person's name ("für den Mythos"; also past one inflected adjective,
 * "des anhaltenden Booms"), or after "ein", "kein" … when they know it only
 * as a surname ("einen Fuchs"), or after "im", "beim", "ins" … ("beim
 * Darts"); nor a month right after a day, also in the
 * genitive ("des 27. Mais"); nor a word of time as a person or place ("Anfang
 * Jänner", "Montagfrüh"), nor a nationality noun as a person or organisation
 * ("Syrer", "Israelis"); a weekday with a part of the day after a name is
 * not part of it ("Katzian Mittwochfrüh"). Likewise a demonstrative or
 * quantifier counts as an article ("diese Jobs"), a one-word person after a
 * number that is no year is a counted thing ("9000 Jobs"), and sentence
 * adverbs ("Davor"), abbreviations of common nouns ("BIP", "WLAN"), units
 * of data after a number ("16 GB") and sports country codes in brackets
 * ("( AUT )") are no names. Tags change in place.
 */
import {
  COMMON_ABBREVIATIONS,
  DISEASE_NAMES,
  MODERN_COMMON_NOUNS,
  NON_PERSON_NOUN_ENDINGS,
  OTHER_COMMON_NOUNS,
  REGIONAL_COMMON_NOUNS,
  SENTENCE_ADVERBS,
  SPORTS_COUNTRY_CODES,
  SUBSTANCE_NAMES,
  TIME_ZONES,
  UNIT_NAMES,
  UNIT_PRECEDERS,
} from "../../lang/de/ner-common-nouns.js";
import { GERMAN_WEEKDAY_PART } from "../../lang/de/dates.js";
import { CONTRACTED_ARTICLES, DEFINITE_ARTICLES, INDEFINITE_ARTICLES, QUANTIFYING_DETERMINERS, TEMPORAL_WORDS } from "../../lang/de/ner-cues.js";
import { DEMONYM_FORMS, LOWER_INFLECTED_ADJECTIVE } from "../../lang/de/names.js";
import { isGivenName, isListedSurname } from "../listed-people.js";
import { kindMask, wordKinds, type Gazetteer } from "./gazetteer.js";
import { spansFromTags } from "./labels.js";

const NOUNS = new Set([...SUBSTANCE_NAMES, ...DISEASE_NAMES, ...TIME_ZONES, ...OTHER_COMMON_NOUNS, ...MODERN_COMMON_NOUNS, ...COMMON_ABBREVIATIONS, ...REGIONAL_COMMON_NOUNS]);
const UNITS = new Set(UNIT_NAMES);
const BEFORE_UNIT = new Set(UNIT_PRECEDERS);
const NUMBER = /^[+-−]?\d[\d.,]*$/u;
/** A single capital letter, perhaps with a dot. */
const LETTER = /^\p{Lu}\.?$/u;
/** A capitalised word that ends in a noun ending no person's name has, after three or more lower-case letters ("Pendlerpauschale"; not "Jung"). */
const NON_PERSON_WORD = new RegExp(`^\\p{Lu}\\p{Ll}*\\p{Ll}{3}(?:${NON_PERSON_NOUN_ENDINGS.join("|")})$`, "u");

const TEMPORAL = new Set(TEMPORAL_WORDS);
/** A day of the month as written before its month ("27."). */
const DAY = /^\d{1,2}\.$/u;

/** Whether the word at `i` is a month (or another word of time) after a day, also in the genitive ("des 27. Mais", "am 3. Juni"). */
const isDateWord = (words: readonly string[], i: number): boolean =>
  i > 0 && DAY.test(words[i - 1]) && (TEMPORAL.has(words[i]) || TEMPORAL.has(words[i].replace(/e?s$/u, "")));

const NAMES_PERSON = kindMask("first", "surname", "person");

/**
 * Whether the one word at `i` is a word of time the name lists do not know
 * as a person's name ("Anfang Jänner", "seit Feber", "am Montag"; "Sommer",
 * "Winter" and "August" may be names), or a weekday with a part of the day
 * ("Montagfrüh", "Sonntagabend"). News from Austria writes "Jänner" and
 * "Feber", which the training texts lack: the tagger took "Anfang Jänner"
 * for a person 6 times in 1,028 articles of derStandard. Persons and places
 * only: a publisher may be called so ("März" in GermEval, an organisation).
 */
function isTimeWord(words: readonly string[], i: number, gazetteer: Gazetteer | null): boolean {
  return (TEMPORAL.has(words[i]) && (wordKinds(gazetteer, words[i]) & NAMES_PERSON) === 0) || GERMAN_WEEKDAY_PART.test(words[i]);
}

/** The nationality nouns in all their forms: plural and dative ("Syrern", "Briten", "Israelis"), genitive ("Syrers"), feminine plural ("Syrerinnen"). */
const DEMONYM_WORDS = new Set(DEMONYM_FORMS.filter((form) => !form.startsWith("Deutsch")).flatMap(inflections));

/** "Syrerin" → "Syrerinnen", "Syrer" → "Syrern", "Syrers", "Brite" → "Briten", "Israeli" → "Israelis". */
function inflections(form: string): string[] {
  if (form.endsWith("in")) return [form, `${form}nen`];
  if (form.endsWith("er")) return [form, `${form}n`, `${form}s`];
  return [form, form.endsWith("i") ? `${form}s` : `${form}n`];
}

const PLACE = kindMask("loc", "country");

/**
 * Whether a one-word person or organisation is a nationality noun ("Syrer",
 * "Israelis", "Bosnier"): inhabitants are no named entity (GermEval tags
 * them as derived from a place, which the evaluation counts as no mention).
 * Not where the word is also a place the lists know ("Ungarn", "Polen" are
 * states and plurals), nor the forms of "Deutsche", which open names
 * ("der Deutschen Presse-Agentur"). The tagger took "Syrer" for a person 15
 * times in 1,028 articles of derStandard.
 */
function isDemonym(word: string, gazetteer: Gazetteer | null): boolean {
  return DEMONYM_WORDS.has(word) && (wordKinds(gazetteer, word) & PLACE) === 0;
}

const ADVERBS = new Set(SENTENCE_ADVERBS);
const COUNTRY_CODES = new Set(SPORTS_COUNTRY_CODES);

/** "Marcel Hirscher ( AUT )": a sports country code alone in brackets. */
const isCountryCode = (words: readonly string[], i: number): boolean => COUNTRY_CODES.has(words[i]) && words[i - 1] === "(" && words[i + 1] === ")";

/** Whether the one word at `i` is a common noun the lists know (a unit only after a number or "Grad"), a month after a day, a single letter, an adverb ("Davor") or a country code in brackets. */
function isCommonNoun(words: readonly string[], i: number): boolean {
  if (NOUNS.has(words[i]) || LETTER.test(words[i]) || isDateWord(words, i) || ADVERBS.has(words[i].toLowerCase()) || isCountryCode(words, i)) return true;
  return UNITS.has(words[i]) && i > 0 && (NUMBER.test(words[i - 1]) || BEFORE_UNIT.has(words[i - 1]));
}

/** Whether a one-word person span has a noun's ending and the name lists do not know it as a person's name ("Hartung" is a surname). */
function isNonPersonNoun(word: string, gazetteer: Gazetteer | null): boolean {
  return NON_PERSON_WORD.test(word) && (wordKinds(gazetteer, word) & NAMES_PERSON) === 0;
}

const ARTICLES = new Set([...DEFINITE_ARTICLES, ...INDEFINITE_ARTICLES, ...QUANTIFYING_DETERMINERS, ...CONTRACTED_ARTICLES]);
const DEFINITE = new Set(DEFINITE_ARTICLES);
const SURNAME = kindMask("surname");
const GIVEN_OR_KNOWN = kindMask("first", "person");

const CLAUSE_END = new Set([",", ".", ";", ":", "!", "?"]);

/** Whether the clause from `i` on ends in "zu" and an infinitive (", den Shuttle wieder in den Hangar zu transportieren"). */
function infinitiveClause(words: readonly string[], i: number): boolean {
  let end = i + 1;
  while (end < words.length && !CLAUSE_END.has(words[end])) end++;
  return end - i >= 3 && words[end - 2] === "zu" && /^\p{Ll}+$/u.test(words[end - 1]);
}

/**
 * Whether the article at `i - 1` may be a relative pronoun: a comma stands
 * among the two words before it (", den Blair erreichen will", ", mit dem
 * Jesus"), and the clause is no infinitive with "zu", which has no relative
 * pronoun (", den Shuttle wieder in den Hangar zu transportieren") — unless
 * the word ends in -s, as a family named in the plural does (", nach den
 * Favarts zu suchen").
 */
const relativePosition = (words: readonly string[], article: number, i: number): boolean =>
  words.slice(Math.max(0, article - 2), article).includes(",") && (!infinitiveClause(words, i) || words[i].endsWith("s"));


/** The index of the article before the word at `i`, right before it or before one inflected adjective ("des anhaltenden Booms"), or -1. */
function articleBefore(words: readonly string[], i: number): number {
  if (i > 0 && ARTICLES.has(words[i - 1].toLowerCase())) return i - 1;
  return i > 1 && LOWER_INFLECTED_ADJECTIVE.test(words[i - 1]) && ARTICLES.has(words[i - 2].toLowerCase()) ? i - 2 : -1;
}

/**
 * Whether the one-word person span at `i` is a common noun by the article,
 * demonstrative or quantifier before it ("diese Jobs", "viele Vögel"),
 * perhaps with one inflected adjective between ("des anhaltenden
 * Booms"): a word the name lists do not know as a person's name ("für den
 * Mythos", "auf den Bonustrack", "Früchte des Zorns"; not where a definite
 * article may be a relative pronoun, ", den Blair erreichen will"), and after an
 * indefinite article, a demonstrative, a quantifier or a preposition joined
 * with an article, which opens no relative clause, a word they know only
 * as a surname ("einen Fuchs", "einen Böller", "diese Jobs", "beim Darts",
 * "ins Camp", "im bunten Laub": 10 mentions in 1,028 derStandard articles,
 * 5 in the Wikinews texts, all common nouns), and right after a definite
 * article that may not be a relative pronoun such a word too, unless it is a
 * well-known person's surname ("die Merkel") or the article belongs to a
 * compound the word opens ("das Cézanne -Gemälde", as GermEval splits it):
 * "in den Kader", "durch den Kordon", "der Crown" (a car): 13 mentions in
 * derStandard, 11 of them common nouns, one a family ("bei den Lehmanns")
 * and one the first word of a school's name ("der Lake Forest Academy"), 6
 * in Wikinews, all common nouns or parts of a name; past an adjective, such
 * a word is a person as often as not ("der rehabilitierte Trumbo", "den
 * leidenden Christus"; "den drahtlosen Service"). Possessives stay out
 * ("mit seiner Talea", a person in GermEval). GermEval tags
 * no one-word person after an indefinite article, and 10 in its 2,200
 * development sentences after a definite one, half of them relative
 * pronouns.
 */
export function isArticleNoun(words: readonly string[], i: number, gazetteer: Gazetteer | null): boolean {
  const article = articleBefore(words, i);
  if (article < 0) return false;
  const kinds = wordKinds(gazetteer, words[i]);
  const definite = DEFINITE.has(words[article].toLowerCase());
  if ((kinds & (SURNAME | GIVEN_OR_KNOWN)) === 0) return !definite || !relativePosition(words, article, i);
  if ((kinds & GIVEN_OR_KNOWN) !== 0) return false;
  return !definite || (article === i - 1 && !relativePosition(words, article, i) && !words[i + 1]?.startsWith("-") && !isListedSurname(words[i]));
}

/** A cardinal number that is no year ("9000", "450.000", "40"; not "1922", after which a name may stand: "1922 Stern"). */
const COUNT = /^(?:\d{1,3}|[03-9]\d{3}|2[1-9]\d\d|\d{5,}|\d{1,3}(?:[.,]\d{3})+(?:,\d+)?)$/u;

/**
 * Whether the one-word person span at `i` is a counted thing ("9000 Jobs
 * streichen", "rund 450.000 Jobs"): after a number that is no year, a word
 * the lists do not know as a first name or a well-known person's. GermEval's
 * development file has no one-word person after such a number (two after a
 * year: "1035 Hardeknuts", "1922 Stern").
 */
function isCountedNoun(words: readonly string[], i: number, gazetteer: Gazetteer | null): boolean {
  return i > 0 && COUNT.test(words[i - 1]) && (wordKinds(gazetteer, words[i]) & GIVEN_OR_KNOWN) === 0;
}

/** Untags one-word spans that are listed substances, diseases, time zones or units or single letters, and one-word persons with a noun's ending, in every sentence. */
export function untagCommonNouns(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      // "Katzian Mittwochfrüh", "Polizeiinspektion Freyung Montagfrüh": a weekday with a part of the day after a name is when, not part of it.
      if (span.end - span.start > 1 && GERMAN_WEEKDAY_PART.test(sentence[span.end - 1])) tags[s][span.end - 1] = "O";
      if (span.end - span.start !== 1) continue;
      const word = sentence[span.start];
      if (
        isCommonNoun(sentence, span.start) ||
        ((span.type === "PER" || span.type === "LOC") && isTimeWord(sentence, span.start, gazetteer)) ||
        ((span.type === "PER" || span.type === "ORG") && isDemonym(word, gazetteer)) ||
        (span.type === "PER" && (isNonPersonNoun(word, gazetteer) || isArticleNoun(sentence, span.start, gazetteer) || isCountedNoun(sentence, span.start, gazetteer)))
      )
        tags[s][span.start] = "O";
    }
  });
}

/**
 * "Der Igel passt als Bild …" beside "Grubinger zeigt den Igel": a word the
 * document writes as a common noun after an article somewhere (isArticleNoun
 * at that place, tagged or not) is no person where the tagger took it alone
 * for one elsewhere in the document ("wie auch Vögel und Babys" beside "die
 * Vögel"), unless it is a given name, a well-known person's surname or a
 * word of a person the document names in full. German only; untagged in place.
 */
export function untagDocumentNouns(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  // The one-word persons, and the words of the persons named in full.
  const candidates = new Set<string>();
  const named = new Set<string>();
  tags.forEach((t, s) => {
    for (const span of spansFromTags(t)) {
      if (span.type !== "PER") continue;
      if (span.end - span.start === 1) candidates.add(words[s][span.start]);
      else for (let k = span.start; k < span.end; k++) named.add(words[s][k]);
    }
  });
  if (candidates.size === 0) return;
  const nouns = new Set<string>();
  words.forEach((sentence, s) => {
    sentence.forEach((w, i) => {
      if (candidates.has(w) && !named.has(w) && !tags[s][i + 1]?.startsWith("I-") && isArticleNoun(sentence, i, gazetteer)) nouns.add(w);
    });
  });
  for (const noun of nouns) if (isGivenName(noun) || isListedSurname(noun)) nouns.delete(noun);
  if (nouns.size === 0) return;
  tags.forEach((t, s) => {
    for (const span of spansFromTags(t)) if (span.type === "PER" && span.end - span.start === 1 && nouns.has(words[s][span.start])) t[span.start] = "O";
  });
}

