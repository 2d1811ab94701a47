/**
 * Titles in bibliography lines: "* Ilse Weber : Wann wohl das Leid ein Ende
 * hat .", "* Gerhart Jander : Lehrbuch der analytischen … Chemie ." — a list
 * item (after a "*", which in GermEval's Wikipedia sentences may stand in
 * the middle of a sentence, after a heading or an ISBN) whose author, tagged as one or more person
 * spans, is followed by a colon and a title that runs to the next full stop
 * or bracket. GermEval tags such a title whole as OTH (MISC): 4 of 4 times in
 * its development file after a bullet (and twice more without one); without
 * the bullet a colon after a person introduces speech ("Schwarz : Ich bin
 * eine Leseratte") and is left alone. The model misses the titles or breaks
 * them into person and place spans; the whole title becomes one MISC span.
 * Tags change in place.
 */
import { spanEndAt, tagSpan } from "./labels.js";

const BULLETS = new Set(["*", "•"]);
const TITLE_ENDS = new Set([".", "(", ")", ";"]);
/** The longest title taken, in tokens. */
const MAX_TITLE = 20;

/** The index of the colon after the authors that follow a bullet at `bullet` (person spans joined by commas), or -1. */
function colonAfterAuthors(sentence: readonly string[], tags: readonly string[], bullet: number): number {
  let i = bullet + 1;
  let authors = 0;
  while (i < sentence.length && tags[i] === "B-PER") {
    i = spanEndAt(tags, i);
    authors++;
    if (sentence[i] === "," && tags[i + 1] === "B-PER") i++;
  }
  return authors > 0 && sentence[i] === ":" ? i : -1;
}

/** Tags the titles of bibliography lines as MISC, in every sentence. */
export function tagCitationTitles(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((word, bullet) => {
      if (!BULLETS.has(word)) return;
      const colon = colonAfterAuthors(sentence, t, bullet);
      if (colon < 0 || !/^[\p{Lu}\p{N}]/u.test(sentence[colon + 1] ?? "")) return;
      let end = colon + 1;
      while (end < sentence.length && !TITLE_ENDS.has(sentence[end])) end++;
      if (end - colon - 1 <= MAX_TITLE) tagSpan(t, colon + 1, end, "MISC");
    });
  });
}
