/**
 * Sentence boundaries: `Intl.Segmenter` per line, then false breaks after
 * abbreviations, ordinals, initials and before lower-case continuations are
 * repaired (see ./boundaries.ts). A sentence never spans two lines.
 */
import type { Span } from "../core/article.js";
import { ENGLISH_SENTENCE_CUES } from "../lang/en/abbreviations.js";
import { GERMAN_SENTENCE_CUES } from "../lang/de/abbreviations.js";
import { compileCues, findAbbreviations, isFalseBreak, mergeCues, type CompiledCues } from "./boundaries.js";

const CUES: Record<string, CompiledCues> = {
  de: compileCues(GERMAN_SENTENCE_CUES),
  en: compileCues(ENGLISH_SENTENCE_CUES),
};
const FALLBACK_CUES = compileCues(mergeCues(GERMAN_SENTENCE_CUES, ENGLISH_SENTENCE_CUES));
const segmenters = new Map<string, Intl.Segmenter>();
/**
 * Places where Intl misses a break: after a word and a sentence mark before a
 * digit, or after a sentence mark before a German opening quote.
 */
const MISSED_BREAK = /(?<=\p{L}{2}[.!?]["“”»’)]*)\s+(?=\d)|(?<=[.!?]["“”»’)]*)\s+(?=[„»])/gu;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/gu;

/**
 * Splits text into sentences. Spans are offsets into `text` (end exclusive),
 * trimmed, in order, without overlaps, and together cover every
 * non-whitespace character. No span is longer than `maxLength`
 * ({@link MAX_SENTENCE}; scripts/sentence-lengths.ts reads the uncut lengths).
 */
export function splitSentences(text: string, language: string | null, maxLength = MAX_SENTENCE): Span[] {
  const segmenter = segmenterFor(language);
  const cues = (language && CUES[language]) || FALLBACK_CUES;
  const spans: Span[] = [];
  for (const line of lines(text)) {
    for (const span of splitLine(line.text, segmenter, cues).flatMap((s) => cutLong(line.text, s, maxLength))) {
      spans.push({ start: line.start + span.start, end: line.start + span.end });
    }
  }
  return spans;
}

/**
 * The longest sentence, in characters. Longer runs without a sentence end
 * are no sentences but lists, forms or text without punctuation ("Gender:
 * Male Female * Year of birth: … Afghanistan Aland Islands …", 2,922
 * characters; the longest of the 46,777 sentences of the Wikinews texts,
 * both English streams and 10kGNAD, and the only one over 2,000:
 * `node --import tsx scripts/sentence-lengths.ts`), and the
 * later stages do work per sentence that grows with the square of its
 * length (the quote finder pairs every frame with every later one).
 */
export const MAX_SENTENCE = 2000;

/** Where a long sentence is cut, best first: after a clause mark before a space, else at a space. */
const CUTS: readonly RegExp[] = [/[;:,–—](?=\s)/gu, /\s/gu];

/** `span` of `line` in pieces of at most `max` characters, each cut after the last clause mark or space that fits, trimmed. */
function cutLong(line: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let { start } = span;
  while (span.end - start > max) {
    const window = line.slice(start, start + max);
    const found = CUTS.map((re) => lastMatchEnd(window, re)).find((i) => i > max / 2);
    // A hard cut keeps a character of two code units whole (an emoji in a run without spaces).
    const at = found ?? (/[\uD800-\uDBFF]/u.test(window[max - 1]) ? max - 1 : max);
    const end = start + window.slice(0, at).trimEnd().length;
    out.push({ start, end });
    start = end;
    while (start < span.end && /\s/u.test(line[start])) start++;
  }
  out.push({ start, end: span.end });
  return out;
}

/** End of the last match of a global pattern in `text`, or -1. */
function lastMatchEnd(text: string, re: RegExp): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Sentences of one line, as offsets into the line. */
function splitLine(line: string, segmenter: Intl.Segmenter, cues: CompiledCues): Span[] {
  const pieces = trimmedSegments(line, segmenter);
  if (pieces.length === 0) return [];
  const hits = findAbbreviations(line, cues);
  const sentences: Span[] = [{ ...pieces[0] }];
  for (const piece of pieces.slice(1)) {
    const current = sentences[sentences.length - 1];
    if (isFalseBreak(line, current.end, piece.start, hits, cues)) current.end = piece.end;
    else sentences.push({ ...piece });
  }
  return sentences;
}

/**
 * Intl segments with surrounding whitespace trimmed; whitespace-only segments
 * dropped. Intl does not break before a number or a quotation that is followed
 * by a lower-case word ("… Fahrzeuge. 1898 lag …", "… an. „…“, sagte sie");
 * such places are added as candidate breaks.
 */
function trimmedSegments(line: string, segmenter: Intl.Segmenter): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmentsOf(line, segmenter)) {
    const first = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    let start = first;
    // Gaps are found in the trimmed segment, so their offsets count from its first character, not from the last gap.
    for (const gap of segment.slice(first - index, end - index).matchAll(MISSED_BREAK)) {
      const gapStart = first + gap.index;
      spans.push({ start, end: gapStart });
      start = gapStart + gap[0].length;
    }
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function lines(text: string): { start: number; text: string }[] {
  const result: { start: number; text: string }[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    result.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  result.push({ start, text: text.slice(start) });
  return result;
}

/** A letter or sentence mark: where the look-ahead of a break after a full stop ends. */
const RESOLVED = /[\p{L}.!?]/u;

/** Characters handed to Intl.Segmenter at once. */
const SEGMENT_WINDOW = 8192;

/**
 * Intl sentence segments of a line. V8's segmenter slows down with the
 * length of the string it walks (each segment costs time in proportion to
 * it: 200,000 characters of short sentences took 2 s, 400,000 11 s), so a
 * long line is segmented in windows: the segments of a window are kept up to
 * its last break that the window's end cannot have changed, and the next
 * window starts there — a sentence break depends only on the text of its own
 * sentence and the look-ahead after it, so the segments are the same as in
 * one pass (checked on the Wikinews texts joined into long lines, with
 * windows down to 64 characters). A window without such a break grows until
 * it holds one or reaches the end of the line.
 */
export function* segmentsOf(line: string, segmenter: Intl.Segmenter, window = SEGMENT_WINDOW): Generator<{ segment: string; index: number }> {
  let offset = 0;
  let size = window;
  while (offset < line.length) {
    const end = offset + size;
    const pieces = [...segmenter.segment(end >= line.length ? line.slice(offset) : line.slice(offset, end))];
    if (end >= line.length) {
      for (const { segment, index } of pieces) yield { segment, index: offset + index };
      return;
    }
    // The break before the window's last segment may be wrong (the window cut it off), and so may any break
    // before which the window holds no letter or sentence mark: a full stop's look-ahead runs over numbers and
    // spaces to the next letter ("ca. 600 - 1000 neue …" goes on after "ca."). Keep the breaks before those.
    let k = pieces.length - 1;
    while (k > 0 && !RESOLVED.test(line.slice(offset + pieces[k].index, end))) k--;
    if (k < 1) {
      size *= 2;
      continue;
    }
    for (const { segment, index } of pieces.slice(0, k)) yield { segment, index: offset + index };
    offset += pieces[k].index;
    size = window;
  }
}

function segmenterFor(language: string | null): Intl.Segmenter {
  const key = language ?? "";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(safeLocale(language), { granularity: "sentence" });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

function safeLocale(language: string | null): string | undefined {
  if (!language) return undefined;
  try {
    return Intl.getCanonicalLocales(language)[0];
  } catch {
    return undefined;
  }
}
