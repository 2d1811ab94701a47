/**
 * Text amounts of every element of a subtree, measured in one iterative walk:
 * how many characters of visible text lie below it and how many of them are
 * link text. The same walk finds the main text block (the block element
 * whose own paragraphs hold the most text). Pruning and candidate scoring
 * read these instead of asking each element for its `textContent` again.
 */
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from "./dom.js";

/** Characters of text below an element (whitespace runs count as one), and those inside links. */
export interface TextAmount {
  chars: number;
  linkChars: number;
}

/** Text amounts of a subtree and its main text block. */
export interface TextSurvey {
  amounts: Map<DomElement, TextAmount>;
  /** The block element whose own text (outside links) is longest, or null for a page without text. */
  mainBlock: DomElement | null;
  /** Own text (outside links) of every block element that has some. */
  blockText: Map<DomElement, number>;
}

/** Tags whose content is never visible text. */
const INVISIBLE_TAGS = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "embed", "select", "textarea"]);

/** Inline parents of text nodes: their text belongs to the enclosing block (a `<p>` counts as inline: its parent holds the text). */
const INLINE_TAGS = new Set(["a", "b", "strong", "i", "em", "span", "u", "small", "mark", "q", "cite", "abbr", "sub", "sup", "font", "time", "p"]);

/** Text nodes shorter than this do not count towards a block's own text (labels, bullets). */
const MIN_BLOCK_TEXT = 20;

const EMPTY: TextAmount = Object.freeze({ chars: 0, linkChars: 0 });

/** Visible characters of a text node's content: whitespace runs count as one character, invisible ones not at all. */
export function visibleLength(text: string): number {
  let length = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xad || code === 0x200b || code === 0xfeff) continue;
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
    if (isSpace) {
      if (!space) length++;
      space = true;
    } else {
      length++;
      space = false;
    }
  }
  return length;
}

/** An element being walked: its amount so far and the block its text counts for. */
interface Open {
  element: DomElement;
  amount: TextAmount;
  block: DomElement;
  link: boolean;
}

/** Text amounts of `root` and every element below it, and its main text block (one walk along sibling links, no child arrays). */
export function surveyText(root: DomElement): TextSurvey {
  const amounts = new Map<DomElement, TextAmount>();
  const blockText = new Map<DomElement, number>();
  const open: Open[] = [{ element: root, amount: { chars: 0, linkChars: 0 }, block: root, link: tagOf(root) === "a" }];
  let node: DomNode | null = root.firstChild;
  for (;;) {
    const top = open[open.length - 1];
    if (node === null) {
      open.pop();
      amounts.set(top.element, top.amount);
      const parent = open[open.length - 1];
      if (!parent) break;
      parent.amount.chars += top.amount.chars;
      parent.amount.linkChars += top.amount.linkChars;
      node = top.element.nextSibling;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const length = visibleLength(node.textContent ?? "");
      top.amount.chars += length;
      if (top.link) top.amount.linkChars += length;
      else if (length >= MIN_BLOCK_TEXT) blockText.set(top.block, (blockText.get(top.block) ?? 0) + length);
      node = node.nextSibling;
      continue;
    }
    if (!isElement(node)) {
      node = node.nextSibling;
      continue;
    }
    const tag = tagOf(node);
    if (INVISIBLE_TAGS.has(tag)) {
      amounts.set(node, { chars: 0, linkChars: 0 });
      node = node.nextSibling;
      continue;
    }
    open.push({ element: node, amount: { chars: 0, linkChars: 0 }, block: INLINE_TAGS.has(tag) ? top.block : node, link: top.link || tag === "a" });
    node = node.firstChild;
  }
  return { amounts, mainBlock: longest(blockText), blockText };
}

/** The key with the largest value. */
function longest(scores: ReadonlyMap<DomElement, number>): DomElement | null {
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** Text amounts of `root` and every element below it. */
export function measureText(root: DomElement): Map<DomElement, TextAmount> {
  return surveyText(root).amounts;
}

/** Takes a removed element's text out of the amounts of its former ancestors (call before removing it). */
export function subtractFromAncestors(amounts: ReadonlyMap<DomElement, TextAmount>, element: DomElement): void {
  const removed = amounts.get(element);
  if (!removed || removed.chars === 0) return;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const amount = amounts.get(ancestor);
    if (!amount) continue;
    amount.chars -= removed.chars;
    amount.linkChars -= removed.linkChars;
  }
}

/** The measured amount of an element, zero when it was not measured. */
export function amountOf(amounts: ReadonlyMap<DomElement, TextAmount>, element: DomElement): TextAmount {
  return amounts.get(element) ?? EMPTY;
}

/** Share of an element's text that is link text (0 for an element without text). */
export function linkDensity(amount: TextAmount): number {
  return amount.chars === 0 ? 0 : amount.linkChars / amount.chars;
}
