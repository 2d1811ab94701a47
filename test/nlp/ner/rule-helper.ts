/** A tag rule as the tagger applies it: sentences of words, tags changed in place. */
export type TagRule = (words: readonly (readonly string[])[], tags: string[][]) => void;

/** Applies `rule` to one sentence given as space-separated words and tags; returns the tags afterwards. */
export function applyRule(rule: TagRule, words: string, tags: string): string[] {
  const t = [tags.split(" ")];
  rule([words.split(" ")], t);
  return t[0];
}
