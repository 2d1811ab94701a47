import { isClearProse } from "./cues.js";
import { isBareDate } from "./lexicon.js";
import { furniture, type Verdicts } from "./verdicts.js";

/**
 * A line that is only a date or time, before the first paragraph, is the
 * article's timestamp. Between paragraphs it is a sub-heading (a chronology, a
 * match day) and stays; after the last one it goes only with a list of other
 * articles (see tail.ts).
 */
export function markLeadingDates(v: Verdicts): void {
  for (const i of v.keptPositions()) {
    const { text, form } = v.at(i);
    if (isClearProse(text)) return;
    if (isBareDate(form) && !text.endsWith(":")) v.remove(i, furniture("timestamp"));
  }
}
