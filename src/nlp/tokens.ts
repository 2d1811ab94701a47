/**
 * Word tokens with character offsets, cut the way German NER corpora
 * (GermEval 2014) cut them: punctuation and quotes are tokens of their own,
 * hyphenated compounds ("EU-Mitglied"), numbers ("1.000", "3,5"), URLs and
 * e-mail addresses stay whole, and a final dot stays on known abbreviations
 * ("Dr.", "bzw."), initials ("A.") and day ordinals ("am 3. Juli").
 */
import {
  GERMAN_ABBREVIATIONS,
  GERMAN_CLOSING_ABBREVIATIONS,
  GERMAN_SENTENCE_STARTERS,
  GERMAN_TERMINAL_ABBREVIATIONS,
} from "../lang/de/abbreviations.js";
import { ENGLISH_ABBREVIATIONS, ENGLISH_SENTENCE_STARTERS, ENGLISH_TERMINAL_ABBREVIATIONS } from "../lang/en/abbreviations.js";

export interface Token {
  text: string;
  /** Offset of the first character in the tokenised text. */
  start: number;
  /** Offset after the last character (exclusive). */
  end: number;
}

const URL = String.raw`(?:https?://|www\.)[^\s<>"“”„»«]*[^\s<>"“”„»«.,;:!?)\]]`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const INITIALS = String.raw`(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*`;
const NUMBER = String.raw`\p{N}+(?:[.,:/]\p{N}+)*`;
/** Letters/digits joined by hyphens, apostrophes, ampersands, slashes, or a dot before a lower-case letter (domains). */
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[-'’&/_]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{M}\p{N}]+)*(?:-(?=[\s,]|$))?`;
const PUNCT = String.raw`\.{2,}|-{2,}|[^\s]`;
const TOKEN = new RegExp(`${URL}|${EMAIL}|${INITIALS}|${NUMBER}|${WORD}|${PUNCT}`, "gu");

const ABBREVIATIONS = new Set(
  [
    ...GERMAN_ABBREVIATIONS,
    ...GERMAN_TERMINAL_ABBREVIATIONS,
    ...GERMAN_CLOSING_ABBREVIATIONS,
    ...ENGLISH_ABBREVIATIONS,
    ...ENGLISH_TERMINAL_ABBREVIATIONS,
  ]
    .flatMap((a) => a.split(/\s+/u))
    .filter((a) => /^[^.]+\.$/u.test(a)),
);
const SENTENCE_STARTERS = new Set([...GERMAN_SENTENCE_STARTERS, ...ENGLISH_SENTENCE_STARTERS]);
const SINGLE_LETTER = /^\p{L}$/u;
const DAY_NUMBER = /^\p{N}{1,2}$/u;
const ROMAN = /^[IVX]{1,5}$/u;

/** Splits `text` into tokens; offsets point into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    if (text[end] === "." && keepsDot(match[0], text, end)) end += 1;
    tokens.push({ text: text.slice(start, end), start, end });
    pattern.lastIndex = end;
  }
  return tokens;
}

/** Whether the dot right after `word` (at `dot`) belongs to it. */
function keepsDot(word: string, text: string, dot: number): boolean {
  if (text[dot + 1] === ".") return false;
  if (ABBREVIATIONS.has(`${word}.`)) return true;
  const rest = text.slice(dot + 1);
  const atEnd = /^\s*$/u.test(rest);
  if (atEnd) return false;
  if (SINGLE_LETTER.test(word) && /^\s*\p{L}/u.test(rest)) return true;
  if (DAY_NUMBER.test(word) || ROMAN.test(word)) return isOrdinalContext(rest);
  return false;
}

/** "3." before a word that does not open a sentence ("am 3. Juli", "im 19. Jahrhundert") is an ordinal. */
function isOrdinalContext(rest: string): boolean {
  const next = /^\s+([\p{L}\p{N}]+)/u.exec(rest);
  return next !== null && !SENTENCE_STARTERS.has(next[1]);
}
