/**
 * Context of a name as a whole: runs of capitalised tokens ("Frankfurter
 * Hauptbahnhof", "Olaf Scholz") with the word before and after the run, word
 * classes of those words (place prepositions, agent prepositions, verbs of
 * saying), the kind of noun that heads the run ("-straße" → place,
 * "-verein" → organisation). The features let what stands around a
 * multi-word name reach every token of it.
 */
import {
  AGENT_CONTEXT_WORDS, AGENT_VERBS, DEFINITE_ARTICLES, MISC_HEAD_ENDINGS, ORGANISATION_CUES, ORGANISATION_HEAD_ENDINGS,
  PERSON_TITLE_ENDINGS, PERSON_TITLES, PLACE_CONTEXT_WORDS, PLACE_HEAD_ENDINGS,
} from "../../lang/de/ner-cues.js";
import { hashString, mix } from "./hash.js";
import { memoise } from "./memo.js";

/** Word classes of context words (0: none). */
export const enum WordClass {
  None = 0, PlacePrep, AgentPrep, Article, AgentVerb, Title, OrgCue, Punct, Boundary, Lower, Number,
}

/** Kinds of nouns heading a name (0: none). */
export const enum HeadKind {
  None = 0, Place, Organisation, Misc, Person,
}

const PLACE_PREPS = new Set(PLACE_CONTEXT_WORDS);
const AGENT_PREPS = new Set(AGENT_CONTEXT_WORDS);
const ARTICLES = new Set(DEFINITE_ARTICLES);
const VERBS = new Set(AGENT_VERBS);
const TITLES = new Set(PERSON_TITLES);
const ORG_CUES = new Set(ORGANISATION_CUES);
const NAME_START = /^[\p{Lu}\d]/u;

/** The class of a context word; `undefined` is the sentence boundary. */
export function wordClass(token: string | undefined): WordClass {
  if (token === undefined) return WordClass.Boundary;
  const lower = token.toLowerCase();
  if (PLACE_PREPS.has(lower)) return WordClass.PlacePrep;
  if (AGENT_PREPS.has(lower)) return WordClass.AgentPrep;
  if (ARTICLES.has(lower)) return WordClass.Article;
  if (VERBS.has(lower)) return WordClass.AgentVerb;
  if (TITLES.has(token)) return WordClass.Title;
  if (ORG_CUES.has(token)) return WordClass.OrgCue;
  if (/^\d/u.test(token)) return WordClass.Number;
  if (!/\p{L}/u.test(token)) return WordClass.Punct;
  if (!/^\p{Lu}/u.test(token)) return WordClass.Lower;
  return WordClass.None;
}

/** The kind of noun a capitalised word ends in ("Hauptbahnhof" → place, "Sportverein" → organisation). */
export const headKind = memoise(headOf);

function headOf(token: string): HeadKind {
  if (!/^\p{Lu}/u.test(token)) return HeadKind.None;
  const lower = token.toLowerCase();
  const endsIn = (list: readonly string[]): boolean => list.some((e) => lower.endsWith(e) && lower.length >= e.length);
  if (ORG_CUES.has(token) || endsIn(ORGANISATION_HEAD_ENDINGS)) return HeadKind.Organisation;
  if (TITLES.has(token) || endsIn(PERSON_TITLE_ENDINGS)) return HeadKind.Person;
  if (endsIn(PLACE_HEAD_ENDINGS)) return HeadKind.Place;
  if (endsIn(MISC_HEAD_ENDINGS)) return HeadKind.Misc;
  return HeadKind.None;
}

/** Per-token context values (hashed, template-free); the caller mixes in its template ids. */
export interface NameContext {
  /** Position in the capitalised run (B/I/L/U) × run length (1–4+), or 0 outside a run. */
  runPosition: number[];
  /** Lower-case word before the run × position, or 0. */
  runBefore: number[];
  /** Lower-case word after the run × position, or 0. */
  runAfter: number[];
  /** Classes of the words before and after the run × position, or 0. */
  runClasses: number[];
  /** Head kinds of the run's first and last token × position, or 0. */
  runHeads: number[];
}

/** The name context of every token of a sentence. */
export function nameContext(tokens: readonly string[]): NameContext {
  const n = tokens.length;
  const out: NameContext = {
    runPosition: new Array<number>(n).fill(0),
    runBefore: new Array<number>(n).fill(0),
    runAfter: new Array<number>(n).fill(0),
    runClasses: new Array<number>(n).fill(0),
    runHeads: new Array<number>(n).fill(0),
  };
  let i = 0;
  while (i < n) {
    if (!NAME_START.test(tokens[i]) || wordClass(tokens[i]) !== WordClass.None) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && NAME_START.test(tokens[end]) && wordClass(tokens[end]) === WordClass.None) end++;
    markRun(tokens, i, end, out);
    i = end;
  }
  return out;
}

function markRun(tokens: readonly string[], start: number, end: number, out: NameContext): void {
  const length = Math.min(4, end - start);
  const before = tokens[start - 1];
  const after = tokens[end];
  const beforeWord = before === undefined ? 1 : hashString(before.toLowerCase());
  const afterWord = after === undefined ? 2 : hashString(after.toLowerCase());
  const classes = mix(1 + wordClass(before), 1 + wordClass(after));
  const heads = mix(1 + headKind(tokens[start]), 1 + headKind(tokens[end - 1]));
  for (let i = start; i < end; i++) {
    const position = end - start === 1 ? 4 : i === start ? 1 : i === end - 1 ? 3 : 2;
    out.runPosition[i] = mix(position, length);
    out.runBefore[i] = mix(position, beforeWord);
    out.runAfter[i] = mix(position, afterWord);
    out.runClasses[i] = mix(position, classes);
    out.runHeads[i] = mix(position, heads);
  }
}
