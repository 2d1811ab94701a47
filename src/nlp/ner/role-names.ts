/**
 * A name the tagger missed right after a noun for a person's role or
 * relation: "sei bei seinem Vorgänger Steinmeier", "mit dem Rapper Ice-T",
 * "bekommt Chefinspektor Hadden Dolores". The capitalised words after
 * the noun become a person when each is a listed first name, surname or
 * person, or a word the unlabelled text did not show often enough to have a
 * profile (a rare word, as foreign names are); a frequent word the lists do
 * not know is a common noun ("Gruppensieger Spiel 1") and stops the name.
 * Tags change in place.
 */
import { kindMask, unitTypes } from "./gazetteer.js";
import { tagSpan } from "./labels.js";
import type { FeatureResources } from "./features.js";
import { isFrequentWord } from "./profiles.js";
import { isRoleToken } from "./roles.js";

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'-]*$/u;
const PERSON_KINDS = kindMask("first", "surname", "person");
const OTHER_KINDS = kindMask("loc", "org", "country", "misc");
/** Endings of abstract nouns: a rare one after a role noun is the verb's object ("wirft dem Künstler Betriebsblindheit vor"), not a name. */
const ABSTRACT_NOUN = /\p{Ll}(?:ung|heit|keit|schaft|ion|ität|tum|nis|ismus|ie|enz|anz)$/u;

/** Most words such a name may have ("Hadden Dolores"). */
const MAX_WORDS = 3;

/** Whether a word may be part of a person's name here: listed as a person's name, or rare and not listed as anything else. */
function isNameWord(word: string, resources: FeatureResources): boolean {
  if (!NAME_WORD.test(word) || isRoleToken(word)) return false;
  const kinds = resources.gazetteer ? unitTypes(resources.gazetteer, word) : 0;
  if (kinds & PERSON_KINDS) return true;
  if (ABSTRACT_NOUN.test(word)) return false;
  const known = (w: string) => isFrequentWord(resources.profiles, w);
  // "der Vorgänger Merkels": the genitive of a known word names no one new ("Gilles", "Dolores" are names of their own).
  const genitive = word.endsWith("s") && (known(word.slice(0, -1)) || (resources.gazetteer !== null && unitTypes(resources.gazetteer, word.slice(0, -1)) !== 0));
  return !known(word) && !genitive && (kinds & OTHER_KINDS) === 0;
}

/** Tags untagged names right after a role noun as persons, in every sentence. */
export function tagNamesAfterRoleNouns(words: readonly (readonly string[])[], tags: string[][], resources: FeatureResources): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < sentence.length; i++) {
      if (t[i] !== "O" || t[i + 1] !== "O" || !isRoleToken(sentence[i])) continue;
      let end = i + 1;
      while (end < sentence.length && end - i <= MAX_WORDS && t[end] === "O" && isNameWord(sentence[end], resources)) end++;
      if (end > i + 1) tagSpan(t, i + 1, end, "PER");
    }
  });
}
