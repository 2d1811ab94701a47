/**
 * The author of a page, from the best source that names a person: JSON-LD
 * `author`, `<meta name=author>`, `article:author`, `rel=author` links, then
 * byline elements (`[itemprop=author]`, `.byline`).
 */
import { cleanAuthors, type AuthorContext } from "./author.js";
import { TEXT_NODE, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import { asList, isObject, ldString, ldTypes, resolve, type JsonLd } from "./jsonld.js";
import { metaValues, type MetaTable } from "./meta.js";
import { normaliseLine } from "./text.js";

/** Byline elements longer than this are author boxes with a biography, not bylines. */
const MAX_BYLINE_CHARS = 120;

const BYLINE_SELECTORS = [
  "[rel~=author]", "[itemprop~=author]", ".byline", "[class*=byline]", ".author-name", ".article__author", ".author", "[class*=autor]",
];

/** Author names from JSON-LD: strings and Person objects (organisations are not authors). */
function jsonLdAuthors(ld: JsonLd): { names: string[]; persons: boolean } {
  const names: string[] = [];
  let persons = true;
  for (const item of asList(ld.article?.author ?? ld.article?.creator)) {
    const value = resolve(item, ld);
    if (typeof value === "string") {
      names.push(value);
      persons = false;
    } else if (isObject(value) && (ldTypes(value).includes("person") || !ldTypes(value).some((t) => t.includes("organization")))) {
      const name = ldString(value.name) ?? [ldString(value.givenName), ldString(value.familyName)].filter(Boolean).join(" ");
      if (name) names.push(name);
      persons &&= ldTypes(value).includes("person");
    }
  }
  return { names, persons: persons && names.length > 0 };
}

/** Text of an element with a space between text nodes ("<span>Author</span><a>Jane Doe</a>" → "Author Jane Doe"). */
function spacedText(element: DomElement): string {
  const parts: string[] = [];
  const stack: DomNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? "");
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return parts.join(" ");
}

/** The text of a byline element: an `itemprop=name` inside it, its `content`, or its own text. */
function bylineText(element: DomElement): string {
  const inner = element.querySelector("[itemprop~=name]");
  const source = inner ?? element;
  return normaliseLine(source.getAttribute("content") ?? spacedText(source));
}

/** Containers whose bylines belong to other articles (teasers, comments). */
const FOREIGN_CONTAINERS = "aside, nav, footer, [class*=teaser], [class*=related], [class*=comment]";

function elementBylines(doc: DomDocument, selector: string): string[] {
  const values: string[] = [];
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    if (element.localName === "meta" || element.localName === "link" || element.closest(FOREIGN_CONTAINERS)) continue;
    const text = bylineText(element);
    if (text && text.length <= MAX_BYLINE_CHARS) values.push(text);
  }
  return values;
}

/** The page's author(s) as "Name, Name", or null when no source names a person. */
export function findAuthor(doc: DomDocument, ld: JsonLd, meta: MetaTable, context: AuthorContext): string | null {
  const notUrl = (value: string): boolean => !/^(?:https?:)?\/\//i.test(value);
  const fromJsonLd = jsonLdAuthors(ld);
  // A person named in JSON-LD stays an author even when the site is named after them (a personal blog).
  const jsonLdContext = fromJsonLd.persons ? { url: context.url } : context;
  const jsonLdAuthor = cleanAuthors(fromJsonLd.names, jsonLdContext);
  if (jsonLdAuthor) return jsonLdAuthor;
  const sources: Array<() => string[]> = [
    () => metaValues(meta, ["author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author"]),
    () => metaValues(meta, ["article:author", "og:article:author"]).filter(notUrl),
    ...BYLINE_SELECTORS.map((selector) => () => elementBylines(doc, selector)),
  ];
  for (const source of sources) {
    const author = cleanAuthors(source(), context);
    if (author) return author;
  }
  return null;
}
