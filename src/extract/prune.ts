/**
 * Removing obvious non-content before main-text extraction: scripts and
 * styles, navigation, footers, cookie banners, comments, share buttons,
 * newsletter boxes, ads and teaser lists. Conservative: an element that
 * contains the main text block is never removed.
 */
import { ENGLISH_AD_LABELS } from "../lang/en/extract.js";
import { GERMAN_AD_LABELS } from "../lang/de/extract.js";
import {
  FURNITURE_SELECTOR, JUNK_TAGS, markupWords, SOFT_LINK_DENSITY, SOFT_TOKENS, STRONG_TOKENS, VENDOR_PATTERN,
} from "./boilerplate.js";
import { isElement, tagOf, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import { linkTextStats, normaliseLine } from "./text.js";

const AD_LABELS = new Set([...GERMAN_AD_LABELS, ...ENGLISH_AD_LABELS]);

/** Text nodes shorter than this do not count towards a block (labels, bullets). */
const MIN_TEXT_NODE = 20;

/** Inline parents of text nodes: their text belongs to the enclosing block. */
const INLINE = new Set(["a", "b", "strong", "i", "em", "span", "u", "small", "mark", "q", "cite", "abbr", "sub", "sup", "font", "time", "p"]);

/** The block element whose own text (text nodes not inside links) is longest: where the main text sits. */
export function mainTextBlock(root: DomElement): DomElement | null {
  const scores = new Map<DomElement, number>();
  const stack: Array<{ node: DomNode; inLink: boolean }> = [{ node: root, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop() as { node: DomNode; inLink: boolean };
    if (node.nodeType === TEXT_NODE) {
      const length = normaliseLine(node.textContent ?? "").length;
      const block = !inLink && length >= MIN_TEXT_NODE ? blockOf(node) : null;
      if (block) scores.set(block, (scores.get(block) ?? 0) + length);
      continue;
    }
    if (!isElement(node)) continue;
    const link = inLink || tagOf(node) === "a";
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push({ node: children[i], inLink: link });
  }
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

/** The nearest ancestor of a text node that is not an inline element (a `<p>` counts as inline: its parent holds the text). */
function blockOf(node: DomNode): DomElement | null {
  let parent = node.parentNode;
  while (parent && isElement(parent) && INLINE.has(tagOf(parent))) parent = parent.parentNode;
  return parent && isElement(parent) ? parent : null;
}

function isAdLabel(element: DomElement): boolean {
  if (element.children.length > 0) return false;
  const text = normaliseLine(element.textContent ?? "").toLowerCase();
  return text.length > 0 && text.length <= 20 && AD_LABELS.has(text);
}

/** Whether an element's class/id marks it as a non-content box. */
function isMarkedBox(element: DomElement): boolean {
  const raw = `${element.className} ${element.id}`;
  if (raw.trim() === "") return false;
  if (VENDOR_PATTERN.test(raw)) return true;
  const words = markupWords(element.className, element.id);
  if (words.some((word) => STRONG_TOKENS.has(word))) return true;
  if (!words.some((word) => SOFT_TOKENS.has(word))) return false;
  const { total, inLinks } = linkTextStats(element);
  return total === 0 || inLinks / total >= SOFT_LINK_DENSITY;
}

/** Removes non-content elements from the body; the main text block and its ancestors stay. */
export function pruneNonContent(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  for (const element of Array.from(body.querySelectorAll(JUNK_TAGS))) element.remove();
  const anchors = [mainTextBlock(body), ...Array.from(body.querySelectorAll("[itemprop~=articleBody]"))].filter(
    (a): a is DomElement => a !== null,
  );
  const isProtected = (element: DomElement): boolean => anchors.some((anchor) => element === anchor || element.contains(anchor));
  const candidates = Array.from(body.querySelectorAll("*")).filter(
    (element) => element.matches(FURNITURE_SELECTOR) || isAdLabel(element) || isMarkedBox(element),
  );
  for (const element of candidates) {
    if (!body.contains(element) || isProtected(element)) continue;
    element.remove();
  }
}
