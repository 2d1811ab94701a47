/**
 * Date scoring of htmldate's evaluation (`tests/evaluation.py`,
 * `evaluate_result`; scores as in `tests/comparison.py`, `calculate_scores`):
 * a correct date is a true positive, a wrong date a false positive (also when
 * the page has no gold date), no date where the page has one a false negative,
 * and no date where none is expected a true negative.
 * Differences from htmldate's code, on purpose: htmldate counts a page without
 * gold date and without answer as both a true negative *and* a false negative
 * (its tuple is (0, 0, 1, 1)); here it is a true negative only. A gold date of
 * `NaN` (two pages of htmldate's data) means "no gold date" here, while in
 * htmldate it can never be matched.
 */
import type { Confusion } from "./confusion.js";

/** The outcome of one page. */
export type DateOutcome = "tp" | "fp" | "fn" | "tn";

const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The day part (YYYY-MM-DD) of an ISO date or date-time as written (its own offset kept), or null. */
export function dayPart(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = DAY.exec(iso.trim());
  return match ? match[1] : null;
}

/** Classifies one page: `gold` and `predicted` are days (YYYY-MM-DD) or null. */
export function dateOutcome(gold: string | null, predicted: string | null): DateOutcome {
  if (predicted === null) return gold === null ? "tn" : "fn";
  return predicted === gold ? "tp" : "fp";
}

/** The confusion of one outcome. */
export function outcomeConfusion(outcome: DateOutcome): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0, [outcome]: 1 };
}
