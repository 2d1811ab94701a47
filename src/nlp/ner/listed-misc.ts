/**
 * A person span whose words are exactly a listed name of another kind —
 * a product, work, event or award of the hand-made lists ("Mozilla
 * Firefox", "Windows Vista", "Tesla Roadster", "Windows") — is that other
 * name (MISC), unless the lists know the same words as a person's name too.
 * The model takes two capitalised words it does not know for a first name
 * and a surname: "Mozilla Firefox" was a person 38 times in an English news
 * stream. In the GermEval development file no such listed name is tagged as
 * a person (the one-word ones: 67 OTH, 10 untagged, 9 organisations). The
 * lists are read through the model's gazetteer, whose keys are the names'
 * tokens joined by spaces. Tags change in place.
 */
import { LANGUAGE_NAMES } from "../../lang/de/ner-misc-names.js";
import { kindMask, wordKinds, type Gazetteer } from "./gazetteer.js";
import { spansFromTags, tagSpan } from "./labels.js";

const MISC_ONLY = kindMask("misc");

/**
 * Language names ("auf Deutsch", "Englisch als Zweitsprache", "Zeilen auf
 * Englisch, Deutsch, Französisch"): as one-word person or place spans they
 * are the language (MISC, as GermEval tags "Englisch" and "Russisch"),
 * though "Deutsch" and "Englisch" are surnames too — a surname of a person
 * the article names in full is tagged as that person again afterwards
 * (consistency.ts).
 */
const LANGUAGES = new Set(LANGUAGE_NAMES);

/** Retypes person spans that are listed other names, and one-word person or place spans that are language names, as MISC, in every sentence. */
export function retypeListedMiscPersons(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      const name = sentence.slice(span.start, span.end).join(" ");
      const language = (span.type === "PER" || span.type === "LOC") && span.end - span.start === 1 && LANGUAGES.has(name);
      if (language || (span.type === "PER" && wordKinds(gazetteer, name) === MISC_ONLY)) tagSpan(tags[s], span.start, span.end, "MISC");
    }
  });
}
