/**
 * Page metadata (URL, headline, publisher, author, publication date,
 * language), each from the best source the page offers. Reads the document
 * without changing it, so it runs before any pruning.
 */
import { findAuthor } from "./byline.js";
import type { DomDocument } from "./dom.js";
import { asList, isObject, ldString, resolve, type JsonLd } from "./jsonld.js";
import { metaFirst, metaValues, type MetaTable } from "./meta.js";
import { findPublished } from "./published.js";
import { normaliseLine } from "./text.js";
import { cleanTitle, siteNameFromTitle } from "./title.js";
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

function findLanguage(doc: DomDocument, meta: MetaTable): string | null {
  const candidates = [doc.documentElement?.getAttribute("lang"), doc.documentElement?.getAttribute("xml:lang"), ...metaValues(meta, ["og:locale", "content-language", "language", "dc.language"])];
  for (const candidate of candidates) {
    const language = normaliseLanguage(candidate);
    if (language) return language;
  }
  return null;
}

/** Names of the publisher in JSON-LD (the article's `publisher`, resolved through `@id`). */
function jsonLdPublishers(ld: JsonLd): string[] {
  return asList(ld.article?.publisher)
    .map((item) => resolve(item, ld))
    .map((value) => (typeof value === "string" ? value : isObject(value) ? ldString(value.name) : null))
    .filter((name): name is string => Boolean(name));
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

/** What follows the `og:title` in the `<title>` ("Headline | Site" next to og:title "Headline"): the site name. */
function titleAddition(rawTitle: string | null, ogTitle: string | null): string | null {
  if (!rawTitle || !ogTitle || rawTitle === ogTitle || !rawTitle.startsWith(ogTitle)) return null;
  const rest = /^\s*(?:\||–|—|-{1,2}|·|•|»|›|::)\s*(.{2,60})$/.exec(rawTitle.slice(ogTitle.length));
  return rest ? rest[1].trim() : null;
}

/**
 * Site names to remove from headlines: declared ones, the `<title>` addition,
 * and (only when the page declares none) a recognisable title suffix.
 */
function siteNamesFor(declared: string[], rawTitle: string | null, ogTitle: string | null, url: string | null | undefined): string[] {
  const names = [...declared];
  const addition = titleAddition(rawTitle, ogTitle);
  if (addition) names.push(addition);
  const suffix = names.length === 0 && rawTitle ? siteNameFromTitle(rawTitle, url) : null;
  return suffix ? [suffix] : names;
}

/** Reads all metadata of a document; `now` bounds plausible publication dates. */
export function readMetadata(doc: DomDocument, ld: JsonLd, meta: MetaTable, pageUrl: string | null | undefined, now: Date): PageMetadata {
  const url = findUrl(doc, meta, pageUrl);
  const declared = [...jsonLdPublishers(ld), ...metaValues(meta, ["og:site_name", "application-name"])].map(normaliseLine).filter(Boolean);
  const siteNames = siteNamesFor(declared, textOf(doc, "title"), metaFirst(meta, ["og:title"]), url ?? pageUrl);
  const publisher = siteNames[0] ?? null;
  const title = findTitle(doc, ld, meta, siteNames, url ?? pageUrl ?? null);
  const author = findAuthor(doc, ld, meta, { publisher, url: url ?? pageUrl });
  const published = findPublished(doc, ld, meta, [url, pageUrl ?? null], now);
  const publishedSource = published ? "metadata" : null;
  return { url, title, publisher, author, published, publishedSource, language: findLanguage(doc, meta) };
}
