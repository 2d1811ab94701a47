/**
 * Feature extraction for the tagger: every token gets a list of hashed
 * features (32-bit) built from its word, affixes, shape, neighbours, cue
 * words, gazetteer matches, word clusters and a character model of German
 * words. Each template has a fixed id
 * that is mixed with the feature's value, so a feature is one integer.
 */
import { FUNCTION_WORD_SET, ORGANISATION_CUES, PERSON_TITLE_ENDINGS, PERSON_TITLES, PLACE_CUES, TEMPORAL_WORDS } from "../../lang/de/ner-cues.js";
import { nounEvidence } from "../../lang/de/noun-lexicon.js";
import { scoreBucket, wordScore, type CharModel } from "./charlm.js";
import { clusterPrefixHashes, type Clusters } from "./clusters.js";
import { GAZETTEER_KINDS, genitiveTypes, lookupGazetteer, type Gazetteer, type GazetteerHit } from "./gazetteer.js";
import { nameContext, type NameContext } from "./context.js";
import { hashString, mix } from "./hash.js";
import { memoise } from "./memo.js";
import { profileCodes, type WordProfiles } from "./profiles.js";
import { longShape, shortShape } from "./shape.js";

/** What the features may look up: gazetteer, clusters and character model (each may be absent). */
export interface FeatureResources {
  gazetteer: Gazetteer | null;
  clusters: Clusters | null;
  /** Character model of ordinary German words (how German a word looks). */
  charModel?: CharModel | null;
  /** What unlabelled text says about each frequent word (profiles.ts). */
  profiles?: WordProfiles | null;
  /** German common nouns (src/lang/de/noun-lexicon.ts), for models trained with them. */
  nouns?: ReadonlySet<string> | null;
}

const enum T {
  Bias = 1, Word, Lower, Prefix, Suffix, Shape, Short, Prev, Next, Prev2, Next2, PrevCur, CurNext, ShapeWindow,
  InitShape, Cluster, PrevCluster, NextCluster, GzSpan, GzUnit, PrevGz, NextGz, Cue, PrevCue, NextCue, HyphenFirst,
  HyphenLast, InQuote, PrevSuffix, NextSuffix, PrevWordShape, ShapeNextWord, KnownShape, PrevWordKnown, CharScore, CharScoreShape,
  // 39 and 40 were features of a gazetteer of annotated names, removed: the ids of a shipped model must not move
  Profile, GzGenitive, RunPosition = 41, RunBefore, RunAfter, RunClasses, RunHeads,
}

const CUE_TITLE = 1;
const CUE_TITLE_ENDING = 2;
const CUE_ORG = 4;
const CUE_PLACE = 8;
const CUE_FUNCTION = 16;
const CUE_TEMPORAL = 32;
/** A form of a noun of the noun lexicon; a compound whose last part is one. */
const CUE_NOUN = 64;
const CUE_NOUN_HEAD = 128;
const CUE_BITS = [CUE_TITLE, CUE_TITLE_ENDING, CUE_ORG, CUE_PLACE, CUE_FUNCTION, CUE_TEMPORAL, CUE_NOUN, CUE_NOUN_HEAD];

const TITLES = new Set(PERSON_TITLES);
const ORG_CUES = new Set(ORGANISATION_CUES);
const PLACE_WORDS = new Set(PLACE_CUES);
const TEMPORAL = new Set(TEMPORAL_WORDS);
const OPENING_QUOTES = new Set(["„", "»", "“", "\"", "‚", "«", "'"]);
const CLOSING_QUOTES = new Set(["“", "«", "”", "\"", "‘", "»", "'"]);
const BOUNDARY = hashString("<s>");
const END = hashString("</s>");
const CAPITALISED = /^\p{Lu}/u;

/**
 * The features a token's word alone decides, shared by every token of that
 * word form (and kept with the word's other information, wordInfo).
 */
export interface WordFeatures {
  /** The features, hashed with their templates (ownFeatures). */
  readonly own: Uint32Array;
  /** decode.ts's memory: the sums of `own`'s weight rows for a frozen model's weights `sumsOf`. */
  sums?: Float64Array;
  sumsOf?: Float32Array;
}

/** A token's features in two parts: its word's own ones and the ones its context decides. */
export interface TokenFeatures {
  readonly word: WordFeatures;
  readonly context: Uint32Array;
}

/**
 * What the features of other tokens need of a word form, whatever sentence
 * it stands in, beside its own features (cached per resources, wordInfo;
 * kept small, as a stream of articles meets tens of thousands of forms).
 */
interface WordInfo extends WordFeatures {
  lower: number;
  short: number;
  suffix3: number;
  cue: number;
  /** Whether the clusters know the word, and the middle level of its path (0 when they do not). */
  known: boolean;
  midCluster: number;
  /** Types of the listed name the word is the genitive of (0 when none), -1 until asked for. */
  genitiveOf: number;
}

/** The word's hashes and lists, from which its features are built (computeWordInfo). */
interface WordParts {
  word: number;
  lower: number;
  /** Hashed prefix and suffix features (lengths 1–4, shorter than the word). */
  affixes: number[];
  shape: number;
  short: number;
  cue: number;
  cluster: Uint32Array | null;
  /** How German the word looks (bucket), or -1 without a character model. */
  german: number;
  /** Profile codes of the word form, or null (unknown form or no profiles). */
  profile: Uint16Array | null;
}

/** Word forms' information per set of resources, remembered for the forms in use (at most twice this many; memoise). */
const wordCaches = new WeakMap<FeatureResources, (token: string) => WordInfo>();
const WORDS_PER_GENERATION = 20_000;

/**
 * How a quotation mark that no closing one follows in the sentence is read:
 * as opening a quote to the sentence's end ("open", as the shipped model
 * was trained) or as opening nothing ("ignore", for tagging text that
 * Lagebild splits into sentences itself, see quoteDepths).
 */
export type UnclosedQuotes = "open" | "ignore";

/** Hashed features of every token of a sentence. */
export function extractFeatures(tokens: readonly string[], resources: FeatureResources, unclosed: UnclosedQuotes = "open"): Uint32Array[] {
  const { sentence, quoted, context } = readSentence(tokens, resources, unclosed);
  return sentence.infos.map((_, i) => tokenFeatures(sentence, i, quoted[i], context, true));
}

/**
 * The same features, each token's in two parts: its word's own ones
 * (shared by all tokens of the word) and the others. Tagging with a frozen
 * model sums each word's own weights once (decode.ts, tokenEmissionScores).
 */
export function extractTokenFeatures(tokens: readonly string[], resources: FeatureResources, unclosed: UnclosedQuotes = "open"): TokenFeatures[] {
  const { sentence, quoted, context } = readSentence(tokens, resources, unclosed);
  return sentence.infos.map((word, i) => ({ word, context: tokenFeatures(sentence, i, quoted[i], context, false) }));
}

function readSentence(tokens: readonly string[], resources: FeatureResources, unclosed: UnclosedQuotes): { sentence: Sentence; quoted: number[]; context: NameContext } {
  const hits = resources.gazetteer ? lookupGazetteer(resources.gazetteer, tokens) : null;
  const infos = tokens.map((token) => wordInfo(token, resources));
  const sentence: Sentence = { tokens, infos, hits, gazetteer: resources.gazetteer };
  return { sentence, quoted: quoteDepths(tokens, unclosed), context: nameContext(tokens) };
}

/** A sentence's tokens with their words' information and the gazetteer's matches. */
interface Sentence {
  tokens: readonly string[];
  infos: readonly WordInfo[];
  hits: GazetteerHit[] | null;
  gazetteer: Gazetteer | null;
}

/** Types of the listed name the token is the genitive of, where the token itself is no listed name (0 when none). */
function genitiveAt(sentence: Sentence, i: number): number {
  const gz = sentence.hits?.[i];
  if (!sentence.gazetteer || !gz || gz.unit !== 0) return 0;
  const info = sentence.infos[i];
  if (info.genitiveOf < 0) info.genitiveOf = genitiveTypes(sentence.gazetteer, sentence.tokens[i]);
  return info.genitiveOf;
}

/** The cached information of a word form (computed on first sight). */
function wordInfo(token: string, resources: FeatureResources): WordInfo {
  let info = wordCaches.get(resources);
  if (!info) wordCaches.set(resources, (info = memoise((word) => computeWordInfo(word, resources), WORDS_PER_GENERATION)));
  return info(token);
}

function computeWordInfo(token: string, resources: FeatureResources): WordInfo {
  const lowerText = token.toLowerCase();
  const parts: WordParts = {
    word: hashString(token),
    lower: hashString(lowerText),
    affixes: affixFeatures(lowerText),
    shape: hashString(longShape(token)),
    short: hashString(shortShape(token)),
    cue: cueMask(token, lowerText) | nounMask(resources.nouns, token),
    cluster: resources.clusters ? clusterPrefixHashes(resources.clusters, token) : null,
    german: resources.charModel && /\p{L}/u.test(token) ? scoreBucket(wordScore(resources.charModel, token)) : -1,
    profile: resources.profiles ? profileCodes(resources.profiles, token) : null,
  };
  const { cluster } = parts;
  return {
    lower: parts.lower,
    short: parts.short,
    suffix3: hashString(lowerText.slice(-3)),
    cue: parts.cue,
    known: cluster !== null,
    midCluster: cluster ? cluster[Math.min(1, cluster.length - 1)] : 0,
    genitiveOf: -1,
    own: ownFeatures(token, parts),
  };
}

/**
 * The features of a token that its word alone decides: word, affixes,
 * shape, cluster, cue classes, hyphen parts, how German it looks, profile.
 * (The emission score is a sum of weights, which in the float64 sums of
 * decode.ts is exact whatever the order: the token's features may come in
 * any order.)
 */
function ownFeatures(token: string, parts: WordParts): Uint32Array {
  const out: number[] = [];
  const add = (template: T, value: number): void => {
    out.push(mix(template, value));
  };
  add(T.Word, parts.word);
  add(T.Lower, parts.lower);
  add(T.Bias, 0);
  out.push(...parts.affixes);
  add(T.Shape, parts.shape);
  add(T.Short, parts.short);
  add(T.KnownShape, mix(parts.cluster ? 1 : 0, parts.short));
  if (parts.cluster) for (const h of parts.cluster) add(T.Cluster, h);
  else add(T.Cluster, 0);
  for (const bit of CUE_BITS) if (parts.cue & bit) add(T.Cue, bit);
  addHyphenFeatures(add, token);
  if (parts.german >= 0) {
    add(T.CharScore, parts.german);
    add(T.CharScoreShape, mix(parts.german, parts.short));
  }
  if (parts.profile) for (const code of parts.profile) add(T.Profile, code);
  return Uint32Array.from(out);
}

/** Prefix and suffix features, hashed incrementally (FNV-1a forwards for prefixes, backwards for suffixes). */
function affixFeatures(lower: string): number[] {
  const out: number[] = [];
  const last = Math.min(4, lower.length - 1);
  let p = 0x811c9dc5;
  let q = 0x811c9dc5;
  for (let n = 1; n <= last; n++) {
    p = Math.imul(p ^ lower.charCodeAt(n - 1), 0x01000193);
    q = Math.imul(q ^ lower.charCodeAt(lower.length - n), 0x01000193);
    out.push(mix(T.Prefix, mix(n, p >>> 0)), mix(T.Suffix, mix(n, q >>> 0)));
  }
  return out;
}

function cueMask(token: string, lower: string): number {
  let mask = 0;
  if (TITLES.has(token)) mask |= CUE_TITLE;
  if (CAPITALISED.test(token) && PERSON_TITLE_ENDINGS.some((e) => lower.endsWith(e))) mask |= CUE_TITLE_ENDING;
  if (ORG_CUES.has(token)) mask |= CUE_ORG;
  if (PLACE_WORDS.has(lower)) mask |= CUE_PLACE;
  if (FUNCTION_WORD_SET.has(lower)) mask |= CUE_FUNCTION;
  if (TEMPORAL.has(token)) mask |= CUE_TEMPORAL;
  return mask;
}

function nounMask(nouns: ReadonlySet<string> | null | undefined, token: string): number {
  if (!nouns) return 0;
  const evidence = nounEvidence(nouns, token);
  return evidence === "noun" ? CUE_NOUN : evidence === "head" ? CUE_NOUN_HEAD : 0;
}

/**
 * 1 for tokens between an opening and a closing quotation mark, else 0.
 * With `unclosed` "ignore", a mark that no closing one follows in the
 * sentence opens nothing: in text split into sentences it mostly closes a
 * quote of several sentences ("… problems , " Trump said during a meeting
 * with Macron", where the rest of the sentence had read as a quoted title:
 * "Trump said during a meeting with Macron" one MISC span) or opens one
 * that ends in a later sentence. The annotated training sentences seldom
 * have such marks, and the model was trained with them opening a quote.
 */
function quoteDepths(tokens: readonly string[], unclosed: UnclosedQuotes): number[] {
  let open = false;
  const closedLater = (i: number): boolean => unclosed === "open" || tokens.some((c, k) => k > i && CLOSING_QUOTES.has(c));
  return tokens.map((t, i) => {
    if (!open && OPENING_QUOTES.has(t) && closedLater(i)) {
      open = true;
      return 0;
    }
    if (open && CLOSING_QUOTES.has(t)) {
      open = false;
      return 0;
    }
    return open ? 1 : 0;
  });
}

/** Scratch space for one token's features (more than any token gets). */
const scratch = new Uint32Array(256);

/** A token's features: its word's own ones (when `own`) and those of its context. */
function tokenFeatures(sentence: Sentence, i: number, inQuote: number, context: NameContext, own: boolean): Uint32Array {
  const { infos } = sentence;
  let count = 0;
  const add = (template: T, value: number): void => {
    scratch[count++] = mix(template, value);
  };
  const cur = infos[i];
  const prev = infos[i - 1];
  const next = infos[i + 1];
  if (own) {
    scratch.set(cur.own);
    count = cur.own.length;
  }
  add(T.PrevCur, mix(prev ? prev.lower : BOUNDARY, cur.lower));
  add(T.CurNext, mix(cur.lower, next ? next.lower : END));
  add(T.Prev, prev ? prev.lower : BOUNDARY);
  add(T.Next, next ? next.lower : END);
  add(T.Prev2, i >= 2 ? infos[i - 2].lower : BOUNDARY);
  add(T.Next2, i + 2 < infos.length ? infos[i + 2].lower : END);
  add(T.ShapeWindow, mix(mix(prev ? prev.short : BOUNDARY, cur.short), next ? next.short : END));
  if (i === 0) add(T.InitShape, cur.short);
  add(T.PrevWordShape, mix(prev ? prev.lower : BOUNDARY, cur.short));
  add(T.ShapeNextWord, mix(cur.short, next ? next.lower : END));
  const known = cur.known ? 1 : 0;
  add(T.PrevWordKnown, mix(prev ? prev.lower : BOUNDARY, mix(known, cur.short)));
  add(T.PrevSuffix, prev ? prev.suffix3 : BOUNDARY);
  add(T.NextSuffix, next ? next.suffix3 : END);
  addClusterFeatures(add, prev, next);
  addGazetteerFeatures(add, sentence, i);
  addCueFeatures(add, prev, next);
  if (inQuote) add(T.InQuote, cur.short);
  addContextFeatures(add, context, i);

  return scratch.slice(0, count);
}

type Add = (template: T, value: number) => void;

/** Features of the capitalised run the token stands in (context.ts): none outside a run. */
function addContextFeatures(add: Add, c: NameContext, i: number): void {
  if (!c.runPosition[i]) return;
  add(T.RunPosition, c.runPosition[i]);
  add(T.RunBefore, c.runBefore[i]);
  add(T.RunAfter, c.runAfter[i]);
  add(T.RunClasses, c.runClasses[i]);
  add(T.RunHeads, c.runHeads[i]);
}

/** The clusters of the words before and after (the token's own are among its own features). */
function addClusterFeatures(add: Add, prev: WordInfo | undefined, next: WordInfo | undefined): void {
  const mid = (info: WordInfo | undefined): number => (info ? info.midCluster : 0);
  add(T.PrevCluster, mid(prev));
  add(T.NextCluster, mid(next));
}

function addGazetteerFeatures(add: Add, sentence: Sentence, i: number): void {
  const gz = sentence.hits?.[i];
  if (!gz) return;
  const prev = sentence.hits?.[i - 1];
  const next = sentence.hits?.[i + 1];
  const genitive = genitiveAt(sentence, i);
  GAZETTEER_KINDS.forEach((_, k) => {
    const bit = 1 << k;
    if (gz.span & bit) add(T.GzSpan, mix(k, hashString(gz.position)));
    if (gz.unit & bit) add(T.GzUnit, k);
    if (prev && prev.span & bit) add(T.PrevGz, k);
    if (next && next.span & bit) add(T.NextGz, k);
    if (genitive & bit) add(T.GzGenitive, k);
  });
}

/** The cue classes of the words before and after (the token's own are among its own features). */
function addCueFeatures(add: Add, prev: WordInfo | undefined, next: WordInfo | undefined): void {
  for (const bit of CUE_BITS) {
    if (prev && prev.cue & bit) add(T.PrevCue, bit);
    if (next && next.cue & bit) add(T.NextCue, bit);
  }
}

function addHyphenFeatures(add: Add, token: string): void {
  const dash = token.indexOf("-");
  if (dash <= 0 || dash === token.length - 1) return;
  add(T.HyphenFirst, hashString(token.slice(0, dash)));
  add(T.HyphenLast, hashString(token.slice(token.lastIndexOf("-") + 1).toLowerCase()));
}
