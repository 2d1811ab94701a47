/**
 * A state or a place in the genitive that the tagger took for a person
 * ("Der Innenminister Frankreichs", "Mannheims oberster Bürgermeister",
 * "Brandenburg ( 97 ) und Sachsen ( 89 )", "Kamerun"): a one-token PER span
 * that is a listed state of the world or a German or Austrian federal state,
 * or whose form without its final -s is a listed place or state, while
 * neither the form nor the stem is a listed first name (for states and
 * large cities, `GENITIVE_BASES`) or first name or surname (for other
 * places), is a LOC — unless the text
 * names a person with that word ("Karl-Theodor zu Guttenberg" …
 * "Guttenbergs"). GermEval tags every one-word state of its development
 * file a place (121 of the world's states, 37 federal states); only as part
 * of a longer name is one something else ("FC Bayern München"). Tags change
 * in place.
 */
import { GENITIVE_BASES } from "../../lang/de/names.js";
import { FEDERAL_STATES } from "../../lang/de/ner-names.js";
import { genitiveTypes, kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";

const PLACE = kindMask("loc", "country");
const PERSON = kindMask("first", "surname");
const STATE = kindMask("country");
const FIRST = kindMask("first");
const FEDERAL = new Set(FEDERAL_STATES);
/** Continents, regions and large cities (and institutions, which no place list holds) whose genitive is the place whatever the surname list holds (names.ts). */
const LARGE_PLACES = new Set(GENITIVE_BASES);

/**
 * Whether a token is the genitive of a listed place and nothing that names a
 * person. A state's name wins over a surname list that holds it too
 * ("Mexikos Innenminister": "Mexiko" is also a listed surname); a city's
 * does not ("Merkels Sprecher" and "Mannheims Bürgermeister" look alike).
 */
export function isGenitivePlace(gazetteer: Gazetteer, token: string): boolean {
  if (token.endsWith("s") && FEDERAL.has(token.slice(0, -1))) return true;
  const stem = genitiveTypes(gazetteer, token);
  const own = unitTypes(gazetteer, token);
  // "Indiens Regierungschef", "Hannovers Oberbürgermeister": the surname list holds "Indiens" and "Hannover" too, but the genitive of a state or a large city is the place unless it is a first name.
  const large = token.endsWith("s") && LARGE_PLACES.has(token.slice(0, -1)) && (stem & PLACE) !== 0;
  if ((stem & STATE) !== 0 || large) return (stem & FIRST) === 0 && (own & FIRST) === 0;
  return (own & PERSON) === 0 && (stem & PLACE) !== 0 && (stem & PERSON) === 0;
}

/** Whether a token is a state's name (of the world or a federal state) and no listed first name ("Sachsen", "Kamerun"; not "Georgia"). */
export function isStateName(gazetteer: Gazetteer, token: string): boolean {
  if (FEDERAL.has(token)) return true;
  const kinds = unitTypes(gazetteer, token);
  return (kinds & STATE) !== 0 && (kinds & FIRST) === 0;
}

/** Retypes one-token PER spans that are states or genitive places, in every sentence (nothing without a gazetteer). */
export function retypeGenitivePlaces(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  const persons = personWords(words, tags);
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < sentence.length; i++) {
      if (t[i] !== "B-PER" || t[i + 1] === "I-PER") continue;
      const word = sentence[i];
      if (!persons.has(word) && isStateName(gazetteer, word)) t[i] = "B-LOC";
      else if (!persons.has(word.slice(0, -1)) && isGenitivePlace(gazetteer, word)) t[i] = "B-LOC";
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
