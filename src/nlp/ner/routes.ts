/**
 * "von Port Harcourt nach Abuja", "aus Brandenburg nach Bayern": in a route
 * the start and the end are both places. A person or organisation span
 * between "von"/"aus" and "nach"/"bis" whose other end the tagger took for a
 * place becomes a place too. In the GermEval training part every such route
 * (three) is tagged place to place. Tags change in place.
 */
const FROM = new Set(["von", "aus", "vom"]);
const TO = new Set(["nach", "bis"]);

/** The end (exclusive) of the span starting at `i`. */
function spanEnd(t: readonly string[], i: number): number {
  const type = t[i].slice(2);
  let end = i + 1;
  while (end < t.length && t[end] === `I-${type}`) end++;
  return end;
}

/** Retypes the start of a route as a place when its end is one, in every sentence. */
export function tagRouteStarts(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 1; i < sentence.length; i++) {
      if (!FROM.has(sentence[i - 1].toLowerCase()) || (t[i] !== "B-PER" && t[i] !== "B-ORG")) continue;
      const end = spanEnd(t, i);
      if (!TO.has(sentence[end]?.toLowerCase() ?? "") || t[end + 1] !== "B-LOC") continue;
      for (let j = i; j < end; j++) t[j] = j === i ? "B-LOC" : "I-LOC";
    }
  });
}
