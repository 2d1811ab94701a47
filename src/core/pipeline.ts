import { createHash } from "node:crypto";
import type { Article, Draft, Layer } from "./article.js";
import { lagebildError } from "./errors.js";

/** Fields of {@link Article} that each layer owns. */
export const LAYER_FIELDS: Record<Layer, readonly (keyof Article)[]> = {
  draft: ["source", "format", "url", "title", "publisher", "author", "raw", "extraction"],
  // The draft's date is the reader's evidence; the "published" layer is the resolved date (kept, or inferred from the text).
  published: ["published", "publishedSource"],
  hash: ["id", "hash"],
  text: ["text"],
  removed: ["removed"],
  language: ["language"],
  sentences: ["sentences"],
  entities: ["entities"],
  quotes: ["quotes"],
  dates: ["dates"],
};

/** A processing step. It reads the article and returns only the fields of the layers it produces. */
export interface Stage<Ctx = unknown> {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly produces: readonly Layer[];
  run(article: Readonly<Article>, ctx: Ctx): Partial<Article> | Promise<Partial<Article>>;
}

export interface Pipeline<Ctx = unknown> {
  readonly stages: readonly Stage<Ctx>[];
  run(draft: Draft, ctx: Ctx): Promise<Article>;
}

/** Builds a pipeline and checks, once, that every stage's requirements are met by earlier stages. */
export function buildPipeline<Ctx>(stages: readonly Stage<Ctx>[]): Pipeline<Ctx> {
  const available = new Set<Layer>(["draft"]);
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) throw lagebildError("PIPELINE_UNMET_REQUIREMENT", stage.name, layer);
    }
    for (const layer of stage.produces) {
      if (available.has(layer)) throw lagebildError("PIPELINE_LAYER_REWRITE", stage.name, layer);
      available.add(layer);
    }
  }
  return {
    stages,
    async run(draft, ctx) {
      let article = articleFromDraft(draft);
      for (const stage of stages) article = applyStage(article, stage, await stage.run(article, ctx));
      return article;
    },
  };
}

/**
 * Runs `stages` again on an article that has been through the pipeline
 * (re-annotating a stored article with newer stages): the layers they
 * produce are taken off first, every other layer they require must be
 * there, and each stage's output replaces what the article had.
 */
export async function rerunStages<Ctx>(article: Article, stages: readonly Stage<Ctx>[], ctx: Ctx): Promise<Article> {
  const produced = new Set(stages.flatMap((stage) => stage.produces));
  let current: Article = { ...article, layers: article.layers.filter((layer) => !produced.has(layer)) };
  for (const stage of stages) {
    const missing = stage.requires.find((layer) => !current.layers.includes(layer));
    if (missing !== undefined) throw lagebildError("ARTICLE_LAYER_MISSING", article.id, stage.name, missing);
    current = applyStage(current, stage, await stage.run(current, ctx));
  }
  return current;
}

function applyStage<Ctx>(article: Article, stage: Stage<Ctx>, patch: Partial<Article>): Article {
  const allowed = new Set<keyof Article>(stage.produces.flatMap((l) => LAYER_FIELDS[l]));
  for (const key of Object.keys(patch) as (keyof Article)[]) {
    if (!allowed.has(key)) throw lagebildError("PIPELINE_UNDECLARED_OUTPUT", stage.name, key);
  }
  return { ...article, ...patch, layers: [...article.layers, ...stage.produces] };
}

/** The article as a draft starts it: metadata and raw body set, every later layer empty. */
export function articleFromDraft(draft: Draft): Article {
  return {
    id: "",
    hash: "",
    source: draft.source,
    format: draft.format,
    url: draft.url,
    title: draft.title,
    publisher: draft.publisher,
    author: draft.author,
    published: draft.published,
    publishedSource: draft.publishedSource,
    language: null,
    raw: draft.body,
    text: "",
    removed: [],
    sentences: [],
    entities: [],
    quotes: [],
    dates: [],
    extraction: draft.extraction,
    layers: ["draft"],
  };
}

/** Normalisation for exact-duplicate detection: NFC, whitespace folded, case kept. */
export function normaliseForHash(body: string): string {
  return body.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export function contentHash(body: string): string {
  return createHash("sha256").update(normaliseForHash(body)).digest("hex");
}

/** Article ids are the first 16 hex digits of the content hash: stable across stores and runs. */
export function idFromHash(hash: string): string {
  return hash.slice(0, 16);
}

export const hashStage: Stage = {
  name: "hash",
  requires: ["draft"],
  produces: ["hash"],
  run(article) {
    const hash = contentHash(article.raw);
    return { hash, id: idFromHash(hash) };
  },
};
