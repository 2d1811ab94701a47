/**
 * Markup conventions that mark non-content boxes: tags, ARIA roles and the
 * class/id words news sites use for cookie banners, comments, share buttons,
 * newsletter boxes, ads and teaser lists. (These are names in HTML, some of
 * them German, not language data for text.)
 */

/** Removed unconditionally: never text of the article. */
export const JUNK_TAGS = "script, style, noscript, template, iframe, svg, object, embed, button, select, textarea, input, link, meta";

/** Page furniture by tag or role; removed unless it holds the main text. */
export const FURNITURE_SELECTOR = [
  "form", "nav", "footer", "aside", "dialog",
  "[role=navigation]", "[role=contentinfo]", "[role=complementary]", "[role=dialog]", "[role=alertdialog]", "[role=search]",
].join(", ");

/** Class/id substrings of vendor widgets and consent tools (matched anywhere, case-insensitive). */
export const VENDOR_PATTERN = /cookie|consent|gdpr|didomi|onetrust|usercentrics|sp_message|cmpbox|truste-|outbrain|taboola|plista|ligatus|disqus|shariff/i;

/** Class/id words of boxes that are never article text (comments, sharing, newsletter, ads, navigation). */
export const STRONG_TOKENS: ReadonlySet<string> = new Set([
  "comment", "comments", "commentlist", "kommentar", "kommentare", "leserkommentare", "respond",
  "share", "sharing", "sharebar", "socialshare", "social", "socials", "teilen",
  "newsletter", "signup", "subscribe", "subscription",
  "ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "anzeige", "anzeigen", "werbung", "sponsored",
  "breadcrumb", "breadcrumbs", "pagination", "pager", "skiplink", "skiplinks", "sidebar", "navbar", "navigation", "menu",
]);

/** Class/id words of boxes that are teasers only when their text is mostly links. */
export const SOFT_TOKENS: ReadonlySet<string> = new Set([
  "related", "recommended", "recommendation", "recommendations", "empfehlung", "empfehlungen", "teaser", "teasers",
  "morearticles", "readmore", "weiterlesen", "lesetipp", "lesetipps", "tags", "taglist", "widget", "promo", "trending",
  "popular", "meistgelesen", "mostread", "topics", "themen", "more",
]);

/** Minimum share of link text for a box with a soft token to count as a teaser list. */
export const SOFT_LINK_DENSITY = 0.35;

/** Class and id of an element split into lowercase words ("articleComments__list" → article, comments, list). */
export function markupWords(className: string, id: string): string[] {
  return `${className} ${id}`
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
