/**
 * Headline cleanup: removing the site name that pages add before or after the
 * headline ("Headline – Site", "Headline | site.de", "Site: Headline"). A part
 * is only cut when it is recognisably the site (a known site name, or the
 * domain name of the page), so a headline with a dash stays whole.
 */
import { normaliseLine } from "./text.js";
import { decodeEntities } from "./entities.js";

/** A separator between headline and site name, with spaces around it. */
const SEPARATOR = /\s+(?:\||–|—|-{1,2}|·|•|»|›|::)\s+/g;
/** The first separator of a title, or a colon directly after a leading site name. */
const PREFIX = /^(.{1,60}?)(?:\s+(?:\||–|—|-{1,2}|·|•|»|›|::)\s+|:\s+)(.+)$/;

/** Labels of the host that are not the site's name. */
const HOST_NOISE = new Set(["www", "www1", "www2", "m", "mobile", "amp", "de", "en", "news", "web"]);
/** Second-level labels of country domains ("co.uk", "com.au"). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "or", "gv", "ne"]);

/** Lowercase letters and digits only, umlauts spelled out, other accents dropped: "Süddeutsche Zeitung" → "sueddeutschezeitung". */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The name part of a URL's host ("https://www.tagesschau.de/x" → {label: "tagesschau", domain: "tagesschau.de"}). */
export function hostName(url: string | null | undefined): { label: string; domain: string } | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split(".").filter(Boolean);
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1])) return null;
  let at = labels.length - 2;
  if (at >= 1 && SECOND_LEVEL.has(labels[at])) at--;
  const label = labels[at];
  if (!label || HOST_NOISE.has(label)) return null;
  return { label, domain: labels.slice(at).join(".") };
}

/** Letters a site name may have beyond its domain label ("ZEIT ONLINE" on zeit.de, "Süddeutsche Zeitung" on sueddeutsche.de). */
const MAX_EXTRA_SITE_LETTERS = 8;

/** A site name that is the start of the domain label must have this many letters and this share of the label. */
const MIN_PART_OF_LABEL = 5;
const PART_OF_LABEL_SHARE = 0.6;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Whether a title part names the site: equal to a known site name, or to the page's domain name. */
export function isSiteName(part: string, siteNames: readonly string[], url?: string | null): boolean {
  const folded = foldName(part.replace(/^(?:https?:\/\/)?(?:www\.)?/i, ""));
  if (!folded) return false;
  if (siteNames.some((name) => foldName(name) === folded)) return true;
  const host = hostName(url);
  if (!host) return false;
  const label = foldName(host.label);
  if (folded === label || folded === foldName(host.domain)) return true;
  // "Investment Watch" on investmentwatchblog.com: the name is most of the domain label.
  if (folded.length >= MIN_PART_OF_LABEL && folded.length >= label.length * PART_OF_LABEL_SHARE && label.startsWith(folded)) return true;
  const rest = folded.length - label.length;
  return label.length >= 3 && folded.includes(label) && rest <= MAX_EXTRA_SITE_LETTERS && wordCount(part) <= 3;
}

interface Split {
  head: string;
  tail: string;
  separator: string;
  /** The first part of the tail, up to the next separator ("Site" in "Headline | Site - Tagline"). */
  first: string;
}

/** The title split at each separator, last separator first. */
function splits(title: string): Split[] {
  const found = Array.from(title.matchAll(SEPARATOR)).filter((m) => m.index !== undefined);
  return found
    .map((m, i): Split => {
      const at = m.index as number;
      const next = found[i + 1]?.index ?? title.length;
      const tailStart = at + m[0].length;
      return { head: title.slice(0, at).trim(), tail: title.slice(tailStart).trim(), separator: m[0].trim(), first: title.slice(tailStart, next).trim() };
    })
    .reverse();
}

function lastSeparator(title: string): Split | null {
  return splits(title)[0] ?? null;
}

/** Longest part after a site name that is cut with it ("Headline | Site - Tagline"). */
const MAX_TAGLINE_CHARS = 60;

/**
 * Removes a site name before or after the headline (at most one each); the
 * rest is kept as written. A tagline after the site name goes with it.
 */
export function cleanTitle(title: string, siteNames: readonly string[] = [], url?: string | null): string {
  let text = normaliseLine(decodeEntities(title));
  const isSite = (part: string): boolean => isSiteName(part, siteNames, url);
  const suffix = splits(text).find((split) => split.head && isSite(split.first) && split.tail.length - split.first.length <= MAX_TAGLINE_CHARS);
  if (suffix) text = suffix.head;
  const prefix = PREFIX.exec(text);
  if (prefix && prefix[2].trim() && isSite(prefix[1])) text = prefix[2].trim();
  return text;
}

/** The part of a title (after the headline, or before it) that one of `names` or the page's domain names; null when none. */
export function titleSiteName(title: string, names: readonly string[], url?: string | null): string | null {
  const text = normaliseLine(decodeEntities(title));
  const suffix = splits(text).find((split) => split.head && isSiteName(split.first, names, url));
  if (suffix) return suffix.first;
  const prefix = PREFIX.exec(text);
  return prefix && prefix[2].trim() && isSiteName(prefix[1], names, url) ? prefix[1].trim() : null;
}

/** Longest site name that is read from a title suffix without further evidence ("Headline | Site"). */
const MAX_SUFFIX_WORDS = 4;
const MAX_SUFFIX_CHARS = 40;

/**
 * The site name a title starts or ends with, for pages that name no
 * publisher: a part that matches the domain, or a short last part after " | ".
 */
export function siteNameFromTitle(title: string, url?: string | null): string | null {
  const text = normaliseLine(decodeEntities(title));
  const prefix = PREFIX.exec(text);
  const parts = lastSeparator(text);
  if (!parts || !parts.head || !parts.tail) return null;
  const byDomain = splits(text).find((split) => split.head && isSiteName(split.first, [], url));
  if (byDomain) return byDomain.first;
  if (prefix && isSiteName(prefix[1], [], url)) return prefix[1].trim();
  const words = wordCount(parts.tail);
  const short = words <= MAX_SUFFIX_WORDS && parts.tail.length <= MAX_SUFFIX_CHARS && words < wordCount(parts.head);
  return parts.separator === "|" && short ? parts.tail : null;
}
