/**
 * Shingle scoring of the ScrapingHub/Zyte article-extraction-benchmark
 * (`evaluate.py`: `string_shingle_matching`, `metrics_from_tp_fp_fns`,
 * `get_accuracy`), followed here:
 * - tokens are runs of word characters (Python's `\w`: letters, digits and
 *   underscore; no case folding);
 * - shingles are 4 consecutive tokens; a text of fewer than 4 tokens is one
 *   shingle of all its tokens, an empty text has none;
 * - per page, shingles are counted as multisets: tp = Σ min(gold, pred),
 *   fp = Σ excess in pred, fn = Σ excess in gold, then the three are divided by
 *   their sum so that long pages do not weigh more;
 * - precision is averaged over pages with tp+fp > 0, recall over pages with
 *   tp+fn > 0 (per page 1 when fp = fn = 0); F1 = 2PR/(P+R) of the averages;
 * - accuracy is the share of pages whose token sequence equals the gold one.
 * The benchmark's bootstrap confidence intervals are left out.
 */

/** Normalised shingle counts of one page (they sum to 1, or are all 0 when both texts are empty). */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Averaged scores over pages. */
export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const SHINGLE_SIZE = 4;
const WORD = /[\p{L}\p{N}_]+/gu;

/** The word tokens of a text (Python's `re.findall(r"\w+", text)`). */
export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Shingles (n consecutive tokens, joined) of a text, with their counts. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Compares the shingles of the predicted text with the gold text of one page. */
export function matchShingles(gold: string, predicted: string): ShingleCounts {
  const truth = shingles(gold);
  const pred = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Precision of one page (1 when nothing is wrong, 0 when nothing was predicted right). */
export function pagePrecision(c: ShingleCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

/** Recall of one page (1 when nothing is wrong, 0 when nothing of the gold text was found). */
export function pageRecall(c: ShingleCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

/** True when both texts have the same token sequence. */
export function sameTokens(gold: string, predicted: string): boolean {
  const a = wordTokens(gold);
  const b = wordTokens(predicted);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

/** Averages per-page shingle counts into precision, recall and F1; accuracy from per-page exact matches. */
export function shingleScores(pages: readonly { counts: ShingleCounts; exact: boolean }[]): ShingleScores {
  const precision = mean(pages.filter((p) => p.counts.tp + p.counts.fp > 0).map((p) => pagePrecision(p.counts)));
  const recall = mean(pages.filter((p) => p.counts.tp + p.counts.fn > 0).map((p) => pageRecall(p.counts)));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))) };
}
