/**
 * Tuning the entity biases of a trained model on held-out sentences: first
 * one bias for all types (a grid), then each type's bias in turn
 * (coordinate ascent, two passes), keeping what raises span F1.
 */
import { scoreTagSequences } from "../../../eval/ner-score.js";
import { emissionScores, viterbi } from "../decode.js";
import { bioOf, ENTITY_TYPES, TAG_TYPE } from "../labels.js";
import { TAG_COUNT, type NerModel } from "../model.js";

export const UNIFORM_GRID = [0, 1, 2, 3, 4, 6, 8];
export const TYPE_STEPS = [-2, -1, -0.5, 0.5, 1, 2, 3];

/** Held-out F1 of the model with the given biases. */
export type BiasScorer = (bias: readonly number[]) => number;

/** A scorer over fixed sentences: emissions are computed once without bias, the bias added per trial. */
export function biasScorer(model: NerModel, features: readonly Uint32Array[][], gold: readonly string[][]): BiasScorer {
  const plain = { ...model, entityBias: [0, 0, 0, 0] };
  return emissionBiasScorer(plain.transitions, features.map((f) => emissionScores(plain, f)), gold);
}

/** A scorer over fixed emission scores without bias (one array per sentence), decoded with `transitions`. */
export function emissionBiasScorer(transitions: Float32Array, emissions: readonly Float64Array[], gold: readonly string[][]): BiasScorer {
  const decoder = { transitions } as NerModel;
  return (bias) => {
    const predicted = emissions.map((e) => {
      const biased = Float64Array.from(e);
      const length = e.length / TAG_COUNT;
      for (let i = 0; i < length; i++) {
        for (let t = 1; t < TAG_COUNT; t++) biased[i * TAG_COUNT + t] += bias[TAG_TYPE[t]];
      }
      return bioOf(viterbi(decoder, biased, length));
    });
    return scoreTagSequences(gold, predicted, ENTITY_TYPES).overall.f1;
  };
}

/** The biases that score best, and their F1. */
export function tuneBiases(score: BiasScorer): { bias: number[]; f1: number } {
  let best = { bias: [0, 0, 0, 0], f1: score([0, 0, 0, 0]) };
  for (const g of UNIFORM_GRID) {
    const f1 = score([g, g, g, g]);
    if (f1 > best.f1) best = { bias: [g, g, g, g], f1 };
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < ENTITY_TYPES.length; k++) {
      for (const step of TYPE_STEPS) {
        const bias = best.bias.map((b, j) => (j === k ? b + step : b));
        const f1 = score(bias);
        if (f1 > best.f1) best = { bias, f1 };
      }
    }
  }
  return best;
}
