/**
 * A person in apposition after a speaker phrase ("die US-Delegationsleiterin
 * beim Klimagipfel, Sharon Hayes, äußerte sich …"): resolve.ts takes such a
 * person as the one the phrase names.
 */
import type { EntityMention } from "../../core/article.js";
import type { QuoteDoc } from "./context.js";
import type { Speaker } from "./found.js";
import { isRoleWord } from "./person.js";

/**
 * Whether a person after a speaker phrase stands in apposition to it: after
 * a comma, perhaps with the phrase's complement before it ("die
 * US-Delegationsleiterin beim Klimagipfel, Sharon Hayes, äußerte sich"), and
 * not as the subject of a clause of its own ("sagte der Sprecher, Merz werde
 * kommen"): the apposition closes with a comma or bracket, or goes on with
 * an article, a preposition or a capitalised word ("…, Volker Beck das
 * Pontifikat"), not with a verb.
 */
export function inApposition(doc: QuoteDoc, speaker: Speaker, person: EntityMention): boolean {
  const sets = doc.lex.sets;
  const between = /^\s*(\p{L}+\s[^,.;:!?„“"()]{0,60})?,\s*((?:[\p{L}.-]+\s+){0,3})$/u.exec(doc.text.slice(speaker.end, person.start));
  if (!between) return false;
  if (between[1] !== undefined && !isComplement(doc, between[1].trim().split(/\s+/u))) return false;
  if (!isRoleBeforeName(doc, between[2].trim())) return false;
  const next = /^\s*(?:\([^()]*\)\s*)?(\S+)/u.exec(doc.text.slice(person.end, person.end + 60))?.[1] ?? "";
  return !/^\p{Ll}/u.test(next) || sets.determiners.has(next.toLowerCase()) || sets.prepositions.has(next.toLowerCase());
}

/**
 * Words between the comma and the name of an apposition: none, or a role
 * that ends in a role noun, every word capitalised or a role word (", US
 * ambassador John Danforth,", ", Bundesministerin Svenja Schulze,").
 */
function isRoleBeforeName(doc: QuoteDoc, words: string): boolean {
  if (words === "") return true;
  const roles = doc.lex.sets.personRoles;
  const list = words.split(/\s+/u);
  const role = (w: string): boolean => isRoleWord(w.toLowerCase(), roles);
  return role(list[list.length - 1]) && list.every((w) => /^\p{Lu}/u.test(w) || role(w));
}

/**
 * Words that can only be a role's complement: a preposition or link word
 * first, then names, articles, prepositions and inflected adjectives before
 * a capitalised word ("beim Klimagipfel", "im niedersächsischen Landtag"),
 * no verb ("um Linebacker Luke Kuechly hielt zwar lange dagegen").
 */
function isComplement(doc: QuoteDoc, words: readonly string[]): boolean {
  const sets = doc.lex.sets;
  const functional = (w: string): boolean => sets.prepositions.has(w) || sets.roleComplementLinks.has(w) || sets.determiners.has(w) || sets.coordinators.has(w);
  if (!functional(words[0].toLowerCase())) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || functional(w.toLowerCase()) || (doc.lex.data.adjectiveEndings.some((e) => w.endsWith(e)) && /^\p{Lu}/u.test(words[i + 1] ?? "")));
}
