import type { PublishedSource } from "../core/article.js";

/** What the HTML extractor found on one page. */
export interface ExtractedPage {
  /** Canonical URL of the page (link rel=canonical / og:url), else the URL it was fetched from. */
  url: string | null;
  /** Headline without a " – Site name" suffix. */
  title: string | null;
  /** Site name / publisher. */
  publisher: string | null;
  /** Author(s), comma-separated; never "Redaktion", a date or "vor 3 Stunden". */
  author: string | null;
  published: string | null;
  publishedSource: PublishedSource | null;
  /** Language declared by the page (html lang, og:locale, content-language), ISO 639-1. */
  language: string | null;
  /** Main text: one paragraph / heading / list item per line. */
  body: string;
  /** Which extraction path produced the body, e.g. "json-ld", "readability", "fallback:article". */
  extraction: string;
}

export type ExtractResult = { ok: true; page: ExtractedPage } | { ok: false; reason: "no_article_text"; detail: string };

export interface ExtractOptions {
  /** URL the page was fetched from, if known: used for relative links and URL date patterns. */
  url?: string | null;
}
