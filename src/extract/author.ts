/**
 * Byline cleanup: from raw byline values ("Von Anna Berger und Jan Roth,
 * 16.05.2024", "By Jane Doe | Redaktion") to person names joined by ", ".
 * Desks, agencies, dates, relative times, URLs and e-mail addresses are not
 * authors and are dropped.
 */
import {
  ENGLISH_BYLINE_PREFIXES, ENGLISH_BYLINE_TRAILERS, ENGLISH_DESK_WORDS, ENGLISH_INSTITUTION_WORDS, ENGLISH_JOB_TITLE, ENGLISH_MONTHS,
  ENGLISH_NAME_ARTICLES, ENGLISH_NAME_CONJUNCTIONS, ENGLISH_NAME_PARTICLES, ENGLISH_NEWS_AGENCIES, ENGLISH_NON_AUTHORS,
  ENGLISH_ORGANISATION_WORDS, ENGLISH_RELATIVE_TIME, ENGLISH_WEEKDAYS,
} from "../lang/en/extract.js";
import {
  GERMAN_BYLINE_PREFIXES, GERMAN_BYLINE_TRAILERS, GERMAN_DESK_WORDS, GERMAN_INSTITUTION_WORDS, GERMAN_JOB_TITLE, GERMAN_MONTHS,
  GERMAN_NAME_ARTICLES, GERMAN_NAME_CONJUNCTIONS, GERMAN_NAME_PARTICLES, GERMAN_NEWS_AGENCIES, GERMAN_NON_AUTHORS,
  GERMAN_ORGANISATION_WORDS, GERMAN_RELATIVE_TIME, GERMAN_WEEKDAYS,
} from "../lang/de/extract.js";
import { findDatesInText } from "./date-text.js";
import { decodeEntities } from "./entities.js";
import { normaliseLine } from "./text.js";
import { foldName, hostName } from "./title.js";

/** What a byline is compared against: the publisher and the page URL are not authors. */
export interface AuthorContext {
  publisher?: string | null;
  url?: string | null;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

const PREFIXES = [...GERMAN_BYLINE_PREFIXES, ...ENGLISH_BYLINE_PREFIXES].sort((a, b) => b.length - a.length);
const PREFIX = new RegExp(`^(?:${PREFIXES.map(escape).join("|")})(?:\\s*:\\s*|\\s+)`, "iu");
const TRAILERS = [...GERMAN_BYLINE_TRAILERS, ...ENGLISH_BYLINE_TRAILERS].map(escape).join("|");
/** A word that starts the date or time part after a name ("aktualisiert", "am", "updated"). */
const TRAILER = new RegExp(`(?:^|[\\s,;:.|·•–—-])(?:${TRAILERS})(?=$|[\\s,;:.|·•–—-])`, "iu");
const CONJUNCTIONS = [...GERMAN_NAME_CONJUNCTIONS, ...ENGLISH_NAME_CONJUNCTIONS].map(escape).join("|");
/** Where one byline holds several values: separators, commas and "und"/"and" between names. */
const SPLIT = new RegExp(`\\s*(?:[|·•;/,]|\\s[-–—]\\s|\\s(?:${CONJUNCTIONS})\\s)\\s*`, "iu");
const PARTICLES = new Set([...GERMAN_NAME_PARTICLES, ...ENGLISH_NAME_PARTICLES]);
const NOT_PERSONS = new Set([
  ...GERMAN_NON_AUTHORS, ...ENGLISH_NON_AUTHORS, ...GERMAN_NEWS_AGENCIES, ...ENGLISH_NEWS_AGENCIES, ...GERMAN_WEEKDAYS, ...ENGLISH_WEEKDAYS,
  ...Object.keys(GERMAN_MONTHS), ...Object.keys(ENGLISH_MONTHS),
]);
const NAME_ARTICLES = new Set([...GERMAN_NAME_ARTICLES, ...ENGLISH_NAME_ARTICLES]);

const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 5;
/** A one-word byline this short is an editor's initials ("mab", "AFP"), not a name. */
const MIN_SINGLE_WORD = 4;
/** A one-word byline in capitals up to this long is an acronym ("WABC", "NDR"). */
const MAX_ACRONYM = 6;

/** Cuts a text at the first match of a pattern, or returns it whole. */
function cutAt(text: string, at: number): string {
  return at >= 0 ? text.slice(0, at) : text;
}

const isJobTitle = (word: string): boolean => GERMAN_JOB_TITLE.test(word) || ENGLISH_JOB_TITLE.test(word);

/** The name after a job title ("Rechtsanwalt Dennis Tölle" → "Dennis Tölle"); "" when only a title is left ("Transport Correspondent"). */
function dropJobTitle(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  let last = -1;
  words.forEach((word, i) => {
    if (isJobTitle(word.replace(/[,.:;]+$/, ""))) last = i;
  });
  if (last < 0) return text;
  const rest = words.slice(last + 1);
  return rest.length >= 2 ? rest.join(" ") : "";
}

/** Strips "Von", "By", "Text:" … and what follows the name (dates, times, "aktualisiert am"). */
function stripDecoration(part: string): string {
  let text = part.trim();
  for (let i = 0; i < 3 && PREFIX.test(text); i++) text = text.replace(PREFIX, "");
  text = cutAt(text, findDatesInText(text)[0]?.index ?? -1);
  text = cutAt(text, text.search(/\d/));
  text = cutAt(text, text.search(TRAILER));
  return dropJobTitle(text.replace(/^[\s,;:.|·•–—-]+|[\s,;:|·•–—-]+$/g, "").trim());
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || PARTICLES.has(word) || /^\p{Lu}\.$/u.test(word);
}

/** Whether a part is prose or an institution: a lowercase word that is no name particle, a company word, a domain. */
function isInstitution(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.every(isNameWord) || NAME_ARTICLES.has(words[0]?.toLowerCase() ?? "")) return true;
  if (GERMAN_INSTITUTION_WORDS.test(name) || ENGLISH_INSTITUTION_WORDS.test(name)) return true;
  return GERMAN_ORGANISATION_WORDS.test(name) || ENGLISH_ORGANISATION_WORDS.test(name) || /\.[a-z]{2,4}(?:\s|$)/iu.test(name);
}

/** Whether a cleaned part looks like a person's name. */
function isPersonName(name: string, context: AuthorContext): boolean {
  if (name.length < 2 || name.length > MAX_NAME_CHARS) return false;
  if (/[\d@]|https?:|www\.|\.[a-z]{2,4}$/iu.test(name)) return false;
  if (GERMAN_RELATIVE_TIME.test(name) || ENGLISH_RELATIVE_TIME.test(name)) return false;
  if (GERMAN_DESK_WORDS.test(name) || ENGLISH_DESK_WORDS.test(name)) return false;
  const lower = name.toLowerCase().replace(/\.$/, "");
  if (NOT_PERSONS.has(lower)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || isInstitution(name) || !/\p{L}{2}/u.test(name)) return false;
  // One short word, all lowercase or all capitals, is initials or an acronym ("mab", "WABC"), not a name.
  if (words.length === 1 && (name.length < MIN_SINGLE_WORD || name === name.toLowerCase() || (name === name.toUpperCase() && name.length <= MAX_ACRONYM))) return false;
  const folded = foldName(name);
  if (context.publisher && foldName(context.publisher) === folded) return false;
  const host = hostName(context.url);
  return !host || (foldName(host.label) !== folded && foldName(host.domain) !== folded);
}

/** The person names in one raw byline value, cleaned, in order. */
export function authorNames(raw: string, context: AuthorContext = {}): string[] {
  const text = normaliseLine(decodeEntities(raw)).replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
  if (/https?:\/\/|@/.test(text) && !/\s/.test(text.trim())) return [];
  const parts = text.split(SPLIT).map(stripDecoration);
  // "Süddeutsche.de GmbH, Munich, Germany", "Departement für Wirtschaft, Bildung und Forschung": no part is a name.
  const first = parts[0].toLowerCase();
  if (parts.length > 1 && isInstitution(parts[0]) && !NOT_PERSONS.has(first)) return [];
  return parts.filter((name) => isPersonName(name, context));
}

/** Cleans byline values into "Name, Name" (duplicates dropped); null when none names a person. */
export function cleanAuthors(raws: readonly string[], context: AuthorContext = {}): string | null {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of raws) {
    for (const name of authorNames(raw, context)) {
      const key = foldName(name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return names.length > 0 ? names.join(", ") : null;
}
