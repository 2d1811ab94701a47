/**
 * Normalises a body as read: CRLF/CR to LF, trailing whitespace off every line,
 * leading and trailing blank lines off, runs of three or more blank lines cut to two.
 */
export function normaliseBody(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\s\uFEFF]+$/u, ""))
    .join("\n")
    .replace(/\n{4,}/g, "\n\n\n")
    .replace(/^\n+|\n+$/g, "");
}

/** The primary subtag of a language tag, lower-case ("de-DE" -> "de"), or null when it is no language code. */
export function languageCode(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return match ? match[1].toLowerCase() : null;
}

/** A string field trimmed, with empty strings as null. */
export function cleanField(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed === "" ? null : trimmed;
}
