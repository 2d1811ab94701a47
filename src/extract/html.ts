/**
 * HTML extraction entry: metadata and main text of one already-decoded page.
 * Never throws and never hangs on bad input (empty strings, non-HTML, huge or
 * deeply nested markup); a page without article text is a rejection.
 */
import { isPlausibleDate } from "./date.js";
import { publishedDateInText } from "./date-text.js";
import { parseDocument, type DomDocument } from "./dom.js";
import { ldString, readJsonLd } from "./jsonld.js";
import { extractMainText } from "./maintext.js";
import { readMeta } from "./meta.js";
import { readMetadata } from "./metadata.js";
import { removeUpdateNotes } from "./published.js";
import { elementToLines } from "./text.js";
import type { ExtractOptions, ExtractResult } from "./types.js";

/** Lines before and after the headline searched for a visible date. */
const LINES_BEFORE_HEADLINE = 3;
const LINES_AFTER_HEADLINE = 8;
/** Characters at the start of the main text searched for a visible date when the headline is not found. */
const BODY_DATE_WINDOW = 400;

/** The visible text around the headline (the byline area), or "" when the headline is not on the page. */
function textNearHeadline(doc: DomDocument, title: string | null): string {
  const body = doc.body;
  if (!body || !title) return "";
  const lines = elementToLines(body);
  const at = lines.findIndex((line) => line === title || line.includes(title));
  if (at < 0) return "";
  return lines.slice(Math.max(0, at - LINES_BEFORE_HEADLINE), at + LINES_AFTER_HEADLINE + 1).join("\n");
}

/**
 * Documents of one page for the extraction paths (Readability changes its
 * copy): the parsed one first (its update notes already removed), then fresh
 * parses without update notes.
 */
function documentSource(html: string, parsed: DomDocument): () => DomDocument {
  let unused: DomDocument | null = parsed;
  return () => {
    if (unused) {
      const doc = unused;
      unused = null;
      return doc;
    }
    const fresh = parseDocument(html);
    removeUpdateNotes(fresh);
    return fresh;
  };
}

/** Extracts main text and metadata from an HTML page; `opts.url` is the address it was fetched from. */
export function extractHtml(html: string, opts: ExtractOptions = {}): ExtractResult {
  const now = new Date();
  const doc = parseDocument(html);
  const ld = readJsonLd(doc);
  const metadata = readMetadata(doc, ld, readMeta(doc), opts.url, now);
  removeUpdateNotes(doc);
  const nearHeadline = metadata.published ? "" : textNearHeadline(doc, metadata.title);
  const main = extractMainText(documentSource(html, doc), ldString(ld.article?.articleBody), metadata.title);
  if (!main.ok) return { ok: false, reason: "no_article_text", detail: main.detail };
  const page = { ...metadata, body: main.body, extraction: main.extraction };
  if (page.published) return { ok: true, page };
  const accept = (iso: string): boolean => isPlausibleDate(iso, now);
  const published = publishedDateInText(nearHeadline, accept) ?? publishedDateInText(main.body.slice(0, BODY_DATE_WINDOW), accept);
  return { ok: true, page: published ? { ...page, published, publishedSource: "text" } : page };
}
