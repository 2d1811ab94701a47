/** `lagebild eval extract`: main-text extraction scored against a snippet or article-body data set. */
import { addConfusion, confusionScores, emptyConfusion, type Confusion } from "./confusion.js";
import { loadExtractDataset, pagesFolder, type ArticleItem, type ExtractDataset, type SnippetItem } from "./data.js";
import { readPage } from "./pages.js";
import { pageText, type FailureReason, type PageText } from "./run-page.js";
import { countSnippets } from "./snippets.js";
import { matchShingles, sameTokens, shingleScores, type ShingleCounts } from "./shingles.js";
import { roundMs, summariseTimings, type TimingSummary } from "./stats.js";

/** A page that gave no text (scored as an empty text) or could not be read (not scored). */
export interface FailedPage {
  url: string | null;
  file: string;
  reason: FailureReason;
  detail: string;
}

/** Per-page result, one JSONL line of `--out`. */
export interface ExtractPageRecord {
  url: string | null;
  file: string;
  /** Snippet counts (snippet format) or normalised shingle counts (article-body format). */
  tp: number;
  fn: number;
  fp: number;
  tn?: number;
  /** Article-body format: the token sequence equals the gold one. */
  exact?: boolean;
  ms: number;
  pipelineMs: number;
  extraction: string | null;
  failure: { reason: string; detail: string } | null;
}

export interface ExtractReport {
  task: "extract";
  format: ExtractDataset["format"];
  data: string;
  /** Entries evaluated (after --limit), scored or not. */
  pages: number;
  scored: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Snippet format: summed counts over all snippets (micro average). */
  counts: Confusion | null;
  failed: FailedPage[];
  timing: { extract: TimingSummary; pipeline: TimingSummary };
  /** How many pages each extraction path produced. */
  paths: Record<string, number>;
}

export interface EvalOptions {
  limit?: number;
  /** Called with every page's record (for --out). */
  onPage?: (record: ExtractPageRecord) => void;
}

interface Scorer<T> {
  url(item: T): string | null;
  score(item: T, text: string | null): Pick<ExtractPageRecord, "tp" | "fn" | "fp" | "tn" | "exact">;
}

const snippetScorer: Scorer<SnippetItem> = {
  url: (item) => item.url,
  score: (item, text) => countSnippets(item, text),
};

const articleScorer: Scorer<ArticleItem> = {
  url: (item) => item.url,
  score: (item, text) => ({ ...matchShingles(item.articleBody, text ?? ""), exact: sameTokens(item.articleBody, text ?? "") }),
};

function failureOf(result: PageText): ExtractPageRecord["failure"] {
  return result.failure ? { reason: result.failure.reason, detail: result.failure.detail } : null;
}

/** Runs the product on every page of the list and scores it; missing pages are reported and skipped. */
async function scorePages<T extends { file: string }>(folder: string, items: readonly T[], scorer: Scorer<T>, opts: EvalOptions) {
  const records: ExtractPageRecord[] = [];
  const failed: FailedPage[] = [];
  let unread = 0;
  for (const item of items) {
    const url = scorer.url(item);
    const read = readPage(folder, item.file);
    if (!read.ok) {
      failed.push({ url, file: item.file, reason: read.reason, detail: read.detail });
      unread += 1;
      continue;
    }
    const result = await pageText(read.bytes, url, read.path);
    if (result.failure) failed.push({ url, file: item.file, ...result.failure });
    const record: ExtractPageRecord = {
      url,
      file: item.file,
      ...scorer.score(item, result.text),
      ms: roundMs(result.ms),
      pipelineMs: roundMs(result.pipelineMs),
      extraction: result.page?.extraction ?? null,
      failure: failureOf(result),
    };
    records.push(record);
    opts.onPage?.(record);
  }
  return { records, failed, unread };
}

function countPaths(records: readonly ExtractPageRecord[]): Record<string, number> {
  const paths: Record<string, number> = {};
  for (const r of records) {
    const key = r.extraction ?? "(none)";
    paths[key] = (paths[key] ?? 0) + 1;
  }
  return paths;
}

function timings(records: readonly ExtractPageRecord[]): ExtractReport["timing"] {
  return { extract: summariseTimings(records.map((r) => r.ms)), pipeline: summariseTimings(records.map((r) => r.pipelineMs)) };
}

function snippetMetrics(records: readonly ExtractPageRecord[]) {
  const counts = records.reduce((sum, r) => addConfusion(sum, { tp: r.tp, fn: r.fn, fp: r.fp, tn: r.tn ?? 0 }), emptyConfusion());
  return { ...confusionScores(counts), counts };
}

function articleMetrics(records: readonly ExtractPageRecord[]) {
  const pages = records.map((r) => ({ counts: { tp: r.tp, fp: r.fp, fn: r.fn } satisfies ShingleCounts, exact: r.exact === true }));
  return { ...shingleScores(pages), counts: null };
}

/** Evaluates main-text extraction on the data set in `dir` (format recognised from its files). */
export async function evaluateExtraction(dir: string, opts: EvalOptions = {}): Promise<ExtractReport> {
  const dataset = loadExtractDataset(dir);
  const folder = pagesFolder(dir, dataset.format);
  const { records, failed, unread } =
    dataset.format === "snippets"
      ? await scorePages(folder, dataset.items.slice(0, opts.limit), snippetScorer, opts)
      : await scorePages(folder, dataset.items.slice(0, opts.limit), articleScorer, opts);
  const metrics = dataset.format === "snippets" ? snippetMetrics(records) : articleMetrics(records);
  return {
    task: "extract",
    format: dataset.format,
    data: dir,
    pages: records.length + unread,
    scored: records.length,
    ...metrics,
    failed,
    timing: timings(records),
    paths: countPaths(records),
  };
}
