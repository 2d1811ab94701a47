/**
 * One-word spans that are common nouns, not names: substances ("Preise für
 * Benzin", "Mangel an Ozon"), diseases ("AIDS"), time zones ("14 Uhr MEZ",
 * tagged as organisations) and units after a number or "Grad" ("271,3 Grad
 * Celsius"). An unknown capitalised noun gives the
 * model little to go on, and in news texts it took such words for persons
 * (36 mentions in the 850 German Wikinews texts: "Benzin" 9 times,
 * "Celsius" 4, "AIDS" 4, "Polonium", "Stickoxid"; time zones 11 times,
 * mostly as organisations). GermEval tags all 13
 * such words in its development file O. Lists in
 * `src/lang/de/ner-common-nouns.ts`; a span of more words ("Anders
 * Celsius") is left alone. Tags change in place.
 */
import { DISEASE_NAMES, SUBSTANCE_NAMES, TIME_ZONES, UNIT_NAMES, UNIT_PRECEDERS } from "../../lang/de/ner-common-nouns.js";
import { spansFromTags } from "./labels.js";

const NOUNS = new Set([...SUBSTANCE_NAMES, ...DISEASE_NAMES, ...TIME_ZONES]);
const UNITS = new Set(UNIT_NAMES);
const BEFORE_UNIT = new Set(UNIT_PRECEDERS);
const NUMBER = /^[+-−]?\d[\d.,]*$/u;

/** Whether the one word at `i` is a common noun the lists know (a unit only after a number or "Grad"). */
function isCommonNoun(words: readonly string[], i: number): boolean {
  if (NOUNS.has(words[i])) return true;
  return UNITS.has(words[i]) && i > 0 && (NUMBER.test(words[i - 1]) || BEFORE_UNIT.has(words[i - 1]));
}

/** Untags one-word spans that are listed substances, diseases, time zones or units, in every sentence. */
export function untagCommonNouns(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (span.end - span.start === 1 && isCommonNoun(sentence, span.start)) tags[s][span.start] = "O";
    }
  });
}
