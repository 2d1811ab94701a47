/**
 * A name in the genitive and the thing it owns: "Papens Vizekanzlei",
 * "Wulffs Hochzeitsfeier" — the tagger takes both words for one person or
 * place. When the first word is no listed name itself but the genitive of
 * one ("Papen", "Wulff", "Bremerhaven") and the second is no listed name at
 * all and reads like a German compound noun (nine letters or more, lower
 * case after its capital; a shorter word may be a surname after a first
 * name in -s, "Gilles Clément"), the span is the first word alone: a person
 * when the lists know the stem as a person's name, a place when they know
 * it as a place (the tagger's type when they know both). Applied to the
 * gold tags of the GermEval development file, the rule changes nothing.
 * Tags change in place.
 */
import { genitiveTypes, kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { spansFromTags, tagSpan } from "./labels.js";

const PERSON = kindMask("first", "surname", "person");
const PLACE = kindMask("loc", "country");
const ANY_NAME = kindMask("first", "surname", "person", "loc", "country", "org", "misc");
/** An owned thing: a long capitalised word in lower case after its capital, as German compound nouns are ("Vizekanzlei", "Hochzeitsfeier"; not a surname such as "Clément" in "Gilles Clément"). */
const OWNED_NOUN = /^\p{Lu}\p{Ll}{8,}$/u;

/** The type of the owner's genitive at the start of a two-word span, or null when the span is no such pair. */
function ownerType(gazetteer: Gazetteer, owner: string, owned: string, tagged: string): string | null {
  if (!OWNED_NOUN.test(owned) || (unitTypes(gazetteer, owner) & ANY_NAME) !== 0 || (unitTypes(gazetteer, owned) & ANY_NAME) !== 0) return null;
  const stem = genitiveTypes(gazetteer, owner);
  const person = (stem & PERSON) !== 0;
  const place = (stem & PLACE) !== 0;
  if (person && place) return tagged;
  return person ? "PER" : place ? "LOC" : null;
}

/** Splits "Papens Vizekanzlei" (one person or place span) into the genitive name alone, in every sentence (nothing without a gazetteer). */
export function splitGenitiveOwners(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (span.end - span.start !== 2 || (span.type !== "PER" && span.type !== "LOC")) continue;
      const type = ownerType(gazetteer, sentence[span.start], sentence[span.start + 1], span.type);
      if (type === null) continue;
      tagSpan(tags[s], span.start, span.start + 1, type);
      tags[s][span.start + 1] = "O";
    }
  });
}
