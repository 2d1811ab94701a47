/**
 * Places named together: the start and the end of a route ("von Port
 * Harcourt nach Abuja", "aus Brandenburg nach Bayern") and the two ends of a
 * stretch ("zwischen Głogów und Nowa Sól"). A person span in such a pair
 * whose partner the tagger took for a place becomes a place too (the model
 * takes unfamiliar foreign place names for persons). Organisations are left
 * alone ("zwischen Russland und der EU"). In the GermEval training part every
 * such pair with both ends tagged is place and place (three routes, four
 * stretches). Tags change in place.
 */
import { retypeSpan, spanEndAt } from "./labels.js";

const FROM = new Set(["von", "aus", "vom"]);
const TO = new Set(["nach", "bis"]);

/** After a span ending at `end`, a bracketed alias is skipped ("Nowa Sól (Neusalz an der Oder)"); returns the index after it. */
function afterAlias(sentence: readonly string[], end: number): number {
  if (sentence[end] !== "(") return end;
  const close = sentence.indexOf(")", end);
  return close > end && close - end <= 8 ? close + 1 : end;
}

/** Makes person spans places where they pair with a place in a route or a stretch, in every sentence. */
export function tagPlacePairs(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 1; i < sentence.length; i++) {
      const before = sentence[i - 1].toLowerCase();
      if (!t[i].startsWith("B-") || (!FROM.has(before) && before !== "zwischen")) continue;
      const link = afterAlias(sentence, spanEndAt(t, i));
      const joins = before === "zwischen" ? sentence[link] === "und" : TO.has(sentence[link]?.toLowerCase() ?? "");
      const other = link + 1;
      if (!joins || !(t[other] ?? "").startsWith("B-")) continue;
      if (t[i] === "B-PER" && t[other] === "B-LOC") retypeSpan(t, i, "LOC");
      else if (t[i] === "B-LOC" && t[other] === "B-PER") retypeSpan(t, other, "LOC");
    }
  });
}
