/**
 * The folds scripts/cross-validate-ner.ts writes to its folder: for fold k,
 * the model trained without it (`fold-k.bin.gz`) and that model's own tags
 * of the fold's sentences, with zero and with the shipped biases
 * (`fold-k.json`). The name rules are applied when the folds are read, so
 * reports and scripts/ablate-name-rules.ts always show the rules as they
 * are now.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModel } from "../src/nlp/ner/model-file.js";
import type { NerModel } from "../src/nlp/ner/model.js";
import { applyNameRulesExcept } from "../src/nlp/ner/tagger.js";

/** The model's tags of a fold's sentences (in file order), with zero biases and with the shipped ones. */
export interface ModelTags {
  model0: string[][];
  modelB: string[][];
}

/** What `fold-k.json` holds. */
export interface FoldRecord {
  fold: number;
  count: number;
  seed: number;
  tags: ModelTags;
}

/** One sentence of the file: the model of its fold and that model's tags. */
export interface FoldSentence {
  model: NerModel;
  model0: readonly string[];
  modelB: readonly string[];
}

/** The sentences of the folds found in `dir` written for `count` folds (and `seed`, if given), by index in the file; and which folds are missing. */
export function readFolds(dir: string, count: number, sentences: number, seed?: number): { bySentence: (FoldSentence | undefined)[]; missing: number[] } {
  const bySentence = new Array<FoldSentence | undefined>(sentences);
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
    record.tags.model0.forEach((model0, j) => (bySentence[k + j * count] = { model, model0, modelB: record.tags.modelB[j] }));
  }
  return { bySentence, missing };
}

/** Model tags with the name rules (but those in `skip`) applied, as the tagger applies them to one German sentence. */
export function withRules(model: NerModel, tokens: readonly string[], modelTags: readonly string[], skip: ReadonlySet<string> | null = null): string[] {
  const tags = [[...modelTags]];
  applyNameRulesExcept(model, [tokens], tags, false, skip);
  return tags[0];
}
