/** Viterbi decoding over BIO tags with the model's emission and transition weights. */
import { allowedTransition, TAG_COUNT, type NerModel } from "./model.js";

if (TAG_COUNT !== 9) throw new Error("emissionScores is unrolled for 9 tags");

const ALLOWED: boolean[] = [];
for (let from = 0; from <= TAG_COUNT; from++) for (let to = 0; to < TAG_COUNT; to++) ALLOWED.push(allowedTransition(from, to));

/** Emission scores, token-major: scores[i * TAG_COUNT + tag]. */
export function emissionScores(model: NerModel, features: readonly Uint32Array[]): Float64Array {
  const scores = new Float64Array(features.length * TAG_COUNT);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  for (let i = 0; i < features.length; i++) {
    const feats = features[i];
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = 0; f < feats.length; f++) {
      const b = (feats[f] & mask) * 9;
      s0 += w[b];
      s1 += w[b + 1];
      s2 += w[b + 2];
      s3 += w[b + 3];
      s4 += w[b + 4];
      s5 += w[b + 5];
      s6 += w[b + 6];
      s7 += w[b + 7];
      s8 += w[b + 8];
    }
    const row = i * 9;
    const [per, org, loc, misc] = model.entityBias;
    scores[row] = s0;
    scores[row + 1] = s1 + per;
    scores[row + 2] = s2 + per;
    scores[row + 3] = s3 + org;
    scores[row + 4] = s4 + org;
    scores[row + 5] = s5 + loc;
    scores[row + 6] = s6 + loc;
    scores[row + 7] = s7 + misc;
    scores[row + 8] = s8 + misc;
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
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!ALLOWED[p * TAG_COUNT + t]) continue;
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
  for (let t = 1; t < TAG_COUNT; t++) if (score[(length - 1) * TAG_COUNT + t] > score[(length - 1) * TAG_COUNT + last]) last = t;
  best[length - 1] = last;
  for (let i = length - 1; i > 0; i--) best[i - 1] = back[i * TAG_COUNT + best[i]];
  return best;
}

/** Tags a sentence's features: emission scores, then Viterbi. */
export function decode(model: NerModel, features: readonly Uint32Array[]): Int32Array {
  return viterbi(model, emissionScores(model, features), features.length);
}

