/**
 * A person span whose words are exactly a listed name of another kind —
 * a product, work, event or award of the hand-made lists ("Mozilla
 * Firefox", "Windows Vista", "Tesla Roadster"; one word the lists know as
 * nothing else, "Windows") — is that other name (MISC), unless the lists
 * know the same words as a person's name too. The model takes two
 * capitalised words it does not know for a first name and a surname:
 * "Mozilla Firefox" was a person 38 times in an English news stream. In the
 * GermEval development file no such listed name is tagged as a person (the
 * one-word ones: 67 OTH, 10 untagged, 9 organisations). Tags change in place.
 */
import { MISC_NAMES } from "../../lang/de/ner-misc-names.js";
import { MORE_MISC_NAMES } from "../../lang/de/ner-misc-more.js";
import { WELL_KNOWN_PEOPLE } from "../../lang/de/ner-people.js";
import { kindMask, wordKinds, type Gazetteer } from "./gazetteer.js";
import { spansFromTags, tagSpan } from "./labels.js";
import { tokenize } from "../tokens.js";

const PEOPLE = new Set(WELL_KNOWN_PEOPLE);
/** Listed other names of two or more tokens, as their tokens joined by spaces. */
const LISTED = new Set(
  [...MISC_NAMES, ...MORE_MISC_NAMES]
    .filter((name) => !PEOPLE.has(name))
    .map((name) => tokenize(name).map((t) => t.text))
    .filter((tokens) => tokens.length >= 2)
    .map((tokens) => tokens.join(" ")),
);

const MISC_ONLY = kindMask("misc");

/** Whether the words of a span are a listed other name: of several words, or one word listed as nothing else. */
function isListedMisc(tokens: readonly string[], gazetteer: Gazetteer | null): boolean {
  return tokens.length === 1 ? wordKinds(gazetteer, tokens[0]) === MISC_ONLY : LISTED.has(tokens.join(" "));
}

/** Retypes person spans that are listed other names as MISC, in every sentence. */
export function retypeListedMiscPersons(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (span.type === "PER" && isListedMisc(sentence.slice(span.start, span.end), gazetteer)) tagSpan(tags[s], span.start, span.end, "MISC");
    }
  });
}
