/**
 * Parameter mixing: perceptrons trained on different shuffles of the same
 * data are averaged into one model of the same size, which is steadier than
 * any single run and costs nothing at tagging time.
 */
import type { NerModel } from "../model.js";

/** The element-wise mean of the models' weights and transitions (same bits and resources). */
export function mixModels(models: readonly NerModel[]): NerModel {
  const [first] = models;
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    for (let i = 0; i < weights.length; i++) weights[i] += m.weights[i] / models.length;
    for (let i = 0; i < transitions.length; i++) transitions[i] += m.transitions[i] / models.length;
  }
  return { ...first, weights, transitions, info: { ...first.info } };
}
