/**
 * A name the tagger missed right after a noun for a person's role or
 * relation: "sei bei seinem Vorgänger Steinmeier", "mit dem Rapper Ice-T",
 * "bekommt Chefinspektor Hadden Dolores". The capitalised words after
 * the noun become a person when each is a listed first name, surname or
 * person, or a word the unlabelled text did not show often enough to have a
 * profile (a rare word, as foreign names are); a frequent word the lists do
 * not know is a common noun ("Gruppensieger Spiel 1") and stops the name;
 * words that run into a person span the tagger found open that person's name
 * ("EZB-Direktor Benoit Coeure", "Coeure" tagged alone). Tags change in place.
 */
import { ABSTRACT_NOUN_ENDINGS } from "../../lang/de/ner-cues.js";
import { kindMask, wordKinds } from "./gazetteer.js";
import { spanEndAt, tagSpan } from "./labels.js";
import type { FeatureResources } from "./features.js";
import { isFrequentWord } from "./profiles.js";
import { isRoleToken } from "./roles.js";

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'-]*$/u;
const PERSON_KINDS = kindMask("first", "surname", "person");
const OTHER_KINDS = kindMask("loc", "org", "country", "misc");
const ABSTRACT_NOUN = new RegExp(`\\p{Ll}(?:${ABSTRACT_NOUN_ENDINGS.join("|")})$`, "u");

/** Most words such a name may have ("Hadden Dolores"). */
const MAX_WORDS = 3;

/** A word too rare for a word profile that the name lists know as no place, organisation or other name: likely a (foreign) name. */
export function isRareUnlistedWord(word: string, resources: FeatureResources): boolean {
  return !isFrequentWord(resources.profiles, word) && (wordKinds(resources.gazetteer, word) & OTHER_KINDS) === 0;
}

/** Whether a word may be part of a person's name here: listed as a person's name, or rare and not listed as anything else. */
function isNameWord(word: string, resources: FeatureResources): boolean {
  if (!NAME_WORD.test(word) || isRoleToken(word)) return false;
  if (wordKinds(resources.gazetteer, word) & PERSON_KINDS) return true;
  if (ABSTRACT_NOUN.test(word)) return false;
  // "der Vorgänger Merkels": the genitive of a known word names no one new ("Gilles", "Dolores" are names of their own).
  const stem = word.slice(0, -1);
  const genitive = word.endsWith("s") && (isFrequentWord(resources.profiles, stem) || wordKinds(resources.gazetteer, stem) !== 0);
  return !genitive && isRareUnlistedWord(word, resources);
}

/** Tags untagged names right after a role noun as persons, in every sentence. */
export function tagNamesAfterRoleNouns(words: readonly (readonly string[])[], tags: string[][], resources: FeatureResources): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < sentence.length; i++) {
      // The cheap tests first: this runs on every token the tagger left untagged.
      if (t[i] !== "O" || t[i + 1] !== "O" || !NAME_WORD.test(sentence[i + 1]) || !isRoleToken(sentence[i])) continue;
      let end = i + 1;
      while (end < sentence.length && end - i <= MAX_WORDS && t[end] === "O" && isNameWord(sentence[end], resources)) end++;
      if (end === i + 1) continue;
      // "EZB-Direktor Benoit Coeure" with "Coeure" alone tagged: the untagged words open that person's name.
      tagSpan(t, i + 1, t[end] === "B-PER" ? spanEndAt(t, end) : end, "PER");
    }
  });
}
