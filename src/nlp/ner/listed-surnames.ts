/**
 * "Strache hatte ein Foto … Verliert Strache den Prozess, …": in German
 * text, the surname of a well-known person (the list of src/lang/de/ner-
 * people.ts) that the model tagged nowhere in the article is still that
 * person where the article uses it as a name throughout: written at least
 * twice, once inside a sentence, never in lower case, never right after an
 * article or a preposition joined with one ("der Runde", "am Tisch", "zum
 * Glück": then it is a noun), no given name, and read as a name by the word
 * profiles of the unlabelled text (see readsAsName). The model misses such names
 * where nothing in the sentence marks them — "Putin" ends like a feminine
 * noun ("Ärztin"), and one article of derStandard named Heinz-Christian
 * Strache ten times, untagged every time. Runs on whole articles only
 * (GermEval's sentences come one by one), after the other consistency
 * rules; a word tagged anywhere in the article is left to them.
 */
import { DISEASE_NAMES, OTHER_COMMON_NOUNS, SUBSTANCE_NAMES, UNIT_NAMES } from "../../lang/de/ner-common-nouns.js";
import { COMMON_NOUN_DETERMINERS, DEFINITE_ARTICLES } from "../../lang/de/ner-cues.js";
import { DETERMINERS as NAME_DETERMINERS } from "../../lang/de/names.js";
import { isFamousSurname } from "../listed-people.js";
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { PROFILE_STAT, profileBucket, profileCodes, type WordProfiles } from "./profiles.js";

/** Words after which a capitalised word is a noun, not a name: articles, other determiners and prepositions joined with an article ("am", "zum"). */
const DETERMINERS = new Set([...DEFINITE_ARTICLES, ...COMMON_NOUN_DETERMINERS, ...NAME_DETERMINERS, "ans", "aufs"]);
const SURNAME = kindMask("surname");
/** Listed common nouns that are also well-known people's surnames ("Celsius", "Gott"). */
const COMMON_NOUNS = new Set([...SUBSTANCE_NAMES, ...DISEASE_NAMES, ...UNIT_NAMES, ...OTHER_COMMON_NOUNS]);

/** A well-known person's surname of four letters or more that is no given name nor listed common noun ("Putin", "Strache"; not "Martin", "Celsius"). */
const isCandidate = (word: string): boolean => word.length >= 4 && isFamousSurname(word) && !COMMON_NOUNS.has(word);

/**
 * What the unlabelled text says of a word, where it saw it often enough: a
 * name there is never written in lower case nor after "ein", seldom after
 * "der" (under 10 %), not mostly before another capitalised word (a title,
 * "Graf", "Prinz"), and comes after a given name at least now and then
 * (over 2 %: "Wladimir Putin"); "Kaiser", "Klima", "Runde", "Glück", "Obst"
 * fail. A word it did not see often ("Strache") passes.
 */
function readsAsName(profiles: WordProfiles | null, word: string): boolean {
  const codes = profiles ? profileCodes(profiles, word) : null;
  if (!codes) return true;
  const bucket = (stat: number): number => profileBucket(codes, stat) ?? 0;
  const S = PROFILE_STAT;
  return bucket(S.LowerCase) === 0 && bucket(S.AfterIndefinite) === 0 && bucket(S.AfterDefinite) <= 2 && bucket(S.BeforeCapitalised) <= 4 && bucket(S.AfterCapitalised) >= 2;
}

/** Tags, in place, every occurrence of a well-known person's surname that the article uses as a name throughout but the model left untagged. */
export function tagListedSurnames(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null, profiles: WordProfiles | null): void {
  if (gazetteer === null) return;
  const seen = new Map<string, { count: number; inside: boolean; noun: boolean }>();
  const lower = new Set<string>();
  const tagged = new Set<string>();
  tokens.forEach((sentence, s) => {
    sentence.forEach((word, i) => {
      if (/^\p{Ll}/u.test(word)) lower.add(word);
      if (tags[s][i] !== "O") tagged.add(word);
      if (!isCandidate(word)) return;
      const entry = seen.get(word) ?? { count: 0, inside: false, noun: false };
      entry.count++;
      entry.inside ||= i > 0 && /\p{L}/u.test(sentence[i - 1]);
      entry.noun ||= i > 0 && DETERMINERS.has(sentence[i - 1].toLowerCase());
      seen.set(word, entry);
    });
  });
  // Used as a name throughout: twice or more, once inside a sentence, never after a determiner, never in lower case, tagged nowhere.
  const usedAsName = (word: string, e: { count: number; inside: boolean; noun: boolean }): boolean =>
    e.count >= 2 && e.inside && !e.noun && !tagged.has(word) && !lower.has(word.toLowerCase());
  const names = new Set(
    [...seen].filter(([word, e]) => usedAsName(word, e) && (unitTypes(gazetteer, word) & SURNAME) !== 0 && readsAsName(profiles, word)).map(([word]) => word),
  );
  if (names.size === 0) return;
  tokens.forEach((sentence, s) => sentence.forEach((word, i) => {
    if (names.has(word) && tags[s][i] === "O") tags[s][i] = "B-PER";
  }));
}
