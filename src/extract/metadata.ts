/**
 * Page metadata (URL, headline, publisher, author, publication date,
 * language), each from the best source the page offers. Reads the document
 * without changing it, so it runs before any pruning.
 */
import { findAuthor } from "./byline.js";
import type { DomDocument } from "./dom.js";
import { ldString, type JsonLd } from "./jsonld.js";
import { metaFirst, metaValues, type MetaTable } from "./meta.js";
import { pageZones } from "./date-zone.js";
import { findPublished } from "./published.js";
import { findSiteNames } from "./publisher.js";
import { normaliseLine } from "./text.js";
import { cleanTitle } from "./title.js";
import type { ExtractedPage } from "./types.js";

/** The metadata fields of an extracted page. */
export type PageMetadata = Omit<ExtractedPage, "body" | "extraction">;

/** An absolute http(s) URL for `href` (resolved against `base`), or null. */
function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href || !href.trim()) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A canonical link to the site's home page on an article page is a site bug, not the article's URL. */
function isHomePageOf(candidate: string, pageUrl: string | null | undefined): boolean {
  if (!pageUrl) return false;
  try {
    return new URL(candidate).pathname === "/" && new URL(pageUrl).pathname !== "/";
  } catch {
    return false;
  }
}

function findUrl(doc: DomDocument, meta: MetaTable, pageUrl: string | null | undefined): string | null {
  const canonical = Array.from(doc.querySelectorAll("link[rel][href]")).find((link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  for (const href of [canonical?.getAttribute("href"), metaFirst(meta, ["og:url"])]) {
    const url = absoluteUrl(href, pageUrl);
    if (url && !isHomePageOf(url, pageUrl)) return url;
  }
  return absoluteUrl(pageUrl, null) ?? (pageUrl || null);
}

/** "de-DE", "de_DE", "DE" → "de"; null when not a two-letter code. */
export function normaliseLanguage(value: string | null | undefined): string | null {
  const code = (value ?? "").trim().split(/[-_,;\s]/)[0].toLowerCase();
  return /^[a-z]{2}$/.test(code) ? code : null;
}

/** Declared language tags of a page, best first ("de-DE", "en_US", …). */
function languageTags(doc: DomDocument, meta: MetaTable): string[] {
  const tags = [doc.documentElement?.getAttribute("lang"), doc.documentElement?.getAttribute("xml:lang"), ...metaValues(meta, ["og:locale", "content-language", "language", "dc.language"])];
  return tags.filter((tag): tag is string => Boolean(tag && normaliseLanguage(tag)));
}

/** US-English pages write "05/06/2024" month first; all others day first. */
export function dateOrder(languageTag: string | null | undefined): "dmy" | "mdy" {
  return /^en(?:[-_]us)?$/i.test((languageTag ?? "").trim()) ? "mdy" : "dmy";
}

function textOf(doc: DomDocument, selector: string): string | null {
  const text = normaliseLine(doc.querySelector(selector)?.textContent ?? "");
  return text || null;
}

function soleH1(doc: DomDocument): string | null {
  const headings = doc.querySelectorAll("h1");
  return headings.length === 1 ? textOf(doc, "h1") : null;
}

function findTitle(doc: DomDocument, ld: JsonLd, meta: MetaTable, siteNames: string[], url: string | null): string | null {
  const candidates = [
    ldString(ld.article?.headline) ?? ldString(ld.article?.name),
    metaFirst(meta, ["og:title"]),
    metaFirst(meta, ["twitter:title"]),
    textOf(doc, "article h1"),
    textOf(doc, "title"),
    soleH1(doc),
  ];
  for (const candidate of candidates) {
    const title = candidate ? cleanTitle(candidate, siteNames, url) : "";
    if (title) return title;
  }
  return null;
}

/** Reads all metadata of a document; `now` bounds plausible publication dates. */
export function readMetadata(doc: DomDocument, ld: JsonLd, meta: MetaTable, pageUrl: string | null | undefined, now: Date): PageMetadata {
  const url = findUrl(doc, meta, pageUrl);
  const siteNames = findSiteNames(doc, ld, meta, url ?? pageUrl);
  const publisher = siteNames[0] ?? null;
  const title = findTitle(doc, ld, meta, siteNames, url ?? pageUrl ?? null);
  const author = findAuthor(doc, ld, meta, { publisher, url: url ?? pageUrl });
  const tags = languageTags(doc, meta);
  const zones = pageZones(tags, url ?? pageUrl);
  const published = findPublished(doc, ld, meta, { urls: [url, pageUrl ?? null], title, order: dateOrder(tags[0]), now, zones });
  const language = normaliseLanguage(tags[0]);
  return { url, title, publisher, author, published: published?.value ?? null, publishedSource: published?.source ?? null, language };
}
