/**
 * Feature extraction for the tagger: every token gets a list of hashed
 * features (32-bit) built from its word, affixes, shape, neighbours, cue
 * words, gazetteer matches, word clusters and a character model of German
 * words. Each template has a fixed id
 * that is mixed with the feature's value, so a feature is one integer.
 */
import { FUNCTION_WORDS, ORGANISATION_CUES, PERSON_TITLE_ENDINGS, PERSON_TITLES, PLACE_CUES, TEMPORAL_WORDS } from "../../lang/de/ner-cues.js";
import { germanBucket, type CharModel } from "./charlm.js";
import { clusterPrefixHashes, type Clusters } from "./clusters.js";
import { GAZETTEER_KINDS, genitiveTypes, lookupGazetteer, type Gazetteer, type GazetteerHit } from "./gazetteer.js";
import { nameContext, type NameContext } from "./context.js";
import { hashString, mix } from "./hash.js";
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
const CUE_BITS = [CUE_TITLE, CUE_TITLE_ENDING, CUE_ORG, CUE_PLACE, CUE_FUNCTION, CUE_TEMPORAL];

const TITLES = new Set(PERSON_TITLES);
const ORG_CUES = new Set(ORGANISATION_CUES);
const PLACE_WORDS = new Set(PLACE_CUES);
const FUNCTION = new Set(FUNCTION_WORDS);
const TEMPORAL = new Set(TEMPORAL_WORDS);
const OPENING_QUOTES = new Set(["„", "»", "“", "\"", "‚", "«", "'"]);
const CLOSING_QUOTES = new Set(["“", "«", "”", "\"", "‘", "»", "'"]);
const BOUNDARY = hashString("<s>");
const END = hashString("</s>");
const CAPITALISED = /^\p{Lu}/u;

interface TokenInfo {
  word: number;
  lower: number;
  lowerText: string;
  /** Hashed prefix and suffix features (lengths 1–4, shorter than the word). */
  affixes: number[];
  shape: number;
  short: number;
  suffix3: number;
  cue: number;
  cluster: Uint32Array | null;
  gz: GazetteerHit | null;
  /** Types of the listed name this token is the genitive of (0 when none). */
  genitive: number;
  /** How German the word looks (bucket), or -1 without a character model. */
  german: number;
  /** Profile codes of the word form, or null (unknown form or no profiles). */
  profile: Uint16Array | null;
}

/**
 * How a quotation mark that no closing one follows in the sentence is read:
 * as opening a quote to the sentence's end ("open", as the shipped model
 * was trained) or as opening nothing ("ignore", for tagging text that
 * Lagebild splits into sentences itself, see quoteDepths).
 */
export type UnclosedQuotes = "open" | "ignore";

/** Hashed features of every token of a sentence. */
export function extractFeatures(tokens: readonly string[], resources: FeatureResources, unclosed: UnclosedQuotes = "open"): Uint32Array[] {
  const hits = resources.gazetteer ? lookupGazetteer(resources.gazetteer, tokens) : null;
  const infos = tokens.map((token, i) => tokenInfo(token, resources, hits ? hits[i] : null));
  const quoted = quoteDepths(tokens, unclosed);
  const context = nameContext(tokens);
  return infos.map((_, i) => tokenFeatures(tokens, infos, i, quoted[i], context));
}

function tokenInfo(token: string, resources: FeatureResources, gz: GazetteerHit | null): TokenInfo {
  const lowerText = token.toLowerCase();
  return {
    word: hashString(token),
    lower: hashString(lowerText),
    lowerText,
    affixes: affixFeatures(lowerText),
    shape: hashString(longShape(token)),
    short: hashString(shortShape(token)),
    suffix3: hashString(lowerText.slice(-3)),
    cue: cueMask(token, lowerText),
    cluster: resources.clusters ? clusterPrefixHashes(resources.clusters, token) : null,
    gz,
    genitive: resources.gazetteer && gz && gz.unit === 0 ? genitiveTypes(resources.gazetteer, token) : 0,
    german: resources.charModel && /\p{L}/u.test(token) ? germanBucket(resources.charModel, token) : -1,
    profile: resources.profiles ? profileCodes(resources.profiles, token) : null,
  };
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
  if (FUNCTION.has(lower)) mask |= CUE_FUNCTION;
  if (TEMPORAL.has(token)) mask |= CUE_TEMPORAL;
  return mask;
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

function tokenFeatures(
  tokens: readonly string[],
  infos: readonly TokenInfo[],
  i: number,
  inQuote: number,
  context: NameContext,
): Uint32Array {
  let count = 0;
  const add = (template: T, value: number): void => {
    scratch[count++] = mix(template, value);
  };
  const cur = infos[i];
  const prev = infos[i - 1];
  const next = infos[i + 1];
  const token = tokens[i];
  add(T.Word, cur.word);
  add(T.Lower, cur.lower);
  add(T.PrevCur, mix(prev ? prev.lower : BOUNDARY, cur.lower));
  add(T.CurNext, mix(cur.lower, next ? next.lower : END));
  add(T.Bias, 0);
  for (const f of cur.affixes) scratch[count++] = f;
  add(T.Shape, cur.shape);
  add(T.Short, cur.short);
  add(T.Prev, prev ? prev.lower : BOUNDARY);
  add(T.Next, next ? next.lower : END);
  add(T.Prev2, i >= 2 ? infos[i - 2].lower : BOUNDARY);
  add(T.Next2, i + 2 < infos.length ? infos[i + 2].lower : END);
  add(T.ShapeWindow, mix(mix(prev ? prev.short : BOUNDARY, cur.short), next ? next.short : END));
  if (i === 0) add(T.InitShape, cur.short);
  add(T.PrevWordShape, mix(prev ? prev.lower : BOUNDARY, cur.short));
  add(T.ShapeNextWord, mix(cur.short, next ? next.lower : END));
  const known = cur.cluster ? 1 : 0;
  add(T.KnownShape, mix(known, cur.short));
  add(T.PrevWordKnown, mix(prev ? prev.lower : BOUNDARY, mix(known, cur.short)));
  add(T.PrevSuffix, prev ? prev.suffix3 : BOUNDARY);
  add(T.NextSuffix, next ? next.suffix3 : END);
  addClusterFeatures(add, cur, prev, next);
  addGazetteerFeatures(add, cur, prev, next);
  addCueFeatures(add, cur, prev, next);
  addHyphenFeatures(add, token);
  if (inQuote) add(T.InQuote, cur.short);
  if (cur.german >= 0) {
    add(T.CharScore, cur.german);
    add(T.CharScoreShape, mix(cur.german, cur.short));
  }
  if (cur.profile) for (const code of cur.profile) add(T.Profile, code);
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

function addClusterFeatures(add: Add, cur: TokenInfo, prev: TokenInfo | undefined, next: TokenInfo | undefined): void {
  if (cur.cluster) for (const h of cur.cluster) add(T.Cluster, h);
  else add(T.Cluster, 0);
  const mid = (info: TokenInfo | undefined): number => (info?.cluster ? info.cluster[Math.min(1, info.cluster.length - 1)] : 0);
  add(T.PrevCluster, mid(prev));
  add(T.NextCluster, mid(next));
}

function addGazetteerFeatures(add: Add, cur: TokenInfo, prev: TokenInfo | undefined, next: TokenInfo | undefined): void {
  const gz = cur.gz;
  if (!gz) return;
  GAZETTEER_KINDS.forEach((_, k) => {
    const bit = 1 << k;
    if (gz.span & bit) add(T.GzSpan, mix(k, hashString(gz.position)));
    if (gz.unit & bit) add(T.GzUnit, k);
    if (prev?.gz && prev.gz.span & bit) add(T.PrevGz, k);
    if (next?.gz && next.gz.span & bit) add(T.NextGz, k);
    if (cur.genitive & bit) add(T.GzGenitive, k);
  });
}

function addCueFeatures(add: Add, cur: TokenInfo, prev: TokenInfo | undefined, next: TokenInfo | undefined): void {
  for (const bit of CUE_BITS) {
    if (cur.cue & bit) add(T.Cue, bit);
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
