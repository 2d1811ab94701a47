/**
 * The fixed split of the GermEval 2014 development file into a training part
 * and a held-out part (for tuning and the pinned quality floor). Sentences
 * from the same source (same `#` line) stay on the same side; the sources
 * are shuffled with a fixed seed and taken for the held-out part until it
 * holds at least 30 % of the sentences (and at least 600).
 */
import type { GermEvalSentence } from "./germeval.js";
import { seededRandom, shuffleInPlace } from "./random.js";

export const HELD_OUT_SEED = 2014;
export const HELD_OUT_SHARE = 0.3;
export const HELD_OUT_MINIMUM = 600;

export interface GermEvalSplit {
  train: GermEvalSentence[];
  heldOut: GermEvalSentence[];
}

/** Splits the sentences (in file order) into training and held-out parts; both keep file order. */
export function splitGermEval(sentences: readonly GermEvalSentence[]): GermEvalSplit {
  const groups = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const key = s.comment.trim() || `#${i}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const order = shuffleInPlace([...groups.values()], seededRandom(HELD_OUT_SEED));
  const wanted = Math.min(sentences.length, Math.max(HELD_OUT_MINIMUM, Math.ceil(HELD_OUT_SHARE * sentences.length)));
  const heldOut = new Set<number>();
  for (const group of order) {
    if (heldOut.size >= wanted) break;
    for (const i of group) heldOut.add(i);
  }
  return {
    train: sentences.filter((_, i) => !heldOut.has(i)),
    heldOut: sentences.filter((_, i) => heldOut.has(i)),
  };
}

/**
 * How many sentences of the training part a model trained on its first
 * `share` sees (`npm run train:ner -- --share S`); `eval ner --second-half`
 * scores what comes after the first half.
 */
export function sharedLength(trainLength: number, share: number): number {
  return share >= 1 ? trainLength : Math.round(share * trainLength);
}

/**
 * Fold `index` of `count` of all the sentences (cross-validation,
 * scripts/cross-validate-ner.ts): every `count`-th sentence in file order,
 * starting at `index`, is held out, so that each fold samples the whole file.
 */
export function foldSplit(sentences: readonly GermEvalSentence[], index: number, count: number): GermEvalSplit {
  if (!Number.isInteger(count) || count < 2 || !Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`fold ${index} of ${count}: the count must be an integer of at least 2 and the index one of 0 … count − 1`);
  }
  return {
    train: sentences.filter((_, i) => i % count !== index),
    heldOut: sentences.filter((_, i) => i % count === index),
  };
}
