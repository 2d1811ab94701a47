import { isPlausibleDate } from "../extract/date.js";
import { isValidDay } from "../extract/date-parts.js";

/** Offsets of the time zone names RFC 822 dates use. */
const ZONES: Record<string, string> = {
  UT: "+00:00", UTC: "+00:00", GMT: "+00:00", Z: "+00:00",
  EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00",
  MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00",
  CET: "+01:00", CEST: "+02:00", MEZ: "+01:00", MESZ: "+02:00",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

/** The earliest publication date metadata may give: archives of old newspapers are news too, a year 1 or 1000 is a placeholder. */
const EARLIEST = new Date(Date.UTC(1800, 0, 1));

/**
 * A date from feed or record metadata as ISO 8601: ISO input is kept (a space before the time
 * becomes "T"), RFC 822 dates ("Tue, 12 Mar 2024 14:30:00 +0100") keep their offset; null when
 * unparseable, when the day does not exist ("2024-02-30"), or when it is implausible: before 1800
 * (CMS placeholders such as "0001-01-01") or more than two days after `now`. The pipeline then
 * infers the date from the text, as for an article without one.
 */
export function toIsoDate(value: string | null | undefined, now: Date = new Date()): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = ISO.test(text) ? text.replace(" ", "T") : (fromRfc822(text) ?? fromDateParse(text));
  return iso !== null && isPlausible(iso, now) ? iso : null;
}

/** Whether the day of an ISO date exists and the date lies between 1800 and two days after `now` (isPlausibleDate, as for dates read from pages). */
function isPlausible(iso: string, now: Date): boolean {
  return isValidDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) && isPlausibleDate(iso, now, EARLIEST);
}

function pad(n: number | string, width = 2): string {
  return String(n).padStart(width, "0");
}

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase());
  if (month < 0) return null;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(m[7]);
  if (offset === null) return null;
  const iso = `${pad(year, 4)}-${pad(month + 1)}-${pad(m[1])}T${pad(m[4])}:${m[5]}:${m[6] ?? "00"}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function zoneOffset(zone: string | undefined): string | null {
  if (!zone) return "+00:00";
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONES[zone.toUpperCase()] ?? null;
}

/** Whatever else `Date.parse` reads, if the text holds a four-digit year ("Tue 5" would be 2001-05-01). */
function fromDateParse(text: string): string | null {
  if (!/(?<!\d)\d{4}(?!\d)/u.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
