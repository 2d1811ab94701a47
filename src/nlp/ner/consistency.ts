/**
 * Document-level consistency for surnames: once an article names a person
 * in full ("Olaf Scholz"), a later bare "Scholz" the model left untagged is
 * the same person, and so is a genitive ("Scholz'", "Guttenbergs") the model
 * left untagged or took for a place, and a bare surname the model took for a
 * place or organisation unless it is a state or a well-known place ("Köhler"
 * becomes the person, "Paris" stays the city). Tags are changed in place.
 */
import { ALL_WORLD_PLACES } from "../../lang/de/ner-lists.js";
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { spansFromTags } from "./labels.js";

const COUNTRY = kindMask("country");

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Tags untagged tokens equal to the last word of a multi-word person name elsewhere in the document, and its genitives, as B-PER. */
export function propagateSurnames(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null = null): void {
  const surnames = new Set<string>();
  tags.forEach((sentenceTags, s) => {
    for (const span of spansFromTags(sentenceTags)) {
      if (span.type === "PER" && span.end - span.start >= 2) surnames.add(tokens[s][span.end - 1]);
    }
  });
  if (surnames.size === 0) return;
  tags.forEach((sentenceTags, s) => {
    sentenceTags.forEach((tag, i) => {
      const word = tokens[s][i];
      if (!CAPITALISED.test(word) || sentenceTags[i + 1]?.startsWith("I-")) return;
      const bare = (tag === "O" || (tag.startsWith("B-") && tag !== "B-PER" && !isListedPlace(gazetteer, word))) && surnames.has(word);
      const genitive = (tag === "O" || (tag.startsWith("B-") && tag !== "B-PER")) && isGenitiveOf(word, surnames);
      if (bare || genitive) sentenceTags[i] = "B-PER";
    });
  });
}

/** Well-known places of the hand-made list ("Paris", "Washington"); the geographic name list also has villages named like people ("Köhler"). */
const KNOWN_PLACES = new Set(ALL_WORLD_PLACES);

/**
 * A state or a well-known place ("Paris", "Washington"): as a one-word span it
 * stays what the model made it even when a person bears the name. A village
 * of the geographic name list does not count ("Köhler" after "Horst Köhler"
 * is the president).
 */
function isListedPlace(gazetteer: Gazetteer | null, word: string): boolean {
  return gazetteer === null || (unitTypes(gazetteer, word) & COUNTRY) !== 0 || KNOWN_PLACES.has(word);
}

/** "Guttenbergs", "Scholz'": the genitive of a surname named in full elsewhere (the model tags such forms as places now and then). */
function isGenitiveOf(word: string, surnames: ReadonlySet<string>): boolean {
  if (/[sxzß]['’]$/u.test(word)) return surnames.has(word.slice(0, -1));
  return word.length > 3 && word.endsWith("s") && surnames.has(word.slice(0, -1));
}
