import { describe, expect, it } from "vitest";
import { symmetricEigen, truncatedSvd, type SparseRow } from "../../../src/nlp/ner/training/svd.js";
import { induceWordSpace, DEFAULT_CLUSTER_OPTIONS } from "../../../src/nlp/ner/training/induce-clusters.js";

const sparse = (dense: number[][]): SparseRow[] =>
  dense.map((row) => {
    const entries = row.map((v, c) => [c, v] as const).filter(([, v]) => v !== 0);
    return { columns: Int32Array.from(entries, ([c]) => c), values: Float64Array.from(entries, ([, v]) => v) };
  });

describe("symmetricEigen", () => {
  it("finds the eigenvalues and eigenvectors of a symmetric matrix", () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect([...values].sort((a, b) => a - b).map((v) => Number(v.toFixed(9)))).toEqual([1, 3, 5]);
    const three = [...values].findIndex((v) => Math.abs(v - 3) < 1e-9);
    expect(Math.abs(vectors[0 * 3 + three])).toBeCloseTo(Math.SQRT1_2, 9);
    expect(Math.abs(vectors[1 * 3 + three])).toBeCloseTo(Math.SQRT1_2, 9);
    expect(vectors[2 * 3 + three]).toBeCloseTo(0, 9);
  });
});

describe("truncatedSvd", () => {
  // Rank 2: rows are combinations of two orthogonal patterns with weights 4 and 1.
  const u = [1, 0, 1, 0, 1, 0];
  const w = [0, 1, 0, 1, 0, 1];
  const p = [1, 1, 1, 1, 0, 0, 0, 0];
  const q = [0, 0, 0, 0, 1, -1, 1, -1];
  const dense = u.map((ui, i) => p.map((pj, j) => 4 * ui * pj + w[i] * q[j]));

  it("recovers the singular values of a low-rank matrix", () => {
    const { singular, left } = truncatedSvd(sparse(dense), 8, { rank: 2, oversample: 2, powerIterations: 2, seed: 3 });
    // ‖4·u·pᵀ‖ = 4·√3·2, ‖w·qᵀ‖ = √3·2
    expect(singular[0]).toBeCloseTo(8 * Math.sqrt(3), 6);
    expect(singular[1]).toBeCloseTo(2 * Math.sqrt(3), 6);
    expect(Math.abs(left[0][0])).toBeCloseTo(1 / Math.sqrt(3), 6);
    expect(left[1][0]).toBeCloseTo(0, 6);
    expect(Math.abs(left[1][1])).toBeCloseTo(1 / Math.sqrt(3), 6);
  });

  it("gives the same vectors for the same seed", () => {
    const a = truncatedSvd(sparse(dense), 8, { rank: 2, oversample: 2, powerIterations: 1, seed: 5 });
    const b = truncatedSvd(sparse(dense), 8, { rank: 2, oversample: 2, powerIterations: 1, seed: 5 });
    expect(a.left.map((r) => [...r])).toEqual(b.left.map((r) => [...r]));
  });
});

describe("induceWordSpace with SVD", () => {
  it("gives words used in the same contexts similar vectors", () => {
    const texts: string[][] = [];
    for (let i = 0; i < 30; i++) {
      texts.push(["in", i % 2 ? "Berlin" : "Hamburg", "wohnt", "er"]);
      texts.push(["der", i % 2 ? "Hund" : "Kater", "bellt", "laut"]);
    }
    const space = induceWordSpace(texts, { ...DEFAULT_CLUSTER_OPTIONS, dimensions: 4, branching: [2], reduction: "svd", contextWords: 20 });
    const cosine = (a: string, b: string): number => {
      const [x, y] = [space.vectors.get(a), space.vectors.get(b)];
      if (!x || !y) throw new Error(`no vector for ${a} or ${b}`);
      return x.reduce((sum, v, d) => sum + v * y[d], 0);
    };
    expect(cosine("Berlin", "Hamburg")).toBeGreaterThan(0.99);
    expect(cosine("Hund", "Kater")).toBeGreaterThan(0.99);
    expect(cosine("Berlin", "Hund")).toBeLessThan(0.5);
  });
});
