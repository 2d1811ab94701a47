/** The tagger's model: hashed emission weights per tag, tag transitions, and the feature resources. */
import type { FeatureResources } from "./features.js";
import { TAGS } from "./labels.js";

export interface NerModel {
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** Emission weights: bucket * TAGS.length + tag. */
  readonly weights: Float32Array;
  /** Transition weights: previous tag (TAGS.length = sentence start) * TAGS.length + tag. */
  readonly transitions: Float32Array;
  readonly resources: FeatureResources;
  /**
   * The weights no longer change (a model loaded from its file): tagging
   * may remember each word's summed weights (decode.ts). Training leaves it
   * unset.
   */
  readonly frozen?: boolean;
  /**
   * Added to the scores of every tag of each entity type (ENTITY_TYPES order) at
   * decoding: > 0 trades precision for recall. Tuned after training.
   */
  entityBias: number[];
  /** How the model was trained (data, epochs, scores); informative only. */
  readonly info: Record<string, unknown>;
}

export const TAG_COUNT = TAGS.length;

/** An empty model with `2^bits` buckets. */
export function emptyModel(bits: number, resources: FeatureResources): NerModel {
  return {
    bits,
    weights: new Float32Array((1 << bits) * TAG_COUNT),
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    resources,
    entityBias: [0, 0, 0, 0],
    info: {},
  };
}

/**
 * Whether tag `to` may follow tag `from` (`from` = TAG_COUNT for the
 * sentence start): I-X and L-X only after B-X or I-X; after B-X or I-X only
 * I-X or L-X. (The end of a sentence must not be B- or I-: see viterbi.)
 */
export function allowedTransition(from: number, to: number): boolean {
  const tag = TAGS[to];
  const prev = from === TAG_COUNT ? "O" : TAGS[from];
  const open = prev[0] === "B" || prev[0] === "I";
  const continues = tag[0] === "I" || tag[0] === "L";
  if (open) return continues && prev.slice(2) === tag.slice(2);
  return !continues;
}

/** Whether a sentence may end on this tag: not inside an open span. */
export function allowedLast(tag: number): boolean {
  const first = TAGS[tag][0];
  return first !== "B" && first !== "I";
}
