import type { FeatureResources } from "../../../src/nlp/ner/features.js";
import { loadNerModel } from "../../../src/nlp/ner/tagger.js";

/** A tag rule as the tagger applies it: sentences of words, tags changed in place. */
export type TagRule = (words: readonly (readonly string[])[], tags: string[][]) => void;

/** Applies `rule` to one sentence given as space-separated words and tags; returns the tags afterwards. */
export function applyRule(rule: TagRule, words: string, tags: string): string[] {
  const t = [tags.split(" ")];
  rule([words.split(" ")], t);
  return t[0];
}

/** A tag rule that also reads the model's resources (name lists, word profiles). */
export type ResourceRule = (words: readonly (readonly string[])[], tags: string[][], resources: FeatureResources) => void;

/** Applies `rule` with the shipped model's resources to one sentence of "word/TAG" pairs (a word without a tag is O); returns the tags afterwards. */
export function applyWithResources(rule: ResourceRule, sentence: string): string[] {
  const parts = sentence.split(" ").map((p) => p.split("/"));
  const tags = [parts.map(([, t]) => t ?? "O")];
  rule([parts.map(([w]) => w)], tags, loadNerModel().resources);
  return tags[0];
}

/** Applies `rule` with the shipped model's resources to the lines of an article, each given as "word/TAG" pairs (a word without a tag is O); returns each line's tags afterwards. */
export function applyToLines(rule: ResourceRule, ...lines: string[]): string[][] {
  const parts = lines.map((line) => line.split(" ").map((p) => p.split("/")));
  const tags = parts.map((line) => line.map(([, t]) => t ?? "O"));
  rule(
    parts.map((line) => line.map(([w]) => w)),
    tags,
    loadNerModel().resources,
  );
  return tags;
}
