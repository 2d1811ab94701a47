import { publishedDateInText } from "../extract/date-text.js";
import { isPlausibleDate } from "../extract/date.js";

/** How many lines after the headline may hold the date line of a text dump. */
const HEAD_LINES = 4;
/** A date line is short: "21.07.2005, 07:00 Uhr", "Veröffentlicht am 3. Juni 2024". */
const MAX_DATE_LINE = 80;

/**
 * The publication date of a text dump, from a short date line near its top
 * (scrapers keep the site's date bar), or null. Update dates ("Aktualisiert am …") don't count.
 */
export function dateFromTextHead(body: string, now: Date = new Date()): string | null {
  const head = body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, HEAD_LINES);
  for (const line of head) {
    if (line.length > MAX_DATE_LINE) continue;
    const date = publishedDateInText(line, (iso) => isPlausibleDate(iso, now));
    if (date) return date;
  }
  return null;
}
