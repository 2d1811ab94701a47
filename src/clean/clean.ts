import type { RemovedLine } from "../core/article.js";
import { markLeadingDates } from "./dates.js";
import { markRecurring } from "./evidence.js";
import { markHead } from "./head.js";
import { splitLines } from "./lines.js";
import { markHeaderLists } from "./lists.js";
import { markTail } from "./tail.js";
import type { CleanOptions, CleanResult } from "./types.js";
import { Verdicts } from "./verdicts.js";
import { markWholeLines } from "./whole-lines.js";

/**
 * Removes site furniture from a scraped body, line by line. Every non-empty
 * input line ends up either in `text` (trimmed, in order) or in `removed`
 * with its reason; nothing else is changed.
 */
export function cleanText(raw: string, opts: CleanOptions = {}): CleanResult {
  const v = new Verdicts(splitLines(raw));
  markWholeLines(v, opts.publisher);
  markHeaderLists(v);
  markRecurring(v, opts.evidence);
  markLeadingDates(v);
  markHead(v, opts.title);
  markTail(v);
  return collect(v);
}

function collect(v: Verdicts): CleanResult {
  const kept: string[] = [];
  const removed: RemovedLine[] = [];
  for (let i = 0; i < v.length; i++) {
    const { text, index } = v.at(i);
    const reason = v.reason(i);
    if (reason === null) kept.push(text);
    else removed.push({ text, reason, line: index });
  }
  return { text: kept.join("\n"), removed };
}
