import { cleanField } from "./body.js";
import { toIsoDate } from "./dates.js";
import { childText, childrenNamed, parseXml, type DomElement } from "./dom.js";
import { inlineText } from "./fragment.js";

export interface FeedItem {
  title: string | null;
  /** The item's link as written in the feed (may be relative). */
  link: string | null;
  /** ISO 8601. */
  published: string | null;
  author: string | null;
  /** Full text as HTML (`content:encoded`, Atom `content`), or null. */
  contentHtml: string | null;
  /** Teaser as HTML (`description`, Atom `summary`), or null. */
  summaryHtml: string | null;
  language: string | null;
}

export interface ParsedFeed {
  format: "rss" | "atom";
  /** Channel or feed title: the publisher of its items. */
  title: string | null;
  language: string | null;
  items: FeedItem[];
}

/** Parses an RSS 2.0 (or RSS 1.0/RDF) or Atom document; null when the root is neither. */
export function parseFeed(xml: string): ParsedFeed | null {
  const root = parseXml(xml);
  if (!root) return null;
  const tag = root.tagName.toLowerCase();
  if (tag === "rss" || tag === "rdf:rdf") return parseRss(root);
  if (tag === "feed") return parseAtom(root);
  return null;
}

function parseRss(root: DomElement): ParsedFeed {
  const channel = childrenNamed(root, "channel")[0] ?? root;
  const items = [...childrenNamed(channel, "item"), ...(channel === root ? [] : childrenNamed(root, "item"))];
  return {
    format: "rss",
    title: textField(childText(channel, "title")),
    language: childText(channel, "language", "dc:language"),
    items: items.map(rssItem),
  };
}

function rssItem(item: DomElement): FeedItem {
  return {
    title: textField(childText(item, "title")),
    link: childText(item, "feedburner:origLink", "link") ?? permalinkGuid(item),
    published: toIsoDate(childText(item, "pubDate", "dc:date", "published", "updated")),
    author: rssAuthor(childText(item, "dc:creator", "author")),
    contentHtml: childText(item, "content:encoded"),
    summaryHtml: childText(item, "description"),
    language: childText(item, "dc:language"),
  };
}

/** A `<guid>` that is a permalink (isPermaLink is true by default) and an http URL. */
function permalinkGuid(item: DomElement): string | null {
  const [guid] = childrenNamed(item, "guid");
  const text = guid?.textContent?.trim() ?? "";
  if (!guid || guid.getAttribute("isPermaLink") === "false" || !/^https?:\/\//i.test(text)) return null;
  return text;
}

/** RSS `author` is "mail@example.org (Name)": the name, else the whole field. */
function rssAuthor(value: string | null): string | null {
  if (!value) return null;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(value);
  return cleanField(named ? named[1] : value);
}

function parseAtom(root: DomElement): ParsedFeed {
  const language = root.getAttribute("xml:lang");
  return {
    format: "atom",
    title: textField(childText(root, "title")),
    language,
    items: childrenNamed(root, "entry").map((entry) => atomEntry(entry, language)),
  };
}

function atomEntry(entry: DomElement, feedLanguage: string | null): FeedItem {
  const authors = childrenNamed(entry, "author")
    .map((a) => childText(a, "name"))
    .filter((name): name is string => name !== null);
  return {
    title: textField(childText(entry, "title")),
    link: atomLink(entry),
    published: toIsoDate(childText(entry, "published", "dc:date", "updated")),
    author: cleanField(authors.join(", ")),
    contentHtml: atomHtml(childrenNamed(entry, "content")[0]),
    summaryHtml: atomHtml(childrenNamed(entry, "summary")[0]),
    language: entry.getAttribute("xml:lang") ?? feedLanguage,
  };
}

/** The `rel="alternate"` link (or one without rel) of an Atom entry. */
function atomLink(entry: DomElement): string | null {
  const links = childrenNamed(entry, "link");
  const alternate = links.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
  return alternate?.getAttribute("href")?.trim() || null;
}

/** An Atom text construct as HTML: type "html" is escaped HTML, "xhtml" is inline XHTML, "text" plain text. */
function atomHtml(element: DomElement | undefined): string | null {
  if (!element || element.getAttribute("src")) return null;
  const type = (element.getAttribute("type") ?? "text").toLowerCase();
  if (type === "xhtml") {
    const div = element.children[0];
    return (div ? div.innerHTML : element.innerHTML).trim() || null;
  }
  const text = element.textContent?.trim() ?? "";
  if (!text) return null;
  return type === "html" || type === "text/html" ? text : textToHtml(text);
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`)
    .join("");
}

function textField(value: string | null): string | null {
  return value ? cleanField(inlineText(value)) : null;
}
