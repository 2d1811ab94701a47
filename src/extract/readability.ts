/** Running Mozilla Readability on a (pruned) linkedom document. */
import { Readability } from "@mozilla/readability";
import { countElements, type DomDocument, type DomNode } from "./dom.js";
import { elementToLines } from "./text.js";

/**
 * Pages with more elements than this (after pruning) skip Readability, whose
 * run time grows with the element count (linkedom's getElementsByTagName("*")
 * reports 0, so Readability's own maxElemsToParse cap never triggers).
 */
export const MAX_READABILITY_ELEMENTS = 60_000;

/**
 * Readability tries again with looser rules (re-parsing the page each time)
 * when it finds less text than this; its default of 500 mostly buys time on
 * short items, which the main-text cascade handles on its own.
 */
export const RETRY_BELOW_CHARS = 250;

/** What Readability made of a page: its text lines, or why it produced none. */
export type ReadabilityOutcome = { lines: string[] } | { lines: null; why: string };

/** Runs Readability (it mutates `doc`) and converts its content to lines; never throws. */
export function runReadability(doc: DomDocument): ReadabilityOutcome {
  const root = doc.documentElement;
  if (!root || !doc.body) return { lines: null, why: "no document body" };
  const count = countElements(root, MAX_READABILITY_ELEMENTS);
  if (count > MAX_READABILITY_ELEMENTS) return { lines: null, why: `more than ${MAX_READABILITY_ELEMENTS} elements` };
  try {
    const reader = new Readability<unknown>(doc as never, { serializer: (node: unknown) => node, disableJSONLD: true, charThreshold: RETRY_BELOW_CHARS });
    const content = reader.parse()?.content;
    if (!content || typeof content !== "object") return { lines: null, why: "Readability found no content" };
    return { lines: elementToLines(content as DomNode) };
  } catch (error) {
    return { lines: null, why: `Readability failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
