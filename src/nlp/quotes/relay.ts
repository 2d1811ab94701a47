/**
 * Who relays a speaker's words, when the text names both: the outlet that
 * quotes ("Die Frankfurter Rundschau zitiert einen Augenzeugen mit den
 * Worten", "…“, zitiert ndr.de Polizeisprecher Ralf Meyer"), the agent or
 * document of a passive ("wird von Reuters zitiert", "wird in einer
 * Presseerklärung zitiert"), or a source cue in the middle field ("bestätigte
 * der Minister laut Reuters, …").
 */
import { QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc } from "./context.js";
import type { Frame } from "./frames.js";
import { agentPhrase } from "./passive.js";
import { isRoleWord } from "./person.js";
import { nounPhrase, type Range } from "./phrase.js";
import { objectAfter } from "./position.js";
import { multiWordSource, sourcePreposition } from "./sources.js";
import { isWebAddress } from "./title.js";
import type { Tok } from "./tokens.js";

/**
 * Who relays the words of a passive "zitiert": the agent ("wird von der
 * Nachrichtenagentur Reuters zitiert") or the document it stands in ("wird
 * in einer Presseerklärung zitiert", "In der Meldung … wird Musk zitiert").
 */
export function relayedBy(doc: QuoteDoc, toks: readonly Tok[], start: number, pivot: number, k: number): Range | null {
  const agent = agentPhrase(doc, toks, pivot + 1, k);
  if (agent) return agent;
  // The first position holds one constituent: all of it is the document ("In der Meldung auf der firmeneigenen Seite wird …").
  return doc.lex.sets.impersonalSourcePrepositions.has(toks[start].lower) && nounPhrase(toks, start + 1, pivot, doc.lex) ? { from: start + 1, to: pivot } : null;
}

/**
 * A subordinate clause ending in "zitiert": passive, the agent relays the
 * subject's words ("wie Hoyzer von Spiegel-Online zitiert wird", where the
 * agent hangs on the subject's phrase); active, the subject relays the
 * object's ("wie die Zeitung den Minister zitierte"). Null otherwise.
 */
export function relayedInClause(doc: QuoteDoc, toks: readonly Tok[], subject: Range, k: number, end: number): { source: Range; speaker: Range } | null {
  const passive = toks.slice(k + 1, end).some((t) => doc.lex.sets.passiveAuxiliaries.has(t.lower));
  if (!passive) {
    const object = objectAfter(toks, subject.to, k, doc.lex);
    return object ? { source: subject, speaker: object } : null;
  }
  const agent = agentPhrase(doc, toks, subject.from + 1, k);
  if (!agent) return null;
  const cut = agent.from - 1;
  return cut > subject.from ? { source: agent, speaker: { from: subject.from, to: Math.min(cut, subject.to) } } : null;
}

/**
 * "zitiert ndr.de Polizeisprecher Ralf Meyer", "zitiert die „Computerwoche“
 * Lynch": an outlet and the person it quotes, run together into one noun
 * phrase after "zitiert". The outlet ends in a web address or a quoted name;
 * the person starts with a role noun or a named person. Null when the phrase
 * is not of that shape.
 */
export function splitRelayed(doc: QuoteDoc, toks: readonly Tok[], np: Range): { source: Range; speaker: Range } | null {
  for (let i = np.from + 1; i < np.to; i++) {
    const before = toks[i - 1];
    // A closing mark stands apart from the word after it; an opening one is glued to it.
    const closing = QUOTE_MARKS.has(before.text) && before.end < toks[i].start;
    if (!isWebAddress(before.text) && !closing) continue;
    const person = isRoleWord(toks[i].lower, doc.lex.sets.personRoles) || doc.actors.some((a) => a.start === toks[i].start);
    return person ? { source: { from: np.from, to: i }, speaker: { from: i, to: np.to } } : null;
  }
  return null;
}

/**
 * "Heute bestätigte der Minister laut Reuters, …", "kommentierte die
 * Entscheidung laut „news.bbc.co.uk“ mit folgenden Worten": a source cue in
 * the middle field of a verb frame, after its cue and speaker, relays the
 * speaker's words — unless it is the speaker's own ("ihrer Meinung nach").
 */
export function withRelay(doc: QuoteDoc, toks: Tok[], hard: boolean[], f: Frame): Frame {
  if ((f.type !== "verb" && f.type !== "so") || f.source || !f.speaker) return f;
  const s = doc.lex.sets;
  const own = (r: Range) => toks.slice(r.from, r.to).some((t) => s.possessives.has(t.lower) || s.ownWords.has(t.lower));
  for (let j = f.speaker.to; j < f.to; j++) {
    if (!s.sourcePrepositions.has(toks[j].lower) && multiWordSource(toks, j, s.sourcePrepositions) === 0) continue;
    const relay = sourcePreposition(doc, toks, hard, j)?.speaker;
    if (relay && relay.to <= f.to && !own(relay)) return { ...f, source: relay };
  }
  return f;
}
