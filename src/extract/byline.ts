/**
 * The author of a page, from the best source that names a person: JSON-LD
 * `author`, `<meta name=author>`, `article:author`, `rel=author` links, then
 * byline elements (`[itemprop=author]`, `.byline`).
 */
import { cleanAuthors, type AuthorContext } from "./author.js";
import { TEXT_NODE, walkElements, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import { asList, isObject, ldString, ldTypes, resolve, type JsonLd } from "./jsonld.js";
import { metaValues, type MetaTable } from "./meta.js";
import { normaliseLine } from "./text.js";

/** Byline elements longer than this are author boxes with a biography, not bylines. */
const MAX_BYLINE_CHARS = 120;

/**
 * Byline elements, strongest first, as tests on one element (one walk over the
 * page instead of a selector query each): `[rel~=author]`, `[itemprop~=author]`,
 * `.byline`, `[class*=byline]`, `.author-name`, `.article__author`, `.author`,
 * `[class*=autor]`.
 */
const BYLINE_TESTS: ReadonlyArray<(element: DomElement) => boolean> = [
  (e) => hasToken(e.getAttribute("rel"), "author"),
  (e) => hasToken(e.getAttribute("itemprop"), "author"),
  (e) => hasToken(e.getAttribute("class"), "byline"),
  (e) => (e.getAttribute("class") ?? "").includes("byline"),
  (e) => hasToken(e.getAttribute("class"), "author-name"),
  (e) => hasToken(e.getAttribute("class"), "article__author"),
  (e) => hasToken(e.getAttribute("class"), "author"),
  (e) => (e.getAttribute("class") ?? "").includes("autor"),
];

/** Whether a space-separated attribute value holds `token` (CSS `~=`). */
function hasToken(value: string | null, token: string): boolean {
  return value !== null && value.includes(token) && value.split(/\s+/).includes(token);
}

/** The elements of each byline test, in document order (meta and link elements left out). */
function bylineElements(doc: DomDocument): DomElement[][] {
  const found: DomElement[][] = BYLINE_TESTS.map(() => []);
  const root = doc.documentElement;
  if (!root) return found;
  walkElements(root, (element) => {
    if (element.localName === "meta" || element.localName === "link" || !(element.hasAttribute("class") || element.hasAttribute("rel") || element.hasAttribute("itemprop"))) return true;
    BYLINE_TESTS.forEach((test, i) => {
      if (test(element)) found[i].push(element);
    });
    return true;
  });
  return found;
}

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

function elementBylines(elements: readonly DomElement[]): string[] {
  const values: string[] = [];
  for (const element of elements) {
    if (element.closest(FOREIGN_CONTAINERS)) continue;
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
  ];
  let elements: DomElement[][] | null = null;
  for (let i = 0; i < BYLINE_TESTS.length; i++) sources.push(() => elementBylines((elements ??= bylineElements(doc))[i]));
  for (const source of sources) {
    const author = cleanAuthors(source(), context);
    if (author) return author;
  }
  return null;
}
