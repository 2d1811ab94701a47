import { describe, expect, it } from "vitest";
import { parseGermEval } from "../../../src/nlp/ner/germeval.js";
import { foldSplit } from "../../../src/nlp/ner/split.js";

/** A GermEval file of `n` one-token sentences, each its own number. */
const sentences = (n: number) =>
  parseGermEval(Array.from({ length: n }, (_, i) => `#\thttps://example.org/${i}\n1\t${i}\tO\tO`).join("\n\n") + "\n\n");
const numbers = (part: ReturnType<typeof sentences>) => part.map((s) => Number(s.rows[0].token));

describe("cross-validation folds over the development file", () => {
  it("holds out every count-th sentence from the fold's index and trains on the rest, in file order", () => {
    const { train, heldOut } = foldSplit(sentences(11), 1, 5);
    expect(numbers(heldOut)).toEqual([1, 6]);
    expect(numbers(train)).toEqual([0, 2, 3, 4, 5, 7, 8, 9, 10]);
  });

  it("puts every sentence in exactly one fold's held-out part", () => {
    const all = sentences(23);
    const heldOut = [0, 1, 2, 3].flatMap((k) => numbers(foldSplit(all, k, 4).heldOut));
    expect(heldOut.sort((a, b) => a - b)).toEqual(numbers(all));
  });

  it("refuses a fold that does not exist", () => {
    expect(() => foldSplit(sentences(5), 5, 5)).toThrow(/index one of 0 … count − 1/u);
    expect(() => foldSplit(sentences(5), 0, 1)).toThrow(/at least 2/u);
  });
});
