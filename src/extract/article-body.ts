/**
 * The JSON-LD `articleBody` as text lines: markup inside it is converted like
 * page HTML, and a body that arrives as one long line gets its paragraph
 * breaks back from Readability's lines where the texts agree.
 */
import { parseDocument } from "./dom.js";
import { decodeEntities } from "./entities.js";
import { elementToLines, normaliseLine } from "./text.js";

const MARKUP = /<\/?(?:p|br|div|h[1-6]|li|ul|ol|span|a|strong|em|b|i|blockquote)\b[^>]*>/i;

/** Lines of a JSON-LD articleBody (plain text or HTML). */
export function articleBodyLines(raw: string): string[] {
  if (MARKUP.test(raw)) {
    const body = parseDocument(`<html><body>${raw}</body></html>`).body;
    return body ? elementToLines(body) : [];
  }
  return decodeEntities(raw).split(/\r?\n/).map(normaliseLine).filter(Boolean);
}

/** Typographic variants mapped one-to-one (offsets stay valid), so „quotes“ in HTML match "quotes" in JSON-LD. */
const VARIANTS: Readonly<Record<string, string>> = {
  "„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "–": "-", "—": "-",
};

/** The text with typographic variants unified, same length as the input. */
function matchKey(text: string): string {
  return text.replace(/[„“”«»‚‘’–—]/g, (c) => VARIANTS[c] ?? c);
}

/** A reference line is only used as a paragraph when it is this long (short lines match by chance). */
const MIN_REFERENCE_LINE = 20;

/**
 * Splits a body that is one line (or far fewer lines than the reference) at
 * the places where lines of the reference text occur in it, in order.
 */
export function alignToReference(lines: string[], reference: readonly string[]): string[] {
  if (lines.length > 1 || reference.length < 3) return lines;
  const text = lines.join(" ");
  const key = matchKey(text);
  const out: string[] = [];
  let position = 0;
  for (const line of reference) {
    if (line.length < MIN_REFERENCE_LINE) continue;
    const at = key.indexOf(matchKey(line), position);
    if (at < 0) continue;
    const gap = text.slice(position, at).trim();
    if (gap) out.push(gap);
    out.push(text.slice(at, at + line.length));
    position = at + line.length;
  }
  const rest = text.slice(position).trim();
  if (rest) out.push(rest);
  return out;
}

/** The lead paragraph is at most this far into Readability's lines. */
const MAX_LEAD_LINES = 3;
/** A line before the JSON-LD text starts counts as a lead paragraph only when it is this long (not a byline). */
const MIN_LEAD_CHARS = 60;

/**
 * Readability's lead paragraph(s) when the JSON-LD body leaves them out (many
 * sites keep the lead in `description`): long lines before the first line that
 * both texts share.
 */
export function missingLead(lines: readonly string[], reference: readonly string[]): string[] {
  const key = matchKey(lines.join(" "));
  const contained = (line: string): boolean => key.includes(matchKey(line));
  const firstShared = reference.findIndex((line) => line.length >= MIN_REFERENCE_LINE && contained(line));
  if (firstShared <= 0) return [];
  return reference.slice(0, Math.min(firstShared, MAX_LEAD_LINES)).filter((line) => line.length >= MIN_LEAD_CHARS && !contained(line));
}
