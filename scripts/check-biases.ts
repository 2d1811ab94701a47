/**
 * Whether the entity biases of the shipped NER model carry over to text they
 * were not tuned on (models/ner-de.md, "How much of the biases' gain carries
 * over"). Not a test; prints
 *
 * - the held-out F1 of the shipped model with its biases and with biases set
 *   to zero, with and without the name rules;
 * - for the held-out part cut into two halves (in file order, and in
 *   alternate sentences), the F1 of one half without biases and with the
 *   biases tuned on the other half (the training recipe's search);
 * - the F1 of the model alone on the three EuroParl files (out of domain,
 *   evaluation only) with the shipped biases, half of them and none.
 *
 *   node --import tsx scripts/check-biases.ts [--data ../shared/data]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateNer } from "../src/eval/ner.js";
import { scoreTagSequences } from "../src/eval/ner-score.js";
import { EUROPARL_FORMAT, readColumns } from "../src/nlp/ner/conll.js";
import { ENTITY_TYPES } from "../src/nlp/ner/labels.js";
import { extractFeatures } from "../src/nlp/ner/features.js";
import { loadNerModel, tagTokens } from "../src/nlp/ner/tagger.js";
import { biasScorer, tuneBiases } from "../src/nlp/ner/training/bias.js";
import { GERMEVAL_FILE, loadGermEval } from "../src/nlp/ner/training/corpora.js";
import { sharedDataDir } from "./args.js";

const dataDir = sharedDataDir();
const file = join(dataDir, GERMEVAL_FILE);
if (!existsSync(file)) {
  console.error(`check-biases: ${file} is missing; pass the shared data folder with --data DIR.`);
  process.exit(1);
}

const model = loadNerModel();
const shipped = model.entityBias;
const f1 = (bias: number[], rules: boolean): string => {
  model.entityBias = bias;
  return evaluateNer(file, model, { part: "held-out", rules }).report.f1.toFixed(3);
};
console.log(`held-out F1, biases ${shipped.join(" ")}: ${f1(shipped, true)} with the rules, ${f1(shipped, false)} without`);
console.log(`held-out F1, biases 0 0 0 0: ${f1([0, 0, 0, 0], true)} with the rules, ${f1([0, 0, 0, 0], false)} without`);
model.entityBias = shipped;

const { heldOut } = loadGermEval(dataDir);
const features = heldOut.map((s) => extractFeatures(s.tokens, model.resources));
const gold = heldOut.map((s) => s.tags);
const half = Math.floor(heldOut.length / 2);
const splits: [string, number[][]][] = [
  ["file order", [heldOut.map((_, i) => i).filter((i) => i < half), heldOut.map((_, i) => i).filter((i) => i >= half)]],
  ["alternate sentences", [0, 1].map((r) => heldOut.map((_, i) => i).filter((i) => i % 2 === r))],
];
for (const [name, parts] of splits) {
  const scorers = parts.map((ids) => biasScorer(model, ids.map((i) => features[i]), ids.map((i) => gold[i])));
  for (const [tuneOn, scoreOn] of [[0, 1], [1, 0]]) {
    const tuned = tuneBiases(scorers[tuneOn]);
    const none = scorers[scoreOn]([0, 0, 0, 0]);
    const other = scorers[scoreOn](tuned.bias);
    console.log(`${name}: biases ${tuned.bias.join(" ")} tuned on half ${tuneOn + 1}; half ${scoreOn + 1} without biases ${none.toFixed(4)}, with them ${other.toFixed(4)} (${((other - none) * 100).toFixed(1)} points; before the rules)`);
  }
}

const europarlDir = join(dataDir, "ner-extra", "europarl-eval-only");
for (const part of ["train", "dev", "test"]) {
  const file = join(europarlDir, `${part}.tsv`);
  if (!existsSync(file)) continue;
  const sentences = readColumns(readFileSync(file, "utf8"), EUROPARL_FORMAT);
  const f1 = (bias: number[]): string => {
    model.entityBias = bias;
    return scoreTagSequences(sentences.map((s) => s.tags), sentences.map((s) => tagTokens(model, s.tokens)), ENTITY_TYPES).overall.f1.toFixed(3);
  };
  console.log(`EuroParl ${part} (${sentences.length} sentences, the model alone): F1 ${f1(shipped)} with the shipped biases, ${f1(shipped.map((b) => b / 2))} with half of them, ${f1([0, 0, 0, 0])} without`);
}
model.entityBias = shipped;
