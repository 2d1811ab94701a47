/**
 * The publication date of a page from all its evidence: the URL, JSON-LD,
 * meta tags, dated markup, data layers in scripts and the visible text (see
 * date-candidates.ts for how conflicting evidence is decided). Modification
 * dates are used only when a page shows no other date, and are then marked
 * as inferred.
 */
import { choosePublished, type DateCandidate, type PublishedDate } from "./date-candidates.js";
import { EARLIEST_WEB_DATE, isPlausibleDate, type ParseDateOptions } from "./date.js";
import { jsonLdDates } from "./date-jsonld.js";
import { MODIFIED_MARK } from "./date-marks.js";
import { markupDates } from "./date-markup.js";
import { metaDates } from "./date-meta.js";
import { scriptDates } from "./date-script.js";
import { dateFromUrl } from "./date-text.js";
import { visibleDates } from "./date-visible.js";
import { toLocalTime } from "./date-zone.js";
import type { DomDocument } from "./dom.js";
import type { JsonLd } from "./jsonld.js";
import type { MetaTable } from "./meta.js";
import { normaliseLine } from "./text.js";

export type { PublishedDate } from "./date-candidates.js";

/** What the date search knows about the page besides its document. */
export interface PublishedContext {
  /** Canonical and fetched URL of the page. */
  urls: readonly (string | null)[];
  /** The page's headline: the date line stands near it. */
  title: string | null;
  /** How the page orders ambiguous numeric dates ("05/06/2024"). */
  order: "dmy" | "mdy";
  /** Dates after `now` (plus slack) are implausible. */
  now: Date;
  /** Time zones the page is published in (see date-zone.ts): UTC date-times are read in their local time. */
  zones?: readonly string[];
}

const URL_WEIGHT = 3;

function urlDates(urls: readonly (string | null)[], now: Date): DateCandidate[] {
  for (const url of urls) {
    const day = dateFromUrl(url);
    if (day && isPlausibleDate(day, now, EARLIEST_WEB_DATE)) return [{ iso: day, family: "url", weight: URL_WEIGHT }];
  }
  return [];
}

/** All date candidates of a page. */
export function publishedCandidates(doc: DomDocument, ld: JsonLd, meta: MetaTable, context: PublishedContext): DateCandidate[] {
  const options: ParseDateOptions = { earliest: EARLIEST_WEB_DATE, order: context.order };
  const { now } = context;
  const candidates = [
    ...urlDates(context.urls, now),
    ...jsonLdDates(ld, now, options),
    ...metaDates(meta, now, options),
    ...markupDates(doc, now, options),
    ...scriptDates(doc, now, options),
    ...visibleDates(doc, { title: context.title, order: context.order, now, earliest: EARLIEST_WEB_DATE }),
  ];
  const zones = context.zones ?? [];
  if (zones.length === 0) return candidates;
  return candidates.map((c) => {
    const local = toLocalTime(c.iso, zones);
    return local === c.iso ? c : { ...c, local };
  });
}

/** The publication date of a page and its source; null when the page shows no plausible date. */
export function findPublished(doc: DomDocument, ld: JsonLd, meta: MetaTable, context: PublishedContext): PublishedDate | null {
  return choosePublished(publishedCandidates(doc, ld, meta, context));
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
