/**
 * The text of an article container without the furniture that sits inside
 * it: link lists (related articles, tag lists, "read more" boxes), figure
 * captions, and headings or labels that only introduce such a list or end
 * the text with nothing after them ("Mehr zum Thema:", "Related").
 */
import { isDateLineMarkup } from "./boilerplate.js";
import { tagOf, type DomElement } from "./dom.js";
import { amountOf, linkDensity, measureText, type TextAmount } from "./measure.js";
import { elementToLines } from "./text.js";

/** Blocks that are dropped when most of their text is link text. */
const LINK_LIST_TAGS: ReadonlySet<string> = new Set(["ul", "ol", "li", "div", "section", "p", "table", "tr", "td", "dl", "header", "span", "nav"]);
/** Share of link text above which a block is a link list. */
export const LINK_LIST_DENSITY = 0.5;

/** Blocks that wrap other blocks: a link-dense wrapper may still hold a paragraph of text. */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(["div", "section", "td", "header"]);
/** A paragraph of real text has at least this many characters outside links ... */
const MIN_PARAGRAPH_CHARS = 50;
/** ... and at most this share of link text. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.2;

/** Never the article's own text inside a container. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set(["figcaption"]);

const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Blocks that can be a label ("Lesen Sie auch:") in front of a list. */
const LABEL_TAGS: ReadonlySet<string> = new Set(["p", "div", "span", "strong", "b", "header"]);
/** A label is at most this long. */
const MAX_LABEL_CHARS = 80;
/** A date line ("Zuletzt aktualisiert am 9. April 2024, 16:12 Uhr") is at most this long. */
const MAX_DATE_LINE_CHARS = 100;

/** Decides which elements inside a container are furniture; remembers its answers. */
class FurnitureFilter {
  private readonly verdicts = new Map<DomElement, boolean>();

  constructor(
    private readonly root: DomElement,
    private readonly amounts: ReadonlyMap<DomElement, TextAmount>,
  ) {}

  /** Whether an element is furniture to leave out. */
  skip(element: DomElement): boolean {
    const known = this.verdicts.get(element);
    if (known !== undefined) return known;
    const verdict =
      this.isLinkListOrCaption(element) || this.isDateLine(element) || (this.isHeadingOrLabel(element) && this.introducesNothing(element));
    this.verdicts.set(element, verdict);
    return verdict;
  }

  private amount(element: DomElement): TextAmount {
    return amountOf(this.amounts, element);
  }

  private isLinkListOrCaption(element: DomElement): boolean {
    const tag = tagOf(element);
    if (SKIPPED_TAGS.has(tag)) return true;
    if (!LINK_LIST_TAGS.has(tag) || linkDensity(this.amount(element)) <= LINK_LIST_DENSITY) return false;
    return !WRAPPER_TAGS.has(tag) || !this.holdsParagraph(element);
  }

  /** Whether a wrapper holds a paragraph of real text (then only its link lists go, not the paragraph with them). */
  private holdsParagraph(element: DomElement): boolean {
    for (const paragraph of Array.from(element.querySelectorAll("p"))) {
      const amount = this.amount(paragraph);
      if (amount.chars - amount.linkChars >= MIN_PARAGRAPH_CHARS && linkDensity(amount) <= MAX_PARAGRAPH_LINK_DENSITY) return true;
    }
    return false;
  }

  private isDateLine(element: DomElement): boolean {
    const chars = this.amount(element).chars;
    return chars > 0 && chars <= MAX_DATE_LINE_CHARS && isDateLineMarkup(element);
  }

  /** A heading, or a short block ending in a colon. */
  private isHeadingOrLabel(element: DomElement): boolean {
    const tag = tagOf(element);
    if (HEADING_TAGS.has(tag)) return true;
    const amount = this.amount(element);
    if (!LABEL_TAGS.has(tag) || amount.chars === 0 || amount.chars > MAX_LABEL_CHARS) return false;
    return /:\s*$/.test(element.textContent ?? "");
  }

  /** Whether the text after an element (within the container) is empty or starts with furniture. */
  private introducesNothing(element: DomElement): boolean {
    for (let node: DomElement | null = element; node && node !== this.root; node = node.parentElement) {
      for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
        if (this.amount(next).chars === 0) continue;
        return this.isLinkListOrCaption(next);
      }
    }
    return true;
  }
}

/** Lines of an element's text without link lists, captions and the labels of removed lists. */
export function contentLines(root: DomElement, amounts: ReadonlyMap<DomElement, TextAmount> = measureText(root)): string[] {
  const filter = new FurnitureFilter(root, amounts);
  return elementToLines(root, (element) => filter.skip(element));
}
