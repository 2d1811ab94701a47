/**
 * The publication date of a page from its metadata, best source first:
 * JSON-LD `datePublished`/`dateCreated`, publication meta tags, `<time>`
 * elements that mark a publication, then the URL. Modification dates are
 * never used.
 */
import { parseDate } from "./date.js";
import { dateFromUrl, hasUpdateCue } from "./date-text.js";
import type { DomDocument, DomElement } from "./dom.js";
import { ldString, ldTypes, type JsonLd } from "./jsonld.js";
import { metaValues, type MetaTable } from "./meta.js";
import { normaliseLine } from "./text.js";

/** Meta keys that name the publication date (lowercase), best first. */
const PUBLISHED_META = [
  "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
  "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
  "date.publication", "sailthru.date", "parsely-pub-date", "article.published", "published_time", "publication_date",
];

/** JSON-LD types besides articles whose `datePublished` is the page's. */
const PAGE_TYPES = new Set(["webpage", "itempage", "newsmediaorganization-page", "mediaobject"]);

const MODIFIED_MARK = /updat|modif|edited|aktualis|geaendert|changed/i;
const PUBLISHED_MARK = /publish|pubdate|created|posted|veroeffentl|erschienen|date-?line/i;
const FOREIGN = "aside, nav, footer, [class*=comment], [class*=related], [class*=teaser]";

function fromJsonLd(ld: JsonLd, now: Date): string | null {
  const objects = ld.article ? [ld.article] : ld.objects.filter((o) => ldTypes(o).some((t) => PAGE_TYPES.has(t)));
  for (const object of objects) {
    for (const key of ["datePublished", "dateCreated"]) {
      const date = parseDate(ldString(object[key]), now);
      if (date) return date;
    }
  }
  return null;
}

function fromMeta(meta: MetaTable, now: Date): string | null {
  for (const value of metaValues(meta, PUBLISHED_META)) {
    const date = parseDate(value, now);
    if (date) return date;
  }
  return null;
}

/** Class, id and itemprop of an element and its parent: where pages say what a date means. */
function marks(element: DomElement): string {
  const parent = element.parentElement;
  const own = `${element.className} ${element.id} ${element.getAttribute("itemprop") ?? ""}`;
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

/** How strongly a dated element claims to be the publication date; null when it is an update. */
function timeScore(element: DomElement): number | null {
  const itemprop = (element.getAttribute("itemprop") ?? "").toLowerCase();
  if (itemprop === "datemodified" || MODIFIED_MARK.test(marks(element)) || hasUpdateCue(textBefore(element))) return null;
  let score = 0;
  if (itemprop === "datepublished" || itemprop === "datecreated") score += 4;
  if (element.hasAttribute("pubdate")) score += 4;
  if (PUBLISHED_MARK.test(marks(element))) score += 2;
  if (element.closest("article, header, [class*=byline], [class*=meta]")) score += 1;
  if (element.closest(FOREIGN)) score -= 3;
  return score;
}

function fromTimeElements(doc: DomDocument, now: Date): string | null {
  let best: { date: string; score: number } | null = null;
  for (const element of Array.from(doc.querySelectorAll("time, [itemprop=datePublished], [itemprop=dateCreated]"))) {
    if (element.localName === "meta") continue;
    const raw = element.getAttribute("datetime") ?? element.getAttribute("content") ?? element.textContent ?? "";
    const date = parseDate(raw, now);
    const score = date ? timeScore(element) : null;
    if (date && score !== null && (best === null || score > best.score)) best = { date, score };
  }
  return best?.date ?? null;
}

/** Longest text of an element that is only a modification note ("Aktualisiert am 20.05.2024, 10:12 Uhr"). */
const MAX_UPDATE_NOTE_CHARS = 80;

/**
 * Removes the elements that show a modification date (`itemprop=dateModified`,
 * `<time class="updated">`), so the search for a date in the visible text
 * cannot take them for the publication date.
 */
export function removeUpdateNotes(doc: DomDocument): void {
  for (const element of Array.from(doc.querySelectorAll("[itemprop=dateModified], time, [class*=updated], [class*=modified]"))) {
    if (element.localName === "meta" || normaliseLine(element.textContent ?? "").length > MAX_UPDATE_NOTE_CHARS) continue;
    const itemprop = (element.getAttribute("itemprop") ?? "").toLowerCase();
    if (itemprop === "datemodified" || MODIFIED_MARK.test(`${element.className} ${element.id}`)) element.remove();
  }
}

/** The publication date from metadata, `<time>` elements or the URL; null when none is found. */
export function findPublished(doc: DomDocument, ld: JsonLd, meta: MetaTable, urls: readonly (string | null)[], now: Date): string | null {
  const fromUrls = (): string | null => {
    for (const url of urls) {
      const date = dateFromUrl(url);
      if (date && parseDate(date, now)) return date;
    }
    return null;
  };
  return fromJsonLd(ld, now) ?? fromMeta(meta, now) ?? fromTimeElements(doc, now) ?? fromUrls();
}
