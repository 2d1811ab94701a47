/**
 * Word clusters from unlabelled text, cheaply: every frequent word gets a
 * context vector (PPMI-weighted counts of the words one and two positions to
 * its left and right, over the most frequent context words), projected to a
 * few dense dimensions with a seeded random ±1 projection and normalised;
 * then k-means splits the words hierarchically (coarse → fine), which gives
 * each word a path like a Brown-cluster bit string.
 */
import type { Clusters } from "../clusters.js";
import { seededRandom } from "../random.js";
import { truncatedSvd, type SparseRow } from "./svd.js";

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** At most this many words are clustered (the most frequent). */
  maxWords: number;
  /** Number of context words (the most frequent, lower-cased). */
  contextWords: number;
  /** Dimensions of the random projection. */
  dimensions: number;
  /** Branching factor of each level, coarse to fine. */
  branching: readonly number[];
  /** How the PPMI vectors become dense: random ±1 projection, or truncated SVD. */
  reduction: "random" | "svd";
  /** SVD only: the singular values' exponent in the word vectors (0: left vectors alone). */
  singularPower: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  maxWords: 60000,
  contextWords: 3000,
  dimensions: 128,
  branching: [32, 16, 8],
  reduction: "random",
  singularPower: 0.5,
  seed: 7,
};

const OFFSETS = [-2, -1, 1, 2];

/** Clusters and the dense context vectors they were made from. */
export interface WordSpace {
  clusters: Clusters;
  /** Word → normalised context vector (`dimensions` long). */
  vectors: Map<string, Float32Array>;
}

/** Induces clusters from token sequences (sentences or whole texts). */
export function induceClusters(texts: readonly (readonly string[])[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clusters {
  return induceWordSpace(texts, options).clusters;
}

/** Induces clusters and keeps the words' context vectors (for dense vector features). */
export function induceWordSpace(texts: readonly (readonly string[])[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordSpace {
  const words = frequentWords(texts, options);
  const vectors = contextVectors(texts, words, options);
  const paths = new Map<string, number[]>();
  words.forEach((w) => paths.set(w, []));
  splitHierarchically(
    words.map((_, i) => i),
    vectors,
    options,
    0,
    (i, index) => paths.get(words[i])?.push(index),
  );
  return { clusters: { levels: options.branching.length, paths }, vectors: new Map(words.map((w, i) => [w, vectors[i]])) };
}

function frequentWords(texts: readonly (readonly string[])[], options: ClusterOptions): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of text) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxWords)
    .map(([w]) => w);
}

/** Normalised dense context vectors, one row of `dimensions` per word. */
function contextVectors(texts: readonly (readonly string[])[], words: readonly string[], options: ClusterOptions): Float32Array[] {
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const contextIndex = contextVocabulary(texts, options.contextWords);
  const dims = OFFSETS.length * contextIndex.size;
  const cooc = words.map(() => new Map<number, number>());
  const contextTotals = new Float64Array(dims);
  let total = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const wi = wordIndex.get(text[i]);
      if (wi === undefined) continue;
      OFFSETS.forEach((offset, o) => {
        const c = contextIndex.get(text[i + offset]?.toLowerCase() ?? (offset < 0 ? "<s>" : "</s>"));
        if (c === undefined) return;
        const key = o * contextIndex.size + c;
        cooc[wi].set(key, (cooc[wi].get(key) ?? 0) + 1);
        contextTotals[key] += 1;
        total += 1;
      });
    }
  }
  const ppmi = cooc.map((row) => ppmiRow(row, contextTotals, total));
  if (options.reduction === "svd") return svdVectors(ppmi, dims, options);
  const projection = randomSigns(dims, options.dimensions, options.seed);
  return ppmi.map((row) => project(row, projection, options.dimensions));
}

/** A word's positive PMI with each context (only the positive ones), in the order of its counts. */
function ppmiRow(row: Map<number, number>, contextTotals: Float64Array, total: number): SparseRow {
  let rowTotal = 0;
  for (const n of row.values()) rowTotal += n;
  const entries = [...row].map(([c, n]) => [c, Math.log((n * total) / (rowTotal * contextTotals[c]))] as const).filter(([, pmi]) => pmi > 0);
  return { columns: Int32Array.from(entries, ([c]) => c), values: Float64Array.from(entries, ([, v]) => v) };
}

function svdVectors(rows: SparseRow[], columns: number, options: ClusterOptions): Float32Array[] {
  const { left, singular } = truncatedSvd(rows, columns, { rank: options.dimensions, oversample: 16, powerIterations: 2, seed: options.seed });
  const scale = Array.from(singular, (s) => s ** options.singularPower);
  return left.map((u) => normalise(Float32Array.from(u, (x, d) => x * scale[d])));
}

function contextVocabulary(texts: readonly (readonly string[])[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of text) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size - 2).map(([w]) => w);
  return new Map(["<s>", "</s>", ...top].map((w, i) => [w, i]));
}

function randomSigns(rows: number, dims: number, seed: number): Int8Array {
  const random = seededRandom(seed);
  const signs = new Int8Array(rows * dims);
  for (let i = 0; i < signs.length; i++) signs[i] = random() < 0.5 ? -1 : 1;
  return signs;
}

function project(row: SparseRow, signs: Int8Array, dims: number): Float32Array {
  const vector = new Float32Array(dims);
  for (let i = 0; i < row.columns.length; i++) {
    const c = row.columns[i];
    const pmi = row.values[i];
    for (let d = 0; d < dims; d++) vector[d] += pmi * signs[c * dims + d];
  }
  return normalise(vector);
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) v[d] /= norm;
  return v;
}

function splitHierarchically(
  members: number[],
  vectors: readonly Float32Array[],
  options: ClusterOptions,
  level: number,
  assign: (member: number, index: number) => void,
): void {
  if (level >= options.branching.length) return;
  const k = Math.min(options.branching[level], members.length);
  const labels = kMeans(members, vectors, k, options.seed + level);
  for (let c = 0; c < k; c++) {
    const group = members.filter((_, i) => labels[i] === c);
    group.forEach((m) => assign(m, c));
    if (group.length > 0) splitHierarchically(group, vectors, options, level + 1, assign);
  }
}

/** Spherical k-means (cosine) on the members' vectors; returns a cluster label per member. */
function kMeans(members: readonly number[], vectors: readonly Float32Array[], k: number, seed: number, iterations = 15): Int32Array {
  const labels = new Int32Array(members.length);
  if (k <= 1) return labels;
  const dims = vectors[members[0]].length;
  const random = seededRandom(seed);
  let centroids: Float32Array[] = Array.from({ length: k }, () => Float32Array.from(vectors[members[Math.floor(random() * members.length)]]));
  for (let it = 0; it < iterations; it++) {
    members.forEach((m, i) => (labels[i] = nearest(vectors[m], centroids)));
    const sums = Array.from({ length: k }, () => new Float32Array(dims));
    members.forEach((m, i) => {
      const v = vectors[m];
      const s = sums[labels[i]];
      for (let d = 0; d < dims; d++) s[d] += v[d];
    });
    centroids = sums.map((s, c) => (s.some((x) => x !== 0) ? normalise(s) : centroids[c]));
  }
  return labels;
}

function nearest(v: Float32Array, centroids: readonly Float32Array[]): number {
  let best = 0;
  let bestScore = -Infinity;
  centroids.forEach((c, i) => {
    let dot = 0;
    for (let d = 0; d < v.length; d++) dot += v[d] * c[d];
    if (dot > bestScore) {
      bestScore = dot;
      best = i;
    }
  });
  return best;
}
