import { createHash } from "node:crypto";

/** A non-empty line of a body: its trimmed text and its 0-based index among all raw lines. */
export interface SourceLine {
  readonly index: number;
  readonly text: string;
  /** The line as lexicon patterns see it (see {@link matchForm}). */
  readonly form: string;
}

const LINE_BREAK = /\r\n|\r|\n/u;
const LEADING_MARKS = /^[•·▪▶►→»›>*|\-–—]+\s*/u;
const TRAILING_MARKS = /\s*[»›→▶►|:\-–—]+$/u;
const KEY_MIN = 2;
const KEY_MAX = 200;

/** The trimmed, non-empty lines of a body, each with its raw line index. */
export function splitLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  raw.split(LINE_BREAK).forEach((line, index) => {
    const text = line.trim();
    if (text !== "") lines.push({ index, text, form: matchForm(text) });
  });
  return lines;
}

/** NFC, whitespace folded, leading bullets/arrows and trailing arrows/colons stripped. */
export function matchForm(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim().replace(LEADING_MARKS, "").replace(TRAILING_MARKS, "").trim();
}

/** Lower-cased, every run of punctuation or whitespace folded to one space (for comparing lines and titles). */
export function foldLine(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The corpus-evidence key of a line: folded, digits as 0, hashed to 16 hex; null outside 2–200 chars. */
export function lineKey(line: string): string | null {
  const folded = foldLine(line).replace(/\p{N}/gu, "0");
  if (folded.length < KEY_MIN || folded.length > KEY_MAX) return null;
  return createHash("sha1").update(folded).digest("hex").slice(0, 16);
}

/** The distinct evidence keys of a body's lines, in order of first occurrence. */
export function lineKeys(raw: string): string[] {
  const keys = new Set<string>();
  for (const line of raw.split(LINE_BREAK)) {
    const key = lineKey(line);
    if (key !== null) keys.add(key);
  }
  return [...keys];
}
