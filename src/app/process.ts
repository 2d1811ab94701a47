import type { Article, Draft } from "../core/article.js";
import { buildPipeline, hashStage, type Pipeline } from "../core/pipeline.js";
import { cleanStage, type CleanContext } from "../clean/stage.js";
import { languageStage, sentenceStage } from "../nlp/stages.js";
import { datesStage, publishedStage } from "../nlp/dates/index.js";
import { nerStage } from "../nlp/ner/stage.js";
import { quotesStage } from "../nlp/quotes/stage.js";
import { reject, type Rejection } from "../core/errors.js";

export type ProcessContext = CleanContext;

/**
 * The standard pipeline: hash → clean → language → sentences → published date →
 * temporal expressions → entities (recognised and merged) → quotes (speakers
 * resolved to those entities).
 */
export function standardPipeline(): Pipeline<ProcessContext> {
  return buildPipeline<ProcessContext>([hashStage, cleanStage, languageStage, sentenceStage, publishedStage, datesStage, nerStage, quotesStage]);
}

/** Clean text shorter than this is not an article. */
export const MIN_ARTICLE_CHARS = 40;

export type ProcessResult = { kind: "article"; article: Article } | { kind: "rejected"; rejection: Rejection };

/** Runs the pipeline on one draft; a too-short result or an internal error becomes a rejection. */
export async function processDraft(pipeline: Pipeline<ProcessContext>, draft: Draft, ctx: ProcessContext): Promise<ProcessResult> {
  let article: Article;
  try {
    article = await pipeline.run(draft, ctx);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: "rejected", rejection: reject(draft.source, "processing_failed", detail) };
  }
  const chars = article.text.replace(/\s+/gu, " ").trim().length;
  if (chars < MIN_ARTICLE_CHARS) {
    const removed = article.removed.length ? ` after removing ${article.removed.length} furniture line(s)` : "";
    return { kind: "rejected", rejection: reject(draft.source, "too_short", `${chars} characters of text${removed}; at least ${MIN_ARTICLE_CHARS} needed`) };
  }
  return { kind: "article", article };
}

/** Context for processing without a store: no corpus evidence. */
export const NO_EVIDENCE: ProcessContext = { evidence: () => undefined };
