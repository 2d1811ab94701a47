import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateNer } from "../../../src/eval/ner.js";
import { parseGermEval } from "../../../src/nlp/ner/germeval.js";
import { splitGermEval } from "../../../src/nlp/ner/split.js";
import { loadNerModel } from "../../../src/nlp/ner/tagger.js";

/** A GermEval file of `n` one-source sentences, each naming its number ("Satz 17 kam aus Berlin ."). */
function syntheticFile(n: number): string {
  const sentences = Array.from({ length: n }, (_, i) =>
    [`#\thttps://example.org/${i} [2024-01-01]`, `1\tSatz\tO\tO`, `2\t${i}\tO\tO`, `3\tkam\tO\tO`, `4\taus\tO\tO`, `5\tBerlin\tB-LOC\tO`, `6\t.\tO\tO`].join("\n"),
  );
  return sentences.join("\n\n") + "\n\n";
}

describe("eval ner parts of the fixed split", () => {
  const file = join(mkdtempSync(join(tmpdir(), "lagebild-ner-parts-")), "synthetic.tsv");
  writeFileSync(file, syntheticFile(1000));
  const model = loadNerModel();
  const numbers = (predictions: string) => parseGermEval(predictions).map((s) => s.rows[1].token);

  it("scores the second half of the training part: no held-out sentence and none of the first half", () => {
    const split = splitGermEval(parseGermEval(syntheticFile(1000)));
    const { report, predictions } = evaluateNer(file, model, { part: "second-half" });
    const train = split.train.map((s) => s.rows[1].token);
    expect(report.part).toBe("second-half");
    expect(numbers(predictions)).toEqual(train.slice(Math.round(train.length / 2)));
    expect(report.sentences).toBe(train.length - Math.round(train.length / 2));
    const heldOut = new Set(split.heldOut.map((s) => s.rows[1].token));
    expect(numbers(predictions).some((n) => heldOut.has(n))).toBe(false);
  });

  it("scores the held-out part and all sentences", () => {
    expect(evaluateNer(file, model, { part: "held-out" }).report.sentences).toBe(600);
    expect(evaluateNer(file, model).report.sentences).toBe(1000);
  });
});
