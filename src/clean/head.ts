import { isClearProse, isKickerLike } from "./cues.js";
import { isByline } from "./lexicon.js";
import { foldLine } from "./lines.js";
import { furniture, type Verdicts } from "./verdicts.js";

/** A run of this many menu-item lines at the very start is site navigation. */
const NAVIGATION_RUN_MIN = 4;
/** Title parts split off at " | ", " - ", " – ", " — " (site names, section names). */
const TITLE_SEPARATOR = / [|–—-] /u;

/**
 * Rules for the head of the text (the kept lines before the first clear prose):
 * a line repeating the headline, bylines, and a leading run of menu items.
 */
export function markHead(v: Verdicts, title: string | null | undefined): void {
  const head = headPositions(v);
  const titles = title ? titleForms(title) : new Set<string>();
  for (const i of head) {
    const { text, form } = v.at(i);
    if (titles.has(foldLine(text))) v.remove(i, "duplicate-title");
    else if (isByline(form)) v.remove(i, furniture("byline"));
  }
  markLeadingNavigation(v, headPositions(v));
}

/** Kept positions before the first kept line of clear prose. */
function headPositions(v: Verdicts): number[] {
  const head: number[] = [];
  for (const i of v.keptPositions()) {
    if (isClearProse(v.at(i).text)) break;
    head.push(i);
  }
  return head;
}

function markLeadingNavigation(v: Verdicts, head: readonly number[]): void {
  let run = 0;
  while (run < head.length && isKickerLike(v.at(head[run]).text)) run++;
  // A short line right before the first paragraph is the headline (or a kicker), not a menu item.
  if (run === head.length) run--;
  if (run < NAVIGATION_RUN_MIN) return;
  for (const i of head.slice(0, run)) v.remove(i, furniture("navigation"));
}

/** The folded forms of a title: whole, and without a leading or trailing part such as the site name. */
export function titleForms(title: string): Set<string> {
  const parts = title.split(TITLE_SEPARATOR);
  const forms = [title];
  if (parts.length > 1) forms.push(parts.slice(0, -1).join(" - "), parts.slice(1).join(" - "));
  return new Set(forms.map(foldLine).filter((f) => f !== ""));
}
