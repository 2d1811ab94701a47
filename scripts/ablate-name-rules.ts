/**
 * What each name rule gains, on text it was written from and on text it was
 * not (models/ner-de.md, "Will it reach F1 0.70"). Not a test. For every
 * rule of `NAME_RULES` (tagger.ts), the strict-span F1 and the number of
 * correct spans with all rules and with all but that one:
 *
 * - on the GermEval development file, every sentence tagged by the model of
 *   its cross-validation fold (scripts/cross-validate-ner.ts, whose folder
 *   of fold models and tags this reads) with the shipped model's biases —
 *   the rules were written from errors read in this file;
 * - on the three EuroParl files (out of domain, evaluation only, never read
 *   for the rules), tagged by the shipped model.
 *
 *   node --import tsx scripts/ablate-name-rules.ts [--cv DIR] [--folds 5] [--data ../shared/data]
 *
 * DIR defaults to the folder of `cross-validate-ner.ts --share 0.875`
 * (seed 1); run that first.
 */
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { scoreTagSequences } from "../src/eval/ner-score.js";
import { EUROPARL_FORMAT, readColumns } from "../src/nlp/ner/conll.js";
import { parseGermEval } from "../src/nlp/ner/germeval.js";
import { ENTITY_TYPES } from "../src/nlp/ner/labels.js";
import type { NerModel } from "../src/nlp/ner/model.js";
import { loadNerModel, NAME_RULES, tagTokens } from "../src/nlp/ner/tagger.js";
import { GERMEVAL_FILE, germEvalLabelled } from "../src/nlp/ner/training/corpora.js";
import { option, sharedDataDir } from "./args.js";
import { readFolds, withRules } from "./ner-folds.js";

const dataDir = sharedDataDir();
const FOLDS = Number(option("folds") ?? 5);
const cvDir = resolve(option("cv") ?? join(tmpdir(), `lagebild-ner-cv-${FOLDS}-seed1-share0.875`));
const europarlDir = join(dataDir, "ner-extra", "europarl-eval-only");
if (!existsSync(join(dataDir, GERMEVAL_FILE)) || !existsSync(europarlDir)) {
  console.error(`ablate-name-rules: the GermEval development file or the EuroParl files are not under ${dataDir}; give --data DIR (the folder that holds ner-germeval2014/ and ner-extra/).`);
  process.exit(1);
}

/** Sentences with their gold tags, the model that tags them, and its tags before the rules. */
interface Case {
  tokens: readonly string[];
  gold: readonly string[];
  model: NerModel;
  modelTags: readonly string[];
}

const shipped = loadNerModel();
const germEval = germEvalCases();
const europarl = ["train", "dev", "test"].flatMap((part) =>
  readColumns(readFileSync(join(europarlDir, `${part}.tsv`), "utf8"), EUROPARL_FORMAT).map((s) => ({
    tokens: s.tokens,
    gold: s.tags,
    model: shipped,
    modelTags: tagTokens(shipped, s.tokens),
  })),
);

function germEvalCases(): Case[] {
  const labelled = germEvalLabelled(parseGermEval(readFileSync(join(dataDir, GERMEVAL_FILE), "utf8")));
  const { bySentence, missing } = readFolds(cvDir, FOLDS, labelled.map((s) => s.tokens), loadNerModel().entityBias);
  if (missing.length > 0) {
    console.error(`ablate-name-rules: ${cvDir} lacks folds ${missing.join(", ")} of ${FOLDS}; run scripts/cross-validate-ner.ts --share 0.875 first (or give --cv DIR).`);
    process.exit(1);
  }
  return labelled.map((s, i) => ({ tokens: s.tokens, gold: s.tags, model: bySentence[i]!.model, modelTags: bySentence[i]!.modelB }));
}

/** F1 and correct spans with the rules but those in `skip` (null: none skipped; "all": no rules). */
function scoreWithout(cases: readonly Case[], skip: ReadonlySet<string> | "all" | null): { f1: number; correct: number } {
  const predicted = cases.map((c) => (skip === "all" ? [...c.modelTags] : withRules(c.model, c.tokens, c.modelTags, skip)));
  const { overall } = scoreTagSequences(
    cases.map((c) => [...c.gold]),
    predicted,
    ENTITY_TYPES,
  );
  return { f1: overall.f1, correct: overall.correct };
}

const parts = [
  ["GermEval dev, out of fold", germEval],
  ["EuroParl train+dev+test", europarl],
] as const;
const full = parts.map(([, cases]) => scoreWithout(cases, null));
const none = parts.map(([, cases]) => scoreWithout(cases, "all"));
const points = (a: number, b: number): string => `${a >= b ? "+" : ""}${((a - b) * 100).toFixed(2)}`;
const spans = (a: number, b: number): string => `${a >= b ? "+" : ""}${a - b}`;
console.log(`${"rule".padEnd(34)}${parts.map(([name]) => name.padStart(30)).join("")}`);
console.log(`${"all rules (F1, correct spans)".padEnd(34)}${full.map((s) => `${s.f1.toFixed(4)} ${s.correct}`.padStart(30)).join("")}`);
console.log(`${"gain of all rules".padEnd(34)}${full.map((s, i) => `${points(s.f1, none[i].f1)} ${spans(s.correct, none[i].correct)}`.padStart(30)).join("")}`);
for (const [name] of NAME_RULES) {
  const without = parts.map(([, cases]) => scoreWithout(cases, new Set([name])));
  console.log(`${name.padEnd(34)}${without.map((s, i) => `${points(full[i].f1, s.f1)} ${spans(full[i].correct, s.correct)}`.padStart(30)).join("")}`);
}
