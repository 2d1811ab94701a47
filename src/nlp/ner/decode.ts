/** Viterbi decoding over the model's BILOU tags with the model's emission and transition weights. */
import type { TokenFeatures } from "./features.js";
import { TAG_TYPE } from "./labels.js";
import { allowedLast, allowedTransition, TAG_COUNT, type NerModel } from "./model.js";

const ALLOWED: boolean[] = [];
for (let from = 0; from <= TAG_COUNT; from++) for (let to = 0; to < TAG_COUNT; to++) ALLOWED.push(allowedTransition(from, to));
/** For each tag, the tags that may precede it (Viterbi visits only these). */
const PREDECESSORS: Int32Array[] = Array.from({ length: TAG_COUNT }, (_, to) =>
  Int32Array.from(Array.from({ length: TAG_COUNT }, (_, from) => from).filter((from) => ALLOWED[from * TAG_COUNT + to])),
);

if (TAG_COUNT !== 17) throw new Error("emissionScores is unrolled for 17 tags");

/**
 * Emission scores, token-major: scores[i * TAG_COUNT + tag], each type's
 * bias added to its tags.
 */
export function emissionScores(model: NerModel, features: readonly Uint32Array[]): Float64Array {
  return sumRows(model, features, null, true);
}

const ZERO = new Float64Array(TAG_COUNT);

/**
 * The same scores for features in two parts (features.ts,
 * extractTokenFeatures): with a frozen model each word's own weights are
 * summed once and remembered with the word. The sums are exact: a loaded
 * model's weights are float32 values of int16 multiples of one step
 * (model-file.ts), so all are multiples of one power of two at most 2^39
 * times it, and a few hundred of them (and the biases) add up in float64
 * without rounding, in any order; the scores are those of emissionScores
 * to the last bit.
 */
export function tokenEmissionScores(model: NerModel, tokens: readonly TokenFeatures[]): Float64Array {
  const own = tokens.map(({ word }) => {
    if (!model.frozen) return sumRows(model, [word.own], null, false);
    if (word.sumsOf !== model.weights || !word.sums) {
      word.sums = sumRows(model, [word.own], null, false);
      word.sumsOf = model.weights;
    }
    return word.sums;
  });
  return sumRows(model, tokens.map((t) => t.context), own, true);
}

/**
 * The sums of the weight rows of each token's features, started from
 * `base[i]` (or zero), with each type's bias added when `withBias`.
 * Unrolled over the 17 tags: this loop is most of the tagger's time.
 */
function sumRows(model: NerModel, features: readonly Uint32Array[], base: readonly Float64Array[] | null, withBias: boolean): Float64Array {
  const scores = new Float64Array(features.length * TAG_COUNT);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  const bias = new Float64Array(TAG_COUNT);
  if (withBias) for (let t = 1; t < TAG_COUNT; t++) bias[t] = model.entityBias[TAG_TYPE[t]];
  for (let i = 0; i < features.length; i++) {
    const feats = features[i];
    const b = base ? base[i] : ZERO;
    let s0 = bias[0] + b[0], s1 = bias[1] + b[1], s2 = bias[2] + b[2], s3 = bias[3] + b[3], s4 = bias[4] + b[4], s5 = bias[5] + b[5], s6 = bias[6] + b[6], s7 = bias[7] + b[7], s8 = bias[8] + b[8], s9 = bias[9] + b[9], s10 = bias[10] + b[10], s11 = bias[11] + b[11], s12 = bias[12] + b[12], s13 = bias[13] + b[13], s14 = bias[14] + b[14], s15 = bias[15] + b[15], s16 = bias[16] + b[16];
    for (let f = 0; f < feats.length; f++) {
      const r = (feats[f] & mask) * 17;
      s0 += w[r + 0];
      s1 += w[r + 1];
      s2 += w[r + 2];
      s3 += w[r + 3];
      s4 += w[r + 4];
      s5 += w[r + 5];
      s6 += w[r + 6];
      s7 += w[r + 7];
      s8 += w[r + 8];
      s9 += w[r + 9];
      s10 += w[r + 10];
      s11 += w[r + 11];
      s12 += w[r + 12];
      s13 += w[r + 13];
      s14 += w[r + 14];
      s15 += w[r + 15];
      s16 += w[r + 16];
    }
    const row = i * 17;
    scores[row + 0] = s0;
    scores[row + 1] = s1;
    scores[row + 2] = s2;
    scores[row + 3] = s3;
    scores[row + 4] = s4;
    scores[row + 5] = s5;
    scores[row + 6] = s6;
    scores[row + 7] = s7;
    scores[row + 8] = s8;
    scores[row + 9] = s9;
    scores[row + 10] = s10;
    scores[row + 11] = s11;
    scores[row + 12] = s12;
    scores[row + 13] = s13;
    scores[row + 14] = s14;
    scores[row + 15] = s15;
    scores[row + 16] = s16;
  }
  return scores;
}

/** The best valid tag sequence (tag indices) for the emission scores. */
export function viterbi(model: NerModel, emissions: Float64Array, length: number): Int32Array {
  const best = new Int32Array(length);
  if (length === 0) return best;
  const score = new Float64Array(length * TAG_COUNT).fill(-Infinity);
  const back = new Int32Array(length * TAG_COUNT);
  const tr = model.transitions;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (ALLOWED[TAG_COUNT * TAG_COUNT + t]) score[t] = emissions[t] + tr[TAG_COUNT * TAG_COUNT + t];
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let max = -Infinity;
      let arg = 0;
      const from = PREDECESSORS[t];
      for (let k = 0; k < from.length; k++) {
        const p = from[k];
        const s = score[(i - 1) * TAG_COUNT + p] + tr[p * TAG_COUNT + t];
        if (s > max) {
          max = s;
          arg = p;
        }
      }
      score[i * TAG_COUNT + t] = max + emissions[i * TAG_COUNT + t];
      back[i * TAG_COUNT + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (allowedLast(t) && score[(length - 1) * TAG_COUNT + t] > score[(length - 1) * TAG_COUNT + last]) last = t;
  best[length - 1] = last;
  for (let i = length - 1; i > 0; i--) best[i - 1] = back[i * TAG_COUNT + best[i]];
  return best;
}

/** Tags a sentence's features: emission scores, then Viterbi. */
export function decode(model: NerModel, features: readonly Uint32Array[]): Int32Array {
  return viterbi(model, emissionScores(model, features), features.length);
}

/** Tags a sentence's features given in two parts (extractTokenFeatures). */
export function decodeTokens(model: NerModel, tokens: readonly TokenFeatures[]): Int32Array {
  return viterbi(model, tokenEmissionScores(model, tokens), tokens.length);
}

