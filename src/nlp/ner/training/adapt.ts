/**
 * Domain adaptation in the manner of Daumé's "frustratingly easy" feature
 * augmentation, for the out-of-domain corpora (historical newspapers, court
 * decisions): each of their features is also given in a copy private to its
 * corpus. Shared weights learn what holds everywhere; the private copies soak
 * up what is peculiar to one corpus. Private copies live in the upper half
 * of a training model with one bit more, which is cut off before shipping.
 */
import { mix } from "../hash.js";
import { TAG_COUNT, type NerModel } from "../model.js";

/** Features of a sentence with private copies for `domain` (> 0) added; shared features keep to the lower half. */
export function withDomainCopies(features: readonly Uint32Array[], domain: number, bits: number): Uint32Array[] {
  const lower = (1 << bits) - 1;
  const upper = 1 << bits;
  return features.map((f) => {
    const out = new Uint32Array(domain > 0 ? f.length * 2 : f.length);
    for (let i = 0; i < f.length; i++) {
      out[i] = f[i] & lower;
      if (domain > 0) out[f.length + i] = (mix(f[i], domain) & lower) | upper;
    }
    return out;
  });
}

/** The shipped model: the training model's lower half (shared weights only). */
export function sharedPart(training: NerModel, bits: number): NerModel {
  return { ...training, bits, weights: training.weights.slice(0, (1 << bits) * TAG_COUNT) };
}
