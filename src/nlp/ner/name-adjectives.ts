/**
 * A capitalised inflected adjective right before a span opens the name
 * ("die Karibische Platte", "der Nordamerikanischen Platte", "die Vereinigten
 * Arabischen Emirate"): inside a German sentence an adjective is written with
 * a capital only as part of a name. In the GermEval development file such an
 * adjective (not at the start of a sentence) right before a name is inside
 * the span 41 times and outside it twice ("des Heiligen Pankratius", "Schweizer
 * Internationale Stephan Lehmann"); only adjectives beyond doubt count, as
 * "Süden", "Schriftsteller" or "Internationale" may be nouns. The tagger sometimes tags the head noun
 * alone ("Platte", a village of the geographic names), and two different
 * names then become one entity. Untagged adjectives before a span join it,
 * in every sentence, when the span is one word or opens with an adjective
 * itself; not before a person, where such a word is a noun ("der
 * Ostdeutschen Angela Merkel", "die Deutsche Susanne Riesch"). Tags change in
 * place.
 */
import { ADJECTIVE_STEMS, NOUN_LIKE_ADJECTIVE_STEMS, SURE_ADJECTIVE_STEM_ENDINGS } from "../../lang/de/names.js";
import { adjectiveParts } from "../entities/adjectives.js";

const LISTED_STEMS = new Set(ADJECTIVE_STEMS.filter((stem) => !NOUN_LIKE_ADJECTIVE_STEMS.includes(stem)));

/** A capitalised inflected adjective beyond doubt: a listed stem (not one that also makes a noun) or a stem in "-isch" or "-lich". */
function isNameAdjective(token: string): boolean {
  const parts = adjectiveParts(token);
  if (parts === null) return false;
  const stem = parts.stem.toLowerCase();
  return LISTED_STEMS.has(stem) || SURE_ADJECTIVE_STEM_ENDINGS.some((ending) => stem.endsWith(ending));
}

/** Tokens after which a capital shows nothing: the start of a sentence, a bullet, a colon, an opening quote. */
const OPENERS = new Set([".", "!", "?", ":", "*", "„", "\"", "»", "«", "(", "–", "-"]);

/** Two capitals or more: an abbreviation ("CVP"), which a descriptive adjective may precede ("die Christdemokratische CVP"). */
const ABBREVIATION = /^(?:.*\p{Lu}){2}/u;

/**
 * Whether the span at `start` is one a name adjective belongs to: a single
 * word that is no abbreviation ("Platte", "Ostens", "Demokraten"), or a span
 * that itself opens with such an adjective ("Demokratischen Partei"). A longer
 * name stands complete without it ("die Liberianische International AirService").
 */
function opensWithHead(sentence: readonly string[], t: readonly string[], start: number): boolean {
  const single = t[start + 1] === undefined || !t[start + 1].startsWith("I-");
  return single ? !ABBREVIATION.test(sentence[start]) : isNameAdjective(sentence[start]);
}

/** Joins capitalised inflected adjectives that stand right before a span to that span. */
export function joinNameAdjectives(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = sentence.length - 2; i >= 1; i--) {
      if (t[i] !== "O" || !t[i + 1].startsWith("B-") || t[i + 1] === "B-PER" || OPENERS.has(sentence[i - 1]) || !isNameAdjective(sentence[i])) continue;
      if (!opensWithHead(sentence, t, i + 1)) continue;
      const type = t[i + 1].slice(2);
      t[i] = `B-${type}`;
      t[i + 1] = `I-${type}`;
    }
  });
}
