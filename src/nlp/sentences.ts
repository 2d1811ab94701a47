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
 * non-whitespace character.
 */
export function splitSentences(text: string, language: string | null): Span[] {
  const segmenter = segmenterFor(language);
  const cues = (language && CUES[language]) || FALLBACK_CUES;
  const spans: Span[] = [];
  for (const line of lines(text)) {
    for (const span of splitLine(line.text, segmenter, cues)) {
      spans.push({ start: line.start + span.start, end: line.start + span.end });
    }
  }
  return spans;
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
  for (const { segment, index } of segmenter.segment(line)) {
    let start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    for (const gap of segment.slice(start - index, end - index).matchAll(MISSED_BREAK)) {
      const gapStart = start + gap.index;
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
