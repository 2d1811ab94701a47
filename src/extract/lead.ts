/**
 * The lead paragraph (teaser, standfirst) that many news pages place next to
 * the headline, outside the container that holds the article text, so that
 * Readability leaves it out.
 */
import type { DomDocument } from "./dom.js";
import { linkTextStats, normaliseLine } from "./text.js";

/** Class/id words of lead paragraphs. */
const LEAD_MARK = /(?:^|[\s_-])(?:lead|leadtext|intro|introduction|teaser|teasertext|summary|standfirst|excerpt|abstract|vorspann|deck|dek|subline)(?:$|[\s_-])/i;
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_CHARS = 800;
const MAX_LINK_SHARE = 0.2;
/** Only elements this close to the first `<h1>` (in document order, counting elements) are leads. */
const MAX_DISTANCE_FROM_H1 = 12;

/** The text of the lead paragraph that follows the page's first `<h1>`, or null. Read before Readability changes the page. */
export function findLead(doc: DomDocument): string | null {
  const body = doc.body;
  if (!body) return null;
  const elements = Array.from(body.querySelectorAll("*"));
  const h1 = elements.findIndex((element) => element.localName === "h1");
  if (h1 < 0) return null;
  for (const element of elements.slice(h1 + 1, h1 + 1 + MAX_DISTANCE_FROM_H1)) {
    if (!LEAD_MARK.test(`${element.className} ${element.id}`)) continue;
    if (element.querySelector("p, div, ul, ol, table, h1, h2, h3")) continue;
    const text = normaliseLine(element.textContent ?? "");
    const { total, inLinks } = linkTextStats(element);
    if (text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS && inLinks <= total * MAX_LINK_SHARE) return text;
  }
  return null;
}
