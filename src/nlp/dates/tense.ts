/**
 * Tense of the clause around a date expression: news tells of the past, so a
 * weekday without modifier lies before the article date unless a future cue
 * ("soll", "wird", "geplant") stands nearer to it than any past cue.
 */
import type { Span } from "../../core/article.js";
import { alternation, perLexicon, type DateLexicon } from "./lexicon.js";

interface CuePatterns {
  future: RegExp;
  past: RegExp;
  reportedPast: RegExp | null;
  /** A lower-case word with an adjective's ending right after the date (group 1: the word without it); null where adjectives do not inflect. */
  inflected: RegExp | null;
}

const cuePatterns = perLexicon((lex): CuePatterns => {
  const build = (cues: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues)})(?![\\p{L}\\p{N}])`, "giu");
  const reportedPast = lex.reportedPast === null ? null : new RegExp(`(?:${lex.reportedPast})\\s*(?:[.!?,;:]|$)`, "u");
  const inflected = lex.adjectiveEndings.length === 0 ? null : new RegExp(`^\\s+(\\p{Ll}+?)(?:${alternation(lex.adjectiveEndings)})(?![\\p{L}])`, "u");
  return { future: build(lex.futureCues), past: build(lex.pastCues), reportedPast, inflected };
});

/**
 * Distance in characters from the nearest match of `pattern` in the span to
 * [start, end), or Infinity; matches for which `skip` holds do not count.
 */
function nearest(
  text: string, span: Span, start: number, end: number, pattern: RegExp, skip: (from: number, to: number) => boolean = () => false,
): number {
  let best = Infinity;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(pattern)) {
    const from = span.start + (m.index ?? 0);
    const to = from + m[0].length;
    if ((to > start && from < end) || skip(from, to)) continue;
    best = Math.min(best, from >= end ? from - end : start - to);
  }
  return best;
}

/** Punctuation that bounds a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:–()]/u;

/** Where the bracket opened at `at` closes inside [at, limit), or -1. */
function closingBracket(text: string, at: number, limit: number): number {
  const close = text.indexOf(")", at);
  return close >= 0 && close < limit ? close : -1;
}

/** Where the bracket closed at `at` opens inside [limit, at], or -1. */
function openingBracket(text: string, at: number, limit: number): number {
  const open = text.lastIndexOf("(", at);
  return open >= limit ? open : -1;
}

/**
 * The stretch of the sentence between the punctuation marks around [start,
 * end) (commas, semicolons, colons, dashes, brackets). A bracketed aside
 * outside [start, end) is part of the clause ("Nachdem die Zeitung am Montag
 * Belege für eine Beteiligung des Dienstes (BND) präsentierte, …").
 */
function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  let from = start;
  while (from > sentence.start) {
    const ch = text[from - 1];
    const open = ch === ")" ? openingBracket(text, from - 1, sentence.start) : -1;
    if (open >= 0) from = open;
    else if (CLAUSE_BREAK.test(ch)) break;
    else from--;
  }
  let to = end;
  while (to < sentence.end) {
    const ch = text[to];
    const close = ch === "(" ? closingBracket(text, to, sentence.end) : -1;
    if (close >= 0) to = close + 1;
    else if (CLAUSE_BREAK.test(ch)) break;
    else to++;
  }
  return { start: from, end: to };
}

/** The last word of a clause: the finite verb of a subordinate clause (", das sich am Dienstag ereignete,"). */
function lastWord(text: string, clause: Span): string {
  return /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(clause.start, clause.end))?.[1] ?? "";
}

function isParticiple(word: string, lex: DateLexicon): boolean {
  return lex.participle !== null && lex.participle.test(word) && !lex.participleLookalikes.includes(word);
}

/**
 * Whether the cue at [from, to) is the auxiliary of a passive: right after
 * a participle, where it is a passive infinitive ("musste … abgebrochen
 * werden") or ends a passive subordinate clause (", das … bewohnt wird,"),
 * or in a clause that ends in a participle ("werden 99 Prozent … wieder
 * gefunden"). `clauseEnd` asks for the last test too (the sentence-level
 * search; in the date's own clause a passive present tells of a plan:
 * "Die Ergebnisse werden am Montag vorgestellt").
 */
function isPassiveAuxiliary(text: string, sentence: Span, from: number, to: number, lex: DateLexicon, clauseEnd = true): boolean {
  const cue = text.slice(from, to).toLowerCase();
  if (!lex.passiveAuxiliaries.includes(cue)) return false;
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(sentence.start, from - 40), from))?.[1];
  if (before !== undefined && isParticiple(before, lex)) return true;
  if (!clauseEnd) return false;
  const clause = clauseAround(text, sentence, from, to);
  const words = text.slice(clause.start, clause.end).match(/\p{L}+/gu) ?? [];
  return words.length > 0 && isParticiple(words[words.length - 1], lex);
}

/**
 * A participle used as an adjective right after the date: "nach der am
 * Dienstag erfolgten Veröffentlichung" tells of the past, "die für Mittwoch
 * geplante Kundgebung" (a future cue) of the future.
 */
function attributiveTense(text: string, end: number, lex: DateLexicon): "past" | "future" | null {
  const next = cuePatterns(lex).inflected?.exec(text.slice(end, end + 40));
  if (!next || !isParticiple(next[1], lex)) return null;
  return lex.futureCues.includes(next[1]) ? "future" : "past";
}

/** Whether the clause around [start, end) ends in a participle after a perfect auxiliary ("sind am Samstag eingetroffen"). */
function perfectClause(text: string, clause: Span, lex: DateLexicon): boolean {
  if (!isParticiple(lastWord(text, clause), lex)) return false;
  const words = text.slice(clause.start, clause.end).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => lex.perfectAuxiliaries.includes(w));
}

/**
 * Tense of the clause around [start, end): a participle used as an adjective
 * right after it; the kind of the nearest cue in the clause the date stands
 * in, or a past verb that ends it (", das sich am Dienstag ereignete,"), or a
 * participle after a perfect auxiliary; else the nearest cue in the sentence
 * (a reported past is past; the auxiliary of another clause's passive is no
 * cue), or null without a cue within `reach` characters.
 */
export function clauseTense(
  text: string, sentence: Span, start: number, end: number, lex: DateLexicon, reach = Infinity,
): "past" | "future" | null {
  const { future, past, reportedPast } = cuePatterns(lex);
  if (reportedPast?.test(text.slice(sentence.start, sentence.end))) return "past";
  const attributive = attributiveTense(text, end, lex);
  if (attributive) return attributive;
  const clause = clauseAround(text, sentence, start, end);
  const inFuture = nearest(text, clause, start, end, future, (from, to) => isPassiveAuxiliary(text, sentence, from, to, lex, false));
  const inPast = Math.min(nearest(text, clause, start, end, past), nearestPastForm(text, clause, start, end, lex));
  if (Math.min(inFuture, inPast) <= reach && inFuture !== inPast) return inFuture < inPast ? "future" : "past";
  if (lex.pastVerb?.test(lastWord(text, clause)) || perfectClause(text, clause, lex)) return "past";
  const passive = (from: number, to: number) => isPassiveAuxiliary(text, sentence, from, to, lex);
  const toFuture = nearest(text, sentence, start, end, future, passive);
  const toPast = Math.min(nearest(text, sentence, start, end, past), nearestPastForm(text, sentence, start, end, lex));
  if (Math.min(toFuture, toPast) > reach) return null;
  return toFuture < toPast ? "future" : "past";
}

const pastFormPattern = perLexicon((lex) => (lex.pastForms ? new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${lex.pastForms.pattern})(?![\\p{L}\\p{N}])`, "gu") : null));

/**
 * How near a verb in the simple past must stand to the date to count ("Prices
 * rose in October"): farther away a form in -ed is as often an adjective
 * ("unredacted versions … on Friday") or a participle ("followed by …").
 */
const PAST_FORM_REACH = 15;

/** Distance to the nearest verb in the simple past ("rose", "announced") right next to the date, not a passive participle ("will be held"); Infinity without one. */
function nearestPastForm(text: string, span: Span, start: number, end: number, lex: DateLexicon): number {
  const pattern = pastFormPattern(lex);
  if (!pattern || !lex.pastForms) return Infinity;
  const passive = lex.pastForms.passiveBefore;
  const distance = nearest(text, span, start, end, pattern, (from, to) => {
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, from - 20), from))?.[1].toLowerCase() ?? "";
    return passive.includes(before) || /^\s+by\b/u.test(text.slice(to, to + 5));
  });
  return distance <= PAST_FORM_REACH ? distance : Infinity;
}

/** Whether the clause around [start, end) speaks of the future: a future cue nearer than every past cue, and no reported past. */
export function speaksOfFuture(text: string, sentence: Span, start: number, end: number, lex: DateLexicon): boolean {
  return clauseTense(text, sentence, start, end, lex) === "future";
}

/** Whether the clause around [start, end) holds a past cue or the sentence a reported past: "bis Samstagabend wurden keine Schäden berichtet". */
export function pastInClause(text: string, sentence: Span, start: number, end: number, lex: DateLexicon): boolean {
  const { past, reportedPast } = cuePatterns(lex);
  if (reportedPast?.test(text.slice(sentence.start, sentence.end))) return true;
  return nearest(text, clauseAround(text, sentence, start, end), start, end, past) < Infinity;
}
