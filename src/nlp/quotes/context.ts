/**
 * The document as the quote finder sees it: sentences with their tokens and
 * line numbers, quotation mark pairs, and the language's lexicon.
 */
import type { Span } from "../../core/article.js";
import type { QuoteLexicon } from "./lexicon.js";
import { withoutDateAsides } from "./date-aside.js";
import { findQuotePairs, type QuotePair } from "./marks.js";
import { tokenize, type Tok } from "./tokens.js";

export interface Sentence extends Span {
  index: number;
  /** 0-based line of the text the sentence stands on (a paragraph). */
  line: number;
  toks: Tok[];
}

export interface QuoteDoc {
  text: string;
  sentences: Sentence[];
  pairs: QuotePair[];
  lex: QuoteLexicon;
  /** Character spans of named persons and organisations (from the NER stage; empty without it). */
  actors: Span[];
}

/** Builds the document view the finder works on. */
export function buildQuoteDoc(text: string, sentences: readonly Span[], lex: QuoteLexicon, actors: readonly Span[] = []): QuoteDoc {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  let line = 0;
  const sents = splitGlued(text, sentences)
    .map((s) => withoutDateline(text, s))
    .map((s, index) => {
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s.start) line++;
      return { start: s.start, end: s.end, index, line, toks: withoutDateAsides(tokenize(text, s.start, s.end), lex) };
    });
  const pairs = findQuotePairs(text);
  markQuoted(sents, pairs);
  return { text, sentences: sents, pairs, lex, actors: actors.map((a) => ({ start: a.start, end: a.end })) };
}

/**
 * A dateline that opens a sentence: a place in capitals, maybe a region
 * after a comma and an agency in brackets, then a dash ("WASHINGTON — ",
 * "SEOUL, South Korea — ", "BERLIN (dpa) – ", "NEW LONDON, Conn. -- ").
 */
const DATELINE = /^[\p{Lu}][\p{Lu}.'’-]+(?:\s+[\p{Lu}][\p{Lu}.'’-]+)*(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:\s*\([^()\n]{1,40}\))?\s*(?:[—–]|-{1,2})\s+/u;

/**
 * A dateline as German outlets write it: a place in mixed case, perhaps two
 * joined by a slash, and a spaced en or em dash before a capitalised word
 * ("Wien – Einen Tag vor …", "St. Pölten / Wien – Die Grünen …",
 * "Klosterneuburg/Wien – Die Interaktion …").
 */
const PLACE_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?(?:\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)*\s+[—–]\s+(?=\p{Lu})/u;

/**
 * The sentence without a dateline that opens it, which is no part of its
 * first clause ("SEOUL — North Korea's leader … announced" has no speaker
 * "SEOUL", "Wien – Einen Tag vor … hat der Ministerrat beschlossen" none
 * "Wien").
 */
function withoutDateline(text: string, s: Span): Span {
  const part = text.slice(s.start, s.end);
  const dateline = DATELINE.exec(part) ?? PLACE_DATELINE.exec(part);
  return dateline && dateline[0].length < s.end - s.start ? { start: s.start + dateline[0].length, end: s.end } : s;
}

/**
 * Flags the tokens between the marks of each pair. The marks stay unflagged,
 * and so does a last token right before the closing mark: English puts the
 * comma of the frame inside the quote ('"This is unacceptable," said …').
 */
function markQuoted(sentences: readonly Sentence[], pairs: readonly QuotePair[]): void {
  for (const s of sentences) {
    const inside = pairs.filter((p) => p.start < s.end && s.start < p.end);
    for (const t of s.toks) if (inside.some((p) => p.innerStart <= t.start && t.end < p.innerEnd)) t.quoted = true;
  }
}

/** A full stop glued to the next sentence without a space: "…, sagte Merkel.Als „verpasste Chance“ …". */
const GLUED_STOP = /(?<=[\p{L}]{2}\p{Ll})\.(?=\p{Lu}\p{Ll})/gu;

/**
 * Sentences sorted by start, each cut after a full stop that is glued to the
 * next sentence (text pasted together from paragraphs): the sentence
 * splitter keeps "Struck.Gleichzeitig" as one word, but the finder needs the
 * two clauses apart to find the subject of the second.
 */
export function splitGlued(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    let from = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(GLUED_STOP)) {
      const cut = s.start + (m.index ?? 0) + 1;
      out.push({ start: from, end: cut });
      from = cut;
    }
    out.push({ start: from, end: s.end });
  }
  return out;
}

/** The sentence that contains `offset`, or the last one starting before it. */
export function sentenceAt(doc: QuoteDoc, offset: number): Sentence | null {
  let found: Sentence | null = null;
  for (const s of doc.sentences) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}
