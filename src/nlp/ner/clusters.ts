/**
 * Word clusters: each word maps to a path of cluster indices from coarse to
 * fine (like the bit-string prefixes of Brown clusters). Features use the
 * path prefixes, so rare words share evidence with frequent words that occur
 * in similar contexts.
 */
import { hashString, mix } from "./hash.js";

export interface Clusters {
  /** Number of levels in every path. */
  readonly levels: number;
  /** Word (as written) → path of cluster indices, coarse to fine. */
  readonly paths: Map<string, readonly number[]>;
}

const prefixCache = new WeakMap<Clusters, Map<string, Uint32Array | null>>();

/** Hashes of a word's path prefixes (one per level), or null for an unknown word; cached per word. */
export function clusterPrefixHashes(clusters: Clusters, word: string): Uint32Array | null {
  let cache = prefixCache.get(clusters);
  if (!cache) {
    cache = new Map();
    prefixCache.set(clusters, cache);
  }
  let hashes = cache.get(word);
  if (hashes === undefined) {
    hashes = prefixHashes(clusters.paths.get(word) ?? clusters.paths.get(word.toLowerCase()));
    if (cache.size < MAX_CACHED) cache.set(word, hashes);
  }
  return hashes;
}

const MAX_CACHED = 200_000;
const ROOT = hashString("cluster");

function prefixHashes(path: readonly number[] | undefined): Uint32Array | null {
  if (!path) return null;
  const out = new Uint32Array(path.length);
  let h = ROOT;
  path.forEach((index, level) => {
    h = mix(h, index + 1);
    out[level] = h;
  });
  return out;
}

/** Clusters as lines "word<TAB>i j k" (for the model file). */
export function serialiseClusters(clusters: Clusters): string {
  return [...clusters.paths].map(([word, path]) => `${word}\t${path.join(" ")}`).join("\n");
}

/** Reads the lines written by {@link serialiseClusters}. */
export function parseClusters(text: string): Clusters {
  const paths = new Map<string, readonly number[]>();
  let levels = 0;
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const path = line.slice(tab + 1).split(" ").map(Number);
    levels = Math.max(levels, path.length);
    paths.set(line.slice(0, tab), path);
  }
  return { levels, paths };
}
