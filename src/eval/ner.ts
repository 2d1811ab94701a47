/**
 * `lagebild eval ner`: the recogniser scored on a file in GermEval 2014
 * format. Gold tags are read from the outer column and mapped as for
 * training (OTH → MISC; `*deriv` and `*part` → O, they are not mentions in
 * our output); spans are scored strictly, conlleval style, over PER, ORG,
 * LOC and MISC.
 */
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { lagebildError } from "../core/errors.js";
import { formatGermEval, mapGermEvalTags, parseGermEval, type GermEvalSentence } from "../nlp/ner/germeval.js";
import { ENTITY_TYPES } from "../nlp/ner/labels.js";
import type { NerModel } from "../nlp/ner/model.js";
import { sharedLength, splitGermEval } from "../nlp/ner/split.js";
import { tagSentence, tagTokens } from "../nlp/ner/tagger.js";
import { scoreTagSequences, type SpanScore } from "./ner-score.js";
import { formatTable } from "./report.js";

export const NER_GOLD_MAPPING =
  "gold = outer column; OTH → MISC; *deriv and *part → O (not mentions); strict span match (start, end, type), conlleval style";

export interface NerReport {
  task: "ner";
  data: string;
  /** "all" sentences of the file, only the "held-out" part of the fixed GermEval split, or the "second-half" of its training part. */
  part: NerEvalPart;
  /** Whether the name rules ran after the model (false: the model's own tags). */
  rules: boolean;
  sentences: number;
  tokens: number;
  mapping: string;
  precision: number;
  recall: number;
  f1: number;
  overall: SpanScore;
  types: SpanScore[];
  /** The tagging pass that is scored (start-up and compilation of the code included), then a second pass over the same sentences (steady speed). */
  timing: { seconds: number; tokensPerSecond: number; secondPass: { seconds: number; tokensPerSecond: number } };
}

export type NerEvalPart = "all" | "held-out" | "second-half";

export interface NerEvalOptions {
  /**
   * Which sentences to score: all, the held-out part of the fixed split of
   * the GermEval development file, or the second half of its training part
   * (text that a model trained with `npm run train:ner -- --share 0.5` never
   * saw, and that no name rule was written from).
   */
  part?: NerEvalPart;
  /** Run the name rules after the model (default true). */
  rules?: boolean;
}

/** The sentences of `part`. */
function partOf(sentences: GermEvalSentence[], part: NerEvalPart): GermEvalSentence[] {
  if (part === "all") return sentences;
  const split = splitGermEval(sentences);
  return part === "held-out" ? split.heldOut : split.train.slice(sharedLength(split.train.length, 0.5));
}

/** Tags every sentence of the file with `model` and scores it; also returns the file with our tags. */
export function evaluateNer(file: string, model: NerModel, options: NerEvalOptions = {}): { report: NerReport; predictions: string } {
  if (!existsSync(file)) throw lagebildError("EVAL_DATA_MISSING", file);
  let sentences: GermEvalSentence[];
  try {
    sentences = parseGermEval(readFileSync(file, "utf8"));
  } catch (error) {
    throw lagebildError("BAD_ARGUMENT", `--data ${file} is not in GermEval 2014 format (${error instanceof Error ? error.message : String(error)})`);
  }
  const part = options.part ?? "all";
  const rules = options.rules ?? true;
  sentences = partOf(sentences, part);
  const tag = () => sentences.map((s) => (rules ? tagSentence : tagTokens)(model, s.rows.map((r) => r.token)));
  const [predicted, seconds] = timed(tag);
  const [, secondPass] = timed(tag);
  const gold = sentences.map((s) => mapGermEvalTags(s.rows.map((r) => r.outer)));
  const scores = scoreTagSequences(gold, predicted, ENTITY_TYPES);
  const tokens = sentences.reduce((n, s) => n + s.rows.length, 0);
  const report: NerReport = {
    task: "ner",
    data: file,
    part,
    rules,
    sentences: sentences.length,
    tokens,
    mapping: NER_GOLD_MAPPING,
    precision: scores.overall.precision,
    recall: scores.overall.recall,
    f1: scores.overall.f1,
    overall: scores.overall,
    types: scores.types,
    timing: { ...speed(tokens, seconds), secondPass: speed(tokens, secondPass) },
  };
  return { report, predictions: formatGermEval(sentences, predicted) };
}

/** The result of `run` and the seconds it took. */
function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, (performance.now() - started) / 1000];
}

const speed = (tokens: number, seconds: number) => ({ seconds, tokensPerSecond: seconds > 0 ? tokens / seconds : 0 });

const PART_NAMES: Record<NerEvalPart, string> = {
  all: "all sentences",
  "held-out": "held-out part of the fixed GermEval split",
  "second-half": "second half of the training part of the fixed GermEval split",
};

/** The human-readable report of `lagebild eval ner`. */
export function formatNerReport(r: NerReport): string {
  const rows = [["type", "gold", "predicted", "correct", "precision", "recall", "f1"]];
  for (const s of [...r.types, r.overall]) {
    rows.push([s.type, String(s.gold), String(s.predicted), String(s.correct), s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3)]);
  }
  return [
    `NER: ${r.data} (${PART_NAMES[r.part]}${r.rules ? "" : ", model tags without the name rules"}): ${r.sentences} sentences, ${r.tokens} tokens`,
    `Scoring: ${r.mapping}`,
    formatTable(rows),
    `Tagging: ${r.timing.seconds.toFixed(2)} s, ${Math.round(r.timing.tokensPerSecond)} tokens/s (start-up included); a second pass ${r.timing.secondPass.seconds.toFixed(2)} s, ${Math.round(r.timing.secondPass.tokensPerSecond)} tokens/s (one thread; node bench/ner.mjs measures speed)`,
    "",
  ].join("\n");
}
