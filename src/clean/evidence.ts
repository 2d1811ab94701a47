import type { LineCounts } from "../store/store.js";
import { isClearProse } from "./cues.js";
import { lineKey } from "./lines.js";
import type { Verdicts } from "./verdicts.js";

/**
 * When a line counts as recurring furniture of a publisher. Below `minArticles`
 * stored articles there is no evidence: a handful of articles may well be
 * versions of one story. A line that is clearly prose needs far more evidence
 * than a short one, for the same reason.
 */
export const RECURRING = {
  minArticles: 5,
  minCount: 3,
  minCountProse: 10,
  minShare: 0.2,
} as const;

/** Whether the publisher's stored articles show the line as recurring furniture. */
export function isRecurring(text: string, evidence: LineCounts | undefined): boolean {
  if (!evidence || evidence.articles < RECURRING.minArticles) return false;
  const key = lineKey(text);
  if (key === null) return false;
  const count = evidence.counts.get(key) ?? 0;
  const minCount = isClearProse(text) ? RECURRING.minCountProse : RECURRING.minCount;
  return count >= minCount && count / evidence.articles >= RECURRING.minShare;
}

/** Removes kept lines that recur across the publisher's stored articles (reason "recurring"). */
export function markRecurring(v: Verdicts, evidence: LineCounts | undefined): void {
  if (!evidence) return;
  for (const i of v.keptPositions()) {
    if (isRecurring(v.at(i).text, evidence)) v.remove(i, "recurring");
  }
}
