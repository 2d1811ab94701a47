/**
 * Which elements are page furniture: tags, ARIA roles and the class/id words
 * news sites use for cookie banners, comments, share buttons, newsletter
 * boxes, ads and teaser lists. (Class and id words are names in HTML, some of
 * them German, not language data for text.)
 */
import { ENGLISH_AD_LABELS } from "../lang/en/extract.js";
import { GERMAN_AD_LABELS } from "../lang/de/extract.js";
import { tagOf, type DomElement } from "./dom.js";
import { amountOf, linkDensity, type TextAmount } from "./measure.js";
import { normaliseLine } from "./text.js";

/** Page furniture by tag; removed unless it holds the main text. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(["form", "nav", "footer", "aside", "dialog", "figcaption"]);

/** Page furniture by ARIA role. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set(["navigation", "contentinfo", "complementary", "dialog", "alertdialog", "search"]);

/** Class/id substrings of vendor widgets and consent tools (matched anywhere, case-insensitive). */
export const VENDOR_PATTERN =
  /cookie|consent|gdpr|didomi|onetrust|usercentrics|sp_message|cmpbox|truste-|outbrain|taboola|plista|ligatus|disqus|shariff|saboxplugin|yarpp|jp-relatedposts|sharedaddy|addtoany|a2a_kit/i;

/** Class/id words of boxes that are never article text, by what the boxes are. */
const STRONG_GROUPS: Readonly<Record<string, readonly string[]>> = {
  comments: ["comment", "comments", "commentlist", "kommentar", "kommentare", "leserkommentare", "respond"],
  sharing: ["share", "sharing", "sharebar", "socialshare", "social", "socials", "teilen"],
  newsletter: ["newsletter", "signup", "subscribe", "subscription"],
  ads: ["ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "anzeige", "anzeigen", "werbung", "sponsored"],
  navigation: ["breadcrumb", "breadcrumbs", "pagination", "pager", "skiplink", "skiplinks", "sidebar", "navbar", "navigation", "menu"],
  captions: ["caption", "captions", "figcaption", "credit", "credits", "copyright", "bildunterschrift", "bildnachweis", "bildquelle", "fotonachweis"],
  authors: ["author", "authors", "autor", "autoren", "autorin", "byline", "bio", "biography"],
  embeds: ["embed", "embedded", "oembed"],
  ratings: ["rating", "ratings", "rate", "voting"],
  related: ["related", "relatedposts", "relatedlinks", "relatedarticles"],
  footers: ["footer", "entryfooter", "postfooter", "articlefooter"],
  meta: ["meta", "utility"],
};

const NO_EXEMPTIONS: ReadonlySet<string> = new Set();

/** Class/id words of date lines ("Veröffentlicht am …", "Last updated …"): furniture inside an article container. */
export const DATE_LINE_TOKENS: ReadonlySet<string> = new Set(["dateline", "date", "datum", "timestamp", "pubdate", "published", "updated", "lastupdated"]);

/** Whether an element's class/id marks it as a date line. */
export function isDateLineMarkup(element: DomElement): boolean {
  const className = element.getAttribute("class") ?? "";
  const id = element.getAttribute("id") ?? "";
  return (className !== "" || id !== "") && markupWords(className, id).some((word) => DATE_LINE_TOKENS.has(word));
}

/** Class/id words of boxes that are teasers only when their text is mostly links. */
export const SOFT_TOKENS: ReadonlySet<string> = new Set([
  "recommended", "recommendation", "recommendations", "empfehlung", "empfehlungen", "teaser", "teasers",
  "morearticles", "readmore", "weiterlesen", "lesetipp", "lesetipps", "tags", "taglist", "widget", "promo", "trending",
  "popular", "meistgelesen", "mostread", "topics", "themen", "more",
]);

/** Minimum share of link text for a box with a soft token to count as a teaser list. */
export const SOFT_LINK_DENSITY = 0.35;

const AD_LABELS: ReadonlySet<string> = new Set([...GERMAN_AD_LABELS, ...ENGLISH_AD_LABELS]);
const MIN_AD_LABEL = Math.min(...[...AD_LABELS].map((label) => label.length));
const MAX_AD_LABEL = Math.max(...[...AD_LABELS].map((label) => label.length));

/** Class and id of an element split into lowercase words ("articleComments__list" → article, comments, list). */
export function markupWords(className: string, id: string): string[] {
  return `${className} ${id}`
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a leaf element is a small "Anzeige" / "Advertisement" label. */
function isAdLabel(element: DomElement, amount: TextAmount): boolean {
  if (amount.chars < MIN_AD_LABEL || amount.chars > MAX_AD_LABEL + 2 || element.firstElementChild !== null) return false;
  const text = normaliseLine(element.textContent ?? "").toLowerCase();
  return text.length > 0 && AD_LABELS.has(text);
}

/** What the class/id words of an element say about it: a vendor widget, the furniture groups it belongs to, a possible teaser list. */
export interface MarkupVerdict {
  vendor: boolean;
  groups: readonly string[];
  soft: boolean;
}

const NEUTRAL: MarkupVerdict = Object.freeze({ vendor: false, groups: Object.freeze([]) as readonly string[], soft: false });

/** Furniture group of each strong word. */
const GROUP_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(STRONG_GROUPS).flatMap(([group, words]) => words.map((word) => [word, group] as const)),
);

/** Verdicts by raw class/id string: pages repeat the same class names many times. */
const verdictCache = new Map<string, MarkupVerdict>();
const VERDICT_CACHE_LIMIT = 20_000;

/** What a class/id pair says about its element. */
export function markupVerdict(className: string, id: string): MarkupVerdict {
  if (className === "" && id === "") return NEUTRAL;
  const raw = `${className} ${id}`;
  const cached = verdictCache.get(raw);
  if (cached !== undefined) return cached;
  const words = markupWords(className, id);
  const groups = [...new Set(words.map((word) => GROUP_OF.get(word)).filter((group): group is string => group !== undefined))];
  const verdict: MarkupVerdict = { vendor: VENDOR_PATTERN.test(raw), groups, soft: words.some((word) => SOFT_TOKENS.has(word)) };
  if (verdictCache.size >= VERDICT_CACHE_LIMIT) verdictCache.clear();
  verdictCache.set(raw, verdict);
  return verdict;
}

/** The verdict on an element's class and id. */
export function elementVerdict(element: DomElement): MarkupVerdict {
  return markupVerdict(element.getAttribute("class") ?? "", element.getAttribute("id") ?? "");
}

/** Why an element's class/id marks it as a non-content box, or null; groups in `exempt` do not count. */
function markupReason(element: DomElement, amount: TextAmount, exempt: ReadonlySet<string>): string | null {
  const verdict = elementVerdict(element);
  if (verdict.vendor) return "vendor widget";
  const group = verdict.groups.find((g) => !exempt.has(g));
  if (group) return `${group} box`;
  if (!verdict.soft) return null;
  return amount.chars === 0 || linkDensity(amount) >= SOFT_LINK_DENSITY ? "teaser list" : null;
}

/** Why an element is page furniture (navigation, banner, comments, ads, teaser list), or null when it may be content. */
export function boilerplateReason(
  element: DomElement,
  amounts: ReadonlyMap<DomElement, TextAmount>,
  exempt: ReadonlySet<string> = NO_EXEMPTIONS,
): string | null {
  const tag = tagOf(element);
  if (FURNITURE_TAGS.has(tag)) return `<${tag}>`;
  const role = element.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return `role ${role}`;
  const amount = amountOf(amounts, element);
  if (isAdLabel(element, amount)) return "ad label";
  return markupReason(element, amount, exempt);
}
