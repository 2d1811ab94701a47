/** Calendar helpers shared by the date parsers: month names, day validation, formatting. */
import { ENGLISH_MONTHS } from "../lang/en/extract.js";
import { GERMAN_MONTHS } from "../lang/de/extract.js";
import { OTHER_MONTHS } from "../lang/intl/months.js";

/** Every month name and abbreviation pages use (lower case, without the dot) → month number; English first, then German, then others. */
export const MONTHS: Readonly<Record<string, number>> = { ...OTHER_MONTHS, ...GERMAN_MONTHS, ...ENGLISH_MONTHS };

/** Month number of a month name or abbreviation ("Mai", "Sept.", "March", "juin"), or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** Whether year/month/day name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Two-digit zero padding. */
export const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "YYYY-MM-DD", or null when the day does not exist. */
export function formatDay(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
}

const DAY_MS = 24 * 3600 * 1000;

/** The ISO day of an ISO date or date-time. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** The ISO day `delta` days after `day`. */
export function shiftDay(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}
