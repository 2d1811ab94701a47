/**
 * House and road numbers belong to the place they follow, as GermEval tags
 * them ("in der Neuendorfer Straße 90c", "Die Bundesstraße 216"): the model
 * ends the span at the street. A place span whose last word is a street
 * ("-straße", "-weg", "-platz", "-allee", "-gasse", "-damm", "-ring") takes
 * a number right after it (one to three digits with an optional letter, "90c", "12-14"; four digits are more often a year).
 * Both such numbers in the GermEval development file are inside the span.
 * Tags change in place.
 */
import { STREET_ENDINGS } from "../../lang/de/ner-cues.js";
import { spanEndAt } from "./labels.js";

const HOUSE_NUMBER = /^\d{1,3}(?:[a-z]|-\d{1,3})?$/u;

function isStreet(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && STREET_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** Extends place spans that end in a street by the house number after them, in every sentence. */
export function joinHouseNumbers(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== "B-LOC") continue;
      const end = spanEndAt(t, i);
      if (end < t.length && t[end] === "O" && isStreet(sentence[end - 1]) && HOUSE_NUMBER.test(sentence[end])) t[end] = "I-LOC";
      i = end - 1;
    }
  });
}
