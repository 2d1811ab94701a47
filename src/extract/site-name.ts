/**
 * Hints at a site's name on pages that do not declare it: the titles of its
 * feeds ("jovelblog RSS Feed", "Site » Feed") and the texts of links to its
 * home page (the logo link, "rel=home"). Used only to recognise the site name
 * in a `<title>`, never as a publisher on their own.
 */
import type { DomDocument, DomElement } from "./dom.js";
import { normaliseLine } from "./text.js";

const FEED_SELECTOR = "link[rel~=alternate][title]";
/** Words that feed titles add to the site name. */
const FEED_WORDS = /\s*(?:»|›|>|\||–|—|-|:)?\s*(?:rss|atom|feed|rss-feed|rss feed|kommentar-feed|comments feed|kommentare|comments|beiträge|posts)(?:\s.*)?$/i;
const FEED_SEPARATOR = /\s+(?:»|›|>|\||–|—|-)\s+/;
/** Links read per page when looking for links to the home page. */
const MAX_LINKS = 400;
const MAX_HINTS = 6;
const MAX_HINT_CHARS = 60;

function feedNames(doc: DomDocument): string[] {
  const names: string[] = [];
  for (const link of Array.from(doc.querySelectorAll(FEED_SELECTOR))) {
    if (!/rss|atom/i.test(link.getAttribute("type") ?? "")) continue;
    const title = normaliseLine(link.getAttribute("title") ?? "");
    const name = title.split(FEED_SEPARATOR)[0].replace(FEED_WORDS, "").trim();
    if (name) names.push(name);
  }
  return names;
}

function isHomeLink(link: DomElement, origin: string): boolean {
  const href = (link.getAttribute("href") ?? "").trim();
  if (href === "/" || (link.getAttribute("rel") ?? "").split(/\s+/).includes("home")) return true;
  try {
    const url = new URL(href, origin);
    return url.origin === origin && (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash;
  } catch {
    return false;
  }
}

function linkName(link: DomElement): string {
  const text = normaliseLine(link.textContent ?? "");
  if (text) return text;
  const image = link.querySelector("img[alt], img[title]");
  return normaliseLine(image?.getAttribute("alt") || image?.getAttribute("title") || "");
}

function homeLinkNames(doc: DomDocument, url: string | null | undefined): string[] {
  let origin: string;
  try {
    origin = url ? new URL(url).origin : "";
  } catch {
    return [];
  }
  if (!origin || origin === "null") return [];
  const names: string[] = [];
  for (const link of Array.from(doc.querySelectorAll("a[href]")).slice(0, MAX_LINKS)) {
    if (!isHomeLink(link, origin)) continue;
    const name = linkName(link);
    if (name && name.length <= MAX_HINT_CHARS) names.push(name);
    if (names.length >= MAX_HINTS) break;
  }
  return names;
}

/** Names the page gives its site outside metadata: feed titles and home-link texts. */
export function siteNameHints(doc: DomDocument, url: string | null | undefined): string[] {
  return [...feedNames(doc), ...homeLinkNames(doc, url)].filter((name) => name.length <= MAX_HINT_CHARS);
}
