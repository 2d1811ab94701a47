/**
 * Quotation attribution evaluation on the format of Petersen-Frey & Biemann's
 * German Wikinews data set (one `*.json` or `*.json.gz` per article with
 * `originalText` and `annotations[]`).
 *
 * Matching rules:
 * - a gold quote's span is the covering span from its first `charBegin` to its
 *   last `charEnd` (discontinuous quotes are interrupted by their own frame,
 *   "A, sagte X, B", and a predicted quote naturally covers the frame too);
 * - a prediction is *found* when its span overlaps the gold span by at least
 *   half of the longer of the two; matching is one-to-one, greedy by overlap;
 * - a found prediction is *attributed* when its speaker span overlaps any span
 *   of the gold speaker, or when neither has a speaker;
 * - per gold type, a matched prediction counts for the type of its gold quote;
 *   an unmatched prediction counts as a false positive of the type its kind
 *   maps to (direct → Direct, indirect → Indirect, reported → Reported), so
 *   FreeIndirect and IndirectFreeIndirect precision only sees matched ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { QuoteKind, QuoteSource, QuoteSpan, Span } from "../core/article.js";
import { lagebildError } from "../core/errors.js";
import { detectLanguage } from "../nlp/language.js";
import { articleEntities, ENTITY_LANGUAGES } from "../nlp/ner/stage.js";
import { loadNerModel } from "../nlp/ner/tagger.js";
import { findQuotes } from "../nlp/quotes/find.js";
import { splitSentences } from "../nlp/sentences.js";

export const GOLD_TYPES = ["Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect"] as const;
export type GoldType = (typeof GOLD_TYPES)[number];

/** The gold type an unmatched prediction of this kind is charged to. */
const KIND_TYPE: Record<QuoteKind, GoldType> = { direct: "Direct", indirect: "Indirect", reported: "Reported" };

/** One annotated quote: covering span, speaker spans (empty when the data names none). */
export interface GoldQuote extends Span {
  type: GoldType;
  speaker: Span[];
}

export interface QuoteDocument {
  name: string;
  text: string;
  quotes: GoldQuote[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  gold: number;
  found: Prf;
  attributed: Prf;
}

export interface QuotesReport {
  task: "quotes";
  documents: number;
  gold: number;
  predicted: number;
  found: Prf;
  attributed: Prf;
  byType: Record<GoldType, TypeScore>;
  /** Matched pairs: gold type → predicted kind → count. */
  kinds: Record<GoldType, Record<QuoteKind, number>>;
}

/** One matched pair (indices into gold and predicted lists). */
export interface QuoteMatch {
  gold: number;
  predicted: number;
  attributed: boolean;
}

/** Counts kept while scoring; turned into a report at the end. */
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

// ---------------------------------------------------------------- loading

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The spans of an annotation field ({text, spans: [{charBegin, charEnd}]}), or [] when absent. */
function fieldSpans(field: unknown, where: string): Span[] {
  if (!isRecord(field) || !Array.isArray(field.spans)) return [];
  return field.spans.map((s: unknown) => {
    if (!isRecord(s) || typeof s.charBegin !== "number" || typeof s.charEnd !== "number") {
      throw lagebildError("BAD_ARGUMENT", `${where}: a span lacks numeric charBegin/charEnd`);
    }
    return { start: s.charBegin, end: s.charEnd };
  });
}

function goldQuote(annotation: unknown, where: string): GoldQuote | null {
  if (!isRecord(annotation)) throw lagebildError("BAD_ARGUMENT", `${where}: an annotation is not an object`);
  const type = annotation.type;
  if (typeof type !== "string" || !(GOLD_TYPES as readonly string[]).includes(type)) {
    throw lagebildError("BAD_ARGUMENT", `${where}: unknown quote type ${JSON.stringify(type)}`);
  }
  const spans = fieldSpans(annotation.quote, where);
  if (spans.length === 0) return null;
  return { type: type as GoldType, start: spans[0].start, end: spans[spans.length - 1].end, speaker: fieldSpans(annotation.speaker, where) };
}

/** Parses one document of the data set. */
export function parseQuoteDocument(data: unknown, name: string): QuoteDocument {
  if (!isRecord(data) || typeof data.originalText !== "string" || !Array.isArray(data.annotations)) {
    throw lagebildError("BAD_ARGUMENT", `${name} needs "originalText" (a string) and "annotations" (a list)`);
  }
  const quotes = data.annotations.map((a) => goldQuote(a, name)).filter((q): q is GoldQuote => q !== null);
  return { name, text: data.originalText, quotes };
}

function readDocument(path: string, name: string): QuoteDocument {
  const bytes = readFileSync(path);
  const json = path.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw lagebildError("BAD_ARGUMENT", `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseQuoteDocument(data, name);
}

/** Loads every `*.json` / `*.json.gz` document of a folder, in file-name order. */
export function loadQuoteDocuments(dir: string, limit?: number): QuoteDocument[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw lagebildError("EVAL_DATA_MISSING", dir);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") || f.endsWith(".json.gz"))
    .sort();
  if (files.length === 0) throw lagebildError("EVAL_DATA_MISSING", `${dir} (it holds no *.json or *.json.gz documents)`);
  return files.slice(0, limit).map((f) => readDocument(join(dir, f), f.replace(/\.json(\.gz)?$/u, "")));
}

// ---------------------------------------------------------------- matching

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Found: the overlap is at least half of the longer span. */
export function quoteOverlaps(predicted: Span, gold: Span): boolean {
  const shared = overlap(predicted, gold);
  return shared > 0 && shared * 2 >= Math.max(predicted.end - predicted.start, gold.end - gold.start);
}

/** Attributed: the speaker spans overlap, or neither side has a speaker. */
export function speakerMatches(predicted: QuoteSpan["speaker"], gold: readonly Span[]): boolean {
  if (!predicted) return gold.length === 0;
  return gold.some((g) => overlap(predicted, g) > 0);
}

/**
 * One-to-one matching of predictions to gold quotes, greedy by overlap. Ties
 * go to the pair with the smaller union (the closer span: a prediction that
 * equals a Direct fragment is matched to it, not to the Indirect clause
 * around it that it overlaps as much), then to an attributed pair (the data
 * set annotates "X zitiert Y mit den Worten: „…“" twice, once with each
 * speaker, so the score must not depend on which comes first in the file),
 * then to a pair whose gold type is the predicted kind (the data set also
 * annotates some words twice with the same span, once as Direct and once as
 * Indirect: a direct quote is matched to the Direct one), then to the earlier
 * gold and the earlier prediction.
 */
export function matchQuotes(gold: readonly GoldQuote[], predicted: readonly QuoteSpan[]): QuoteMatch[] {
  const pairs: { g: number; p: number; shared: number; union: number; attributed: boolean; sameKind: boolean }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (!quoteOverlaps(p, g)) return;
      const union = Math.max(p.end, g.end) - Math.min(p.start, g.start);
      pairs.push({ g: gi, p: pi, shared: overlap(p, g), union, attributed: speakerMatches(p.speaker, g.speaker), sameKind: KIND_TYPE[p.kind] === g.type });
    }),
  );
  pairs.sort(
    (a, b) => b.shared - a.shared || a.union - b.union || Number(b.attributed) - Number(a.attributed) || Number(b.sameKind) - Number(a.sameKind) || a.g - b.g || a.p - b.p,
  );
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: QuoteMatch[] = [];
  for (const { g, p } of pairs) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
    matches.push({ gold: g, predicted: p, attributed: speakerMatches(predicted[p].speaker, gold[g].speaker) });
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

// ---------------------------------------------------------------- scoring

function prf({ tp, fp, fn }: Tally): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/** Accumulates document scores into a report. */
export class QuoteScorer {
  private documents = 0;
  private gold = 0;
  private predicted = 0;
  private readonly found = emptyTally();
  private readonly attributed = emptyTally();
  private readonly typeGold = Object.fromEntries(GOLD_TYPES.map((t) => [t, 0])) as Record<GoldType, number>;
  private readonly typeFound = Object.fromEntries(GOLD_TYPES.map((t) => [t, emptyTally()])) as Record<GoldType, Tally>;
  private readonly typeAttributed = Object.fromEntries(GOLD_TYPES.map((t) => [t, emptyTally()])) as Record<GoldType, Tally>;
  private readonly kinds = Object.fromEntries(GOLD_TYPES.map((t) => [t, { direct: 0, indirect: 0, reported: 0 }])) as Record<GoldType, Record<QuoteKind, number>>;

  /** Scores one document and returns its matches. */
  add(gold: readonly GoldQuote[], predicted: readonly QuoteSpan[]): QuoteMatch[] {
    const matches = matchQuotes(gold, predicted);
    this.documents += 1;
    this.gold += gold.length;
    this.predicted += predicted.length;
    const matchedGold = new Map(matches.map((m) => [m.gold, m]));
    const matchedPred = new Set(matches.map((m) => m.predicted));
    gold.forEach((g, i) => {
      const m = matchedGold.get(i);
      this.typeGold[g.type] += 1;
      this.count(g.type, "found", m ? "tp" : "fn");
      this.count(g.type, "attributed", m?.attributed ? "tp" : "fn");
      if (m && !m.attributed) this.count(g.type, "attributed", "fp");
      if (m) this.kinds[g.type][predicted[m.predicted].kind] += 1;
    });
    predicted.forEach((p, i) => {
      if (matchedPred.has(i)) return;
      this.count(KIND_TYPE[p.kind], "found", "fp");
      this.count(KIND_TYPE[p.kind], "attributed", "fp");
    });
    return matches;
  }

  private count(type: GoldType, level: "found" | "attributed", field: keyof Tally): void {
    (level === "found" ? this.typeFound : this.typeAttributed)[type][field] += 1;
    (level === "found" ? this.found : this.attributed)[field] += 1;
  }

  /** The report over every document added so far. */
  report(): QuotesReport {
    const byType = Object.fromEntries(
      GOLD_TYPES.map((t) => [t, { gold: this.typeGold[t], found: prf(this.typeFound[t]), attributed: prf(this.typeAttributed[t]) }]),
    ) as Record<GoldType, TypeScore>;
    return {
      task: "quotes",
      documents: this.documents,
      gold: this.gold,
      predicted: this.predicted,
      found: prf(this.found),
      attributed: prf(this.attributed),
      byType,
      kinds: this.kinds,
    };
  }
}

// ---------------------------------------------------------------- running

/** What the evaluation records per document (for --predictions). */
export interface QuoteDocumentResult {
  document: string;
  quotes: QuoteSpan[];
  matches: QuoteMatch[];
}

/**
 * Finds quotes in a document's text the way the pipeline does: detected
 * language, project sentence splitter, entities of the shipped NER model
 * (merged per article) for resolving speakers.
 */
export function predictQuotes(text: string): QuoteSpan[] {
  const language = detectLanguage(text, null).language;
  const sentences = splitSentences(text, language);
  const entities = language && ENTITY_LANGUAGES.has(language) ? articleEntities(loadNerModel(), text, sentences, language) : undefined;
  return findQuotes(text, { language, sentences, entities });
}

/**
 * The attributions a list of quotes makes: each quote with its speaker, and
 * a quote whose words another relays ("Die Zeitung zitiert den Minister mit
 * den Worten: „…“") once more with that source as its speaker, unless another
 * quote over the same words already has the source as its speaker ("„…“,
 * sagte X laut ndr.de" also gives a quote of ndr.de). The data set annotates
 * such a quote twice, once for each; a quote given one attribution could
 * match only one of the two.
 */
export function scoredAttributions(quotes: readonly QuoteSpan[]): QuoteSpan[] {
  const said = (q: QuoteSpan, source: Span) => quotes.some((o) => o !== q && o.speaker && overlap(o.speaker, source) > 0 && quoteOverlaps(o, q));
  return quotes.flatMap((q) => (q.source && !said(q, q.source) ? [q, asSourceQuote(q, q.source)] : [q]));
}

/** The quote once more, with its source as the speaker. */
function asSourceQuote(q: QuoteSpan, source: QuoteSource): QuoteSpan {
  const speaker = { text: source.text, start: source.start, end: source.end };
  return { ...q, speaker, speaker_entity: source.entity, speaker_name: source.name, source: null };
}

/** Evaluates quote finding on every document of a folder. */
export function evaluateQuotes(dir: string, opts: { limit?: number; onDocument?: (result: QuoteDocumentResult) => void } = {}): QuotesReport {
  const scorer = new QuoteScorer();
  for (const doc of loadQuoteDocuments(dir, opts.limit)) {
    const quotes = scoredAttributions(predictQuotes(doc.text));
    const matches = scorer.add(doc.quotes, quotes);
    opts.onDocument?.({ document: doc.name, quotes, matches });
  }
  return scorer.report();
}
