/**
 * Confusion counts and the scores derived from them, as trafilatura's and
 * htmldate's evaluations compute them. A score whose denominator is zero is 0
 * (trafilatura's `eval_common.ConfusionMatrix.scores` does the same).
 */

/** True/false positives and negatives. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall, F1 and accuracy of a confusion. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** A confusion with every count at zero. */
export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Adds `b` into `a` (micro-averaging: counts are summed over items). */
export function addConfusion(a: Confusion, b: Confusion): Confusion {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  a.tn += b.tn;
  return a;
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

/** precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn) (= 2PR/(P+R)), accuracy = (tp+tn)/all. */
export function confusionScores(c: Confusion): Scores {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  };
}
