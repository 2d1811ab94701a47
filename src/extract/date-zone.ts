/**
 * Local time of UTC timestamps. Pages often write their dates in UTC
 * ("2024-05-16T22:30:00Z"), while readers see the local day (17 May in
 * Berlin). When the page's language tag or country domain places it in one
 * time zone (or in several that agree on the day), a UTC date-time is
 * rewritten in that zone's local time, offset included.
 */

/** Time zones of language tags (lowercase, "-" separated): regional tags, and languages spoken in one zone. */
const ZONES_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  de: ["Europe/Berlin"], "de-de": ["Europe/Berlin"], "de-at": ["Europe/Vienna"], "de-ch": ["Europe/Zurich"], "de-lu": ["Europe/Luxembourg"],
  "en-us": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
  "en-gb": ["Europe/London"], "en-ie": ["Europe/Dublin"], "en-ca": ["America/Toronto", "America/Vancouver"],
  "en-au": ["Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Perth"], "en-nz": ["Pacific/Auckland"],
  "en-in": ["Asia/Kolkata"], "en-za": ["Africa/Johannesburg"], "en-sg": ["Asia/Singapore"],
  fr: ["Europe/Paris"], "fr-fr": ["Europe/Paris"], "fr-be": ["Europe/Brussels"], "fr-ch": ["Europe/Zurich"], "fr-ca": ["America/Toronto"],
  it: ["Europe/Rome"], nl: ["Europe/Amsterdam"], pl: ["Europe/Warsaw"], cs: ["Europe/Prague"], da: ["Europe/Copenhagen"],
  sv: ["Europe/Stockholm"], nb: ["Europe/Oslo"], nn: ["Europe/Oslo"], no: ["Europe/Oslo"], fi: ["Europe/Helsinki"], el: ["Europe/Athens"],
  hu: ["Europe/Budapest"], sk: ["Europe/Bratislava"], sl: ["Europe/Ljubljana"], hr: ["Europe/Zagreb"], bs: ["Europe/Sarajevo"],
  "es-es": ["Europe/Madrid"], "pt-pt": ["Europe/Lisbon"], tr: ["Europe/Istanbul"], ja: ["Asia/Tokyo"], ko: ["Asia/Seoul"],
  "zh-cn": ["Asia/Shanghai"], "zh-tw": ["Asia/Taipei"],
};

/** Time zones of country domains. */
const ZONES_BY_DOMAIN: Readonly<Record<string, readonly string[]>> = {
  de: ["Europe/Berlin"], at: ["Europe/Vienna"], ch: ["Europe/Zurich"], li: ["Europe/Vaduz"], lu: ["Europe/Luxembourg"],
  uk: ["Europe/London"], ie: ["Europe/Dublin"], fr: ["Europe/Paris"], it: ["Europe/Rome"], nl: ["Europe/Amsterdam"],
  be: ["Europe/Brussels"], pl: ["Europe/Warsaw"], cz: ["Europe/Prague"], dk: ["Europe/Copenhagen"], se: ["Europe/Stockholm"],
  no: ["Europe/Oslo"], fi: ["Europe/Helsinki"], es: ["Europe/Madrid"], pt: ["Europe/Lisbon"], gr: ["Europe/Athens"],
  jp: ["Asia/Tokyo"], kr: ["Asia/Seoul"], nz: ["Pacific/Auckland"],
};

/** The time zones a page's language tags or URL place it in; empty when they do not tell. */
export function pageZones(languageTags: readonly string[], url: string | null | undefined): readonly string[] {
  for (const tag of languageTags) {
    const zones = ZONES_BY_TAG[tag.trim().toLowerCase().replace(/_/g, "-")];
    if (zones) return zones;
  }
  let host = "";
  try {
    host = url ? new URL(url).hostname : "";
  } catch {
    host = "";
  }
  return ZONES_BY_DOMAIN[host.split(".").pop() ?? ""] ?? [];
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat | null {
  let f = formats.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    } catch {
      return null;
    }
    formats.set(zone, f);
  }
  return f;
}

/** Local date and time of an instant in a zone: "2024-05-17T00:30:00". */
function localTime(instant: Date, zone: string): string | null {
  const f = format(zone);
  if (!f) return null;
  const parts: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

function offsetOf(local: string, instant: Date): string {
  const minutes = Math.round((Date.parse(`${local}Z`) - instant.getTime()) / 60000);
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * A UTC date-time ("…Z") in the local time of the page's zones, when all of
 * them agree on the day (the first zone's time and offset); other values unchanged.
 */
export function toLocalTime(iso: string, zones: readonly string[]): string {
  if (zones.length === 0 || iso.length <= 10 || !iso.endsWith("Z")) return iso;
  const instant = new Date(iso);
  if (!Number.isFinite(instant.getTime())) return iso;
  const locals = zones.map((zone) => localTime(instant, zone));
  if (locals.some((local) => local === null || local.slice(0, 10) !== locals[0]?.slice(0, 10))) return iso;
  const local = locals[0] as string;
  return `${local}${offsetOf(local, instant)}`;
}
