/**
 * Person spans the tagger cut short: "Nikolas Ledgerwood" tagged on "Nikolas"
 * alone, "Hagar Shmoulefeld Finer" without "Hagar". A span that ends in a
 * listed first name takes the next untagged capitalised word when that word
 * is a listed surname or too rare to have a word profile (a frequent word is
 * a common noun or a verb: "Elisabeth Will wurde", where the data set has
 * the surname, is left alone); an untagged listed first name right before a
 * person span joins it. After a compound of two listed first names
 * ("Hans-Jürgen", "Frank-Jürgen") any capitalised word but a role is the
 * surname, the pair tagged or not ("Hans-Jürgen Papier", "Frank-Jürgen
 * Weise": common nouns the model would not take). Tags change in place.
 */
import { kindMask, wordKinds } from "./gazetteer.js";
import type { FeatureResources } from "./features.js";
import { spanEndAt, tagSpan } from "./labels.js";
import { isRareUnlistedWord } from "./role-names.js";
import { isRoleToken } from "./roles.js";
import { isCompoundFirstName } from "./particles.js";

const FIRST = kindMask("first");
const SURNAME = kindMask("surname", "person");
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** A surname after a first name: listed as one, or rare and listed as nothing else. */
function isSurnameAfterFirst(word: string, resources: FeatureResources): boolean {
  if (!NAME_WORD.test(word) || isRoleToken(word)) return false;
  return (wordKinds(resources.gazetteer, word) & SURNAME) !== 0 || isRareUnlistedWord(word, resources);
}

/** A surname after the first name at `i`: any name-like word after a compound of two first names ("Hans-Jürgen Papier"), else as isSurnameAfterFirst says. */
function surnameFollows(sentence: readonly string[], i: number, resources: FeatureResources): boolean {
  const next = sentence[i + 1];
  if (next === undefined) return false;
  if (isCompoundFirstName(sentence[i], resources.gazetteer)) return NAME_WORD.test(next) && !isRoleToken(next);
  return isSurnameAfterFirst(next, resources);
}

/** Extends person spans over a missing surname after a first name and a missing first name before them, in every sentence; an untagged compound first name and the word after it are a person. */
export function completePersonNames(words: readonly (readonly string[])[], tags: string[][], resources: FeatureResources): void {
  const gazetteer = resources.gazetteer;
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if (t[i] === "O" && t[i + 1] === "O" && isCompoundFirstName(sentence[i], gazetteer) && surnameFollows(sentence, i, resources)) tagSpan(t, i, i + 2, "PER");
      if (t[i] !== "B-PER") continue;
      let start = i;
      if (i > 0 && t[i - 1] === "O" && NAME_WORD.test(sentence[i - 1]) && (wordKinds(gazetteer, sentence[i - 1]) & FIRST) && !isRoleToken(sentence[i - 1])) start = i - 1;
      let end = spanEndAt(t, i);
      const last = wordKinds(gazetteer, sentence[end - 1]);
      const lastIsFirst = ((last & FIRST) !== 0 && (last & SURNAME) === 0) || isCompoundFirstName(sentence[end - 1], gazetteer);
      if (lastIsFirst && end < t.length && t[end] === "O" && surnameFollows(sentence, end - 1, resources)) end++;
      if (start < i || end > spanEndAt(t, i)) tagSpan(t, start, end, "PER");
      i = end - 1;
    }
  });
}
