/**
 * Dates from page metadata as ISO 8601: a date-time keeps its offset when the
 * source gives one ("2024-05-16T08:30:00+02:00"); without an offset only the
 * day is kept ("2024-05-16"). Implausible dates (before 1990, or more than two
 * days after `now`) are rejected; web pages use a later earliest date
 * ({@link EARLIEST_WEB_DATE}).
 */
import { formatDay, monthNumber, pad2 } from "./date-parts.js";
import { findDatesInText } from "./date-text.js";

/** Offsets of the time-zone names that appear in RFC 822 dates and German pages. */
const ZONES: Readonly<Record<string, string>> = {
  z: "Z", ut: "Z", utc: "Z", gmt: "Z",
  est: "-05:00", edt: "-04:00", cst: "-06:00", cdt: "-05:00", mst: "-07:00", mdt: "-06:00", pst: "-08:00", pdt: "-07:00",
  cet: "+01:00", cest: "+02:00", mez: "+01:00", mesz: "+02:00", bst: "+01:00", wet: "Z", west: "+01:00", eet: "+02:00", eest: "+03:00",
};

const EARLIEST = Date.UTC(1990, 0, 1);
/** No web page was published before 1995 (htmldate uses the same lower bound). */
export const EARLIEST_WEB_DATE = new Date(Date.UTC(1995, 0, 1));
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,4})?)?(?![\d:])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$/;
/** Java's Date.toString(): "Tue Jul 30 09:35:14 CEST 2019". */
const JAVA = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+([A-Za-z]{1,5}|[+-]\d{4})\s+(\d{4})$/;
const RFC822 = /^(?:[A-Za-z]{2,10}\.?,?\s+)?(\d{1,2})\.?\s+([A-Za-zÄäÖöÜü]{3,10})\.?,?\s+(\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:Uhr\s*)?([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4})?)?/;

/** Normalises an offset ("+0200", "+02", "GMT", "CEST") to "+02:00" / "Z"; null when unknown. */
export function normaliseOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  const zone = ZONES[raw.toLowerCase()];
  if (zone) return zone;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  const minutes = m[3] ?? "00";
  if (Number(m[2]) > 14 || Number(minutes) > 59) return null;
  return m[2] === "00" && minutes === "00" ? "Z" : `${m[1]}${m[2]}:${minutes}`;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: string;
}

/** ISO string of date parts: with time and offset when both are known, else the day. */
function toIso(parts: DateParts): string | null {
  const day = formatDay(parts.year, parts.month, parts.day);
  if (!day) return null;
  const offset = normaliseOffset(parts.offset);
  const { hour, minute, second = 0 } = parts;
  if (offset === null || hour === undefined || minute === undefined) return day;
  if (hour > 23 || minute > 59 || second > 59) return day;
  return `${day}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${offset}`;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  return toIso({ year: +m[1], month: +m[3], day: +m[4], hour: num(m[5]), minute: num(m[6]), second: num(m[7]), offset: m[8] });
}

function fromJava(text: string): string | null {
  const m = JAVA.exec(text);
  const month = m ? monthNumber(m[1]) : null;
  if (!m || month === null) return null;
  return toIso({ year: +m[7], month, day: +m[2], hour: +m[3], minute: +m[4], second: +m[5], offset: m[6] });
}

function fromCompact(text: string): string | null {
  const m = COMPACT.exec(text);
  return m ? formatDay(+m[1], +m[2], +m[3]) : null;
}

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2]);
  if (month === null) return null;
  return toIso({ year: +m[3], month, day: +m[1], hour: num(m[4]), minute: num(m[5]), second: num(m[6]), offset: m[7] });
}

/** Milliseconds since the epoch of an ISO date or date-time made by this module. */
function instant(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/** Whether an ISO date lies between `earliest` (default 1990) and two days after `now`. */
export function isPlausibleDate(iso: string, now: Date = new Date(), earliest?: Date): boolean {
  const t = instant(iso);
  return Number.isFinite(t) && t >= (earliest?.getTime() ?? EARLIEST) && t <= now.getTime() + FUTURE_SLACK_MS;
}

/** How to parse a date value. */
export interface ParseDateOptions {
  /** Earliest plausible date (default 1990). */
  earliest?: Date;
  /** Order of an ambiguous "05/06/2024" (default day first). */
  order?: "dmy" | "mdy";
}

/**
 * Parses a date as pages write it in metadata ("2024-05-16T08:30:00+02:00",
 * "16.05.2024", "Thu, 16 May 2024 08:30:00 GMT", "16. Mai 2024", "20240516")
 * into ISO 8601; null when unparseable or implausible.
 */
export function parseDate(value: string | null | undefined, now: Date = new Date(), options: ParseDateOptions = {}): string | null {
  const text = (value ?? "").trim();
  if (!text || text.length > 200) return null;
  const iso = fromIso(text) ?? fromCompact(text) ?? fromJava(text) ?? fromRfc822(text) ?? findDatesInText(text, { order: options.order, shortYears: true })[0]?.value ?? null;
  return iso !== null && isPlausibleDate(iso, now, options.earliest) ? iso : null;
}

const AMBIGUOUS_NUMERIC = /^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)/;

/**
 * The other reading of an ambiguous numeric date ("11/01/2023" read as
 * 2023-01-11 may be 2023-11-01), or null when the value can be read only one way.
 */
export function otherReading(raw: string | null | undefined, iso: string): string | null {
  const m = AMBIGUOUS_NUMERIC.exec(raw ?? "");
  if (!m || m[1] === m[3] || Number(m[1]) > 12 || Number(m[3]) > 12) return null;
  return formatDay(Number(m[4]), Number(iso.slice(8, 10)), Number(iso.slice(5, 7)));
}
