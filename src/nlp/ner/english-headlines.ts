/**
 * English headlines in title case ("Kmart Acquires Sears in $11 Billion
 * Deal", "Another Christmas Greeting Virus Found"): every word but the small
 * ones is capitalised, so capitals say nothing about names there, and the
 * model, reading English with German eyes, runs names over the verbs
 * ("Kmart Acquires Sears" as one person, whose surname "Sears" the article's
 * later "Sears" then joined). A span in such a line is kept only when the
 * same words are tagged in a line of running text of the article, where
 * capitals mean something ("Sears", "Kmart"), or when the name lists know
 * them: a listed name, or a listed first name and more ("From: James G.
 * Roche To: John Jumper" of an e-mail header, which reads like a headline
 * too). Tags change in place; English only.
 */
import { ENGLISH_TITLE_SMALL_WORDS } from "../../lang/en/ner-cues.js";
import { kindMask, wordKinds, type Gazetteer } from "./gazetteer.js";
import { spansFromTags } from "./labels.js";

const FIRST_NAME = kindMask("first");

const SMALL_WORDS = new Set(ENGLISH_TITLE_SMALL_WORDS);
const WORD = /^\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;
/** Fewest capitalised words, small ones aside, that make a line a headline ("Photo by Craig Squires", a caption, is none). */
const MIN_CAPITALS = 4;

/** Whether a line is a title-case headline: no word but the small ones in lower case, and four capitalised words or more besides them. */
function isHeadline(words: readonly string[]): boolean {
  let capitals = 0;
  for (const word of words) {
    if (!WORD.test(word) || SMALL_WORDS.has(word.toLowerCase())) continue;
    if (!CAPITALISED.test(word)) return false;
    capitals++;
  }
  return capitals >= MIN_CAPITALS;
}

/** Whether the lists know a span's words: a listed name, or a listed first name before another word ("Secretary Colin L. Powell"). */
function listed(span: readonly string[], gazetteer: Gazetteer | null): boolean {
  if (wordKinds(gazetteer, span.join(" ")) !== 0) return true;
  return span.slice(0, -1).some((word) => (wordKinds(gazetteer, word) & FIRST_NAME) !== 0);
}

/** Untags the spans of title-case headlines whose words are tagged nowhere in the article's running text and are not listed. */
export function untagHeadlineSpans(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  const headlines = words.map(isHeadline);
  const running = new Set<string>();
  words.forEach((w, s) => {
    if (!headlines[s]) for (const span of spansFromTags(tags[s])) running.add(w.slice(span.start, span.end).join(" "));
  });
  words.forEach((w, s) => {
    if (!headlines[s]) return;
    for (const span of spansFromTags(tags[s])) {
      const spanWords = w.slice(span.start, span.end);
      if (running.has(spanWords.join(" ")) || listed(spanWords, gazetteer)) continue;
      for (let i = span.start; i < span.end; i++) tags[s][i] = "O";
    }
  });
}
