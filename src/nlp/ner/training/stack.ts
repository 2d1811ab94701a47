/**
 * Training the stacked second pass (../stack.ts). Pass 1 is trained k times,
 * each time without one fold of the training sentences, and tags the
 * sentences of the left-out fold: so every training sentence gets pass-1
 * output as poor as pass 1's output on unseen text. Pass 2 is then an
 * averaged perceptron whose scores are added to those out-of-fold pass-1
 * emission scores; it learns its feature weights and a change to the
 * transitions.
 */
import { emissionScores, viterbi } from "../decode.js";
import { emptyModel, TAG_COUNT, type NerModel } from "../model.js";
import { seededRandom, shuffleInPlace } from "../random.js";
import { passOne, stackFeatures, type StackModel } from "../stack.js";
import { trainPerceptron, type TrainingSentence } from "../train.js";
import type { FeatureResources } from "../features.js";
import { sharedPart, withDomainCopies } from "./adapt.js";

/** A training sentence of pass 2. */
export interface StackSentence {
  /** Hashed pass-2 features (with private domain copies where the corpus has them). */
  features: Uint32Array[];
  /** Out-of-fold pass-1 emission scores, without biases. */
  base: Float64Array;
  /** Transitions of the pass-1 model that produced `base`. */
  baseTransitions: Float32Array;
  gold: Int32Array;
  weight: number;
}

export interface JackknifeOptions {
  folds: number;
  epochs: number;
  seed: number;
  /** Bits of the pass-1 training model (with the domain-copy bit). */
  trainBits: number;
  /** Bits of the shared (shipped) part of pass 1. */
  sharedBits: number;
  /** Bits of pass 2's shipped weights; the training copy has one more for domain copies. */
  stackBits: number;
}

/**
 * Pass-2 training sentences: pass 1 trained on all folds but one tags that fold
 * (fold = index mod folds). `tokens[i]` and `domains[i]` belong to `data[i]`.
 */
export function jackknifedStackData(
  data: readonly TrainingSentence[],
  tokens: readonly (readonly string[])[],
  domains: readonly number[],
  resources: FeatureResources,
  options: JackknifeOptions,
  log: (line: string) => void = () => {},
): StackSentence[] {
  const out: StackSentence[] = new Array<StackSentence>(data.length);
  for (let f = 0; f < options.folds; f++) {
    const started = Date.now();
    const rest = data.filter((_, i) => i % options.folds !== f);
    const model = sharedPart(trainPerceptron(emptyModel(options.trainBits, resources), rest, { epochs: options.epochs, seed: options.seed + f }), options.sharedBits);
    data.forEach((sentence, i) => {
      if (i % options.folds === f) out[i] = stackSentence(model, sentence, tokens[i], domains[i], options.stackBits);
    });
    log(`pass 1, fold ${f + 1}/${options.folds}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return out;
}

/**
 * One pass-2 training sentence. Pass 1 (`model`: its shared weights) scores it
 * (the private copies of an out-of-domain corpus are dropped), as it scores new text.
 */
function stackSentence(model: NerModel, sentence: TrainingSentence, tokens: readonly string[], domain: number, stackBits: number): StackSentence {
  const shared = sentence.features.map((f) => (domain > 0 ? f.subarray(0, f.length / 2) : f));
  const base = emissionScores(model, shared);
  const first = passOne(model.transitions, base, tokens.length);
  return {
    features: withDomainCopies(stackFeatures(tokens, first), domain, stackBits),
    base,
    baseTransitions: model.transitions,
    gold: sentence.gold,
    weight: sentence.weight,
  };
}

/**
 * Pass 2's weights (`bits` + 1: with domain copies) and transition changes,
 * averaged over all steps. `rate` scales each update: the pass-1 scores are
 * fixed, so a small rate keeps pass 2 a small correction of pass 1.
 */
export function trainStack(data: readonly StackSentence[], bits: number, epochs: number, seed: number, rate = 1): { weights: Float32Array; transitions: Float32Array } {
  const size = (1 << (bits + 1)) * TAG_COUNT;
  const weights = new Float64Array(size);
  const accWeights = new Float64Array(size);
  const transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  const accTransitions = new Float64Array(transitions.length);
  const mask = (1 << (bits + 1)) - 1;
  const order = data.map((_, i) => i);
  const random = seededRandom(seed);
  const combined = new Float32Array(transitions.length);
  const decoder = { transitions: combined } as NerModel;
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of shuffleInPlace(order, random)) {
      const s = data[index];
      const scores = Float64Array.from(s.base);
      s.features.forEach((feats, i) => {
        for (const f of feats) {
          const b = (f & mask) * TAG_COUNT;
          for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] += weights[b + t];
        }
      });
      for (let k = 0; k < combined.length; k++) combined[k] = s.baseTransitions[k] + transitions[k];
      const predicted = viterbi(decoder, scores, s.gold.length);
      const size = s.weight * rate;
      const scaled = size * step;
      for (let i = 0; i < s.gold.length; i++) {
        const g = s.gold[i];
        const p = predicted[i];
        const gPrev = i === 0 ? TAG_COUNT : s.gold[i - 1];
        const pPrev = i === 0 ? TAG_COUNT : predicted[i - 1];
        if (g !== p) {
          for (const f of s.features[i]) {
            const b = (f & mask) * TAG_COUNT;
            weights[b + g] += size;
            accWeights[b + g] += scaled;
            weights[b + p] -= size;
            accWeights[b + p] -= scaled;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          transitions[gPrev * TAG_COUNT + g] += size;
          accTransitions[gPrev * TAG_COUNT + g] += scaled;
          transitions[pPrev * TAG_COUNT + p] -= size;
          accTransitions[pPrev * TAG_COUNT + p] -= scaled;
        }
      }
      step += 1;
    }
  }
  const averaged = (w: Float64Array, acc: Float64Array): Float32Array => Float32Array.from(w, (v, i) => v - acc[i] / step);
  return { weights: averaged(weights, accWeights), transitions: averaged(transitions, accTransitions) };
}

/**
 * The shipped pass 2 from several training runs: weights and transition
 * changes averaged, the weights cut to their shared half, the transitions
 * added to pass 1's.
 */
export function mixStack(runs: readonly { weights: Float32Array; transitions: Float32Array }[], bits: number, pass1: NerModel): StackModel {
  const size = (1 << bits) * TAG_COUNT;
  const weights = new Float32Array(size);
  const transitions = Float32Array.from(pass1.transitions);
  for (const run of runs) {
    for (let i = 0; i < size; i++) weights[i] += run.weights[i] / runs.length;
    for (let i = 0; i < transitions.length; i++) transitions[i] += run.transitions[i] / runs.length;
  }
  return { bits, weights, transitions, entityBias: [0, 0, 0, 0] };
}
