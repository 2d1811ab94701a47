/** `lagebild eval dates`: publication dates from HTML pages scored against htmldate's data set format. */
import { addConfusion, confusionScores, emptyConfusion, type Confusion } from "./confusion.js";
import { loadDateDataset, pagesFolder } from "./data.js";
import { dateOutcome, dayPart, outcomeConfusion, type DateOutcome } from "./date-score.js";
import type { FailedPage } from "./extract-eval.js";
import { readPage } from "./pages.js";
import { extractPage } from "./run-page.js";
import { roundMs, summariseTimings, type TimingSummary } from "./stats.js";

/** Per-page result, one JSONL line of `--out`. */
export interface DatePageRecord {
  url: string;
  file: string;
  gold: string | null;
  /** Our date (day part), or null. */
  predicted: string | null;
  /** Where our date came from ("metadata", "text", …). */
  source: string | null;
  outcome: DateOutcome;
  ms: number;
  failure: { reason: string; detail: string } | null;
}

export interface DatesReport {
  task: "dates";
  data: string;
  pages: number;
  scored: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  counts: Confusion;
  failed: FailedPage[];
  timing: { extract: TimingSummary };
}

export interface DatesOptions {
  limit?: number;
  onPage?: (record: DatePageRecord) => void;
}

/** Evaluates publication dates on the data set in `dir`. A page the extractor rejects has no date. */
export function evaluateDates(dir: string, opts: DatesOptions = {}): DatesReport {
  const items = loadDateDataset(dir).slice(0, opts.limit);
  const folder = pagesFolder(dir, "dates");
  const counts = emptyConfusion();
  const failed: FailedPage[] = [];
  const ms: number[] = [];
  for (const item of items) {
    const read = readPage(folder, item.file);
    if (!read.ok) {
      failed.push({ url: item.url, file: item.file, reason: read.reason, detail: read.detail });
      continue;
    }
    const result = extractPage(read.bytes, item.url);
    if (result.failure) failed.push({ url: item.url, file: item.file, ...result.failure });
    const gold = dayPart(item.date);
    const predicted = dayPart(result.page?.published);
    const outcome = dateOutcome(gold, predicted);
    addConfusion(counts, outcomeConfusion(outcome));
    ms.push(result.ms);
    const source = predicted ? (result.page?.publishedSource ?? null) : null;
    opts.onPage?.({ url: item.url, file: item.file, gold, predicted, source, outcome, ms: roundMs(result.ms), failure: result.failure });
  }
  return {
    task: "dates",
    data: dir,
    pages: items.length,
    scored: ms.length,
    ...confusionScores(counts),
    counts,
    failed,
    timing: { extract: summariseTimings(ms) },
  };
}
