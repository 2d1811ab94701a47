import { isClearProse, isHeadlineLike, isKickerLike } from "./cues.js";
import { isAuthorPersonBox, isBareDate, isBioHeader, isBioLine, isListHeader } from "./lexicon.js";
import { furniture, type Verdicts } from "./verdicts.js";

/** An interstitial teaser box in the middle of the text lists at most this many headlines. */
const TEASER_ITEMS_MAX = 3;

/**
 * A header such as "Weitere Artikel" or "Lesen Sie auch" removes itself and the
 * headline lines after it. Where the list runs to the end of the text (an
 * author box aside), it is the related-articles block: the header and every
 * list line go, kickers, dates and a short teaser sentence under a headline
 * included ("furniture:related-list"). Otherwise it is a teaser box inside the
 * article: only up to three headline-shaped lines go ("furniture:teaser").
 */
export function markHeaderLists(v: Verdicts): void {
  for (let i = 0; i < v.length; i++) {
    if (!v.isKept(i) || !isListHeader(v.at(i).form)) continue;
    const list = relatedList(v, i);
    if (list !== null) {
      for (const p of [i, ...list]) v.remove(p, furniture("related-list"));
    } else {
      for (const p of teaserItems(v, i)) v.remove(p, furniture("teaser"));
      v.remove(i, furniture("teaser"));
    }
  }
}

/** The list lines after the header when they run to the end of the text; null when article text follows. */
function relatedList(v: Verdicts, header: number): number[] | null {
  const found: number[] = [];
  let afterHeadline = false;
  for (let j = v.nextKept(header); j !== -1; j = v.nextKept(j)) {
    const { text, form } = v.at(j);
    if (isAuthorBoxStart(form)) return found;
    const headline = isHeadlineLike(text);
    const item = headline || isKickerLike(text) || isBareDate(form) || (afterHeadline && !isClearProse(text));
    if (!item) return null;
    found.push(j);
    afterHeadline = headline;
  }
  return found;
}

/** Up to three headline-shaped lines right after the header. */
function teaserItems(v: Verdicts, header: number): number[] {
  const found: number[] = [];
  for (let j = v.nextKept(header); j !== -1 && found.length < TEASER_ITEMS_MAX; j = v.nextKept(j)) {
    const { text, form } = v.at(j);
    if (!isHeadlineLike(text) || isAuthorBoxStart(form)) break;
    found.push(j);
  }
  return found;
}

function isAuthorBoxStart(form: string): boolean {
  return isBioLine(form) || isBioHeader(form) || isAuthorPersonBox(form, null);
}
