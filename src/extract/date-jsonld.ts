/**
 * Publication-date candidates from schema.org JSON-LD: the article's
 * `datePublished` (also when a CMS puts it on the `mainEntityOfPage` object
 * instead), the page objects (WebPage, HowTo, Recipe, VideoObject …) when the
 * page has no article, and `dateModified` as a modification date.
 */
import type { DateCandidate } from "./date-candidates.js";
import { parseDate, type ParseDateOptions } from "./date.js";
import { asList, isObject, ldString, ldTypes, resolve, type JsonLd, type JsonObject } from "./jsonld.js";

/** Keys of a date and how strongly each names the publication. */
const PUBLISHED_KEYS: ReadonlyArray<readonly [string, number]> = [["datePublished", 3], ["dateCreated", 2.5], ["uploadDate", 2]];
const MODIFIED_KEYS = ["dateModified"];
/** Weight of a page object's date against the article's own. */
const PAGE_OBJECT_FACTOR = 0.7;
/** Types whose dates are not the page's (an image's upload, an event's start). */
const MEDIA_TYPES = new Set(["imageobject", "person", "organization", "newsmediaorganization", "breadcrumblist", "listitem", "searchaction"]);

function datesOf(object: JsonObject, factor: number, now: Date, options: ParseDateOptions, out: DateCandidate[]): void {
  for (const [key, weight] of PUBLISHED_KEYS) {
    const iso = parseDate(ldString(object[key]), now, options);
    if (iso) out.push({ iso, family: "jsonld", weight: weight * factor });
  }
  for (const key of MODIFIED_KEYS) {
    const iso = parseDate(ldString(object[key]), now, options);
    if (iso) out.push({ iso, family: "jsonld", weight: 2 * factor, modified: true });
  }
}

/** Objects that stand for the article's page: its `mainEntityOfPage`, and pages whose `mainEntity` is the article. */
function articlePages(article: JsonObject, ld: JsonLd): JsonObject[] {
  const pages = asList(article.mainEntityOfPage).map((value) => resolve(value, ld)).filter(isObject);
  const id = article["@id"];
  for (const object of ld.pageObjects) {
    const main = asList(object.mainEntity).map((value) => resolve(value, ld));
    if (main.some((value) => value === article || (isObject(value) && typeof id === "string" && value["@id"] === id))) pages.push(object);
  }
  return pages;
}

/** A date value in a JSON-LD block that is not valid JSON. */
const UNPARSED_PAIR = /"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]{8,40})"/g;
/** Dates read by pattern from broken JSON-LD count less: the object they belong to is unknown. */
const UNPARSED_FACTOR = 0.9;

function unparsedDates(ld: JsonLd, now: Date, options: ParseDateOptions, out: DateCandidate[]): void {
  for (const text of ld.unparsed) {
    for (const m of text.matchAll(UNPARSED_PAIR)) {
      const iso = parseDate(m[2], now, options);
      if (!iso) continue;
      const weight = (PUBLISHED_KEYS.find(([key]) => key === m[1])?.[1] ?? 2) * UNPARSED_FACTOR;
      out.push({ iso, family: "jsonld", weight, ...(m[1] === "dateModified" ? { modified: true } : {}) });
    }
  }
}

/** Date candidates from the JSON-LD of a page. */
export function jsonLdDates(ld: JsonLd, now: Date, options: ParseDateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  unparsedDates(ld, now, options, out);
  if (ld.article) {
    datesOf(ld.article, 1, now, options, out);
    for (const page of articlePages(ld.article, ld)) datesOf(page, 1, now, options, out);
    if (out.some((candidate) => !candidate.modified)) return out;
  }
  for (const object of ld.pageObjects) {
    if (object === ld.article || ldTypes(object).some((type) => MEDIA_TYPES.has(type))) continue;
    datesOf(object, PAGE_OBJECT_FACTOR, now, options, out);
  }
  return out;
}
