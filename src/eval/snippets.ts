/**
 * Snippet scoring of trafilatura's benchmark (`tests/eval_common.py`,
 * `count_item`): each `with` snippet found in the extracted text is a true
 * positive, each one missing a false negative; each `without` snippet found is
 * a false positive, each one missing a true negative. Matching is a
 * case-sensitive substring test after collapsing every run of whitespace to one
 * space on both sides. No text at all (a failed extraction) finds nothing.
 */
import type { Confusion } from "./confusion.js";

/** What must and must not appear in the main text of one page. */
export interface SnippetGold {
  with: readonly string[];
  without: readonly string[];
}

/** Collapses every run of whitespace to one space and trims (trafilatura's `norm`). */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Counts the snippets of one page found in `text` (null: nothing was extracted). */
export function countSnippets(gold: SnippetGold, text: string | null): Confusion {
  const haystack = text === null ? null : normaliseSpace(text);
  const found = (snippet: string): boolean => haystack !== null && haystack.includes(normaliseSpace(snippet));
  const tp = gold.with.filter(found).length;
  const fp = gold.without.filter(found).length;
  return { tp, fn: gold.with.length - tp, fp, tn: gold.without.length - fp };
}
