/**
 * Passive cues ("wurde von der Polizei mitgeteilt", "war … als „…“
 * bezeichnet worden"): the subject is what was said or named, the speaker is
 * the agent after "von" or the place where it was said.
 */
import type { QuoteDoc } from "./context.js";
import { isAdjective, nounPhrase, type Range } from "./phrase.js";
import type { Tok } from "./tokens.js";

/** A passive participle: after "wird/wurde …", or before "worden" ("war … als „…“ bezeichnet worden"). */
export function isPassive(toks: readonly Tok[], pivot: number, k: number, lex: QuoteDoc["lex"]): boolean {
  return lex.sets.passiveAuxiliaries.has(toks[pivot].lower) || toks[k + 1]?.lower === "worden";
}

/** A phrase followed by a short quoted name keeps it: "der Ausgabe des Wochenmagazines „profil“". */
function withQuotedName(toks: readonly Tok[], np: Range, lim: number): Range {
  if (toks[np.to]?.text !== "„") return np;
  for (let i = np.to + 2; i < Math.min(lim, np.to + 5); i++) if (toks[i].text === "“") return { from: np.from, to: i + 1 };
  return np;
}

/**
 * The agent of a passive cue: "wurde von der Polizei mitgeteilt". Without
 * one, the place where it was said stands for the speaker: "In einem Bericht
 * der Salzburger Nachrichten wurde vermutet, …", "1997 war auf einer
 * Konferenz in Aleppo vorgeschlagen worden, …". Only a phrase with an
 * article counts ("Aus Hamburg wird gemeldet" names a place), and not when a
 * pronoun is the subject ("In einem Schreiben wurden diese hingewiesen").
 */
export function agentPhrase(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): Range | null {
  for (let j = from; j < to; j++) if (isAgentPreposition(doc, toks, j)) return nounPhrase(toks, j + 1, to, doc.lex);
  if (toks.slice(from, to).some((t) => doc.lex.sets.pronouns.has(t.lower) || doc.lex.sets.demonstratives.has(t.lower))) return null;
  for (let j = from; j < to; j++) {
    if (!doc.lex.sets.impersonalSourcePrepositions.has(toks[j].lower)) continue;
    const np = nounPhrase(toks, j + 1, to, doc.lex);
    if (np && doc.lex.sets.timeNouns.has(toks[np.to - 1].lower)) continue;
    if (np && (doc.lex.sets.determiners.has(toks[np.from].lower) || doc.lex.sets.contractedPrepositions.has(toks[j].lower))) return withQuotedName(toks, np, to);
  }
  return null;
}

/**
 * "von" that names the agent of a passive ("wurde von der Polizei
 * mitgeteilt", "wurde die Aktion von den Veranstaltern als Erfolg
 * gewertet"), not one that belongs to the noun of a prepositional phrase
 * before it ("Der Regierung unter der Führung von Erdoğan wird vorgeworfen").
 */
export function isAgentPreposition(doc: QuoteDoc, toks: readonly Tok[], j: number): boolean {
  if (!doc.lex.sets.agentPrepositions.has(toks[j].lower)) return false;
  if (j < 2 || !/^\p{Lu}\p{Ll}/u.test(toks[j - 1].text)) return true;
  let k = j - 2;
  while (k > 0 && (doc.lex.sets.determiners.has(toks[k].lower) || isAdjective(toks[k], doc.lex)) && !doc.lex.sets.prepositions.has(toks[k].lower)) k--;
  return !doc.lex.sets.prepositions.has(toks[k].lower);
}
