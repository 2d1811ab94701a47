/**
 * Removing obvious non-content before main-text extraction: scripts and
 * styles, navigation, footers, cookie banners, comments, share buttons,
 * newsletter boxes, ads and teaser lists. Conservative: an element that
 * contains the main text block is never removed. Works in a few linear walks
 * (no selector matching per element), so it stays cheap on large pages.
 */
import { boilerplateReason, elementVerdict } from "./boilerplate.js";
import { tagOf, walkElements, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import { amountOf, subtractFromAncestors, surveyText, type TextAmount, type TextSurvey } from "./measure.js";

/** Removed unconditionally: never text of the article. */
const JUNK_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "button", "select", "textarea", "input", "link", "meta",
]);

/** The block element whose own text (text nodes not inside links) is longest: where the main text sits. */
export function mainTextBlock(root: DomElement): DomElement | null {
  return surveyText(root).mainBlock;
}

/** Removes scripts, styles, form controls and other elements that never hold article text; returns the `itemprop=articleBody` elements met on the way. */
export function removeJunk(root: DomElement): DomElement[] {
  const junk: DomElement[] = [];
  const articleBodies: DomElement[] = [];
  walkElements(root, (element) => {
    if (JUNK_TAGS.has(tagOf(element))) {
      junk.push(element);
      return false;
    }
    const itemprop = element.getAttribute("itemprop");
    if (itemprop && ARTICLE_BODY_PROP.test(itemprop)) articleBodies.push(element);
    return true;
  });
  for (const element of junk) element.remove();
  return articleBodies;
}

const ARTICLE_BODY_PROP = /(?:^|\s)articleBody(?:\s|$)/;

/** Elements that must stay: the main text block, `itemprop=articleBody` containers and all their ancestors. */
function protectedElements(mainBlock: DomElement | null, articleBodies: readonly DomElement[]): Set<DomNode> {
  const anchors = [mainBlock, ...articleBodies];
  const kept = new Set<DomNode>();
  for (const anchor of anchors) {
    for (let node: DomNode | null = anchor; node && !kept.has(node); node = node.parentNode) kept.add(node);
  }
  return kept;
}

/** A block in an unmarked part of the page replaces a main block inside a furniture box when it has this share of its text. */
const MIN_UNMARKED_SHARE = 0.3;
/** A furniture box is a box around the main block (not a page wrapper with a misleading name) when it has at most this many times its text. */
const MAX_BOX_RATIO = 3;

/** The nearest ancestor-or-self of an element below the body that is marked as furniture (vendor widgets count too), or null. */
function markedBox(element: DomElement, body: DomElement, exempt: ReadonlySet<string>): DomElement | null {
  for (let node: DomElement | null = element; node && node !== body; node = node.parentElement) {
    const verdict = elementVerdict(node);
    if (verdict.vendor || verdict.groups.some((g) => !exempt.has(g))) return node;
  }
  return null;
}

/**
 * The main text block, unless it sits in a small box marked as furniture (an
 * author box, a comment) while an unmarked block has a fair share of its
 * text: short posts often have a longer author biography than text.
 */
function unmarkedMainBlock(body: DomElement, survey: TextSurvey, exempt: ReadonlySet<string>): DomElement | null {
  const best = survey.mainBlock;
  const box = best ? markedBox(best, body, exempt) : null;
  if (!best || !box) return best;
  const top = survey.blockText.get(best) ?? 0;
  if (amountOf(survey.amounts, box).chars > MAX_BOX_RATIO * top) return best;
  const ranked = [...survey.blockText].filter(([, score]) => score >= MIN_UNMARKED_SHARE * top).sort((a, b) => b[1] - a[1]);
  const unmarked = ranked.find(([block]) => markedBox(block, body, exempt) === null);
  return unmarked ? unmarked[0] : best;
}

/** Furniture groups that are the page's content here: on a forum thread or live ticker the main text itself sits in a "comment" box. */
const GROUPS_THAT_CAN_BE_CONTENT: ReadonlySet<string> = new Set(["comments"]);

/** Groups of {@link GROUPS_THAT_CAN_BE_CONTENT} that mark an ancestor of the main text block (below the body). */
function exemptGroups(body: DomElement, mainBlock: DomElement | null): Set<string> {
  const exempt = new Set<string>();
  for (let element = mainBlock; element && element !== body; element = element.parentElement) {
    for (const group of elementVerdict(element).groups) if (GROUPS_THAT_CAN_BE_CONTENT.has(group)) exempt.add(group);
  }
  return exempt;
}

/** What pruning leaves: the main text block and the text amounts of the elements that remain. */
export interface PruneResult {
  mainBlock: DomElement | null;
  amounts: Map<DomElement, TextAmount>;
}

/**
 * Removes non-content elements from the body; the main text block and its
 * ancestors stay. Returns the main text block (see {@link mainTextBlock})
 * and the text amounts of what is left.
 */
export function pruneNonContent(doc: DomDocument): PruneResult {
  const body = doc.body;
  if (!body) return { mainBlock: null, amounts: new Map() };
  const articleBodies = removeJunk(body);
  const survey = surveyText(body);
  const amounts = survey.amounts;
  const exempt = exemptGroups(body, survey.mainBlock);
  const mainBlock = unmarkedMainBlock(body, survey, exempt);
  const kept = protectedElements(mainBlock, articleBodies);
  const doomed: DomElement[] = [];
  walkElements(body, (element) => {
    if (kept.has(element) || boilerplateReason(element, amounts, exempt) === null) return true;
    doomed.push(element);
    return false;
  });
  for (const element of doomed) {
    subtractFromAncestors(amounts, element);
    element.remove();
  }
  return { mainBlock, amounts };
}
