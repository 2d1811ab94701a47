/**
 * Publication-date evidence and the decision between conflicting evidence.
 *
 * Every source of a page (URL, JSON-LD, meta tags, dated markup, scripts,
 * visible text) yields candidates with a weight. Sources of one family
 * usually copy each other (a CMS writes JSON-LD and meta tags from the same
 * field), so a day's support is the sum over families of the strongest
 * candidate of each family. The URL date, set when the article was created,
 * wins unless the metadata puts the publication on that day or the next.
 * A date-time in UTC near midnight may be the previous or next local day: it
 * then counts for the local day that other evidence names.
 */
import type { PublishedSource } from "../core/article.js";
import { dayOf, shiftDay } from "./date-parts.js";
import { discountLateText, discountModifiedDays, EARLIER_WEIGHT } from "./date-rules.js";

/** Where a candidate comes from. */
export type DateFamily = "url" | "jsonld" | "meta" | "markup" | "script" | "text";

/** One piece of date evidence. */
export interface DateCandidate {
  /** ISO date or date-time as written by the page (local time kept). */
  iso: string;
  family: DateFamily;
  /** Strength of the evidence for a publication date (about 1 to 3). */
  weight: number;
  /** A modification date ("dateModified", "Aktualisiert am"): only a last resort. */
  modified?: boolean;
  /** A UTC date-time in the local time of the page's time zone. */
  local?: string;
  /** The other reading of an ambiguous numeric date ("11/01/2023": 11 January or 1 November). */
  alternative?: string;
}

/** The chosen publication date and what it rests on. */
export interface PublishedDate {
  value: string;
  source: PublishedSource;
}

/** UTC times before this hour may be the previous local day (the Americas). */
const UTC_EARLY_HOUR = 10;
/** UTC times from this hour on may be the next local day (Europe, Asia). */
const UTC_LATE_HOUR = 14;


/** Whether a candidate names a local day: a plain day, or a date-time with a non-UTC offset. */
const isLocal = (iso: string): boolean => iso.length === 10 || !iso.endsWith("Z");

/** Weight of firm evidence that moves a UTC date-time or an ambiguous date to another reading. */
const MIN_SUPPORT = 2;

/**
 * The day a candidate stands for. Unless firm evidence names its own day, a
 * UTC date-time takes the day of the page's local time; an ambiguous numeric
 * date ("11/01/2023") its other reading, and a UTC date-time near midnight the
 * neighbouring day, when firm evidence names that day.
 */
function resolveDay(candidate: DateCandidate, support: ReadonlyMap<string, number>): string {
  const day = dayOf(candidate.iso);
  if (support.has(day)) return day;
  if (candidate.local) return dayOf(candidate.local);
  const strong = (other: string): boolean => (support.get(other) ?? 0) >= MIN_SUPPORT;
  if (candidate.alternative && strong(candidate.alternative)) return candidate.alternative;
  if (isLocal(candidate.iso)) return day;
  const hour = Number(candidate.iso.slice(11, 13));
  if (hour < UTC_EARLY_HOUR && strong(shiftDay(day, -1))) return shiftDay(day, -1);
  if (hour >= UTC_LATE_HOUR && strong(shiftDay(day, 1))) return shiftDay(day, 1);
  return day;
}

/** The strongest firm evidence per day: local days that can be read only one way. */
function supportOf(candidates: readonly DateCandidate[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const c of candidates) {
    if (isLocal(c.iso) && !c.alternative) weights.set(dayOf(c.iso), Math.max(c.weight, weights.get(dayOf(c.iso)) ?? 0));
  }
  return weights;
}

interface Tally {
  day: string;
  score: number;
  best: DateCandidate;
  families: DateFamily[];
}

/** Support per day: the strongest candidate of each family, summed over families. */
function tally(candidates: readonly DateCandidate[]): Tally[] {
  const support = supportOf(candidates);
  const byDay = new Map<string, Map<DateFamily, DateCandidate>>();
  for (const candidate of candidates) {
    const day = resolveDay(candidate, support);
    const families = byDay.get(day) ?? new Map<DateFamily, DateCandidate>();
    const held = families.get(candidate.family);
    if (!held || candidate.weight > held.weight) families.set(candidate.family, candidate);
    byDay.set(day, families);
  }
  return Array.from(byDay, ([day, families]) => {
    const members = Array.from(families.values());
    const score = members.reduce((sum, c) => sum + c.weight, 0);
    const best = members.reduce((a, b) => (b.weight > a.weight ? b : a));
    return { day, score, best, families: Array.from(families.keys()) };
  });
}

const FAMILY_ORDER: readonly DateFamily[] = ["url", "jsonld", "meta", "markup", "script", "text"];

function better(a: Tally, b: Tally): Tally {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  if (a.best.weight !== b.best.weight) return a.best.weight > b.best.weight ? a : b;
  return FAMILY_ORDER.indexOf(a.best.family) <= FAMILY_ORDER.indexOf(b.best.family) ? a : b;
}

/** The value to report for a chosen day: the strongest date-time (in local time where known) on that day, else the day. */
function valueFor(winner: Tally, candidates: readonly DateCandidate[]): string {
  const timed = candidates
    .flatMap((c) => [c.local, c.iso].filter((iso): iso is string => iso !== undefined && iso.length > 10 && dayOf(iso) === winner.day).map((iso) => ({ iso, weight: c.weight })))
    .sort((a, b) => b.weight - a.weight);
  return timed[0]?.iso ?? winner.day;
}

/** "text" when only the visible text names the day, else "metadata". */
const sourceOf = (winner: Tally): PublishedSource => (winner.families.every((family) => family === "text") ? "text" : "metadata");

/** Published evidence weaker than this loses to a firm modification date (a date in a sidebar against a dated update). */
const WEAK_SCORE = 1;

/** Chooses the publication date from all candidates of a page; modification dates only when nothing else is known. */
export function choosePublished(all: readonly DateCandidate[]): PublishedDate | null {
  const candidates = discountLateText(all);
  const modified = candidates.filter((c) => c.modified && c.weight > 0);
  const published = discountModifiedDays(candidates.filter((c) => !c.modified && c.weight > 0), modified);
  if (published.length === 0) return chooseModified(modified);
  const days = tally(published);
  const strongest = days.reduce(better);
  if (strongest.score < WEAK_SCORE && modified.some((c) => c.weight >= EARLIER_WEIGHT)) return chooseModified(modified);
  const fromUrl = published.find((c) => c.family === "url");
  let winner = strongest;
  if (fromUrl) {
    const urlDay = dayOf(fromUrl.iso);
    const rest = tally(published.filter((c) => c.family !== "url" && c.family !== "text"));
    const metadata = rest.length > 0 ? rest.reduce(better) : null;
    const agrees = metadata && (metadata.day === urlDay || metadata.day === shiftDay(urlDay, 1));
    winner = agrees && metadata ? metadata : days.find((t) => t.day === urlDay) ?? winner;
  }
  return { value: valueFor(winner, published), source: sourceOf(winner) };
}

function chooseModified(modified: readonly DateCandidate[]): PublishedDate | null {
  if (modified.length === 0) return null;
  const winner = tally(modified).reduce(better);
  return { value: dayOf(winner.best.iso) === winner.day ? winner.best.iso : winner.day, source: "inferred" };
}
