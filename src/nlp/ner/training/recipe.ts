/**
 * The training recipe of the shipped German model: corpora, gazetteer,
 * character model and clusters in; averaged perceptrons trained on three
 * shuffles and mixed; the entity biases tuned on the GermEval held-out
 * part; scores recorded. Deterministic for fixed options.
 */
import { scoreTagSequences, type NerScores } from "../../../eval/ner-score.js";
import type { LabelledSentence } from "../conll.js";
import { decode, emissionScores } from "../decode.js";
import { extractFeatures, type FeatureResources } from "../features.js";
import { buildGazetteer } from "../gazetteer.js";
import { ENTITY_TYPES, TAG_INDEX, TAGS } from "../labels.js";
import { ordinaryWords, trainCharModel } from "../charlm.js";
import { emptyModel, type NerModel } from "../model.js";
import { addStackScores, decodeStacked, passOne, stackFeatures } from "../stack.js";
import { trainPerceptron, type TrainingSentence } from "../train.js";
import { sharedPart, withDomainCopies } from "./adapt.js";
import { biasScorer, emissionBiasScorer, tuneBiases, UNIFORM_GRID, type BiasScorer } from "./bias.js";
import { mixModels } from "./mixing.js";
import { jackknifedStackData, mixStack, trainStack } from "./stack.js";
import { loadEuropeana, loadGermEval, loadLer } from "./corpora.js";
import { DEFAULT_CLUSTER_OPTIONS, induceWordSpace, type ClusterOptions } from "./induce-clusters.js";
import { jackknifedGazetteers, labelNameGazetteer } from "./label-names.js";
import { dropCommonWords, wordEvidence } from "./lexicon-filter.js";
import { loadNameLists } from "./lexicons.js";
import { wikinewsTexts } from "./unlabelled.js";
import { buildWordProfiles, DEFAULT_PROFILE_OPTIONS, type ProfileOptions } from "./word-profiles.js";

export interface RecipeOptions {
  bits: number;
  epochs: number;
  /** Perceptrons trained on different shuffles (seeds seed, seed+1, …) and averaged. */
  runs: number;
  seed: number;
  /** Update weight of Europeana sentences (0 leaves the corpus out). */
  europeanaWeight: number;
  /** Update weight of legal LER sentences (0 leaves the corpus out). */
  lerWeight: number;
  gazetteer: boolean;
  /** Drop ordinary words from the name lists (see lexicon-filter.ts). */
  cleanLists: boolean;
  clusters: boolean;
  /** The character model of ordinary German words (charlm.ts). */
  charModel: boolean;
  /** Private feature copies for the out-of-domain corpora. */
  adapt: boolean;
  clusterOptions: ClusterOptions;
  /** Gazetteer of the names annotated in the training corpora (jackknifed for training; label-names.ts); off: it did not help. */
  labelNames: boolean;
  /** Margins of loss-augmented training (train.ts): for every wrong tag, and extra for wrong tags on entity tokens. */
  margin: number;
  recallMargin: number;
  /** Word profiles from the unlabelled text (profiles.ts). */
  profiles: boolean;
  profileOptions: ProfileOptions;
  /** Entity biases tuned on the held-out part: one for all types, one per type, or none. */
  tuneBias: "uniform" | "per-type" | false;
  /** The stacked second pass (../stack.ts, ./stack.ts); pass 1 is jackknifed over `stackFolds` folds. */
  stack: boolean;
  stackFolds: number;
  /** Update size of pass 2 relative to pass 1's (fixed) scores. */
  stackRate: number;
  /** Train pass 2 on the in-domain (GermEval) sentences only. */
  stackInDomainOnly: boolean;
  /** log2 of pass 2's feature buckets. */
  stackBits: number;
}

export const DEFAULT_RECIPE: RecipeOptions = {
  bits: 20,
  epochs: 10,
  runs: 3,
  seed: 1,
  europeanaWeight: 0.5,
  lerWeight: 0.5,
  gazetteer: true,
  cleanLists: true,
  clusters: true,
  charModel: true,
  adapt: true,
  clusterOptions: DEFAULT_CLUSTER_OPTIONS,
  profiles: true,
  labelNames: false,
  margin: 0,
  recallMargin: 0,
  profileOptions: DEFAULT_PROFILE_OPTIONS,
  tuneBias: "per-type",
  stack: false,
  stackFolds: 5,
  stackInDomainOnly: false,
  stackRate: 1,
  stackBits: 18,
};

export interface TrainingRun {
  model: NerModel;
  heldOut: NerScores;
  /** With a stacked pass 2: pass 1 alone (its own tuned biases) on the held-out part, for comparison. */
  passOne?: { model: NerModel; heldOut: NerScores; f1BeforeBias: number };
  /** Held-out F1 of the shipped model before its biases are tuned. */
  f1BeforeBias: number;
  /** Held-out F1 after each epoch of each run (before mixing, without biases). */
  epochF1: number[];
  seconds: { resources: number; features: number; training: number; total: number };
  sentences: { germeval: number; europeana: number; ler: number; heldOut: number };
}

const EUROPEANA_DOMAIN = 101;
/** Folds of the jackknifed gazetteer of annotated names (label-names.ts). */
const NAME_FOLDS = 5;
const LER_DOMAIN = 102;

/** Runs the recipe on the shared data folder. */
export function trainGermanNer(dataDir: string, options: RecipeOptions, log: (line: string) => void = () => {}): TrainingRun {
  const started = Date.now();
  const germEval = loadGermEval(dataDir);
  const allEuropeana = loadEuropeana(dataDir);
  const allLer = loadLer(dataDir);
  const europeana = options.europeanaWeight > 0 ? allEuropeana : [];
  const ler = options.lerWeight > 0 ? allLer.filter((s) => s.tags.some((t) => t !== "O")) : [];
  const resources = buildResources(dataDir, options, { germEval: germEval.train, europeana: allEuropeana, ler: allLer }, log);
  const resourcesDone = Date.now();
  const trainBits = options.adapt ? options.bits + 1 : options.bits;
  const labelled = [...germEval.train, ...europeana, ...ler];
  if (options.labelNames) resources.labelNames = labelNameGazetteer(labelled);
  const jackknife = options.labelNames ? jackknifedGazetteers(labelled, NAME_FOLDS) : null;
  /** Resources for the training sentence at `index` of `labelled`: the names of the other folds only. */
  const trainingResources = (index: number): FeatureResources =>
    jackknife ? { ...resources, labelNames: jackknife.gazetteers[jackknife.fold(index)] } : resources;
  const prepare = (sentences: LabelledSentence[], weight: number, domain: number, offset: number | null): TrainingSentence[] =>
    sentences.map((s, i) => ({
      features: withDomainCopies(extractFeatures(s.tokens, offset === null ? resources : trainingResources(offset + i)), options.adapt ? domain : 0, options.bits),
      gold: Int32Array.from(s.tags, (t) => TAG_INDEX.get(t) ?? 0),
      weight,
    }));
  const data = [
    ...prepare(germEval.train, 1, 0, 0),
    ...prepare(europeana, options.europeanaWeight, EUROPEANA_DOMAIN, germEval.train.length),
    ...prepare(ler, options.lerWeight, LER_DOMAIN, germEval.train.length + europeana.length),
  ];
  const heldOut = prepare(germEval.heldOut, 1, 0, null);
  const featuresDone = Date.now();
  log(`features: ${data.length} training sentences, ${heldOut.length} held out (${((featuresDone - resourcesDone) / 1000).toFixed(1)} s)`);
  const gold = germEval.heldOut.map((s) => s.tags);
  const epochF1: number[] = [];
  const trainRun = (sentences: readonly TrainingSentence[], seed: number): NerModel => {
    const trained = trainPerceptron(emptyModel(trainBits, resources), sentences, {
      epochs: options.epochs,
      seed,
      margin: options.margin,
      recallMargin: options.recallMargin,
      onEpoch(epoch, averaged) {
        const f1 = scoreTagSequences(gold, heldOut.map((s) => tagNames(decode(averaged, s.features))), ENTITY_TYPES).overall.f1;
        epochF1.push(f1);
        log(`run ${seed - options.seed + 1} epoch ${epoch}: held-out F1 ${f1.toFixed(4)} (${((Date.now() - featuresDone) / 1000).toFixed(0)} s)`);
      },
    });
    return sharedPart(trained, options.bits);
  };
  const train = (sentences: readonly TrainingSentence[]): { model: NerModel; f1BeforeBias: number } => {
    const runs = Array.from({ length: options.runs }, (_, r) => trainRun(sentences, options.seed + r));
    const shared = runs.length === 1 ? runs[0] : mixModels(runs);
    const scorer = biasScorer(shared, heldOut.map((s) => s.features), gold);
    if (options.tuneBias) shared.entityBias = tuneWith(scorer, options.tuneBias, "pass 1", log).bias;
    return { model: shared, f1BeforeBias: scorer([0, 0, 0, 0]) };
  };
  const first = train(data);
  let model = first.model;
  let f1BeforeBias = first.f1BeforeBias;
  let firstPass: TrainingRun["passOne"];
  if (options.stack) {
    firstPass = { model: first.model, heldOut: scoreModel(first.model, heldOut, gold), f1BeforeBias };
    const domains = [...germEval.train.map(() => 0), ...europeana.map(() => EUROPEANA_DOMAIN), ...ler.map(() => LER_DOMAIN)].map((d) => (options.adapt ? d : 0));
    const stacked = trainPassTwo(first.model, data, labelled, domains, resources, germEval.heldOut, heldOut, gold, { ...options, trainBits }, log);
    model = stacked.model;
    f1BeforeBias = stacked.f1BeforeBias;
  }
  const trainingDone = Date.now();
  return {
    model,
    heldOut: scoreModel(model, heldOut, gold, germEval.heldOut),
    passOne: firstPass,
    f1BeforeBias,
    epochF1,
    seconds: {
      resources: (resourcesDone - started) / 1000,
      features: (featuresDone - resourcesDone) / 1000,
      training: (trainingDone - featuresDone) / 1000,
      total: (Date.now() - started) / 1000,
    },
    sentences: { germeval: germEval.train.length, europeana: europeana.length, ler: ler.length, heldOut: heldOut.length },
  };
}

/** Gazetteer, character model and clusters, built from the name lists and the unlabelled side of the corpora. */
function buildResources(
  dataDir: string,
  options: RecipeOptions,
  corpora: { germEval: LabelledSentence[]; europeana: LabelledSentence[]; ler: LabelledSentence[] },
  log: (line: string) => void,
): FeatureResources {
  const tokens = (corpus: LabelledSentence[]): string[][] => corpus.map((s) => s.tokens);
  const wikinews = wikinewsTexts(dataDir);
  const texts = [...wikinews, ...tokens(corpora.germEval), ...tokens(corpora.europeana), ...tokens(corpora.ler)];
  const lists = loadNameLists(dataDir);
  const gazetteer = options.gazetteer ? buildGazetteer(options.cleanLists ? dropCommonWords(lists, wordEvidence(texts)) : lists) : null;
  if (gazetteer) log(`gazetteer: ${gazetteer.entries.size} keys`);
  // The OCR text of Europeana would teach the character model OCR errors: it is left out there.
  const charModel = options.charModel ? trainCharModel(ordinaryWords([...wikinews, ...tokens(corpora.germEval), ...tokens(corpora.ler)])) : null;
  if (charModel) log(`character model: ${charModel.logProb.size} trigrams`);
  const space = options.clusters || (options.profiles && options.profileOptions.vectorDims > 0) ? induceWordSpace(texts, options.clusterOptions) : null;
  const clusters = options.clusters && space ? space.clusters : null;
  if (clusters) log(`clusters: ${clusters.paths.size} words from ${texts.reduce((n, t) => n + t.length, 0)} tokens`);
  const profiles = options.profiles ? buildWordProfiles(texts, space?.vectors ?? null, options.profileOptions) : null;
  if (profiles) log(`word profiles: ${profiles.codes.size} words`);
  return { gazetteer, clusters, charModel, profiles };
}

function scoreModel(model: NerModel, sentences: readonly TrainingSentence[], gold: readonly string[][], labelled?: readonly LabelledSentence[]): NerScores {
  const tags = sentences.map((s, i) =>
    model.stack && labelled ? decodeStacked(model, model.stack, labelled[i].tokens, s.features) : decode(model, s.features),
  );
  return scoreTagSequences(gold, tags.map(tagNames), ENTITY_TYPES);
}

/** Tunes biases with the scorer and logs the gain. */
function tuneWith(scorer: BiasScorer, kind: "uniform" | "per-type", name: string, log: (line: string) => void): { bias: number[]; f1: number } {
  const tuned = kind === "uniform" ? tuneUniform(scorer) : tuneBiases(scorer);
  log(`${name}: entity bias ${tuned.bias.join(" ")}: held-out F1 ${scorer([0, 0, 0, 0]).toFixed(4)} → ${tuned.f1.toFixed(4)}`);
  return tuned;
}

/**
 * Pass 2 on top of the trained pass 1: jackknifed pass-1 output for the
 * training sentences, pass 2 trained `runs` times and mixed, its biases tuned
 * on the held-out part. Returns the stacked model (pass 1 without biases).
 */
function trainPassTwo(
  pass1: NerModel,
  data: readonly TrainingSentence[],
  labelled: readonly LabelledSentence[],
  domains: readonly number[],
  resources: FeatureResources,
  heldOutSentences: readonly LabelledSentence[],
  heldOut: readonly TrainingSentence[],
  gold: readonly string[][],
  options: RecipeOptions & { trainBits: number },
  log: (line: string) => void,
): { model: NerModel; f1BeforeBias: number } {
  const jackknifeOptions = { folds: options.stackFolds, epochs: options.epochs, seed: options.seed + 100, trainBits: options.trainBits, sharedBits: options.bits, stackBits: options.stackBits };
  const stackData = jackknifedStackData(data, labelled.map((s) => s.tokens), domains, resources, jackknifeOptions, log);
  const stackTraining = options.stackInDomainOnly ? stackData.filter((_, i) => domains[i] === 0) : stackData;
  const runs = Array.from({ length: options.runs }, (_, r) => trainStack(stackTraining, options.stackBits, options.epochs, options.seed + 200 + r, options.stackRate));
  const plain: NerModel = { ...pass1, entityBias: [0, 0, 0, 0] };
  const stack = mixStack(runs, options.stackBits, plain);
  const emissions = heldOut.map((s, i) => {
    const base = emissionScores(plain, s.features);
    const tokens = heldOutSentences[i].tokens;
    return addStackScores(stack, base, stackFeatures(tokens, passOne(plain.transitions, base, tokens.length)), false);
  });
  const scorer = emissionBiasScorer(stack.transitions, emissions, gold);
  if (options.tuneBias) stack.entityBias = tuneWith(scorer, options.tuneBias, "pass 2", log).bias;
  return { model: { ...plain, stack, info: { ...plain.info } }, f1BeforeBias: scorer([0, 0, 0, 0]) };
}

function tuneUniform(score: BiasScorer): { bias: number[]; f1: number } {
  return UNIFORM_GRID.map((g) => ({ bias: [g, g, g, g], f1: score([g, g, g, g]) })).reduce((a, b) => (b.f1 > a.f1 ? b : a));
}

const tagNames = (indices: Int32Array): string[] => Array.from(indices, (i) => TAGS[i]);
