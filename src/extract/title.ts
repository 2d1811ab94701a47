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

/** Lowercase letters and digits only, umlauts spelled out: "Süddeutsche Zeitung" → "sueddeutschezeitung". */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");
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

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Whether a title part names the site: equal to a known site name, or to the page's domain name. */
export function isSiteName(part: string, siteNames: readonly string[], url?: string | null): boolean {
  const folded = foldName(part);
  if (!folded) return false;
  if (siteNames.some((name) => foldName(name) === folded)) return true;
  const host = hostName(url);
  if (!host) return false;
  const label = foldName(host.label);
  if (folded === label || folded === foldName(host.domain)) return true;
  const rest = folded.length - label.length;
  return label.length >= 3 && folded.includes(label) && rest <= MAX_EXTRA_SITE_LETTERS && wordCount(part) <= 3;
}

function lastSeparator(title: string): { head: string; tail: string; separator: string } | null {
  let last: RegExpMatchArray | null = null;
  for (const m of title.matchAll(SEPARATOR)) last = m;
  if (!last || last.index === undefined) return null;
  return { head: title.slice(0, last.index).trim(), tail: title.slice(last.index + last[0].length).trim(), separator: last[0].trim() };
}

/** Removes a site name before or after the headline (at most one each); the rest is kept as written. */
export function cleanTitle(title: string, siteNames: readonly string[] = [], url?: string | null): string {
  let text = normaliseLine(decodeEntities(title));
  const isSite = (part: string): boolean => isSiteName(part, siteNames, url);
  const suffix = lastSeparator(text);
  if (suffix && suffix.head && isSite(suffix.tail)) text = suffix.head;
  const prefix = PREFIX.exec(text);
  if (prefix && prefix[2].trim() && isSite(prefix[1])) text = prefix[2].trim();
  return text;
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
  if (isSiteName(parts.tail, [], url)) return parts.tail;
  if (prefix && isSiteName(prefix[1], [], url)) return prefix[1].trim();
  const words = wordCount(parts.tail);
  const short = words <= MAX_SUFFIX_WORDS && parts.tail.length <= MAX_SUFFIX_CHARS && words < wordCount(parts.head);
  return parts.separator === "|" && short ? parts.tail : null;
}
