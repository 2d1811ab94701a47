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
import { ALL_FIRST_NAMES } from "../../lang/de/ner-lists.js";
import { WELL_KNOWN_PEOPLE } from "../../lang/de/ner-people.js";
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { profileCodes, type WordProfiles } from "./profiles.js";

/** Words after which a capitalised word is a noun, not a name: articles and prepositions joined with one. */
const DETERMINERS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "am", "im", "zum", "zur", "vom", "beim", "ins", "ans",
  "aufs", "kein", "keine", "keinen", "keinem", "keiner", "dieser", "diese", "dieses", "diesen", "diesem", "jeder", "jede", "jedes", "jeden", "jedem",
]);
const SURNAME = kindMask("surname");

let famous: ReadonlySet<string> | null = null;
/** Last words of the well-known people's full names that are no given names nor listed common nouns ("Putin", "Strache"; not "Martin", "Celsius", "Gott"). */
function famousSurnames(): ReadonlySet<string> {
  if (famous) return famous;
  const excluded = new Set([...ALL_FIRST_NAMES, ...SUBSTANCE_NAMES, ...DISEASE_NAMES, ...UNIT_NAMES, ...OTHER_COMMON_NOUNS]);
  famous = new Set(WELL_KNOWN_PEOPLE.filter((n) => n.includes(" ")).map((n) => n.slice(n.lastIndexOf(" ") + 1)).filter((w) => w.length >= 4 && !excluded.has(w)));
  return famous;
}

/** Statistic codes of the word profiles (training/word-profiles.ts: statistic × 16 + bucket). */
const LOWER_CASE = 1;
const AFTER_INDEFINITE = 3;
const AFTER_DEFINITE = 4;
const BEFORE_CAPITALISED = 6;
const AFTER_CAPITALISED = 7;

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
  const bucket = (stat: number): number => codes.find((c) => c >> 4 === stat && c < 256)! & 15;
  return bucket(LOWER_CASE) === 0 && bucket(AFTER_INDEFINITE) === 0 && bucket(AFTER_DEFINITE) <= 2 && bucket(BEFORE_CAPITALISED) <= 4 && bucket(AFTER_CAPITALISED) >= 2;
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
      if (!famousSurnames().has(word)) return;
      const entry = seen.get(word) ?? { count: 0, inside: false, noun: false };
      entry.count++;
      entry.inside ||= i > 0 && /\p{L}/u.test(sentence[i - 1]);
      entry.noun ||= i > 0 && DETERMINERS.has(sentence[i - 1].toLowerCase());
      seen.set(word, entry);
    });
  });
  const names = new Set(
    [...seen].filter(([word, e]) => e.count >= 2 && e.inside && !e.noun && !tagged.has(word) && !lower.has(word.toLowerCase()) && (unitTypes(gazetteer, word) & SURNAME) !== 0 && readsAsName(profiles, word)).map(([word]) => word),
  );
  if (names.size === 0) return;
  tokens.forEach((sentence, s) => sentence.forEach((word, i) => {
    if (names.has(word) && tags[s][i] === "O") tags[s][i] = "B-PER";
  }));
}
