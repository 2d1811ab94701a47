/**
 * Pairs of quotation marks: „…“, "…", »…«, «…», “…”, ‚…‘ (top level only;
 * marks nested inside a pair are left to it). A pair never crosses a line;
 * an opening mark left open at the end of a line is closed there when the
 * quoted text is a sentence of its own (quotes that run over a paragraph).
 */
import type { Span } from "../../core/article.js";

export interface QuotePair extends Span {
  /** Start and end of the quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** True when the closing mark was missing and the line end closed the pair. */
  open: boolean;
}

/** Opening marks and the closing marks each accepts. */
const CLOSERS: Record<string, string> = {
  "„": "“”\"",
  // Scraped English text mixes typographic and straight marks: “…," Trump said; "…” she said.
  "\"": "\"”",
  "»": "«",
  "«": "»",
  "“": "”\"",
  "‚": "‘’",
};

interface Pending {
  mark: string;
  at: number;
}

/** Unclosed pairs that run to the line end are kept when they hold at least this many words. */
const MIN_WORDS_UNCLOSED = 6;

/**
 * Marks open at once, at most; later opening marks are not read as such.
 * Quotes nest two or three deep at most; a line of thousands of opening
 * marks (a broken page) would otherwise make each closing mark search them all.
 */
const MAX_OPEN = 16;

/** Finds the top-level quotation mark pairs in `text`. */
export function findQuotePairs(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  let stack: Pending[] = [];
  const flushLine = (lineEnd: number) => {
    const first = stack[0];
    if (first && first.mark !== "‚" && first.mark !== "\"") {
      const end = trimEnd(text, first.at + 1, lineEnd);
      if (wordCount(text.slice(first.at + 1, end)) >= MIN_WORDS_UNCLOSED) {
        pairs.push({ start: first.at, end, innerStart: first.at + 1, innerEnd: end, open: true });
      }
    }
    stack = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") {
      flushLine(i);
      continue;
    }
    if (!isMark(ch)) continue;
    const closes = stack.findLastIndex((p) => CLOSERS[p.mark].includes(ch) && canClose(text, i, p));
    if (closes >= 0) {
      const opened = stack[closes];
      stack = stack.slice(0, closes);
      if (stack.length === 0) pairs.push({ start: opened.at, end: i + 1, innerStart: opened.at + 1, innerEnd: i, open: false });
      continue;
    }
    if (ch in CLOSERS && stack.length < MAX_OPEN && canOpen(text, i, ch)) stack.push({ mark: ch, at: i });
  }
  flushLine(text.length);
  return pairs.sort((a, b) => a.start - b.start);
}

function isMark(ch: string): boolean {
  return "„“”\"»«‚‘’".includes(ch);
}

/** An opening mark needs a word after it; marks other than „ also need a non-word before it (not an apostrophe or a unit). */
function canOpen(text: string, i: number, ch: string): boolean {
  const before = i > 0 ? text[i - 1] : " ";
  const after = i + 1 < text.length ? text[i + 1] : " ";
  if (/\s/u.test(after)) return false;
  return ch === "„" || !/[\p{L}\p{N}]/u.test(before);
}

/**
 * A closing mark after a space is not a closer of a straight or single pair
 * (it opens one); a straight mark closes a typographic “ only after a
 * non-space and before a non-word character (“…," she said), so that a
 * straight pair inside (“He said "yes" today”) stays a pair of its own.
 */
function canClose(text: string, i: number, pending: Pending): boolean {
  const before = i > 0 ? text[i - 1] : " ";
  const after = i + 1 < text.length ? text[i + 1] : " ";
  if (pending.mark === "“" && text[i] === "\"") return !/\s/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  if (pending.mark !== "\"" && pending.mark !== "‚") return true;
  if (pending.mark === "‚" && /[\p{L}]/u.test(after)) return false;
  return !/\s/u.test(before);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1])) e--;
  return e;
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
