/** Parsing of ISO 8601 dates for the `published_at` column and the since/until filters. */

const DATE_ONLY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;
const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/iu;

/** `published` as a UTC instant (ISO string), or null when it is not a valid ISO date. A date-time without zone counts as UTC. */
export function publishedInstant(published: string | null): string | null {
  if (published === null) return null;
  const value = published.trim();
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return periodStart(dateOnly)?.toISOString() ?? null;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/u.test(value)) return null;
  const zoned = HAS_ZONE.test(value) ? value.replace(/([+-]\d{2})$/u, "$1:00") : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function periodStart(match: RegExpExecArray): Date | null {
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Reject roll-overs such as 2024-02-31.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A bound of a published-date filter: the comparison and the instant to compare with. */
export interface DateBound {
  op: ">=" | "<=" | "<";
  instant: string;
}

/**
 * The bound for `since` (on or after) or `until` (on or before). A date-only
 * `until` covers its whole day, month or year. Null when the value is not an ISO date.
 */
export function dateBound(value: string, side: "since" | "until"): DateBound | null {
  const dateOnly = DATE_ONLY.exec(value.trim());
  if (dateOnly === null) {
    const instant = publishedInstant(value);
    return instant === null ? null : { op: side === "since" ? ">=" : "<=", instant };
  }
  const start = periodStart(dateOnly);
  if (start === null) return null;
  if (side === "since") return { op: ">=", instant: start.toISOString() };
  const end = new Date(start);
  if (dateOnly[3] !== undefined) end.setUTCDate(end.getUTCDate() + 1);
  else if (dateOnly[2] !== undefined) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return { op: "<", instant: end.toISOString() };
}
