/**
 * A person or place span does not end in a lower-case word: the tagger
 * sometimes runs a name on into the verb or particle after it ("Um Edward
 * wiederzusehen begibt sich …" tagged PER "Edward wiederzusehen", "rast sie
 * mit David von einer Brücke" PER "David von"). In the GermEval development
 * file one person or place of 1,900 ends in a word of lower-case letters
 * only (the Czech "… údolí"), while names of organisations and works do
 * ("dpa", "vhs", titles), so those are left alone. Trailing lower-case words
 * leave the span, and so do symbols ("Mikko @" in a blog's "Posted by Mikko
 * @ 10:05 GMT"; no person or place of the development file ends in one); a
 * span of nothing else is none. Tags change in place.
 */
import { spansFromTags } from "./labels.js";

/** A word of lower-case letters only ("von", "wiederzusehen"; not "d'Or", "al-Nuaimi", "t-online.de"), or a symbol no name ends in ("Posted by Mikko @ 10:05 GMT"; not the dot of "Chr ." or a bracket). */
const NO_NAME_END = /^(?:\p{Ll}+|[@#/|&+*–—-]+)$/u;

/** The types whose spans lose trailing lower-case words. */
const TRIMMED = new Set(["PER", "LOC"]);

/** Trims lower-case words off the end of person and place spans, in every sentence. */
export function trimLowerCaseEnds(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (!TRIMMED.has(span.type)) continue;
      for (let i = span.end - 1; i >= span.start && NO_NAME_END.test(sentence[i]); i--) tags[s][i] = "O";
    }
  });
}
