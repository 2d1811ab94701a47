/**
 * Dates written in visible text ("16. Mai 2024", "16.05.2024", "May 16, 2024",
 * "2024-05-16", "05/16/2024") and in URL paths ("/2024/05/16/", "-20240516-").
 */
import { ENGLISH_PUBLISH_CUES, ENGLISH_UPDATE_CUES } from "../lang/en/extract.js";
import { GERMAN_PUBLISH_CUES, GERMAN_UPDATE_CUES } from "../lang/de/extract.js";
import { formatDay, MONTHS, monthNumber } from "./date-parts.js";

/** A date found in text: ISO day, where it starts and how long the match is. */
export interface TextDate {
  value: string;
  index: number;
  length: number;
}

/** How to read dates whose order the text does not tell. */
export interface TextDateOptions {
  /** Order of "05/06/2024" when both numbers could be the month: "mdy" on US-English pages, else "dmy". */
  order?: "dmy" | "mdy";
  /** Also read two-digit years ("16.05.24"): only where the text is known to be a date line. */
  shortYears?: boolean;
}

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const YEAR = "(?<y>(?:19|20)\\d{2})(?!\\d)";

/** Patterns with day, month and year in named groups (`d`, `m`, `y`). */
const ORDERED: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\d.])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?${YEAR}`, "gu"),
  new RegExp(String.raw`(?<![\d.])(?<d>\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s*(?:(?:of|de)\s+)?(?<m>${MONTH})\.?,?\s+(?:de\s+)?${YEAR}`, "giu"),
  new RegExp(String.raw`(?<!\p{L})(?<m>${MONTH})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\.?,?\s+${YEAR}`, "giu"),
  /(?<![\d/.-])(?<y>(?:19|20)\d{2})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?![\d/-]|\.\d)/gu,
  /** Chinese, Japanese and Korean: "2020年7月3日", "2020년 7월 3일". */
  /(?<!\d)(?<y>(?:19|20)\d{2})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]/gu,
];
/** Numeric dates whose order depends on the page ("05/06/2024", "05-06-2024"): groups `a`, `b`, `y`. */
const AMBIGUOUS = new RegExp(String.raw`(?<![\d/.-])(?<a>\d{1,2})(?<s>[/-])(?<b>\d{1,2})\k<s>${YEAR}(?![/-]\d)`, "gu");
/** "16.05.24": day, month and a two-digit year. */
const SHORT_YEAR = /(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<yy>\d{2})(?![\d.]|:\d)/gu;

function toDay(groups: Record<string, string>): string | null {
  const month = /^\d+$/.test(groups.m) ? Number(groups.m) : monthNumber(groups.m);
  return month === null ? null : formatDay(Number(groups.y), month, Number(groups.d));
}

/** Day of an ambiguous numeric date: the number above 12 is the day, else the page's order decides. */
function ambiguousDay(groups: Record<string, string>, order: "dmy" | "mdy"): string | null {
  const a = Number(groups.a);
  const b = Number(groups.b);
  const monthFirst = a > 12 ? false : b > 12 ? true : order === "mdy";
  return monthFirst ? formatDay(Number(groups.y), a, b) : formatDay(Number(groups.y), b, a);
}

function shortYearDay(groups: Record<string, string>): string | null {
  const yy = Number(groups.yy);
  return formatDay(yy >= 90 ? 1900 + yy : 2000 + yy, Number(groups.m), Number(groups.d));
}

function collect(text: string, pattern: RegExp, read: (groups: Record<string, string>) => string | null, found: TextDate[]): void {
  for (const m of text.matchAll(pattern)) {
    const value = m.groups ? read(m.groups) : null;
    if (value !== null && m.index !== undefined) found.push({ value, index: m.index, length: m[0].length });
  }
}

/** All valid calendar dates in a text, in order of appearance (overlapping matches dropped). */
export function findDatesInText(text: string, options: TextDateOptions = {}): TextDate[] {
  const found: TextDate[] = [];
  for (const pattern of ORDERED) collect(text, pattern, toDay, found);
  collect(text, AMBIGUOUS, (groups) => ambiguousDay(groups, options.order ?? "dmy"), found);
  if (options.shortYears) collect(text, SHORT_YEAR, shortYearDay, found);
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: TextDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.length) kept.push(date);
  }
  return kept;
}

/** A cue word at the start of a word ("stand" in "Stand:", not in "Zustand"). */
const cueRegex = (cues: readonly string[]): RegExp => new RegExp(`(?<!\\p{L})(?:${cues.join("|")})`, "iu");
const UPDATE_CUE = cueRegex([...GERMAN_UPDATE_CUES, ...ENGLISH_UPDATE_CUES]);
const PUBLISH_CUE = cueRegex([...GERMAN_PUBLISH_CUES, ...ENGLISH_PUBLISH_CUES]);

/** Whether text (the words before a date) marks the date as an update ("Aktualisiert am", "Updated"). */
export function hasUpdateCue(text: string): boolean {
  return UPDATE_CUE.test(text);
}

/** Whether text (the words before a date) marks the date as the publication ("Veröffentlicht am", "Published"). */
export function hasPublishCue(text: string): boolean {
  return PUBLISH_CUE.test(text);
}

/** How far before a date its cue word may stand. */
const CUE_WINDOW = 40;

/**
 * The publication date in a stretch of visible text: a date introduced as
 * published wins, dates introduced as updates are skipped, otherwise the
 * first date; null when none passes `accept`.
 */
export function publishedDateInText(text: string, accept: (iso: string) => boolean): string | null {
  const dates = findDatesInText(text);
  const context = (i: number): string => {
    const previousEnd = i > 0 ? dates[i - 1].index + dates[i - 1].length : 0;
    return text.slice(Math.max(previousEnd, dates[i].index - CUE_WINDOW), dates[i].index);
  };
  const candidates = dates.map((d, i) => ({ value: d.value, before: context(i) })).filter((d) => accept(d.value));
  const published = candidates.find((d) => PUBLISH_CUE.test(d.before));
  if (published) return published.value;
  return candidates.find((d) => !UPDATE_CUE.test(d.before))?.value ?? null;
}

const URL_SEPARATED = /(?:^|[/_.-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/;
const URL_COMPACT = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;
/** An archived page's address inside a web-archive URL ("/web/20130307194448/http://site.de/2008/05/…"). */
const ARCHIVED = /^\/web\/\d{8,14}[a-z_]*\/(.+)$/;

/** The path of a URL, or of the archived URL inside a web-archive address. */
function datedPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const archived = ARCHIVED.exec(parsed.pathname);
  if (!archived) return parsed.pathname;
  try {
    return new URL(/^https?:/i.test(archived[1]) ? archived[1] : `http://${archived[1]}`).pathname;
  } catch {
    return null;
  }
}

/** The date in a URL's path ("/2024/05/16/", "/2024-05-16-titel", "artikel-20240516.html"), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const path = url ? datedPath(url) : null;
  if (!path) return null;
  for (const pattern of [URL_SEPARATED, URL_COMPACT]) {
    const m = pattern.exec(path);
    const day = m ? formatDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (day) return day;
  }
  return null;
}
