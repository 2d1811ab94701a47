import { introducesList, isHeadlineLike, isKickerLike, isLabelledTable } from "./cues.js";
import { isAuthorPersonBox, isBareDate, isBioHeader, isBioLine, isListIntro } from "./lexicon.js";
import { furniture, type Verdicts } from "./verdicts.js";

/** A trailing run needs this many headline-shaped lines to be a list of other articles. */
const TRAILING_HEADLINES_MIN = 3;
const MAX_ROUNDS = 4;

/**
 * Rules for the end of the text: the author box, and a run of headline-shaped
 * lines after the last paragraph (other articles' headlines). They alternate
 * until neither finds more, since either may stand before the other.
 */
export function markTail(v: Verdicts): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const bio = markAuthorBox(v);
    const list = markTrailingHeadlines(v);
    if (!bio && !list) return;
  }
}

/** Removes author-box lines at the end ("Max Mustermann ist Redakteur …", "Über die Autorin", "Zur Person" of the author). */
function markAuthorBox(v: Verdicts): boolean {
  const kept = v.keptPositions();
  let k = kept.length - 1;
  let changed = false;
  while (k >= 0) {
    const form = v.at(kept[k]).form;
    const prev = k > 0 ? v.at(kept[k - 1]).form : null;
    let take = 0;
    if (isBioLine(form) || isBioHeader(form) || isAuthorPersonBox(form, null)) take = 1;
    else if (prev !== null && (isBioHeader(prev) || isAuthorPersonBox(prev, form))) take = 2;
    if (take === 0) break;
    for (let t = 0; t < take; t++) v.remove(kept[k - t], furniture("bio"));
    k -= take;
    changed = true;
  }
  return changed;
}

/**
 * Removes a final run of headline, kicker and date lines holding at least
 * three headlines: other articles' headlines. Kept when the run is the article's own
 * list: introduced by a colon or a list title ("Die Ergebnisse im Überblick"),
 * or a "label - text" table; and when nothing but the run is left.
 */
function markTrailingHeadlines(v: Verdicts): boolean {
  const kept = v.keptPositions();
  let k = kept.length - 1;
  let headlines = 0;
  while (k >= 0) {
    const { text, form } = v.at(kept[k]);
    if (isHeadlineLike(text)) headlines++;
    else if (!isKickerLike(text) && !isBareDate(form)) break;
    k--;
  }
  const run = kept.slice(k + 1);
  if (headlines < TRAILING_HEADLINES_MIN || k < 0 || isOwnList(v, kept[k], run)) return false;
  for (const i of run) v.remove(i, furniture("related-list"));
  return true;
}

function isOwnList(v: Verdicts, before: number, run: readonly number[]): boolean {
  const { text, form } = v.at(before);
  return (
    introducesList(text) ||
    isListIntro(form) ||
    isListIntro(v.at(run[0]).form) ||
    isLabelledTable(run.map((i) => v.at(i).text))
  );
}
