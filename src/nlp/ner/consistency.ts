/**
 * Document-level consistency for surnames: once an article names a person
 * in full ("Olaf Scholz"), a later bare "Scholz" the model left untagged is
 * the same person. Tags are changed in place.
 */
import { spansFromTags } from "./labels.js";

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Tags untagged tokens equal to the last word of a multi-word person name elsewhere in the document as B-PER. */
export function propagateSurnames(tokens: readonly (readonly string[])[], tags: string[][]): void {
  const surnames = new Set<string>();
  tags.forEach((sentenceTags, s) => {
    for (const span of spansFromTags(sentenceTags)) {
      if (span.type === "PER" && span.end - span.start >= 2) surnames.add(tokens[s][span.end - 1]);
    }
  });
  if (surnames.size === 0) return;
  tags.forEach((sentenceTags, s) => {
    sentenceTags.forEach((tag, i) => {
      const word = tokens[s][i];
      if (tag !== "O" || !surnames.has(word) || !CAPITALISED.test(word)) return;
      if (sentenceTags[i + 1]?.startsWith("I-")) return;
      sentenceTags[i] = "B-PER";
    });
  });
}
