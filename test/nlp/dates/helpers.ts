/** Test helpers: run findDates and check the span invariants every result must keep. */
import { expect } from "vitest";
import type { DateMention } from "../../../src/core/article.js";
import { findDates } from "../../../src/nlp/dates/index.js";

/** Mentions of `text`, after checking that offsets are exact substrings and nothing overlaps. */
export function mentions(text: string, reference: string | null, language: string | null = "de"): DateMention[] {
  const found = findDates(text, { language, reference });
  let lastEnd = 0;
  for (const m of found) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.end;
  }
  return found;
}

/** Mentions as `[text, value, granularity]` triples, for compact expectations. */
export function triples(text: string, reference: string | null, language: string | null = "de"): [string, string, string][] {
  return mentions(text, reference, language).map((m) => [m.text, m.value, m.granularity]);
}
