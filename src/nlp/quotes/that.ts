/**
 * Reported "dass" clauses after verbs the lexicon does not know: "Die
 * Wissenschaftler fanden heraus, dass …", "Beobachter halten es für möglich,
 * dass …", "Die Organisatoren gestanden ein, dass …". A main clause whose
 * subject names a person or a body (a named person or organisation, a role
 * noun, an acting body, a pronoun, a bare name) and whose "dass" clause
 * follows a comma reports what that subject said or thinks. Impersonal
 * clauses ("Es ist klar, dass …", "Die Lage ist so ernst, dass …") are left
 * alone.
 */
import type { QuoteDoc, Sentence } from "./context.js";
import { quotedMask, type Frame } from "./frames.js";
import type { Found } from "./found.js";
import { reportedRegion } from "./indirect.js";
import { hasClosingZuInfinitive } from "./infinitive.js";
import { isAgentPreposition } from "./passive.js";
import { isRoleWord, overlapsActor } from "./person.js";
import { isAdjective, nounPhrase, phraseHead, type Range } from "./phrase.js";
import { partitiveAlone, subjectAfterAdverbials } from "./position.js";
import type { Tok } from "./tokens.js";
import { isStrongSubjunctive } from "./lexicon.js";

/** Indirect quotes of "X <verb> …, dass …" in a sentence, where no frame of the lexicon reported anything; `taken`: the quotes found so far (at least those near the sentence). */
export function thatClauseQuotes(doc: QuoteDoc, sentence: Sentence, taken: readonly Found[]): Found[] {
  const toks = sentence.toks;
  const quoted = quotedMask(doc, sentence);
  // The quotes that can touch this sentence (once, when a clause needs them).
  let nearby: readonly Found[] | null = null;
  const near = () => (nearby ??= taken.filter((q) => q.start <= sentence.end + 4 && sentence.start < q.end));
  const out: Found[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (toks[k - 1].text !== "," || quoted[k]) continue;
    const complement = complementAt(doc, toks, k);
    if (!complement) continue;
    const at = toks[k].start;
    const covers = (q: Found) => q.start <= at + 4 && at < q.end;
    if (near().some(covers) || out.some(covers) || subjunctiveMain(doc, toks, k - 1)) continue;
    const frame = complement === "that" ? (nounCueFrame(doc, toks, k - 1) ?? subjectFrame(doc, toks, k - 1)) : nounCueFrame(doc, toks, k - 1);
    if (!frame) continue;
    const region = reportedRegion(doc, sentence, frame);
    const quote = region && complement === "infinitive" ? endAtInfinitive(doc, toks, k, region) : region;
    if (quote && !near().some((q) => q.start < quote.end && quote.start < q.end)) out.push(quote);
  }
  return out;
}

/**
 * "Das Gericht kam zu dem Ergebnis, „dass …“", "Der Minister zeigte sich
 * überzeugt, „dass …“": the frame of a main clause that ends at the comma
 * right before a quote opening with "dass" (the quote is the content
 * clause), or null.
 */
export function thatQuoteFrame(doc: QuoteDoc, sentence: Sentence, pairStart: number): Frame | null {
  const toks = sentence.toks;
  const k = toks.findIndex((t) => t.start === pairStart);
  if (k < 2 || toks[k - 1].text !== "," || !doc.lex.sets.thatWords.has(toks[k + 1]?.lower ?? "") || subjunctiveMain(doc, toks, k - 1)) return null;
  return nounCueFrame(doc, toks, k - 1) ?? subjectFrame(doc, toks, k - 1);
}

/**
 * Whether the clause opening at `k` is a purpose, relative or subordinate
 * clause, not a content clause: "um … zu", "die sich …", "weil …". An
 * article before a noun or adjective ("das Gericht sei …") opens a main clause.
 */
function opensOtherClause(doc: QuoteDoc, toks: readonly Tok[], k: number): boolean {
  const s = doc.lex.sets;
  const w = toks[k].lower;
  if (s.subordinators.has(w) || s.purposeWords.has(w) || s.whRelatives.has(w)) return true;
  // "…, in der sich …" opens a relative clause; "…, in der Gesundheitspolitik auf die SPD zuzugehen" an infinitive whose phrase starts with an article.
  if (s.prepositions.has(w) && s.relativePronouns.has(toks[k + 1]?.lower ?? "")) return opensRelative(doc, toks, k + 1);
  return opensRelative(doc, toks, k);
}

/** A relative pronoun at `k`, not an article: no noun or adjective follows it. */
function opensRelative(doc: QuoteDoc, toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  return doc.lex.sets.relativePronouns.has(toks[k].lower) && !!next && /^\p{Ll}/u.test(next.text) && !isAdjective(next, doc.lex);
}

/**
 * What kind of content clause opens at token `k` after a comma: a "dass"
 * clause, an infinitive with "zu" ("…, sein Mandat niederzulegen") or a main
 * clause in the subjunctive ("…, der Iran werde …"); null for anything else.
 */
function complementAt(doc: QuoteDoc, toks: readonly Tok[], k: number): "that" | "infinitive" | "subjunctive" | null {
  const s = doc.lex.sets;
  const first = toks[k].lower;
  if (s.thatWords.has(first)) return "that";
  if (opensOtherClause(doc, toks, k)) return null;
  let end = k;
  while (end < toks.length && !/^[,;:–—.!?()]$/u.test(toks[end].text)) end++;
  const clause = toks.slice(k, end);
  if (hasClosingZuInfinitive(doc, clause)) return "infinitive";
  for (let i = k + 1; i < Math.min(end, k + 5); i++) if (isStrongSubjunctive(doc.lex, toks[i])) return "subjunctive";
  return null;
}

/**
 * An infinitive complement ends with the clause that holds its infinitive;
 * a relative clause or a further infinitive after it still belongs to it
 * ("…, Mitglieder einer Vereinigung zu sein, welche … plante"), a main clause
 * does not ("…, die Flaggen zu wechseln, nun auch aus politischen Kreisen").
 */
function endAtInfinitive(doc: QuoteDoc, toks: readonly Tok[], k: number, quote: Found): Found {
  let end = clauseEndAt(toks, k);
  while (toks[end]?.text === "," && end + 1 < toks.length) {
    const next = clauseEndAt(toks, end + 1);
    const first = toks[end + 1].lower;
    const relative = doc.lex.sets.relativePronouns.has(first) || /^welche[rsnm]?$/u.test(first);
    if (!relative && !hasClosingZuInfinitive(doc, toks.slice(end + 1, next))) break;
    end = next;
  }
  const stop = toks[end - 1]?.end ?? quote.end;
  return stop < quote.end && stop > quote.start ? { ...quote, end: stop } : quote;
}

/** Index of the first clause-ending punctuation at or after `k` (or the sentence end). */
function clauseEndAt(toks: readonly Tok[], k: number): number {
  let end = k;
  while (end < toks.length && !/^[,;:–—.!?()]$/u.test(toks[end].text)) end++;
  return end;
}

/**
 * The main clause ending at the comma `comma`: a subject that can speak in
 * first position, a finite verb right after it, and no comma, subordinator
 * or degree word in between. Null when the clause has another shape.
 */
function subjectFrame(doc: QuoteDoc, toks: readonly Tok[], comma: number): Frame | null {
  const s = doc.lex.sets;
  let j = 0;
  while (j < comma && (s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  const np = nounPhrase(toks, j, comma, doc.lex);
  if (!np || np.to >= comma || !canSpeak(doc, toks, np)) return null;
  const verb = toks[np.to];
  if (!/^\p{Ll}{2,}$/u.test(verb.text) || isFunctionWord(doc, verb.lower)) return null;
  for (let i = np.to; i < comma; i++) {
    const w = toks[i];
    if (/^[,;:–—"„“”»«()]$/u.test(w.text) || s.subordinators.has(w.lower) || (s.degreeWords.has(w.lower) && !isPreposition(doc, toks, i))) return null;
    // "Wir merkten, dass …", "Die Fahrer wussten, dass …": what someone noticed or knew is no one's words. ("Die Zeitung will erfahren
    // haben, dass …" reports what it learnt: "erfahren" is not among these verbs.)
    if (s.perceptionVerbs.has(w.lower)) return null;
  }
  return { type: "verb", cue: verb.text, cueAt: np.to, speaker: np, from: j, to: comma, verb: null, inverted: false, verbFinal: false };
}

/**
 * A main clause ending at the comma `comma` whose cue is a noun of opinion or
 * finding ("Die Experten kamen zu dem Ergebnis, dass …", "37 Prozent sind
 * der Auffassung, dass …") or an impersonal passive ("Inzwischen wurde
 * bekannt, dass …", "Es wird angenommen, dass …"). The speaker is the phrase
 * in first position when there is one that is not "es", the agent of an
 * impersonal passive ("Von den Behörden wird angenommen"); null otherwise.
 */
function nounCueFrame(doc: QuoteDoc, toks: readonly Tok[], comma: number): Frame | null {
  const s = doc.lex.sets;
  let j = comma;
  while (j > 0 && !/^[,;:–—"„“”»«()]$/u.test(toks[j - 1].text)) j--;
  if (j > 0 && toks[j - 1].text !== ":") return null;
  let cueAt = -1;
  let impersonal = false;
  // A subordinator that opens the clause makes it subordinate; later in the clause one is an adverb ("Das Gericht kam damit zu dem Ergebnis"), except a comparison ("als", "wie"), which leaves no phrase to speak.
  let opener = j;
  while (opener < comma && s.coordinators.has(toks[opener].lower)) opener++;
  for (let i = j; i < comma; i++) {
    if (s.subordinators.has(toks[i].lower) && (i === opener || s.comparisons.has(toks[i].lower))) return null;
    if (s.contentNouns.has(toks[i].lower) && /^\p{Lu}/u.test(toks[i].text)) cueAt = i;
    else if (s.impersonalThatWords.has(toks[i].lower) && toks.slice(j, comma).some((t) => s.auxiliaries.has(t.lower))) [cueAt, impersonal] = [i, true];
  }
  if (cueAt < 0) return null;
  while (j < comma && (s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  const first = toks[j];
  const np = impersonal || !first || first.lower === "es" || s.prepositions.has(first.lower) || s.skipAdverbs.has(first.lower) ? null : (nounPhrase(toks, j, comma, doc.lex) ?? partitiveAlone(toks, j, doc.lex));
  // "So fassten die Hamburger Grünen den Beschluss, …": after an adverb in first position the subject follows the verb.
  const after = !np && !impersonal && first && s.skipAdverbs.has(first.lower) ? subjectAfterAdverbials(toks, j, cueAt, doc.lex) : null;
  const candidate = np ?? after;
  const subject = candidate && candidate.to < comma && candidate.to <= cueAt ? candidate : null;
  const own = impersonal ? passiveAgent(doc, toks, j, cueAt) : cuePhrase(doc, toks, cueAt, comma);
  const speaker = own && (own.to > cueAt + 1 || !subject || impersonal) ? own : subject;
  return { type: "verb", cue: toks[cueAt].text, cueAt, speaker, from: j, to: comma, verb: null, inverted: false, verbFinal: false };
}

/** "Von den Behörden wird angenommen, dass …": the agent after "von" in an impersonal passive, or null. */
function passiveAgent(doc: QuoteDoc, toks: readonly Tok[], from: number, cueAt: number): Range | null {
  for (let i = from; i < cueAt; i++) if (isAgentPreposition(doc, toks, i)) return nounPhrase(toks, i + 1, cueAt, doc.lex);
  return null;
}

/**
 * The noun phrase of a cue noun, with its article, adjectives and genitive:
 * "dem Appell der Polizei", "Ursprüngliche Pläne", "Seine zentrale
 * Aussage". It names who spoke when nobody else does, or when the genitive
 * names the speaker ("die Forderung des Vorsitzenden Edmund Stoiber").
 */
function cuePhrase(doc: QuoteDoc, toks: readonly Tok[], cueAt: number, comma: number): Range | null {
  let from = cueAt;
  while (from > 0 && (isAdjective(toks[from - 1], doc.lex) || isAdjective({ ...toks[from - 1], text: toks[from - 1].lower }, doc.lex) || doc.lex.sets.determiners.has(toks[from - 1].lower))) from--;
  const np = nounPhrase(toks, from, comma, doc.lex);
  return np && np.from <= cueAt && np.to > cueAt ? np : { from: cueAt, to: cueAt + 1 };
}

/** "zu" before an article is a preposition ("kam zu dem Ergebnis, dass"), not the degree word of "zu groß, als dass". */
function isPreposition(doc: QuoteDoc, toks: readonly Tok[], i: number): boolean {
  return toks[i].lower === "zu" && doc.lex.sets.determiners.has(toks[i + 1]?.lower ?? "");
}

/** Words that cannot be the finite verb of the clause. */
function isFunctionWord(doc: QuoteDoc, w: string): boolean {
  const s = doc.lex.sets;
  return s.determiners.has(w) || s.prepositions.has(w) || s.coordinators.has(w) || s.subordinators.has(w) || s.pronouns.has(w) || s.objectPronouns.has(w) || s.skipAdverbs.has(w) || s.npLinks.has(w);
}

/**
 * A subject that can say or think something: a named person or organisation,
 * a phrase with a role noun ("Die Wissenschaftler", "Ein Sprecher"), an
 * acting body with its article ("Die Regierung") or a personal pronoun. Bare
 * capitalised words at the start are too often adverbs ("Allerdings",
 * "Möglich") to count by themselves.
 */
function canSpeak(doc: QuoteDoc, toks: readonly Tok[], np: Range): boolean {
  const s = doc.lex.sets;
  const first = toks[np.from].lower;
  // "Diese bedeutet, dass …": with a verb the lexicon does not know, a lone demonstrative is a thing just named, not a speaker.
  if (np.to - np.from === 1 && s.pronouns.has(first)) return first !== "es" && first !== "man" && !s.demonstratives.has(first) && !/^dies/u.test(first);
  if (overlapsActor(doc, toks, np)) return true;
  if (toks.slice(np.from, np.to).some((t) => isRoleWord(t.lower, s.personRoles))) return true;
  const head = phraseHead(toks, np, doc.lex)?.lower ?? "";
  return s.determiners.has(first) && s.agentNouns.has(head);
}

/**
 * "Die IAEO gehe davon aus, dass …": a main clause in Konjunktiv I is itself
 * reported speech; the sentence continues the report before it (./free.ts)
 * rather than quoting its own subject.
 */
function subjunctiveMain(doc: QuoteDoc, toks: readonly Tok[], comma: number): boolean {
  let j = comma;
  while (j > 0 && toks[j - 1].text !== "," && toks[j - 1].text !== ";" && toks[j - 1].text !== ":") j--;
  return toks.slice(j, comma).some((t) => isStrongSubjunctive(doc.lex, t));
}
