/**
 * Runs the product on one page exactly as `lagebild extract` does for an HTML
 * file: decode the bytes, extract main text and metadata, map the page to a
 * draft as the HTML reader does, and run the standard pipeline (furniture
 * cleaner, language, sentences) without corpus evidence. The text scored is
 * the article's `text`, the date its `published`.
 */
import { performance } from "node:perf_hooks";
import { NO_EVIDENCE, processDraft, standardPipeline } from "../app/process.js";
import type { RejectionReason } from "../core/errors.js";
import type { ExtractedPage } from "../extract/types.js";
import { decodeHtml } from "../ingest/decode.js";
import { pageToDraft, safeExtract } from "../ingest/html.js";

/** Why a page gave no text: a rejection reason of the product, or "crash" for an exception the product let through. */
export type FailureReason = RejectionReason | "crash" | "missing";

export interface PageFailure {
  reason: FailureReason;
  detail: string;
}

/** What the HTML extractor gave for one page, and how long it took. */
export interface PageExtraction {
  page: ExtractedPage | null;
  failure: PageFailure | null;
  /** Milliseconds spent in decoding and HTML extraction. */
  ms: number;
}

/** The text the product outputs for one page (null when it rejects the page). */
export interface PageText extends PageExtraction {
  text: string | null;
  /** Milliseconds spent in the pipeline after extraction (cleaner, language, sentences). */
  pipelineMs: number;
}

const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** Decodes and extracts one page (metadata and raw main text). */
export function extractPage(bytes: Uint8Array, url: string | null): PageExtraction {
  const start = performance.now();
  try {
    const decoded = decodeHtml(bytes);
    if (!decoded.ok) return { page: null, failure: { reason: decoded.reason, detail: decoded.detail }, ms: performance.now() - start };
    if (decoded.text.trim() === "") return { page: null, failure: { reason: "empty", detail: "the page is empty (only whitespace)" }, ms: performance.now() - start };
    const result = safeExtract(decoded.text, url);
    const ms = performance.now() - start;
    return result.ok ? { page: result.page, failure: null, ms } : { page: null, failure: { reason: result.reason, detail: result.detail }, ms };
  } catch (error) {
    return { page: null, failure: { reason: "crash", detail: errorText(error) }, ms: performance.now() - start };
  }
}

const pipeline = standardPipeline();

/** Extracts one page and runs the standard pipeline on it: the text `lagebild extract` would print. */
export async function pageText(bytes: Uint8Array, url: string | null, source: string): Promise<PageText> {
  const extracted = extractPage(bytes, url);
  if (!extracted.page) return { ...extracted, text: null, pipelineMs: 0 };
  const start = performance.now();
  try {
    const processed = await processDraft(pipeline, pageToDraft(extracted.page, source, "html", url), NO_EVIDENCE);
    const pipelineMs = performance.now() - start;
    if (processed.kind === "article") return { ...extracted, text: processed.article.text, pipelineMs };
    const { reason, detail } = processed.rejection;
    return { ...extracted, failure: { reason, detail }, text: null, pipelineMs };
  } catch (error) {
    return { ...extracted, failure: { reason: "crash", detail: errorText(error) }, text: null, pipelineMs: performance.now() - start };
  }
}
