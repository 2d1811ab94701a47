/**
 * Readers for the column formats of the other NER corpora (CoNLL-style: one
 * token per line, columns separated by spaces or tabs, blank line between
 * sentences), with their tags mapped to PER/ORG/LOC/MISC.
 */
import { tokenize } from "../tokens.js";
import { repairBio, tagType } from "./labels.js";

export interface LabelledSentence {
  tokens: string[];
  tags: string[];
}

export interface ColumnFormat {
  tokenColumn: number;
  tagColumn: number;
  /** Maps a corpus type ("RR", "OTH") to an output type, or null for "not an entity". */
  mapType: (type: string) => string | null;
  /**
   * For OCR corpora without sentence breaks and with punctuation glued to
   * words: tokens are re-tokenised and sentences cut after sentence-final
   * punctuation.
   */
  retokenise?: boolean;
}

const SENTENCE_END = /^[.!?]$/u;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Re-tokenised sentences are also cut at this length (at the next comma, colon or semicolon). */
const LONG_SENTENCE = 60;

/** Reads a column file into sentences with mapped, BIO-repaired tags. */
export function readColumns(text: string, format: ColumnFormat): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags: repairBio(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/u)) {
    const cols = line.trim().split(/\s+/u);
    if (line.trim() === "" || cols.length <= Math.max(format.tokenColumn, format.tagColumn)) {
      flush();
      continue;
    }
    const tag = cols[format.tagColumn];
    const type = tagType(tag);
    const mapped = type === null ? null : format.mapType(type);
    const outTag = mapped === null ? "O" : `${tag[0]}-${mapped}`;
    if (!format.retokenise) {
      tokens.push(cols[format.tokenColumn]);
      tags.push(outTag);
      continue;
    }
    for (const [piece, pieceTag] of retokenised(cols[format.tokenColumn], outTag)) {
      tokens.push(piece);
      tags.push(pieceTag);
      if (endsSentence(piece, tokens.length)) flush();
    }
  }
  flush();
  return sentences;
}

/** A corpus token cut into our tokens; trailing punctuation leaves the entity. */
function retokenised(token: string, tag: string): [string, string][] {
  const pieces = tokenize(token).map((t) => t.text);
  if (pieces.length <= 1) return [[token, tag]];
  const type = tagType(tag);
  let seenWord = false;
  return pieces.map((piece) => {
    if (type === null || (PUNCTUATION.test(piece) && (!seenWord || piece === pieces[pieces.length - 1]))) return [piece, "O"];
    const pieceTag = seenWord ? `I-${type}` : tag;
    seenWord = true;
    return [piece, pieceTag];
  });
}

function endsSentence(piece: string, length: number): boolean {
  return (SENTENCE_END.test(piece) && length >= 3) || (length >= LONG_SENTENCE && /^[,;:]$/u.test(piece)) || length >= 2 * LONG_SENTENCE;
}

/** Europeana Newspapers (`token TAG`, BIO, PER/LOC/ORG; no sentence breaks). */
export const EUROPEANA_FORMAT: ColumnFormat = {
  tokenColumn: 0,
  tagColumn: 1,
  mapType: (t) => (t === "PER" || t === "LOC" || t === "ORG" ? t : null),
  retokenise: true,
};

/**
 * German legal LER (Leitner et al.): persons, judges and lawyers are PER;
 * countries, cities, streets and landscapes LOC; organisations, companies,
 * institutions and courts ORG; brands MISC. Norms, regulations, contracts,
 * court decisions and legal literature are citations, not names: O.
 */
const LER_TYPES: Readonly<Record<string, string>> = {
  PER: "PER", RR: "PER", AN: "PER",
  LD: "LOC", ST: "LOC", STR: "LOC", LDS: "LOC",
  ORG: "ORG", UN: "ORG", INN: "ORG", GRT: "ORG",
  MRK: "MISC",
};

export const LER_FORMAT: ColumnFormat = { tokenColumn: 0, tagColumn: 1, mapType: (t) => LER_TYPES[t] ?? null };

/** EuroParl NER (Faruqui & Padó): token, lemma, POS, chunk, IOB1 tag. Evaluation only. */
export const EUROPARL_FORMAT: ColumnFormat = {
  tokenColumn: 0,
  tagColumn: 4,
  mapType: (t) => (t === "PER" || t === "LOC" || t === "ORG" || t === "MISC" ? t : null),
};
