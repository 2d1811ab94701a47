/**
 * "BMW ( +10,1% )", "Das BKA teilte mit": an all-capital abbreviation of a
 * well-known organisation (hand-made list) that the tagger left untagged is
 * that organisation. Only abbreviations: a listed word like "Allianz" or
 * "Bayer" is also an ordinary word or a surname. Tags change in place.
 */
import { ORGANISATION_NAMES } from "../../lang/de/ner-names.js";

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const LISTED = new Set(ORGANISATION_NAMES.filter((n) => ACRONYM.test(n)));

/** Tags listed organisation abbreviations the tagger left as O, in every sentence. */
export function tagListedAcronyms(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((w, i) => {
      if (t[i] === "O" && LISTED.has(w) && (i + 1 >= t.length || !t[i + 1].startsWith("I-"))) t[i] = "B-ORG";
    });
  });
}
