/**
 * Shape cues of a single line: is it a sentence, clear prose, a headline, a kicker?
 * They look at the trimmed line text only; position cues live with the rules that use them.
 */

const SENTENCE_END = /[.!?…][)\]"'“”„«»‘’]*$/u;
const OPEN_END = /[.,;:–—-]$/u;
const STARTS_LIKE_HEADLINE = /^[\p{Lu}\p{N}"'„“‚‘»«(]/u;
const ENUMERATED = /^\(?\d{1,3}[.)]\s/u;
const LABELLED = /^[^.!?:]{1,40} [-–—] \S/u;
/** Lines with more digits than this share of their letters and digits are data (scores, tables), not headlines. */
const MAX_DIGIT_SHARE = 0.2;

/** Prose at least this long with sentence-final punctuation is clearly article text. */
const PROSE_MIN = 100;
/** A line this long is prose whatever its ending (paragraphs scraped without final punctuation). */
const PROSE_LONG = 200;
const HEADLINE_MIN = 15;
const HEADLINE_MAX = 140;
const KICKER_MAX = 40;

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}

/** Ends with sentence-final punctuation (. ! ? …), closing quotes or brackets allowed after it. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Clearly article prose: a long line ending like a sentence, or a very long line. */
export function isClearProse(text: string): boolean {
  return text.length >= PROSE_LONG || (text.length >= PROSE_MIN && endsSentence(text));
}

/** Ends with a colon: the line introduces what follows (a list, a quote). */
export function introducesList(text: string): boolean {
  return /:$/u.test(text);
}

/** Shaped like a headline: 15–140 chars, 3–20 words, starts capitalised, no final period/comma/colon. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return (
    text.length >= HEADLINE_MIN &&
    text.length <= HEADLINE_MAX &&
    words >= 3 &&
    words <= 20 &&
    STARTS_LIKE_HEADLINE.test(text) &&
    !OPEN_END.test(text) &&
    !ENUMERATED.test(text) &&
    !text.includes("\t") &&
    digitShare(text) <= MAX_DIGIT_SHARE
  );
}

/** Share of digits among the letters and digits of a line. */
export function digitShare(text: string): number {
  const digits = (text.match(/\p{N}/gu) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return digits + letters === 0 ? 0 : digits / (digits + letters);
}

/** Most lines have the form "label - text" (who said what, a timetable): a table, not a list of headlines. */
export function isLabelledTable(texts: readonly string[]): boolean {
  const labelled = texts.filter((t) => LABELLED.test(t)).length;
  return texts.length > 0 && labelled / texts.length >= 0.6;
}

/** Shaped like a kicker or menu item: at most 3 words and 40 chars, no final punctuation. */
export function isKickerLike(text: string): boolean {
  return text.length <= KICKER_MAX && wordCount(text) <= 3 && !OPEN_END.test(text) && !endsSentence(text);
}
