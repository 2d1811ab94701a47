/**
 * Cues at the end of a relative clause (", der sagte", ", der diese Maßnahme
 * als „Kapitulation“ sieht"): the relative pronoun is the subject and stands
 * for the speaker, as the data set marks it; resolve.ts resolves it to the
 * phrase before the comma.
 */
import type { QuoteDoc } from "./context.js";
import { isPersonPhrase } from "./person.js";
import { isAdjective, nounPhrase, type Range } from "./phrase.js";
import { subjectAfter } from "./position.js";
import type { Tok } from "./tokens.js";
import type { VerbHit } from "./verb-form.js";
import { isSubjunctive } from "./lexicon.js";

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
  // ", die Aktion erinnere „…“": article, noun and a cue in the Konjunktiv I open a reported main clause, not a relative one.
  if (k === start + 2 && /^\p{Lu}/u.test(toks[start + 1].text) && lex.sets.cueSubjunctives.has(toks[k].text)) return null;
  if (listedBefore(doc, toks, start, k)) return null;
  const tail = toks.slice(k + 1, end);
  if (!tail.every((t) => lex.sets.auxiliaries.has(t.lower) || t.lower === hit.entry.verb.particle) || toks.slice(start, end).some((t) => lex.sets.passiveAuxiliaries.has(t.lower))) return null;
  if (!lex.sets.masculineRelatives.has(pronoun)) {
    const inner = subjectAfter(toks, start + 1, k, lex);
    if (inner && inner.from === start + 1 && (toks[inner.from].lower === "der" || isPersonPhrase(doc, toks, inner))) return inner;
  }
  return { from: start, to: start + 1 };
}

/**
 * "Die Linke, die Grünen und die SPD forderten, …": an article after a comma
 * that opens two phrases joined by "und"/"oder" right before the verb, after
 * a name that opens the sentence, continues a list; it is no relative pronoun.
 */
function listedBefore(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): boolean {
  const lex = doc.lex;
  if (!lex.data.capitalisedNouns || !/^\p{Lu}/u.test(toks[start + 1]?.text ?? "")) return false;
  let c = start + 2;
  while (c < k && !lex.sets.coordinators.has(toks[c].lower)) c++;
  if (c >= k || nounPhrase(toks, start, c, lex, false)?.to !== c || nounPhrase(toks, c + 1, k, lex, false)?.to !== k) return false;
  const opening = nounPhrase(toks, 0, start - 1, lex, false);
  return opening?.to === start - 1 && !verbAfterComma(doc, toks, k + 1);
}

/** "Die Partei, die Grünen und SPD kritisierten, forderte …": a lower-case word after the clause's comma that opens no phrase or clause is the main clause's verb. */
function verbAfterComma(doc: QuoteDoc, toks: readonly Tok[], comma: number): boolean {
  const next = toks[comma + 1];
  if (toks[comma]?.text !== "," || !next || !/^\p{Ll}/u.test(next.text)) return false;
  const s = doc.lex.sets;
  return ![s.determiners, s.pronouns, s.thatWords, s.subordinators, s.prepositions, s.skipAdverbs, s.relativePronouns].some((set) => set.has(next.lower));
}

/**
 * ", von dem die Polizei glaubt, er sei …", ", über die der Minister sagte, …":
 * a relative clause that opens with a preposition and its relative pronoun
 * and ends with the cue verb; its subject is the phrase after the pronoun.
 */
export function prepositionalRelativeSubject(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number, end: number, hit: VerbHit): Range | null {
  const lex = doc.lex;
  if (start === 0 || toks[start - 1].text !== "," || !lex.sets.prepositions.has(toks[start].lower) || !lex.sets.relativePronouns.has(toks[start + 1]?.lower ?? "")) return null;
  if (!toks.slice(k + 1, end).every((t) => lex.sets.auxiliaries.has(t.lower) || t.lower === hit.entry.verb.particle)) return null;
  if (toks.slice(start, end).some((t) => lex.sets.passiveAuxiliaries.has(t.lower))) return null;
  if (!reportedClauseAfter(doc, toks, end)) return null;
  // "in dessen Folge das Gericht festgestellt hatte": a genitive pronoun takes the noun after it into the prepositional phrase.
  const genitive = /^(?:dessen|deren)$/u.test(toks[start + 1].lower);
  const from = genitive ? (nounPhrase(toks, start + 2, k, lex)?.to ?? start + 3) : start + 2;
  // ", in der es heißt, …": "es" names no one; the document before the comma speaks.
  if (lex.sets.expletives.has(toks[from]?.lower ?? "")) return antecedentBefore(doc, toks, start - 1);
  const subject = subjectAfter(toks, from, k, lex);
  return subject && subject.from === from ? subject : null;
}

/**
 * The noun phrase before the comma at `comma` that a relative clause points
 * back to: "eine Erklärung, in der es heißt", "griff den Tenor chinesischer
 * Medien auf, in denen es heißt" (a separable particle before the comma is
 * skipped): the longest phrase that opens with an article and ends there.
 * For a relative pronoun that is a subject (`pronoun`: "die Angaben eines
 * Hackers, der behauptet"), the nearest such phrase, with no particle
 * skipped.
 */
export function antecedentBefore(doc: QuoteDoc, toks: readonly Tok[], comma: number, pronoun = false): Range | null {
  const end = !pronoun && comma > 0 && /^\p{Ll}+$/u.test(toks[comma - 1].text) && !doc.lex.sets.determiners.has(toks[comma - 1].lower) ? comma - 1 : comma;
  const s = doc.lex.sets;
  let best: Range | null = null;
  for (let j = end - 1; j >= 0 && !/^[,;:.!?]$/u.test(toks[j].text); j--) {
    const t = toks[j];
    const beforeName = j + 1 < end && /^\p{Lu}/u.test(toks[j + 1].text);
    const fits =
      /^\p{Lu}/u.test(t.text) || s.determiners.has(t.lower) || ((isAdjective(t, doc.lex) || s.npLinks.has(t.lower) || s.coordinators.has(t.lower)) && beforeName) || (s.npLinks.has(t.lower) && isAdjective(toks[j + 1], doc.lex));
    if (!fits) break;
    const next = toks[j + 1];
    if (s.determiners.has(t.lower) && next && (/^\p{Lu}/u.test(next.text) || isAdjective(next, doc.lex))) best = { from: j, to: end };
    if (pronoun && best) break;
  }
  return best && best.to > best.from + 1 ? best : null;
}

/** How far into the clause after the comma a "dass" or a subjunctive verb may stand. */
const REPORTED_REACH = 6;

/** A comma at `end` followed by a reported clause (a "dass" clause or a clause with a subjunctive verb soon), or a colon followed by a quote. */
function reportedClauseAfter(doc: QuoteDoc, toks: readonly Tok[], end: number): boolean {
  if (toks[end]?.text === ":" && toks[end + 1] && doc.pairs.some((p) => p.start === toks[end + 1].start)) return true;
  if (toks[end]?.text !== ",") return false;
  const next = toks.slice(end + 1, end + 1 + REPORTED_REACH);
  return doc.lex.sets.thatWords.has(next[0]?.lower ?? "") || next.some((t) => isSubjunctive(doc.lex, t));
}

/** ", der sagte": a relative pronoun right before the verb is the speaker (resolved to the phrase before the comma, see resolve.ts). */
export function relativeSpeaker(doc: QuoteDoc, toks: Tok[], start: number, k: number): Range | null {
  if (start === 0 || toks[start - 1].text !== "," || !doc.lex.sets.determiners.has(toks[start].lower)) return null;
  if (k - start > 3 || toks.slice(start + 1, k).some((t) => !doc.lex.sets.skipAdverbs.has(t.lower))) return null;
  return { from: start, to: start + 1 };
}
