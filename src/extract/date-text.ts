/**
 * Dates written in visible text ("16. Mai 2024", "16.05.2024", "May 16, 2024",
 * "2024-05-16") and in URL paths ("/2024/05/16/", "-20240516-").
 */
import { ENGLISH_MONTHS, ENGLISH_PUBLISH_CUES, ENGLISH_UPDATE_CUES } from "../lang/en/extract.js";
import { GERMAN_MONTHS, GERMAN_PUBLISH_CUES, GERMAN_UPDATE_CUES } from "../lang/de/extract.js";
import { formatDay, monthNumber } from "./date-parts.js";

/** A date found in text: ISO day, where it starts and how long the match is. */
export interface TextDate {
  value: string;
  index: number;
  length: number;
}

const MONTH = Object.keys({ ...GERMAN_MONTHS, ...ENGLISH_MONTHS })
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Each pattern yields day, month, year in named groups. */
const PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>(?:19|20)\d{2})(?!\d)/gu,
  new RegExp(String.raw`(?<![\d.])(?<d>\d{1,2})\.?\s*(?<m>${MONTH})\.?,?\s+(?<y>(?:19|20)\d{2})(?!\d)`, "giu"),
  new RegExp(String.raw`(?<!\p{L})(?<m>${MONTH})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?!\d)`, "giu"),
  /(?<![\d-])(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])/gu,
];

function toDay(groups: Record<string, string>): string | null {
  const month = /^\d+$/.test(groups.m) ? Number(groups.m) : monthNumber(groups.m);
  return month === null ? null : formatDay(Number(groups.y), month, Number(groups.d));
}

/** All valid calendar dates in a text, in order of appearance (overlapping matches dropped). */
export function findDatesInText(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const value = m.groups ? toDay(m.groups) : null;
      if (value !== null && m.index !== undefined) found.push({ value, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1].index + found[i - 1].length);
}

/** A cue word at the start of a word ("stand" in "Stand:", not in "Zustand"). */
const cueRegex = (cues: readonly string[]): RegExp => new RegExp(`(?<!\\p{L})(?:${cues.join("|")})`, "iu");
const UPDATE_CUE = cueRegex([...GERMAN_UPDATE_CUES, ...ENGLISH_UPDATE_CUES]);
const PUBLISH_CUE = cueRegex([...GERMAN_PUBLISH_CUES, ...ENGLISH_PUBLISH_CUES]);

/** Whether text (the words before a date) marks the date as an update ("Aktualisiert am", "Updated"). */
export function hasUpdateCue(text: string): boolean {
  return UPDATE_CUE.test(text);
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

/** The date in a URL's path ("/2024/05/16/", "/2024-05-16-titel", "artikel-20240516.html"), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of [URL_SEPARATED, URL_COMPACT]) {
    const m = pattern.exec(path);
    const day = m ? formatDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (day) return day;
  }
  return null;
}
