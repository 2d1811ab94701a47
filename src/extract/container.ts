/**
 * The article container of a page, found by markup conventions instead of
 * Readability's scoring: `itemprop=articleBody` and class/id names such as
 * "article-body" or "entry-content" first, then `<article>`, then `<main>`
 * (generic names such as "content" or "post" mark too much to help). Within
 * each kind the element with the most text that is not link text wins. A
 * container must hold the page's main text block (or at least half as much
 * text); an article split into several marked parts (sections, slides,
 * answers) gets the nearest element that holds all of them.
 */
import { tagOf, walkElements, type DomElement } from "./dom.js";
import { amountOf, type TextAmount } from "./measure.js";

/** Class/id names of the element that holds an article's text (matched in lowercase class and id). */
const BODY_NAMES =
  /articlebody|article[-_]{1,2}(?:body|text|content|inner)|articletext|articlecontent|artikel[-_]?(?:text|inhalt|body|content)|entry[-_]?content|post[-_]?(?:content|body|text|entry)|postcontent|story[-_]?(?:body|content|text)|storycontent|body[-_]?text|bodytext|text[-_]?content|news[-_]?(?:text|body|content)|field[-_]{1,2}name[-_]{1,2}body|rich[-_]?text|main[-_]?text|single[-_]?content|blog[-_]?content|content[-_]?body|contentbody|fulltext/;

/** Kinds of container, most specific first. */
export type ContainerKind = "body" | "article" | "main";
const KINDS: readonly ContainerKind[] = ["body", "article", "main"];

/** A container needs at least this many characters of non-link text. */
const MIN_CONTAINER_CHARS = 100;
/** A container that does not hold the main text block needs this share of the block's text. */
const MIN_SHARE_OF_MAIN_BLOCK = 0.5;
/** A further part of a split article has at least this much non-link text. */
const MIN_PART_CHARS = 100;
/** Parts are joined only under an ancestor at most this many levels above the best part. */
const MAX_PART_LEVELS = 3;

/** The kind of container an element is, or null. */
function kindOf(element: DomElement): ContainerKind | null {
  const tag = tagOf(element);
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
  if (names.length > 1 && BODY_NAMES.test(names)) return "body";
  const itemprop = element.getAttribute("itemprop");
  if (itemprop && /\barticlebody\b/i.test(itemprop)) return "body";
  if (tag === "article") return "article";
  if (tag === "main" || element.getAttribute("role") === "main") return "main";
  return null;
}

const ownText = (amounts: ReadonlyMap<DomElement, TextAmount>, element: DomElement): number => {
  const amount = amountOf(amounts, element);
  return amount.chars - amount.linkChars;
};

/** One article container and which kind of markup found it. */
export interface Container {
  element: DomElement;
  kind: ContainerKind;
}

/** Marked elements of each kind below the body, in document order. */
function markedElements(body: DomElement): Map<ContainerKind, DomElement[]> {
  const marked = new Map<ContainerKind, DomElement[]>(KINDS.map((kind) => [kind, []]));
  walkElements(body, (element) => {
    const kind = kindOf(element);
    if (kind) marked.get(kind)?.push(element);
    return true;
  });
  return marked;
}

/**
 * The nearest ancestor (at most {@link MAX_PART_LEVELS} up, below the body)
 * that holds all other substantial parts of the same kind; the best part
 * itself when there are none or they lie further away.
 */
function joinParts(best: DomElement, parts: readonly DomElement[], body: DomElement, amounts: ReadonlyMap<DomElement, TextAmount>): DomElement {
  const others = parts.filter((part) => part !== best && !best.contains(part) && !part.contains(best) && ownText(amounts, part) >= MIN_PART_CHARS);
  if (others.length === 0) return best;
  let ancestor = best.parentElement;
  for (let level = 0; level < MAX_PART_LEVELS && ancestor && ancestor !== body; level++) {
    const holder = ancestor;
    if (others.every((part) => holder.contains(part))) return holder;
    ancestor = ancestor.parentElement;
  }
  return best;
}

/** Whether a container candidate plausibly holds the article: it contains the main text block or has as much text. */
function holdsMainText(element: DomElement, mainBlock: DomElement | null, amounts: ReadonlyMap<DomElement, TextAmount>): boolean {
  if (!mainBlock || element.contains(mainBlock)) return true;
  return ownText(amounts, element) >= MIN_SHARE_OF_MAIN_BLOCK * ownText(amounts, mainBlock);
}

/** The article container of a (pruned) body, or null when no marked element holds enough of the page's text. */
export function findContainer(body: DomElement, amounts: ReadonlyMap<DomElement, TextAmount>, mainBlock: DomElement | null): Container | null {
  const marked = markedElements(body);
  for (const kind of KINDS) {
    const plausible = (marked.get(kind) ?? []).filter(
      (element) => ownText(amounts, element) >= MIN_CONTAINER_CHARS && holdsMainText(element, mainBlock, amounts),
    );
    if (plausible.length === 0) continue;
    const best = plausible.reduce((a, b) => (ownText(amounts, b) > ownText(amounts, a) ? b : a));
    const element = kind === "body" ? joinParts(best, marked.get(kind) ?? [], body, amounts) : best;
    return { element, kind };
  }
  return null;
}
