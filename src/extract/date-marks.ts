/**
 * What class names, ids and tags say about a date element: an update, a
 * publication, or a box of other content (comments, teasers, navigation).
 * `<body>` and `<html>` are never a box: their classes describe the page
 * ("no-sidebars", "page-node-teaser").
 */
import type { DomElement } from "./dom.js";

/** Class or id words of a modification date. */
export const MODIFIED_MARK = /updat|modif|edited|aktualis|geaendert|changed|lastmod/i;
/** Class or id words of a publication date. */
export const PUBLISHED_MARK = /publish|pubdate|created|posted|entry-?date|post-?date|veroeffentl|erschienen|date-?line|dt-published/i;
/** Class or id words of boxes that hold other articles, readers' comments or site furniture. */
export const FOREIGN_MARK =
  /comment|kommentar|related|teaser|sidebar|widget|recommend|empfehl|ticker|most-?read|meistgelesen|popular|breadcrumb|navigation|(?:^|[\s_-])nav(?:$|[\s_-])|menu|calendar|kalender/i;
const FOREIGN_TAGS = new Set(["aside", "nav", "menu"]);
const PAGE_TAGS = new Set(["body", "html"]);
/** How many ancestors are checked. */
const MAX_ANCESTORS = 12;

/** Class and id of an element as one string. */
export function marksOf(element: DomElement): string {
  return `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
}

/** Whether an element itself is a box of other content (by tag, class or id). */
export function isForeignBox(element: DomElement): boolean {
  if (PAGE_TAGS.has(element.localName)) return false;
  return FOREIGN_TAGS.has(element.localName) || element.localName === "footer" || FOREIGN_MARK.test(marksOf(element));
}

/** Whether an element stands inside a box of other content. */
export function inForeignBox(element: DomElement): boolean {
  let current: DomElement | null = element;
  for (let i = 0; current && i < MAX_ANCESTORS; i++, current = current.parentElement) {
    if (isForeignBox(current)) return true;
  }
  return false;
}
