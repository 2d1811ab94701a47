/**
 * Where a reported clause ends: at the next frame, at a new main clause in the
 * indicative after a comma, at a writer's comment ("…, wobei …"), or at a
 * colon or semicolon before what follows.
 */
import type { QuoteDoc } from "./context.js";
import type { Frame } from "./frames.js";
import type { Tok } from "./tokens.js";
import { isSubjunctive } from "./lexicon.js";

/**
 * A reported clause ends where the next frame opens ("…, sprach aber von …"),
 * where a new main clause follows a comma ("…, erkannte das Gericht nicht
 * an"), or at a colon before a direct quote.
 */
export function cutAtNext(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number, later: readonly Frame[], verbFrame = false): number {
  let end = to;
  for (const f of later) if (f.from > from && f.from < end) end = f.from;
  for (let i = from + 1; i < end; i++) {
    if ((toks[i].text === ":" || toks[i].text === ";") && i + 1 < toks.length) {
      const next = toks[i + 1];
      if (doc.pairs.some((p) => p.start === next.start) || toks[i].text === ";") return i;
    }
    if (toks[i].text === "," && i + 1 < end && opensMainClause(doc, toks[i + 1], toks[i + 2])) return i;
    // "sagte Köhler, sie müssten … aufgeben und bemühte hier das Bild …": a past verb right after "und" goes on with the frame's subject.
    if (verbFrame && i > from + 1 && joinsFrameVerb(doc, toks, i, end) && !insidePair(doc, toks[i].start)) return i;
    if (toks[i].text === "," && i + 1 < end && endsThatClause(doc, toks, from, i)) return i;
    if (toks[i].text === "," && i + 1 < end && doc.lex.sets.cutSubordinators.has(toks[i + 1].lower) && !clauseHasSubjunctive(doc, toks, i + 1, end) && !insidePair(doc, toks[i].start)) return i;
  }
  return end;
}

/** "und bemühte", "und kündigte": "und" with a verb in the simple past right after it, not the adjective of a noun ("und gute Ideen"). German only; for the clause of a verb frame, whose subject the verb shares. */
function joinsFrameVerb(doc: QuoteDoc, toks: readonly Tok[], i: number, end: number): boolean {
  if (!doc.lex.data.capitalisedNouns || toks[i].lower !== "und" || i + 1 >= end) return false;
  const verb = toks[i + 1];
  if (!/^\p{Ll}{3,}(?:te|ten)$/u.test(verb.text) || isSubjunctive(doc.lex, verb) || doc.lex.sets.determiners.has(verb.lower)) return false;
  return !/^\p{Lu}/u.test(toks[i + 2]?.text ?? "") || doc.lex.finite.has(verb.lower);
}

/**
 * "dass die Fahrgäste selber schuld seien, wird nun … investiert": a "dass"
 * clause ends with its verb, so an indicative auxiliary right after the comma
 * at `comma` opens the main clause (not after a colon inside the clause).
 */
function endsThatClause(doc: QuoteDoc, toks: readonly Tok[], from: number, comma: number): boolean {
  const s = doc.lex.sets;
  const next = toks[comma + 1].lower;
  if (!opensWithThat(doc, toks, from) || !s.auxiliaries.has(next) || isSubjunctive(doc.lex, toks[comma + 1])) return false;
  return /^\p{Ll}/u.test(toks[comma - 1].text) && !toks.slice(from + 1, comma).some((t) => t.text === ":");
}

/** Whether the region opens with German "dass" (after a comma or colon of the frame). */
function opensWithThat(doc: QuoteDoc, toks: readonly Tok[], from: number): boolean {
  // English "that" clauses are not verb-final: an auxiliary after a comma may go on with them ("that X, the activist, will receive").
  if (!doc.lex.data.capitalisedNouns) return false;
  const first = toks[from]?.text === "," || toks[from]?.text === ":" ? toks[from + 1] : toks[from];
  return !!first && doc.lex.sets.thatWords.has(first.lower);
}

/** True when the clause from `from` up to the next comma (or `end`) holds a subjunctive verb: it is still reported. */
function clauseHasSubjunctive(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): boolean {
  for (let i = from; i < end && toks[i].text !== ","; i++) if (isSubjunctive(doc.lex, toks[i])) return true;
  return false;
}

/** True when the offset lies inside a pair of quotation marks (the words of a direct quote are not cut). */
function insidePair(doc: QuoteDoc, at: number): boolean {
  return doc.pairs.some((p) => p.start < at && at < p.end);
}

/** A lower-case word after a comma that can only be a finite verb in the indicative ("…, erkannte …"). */
function opensMainClause(doc: QuoteDoc, tok: Tok, next: Tok | undefined): boolean {
  const s = doc.lex.sets;
  const w = tok.lower;
  if (!/^\p{Ll}/u.test(tok.text) || w.length < 4) return false;
  if (s.determiners.has(w) || s.prepositions.has(w) || s.coordinators.has(w) || s.subordinators.has(w) || s.pronouns.has(w)) return false;
  if (s.skipAdverbs.has(w) || isSubjunctive(doc.lex, tok) || s.complementizers.has(w) || s.objectPronouns.has(w) || s.auxiliaries.has(w)) return false;
  if (/(?:e|en|er|es|em)$/u.test(w) && next && /^\p{Lu}/u.test(next.text)) return false;
  return /(?:te|ten|t)$/u.test(w) || doc.lex.finite.has(w);
}
