/**
 * The lead paragraph (teaser, standfirst, excerpt) that many news pages
 * place between the headline and the element that holds the article text,
 * so that a container-based extractor (and Readability) leaves it out.
 */
import { tagOf, type DomDocument, type DomElement } from "./dom.js";
import { amountOf, linkDensity, type TextAmount } from "./measure.js";
import { elementToLines } from "./text.js";

/** A lead paragraph has at least this many characters (shorter blocks are bylines, dates, labels) ... */
const MIN_LEAD_CHARS = 60;
/** ... and at most this many. */
const MAX_LEAD_CHARS = 1000;
/** ... and at most this share of link text. */
const MAX_LINK_SHARE = 0.2;
/** At most this many lead blocks are taken. */
const MAX_LEAD_BLOCKS = 2;
/** The search gives up after this many elements between headline and article. */
const MAX_ELEMENTS_SCANNED = 80;

/** Tags of blocks that can be a lead. */
const LEAD_TAGS: ReadonlySet<string> = new Set(["p", "div", "span", "section", "header", "h2", "strong", "b", "em", "summary"]);
/** Blocks inside a lead block that make it a layout box, not a paragraph. */
const LAYOUT_TAGS: ReadonlySet<string> = new Set(["p", "div", "ul", "ol", "table", "section", "article", "header", "h1", "h2", "h3", "h4", "figure"]);

/** The next element after `node` in document order, not entering `node` itself when `skipInside`. */
function nextElement(node: DomElement, skipInside: boolean): DomElement | null {
  if (!skipInside && node.firstElementChild) return node.firstElementChild;
  for (let current: DomElement | null = node; current; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}

/** The last `<h1>` before `anchor` in document order (the headline of the article that `anchor` holds). */
function headlineBefore(body: DomElement, anchor: DomElement): DomElement | null {
  let headline: DomElement | null = null;
  for (let element = nextElement(body, false); element && element !== anchor; element = nextElement(element, false)) {
    if (tagOf(element) === "h1") headline = element;
  }
  return headline;
}

/** Tags of an article's outer element, where its header (and lead) starts when no headline is left on the page. */
const ARTICLE_TAGS: ReadonlySet<string> = new Set(["article", "main"]);

/** Where the search for a lead starts: after the headline before `anchor`, else at the start of the outermost `<article>` or `<main>` around it. */
function startOfArticle(body: DomElement, anchor: DomElement): DomElement | null {
  const headline = headlineBefore(body, anchor);
  if (headline) return nextElement(headline, true);
  let outer: DomElement | null = null;
  for (let element = anchor.parentElement; element && element !== body; element = element.parentElement) {
    if (ARTICLE_TAGS.has(tagOf(element))) outer = element;
  }
  return outer?.firstElementChild ?? null;
}

/** Whether an element is a single paragraph of lead-like text. */
function isLeadBlock(element: DomElement, amount: TextAmount): boolean {
  if (!LEAD_TAGS.has(tagOf(element))) return false;
  if (amount.chars < MIN_LEAD_CHARS || amount.chars > MAX_LEAD_CHARS || linkDensity(amount) > MAX_LINK_SHARE) return false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (LAYOUT_TAGS.has(tagOf(child))) return false;
  }
  return true;
}

/**
 * Lead paragraphs between the page's headline and `anchor` (the element
 * holding the article text), in document order; empty when the headline is
 * not before the anchor. Read from the pruned document before Readability
 * changes it.
 */
export function findLeadLines(doc: DomDocument, anchor: DomElement, amounts: ReadonlyMap<DomElement, TextAmount>): string[] {
  const body = doc.body;
  if (!body) return [];
  const start = startOfArticle(body, anchor);
  if (!start) return [];
  const lines: string[] = [];
  let scanned = 0;
  let element: DomElement | null = start;
  while (element && element !== anchor && scanned < MAX_ELEMENTS_SCANNED && lines.length < MAX_LEAD_BLOCKS) {
    scanned++;
    if (element.contains(anchor)) {
      element = nextElement(element, false);
      continue;
    }
    if (isLeadBlock(element, amountOf(amounts, element))) {
      lines.push(elementToLines(element).join(" "));
      element = nextElement(element, true);
      continue;
    }
    element = nextElement(element, false);
  }
  return lines;
}
