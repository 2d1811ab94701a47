/**
 * Fallback main-text candidates for pages where Readability finds too little:
 * the `<article>`, `<main>` or `[itemprop=articleBody]` container, the block
 * holding the most text, and the whole body, each without link lists.
 */
import type { TextCandidate } from "./choose.js";
import type { DomDocument, DomElement } from "./dom.js";
import { mainTextBlock } from "./prune.js";
import { elementToLines, linkTextStats } from "./text.js";

/** Blocks whose text is mostly links are link lists (navigation, teasers), not article text. */
const MAX_LINK_DENSITY = 0.5;
const LINK_LIST_BLOCKS = "ul, ol, li, div, section, p, table, tr, td, dl, header, span";

/** Removes link lists inside an element, innermost first, so a link list never takes text with it. */
function removeLinkLists(root: DomElement): void {
  const blocks = Array.from(root.querySelectorAll(LINK_LIST_BLOCKS)).reverse();
  for (const block of blocks) {
    if (!root.contains(block)) continue;
    const { total, inLinks } = linkTextStats(block);
    if (inLinks > 0 && inLinks / total > MAX_LINK_DENSITY) block.remove();
  }
}

const textLength = (element: DomElement): number => (element.textContent ?? "").replace(/\s+/g, "").length;

/** The element with the most text among those matching a selector. */
function largest(doc: DomDocument, selector: string): DomElement | null {
  let best: DomElement | null = null;
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    if (best === null || textLength(element) > textLength(best)) best = element;
  }
  return best;
}

/** Candidates from a pruned document (it is changed), in the order they should be tried. */
export function fallbackCandidates(doc: DomDocument): TextCandidate[] {
  const body = doc.body;
  if (!body) return [];
  const containers: Array<[string, () => DomElement | null]> = [
    ["fallback:article", () => largest(doc, "article")],
    ["fallback:main", () => largest(doc, "main, [role=main]")],
    ["fallback:itemprop", () => largest(doc, "[itemprop~=articleBody]")],
    ["fallback:block", () => mainTextBlock(body)],
    ["fallback:body", () => body],
  ];
  const candidates: TextCandidate[] = [];
  for (const [extraction, find] of containers) {
    const element = find();
    if (!element) continue;
    removeLinkLists(element);
    candidates.push({ extraction, lines: elementToLines(element) });
  }
  return candidates;
}
