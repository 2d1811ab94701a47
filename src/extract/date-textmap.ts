/**
 * One walk over the visible text of a page for the date search: the text
 * (blocks on lines of their own, at most {@link MAX_TEXT_CHARS} characters),
 * what the elements around each text node say about it (a box of other
 * content, a footer, a date or byline element, an update note), and where
 * the headings stand.
 */
import { isForeignBox, marksOf, MODIFIED_MARK } from "./date-marks.js";
import { isElement, TEXT_NODE, type DomElement, type DomNode } from "./dom.js";
import { foldName } from "./title.js";
import { lastStartingBy } from "../core/sorted.js";

/** Characters of visible text mapped: the article's date sits above or near its start. */
export const MAX_TEXT_CHARS = 100_000;

/** Flags of a text node: inside a box of other content (comments, teasers, navigation). */
export const FOREIGN = 1;
/** Inside a footer. */
export const FOOTER = 2;
/** Inside an element that shows a date or byline (by class, id or `<time>`). */
export const DATED = 4;
/** Inside an element marked as an update ("updated", "lastmod"). */
export const MODIFIED = 8;

const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "button", "select", "option",
  "textarea", "input", "iframe", "object", "embed", "canvas", "video", "audio", "map", "picture", "img",
]);
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1",
  "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
]);
/** Ids of toolbars that archives insert into the pages they keep (the Wayback Machine's). */
const INSERTED_IDS = new Set(["wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato"]);
const FOOTER_MARK = /footer/i;
/** Class or id words of elements that show a date or byline. */
const DATED_MARK = /date|datum|time|zeit|publish|posted|byline|dateline|meta|subline|submitted|created|autor|author/i;

/** The visible text of a page with flags per text node and the places of its headings. */
export interface TextMap {
  text: string;
  /** Text node spans (start offsets) with their flags, in order. */
  spans: Array<{ start: number; flags: number }>;
  headings: Array<{ start: number; end: number; tag: string; flags: number }>;
}

function ownFlags(element: DomElement): number {
  const tag = element.localName;
  if (tag === "body" || tag === "html") return 0;
  let flags = 0;
  if (tag === "footer") flags |= FOOTER;
  // The site's masthead (a <header> without the headline) holds the day the page was served, not the article's date.
  if (tag === "header" && !element.querySelector("h1")) flags |= FOREIGN;
  if (tag === "time") flags |= DATED;
  if (element.hasAttribute("itemprop") && /^date(?:modified|updated)$/i.test(element.getAttribute("itemprop") ?? "")) flags |= MODIFIED;
  if (!element.hasAttribute("class") && !element.hasAttribute("id")) return tag === "aside" || tag === "nav" || tag === "menu" ? flags | FOREIGN : flags;
  const marks = marksOf(element);
  if (tag !== "footer" && isForeignBox(element)) flags |= FOREIGN;
  if (FOOTER_MARK.test(marks)) flags |= FOOTER;
  if (DATED_MARK.test(marks)) flags |= DATED;
  if (MODIFIED_MARK.test(marks)) flags |= MODIFIED;
  return flags;
}

/** linkedom nodes link their relatives: walking the links allocates nothing. */
interface LinkedNode extends DomNode {
  firstChild: LinkedNode | null;
  nextSibling: LinkedNode | null;
  parentNode: LinkedNode | null;
}

/** The walk's state while it builds a {@link TextMap}. */
class TextWalk {
  readonly map: TextMap = { text: "", spans: [], headings: [] };
  private readonly parts: string[] = [];
  length = 0;

  append(text: string, flags: number): void {
    this.map.spans.push({ start: this.length, flags });
    this.parts.push(text);
    this.length += text.length;
  }

  text(node: DomNode, flags: number): void {
    const text = (node.textContent ?? "").replace(/\s+/g, " ");
    if (text.trim()) this.append(text, flags);
    else if (text) this.append(" ", 0);
  }

  finish(): TextMap {
    this.map.text = this.parts.join("");
    return this.map;
  }
}

/** Whether the walk enters an element: not skipped tags and not archive toolbars. */
const entered = (node: DomNode): node is DomElement => isElement(node) && !SKIP_TAGS.has(node.localName) && !INSERTED_IDS.has(node.id);

/**
 * Walks an element once (first child, next sibling, parent: no lists, no
 * recursion), collecting its visible text with flags per text node.
 */
export function mapText(root: DomElement): TextMap {
  const walk = new TextWalk();
  const flagStack: number[] = [ownFlags(root)];
  const headingStack: Array<number | null> = [null];
  let node: LinkedNode | null = (root as unknown as LinkedNode).firstChild;
  while (node && walk.length < MAX_TEXT_CHARS) {
    const flags = flagStack[flagStack.length - 1];
    if (node.nodeType === TEXT_NODE) walk.text(node, flags);
    else if (entered(node)) {
      const own = flags | ownFlags(node);
      const tag = node.localName;
      if (BLOCK_TAGS.has(tag)) walk.append("\n", 0);
      let heading: number | null = null;
      if (tag === "h1" || tag === "h2") {
        heading = walk.map.headings.length;
        walk.map.headings.push({ start: walk.length, end: walk.length, tag, flags: own });
      }
      const first = (node as unknown as LinkedNode).firstChild;
      if (first) {
        flagStack.push(own);
        headingStack.push(heading);
        node = first;
        continue;
      }
      if (heading !== null) walk.map.headings[heading].end = walk.length;
      if (BLOCK_TAGS.has(tag)) walk.append("\n", 0);
    }
    // Next: the sibling, or the sibling of the nearest ancestor that has one (closing the elements left).
    while (node && !node.nextSibling) {
      const parent: LinkedNode | null = node.parentNode;
      if (!parent || parent === (root as unknown as LinkedNode)) return walk.finish();
      flagStack.pop();
      const heading = headingStack.pop() ?? null;
      if (heading !== null) walk.map.headings[heading].end = walk.length;
      if (BLOCK_TAGS.has((parent as unknown as DomElement).localName)) walk.append("\n", 0);
      node = parent;
    }
    node = node ? node.nextSibling : null;
  }
  return walk.finish();
}

/** Shortest folded headline compared with the title. */
const MIN_HEADLINE_CHARS = 8;

/** The headline's place in the text: the heading that matches the title, else the first h1 outside boxes. */
export function headline(map: TextMap, title: string | null): { start: number; end: number } | null {
  const folded = title ? foldName(title) : "";
  const matches = (text: string): boolean => {
    const own = foldName(text);
    return own.length >= MIN_HEADLINE_CHARS && folded.length >= MIN_HEADLINE_CHARS && (own === folded || own.includes(folded) || folded.includes(own));
  };
  const text = (h: { start: number; end: number }): string => map.text.slice(h.start, h.end);
  return map.headings.find((h) => matches(text(h))) ?? map.headings.find((h) => h.tag === "h1" && !(h.flags & FOREIGN) && text(h).trim()) ?? null;
}

/** The flags of the text at an offset. */
export function flagsAt(map: TextMap, index: number): number {
  // Before the first span, the first span's flags (as the search always gave).
  return (lastStartingBy(map.spans, index) ?? map.spans[0])?.flags ?? 0;
}
