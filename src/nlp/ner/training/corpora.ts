/**
 * Training corpora read from the shared data folder: the training part of
 * GermEval 2014, Europeana Newspapers (CC0) and German legal LER (CC BY 4.0).
 * Used only by the training script; nothing here ships with the model.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EUROPEANA_FORMAT, LER_FORMAT, readColumns, type LabelledSentence } from "../conll.js";
import { mapGermEvalTags, parseGermEval, type GermEvalSentence } from "../germeval.js";
import { foldSplit, splitGermEval } from "../split.js";

export const GERMEVAL_FILE = "ner-germeval2014/NER-de-dev.tsv";
export const EUROPEANA_FILES = ["enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio"].map((f) => `ner-extra/europeana-cc0/${f}`);
export const LER_FILES = ["ler_dev.conll", "ler_test.conll"].map((f) => `ner-extra/legal-ler-ccby/${f}`);

/** GermEval sentences as labelled sentences with the output tag set. */
export function germEvalLabelled(sentences: readonly GermEvalSentence[]): LabelledSentence[] {
  return sentences.map((s) => ({ tokens: s.rows.map((r) => r.token), tags: mapGermEvalTags(s.rows.map((r) => r.outer)) }));
}

/** A fold of a cross-validation over the whole GermEval development file (split.ts, `foldSplit`). */
export interface GermEvalFold {
  index: number;
  count: number;
}

/** The GermEval training and held-out parts: the fixed split, or the given fold's. */
export function loadGermEval(dataDir: string, fold: GermEvalFold | null = null): { train: LabelledSentence[]; heldOut: LabelledSentence[] } {
  const sentences = parseGermEval(readFileSync(join(dataDir, GERMEVAL_FILE), "utf8"));
  const split = fold ? foldSplit(sentences, fold.index, fold.count) : splitGermEval(sentences);
  return { train: germEvalLabelled(split.train), heldOut: germEvalLabelled(split.heldOut) };
}

/** Europeana Newspapers, all three German collections. */
export function loadEuropeana(dataDir: string): LabelledSentence[] {
  return EUROPEANA_FILES.flatMap((f) => readColumns(readFileSync(join(dataDir, f), "utf8"), EUROPEANA_FORMAT));
}

/** Legal LER, both files. */
export function loadLer(dataDir: string): LabelledSentence[] {
  return LER_FILES.flatMap((f) => readColumns(readFileSync(join(dataDir, f), "utf8"), LER_FORMAT));
}
