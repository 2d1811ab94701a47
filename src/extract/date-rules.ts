/**
 * Rules that lower the weight of doubtful publication-date evidence before
 * the days are tallied: generic evidence on the day of a modification, and
 * visible dates weeks after every date in the page's metadata.
 */
import type { DateCandidate } from "./date-candidates.js";
import { dayOf, shiftDay } from "./date-parts.js";

/** Evidence at least this strong names the publication explicitly (JSON-LD `datePublished`, `article:published_time`). */
const EXPLICIT_WEIGHT = 2.5;
/** Evidence for an earlier day that makes a modification day doubtful. */
export const EARLIER_WEIGHT = 2;

/**
 * Evidence that does not name the publication explicitly (`<meta name=date>`,
 * a plain date line) counts half on the day of a modification date when firm
 * evidence names an earlier day: many CMSs write the last change there.
 */
export function discountModifiedDays(published: readonly DateCandidate[], modified: readonly DateCandidate[]): DateCandidate[] {
  const modifiedDays = new Set(modified.map((c) => dayOf(c.iso)));
  if (modifiedDays.size === 0) return [...published];
  return published.map((c) => {
    const day = dayOf(c.iso);
    if (c.weight >= EXPLICIT_WEIGHT || !modifiedDays.has(day)) return c;
    const earlier = published.some((o) => dayOf(o.iso) < day && o.weight >= EARLIER_WEIGHT && !modifiedDays.has(dayOf(o.iso)));
    return earlier ? { ...c, weight: c.weight / 2 } : c;
  });
}

/** Text dates this long after the page's latest dated metadata are announcements (events, deadlines), not its date. */
const AFTER_METADATA_DAYS = 14;
const LATE_TEXT_FACTOR = 0.25;

/** Visible dates well after every date in the page's metadata count little: the page existed before them. */
export function discountLateText(candidates: readonly DateCandidate[]): DateCandidate[] {
  const metadataDays = candidates.filter((c) => c.family !== "text" && c.family !== "url").map((c) => (c.alternative && c.alternative > dayOf(c.iso) ? c.alternative : dayOf(c.iso)));
  if (metadataDays.length === 0) return [...candidates];
  const limit = shiftDay(metadataDays.reduce((a, b) => (a > b ? a : b)), AFTER_METADATA_DAYS);
  return candidates.map((c) => (c.family === "text" && dayOf(c.iso) > limit ? { ...c, weight: c.weight * LATE_TEXT_FACTOR } : c));
}

