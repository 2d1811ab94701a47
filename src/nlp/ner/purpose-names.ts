/**
 * Names of bodies that say what they are for: a head noun naming a kind of
 * body, "für", "zur" or "zum", and capitalised nouns ("des Instituts für
 * Corporate Governance", "das Zentrum für Europäische
 * Wirtschaftsforschung", "der Bundesstiftung zur Aufarbeitung der
 * SED-Diktatur", "die Gesellschaft für bedrohte Völker") are one
 * organisation span. The name lists know the large ones; the tagger misses
 * most others, tagging nothing or the words after "für" alone. GermEval's
 * development file tags 6 of its 7 such phrases as organisations (the
 * seventh, "der Bundesagentur für Arbeit", not at all).
 *
 * The head is a capitalised noun ending in one of the body nouns
 * (`PURPOSE_BODY_ENDINGS`: "Institut", "Bundesamt", "Forschungszentrum" …),
 * perhaps after capitalised adjectives that belong to the name ("Deutsches
 * Institut für …", "des Bayerischen Staatsministeriums für …"); not after an
 * indefinite article, a possessive or a quantifier ("ein Zentrum für
 * Flüchtlinge" names no body). What it is for are capitalised nouns, each
 * perhaps after lower-case adjectives, joined by "und" ("für Bildung und
 * Forschung", "für politische Bildung"); after "zur" and "zum", which open a
 * noun of action, a genitive complement too ("zur Aufarbeitung der
 * SED-Diktatur"), and after any a state in the genitive ("Hochschule für
 * Technik und Wirtschaft des Saarlandes"). Not where the tagger or the name
 * lists name the body whole before "für" ("der EU-Kommission für Reformen",
 * "des Internationalen Währungsfonds für Athen"), nor before a set phrase
 * ("zum Thema"), an abbreviation ("zur APA"), a place or a person ("für
 * Athen"); a person after the nouns ends the name ("der Bundesagentur für
 * Arbeit Frank-Jürgen Weise"). A span that reaches over the phrase's edges
 * is left alone. Tags change in place.
 */
import { COMMON_NOUN_DETERMINERS, DEFINITE_ARTICLES, FUNCTION_WORDS, PURPOSE_BODY_ENDINGS, PURPOSE_BODY_NOUNS, PURPOSE_PHRASE_NOUNS } from "../../lang/de/ner-cues.js";
import { kindMask, wordKinds, type Gazetteer } from "./gazetteer.js";
import { isStateName } from "./genitive.js";
import { tagSpan } from "./labels.js";
import { endsInNoun } from "./shape.js";

const NOT_BEFORE = new Set(COMMON_NOUN_DETERMINERS);
/** Function words and determiners: capitalised, they open a sentence and belong to no name ("Die", "Diese"); in lower case they are no adjective of the purpose ("für deren Buchungen"). */
const FUNCTION = new Set([...FUNCTION_WORDS, ...DEFINITE_ARTICLES, ...COMMON_NOUN_DETERMINERS, "deren", "dessen"]);
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u;
const LOWER_ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;
const NOUN = /^\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u;
const GENITIVE_ARTICLES = new Set(["der", "des"]);
/** The body nouns themselves ("Institut", "Zentrum"): named so, a body needs what it is for, even when the tagger took the noun for a name. */
const BARE_NOUNS = new Set(PURPOSE_BODY_NOUNS);
/** Nouns of set phrases after "zum" and "zur" ("zum Thema", "zur Verfügung"). */
const PHRASE_NOUNS = new Set(PURPOSE_PHRASE_NOUNS);

/** Whether a word is a capitalised noun naming a kind of body ("Institut", "Bundesamtes", "Forschungszentrum"; not "Anstiftung"). */
function isBodyHead(word: string): boolean {
  return endsInNoun(word, PURPOSE_BODY_ENDINGS) && !word.toLowerCase().endsWith("anstiftung");
}

/** The end of a noun perhaps after lower-case adjectives from `i` ("politische Bildung"; not "deren", "dieses"), or -1. */
function nounEnd(sentence: readonly string[], i: number): number {
  let k = i;
  while (k < sentence.length && LOWER_ADJECTIVE.test(sentence[k]) && !FUNCTION.has(sentence[k])) k++;
  return k < sentence.length && NOUN.test(sentence[k]) ? k + 1 : -1;
}

/** Whether a word is a state's or federal state's genitive ("Saarlandes", "Österreichs"). */
function isGenitiveState(gazetteer: Gazetteer | null, word: string): boolean {
  if (gazetteer === null || !word.endsWith("s")) return false;
  return isStateName(gazetteer, word.slice(0, -1)) || (word.endsWith("es") && isStateName(gazetteer, word.slice(0, -2)));
}

/**
 * The end of what the body is for, given `first`, the end of its first noun
 * (nounEnd after "für", "zur" or "zum"); a genitive complement after a noun of
 * action ("zur Aufarbeitung der SED-Diktatur"), and a state or federal state
 * in the genitive after any ("Hochschule für Technik und Wirtschaft des
 * Saarlandes"), belong to the name.
 */
function purposeEnd(sentence: readonly string[], first: number, action: boolean, gazetteer: Gazetteer | null): number {
  let end = first;
  for (;;) {
    while (end < sentence.length && NOUN.test(sentence[end])) end++;
    const joined = sentence[end] === "und" ? nounEnd(sentence, end + 1) : -1;
    const genitiveArticle = GENITIVE_ARTICLES.has(sentence[end] ?? "");
    const state = genitiveArticle && isGenitiveState(gazetteer, sentence[end + 1] ?? "");
    const genitive = genitiveArticle && (action || state) ? nounEnd(sentence, end + 1) : -1;
    if (joined < 0 && genitive < 0) break;
    end = joined > 0 ? joined : genitive;
    if (state) break;
  }
  return end;
}

/** Where a person span starts between `from` and `end` ("der Bundesagentur für Arbeit Frank-Jürgen Weise"), or `end`; -1 when nothing is left before it. */
function untilPerson(t: readonly string[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (t[k] === "B-PER") return k;
  return t[from] === "B-PER" ? -1 : end;
}

const ORGANISATION = kindMask("org");
/** An abbreviation in capitals ("APA", "CEE"): after "für" or "zur" it is a body or a region, no purpose. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Tags body names of purpose as organisations, in every sentence. */
export function tagPurposeNames(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 2 < sentence.length; i++) {
      const link = sentence[i + 1];
      // The link first: it is rare, and the head test reads every capitalised word's ending.
      if ((link !== "für" && link !== "zur" && link !== "zum") || !isBodyHead(sentence[i])) continue;
      let start = i;
      while (start > 0 && CAPITALISED_ADJECTIVE.test(sentence[start - 1]) && !FUNCTION.has(sentence[start - 1].toLowerCase())) start--;
      if (start > 0 && NOT_BEFORE.has(sentence[start - 1].toLowerCase())) continue;
      // "der EU-Kommission für Reformen", "des Internationalen Währungsfonds für Athen": a body the tagger named whole is named, and "für …" says something else.
      const tagged = t[i].endsWith("-ORG") && !(t[i + 1] ?? "").startsWith("I-");
      const named = (tagged || (wordKinds(gazetteer, sentence[i]) & ORGANISATION) !== 0) && !BARE_NOUNS.has(sentence[i]);
      if (named || ACRONYM.test(sentence[i + 2])) continue;
      if (link !== "für" && PHRASE_NOUNS.has(sentence[i + 2])) continue;
      const first = nounEnd(sentence, i + 2);
      if (first < 0) continue;
      const end = untilPerson(t, i + 2, purposeEnd(sentence, first, link !== "für", gazetteer));
      // "des Korrespondentenbüros für Wehrschütz", "Währungsfonds für Athen": a person or a place is no purpose (a state in the genitive after it may be part of the name).
      if (end < 0 || t[start].startsWith("I-") || (t[end] ?? "O").startsWith("I-") || t.slice(i + 2, first).some((tag) => tag.endsWith("-LOC") || tag.endsWith("-PER"))) continue;
      tagSpan(t, start, end, "ORG");
      i = end - 1;
    }
  });
}
