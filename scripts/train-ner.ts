/**
 * Trains the German NER model and writes it to models/ner-de.bin.gz.
 *
 *   npm run train:ner -- [--data ../shared/data] [--out models/ner-de.bin.gz] [--epochs 10] [--runs 3] [--bits 20]
 *                        [--europeana W] [--ler W] [--no-clusters] [--no-gazetteer]
 *                        [--no-charmodel] [--no-adapt] [--no-bias] [--no-profiles] [--vector-dims N]
 *                        [--margin M] [--recall-margin M] [--share S] [--europarl]
 *                        [--branching 32,16,8] [--dimensions 128] [--context-words 3000]
 *                        [--reduction random|svd] [--singular-power 0.5]
 *                        [--augment N] [--augment-p 0.5] [--augment-weight 0.5] [--no-noun-lexicon]
 *
 * Training data: the training part of GermEval 2014 (CC BY 4.0), Europeana
 * Newspapers (CC0), legal LER (CC BY 4.0); gazetteer and clusters as
 * described in models/ATTRIBUTION.md. `--europarl` also scores the model on
 * the EuroParl development file, for information only (never trained on).
 * `--share S` trains on the first share S of the GermEval training part only
 * (learning curves; the held-out part stays the same).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreTagSequences, type NerScores } from "../src/eval/ner-score.js";
import { EUROPARL_FORMAT, readColumns } from "../src/nlp/ner/conll.js";
import { ENTITY_TYPES } from "../src/nlp/ner/labels.js";
import { serialiseModel } from "../src/nlp/ner/model-file.js";
import { tagTokens } from "../src/nlp/ner/tagger.js";
import { DEFAULT_RECIPE, trainGermanNer, type RecipeOptions } from "../src/nlp/ner/training/recipe.js";
import { flag, option, sharedDataDir } from "./args.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const numberOption = (name: string, fallback: number): number => Number(option(name) ?? fallback);

/** `--reduction random|svd`; anything else stops the script before any work. */
function reductionOption(): "random" | "svd" {
  const value = option("reduction") ?? DEFAULT_RECIPE.clusterOptions.reduction;
  if (value === "random" || value === "svd") return value;
  console.error(`train-ner: --reduction must be "random" or "svd", not "${value}"; leave it out for the shipped recipe (random).`);
  process.exit(2);
}

const dataDir = sharedDataDir();
const out = resolve(option("out") ?? join(root, "models", "ner-de.bin.gz"));
const recipe: RecipeOptions = {
  ...DEFAULT_RECIPE,
  epochs: numberOption("epochs", DEFAULT_RECIPE.epochs),
  runs: numberOption("runs", DEFAULT_RECIPE.runs),
  bits: numberOption("bits", DEFAULT_RECIPE.bits),
  seed: numberOption("seed", DEFAULT_RECIPE.seed),
  europeanaWeight: numberOption("europeana", DEFAULT_RECIPE.europeanaWeight),
  lerWeight: numberOption("ler", DEFAULT_RECIPE.lerWeight),
  clusters: !flag("no-clusters"),
  gazetteer: !flag("no-gazetteer"),
  charModel: !flag("no-charmodel"),
  adapt: !flag("no-adapt"),
  profiles: !flag("no-profiles"),
  nounLexicon: !flag("no-noun-lexicon"),
  margin: numberOption("margin", DEFAULT_RECIPE.margin),
  recallMargin: numberOption("recall-margin", DEFAULT_RECIPE.recallMargin),
  clusterOptions: {
    ...DEFAULT_RECIPE.clusterOptions,
    branching: option("branching")?.split(",").map(Number) ?? DEFAULT_RECIPE.clusterOptions.branching,
    dimensions: numberOption("dimensions", DEFAULT_RECIPE.clusterOptions.dimensions),
    contextWords: numberOption("context-words", DEFAULT_RECIPE.clusterOptions.contextWords),
    reduction: reductionOption(),
    singularPower: numberOption("singular-power", DEFAULT_RECIPE.clusterOptions.singularPower),
  },
  profileOptions: { ...DEFAULT_RECIPE.profileOptions, vectorDims: numberOption("vector-dims", DEFAULT_RECIPE.profileOptions.vectorDims) },
  tuneBias: flag("no-bias") ? false : DEFAULT_RECIPE.tuneBias,
  germEvalShare: numberOption("share", DEFAULT_RECIPE.germEvalShare),
  augment: {
    copies: numberOption("augment", DEFAULT_RECIPE.augment.copies),
    probability: numberOption("augment-p", DEFAULT_RECIPE.augment.probability),
    weight: numberOption("augment-weight", DEFAULT_RECIPE.augment.weight),
  },
};

const log = (line: string): void => console.log(line);
log(`training the German NER model from ${dataDir}`);
const run = trainGermanNer(dataDir, recipe, log);
const { model } = run;
Object.assign(model.info, {
  trainedOn: "GermEval 2014 dev, training part (CC BY 4.0); Europeana Newspapers DE (CC0); German legal LER (CC BY 4.0)",
  recipe: { ...recipe, clusterOptions: recipe.clusterOptions },
  sentences: run.sentences,
  heldOut: summary(run.heldOut),
});
const bytes = serialiseModel(model);
writeFileSync(out, bytes);
log(`held-out (GermEval, ${run.sentences.heldOut} sentences): before biases F1 ${run.f1BeforeBias.toFixed(3)}, after: ${line(run.heldOut)}`);
for (const t of run.heldOut.types) log(`  ${t.type.padEnd(5)} P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} F1 ${t.f1.toFixed(3)} (${t.gold} gold)`);
if (flag("europarl")) {
  const europarl = readColumns(readFileSync(join(dataDir, "ner-extra/europarl-eval-only/dev.tsv"), "utf8"), EUROPARL_FORMAT);
  const scores = scoreTagSequences(
    europarl.map((s) => s.tags),
    europarl.map((s) => tagTokens(model, s.tokens)),
    ENTITY_TYPES,
  );
  log(`EuroParl dev (${europarl.length} sentences, information only): ${line(scores)}`);
  for (const t of scores.types) log(`  ${t.type.padEnd(5)} P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} F1 ${t.f1.toFixed(3)} (${t.gold} gold)`);
}
log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
log(`time: resources ${run.seconds.resources.toFixed(0)} s, features ${run.seconds.features.toFixed(0)} s, training ${run.seconds.training.toFixed(0)} s, total ${run.seconds.total.toFixed(0)} s`);

function line(s: NerScores): string {
  return `P ${s.overall.precision.toFixed(3)} R ${s.overall.recall.toFixed(3)} F1 ${s.overall.f1.toFixed(3)}`;
}

function summary(s: NerScores): Record<string, number> {
  return Object.fromEntries([s.overall, ...s.types].map((t) => [t.type, Number(t.f1.toFixed(4))]));
}
