/**
 * Whether a noun phrase can be the one who speaks. German puts the object
 * first as readily as the subject ("Die Äußerungen bezeichnete Wiefelspütz
 * als …"); when the phrase in first position names an abstract thing and the
 * phrase after the verb names a person, the person is the speaker.
 */
import type { QuoteDoc } from "./context.js";
import { phraseHead, type Range } from "./phrase.js";
import { subjectAfter } from "./position.js";
import type { Tok } from "./tokens.js";

/** True when the token range overlaps a named person or organisation of the NER stage. */
export function overlapsActor(doc: QuoteDoc, toks: readonly Tok[], range: Range): boolean {
  const start = toks[range.from].start;
  const end = toks[range.to - 1].end;
  return doc.actors.some((a) => a.start < end && start < a.end);
}

/** True for a role noun or a compound ending in one ("Sprecher", "Regierungssprecherin"). */
export function isRoleWord(word: string, roles: ReadonlySet<string>): boolean {
  if (roles.has(word) || roles.has(word.slice(word.lastIndexOf("-") + 1))) return true;
  for (const r of roles) if (r.length >= 5 && word.endsWith(r)) return true;
  return false;
}

/**
 * A phrase that names a person: a person or organisation of the NER stage,
 * a role noun ("der SPD-Vorsitzende"), a nominative pronoun, or a bare name
 * (capitalised words without a determiner: "Hartmann", "Jörg Tauss").
 */
export function isPersonPhrase(doc: QuoteDoc, toks: readonly Tok[], range: Range): boolean {
  const s = doc.lex.sets;
  const words = toks.slice(range.from, range.to);
  if (words.length === 0) return false;
  if (overlapsActor(doc, toks, range)) return true;
  if (words.length === 1 && (s.pronouns.has(words[0].lower) || s.expletives.has(words[0].lower))) return !s.expletives.has(words[0].lower);
  if (words.some((w) => isRoleWord(w.lower, s.personRoles))) return true;
  const first = words[0];
  // "Hatte sie …", "Demnach …": a capitalised function word or auxiliary opens the sentence, it names nobody.
  if (words.length === 1 && [s.auxiliaries, s.modals, s.prepositions, s.subordinators, s.skipAdverbs, s.coordinators].some((set) => set.has(first.lower))) return false;
  return !s.determiners.has(first.lower) && words.every((w) => /^\p{Lu}/u.test(w.text) || s.nameParticles.has(w.lower) || w.text === "-");
}

/** Endings of abstract nouns: a phrase headed by one names a thing, not a speaker ("Äußerungen", "Anwendung", "Mitverantwortung"). */
const ABSTRACT_ENDING = /(?:ungen|ung|heit|keit|heiten|keiten|ion|ionen|ität|nis|nisse|ismus|tum|ment)$/u;

/**
 * True when a phrase is headed by an abstract noun and names no person or
 * organisation, or when its first noun is abstract and the persons it names
 * stand after it, in the genitive ("Die Äußerungen Hassemers und Papiers").
 */
export function isThingPhrase(doc: QuoteDoc, toks: readonly Tok[], range: Range): boolean {
  const noun = toks.slice(range.from, range.to).findIndex((t) => /^\p{Lu}/u.test(t.text) && !doc.lex.sets.determiners.has(t.lower));
  const first = noun < 0 ? null : toks[range.from + noun];
  if (first && noun > 0 && isAbstractNoun(doc, first) && !overlapsActor(doc, toks, { from: range.from, to: range.from + noun + 1 })) return true;
  if (overlapsActor(doc, toks, range)) return false;
  const head = phraseHead(toks, range, doc.lex);
  return head !== null && isAbstractNoun(doc, head);
}

function isAbstractNoun(doc: QuoteDoc, tok: Tok): boolean {
  return ABSTRACT_ENDING.test(tok.lower) && !doc.lex.sets.agentNouns.has(tok.lower) && !isRoleWord(tok.lower, doc.lex.sets.personRoles);
}

/**
 * "Die Äußerungen … bezeichnete Wiefelspütz als …": when the phrase in first
 * position names a thing, the person named right after the finite verb at
 * `verb` is the speaker; null when there is none.
 */
export function personAfterThing(doc: QuoteDoc, toks: readonly Tok[], first: Range, verb: number, lim: number): Range | null {
  if (!isThingPhrase(doc, toks, first)) return null;
  const after = subjectAfter(toks, verb + 1, lim, doc.lex);
  return after && isPersonPhrase(doc, toks, after) ? after : null;
}
