/**
 * A place in the genitive that the tagger took for a person ("Der
 * Innenminister Frankreichs", "Mannheims oberster Bürgermeister"): a
 * one-token PER span whose form without its final -s is a listed place or
 * state, while neither the form nor the stem is a listed first name or
 * surname, is a LOC — unless the text names a person with that word
 * ("Karl-Theodor zu Guttenberg" … "Guttenbergs"). Tags change in place.
 */
import { genitiveTypes, kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";

const PLACE = kindMask("loc", "country");
const PERSON = kindMask("first", "surname");
const STATE = kindMask("country");
const FIRST = kindMask("first");

/**
 * Whether a token is the genitive of a listed place and nothing that names a
 * person. A state's name wins over a surname list that holds it too
 * ("Mexikos Innenminister": "Mexiko" is also a listed surname); a city's
 * does not ("Merkels Sprecher" and "Mannheims Bürgermeister" look alike).
 */
export function isGenitivePlace(gazetteer: Gazetteer, token: string): boolean {
  const stem = genitiveTypes(gazetteer, token);
  if ((unitTypes(gazetteer, token) & PERSON) !== 0) return false;
  return (stem & STATE) !== 0 ? (stem & FIRST) === 0 : (stem & PLACE) !== 0 && (stem & PERSON) === 0;
}

/** Retypes one-token PER spans that are genitive places, in every sentence (nothing without a gazetteer). */
export function retypeGenitivePlaces(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  const persons = personWords(words, tags);
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < sentence.length; i++) {
      if (t[i] !== "B-PER" || t[i + 1] === "I-PER" || persons.has(sentence[i].slice(0, -1))) continue;
      if (isGenitivePlace(gazetteer, sentence[i])) t[i] = "B-LOC";
    }
  });
}

/** Words that stand inside a person span of two or more words somewhere in the text ("Guttenberg" of "Karl-Theodor zu Guttenberg"): their genitive names the person. */
function personWords(words: readonly (readonly string[])[], tags: readonly string[][]): Set<string> {
  const out = new Set<string>();
  words.forEach((sentence, s) =>
    sentence.forEach((w, i) => {
      if (tags[s][i] === "I-PER" || (tags[s][i] === "B-PER" && tags[s][i + 1] === "I-PER")) out.add(w);
    }),
  );
  return out;
}
