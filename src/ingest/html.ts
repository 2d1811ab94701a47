import type { Draft, SourceFormat } from "../core/article.js";
import { extractHtml } from "../extract/html.js";
import type { ExtractResult, ExtractedPage } from "../extract/types.js";
import { languageCode } from "./body.js";
import { errorMessage } from "./result.js";

/** Runs the HTML extractor; an exception inside it counts as "no article text", never as a crash. */
export function safeExtract(html: string, url: string | null): ExtractResult {
  try {
    return extractHtml(html, { url });
  } catch (error) {
    return { ok: false, reason: "no_article_text", detail: `the extractor failed on this page: ${errorMessage(error)}` };
  }
}

/** Maps an extracted page to a draft; `url` is used when the page names no canonical URL. */
export function pageToDraft(page: ExtractedPage, source: string, format: SourceFormat, url: string | null): Draft {
  return {
    source,
    format,
    url: page.url ?? url,
    title: page.title,
    publisher: page.publisher,
    author: page.author,
    published: page.published,
    publishedSource: page.published ? page.publishedSource : null,
    declaredLanguage: languageCode(page.language),
    body: page.body,
    extraction: page.extraction,
  };
}
