/**
 * Publication-date candidates from the visible text of a page, the evidence
 * readers see. Every date in the mapped text (date-textmap.ts) is described by
 * a few features: a label before it ("Veröffentlicht am", "Datum:"), a date
 * or byline element around it, a short line of its own, its place relative to
 * the headline, a box of other content (comments, teasers, navigation) or a
 * footer around it, a range ("vom 6. bis 7. März"), a time after it, its place
 * in a list of dates. A linear score of the features gives its weight. Dates
 * introduced as updates ("Aktualisiert am", "Stand:") become modification
 * dates; dates after "Mitglied seit", "geboren" are not the page's.
 */
import { ENGLISH_COMMENT_CUES, ENGLISH_DATE_LABELS, ENGLISH_OTHER_DATE_CUES, ENGLISH_RANGE_CUES } from "../lang/en/extract.js";
import { GERMAN_COMMENT_CUES, GERMAN_DATE_LABELS, GERMAN_OTHER_DATE_CUES, GERMAN_RANGE_CUES } from "../lang/de/extract.js";
import type { DateCandidate } from "./date-candidates.js";
import { isPlausibleDate } from "./date.js";
import { findDatesInText, hasPublishCue, hasUpdateCue } from "./date-text.js";
import { DATED, flagsAt, FOOTER, FOREIGN, headline, mapText, MODIFIED, type TextMap } from "./date-textmap.js";
import type { DomDocument } from "./dom.js";

/** Dates weighed per page. */
const MAX_DATES = 80;
/** Characters before a date searched for a label. */
const CUE_WINDOW = 45;
/** A line this short is a date line, not prose. */
const SHORT_LINE = 60;
/** How far after the end of the headline a date still counts as its date line. */
const AFTER_HEADLINE = 600;
/** How far before the headline a date (kicker, date bar) still counts as near it. */
const BEFORE_HEADLINE = 300;
/** A list: at least this many different days found in the same kind of place. */
const LIST_SIZE = 3;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const words = (list: readonly string[]): string => list.map(escape).join("|");
const DATE_LABEL = new RegExp(`(?<!\\p{L})(?:${words([...GERMAN_DATE_LABELS, ...ENGLISH_DATE_LABELS])})\\s*:?\\s*$`, "iu");
const RANGE_BEFORE = new RegExp(`(?<!\\p{L})(?:${words([...GERMAN_RANGE_CUES, ...ENGLISH_RANGE_CUES])})(?:\\s+(?:dem|the))?\\s*$`, "iu");
const RANGE_AFTER = /^\s*(?:bis|to|until|till|–|—|-)\s*\d/iu;
/** "Jonas sagt: 16. August 2023 um 21:12": the date of a reader's comment (the colon tells it from a headline ending in "says"). */
const COMMENT_DATE = new RegExp(`(?<!\\p{L})(?:${words([...GERMAN_COMMENT_CUES, ...ENGLISH_COMMENT_CUES])})\\s*:\\s*(?:(?:am|on)\\s+)?$`, "iu");
const OTHER_DATE = new RegExp(`(?<!\\p{L})(?:${words([...GERMAN_OTHER_DATE_CUES, ...ENGLISH_OTHER_DATE_CUES])})(?!\\p{L})[^\\p{L}\\d]{0,12}(?:(?:am|on|the|dem)\\s+)?$`, "iu");
const COPYRIGHT = /(?:©|\(c\)|copyright)[^\n]{0,25}$/iu;
/** A clock time right after a date ("16.05.2024, 08:30 Uhr", "May 16, 2024 at 8:30 am"). */
const TIME_AFTER = /^[\s,|·–-]*(?:um|at|@)?\s*\d{1,2}[:.h]\d{2}(?!\d)/iu;

/** What is known about one date in the visible text (each 0 or 1). */
export interface DateFeatures {
  publishCue: number;
  dateLabel: number;
  dated: number;
  short: number;
  afterHeadline: number;
  nearBeforeHeadline: number;
  farBeforeHeadline: number;
  foreign: number;
  footer: number;
  range: number;
  withTime: number;
  laterInList: number;
}

/** A date of the visible text and what surrounds it. */
export interface VisibleDate {
  iso: string;
  /** "published": a candidate; "modified": introduced as an update; "copyright": after a © sign. */
  kind: "published" | "modified" | "copyright";
  features: DateFeatures;
}

/** Options of the visible-date search. */
export interface VisibleDateOptions {
  /** The page's headline, to find the date line under it. */
  title: string | null;
  order: "dmy" | "mdy";
  now: Date;
  earliest: Date;
}

interface Found {
  value: string;
  index: number;
  length: number;
  line: string;
}

/** Every plausible date of the mapped text with the line it stands on. */
function datesOf(map: TextMap, options: VisibleDateOptions): Found[] {
  const found: Found[] = [];
  let start = 0;
  for (const line of map.text.split("\n")) {
    if (/\d/.test(line)) {
      const shortYears = line.trim().length <= SHORT_LINE;
      for (const date of findDatesInText(line, { order: options.order, shortYears })) {
        if (isPlausibleDate(date.value, options.now, options.earliest)) found.push({ ...date, index: start + date.index, line: line.trim() });
      }
    }
    start += line.length + 1;
    if (found.length >= MAX_DATES) break;
  }
  return found;
}

const bit = (value: boolean | number): number => (value ? 1 : 0);

/** Marks the dates of lists (many different days in the same kind of place) after the first: teasers, archives, events. */
function markLists(dates: VisibleDate[]): void {
  const kindOf = (f: DateFeatures): string => [f.publishCue, f.dateLabel, f.dated, f.short, f.foreign, f.footer, f.withTime].join("");
  const days = new Map<string, Set<string>>();
  for (const date of dates) if (date.kind === "published") days.set(kindOf(date.features), (days.get(kindOf(date.features)) ?? new Set()).add(date.iso));
  const seen = new Set<string>();
  for (const date of dates) {
    if (date.kind !== "published") continue;
    const kind = kindOf(date.features);
    if (seen.has(kind) && (days.get(kind)?.size ?? 0) >= LIST_SIZE) date.features.laterInList = 1;
    seen.add(kind);
  }
}

/** Every date of a page's visible text with its features, in order. */
export function visibleDateFeatures(doc: DomDocument, options: VisibleDateOptions): VisibleDate[] {
  if (!doc.body) return [];
  const map = mapText(doc.body);
  const head = headline(map, options.title);
  const found = datesOf(map, options);
  const dates: VisibleDate[] = [];
  found.forEach((date, i) => {
    const previousEnd = i > 0 ? found[i - 1].index + found[i - 1].length : 0;
    const before = map.text.slice(Math.max(previousEnd, date.index - CUE_WINDOW), date.index);
    if (OTHER_DATE.test(before) || COMMENT_DATE.test(before)) return;
    const after = map.text.slice(date.index + date.length, date.index + date.length + 20);
    const flags = flagsAt(map, date.index);
    const publishCue = hasPublishCue(before);
    const features: DateFeatures = {
      publishCue: bit(publishCue),
      dateLabel: bit(!publishCue && DATE_LABEL.test(before)),
      dated: bit(flags & DATED),
      short: bit(date.line.length <= SHORT_LINE),
      afterHeadline: bit(head !== null && date.index >= head.end && date.index - head.end <= AFTER_HEADLINE),
      nearBeforeHeadline: bit(head !== null && date.index < head.start && head.start - date.index <= BEFORE_HEADLINE),
      farBeforeHeadline: bit(head !== null && head.start - date.index > BEFORE_HEADLINE),
      foreign: bit(flags & FOREIGN),
      footer: bit(flags & FOOTER),
      range: bit(RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)),
      withTime: bit(TIME_AFTER.test(after)),
      laterInList: 0,
    };
    const kind = COPYRIGHT.test(before) ? "copyright" : hasUpdateCue(before) || flags & MODIFIED ? "modified" : "published";
    dates.push({ iso: date.value, kind, features });
  });
  markLists(dates);
  return dates;
}

/** Weights of the features (log-odds that a date is the page's publication date). */
const FEATURE_WEIGHTS: Readonly<DateFeatures> = {
  publishCue: 1.5, dateLabel: 0.5, dated: 0.85, short: 1.35, afterHeadline: 2.1, nearBeforeHeadline: 1.2, farBeforeHeadline: -0.5,
  foreign: -1, footer: -0.4, range: -0.7, withTime: 0.3, laterInList: -1.9,
};
const BIAS = 0;
/** Candidates weigh at most this much: visible text alone does not outvote an article's explicit metadata. */
const MAX_WEIGHT = 3;
const MIN_WEIGHT = 0.1;
/** A full date after a copyright sign is the page's generation time: a last resort. */
const COPYRIGHT_WEIGHT = 0.1;
const MODIFIED_WEIGHT = 1.5;
const FOREIGN_MODIFIED_WEIGHT = 0.5;

/** The weight of a date from its features. */
export function visibleWeight(features: DateFeatures): number {
  let score = BIAS;
  for (const key of Object.keys(FEATURE_WEIGHTS) as Array<keyof DateFeatures>) score += FEATURE_WEIGHTS[key] * features[key];
  return Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, score));
}

/** Date candidates from the visible text of a page. */
export function visibleDates(doc: DomDocument, options: VisibleDateOptions): DateCandidate[] {
  return visibleDateFeatures(doc, options).map(({ iso, kind, features }): DateCandidate => {
    if (kind === "copyright") return { iso, family: "text", weight: COPYRIGHT_WEIGHT };
    if (kind === "modified") return { iso, family: "text", weight: features.foreign ? FOREIGN_MODIFIED_WEIGHT : MODIFIED_WEIGHT, modified: true };
    return { iso, family: "text", weight: visibleWeight(features) };
  });
}
