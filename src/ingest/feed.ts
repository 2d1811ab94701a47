import type { Draft } from "../core/article.js";
import type { ExtractedPage } from "../extract/types.js";
import { languageCode } from "./body.js";
import { charsetOf } from "./charset.js";
import type { InputInfo, ReadContext } from "./context.js";
import { decodeHtml } from "./decode.js";
import { parseFeed, type FeedItem, type ParsedFeed } from "./feed-parse.js";
import type { Fetched } from "./fetch.js";
import { fragmentToText } from "./fragment.js";
import { safeExtract } from "./html.js";
import { draftResult, errorMessage, rejected } from "./result.js";
import { sniffFormat } from "./sniff.js";
import type { ReadResult } from "./types.js";

/** Feed content with at least this many characters of text is the full article, not a teaser. */
export const FULL_TEXT_MIN_CHARS = 500;

/** The extractor's body must keep this share of the fragment's text, else the fragment's own text is used. */
const EXTRACT_KEEP_RATIO = 0.8;

interface Body {
  body: string;
  extraction: string;
  page: ExtractedPage | null;
}

/**
 * Reads an RSS or Atom feed: one article per item, from the item's full content when the feed
 * carries it, else from the linked page (fetched). The feed's metadata wins over the page's.
 */
export async function* readFeed(xml: string, input: InputInfo, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const feed = safeParseFeed(xml);
  if (typeof feed === "string") {
    yield rejected(input.source, "unsupported_format", feed);
    return;
  }
  if (feed.items.length === 0) {
    yield rejected(input.source, "no_article_text", `the ${feed.format === "rss" ? "RSS" : "Atom"} feed${feed.title ? ` "${feed.title}"` : ""} has no items`);
    return;
  }
  for (let i = 0; i < feed.items.length; i++) {
    yield await readItem(feed.items[i], feed, `${input.source}#${i + 1}`, input, ctx);
  }
}

/** The parsed feed, or why it could not be parsed. */
function safeParseFeed(xml: string): ParsedFeed | string {
  try {
    return parseFeed(xml) ?? "the document has no RSS or Atom root element";
  } catch (error) {
    return `the feed could not be parsed: ${errorMessage(error)}`;
  }
}

async function readItem(item: FeedItem, feed: ParsedFeed, source: string, input: InputInfo, ctx: ReadContext): Promise<ReadResult> {
  const link = resolveLink(item.link, input.url);
  const content = item.contentHtml ? fromContent(item.contentHtml, item, link) : null;
  if (content) return draftResult(itemDraft(item, feed, source, link, content));
  if (!item.link) {
    const teaser = fragmentToText(item.summaryHtml ?? item.contentHtml ?? "").length;
    return rejected(source, "no_article_text", `the item has no link and only ${teaser} characters of text (a teaser)`);
  }
  if (!link) return rejected(source, "invalid_record", `the item's link is not a URL: "${item.link}"`);
  const fetched = await ctx.fetcher(link);
  if (!fetched.ok) return rejected(source, fetched.reason, `linked page: ${fetched.detail}`);
  const page = extractLinkedPage(fetched, source);
  if ("kind" in page) return page;
  return draftResult(itemDraft(item, feed, source, link, { body: page.body, extraction: page.extraction, page }));
}

/** The item link as an absolute URL (relative links resolve against the feed's URL), or null. */
function resolveLink(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The body from the feed's own content, when it is more than a teaser. */
function fromContent(html: string, item: FeedItem, link: string | null): Body | null {
  const text = fragmentToText(html);
  if (text.length < FULL_TEXT_MIN_CHARS) return null;
  const extracted = safeExtract(wrapFragment(html, item), link);
  if (extracted.ok && extracted.page.body.length >= EXTRACT_KEEP_RATIO * text.length) {
    return { body: extracted.page.body, extraction: `feed-content:${extracted.page.extraction}`, page: null };
  }
  return { body: text, extraction: "feed-content", page: null };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A feed content fragment as a page the extractor can read. */
function wrapFragment(html: string, item: FeedItem): string {
  const lang = item.language ? ` lang="${escapeHtml(item.language)}"` : "";
  const title = item.title ? `<title>${escapeHtml(item.title)}</title>` : "";
  return `<!doctype html><html${lang}><head><meta charset="utf-8">${title}</head><body><article>${html}</article></body></html>`;
}

/** The extracted linked page, or the rejection of the item. */
function extractLinkedPage(fetched: Fetched, source: string): ExtractedPage | ReadResult {
  const sniffed = sniffFormat(fetched.bytes, new URL(fetched.url).pathname, fetched.contentType);
  if (sniffed.format === "binary") return rejected(source, "binary", `linked page ${fetched.url}: ${sniffed.detail}`);
  if (sniffed.format === "empty") return rejected(source, "empty", `linked page ${fetched.url} is empty`);
  if (sniffed.format !== "html") return rejected(source, "unsupported_format", `linked page ${fetched.url} is no HTML page (${sniffed.detail})`);
  const decoded = decodeHtml(fetched.bytes, charsetOf(fetched.contentType));
  if (!decoded.ok) return rejected(source, "invalid_encoding", `linked page ${fetched.url}: ${decoded.detail}`);
  const extracted = safeExtract(decoded.text, fetched.url);
  if (!extracted.ok) return rejected(source, "no_article_text", `linked page ${fetched.url}: ${extracted.detail}`);
  return extracted.page;
}

/** The draft of one item: the feed's metadata first, the linked page's where the feed says nothing. */
function itemDraft(item: FeedItem, feed: ParsedFeed, source: string, link: string | null, body: Body): Draft {
  const page = body.page;
  return {
    source,
    format: feed.format,
    url: link ?? page?.url ?? null,
    title: item.title ?? page?.title ?? null,
    publisher: feed.title ?? page?.publisher ?? null,
    author: item.author ?? page?.author ?? null,
    published: item.published ?? page?.published ?? null,
    publishedSource: item.published ? "metadata" : page?.published ? page.publishedSource : null,
    declaredLanguage: languageCode(item.language) ?? languageCode(page?.language) ?? languageCode(feed.language),
    body: body.body,
    extraction: body.extraction,
  };
}
