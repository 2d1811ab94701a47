/**
 * The site's name (the publisher) and the names to cut from headlines:
 * declared names (JSON-LD `publisher`, `og:site_name`, `application-name`,
 * `<meta name=publisher>`, top-level JSON-LD WebSite and Organization), what
 * the `<title>` adds to `og:title`, and, for pages that declare nothing, the
 * title part that names the site (by its domain, a feed title or a home link).
 */
import type { DomDocument } from "./dom.js";
import { asList, isObject, ldString, ldTypes, resolve, type JsonLd } from "./jsonld.js";
import { metaFirst, metaValues, type MetaTable } from "./meta.js";
import { siteNameHints } from "./site-name.js";
import { normaliseLine } from "./text.js";
import { foldName, isSiteName, siteNameFromTitle, titleSiteName } from "./title.js";

const SITE_TYPES = new Set(["website", "organization", "newsmediaorganization", "corporation"]);
/** Separators inside a declared site name ("Boston News, Weather | WHDH 7News"). */
const NAME_SEPARATOR = /\s+(?:\||–|—|-{1,2}|·|•|»|›|::)\s+/;
const MAX_NAME_CHARS = 80;

/** Names of the publisher in JSON-LD (the article's `publisher`, resolved through `@id`). */
function jsonLdPublishers(ld: JsonLd): string[] {
  return asList(ld.article?.publisher)
    .map((item) => resolve(item, ld))
    .map((value) => (typeof value === "string" ? value : isObject(value) ? ldString(value.name) : null))
    .filter((name): name is string => Boolean(name));
}

/** Names of the top-level WebSite and Organization objects. */
function jsonLdSites(ld: JsonLd): string[] {
  return ld.pageObjects
    .filter((object) => ldTypes(object).some((type) => SITE_TYPES.has(type)))
    .map((object) => ldString(object.name))
    .filter((name): name is string => Boolean(name));
}

/** A site name written as a URL ("http://www.tafelblog.com") as its host ("tafelblog.com"); other names unchanged. */
function hostOfUrl(name: string): string {
  if (!/^https?:\/\/\S+$/i.test(name)) return name;
  try {
    return new URL(name).hostname.replace(/^www\./, "");
  } catch {
    return name;
  }
}

/**
 * A declared name as the site's name: the part that names the domain when it
 * has several ("Boston News, Weather | WHDH 7News"), without the headline that
 * some sites put into `og:site_name`; null when nothing is left.
 */
function cleanDeclared(name: string, titles: { raw: string | null; headlines: readonly string[] }, url: string | null | undefined): string | null {
  const whole = hostOfUrl(normaliseLine(name));
  if (!whole || whole.length > MAX_NAME_CHARS * 2 || /@|https?:/i.test(whole)) return null;
  const parts = whole.split(NAME_SEPARATOR).filter(Boolean);
  const result = parts.length === 1 ? whole : pickPart(whole, parts, titles, url);
  return result && result.length <= MAX_NAME_CHARS ? result : null;
}

/** The part of a declared name with several parts that names the site. */
function pickPart(whole: string, parts: readonly string[], titles: { raw: string | null; headlines: readonly string[] }, url: string | null | undefined): string {
  const headlines = titles.headlines.map(foldName).filter(Boolean);
  const rest = parts.filter((part) => !headlines.includes(foldName(part)));
  const byDomain = rest.find((part) => isSiteName(part, [], url));
  if (byDomain) return byDomain;
  if (rest.length < parts.length) return rest.join(" - ");
  // og:site_name copied from og:title ("Headline - Site"): the site's name trails.
  if (headlines.includes(foldName(whole))) return parts[parts.length - 1];
  const raw = foldName(titles.raw ?? "");
  // "Headline - Site" as og:site_name next to the title "Headline - Site": the part the title ends with.
  const endsTitle = (text: string): boolean => Boolean(foldName(text)) && raw.endsWith(foldName(text)) && raw !== foldName(text);
  if (raw === foldName(whole) || endsTitle(whole)) return whole;
  return parts.slice(1).find(endsTitle) ?? whole;
}

/** What follows the `og:title` in the `<title>` ("Headline | Site" next to og:title "Headline"): the site name. */
function titleAddition(rawTitle: string | null, ogTitle: string | null): string | null {
  if (!rawTitle || !ogTitle || rawTitle === ogTitle || !rawTitle.startsWith(ogTitle)) return null;
  const rest = /^\s*(?:\||–|—|-{1,2}|·|•|»|›|::)\s*(.{2,60})$/.exec(rawTitle.slice(ogTitle.length));
  return rest ? rest[1].trim() : null;
}

/**
 * Site names of a page, the publisher first: declared ones, the `<title>`
 * addition, and (only when the page declares none) the title part that names
 * the site by its domain, a feed title or a home link.
 */
export function findSiteNames(doc: DomDocument, ld: JsonLd, meta: MetaTable, url: string | null | undefined): string[] {
  const rawTitle = normaliseLine(doc.querySelector("title")?.textContent ?? "") || null;
  const ogTitle = metaFirst(meta, ["og:title"]);
  const titles = { raw: rawTitle, headlines: [ogTitle, ldString(ld.article?.headline)].filter((h): h is string => Boolean(h)) };
  const clean = (names: string[]): string[] => names.map((name) => cleanDeclared(name, titles, url)).filter((name): name is string => Boolean(name));
  const names = clean([...jsonLdPublishers(ld), ...metaValues(meta, ["og:site_name", "application-name"])]);
  const addition = titleAddition(rawTitle, ogTitle);
  if (addition) names.push(addition);
  if (names.length > 0) return [...new Set(names)];
  // Weaker declarations (a company's legal name, an organisation in JSON-LD) come after the title's own site name.
  const byDomain = rawTitle ? titleSiteName(rawTitle, [], url) : null;
  const weak = clean([...metaValues(meta, ["publisher", "dc.publisher", "dcterms.publisher"]), ...jsonLdSites(ld)]);
  if (byDomain || weak.length > 0) return [...new Set([...(byDomain ? [byDomain] : []), ...weak])];
  const fromTitle = rawTitle ? siteNameFromTitle(rawTitle, url) ?? titleSiteName(rawTitle, siteNameHints(doc, url), url) : null;
  return fromTitle ? [fromTitle] : [];
}
