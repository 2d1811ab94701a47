/**
 * Cues at the end of a relative clause (", der sagte", ", der diese Maßnahme
 * als „Kapitulation“ sieht"): the relative pronoun is the subject and stands
 * for the speaker, as the data set marks it; resolve.ts resolves it to the
 * phrase before the comma.
 */
import type { QuoteDoc } from "./context.js";
import { isPersonPhrase } from "./person.js";
import { type Range } from "./phrase.js";
import { subjectAfter } from "./position.js";
import type { Tok } from "./tokens.js";
import type { VerbHit } from "./verb-form.js";



/**
 * ", der diese Maßnahme als „Kapitulation“ sieht", ", welche die Techniker
 * als „…“ bezeichnete": a relative clause with the cue verb at its end (only
 * auxiliaries or its particle after it; not a passive). The relative pronoun
 * is the subject and stands for the speaker (as the data set marks it; the
 * phrase before the comma is what it resolves to), unless a feminine/neuter
 * pronoun is followed by a masculine subject or a person (", die der
 * Minister …", ", die Scholz …"), who then speaks.
 */
export function relativeClauseSubject(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number, end: number, hit: VerbHit): Range | null {
  const lex = doc.lex;
  const pronoun = toks[start]?.lower ?? "";
  if (start === 0 || toks[start - 1].text !== "," || !lex.sets.subjectRelatives.has(pronoun) || k < start + 2 || lex.sets.coordinators.has(toks[k - 1].lower)) return null;
  const tail = toks.slice(k + 1, end);
  if (!tail.every((t) => lex.sets.auxiliaries.has(t.lower) || t.lower === hit.entry.verb.particle) || toks.slice(start, end).some((t) => lex.sets.passiveAuxiliaries.has(t.lower))) return null;
  if (!lex.sets.masculineRelatives.has(pronoun)) {
    const inner = subjectAfter(toks, start + 1, k, lex);
    if (inner && inner.from === start + 1 && (toks[inner.from].lower === "der" || isPersonPhrase(doc, toks, inner))) return inner;
  }
  return { from: start, to: start + 1 };
}

/** ", der sagte": a relative pronoun right before the verb is the speaker (resolved to the phrase before the comma, see resolve.ts). */
export function relativeSpeaker(doc: QuoteDoc, toks: Tok[], start: number, k: number): Range | null {
  if (start === 0 || toks[start - 1].text !== "," || !doc.lex.sets.determiners.has(toks[start].lower)) return null;
  if (k - start > 3 || toks.slice(start + 1, k).some((t) => !doc.lex.sets.skipAdverbs.has(t.lower))) return null;
  return { from: start, to: start + 1 };
}
