/**
 * Truncated singular value decomposition of a sparse matrix, randomised
 * (Halko, Martinsson & Tropp 2011): a seeded Gaussian sketch of the column
 * space, a few power iterations, then the exact decomposition of the small
 * projected matrix (Jacobi eigenvalue method on B·Bᵀ). Used to turn PPMI
 * context counts into dense word vectors.
 */
import { seededRandom } from "../random.js";

/** One sparse row: column indices and their values, same length. */
export interface SparseRow {
  columns: Int32Array;
  values: Float64Array;
}

export interface SvdOptions {
  /** Number of singular vectors kept. */
  rank: number;
  /** Extra sketch columns beyond `rank` (accuracy). */
  oversample: number;
  /** Power iterations (accuracy for slowly decaying spectra). */
  powerIterations: number;
  seed: number;
}

export interface TruncatedSvd {
  /** Left singular vectors, one row of `rank` per matrix row. */
  left: Float64Array[];
  /** Singular values, largest first. */
  singular: Float64Array;
}

/** The `rank` largest singular values and left vectors of the rows × `columns` matrix. */
export function truncatedSvd(rows: readonly SparseRow[], columns: number, options: SvdOptions): TruncatedSvd {
  const width = Math.min(options.rank + options.oversample, rows.length, columns);
  let sketch = multiply(rows, gaussian(columns, width, options.seed), width);
  orthonormalise(sketch, width);
  for (let i = 0; i < options.powerIterations; i++) {
    const back = multiplyTransposed(rows, sketch, columns, width);
    orthonormalise(back, width);
    sketch = multiply(rows, back, width);
    orthonormalise(sketch, width);
  }
  // B = Qᵀ X (width × columns), kept as columns × width; C = B Bᵀ.
  const projected = multiplyTransposed(rows, sketch, columns, width);
  const gram = new Float64Array(width * width);
  for (const row of projected) {
    for (let a = 0; a < width; a++) {
      if (row[a] === 0) continue;
      for (let b = a; b < width; b++) gram[a * width + b] += row[a] * row[b];
    }
  }
  for (let a = 0; a < width; a++) for (let b = 0; b < a; b++) gram[a * width + b] = gram[b * width + a];
  const { values, vectors } = symmetricEigen(gram, width);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, Math.min(options.rank, width));
  const singular = Float64Array.from(order, (k) => Math.sqrt(Math.max(0, values[k])));
  const left = sketch.map((q) => {
    const out = new Float64Array(order.length);
    order.forEach((k, j) => {
      let sum = 0;
      for (let a = 0; a < width; a++) sum += q[a] * vectors[a * width + k];
      out[j] = sum;
    });
    return out;
  });
  return { left, singular };
}

/** columns × width matrix of standard normal numbers (Box–Muller), as rows. */
function gaussian(rows: number, width: number, seed: number): Float64Array[] {
  const random = seededRandom(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: rows }, () => Float64Array.from({ length: width }, normal));
}

/** X · M, where M is given as `columns` rows of `width`. */
function multiply(rows: readonly SparseRow[], m: readonly Float64Array[], width: number): Float64Array[] {
  return rows.map((row) => {
    const out = new Float64Array(width);
    for (let i = 0; i < row.columns.length; i++) {
      const v = row.values[i];
      const mr = m[row.columns[i]];
      for (let d = 0; d < width; d++) out[d] += v * mr[d];
    }
    return out;
  });
}

/** Xᵀ · Y, where Y has one row of `width` per matrix row. */
function multiplyTransposed(rows: readonly SparseRow[], y: readonly Float64Array[], columns: number, width: number): Float64Array[] {
  const out = Array.from({ length: columns }, () => new Float64Array(width));
  rows.forEach((row, r) => {
    const yr = y[r];
    for (let i = 0; i < row.columns.length; i++) {
      const v = row.values[i];
      const o = out[row.columns[i]];
      for (let d = 0; d < width; d++) o[d] += v * yr[d];
    }
  });
  return out;
}

/**
 * Makes the `width` columns of the row-stored matrix orthonormal (modified
 * Gram–Schmidt, twice); a column that lies in the span of the ones before it
 * (rank-deficient input) becomes zero.
 */
function orthonormalise(m: Float64Array[], width: number): void {
  const columnNorm = (j: number): number => Math.sqrt(m.reduce((sum, row) => sum + row[j] * row[j], 0));
  for (let j = 0; j < width; j++) {
    const before = columnNorm(j);
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        let dot = 0;
        for (const row of m) dot += row[j] * row[k];
        for (const row of m) row[j] -= dot * row[k];
      }
    }
    const norm = columnNorm(j);
    const scale = norm > 1e-10 * before ? 1 / norm : 0;
    for (const row of m) row[j] *= scale;
  }
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric n × n matrix, cyclic Jacobi. */
export function symmetricEigen(matrix: Float64Array, n: number, sweeps = 50): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, v, n, p, q, c, s);
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]), vectors: v };
}

function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p];
    const akq = a[k * n + q];
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k];
    const aqk = a[q * n + k];
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p];
    const vkq = v[k * n + q];
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
