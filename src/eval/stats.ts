/** Summary statistics of timings. */

/** Median, 95th percentile, mean and total of a list of milliseconds. */
export interface TimingSummary {
  median: number;
  p95: number;
  mean: number;
  total: number;
}

/** The q-quantile (0..1) by the nearest-rank method; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

/** The median (mean of the two middle values for an even count); 0 for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, p95, mean and total of timings in milliseconds. */
export function summariseTimings(ms: readonly number[]): TimingSummary {
  const total = ms.reduce((s, v) => s + v, 0);
  return { median: median(ms), p95: quantile(ms, 0.95), mean: ms.length ? total / ms.length : 0, total };
}

/** Milliseconds rounded to hundredths, for per-page records. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
