import type { Draft } from "../core/article.js";
import { contentHash } from "../core/pipeline.js";
import type { Rejection, RejectionReason } from "../core/errors.js";
import type { ReadOptions } from "../ingest/types.js";
import { readInputs } from "../ingest/read.js";
import { lineKeys } from "../clean/index.js";
import type { InsertItem, LineCounts, Store } from "../store/store.js";
import { processDraft, standardPipeline, type ProcessContext } from "./process.js";

export interface IngestCounts {
  /** Items read from the inputs (articles found plus rejected items). */
  items: number;
  new: number;
  duplicate: number;
  rejected: number;
}

export interface IngestSummary extends IngestCounts {
  /** Rejected items per reason. */
  reasons: Partial<Record<RejectionReason, number>>;
  rejections: Rejection[];
  seconds: number;
}

export interface IngestOptions {
  store: Store;
  read: ReadOptions;
  /** Articles per transaction (default 50). */
  batchSize?: number;
  onProgress?: (counts: IngestCounts) => void;
  /** Called after each batch transaction has committed, with the totals so far. */
  onCommit?: (counts: IngestCounts) => void;
}

/** Reads every input, processes the articles and stores them in batches, one transaction each. */
export async function ingest(inputs: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { items: 0, new: 0, duplicate: 0, rejected: 0, reasons: {}, rejections: [], seconds: 0 };
  const batcher = new Batcher(opts.store, summary, () => opts.onCommit?.(countsOf(summary)));
  const batchSize = opts.batchSize ?? 50;
  const progress = () => opts.onProgress?.(countsOf(summary));
  let pending: Draft[] = [];
  for await (const result of readInputs([...inputs], opts.read)) {
    summary.items += 1;
    if (result.kind === "rejected") addRejection(summary, result.rejection);
    else pending.push(result.draft);
    if (pending.length >= batchSize) {
      await batcher.flush(pending);
      pending = [];
    }
    progress();
  }
  await batcher.flush(pending);
  progress();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function countsOf(summary: IngestSummary): IngestCounts {
  return { items: summary.items, new: summary.new, duplicate: summary.duplicate, rejected: summary.rejected };
}

function addRejection(summary: IngestSummary, rejection: Rejection): void {
  summary.rejected += 1;
  summary.reasons[rejection.reason] = (summary.reasons[rejection.reason] ?? 0) + 1;
  summary.rejections.push(rejection);
}

class Batcher {
  private readonly pipeline = standardPipeline();

  constructor(
    private readonly store: Store,
    private readonly summary: IngestSummary,
    private readonly committed: () => void,
  ) {}

  /** Processes and stores one batch; already-stored texts are counted as duplicates without processing. */
  async flush(drafts: Draft[]): Promise<void> {
    if (drafts.length === 0) return;
    const hashes = drafts.map((d) => contentHash(d.body));
    const known = await this.store.findByHashes(hashes);
    const fresh = drafts.filter((_, i) => !known.has(hashes[i]));
    const seen = drafts.flatMap((d, i) => {
      const id = known.get(hashes[i]);
      return id === undefined ? [] : [{ id, source: d.source }];
    });
    if (seen.length) await this.store.recordSources(seen);
    this.summary.duplicate += seen.length;
    const ctx = await this.evidenceFor(fresh);
    const items: InsertItem[] = [];
    for (const draft of fresh) {
      const result = await processDraft(this.pipeline, draft, ctx);
      if (result.kind === "rejected") addRejection(this.summary, result.rejection);
      else items.push({ article: result.article, lineKeys: lineKeys(result.article.raw) });
    }
    if (items.length === 0) return;
    for (const outcome of await this.store.insertArticles(items)) {
      if (outcome.status === "new") this.summary.new += 1;
      else this.summary.duplicate += 1;
    }
    this.committed();
  }

  /** Prefetches the corpus evidence (line counts per publisher) the cleaner needs for these drafts. */
  private async evidenceFor(drafts: Draft[]): Promise<ProcessContext> {
    const keysByPublisher = new Map<string, Set<string>>();
    for (const draft of drafts) {
      // Without a publisher there is no "same site" to compare with: no corpus evidence.
      if (draft.publisher === null) continue;
      const publisher = draft.publisher;
      const keys = keysByPublisher.get(publisher) ?? new Set<string>();
      for (const key of lineKeys(draft.body)) keys.add(key);
      keysByPublisher.set(publisher, keys);
    }
    const evidence = new Map<string, LineCounts>();
    for (const [publisher, keys] of keysByPublisher) evidence.set(publisher, await this.store.lineCounts(publisher, [...keys]));
    return { evidence: (publisher) => (publisher === null ? undefined : evidence.get(publisher)) };
  }
}
