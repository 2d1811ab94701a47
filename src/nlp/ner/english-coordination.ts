/**
 * English names joined by "and"/"or" that the German model read as one span
 * ("European Union and Mexico", "Kim and Trump", "Wal-Mart Stores Inc. and
 * Home Depot Inc."): German joins names the same way, but an English span
 * with a coordinator inside is mostly two. The span is split at the
 * coordinator when the article names both sides as spans of their own
 * elsewhere; each side takes the type it has there. Names that hold a
 * coordinator ("Office of Management and Budget", "Bosnia and Herzegovina")
 * keep it: their parts are not names of their own in the article. A person
 * span whose second side opens with a title ("Dr Patel and Mrs Brown") is
 * two persons. English only; tags change in place.
 */
import { ENGLISH_UNDOTTED_TITLES } from "../../lang/en/ner-cues.js";
import { spansFromTags } from "./labels.js";

const COORDINATORS = new Set(["and", "or", "&"]);
const TITLES = new Set([...ENGLISH_UNDOTTED_TITLES, ...ENGLISH_UNDOTTED_TITLES.map((t) => `${t}.`)]);

/** The spans of all sentences without a coordinator inside, by their words, with the type each had first. */
function plainSpans(words: readonly (readonly string[])[], tags: readonly string[][]): Map<string, string> {
  const known = new Map<string, string>();
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      const inside = sentence.slice(span.start, span.end);
      const key = inside.join(" ");
      if (!inside.some((w) => COORDINATORS.has(w)) && !known.has(key)) known.set(key, span.type);
    }
  });
  return known;
}

/** Splits spans with a coordinator inside whose two sides the article names on their own, in every sentence. */
export function splitCoordinatedEnglishSpans(words: readonly (readonly string[])[], tags: string[][]): void {
  const known = plainSpans(words, tags);
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (const span of spansFromTags(t)) {
      const at = sentence.findIndex((w, i) => i > span.start && i < span.end - 1 && COORDINATORS.has(w));
      if (at < 0) continue;
      if (span.type === "PER" && TITLES.has(sentence[at + 1]) && at + 2 < span.end) {
        // "Dr Patel and Mrs Brown": a title after the coordinator opens a second person.
        t.fill("O", at, at + 2);
        t[at + 2] = "B-PER";
        continue;
      }
      const left = known.get(sentence.slice(span.start, at).join(" "));
      const right = known.get(sentence.slice(at + 1, span.end).join(" "));
      if (!left || !right) continue;
      t[span.start] = `B-${left}`;
      for (let i = span.start + 1; i < at; i++) t[i] = `I-${left}`;
      t[at] = "O";
      t[at + 1] = `B-${right}`;
      for (let i = at + 2; i < span.end; i++) t[i] = `I-${right}`;
    }
  });
}
