/**
 * Training: an averaged structured perceptron (Collins 2002) over BIO tag
 * sequences. Each sentence is decoded with the current weights; where the
 * prediction differs from the gold tags, the gold features are rewarded and
 * the predicted ones penalised (scaled by the sentence's weight). The
 * returned model holds the average of the weights over all steps, kept
 * cheaply with the usual timestamp trick.
 */
import { emissionScores, viterbi } from "./decode.js";
import { TAG_COUNT, type NerModel } from "./model.js";
import { seededRandom, shuffleInPlace } from "./random.js";

export interface TrainingSentence {
  features: Uint32Array[];
  /** Gold tag indices. */
  gold: Int32Array;
  /** Update scale for this sentence (1 for in-domain data, less for noisier corpora). */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /**
   * Loss-augmented decoding: while training, every wrong tag of a token gets
   * this bonus (the margin the gold sequence must win by), and a wrong tag
   * on a gold entity token gets `recallMargin` on top. 0 / 0: plain perceptron.
   */
  margin?: number;
  recallMargin?: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, averaged: NerModel) => void;
}

interface Accumulators {
  weights: Float64Array;
  transitions: Float64Array;
  step: number;
}

/** Trains `model` in place on `data` and returns the averaged model. */
export function trainPerceptron(model: NerModel, data: readonly TrainingSentence[], options: TrainOptions): NerModel {
  const acc: Accumulators = {
    weights: new Float64Array(model.weights.length),
    transitions: new Float64Array(model.transitions.length),
    step: 1,
  };
  const order = data.map((_, i) => i);
  const random = seededRandom(options.seed);
  let averaged = model;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const index of shuffleInPlace(order, random)) {
      const sentence = data[index];
      const predicted = decodeWithMargin(model, sentence, options.margin ?? 0, options.recallMargin ?? 0);
      update(model, acc, sentence, predicted);
      acc.step += 1;
    }
    averaged = average(model, acc);
    options.onEpoch?.(epoch, averaged);
  }
  return averaged;
}

/** Viterbi over the emission scores with the margins added to the wrong tags (plain decoding when both are 0). */
function decodeWithMargin(model: NerModel, sentence: TrainingSentence, margin: number, recallMargin: number): Int32Array {
  const scores = emissionScores(model, sentence.features);
  if (margin !== 0 || recallMargin !== 0) {
    sentence.gold.forEach((g, i) => {
      const bonus = margin + (g !== 0 ? recallMargin : 0);
      for (let t = 0; t < TAG_COUNT; t++) if (t !== g) scores[i * TAG_COUNT + t] += bonus;
    });
  }
  return viterbi(model, scores, sentence.features.length);
}

function update(model: NerModel, acc: Accumulators, sentence: TrainingSentence, predicted: Int32Array): void {
  const { gold, features, weight } = sentence;
  const mask = (1 << model.bits) - 1;
  const scaled = weight * acc.step;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const p = predicted[i];
    const gPrev = i === 0 ? TAG_COUNT : gold[i - 1];
    const pPrev = i === 0 ? TAG_COUNT : predicted[i - 1];
    if (g !== p) {
      for (const f of features[i]) {
        const base = (f & mask) * TAG_COUNT;
        model.weights[base + g] += weight;
        acc.weights[base + g] += scaled;
        model.weights[base + p] -= weight;
        acc.weights[base + p] -= scaled;
      }
    }
    if (g !== p || gPrev !== pPrev) {
      model.transitions[gPrev * TAG_COUNT + g] += weight;
      acc.transitions[gPrev * TAG_COUNT + g] += scaled;
      model.transitions[pPrev * TAG_COUNT + p] -= weight;
      acc.transitions[pPrev * TAG_COUNT + p] -= scaled;
    }
  }
}

function average(model: NerModel, acc: Accumulators): NerModel {
  const weights = new Float32Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = model.weights[i] - acc.weights[i] / acc.step;
  const transitions = new Float32Array(model.transitions.length);
  for (let i = 0; i < transitions.length; i++) transitions[i] = model.transitions[i] - acc.transitions[i] / acc.step;
  return { ...model, weights, transitions, info: { ...model.info } };
}
