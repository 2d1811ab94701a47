/**
 * The folds scripts/cross-validate-ner.ts writes to its folder: for fold k,
 * the model trained without it (`fold-k.bin.gz`) and a record of the fold
 * (`fold-k.json`). The tags are made when the folds are read: each fold
 * model tags its fold's sentences with zero biases and with the biases of
 * the model shipped now, and the name rules are applied to them then, so
 * reports and scripts/ablate-name-rules.ts always show the biases and rules
 * as they are now (tags saved by earlier versions of the script are not
 * read).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModel } from "../src/nlp/ner/model-file.js";
import type { NerModel } from "../src/nlp/ner/model.js";
import { applyNameRulesExcept, tagTokens } from "../src/nlp/ner/tagger.js";

/** What `fold-k.json` holds. */
export interface FoldRecord {
  fold: number;
  count: number;
  seed: number;
}

/** One sentence of the file: the model of its fold and that model's tags. */
export interface FoldSentence {
  model: NerModel;
  model0: readonly string[];
  modelB: readonly string[];
}

/**
 * The sentences of the folds found in `dir` written for `count` folds (and
 * `seed`, if given), by index in the file, each tagged by its fold's model
 * with zero biases and with `shippedBias`; and which folds are missing.
 */
export function readFolds(
  dir: string,
  count: number,
  sentences: readonly (readonly string[])[],
  shippedBias: readonly number[],
  seed?: number,
): { bySentence: (FoldSentence | undefined)[]; missing: number[] } {
  const bySentence = new Array<FoldSentence | undefined>(sentences.length);
  const missing: number[] = [];
  for (let k = 0; k < count; k++) {
    const modelFile = join(dir, `fold-${k}.bin.gz`);
    const tagFile = join(dir, `fold-${k}.json`);
    const record = existsSync(modelFile) && existsSync(tagFile) ? (JSON.parse(readFileSync(tagFile, "utf8")) as FoldRecord) : null;
    if (!record || record.count !== count || (seed !== undefined && record.seed !== seed)) {
      missing.push(k);
      continue;
    }
    const model = parseModel(readFileSync(modelFile));
    const [zero, shipped] = [[0, 0, 0, 0], shippedBias].map((bias) => ({ ...model, entityBias: [...bias] }));
    for (let i = k; i < sentences.length; i += count) {
      bySentence[i] = { model, model0: tagTokens(zero, sentences[i]), modelB: tagTokens(shipped, sentences[i]) };
    }
  }
  return { bySentence, missing };
}

/** Model tags with the name rules (but those in `skip`) applied, as the tagger applies them to one German sentence. */
export function withRules(model: NerModel, tokens: readonly string[], modelTags: readonly string[], skip: ReadonlySet<string> | null = null): string[] {
  const tags = [[...modelTags]];
  applyNameRulesExcept(model, [tokens], tags, false, skip);
  return tags[0];
}
