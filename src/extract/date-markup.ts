/**
 * Publication-date candidates from dated markup: elements with
 * `itemprop=datePublished` (their `content`, `datetime` or text), `pubdate`
 * attributes, `<abbr class="published" title=…>` and `<time>` elements, the
 * latter weighted by what their classes and surroundings say (an entry date in
 * the article header counts, a date in a comment or teaser hardly).
 */
import type { DateCandidate } from "./date-candidates.js";
import { otherReading, parseDate, type ParseDateOptions } from "./date.js";
import { hasUpdateCue } from "./date-text.js";
import { inForeignBox, MODIFIED_MARK, PUBLISHED_MARK } from "./date-marks.js";
import type { DomDocument, DomElement } from "./dom.js";
import { normaliseLine } from "./text.js";

const SELECTOR = "time, abbr[title], [itemprop], [pubdate], .published[title], .updated[title], .entry-date[title], .dt-published[title], .dt-updated[title]";
/** hAtom and microformat classes whose `title` holds the date ("<span class=published title=2024-05-16T08:30>"). */
const TITLED_PUBLISHED = /(?:^|\s)(?:published|entry-date|dt-published)(?:$|\s)/;
const TITLED_MODIFIED = /(?:^|\s)(?:updated|dt-updated)(?:$|\s)/;
/** Pages with more dated elements than this are lists; the rest is ignored. */
const MAX_ELEMENTS = 300;
/** Longest element text read as a date. */
const MAX_TEXT_CHARS = 80;

/** Containers of the article's own text, header and byline. */
const OWN_CONTAINERS = "article, main, [class*=byline], [class*=meta], [class*=date], [class*=info]";

const WEIGHT = { itemprop: 3, created: 2.5, pubdate: 3, abbr: 3, marked: 2.5, own: 2, plain: 1.2, masthead: 0.5, foreign: 0.5, modified: 2 };

/** Class and id of an element and its parent: where pages say what a date means. */
function marks(element: DomElement): string {
  const parent = element.parentElement;
  const own = `${element.className} ${element.id}`;
  return parent ? `${own} ${parent.className} ${parent.id}` : own;
}

/** The text right before an element inside its parent ("Aktualisiert am …"). */
function textBefore(element: DomElement): string {
  const parent = element.parentElement;
  if (!parent) return "";
  const whole = normaliseLine(parent.textContent ?? "");
  const own = normaliseLine(element.textContent ?? "");
  const at = own ? whole.indexOf(own) : -1;
  return at > 0 ? whole.slice(Math.max(0, at - 40), at) : "";
}

function rawValue(element: DomElement): string | null {
  const titled = element.localName === "abbr" || (element.localName !== "time" && element.hasAttribute("title"));
  const attribute = element.getAttribute("datetime") ?? element.getAttribute("content") ?? (titled ? element.getAttribute("title") : null);
  if (attribute && attribute.trim()) return attribute;
  const text = normaliseLine(element.textContent ?? "");
  return text && text.length <= MAX_TEXT_CHARS ? text : null;
}

/** Where an element stands relative to `<header>` elements: the article's (holding the headline), the site's masthead, or none. */
function headerKind(element: DomElement): "article" | "masthead" | null {
  const header = element.closest("header");
  if (!header) return null;
  return header.querySelector("h1") !== null ? "article" : "masthead";
}

/** Weight of a dated element as publication evidence, or "modified", or null when it is no date element. */
function classify(element: DomElement): number | "modified" | null {
  const itemprop = (element.getAttribute("itemprop") ?? "").toLowerCase();
  if (itemprop === "datemodified" || itemprop === "dateupdated") return "modified";
  if (itemprop === "datepublished") return WEIGHT.itemprop;
  if (itemprop === "datecreated") return WEIGHT.created;
  if (element.hasAttribute("pubdate")) return WEIGHT.pubdate;
  const tag = element.localName;
  if (tag !== "time" && tag !== "abbr") {
    if (TITLED_MODIFIED.test(element.className)) return "modified";
    return TITLED_PUBLISHED.test(element.className) ? WEIGHT.abbr : null;
  }
  const classes = marks(element);
  if (MODIFIED_MARK.test(classes) || hasUpdateCue(textBefore(element))) return "modified";
  if (tag === "abbr") return PUBLISHED_MARK.test(element.className) || /\bdate\b/i.test(element.className) ? WEIGHT.abbr : null;
  if (inForeignBox(element)) return WEIGHT.foreign;
  if (PUBLISHED_MARK.test(classes)) return WEIGHT.marked;
  const header = headerKind(element);
  // A date in the site's masthead is the day the page was served ("Mittwoch, 1. November 2023").
  if (header === "masthead" && !element.closest("article, main")) return WEIGHT.masthead;
  return header === "article" || element.closest(OWN_CONTAINERS) ? WEIGHT.own : WEIGHT.plain;
}

/** Whether an element may carry a date: `<time>`, `<abbr>`, `pubdate`, or a date itemprop (not `<meta>`, read elsewhere). */
function isDateElement(element: DomElement): boolean {
  const tag = element.localName;
  if (tag === "meta" || tag === "link") return false;
  if (tag === "time" || tag === "abbr" || element.hasAttribute("pubdate") || element.hasAttribute("title")) return true;
  return /date/i.test(element.getAttribute("itemprop") ?? "");
}

/** Date candidates from the dated elements of a page. */
export function markupDates(doc: DomDocument, now: Date, options: ParseDateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  const elements = Array.from(doc.querySelectorAll(SELECTOR)).filter(isDateElement).slice(0, MAX_ELEMENTS);
  for (const element of elements) {
    const kind = classify(element);
    if (kind === null) continue;
    const raw = rawValue(element);
    const iso = parseDate(raw, now, options);
    if (!iso) continue;
    const alternative = otherReading(raw, iso);
    const candidate: DateCandidate = kind === "modified" ? { iso, family: "markup", weight: WEIGHT.modified, modified: true } : { iso, family: "markup", weight: kind };
    out.push(alternative ? { ...candidate, alternative } : candidate);
  }
  return out;
}
