/**
 * The training recipe of the shipped German model: corpora, gazetteer,
 * character model and clusters in; averaged perceptrons trained on three
 * shuffles and mixed; the entity biases tuned on the GermEval held-out
 * part; scores recorded. Deterministic for fixed options.
 */
import { scoreTagSequences, type NerScores } from "../../../eval/ner-score.js";
import type { LabelledSentence } from "../conll.js";
import { decode } from "../decode.js";
import { extractFeatures, type FeatureResources, type UnclosedQuotes } from "../features.js";
import { buildGazetteer } from "../gazetteer.js";
import { bioOf, ENTITY_TYPES, modelTagIndices } from "../labels.js";
import { ordinaryWords, trainCharModel } from "../charlm.js";
import { emptyModel, type NerModel } from "../model.js";
import { sharedLength } from "../split.js";
import { trainPerceptron, type TrainingSentence } from "../train.js";
import { sharedPart, withDomainCopies } from "./adapt.js";
import { augmentByMentionReplacement } from "./augment.js";
import { biasScorer, tuneBiases, UNIFORM_GRID, type BiasScorer } from "./bias.js";
import { mixModels } from "./mixing.js";
import { loadEuropeana, loadGermEval, loadLer, type GermEvalFold } from "./corpora.js";
import { DEFAULT_CLUSTER_OPTIONS, induceWordSpace, type ClusterOptions } from "./induce-clusters.js";
import { dropCommonWords, wordEvidence } from "./lexicon-filter.js";
import { loadNameLists } from "./lexicons.js";
import { wikinewsTexts } from "./unlabelled.js";
import { germanNounForms } from "../../../lang/de/noun-lexicon.js";
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
  /** Margins of loss-augmented training (train.ts): for every wrong tag, and extra for wrong tags on entity tokens. */
  margin: number;
  recallMargin: number;
  /** Word profiles from the unlabelled text (profiles.ts). */
  profiles: boolean;
  profileOptions: ProfileOptions;
  /** Entity biases tuned on the held-out part: one for all types, one per type, or none. */
  tuneBias: "uniform" | "per-type" | false;
  /** Share of the GermEval training part used, from its start (1 = all; less for learning curves). */
  germEvalShare: number;
  /**
   * A cross-validation fold over the whole development file instead of the
   * fixed split (scripts/cross-validate-ner.ts); absent for the shipped
   * model, whose recorded recipe stays as it was.
   */
  germEvalFold?: GermEvalFold;
  /** Mention-replaced copies of the GermEval training part (augment.ts): how many, the chance per name, their update weight. */
  augment: { copies: number; probability: number; weight: number };
  /** Features from the German noun lexicon (src/lang/de/noun-lexicon.ts). */
  nounLexicon?: boolean;
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
  margin: 0,
  recallMargin: 0,
  profileOptions: DEFAULT_PROFILE_OPTIONS,
  tuneBias: "per-type",
  germEvalShare: 1,
  augment: { copies: 0, probability: 0.5, weight: 0.5 },
  nounLexicon: true,
};

export interface TrainingRun {
  model: NerModel;
  heldOut: NerScores;
  /** Held-out F1 of the shipped model before its biases are tuned. */
  f1BeforeBias: number;
  /** Held-out F1 after each epoch of each run (before mixing, without biases). */
  epochF1: number[];
  seconds: { resources: number; features: number; training: number; total: number };
  sentences: { germeval: number; augmented: number; europeana: number; ler: number; heldOut: number };
}

const EUROPEANA_DOMAIN = 101;
const LER_DOMAIN = 102;

/** Runs the recipe on the shared data folder. */
export function trainGermanNer(dataDir: string, options: RecipeOptions, log: (line: string) => void = () => {}): TrainingRun {
  const started = Date.now();
  const germEval = shareOf(loadGermEval(dataDir, options.germEvalFold ?? null), options.germEvalShare);
  const allEuropeana = loadEuropeana(dataDir);
  const allLer = loadLer(dataDir);
  const europeana = options.europeanaWeight > 0 ? allEuropeana : [];
  const ler = options.lerWeight > 0 ? allLer.filter((s) => s.tags.some((t) => t !== "O")) : [];
  const resources = buildResources(dataDir, options, { germEval: germEval.train, europeana: allEuropeana, ler: allLer }, log);
  const resourcesDone = Date.now();
  const trainBits = options.adapt ? options.bits + 1 : options.bits;
  // The held-out sentences are read as the tagger reads text (an unclosed quotation mark opens nothing), the training sentences as the model was trained.
  const prepare = (sentences: LabelledSentence[], weight: number, domain: number, unclosed: UnclosedQuotes = "open"): TrainingSentence[] =>
    sentences.map((s) => ({
      features: withDomainCopies(extractFeatures(s.tokens, resources, unclosed), options.adapt ? domain : 0, options.bits),
      gold: modelTagIndices(s.tags),
      weight,
    }));
  const augmented = augmentByMentionReplacement(germEval.train, { copies: options.augment.copies, probability: options.augment.probability, seed: options.seed });
  const data = [
    ...prepare(germEval.train, 1, 0),
    ...prepare(augmented, options.augment.weight, 0),
    ...prepare(europeana, options.europeanaWeight, EUROPEANA_DOMAIN),
    ...prepare(ler, options.lerWeight, LER_DOMAIN),
  ];
  const heldOut = prepare(germEval.heldOut, 1, 0, "ignore");
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
  const runs = Array.from({ length: options.runs }, (_, r) => trainRun(data, options.seed + r));
  const model = runs.length === 1 ? runs[0] : mixModels(runs);
  const scorer = biasScorer(model, heldOut.map((s) => s.features), gold);
  if (options.tuneBias) model.entityBias = tuneWith(scorer, options.tuneBias, log).bias;
  const trainingDone = Date.now();
  return {
    model,
    heldOut: scoreModel(model, heldOut, gold),
    f1BeforeBias: scorer([0, 0, 0, 0]),
    epochF1,
    seconds: {
      resources: (resourcesDone - started) / 1000,
      features: (featuresDone - resourcesDone) / 1000,
      training: (trainingDone - featuresDone) / 1000,
      total: (Date.now() - started) / 1000,
    },
    sentences: { germeval: germEval.train.length, augmented: augmented.length, europeana: europeana.length, ler: ler.length, heldOut: heldOut.length },
  };
}

/** The first `share` of the training part (in file order); the held-out part stays whole. */
function shareOf(split: { train: LabelledSentence[]; heldOut: LabelledSentence[] }, share: number): typeof split {
  return { train: split.train.slice(0, sharedLength(split.train.length, share)), heldOut: split.heldOut };
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
  const nouns = options.nounLexicon ? germanNounForms() : null;
  if (nouns) log(`noun lexicon: ${nouns.size} forms`);
  return { gazetteer, clusters, charModel, profiles, nouns };
}

function scoreModel(model: NerModel, sentences: readonly TrainingSentence[], gold: readonly string[][]): NerScores {
  return scoreTagSequences(gold, sentences.map((s) => tagNames(decode(model, s.features))), ENTITY_TYPES);
}

/** Tunes biases with the scorer and logs the gain. */
function tuneWith(scorer: BiasScorer, kind: "uniform" | "per-type", log: (line: string) => void): { bias: number[]; f1: number } {
  const tuned = kind === "uniform" ? tuneUniform(scorer) : tuneBiases(scorer);
  log(`entity bias ${tuned.bias.join(" ")}: held-out F1 ${scorer([0, 0, 0, 0]).toFixed(4)} → ${tuned.f1.toFixed(4)}`);
  return tuned;
}

function tuneUniform(score: BiasScorer): { bias: number[]; f1: number } {
  return UNIFORM_GRID.map((g) => ({ bias: [g, g, g, g], f1: score([g, g, g, g]) })).reduce((a, b) => (b.f1 > a.f1 ? b : a));
}

const tagNames = (indices: Int32Array): string[] => bioOf(indices);
