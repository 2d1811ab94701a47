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
 * tokens joined by spaces. A person span that untagged words next to it
 * complete to such a name is that name too ("die Super Bowl" had been the
 * person "Bowl" 11 times in 1,028 derStandard articles; "House of Cards",
 * "Street View", "Ariane 5"). Tags change in place.
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

/** How many untagged words before or after a person span may complete a listed other name with it ("Super" of "Super Bowl"). */
const MAX_COMPLETION = 3;

/** Retypes person and place spans that are listed other names ("Panama Papers", "Breaking Bad" as places), and one-word person or place spans that are language names, as MISC, in every sentence. */
export function retypeListedOtherNames(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      const name = sentence.slice(span.start, span.end).join(" ");
      const language = (span.type === "PER" || span.type === "LOC") && span.end - span.start === 1 && LANGUAGES.has(name);
      if (language || ((span.type === "PER" || span.type === "LOC") && wordKinds(gazetteer, name) === MISC_ONLY)) tagSpan(tags[s], span.start, span.end, "MISC");
      else if (span.type === "PER") completeListedName(sentence, tags[s], span.start, span.end, gazetteer);
    }
  });
}

/**
 * "die Super Bowl" tagged as the person "Bowl": a person span that untagged
 * words right before or after it complete to a listed other name is that
 * name (only names the lists know as nothing else).
 */
function completeListedName(sentence: readonly string[], t: string[], start: number, end: number, gazetteer: Gazetteer | null): void {
  const untagged = (from: number, to: number): boolean => from >= 0 && to <= t.length && t.slice(from, to).every((tag) => tag === "O");
  for (let before = 0; before <= MAX_COMPLETION; before++) {
    for (let after = before === 0 ? 1 : 0; after <= MAX_COMPLETION; after++) {
      const [from, to] = [start - before, end + after];
      if (!untagged(from, start) || !untagged(end, to)) continue;
      if (wordKinds(gazetteer, sentence.slice(from, to).join(" ")) !== MISC_ONLY) continue;
      tagSpan(t, from, to, "MISC");
      return;
    }
  }
}
