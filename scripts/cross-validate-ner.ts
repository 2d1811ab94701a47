/**
 * Cross-validation of the NER training recipe over the whole GermEval 2014
 * development file (models/ner-de.md, "Will it reach F1 0.70"). Not a test.
 * The fixed held-out part has 660 sentences, and F1 on 330-sentence halves
 * of it varies by several points; here every sentence of the 2,200 is scored
 * by a model that did not see it: fold k holds out every `--folds`-th
 * sentence from the k-th, and a model is trained by the shipped recipe (no
 * biases tuned) on the other sentences, with the same other corpora.
 *
 *   node --import tsx scripts/cross-validate-ner.ts [--folds 5] [--seed 1] [--only 0,1] [--dir DIR] [--data ../shared/data] [--tune]
 *                     [--share S] [--epochs N] [--europeana W] [--ler W] [--augment N] [--augment-p P] [--augment-weight W] [--no-noun-lexicon]
 *
 * The recipe options on the second line change the recipe as
 * `npm run train:ner` does, to compare recipes on all 2,200 sentences
 * (the folds are the same for every recipe and seed); the default folder
 * then carries the options in its name. `--share 0.875` trains each fold's
 * model on 1,540 of its 1,760 GermEval sentences, as many as the shipped
 * model has.
 * Each fold's model is written to DIR (default: a folder in the system's
 * temporary directory named after the seed and fold count;
 * scripts/ner-folds.ts), so folds can run in separate processes (`--only`);
 * every run ends with the report over the folds found in DIR (`--only none`
 * reports without training). The fold models tag their sentences when the
 * report is made, with the biases of the model shipped then, and the name
 * rules are applied as they stand then; delete DIR after changing the
 * recipe or the features. Reported: the models
 * alone and with the name rules, each with zero biases and with the shipped
 * model's biases, overall and per type; and the same for the sentences of
 * the fixed held-out part and of each half of the fixed training part. With
 * `--tune`, also the biases the recipe's search finds (with the name rules)
 * on the sentences of one part, scored on the other part's, both ways
 * round, and on all sentences. The name rules were written from errors read
 * in this file, so their gain here is no evidence for unseen text; the
 * models' is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { scoreTagSequences, type NerScores } from "../src/eval/ner-score.js";
import { parseGermEval } from "../src/nlp/ner/germeval.js";
import { ENTITY_TYPES } from "../src/nlp/ner/labels.js";
import { parseModel, serialiseModel } from "../src/nlp/ner/model-file.js";
import { sharedLength, splitGermEval } from "../src/nlp/ner/split.js";
import { loadNerModel, tagSentence, tagTokens } from "../src/nlp/ner/tagger.js";
import { GERMEVAL_FILE, germEvalLabelled } from "../src/nlp/ner/training/corpora.js";
import { tuneBiases } from "../src/nlp/ner/training/bias.js";
import { DEFAULT_RECIPE, trainGermanNer, type RecipeOptions } from "../src/nlp/ner/training/recipe.js";
import { flag, option, sharedDataDir } from "./args.js";
import { readFolds, withRules, type FoldRecord, type FoldSentence } from "./ner-folds.js";

const count = Number(option("folds") ?? 5);
const seed = Number(option("seed") ?? DEFAULT_RECIPE.seed);
if (!Number.isInteger(count) || count < 2 || !Number.isInteger(seed)) {
  console.error("cross-validate-ner: --folds must be an integer of at least 2 and --seed an integer.");
  process.exit(2);
}
const dataDir = sharedDataDir();
if (!existsSync(join(dataDir, GERMEVAL_FILE))) {
  console.error(`cross-validate-ner: the GermEval development file is not at ${join(dataDir, GERMEVAL_FILE)}; give --data DIR (the folder that holds ner-germeval2014/).`);
  process.exit(1);
}
const RECIPE_OPTIONS = ["share", "epochs", "europeana", "ler", "augment", "augment-p", "augment-weight"] as const;
const changed = RECIPE_OPTIONS.filter((name) => option(name) !== undefined);
if (changed.some((name) => !Number.isFinite(Number(option(name))))) {
  console.error(`cross-validate-ner: ${changed.map((name) => `--${name}`).join(", ")} take numbers.`);
  process.exit(2);
}
const num = (name: (typeof RECIPE_OPTIONS)[number], fallback: number): number => Number(option(name) ?? fallback);
const recipe: RecipeOptions = {
  ...DEFAULT_RECIPE,
  seed,
  tuneBias: false,
  germEvalShare: num("share", DEFAULT_RECIPE.germEvalShare),
  epochs: num("epochs", DEFAULT_RECIPE.epochs),
  europeanaWeight: num("europeana", DEFAULT_RECIPE.europeanaWeight),
  lerWeight: num("ler", DEFAULT_RECIPE.lerWeight),
  augment: {
    copies: num("augment", DEFAULT_RECIPE.augment.copies),
    probability: num("augment-p", DEFAULT_RECIPE.augment.probability),
    weight: num("augment-weight", DEFAULT_RECIPE.augment.weight),
  },
  nounLexicon: !flag("no-noun-lexicon"),
};
const label = changed.map((name) => `-${name}${option(name)}`).join("") + (flag("no-noun-lexicon") ? "-no-noun-lexicon" : "");
const dir = resolve(option("dir") ?? join(tmpdir(), `lagebild-ner-cv-${count}-seed${seed}${label}`));
mkdirSync(dir, { recursive: true });
const only = option("only");
const folds = only === "none" ? [] : only ? only.split(",").map(Number) : Array.from({ length: count }, (_, k) => k);
if (folds.some((k) => !Number.isInteger(k) || k < 0 || k >= count)) {
  console.error(`cross-validate-ner: --only takes fold numbers 0 … ${count - 1}, separated by commas (or "none").`);
  process.exit(2);
}

/** Tags by variant: the model alone / with the name rules, each with zero biases ("…0") and the shipped biases ("…B"). */
const VARIANTS = ["model0", "modelB", "rules0", "rulesB"] as const;
type Variant = (typeof VARIANTS)[number];
const VARIANT_NAMES: Record<Variant, string> = {
  model0: "model alone, zero biases",
  modelB: "model alone, shipped biases",
  rules0: "with the name rules, zero biases",
  rulesB: "with the name rules, shipped biases",
};

/**
 * The parts of the fixed split, which the name rules were read from to
 * different degrees: the held-out part's errors most, the second half of
 * the training part's (with a model trained on the first half) next, the
 * first half's only through counts over the whole file.
 */
const FIXED_PARTS = ["held-out", "training 1st half", "training 2nd half"] as const;
type FixedPart = (typeof FIXED_PARTS)[number];

const sentences = parseGermEval(readFileSync(join(dataDir, GERMEVAL_FILE), "utf8"));
const labelled = germEvalLabelled(sentences);
const shippedBias = [...loadNerModel().entityBias];

for (const k of folds) {
  console.log(`fold ${k + 1} of ${count} (seed ${seed}): training …`);
  const run = trainGermanNer(dataDir, { ...recipe, germEvalFold: { index: k, count } });
  // Saved and read back, as the shipped model is: weights in int16 steps, frozen.
  const bytes = serialiseModel(run.model);
  writeFileSync(join(dir, `fold-${k}.bin.gz`), bytes);
  const model = parseModel(bytes);
  const held = labelled.filter((_, i) => i % count === k);
  const record: FoldRecord = { fold: k, count, seed };
  writeFileSync(join(dir, `fold-${k}.json`), JSON.stringify(record));
  const tags = held.map((s) => tagTokens({ ...model, entityBias: [0, 0, 0, 0] }, s.tokens));
  console.log(`fold ${k + 1}: ${held.length} sentences, model alone F1 ${score(held.map((s) => s.tags), tags).overall.f1.toFixed(3)} (${run.seconds.total.toFixed(0)} s)`);
}

const { bySentence, missing } = readFolds(dir, count, labelled.map((s) => s.tokens), shippedBias, seed);
if (missing.length > 0) {
  console.log(`${dir}: folds ${missing.join(", ")} not yet trained (run with --only ${missing.join(",")}); no report until all ${count} are there.`);
} else {
  const folds = bySentence as FoldSentence[];
  report(folds);
  if (flag("tune")) tuneAcrossParts(folds);
}

function score(gold: readonly string[][], predicted: readonly string[][]): NerScores {
  return scoreTagSequences(gold, predicted, ENTITY_TYPES);
}

/** Whether each sentence (file order) belongs to the fixed held-out part. */
function fixedHeldOut(): boolean[] {
  const comments = new Set(splitGermEval(sentences).heldOut.map((s) => s.comment));
  return sentences.map((s) => comments.has(s.comment));
}

/** The part of the fixed split each sentence (file order) belongs to. */
function fixedParts(): FixedPart[] {
  const inHeldOut = fixedHeldOut();
  const training = inHeldOut.flatMap((held, i) => (held ? [] : [i]));
  const firstHalf = new Set(training.slice(0, sharedLength(training.length, 0.5)));
  return inHeldOut.map((held, i) => (held ? "held-out" : firstHalf.has(i) ? "training 1st half" : "training 2nd half"));
}

/**
 * Biases searched as the recipe searches them, with the name rules applied,
 * on the out-of-fold tags of one part of the file and scored on the other.
 */
function tuneAcrossParts(folds: readonly FoldSentence[]): void {
  const inHeldOut = fixedHeldOut();
  const scorer = (keep: (i: number) => boolean) => {
    const indices = labelled.map((_, i) => i).filter(keep);
    const gold = indices.map((i) => labelled[i].tags);
    return (bias: readonly number[]): number => {
      const predicted = indices.map((i) => tagSentence({ ...folds[i].model, entityBias: [...bias] }, labelled[i].tokens));
      return score(gold, predicted).overall.f1;
    };
  };
  const parts = { "fixed training part": (i: number) => !inHeldOut[i], "fixed held-out part": (i: number) => inHeldOut[i] };
  console.log("\nBiases tuned with the name rules on the out-of-fold tags of one part, scored on the other:");
  for (const [name, keep] of Object.entries(parts)) {
    const tuned = tuneBiases(scorer(keep));
    const other = scorer((i) => !keep(i));
    console.log(`  tuned on the ${name}: ${tuned.bias.join(" ")} (F1 there ${tuned.f1.toFixed(3)}); on the other part ${other(tuned.bias).toFixed(3)} against ${other([0, 0, 0, 0]).toFixed(3)} with zero biases and ${other(shippedBias).toFixed(3)} with the shipped ones`);
  }
  const all = tuneBiases(scorer(() => true));
  console.log(`  tuned on all sentences: ${all.bias.join(" ")} (F1 ${all.f1.toFixed(3)})`);
}

function deviation(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
}

function report(folds: readonly FoldSentence[]): void {
  const rules = (tags: (f: FoldSentence) => readonly string[]) => folds.map((f, i) => withRules(f.model, labelled[i].tokens, tags(f)));
  const predicted = new Map<Variant, string[][]>([
    ["model0", folds.map((f) => [...f.model0])],
    ["modelB", folds.map((f) => [...f.modelB])],
    ["rules0", rules((f) => f.model0)],
    ["rulesB", rules((f) => f.modelB)],
  ]);
  const gold = labelled.map((s) => s.tags);
  const partOf = fixedParts();
  const part = <T>(xs: readonly T[], name: FixedPart): T[] => xs.filter((_, i) => partOf[i] === name);
  console.log(`\nCross-validation, ${count} folds, seed ${seed}${changed.length > 0 ? `, ${changed.map((name) => `--${name} ${option(name)}`).join(" ")}` : ""}: ${labelled.length} sentences, each tagged by a model trained on the other folds (${dir})`);
  for (const v of VARIANTS) {
    const all = score(gold, predicted.get(v)!);
    const types = all.types.map((t) => `${t.type} ${t.f1.toFixed(3)}`).join(", ");
    const byPart = FIXED_PARTS.map((name) => `${name} ${score(part(gold, name), part(predicted.get(v)!, name)).overall.f1.toFixed(3)}`).join(", ");
    console.log(`  ${VARIANT_NAMES[v].padEnd(36)} P ${all.overall.precision.toFixed(3)} R ${all.overall.recall.toFixed(3)} F1 ${all.overall.f1.toFixed(3)}  (${types})`);
    console.log(`  ${"".padEnd(36)} by part of the fixed split: ${byPart}`);
  }
  for (const v of ["model0", "rules0"] as const) {
    const inFold = <T>(xs: readonly T[], k: number): T[] => xs.filter((_, i) => i % count === k);
    const byFold = Array.from({ length: count }, (_, k) => score(inFold(gold, k), inFold(predicted.get(v)!, k)).overall.f1);
    console.log(`  ${VARIANT_NAMES[v]}, fold by fold: ${byFold.map((f) => f.toFixed(3)).join(" ")} (standard deviation ${deviation(byFold).toFixed(3)})`);
  }
}
