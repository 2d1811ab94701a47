/**
 * House and road numbers belong to the place they follow, as GermEval tags
 * them ("in der Neuendorfer Straße 90c", "Die Bundesstraße 216"): the model
 * ends the span at the street. A place span whose last word is a street
 * ("-straße", "-weg", "-platz", "-allee", "-gasse", "-damm", "-ring") takes
 * a number right after it (one to three digits with an optional letter,
 * "90c", "12-14"; four digits are more often a year). Both such numbers in
 * the GermEval development file are inside the span. Roads named by their
 * number alone ("die A 6") are tagged as places too. Tags change in place.
 */
import { ROAD_PRECEDERS, STREET_ENDINGS } from "../../lang/de/ner-cues.js";
import { spanEndAt } from "./labels.js";
import { endsInNoun } from "./shape.js";

const HOUSE_NUMBER = /^\d{1,3}(?:[a-z]|-\d{1,3})?$/u;

const ROAD_WORDS = new Set(ROAD_PRECEDERS.words);

/** Whether a road name may follow this word (`ROAD_PRECEDERS`). */
function beforeRoad(word: string): boolean {
  const lower = word.toLowerCase();
  return ROAD_WORDS.has(lower) || ROAD_PRECEDERS.nounEndings.some((ending) => lower.endsWith(ending));
}

/**
 * German motorways and federal roads by their number ("die A 6", "zur A 5",
 * "den Autobahnen A 2 und A 7"), which the model leaves untagged: a place.
 * All four such names in the GermEval development file are tagged so.
 */
export function tagRoadNumbers(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 1; i + 1 < t.length; i++) {
      if ((sentence[i] !== "A" && sentence[i] !== "B") || !/^\d{1,3}$/u.test(sentence[i + 1]) || t[i] !== "O" || t[i + 1] !== "O") continue;
      if (!beforeRoad(sentence[i - 1])) continue;
      t[i] = "B-LOC";
      t[i + 1] = "I-LOC";
    }
  });
}

/** Extends place spans that end in a street by the house number after them, in every sentence. */
export function joinHouseNumbers(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== "B-LOC") continue;
      const end = spanEndAt(t, i);
      if (end < t.length && t[end] === "O" && endsInNoun(sentence[end - 1], STREET_ENDINGS) && HOUSE_NUMBER.test(sentence[end])) t[end] = "I-LOC";
      i = end - 1;
    }
  });
}
