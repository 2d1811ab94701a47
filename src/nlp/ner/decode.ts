/** Viterbi decoding over the model's BILOU tags with the model's emission and transition weights. */
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
 * bias added to its tags. Unrolled over the 17 tags: this loop is most of
 * the tagger's time.
 */
export function emissionScores(model: NerModel, features: readonly Uint32Array[]): Float64Array {
  const scores = new Float64Array(features.length * TAG_COUNT);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  const bias = new Float64Array(TAG_COUNT);
  for (let t = 1; t < TAG_COUNT; t++) bias[t] = model.entityBias[TAG_TYPE[t]];
  for (let i = 0; i < features.length; i++) {
    const feats = features[i];
    let s0 = bias[0], s1 = bias[1], s2 = bias[2], s3 = bias[3], s4 = bias[4], s5 = bias[5], s6 = bias[6], s7 = bias[7], s8 = bias[8], s9 = bias[9], s10 = bias[10], s11 = bias[11], s12 = bias[12], s13 = bias[13], s14 = bias[14], s15 = bias[15], s16 = bias[16];
    for (let f = 0; f < feats.length; f++) {
      const b = (feats[f] & mask) * 17;
      s0 += w[b + 0];
      s1 += w[b + 1];
      s2 += w[b + 2];
      s3 += w[b + 3];
      s4 += w[b + 4];
      s5 += w[b + 5];
      s6 += w[b + 6];
      s7 += w[b + 7];
      s8 += w[b + 8];
      s9 += w[b + 9];
      s10 += w[b + 10];
      s11 += w[b + 11];
      s12 += w[b + 12];
      s13 += w[b + 13];
      s14 += w[b + 14];
      s15 += w[b + 15];
      s16 += w[b + 16];
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

