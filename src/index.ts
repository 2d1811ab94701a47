/** Lagebild as a library: the same building blocks the CLI uses. */
export type * from "./core/article.js";
export { REJECTION_REASONS, ERRORS, LagebildError, type Rejection, type RejectionReason } from "./core/errors.js";
export { buildPipeline, hashStage, contentHash, type Stage, type Pipeline } from "./core/pipeline.js";
export { readInputs } from "./ingest/read.js";
export { defaultReadOptions, type ReadOptions, type ReadResult } from "./ingest/types.js";
export { extractHtml } from "./extract/html.js";
export { standardPipeline, processDraft, NO_EVIDENCE } from "./app/process.js";
export { ingest, type IngestSummary } from "./app/ingest.js";
export { toExportRecord, exportLines, type ExportRecord } from "./app/export.js";
export { openStore } from "./store/open.js";
export type { Store, ArticleFilter, StoredArticle } from "./store/store.js";
