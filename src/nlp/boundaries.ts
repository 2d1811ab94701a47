/**
 * Repair rules for sentence boundaries.
 *
 * `Intl.Segmenter` (UAX #29) breaks after nearly every "." that is followed by
 * a space and an upper-case letter. In news text many of those dots end an
 * abbreviation ("z. B.", "Dr."), an ordinal ("am 3. Juni"), an initial
 * ("John F. Kennedy") or a Roman regnal number ("Benedikt XVI."). This module
 * decides, for one proposed break, whether it is false. The word lists come
 * from `src/lang/<language>/abbreviations.ts`.
 */
import { lastStartingBy } from "../core/sorted.js";

/** Language data for the boundary rules. */
export interface SentenceCues {
  /** Abbreviations that never end a sentence ("z. B.", "Dr."); spaces after inner dots are optional. */
  readonly abbreviations: readonly string[];
  /** Abbreviations that may end a sentence ("Mio.", "Inc."): a break stays only before a sentence starter. */
  readonly terminalAbbreviations: readonly string[];
  /** Abbreviations that end a sentence whenever a capitalised word follows ("etc.", "v. Chr."). */
  readonly closingAbbreviations: readonly string[];
  /** Word endings that are abbreviations ("str." in "Bahnhofstr."); treated as terminal. */
  readonly abbreviationSuffixes: readonly string[];
  /** Month names and their abbreviations without the dot ("Juni", "Jan"). */
  readonly months: readonly string[];
  /** Lower-cased words that announce an ordinal number ("am", "zum", "der"). */
  readonly ordinalCues: readonly string[];
  /** Endings of an inflected adjective before an ordinal ("untergebrachte 12.", "verlorenen 2."). */
  readonly ordinalAdjectiveEndings: readonly string[];
  /** Nouns that typically follow an ordinal number ("Jahrhundert", "Platz"). */
  readonly ordinalNouns: readonly string[];
  /** Capitalised words that typically open a sentence ("Der", "Dann", "The"). */
  readonly sentenceStarters: readonly string[];
}

/** Cues prepared for fast lookup. */
export interface CompiledCues {
  readonly abbreviation: RegExp;
  readonly terminal: ReadonlySet<string>;
  readonly closing: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly ordinalCues: ReadonlySet<string>;
  readonly ordinalAdjective: RegExp | null;
  readonly ordinalNouns: ReadonlySet<string>;
  readonly starters: ReadonlySet<string>;
}

/** An abbreviation occurrence in a line: [start, end) and its canonical form (spaces removed). */
export interface AbbreviationHit {
  start: number;
  end: number;
  key: string;
}

const ORDINAL = /^\d{1,3}\.$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ROMAN = /^[IVX]{1,5}\.$/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const CONTINUATION_START = /^[,;:)\]}/]/u;
/** A quotation that opens with a lower-case word continues the sentence before: "Benedikt XVI. „ist und bleibt …“". */
const QUOTED_LOWER_START = /^[„“”"‚‘»«]\p{Ll}/u;
/** Opening quotation marks and brackets before a word. */
const OPENERS = /^[„“”"'‚‘’«»([]+/u;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}\-’']*/u;

/** Prepares cues: one regular expression for all abbreviations, sets for the word lists. */
export function compileCues(cues: SentenceCues): CompiledCues {
  const all = [...cues.abbreviations, ...cues.terminalAbbreviations, ...cues.closingAbbreviations];
  const variants = [...new Set(all.flatMap(withCapitalisedVariant).map(compact))].sort((a, b) => b.length - a.length);
  const words = `(?<![\\p{L}\\p{N}.])(?:${variants.map(abbreviationPattern).join("|")})`;
  const suffixes = cues.abbreviationSuffixes.map((x) => `(?<=\\p{L})${abbreviationPattern(compact(x))}`);
  return {
    abbreviation: new RegExp([words, ...suffixes].join("|"), "gu"),
    terminal: keys([...cues.terminalAbbreviations, ...cues.abbreviationSuffixes]),
    closing: keys(cues.closingAbbreviations),
    months: new Set(cues.months),
    ordinalCues: new Set(cues.ordinalCues),
    ordinalAdjective: adjectivePattern(cues.ordinalAdjectiveEndings),
    ordinalNouns: new Set(cues.ordinalNouns),
    starters: new Set(cues.sentenceStarters),
  };
}

/** Merges several cue sets into one (used when the language is unknown). */
export function mergeCues(...sets: SentenceCues[]): SentenceCues {
  const union = (pick: (c: SentenceCues) => readonly string[]): string[] => [...new Set(sets.flatMap(pick))];
  return {
    abbreviations: union((c) => c.abbreviations),
    terminalAbbreviations: union((c) => c.terminalAbbreviations),
    closingAbbreviations: union((c) => c.closingAbbreviations),
    abbreviationSuffixes: union((c) => c.abbreviationSuffixes),
    months: union((c) => c.months),
    ordinalCues: union((c) => c.ordinalCues),
    ordinalAdjectiveEndings: union((c) => c.ordinalAdjectiveEndings),
    ordinalNouns: union((c) => c.ordinalNouns),
    sentenceStarters: union((c) => c.sentenceStarters),
  };
}

/** Finds every abbreviation in a line. */
export function findAbbreviations(line: string, cues: CompiledCues): AbbreviationHit[] {
  return [...line.matchAll(cues.abbreviation)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: compact(m[0]),
  }));
}

/**
 * True when a break proposed between `line.slice(0, headEnd)` and
 * `line.slice(tailStart)` is false and the two parts belong to one sentence.
 * `headEnd` is just after the last non-space character before the break,
 * `tailStart` at the first non-space character after it.
 */
export function isFalseBreak(
  line: string,
  headEnd: number,
  tailStart: number,
  hits: readonly AbbreviationHit[],
  cues: CompiledCues,
): boolean {
  // Only the words next to the break matter: a window keeps a long line (a whole page without line breaks) linear.
  const tail = line.slice(tailStart, tailStart + WINDOW);
  if (LOWER_START.test(tail) || CONTINUATION_START.test(tail) || QUOTED_LOWER_START.test(tail)) return true;
  if (line[headEnd - 1] !== ".") return false;
  const near = nextWord(tail);
  // A word that fills the window may go on past it: only then is the rest of the line read.
  const next = tail.length === WINDOW && near !== "" && tail.endsWith(near) ? nextWord(line.slice(tailStart)) : near;
  const startsSentence = cues.starters.has(next);
  const hit = hitAt(hits, headEnd);
  if (hit) return isFalseBreakAfterAbbreviation(hit, headEnd, startsSentence, cues);
  const [previous, last] = lastTwoTokens(line, headEnd);
  if (ORDINAL.test(last)) return isOrdinal(previous, next, startsSentence, cues);
  if (INITIALS.test(last) || ROMAN.test(last)) return CAPITALISED.test(next) && !startsSentence;
  return false;
}

/** Inside a multi-part abbreviation never; after one, depending on its kind. */
function isFalseBreakAfterAbbreviation(hit: AbbreviationHit, headEnd: number, startsSentence: boolean, cues: CompiledCues): boolean {
  if (hit.end > headEnd) return true;
  if (cues.closing.has(hit.key)) return false;
  return !cues.terminal.has(hit.key) || !startsSentence;
}

/**
 * A number with a dot is an ordinal before a month or a typical noun, or
 * after a cue word or an inflected adjective when no sentence starts.
 */
function isOrdinal(previous: string, next: string, startsSentence: boolean, cues: CompiledCues): boolean {
  if (cues.months.has(next) || cues.ordinalNouns.has(next)) return true;
  if (next === "" || startsSentence || !CAPITALISED.test(next)) return false;
  return cues.ordinalCues.has(previous.toLowerCase()) || (cues.ordinalAdjective?.test(previous) ?? false);
}

/** Lower-case words of three or more letters with one of the endings. */
function adjectivePattern(endings: readonly string[]): RegExp | null {
  if (endings.length === 0) return null;
  return new RegExp(`^\\p{Ll}{2,}(?:${endings.join("|")})$`, "u");
}

function nextWord(tail: string): string {
  return WORD.exec(tail.replace(OPENERS, ""))?.[0] ?? "";
}

/** Characters read on either side of a break before the whole line is (a word longer than this). */
const WINDOW = 256;

/** The abbreviation that ends at or runs across `headEnd` (hits are sorted and do not overlap), or undefined. */
function hitAt(hits: readonly AbbreviationHit[], headEnd: number): AbbreviationHit | undefined {
  const hit = lastStartingBy(hits, headEnd - 1);
  return hit && hit.end >= headEnd ? hit : undefined;
}

/** The last two whitespace-separated tokens of `line.slice(0, headEnd)`, without opening quotes and brackets. */
function lastTwoTokens(line: string, headEnd: number): [string, string] {
  const from = Math.max(0, headEnd - WINDOW);
  let tokens = line.slice(from, headEnd).split(/\s+/u).filter((t) => t !== "");
  // The window may cut the first token it holds: read the whole head when that token could be one of the two.
  if (from > 0 && tokens.length < 3) tokens = line.slice(0, headEnd).split(/\s+/u).filter((t) => t !== "");
  const clean = (t: string | undefined): string => (t ?? "").replace(OPENERS, "");
  return [clean(tokens.at(-2)), clean(tokens.at(-1))];
}

function keys(abbreviations: readonly string[]): Set<string> {
  return new Set(abbreviations.flatMap(withCapitalisedVariant).map(compact));
}

function withCapitalisedVariant(abbreviation: string): string[] {
  const first = abbreviation.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? [abbreviation] : [abbreviation, upper + abbreviation.slice(1)];
}

function compact(abbreviation: string): string {
  return abbreviation.replace(/\s+/gu, "");
}

/** "z.B." matches "z.B." and "z. B."; regular-expression characters are escaped. */
function abbreviationPattern(compacted: string): string {
  const escaped = compacted.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return escaped.replace(/\\\.(?=.)/gu, "\\.\\s?");
}
