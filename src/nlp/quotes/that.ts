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
import { isRoleWord, overlapsActor } from "./person.js";
import { nounPhrase, phraseHead, type Range } from "./phrase.js";
import type { Tok } from "./tokens.js";

/** Words before the comma that make the "dass" clause one of consequence or degree, not of content ("so …, dass"). */
const DEGREE_WORDS = new Set(["so", "derart", "dermaßen", "solch", "solche", "solchen", "solcher", "zu", "genug", "sodass", "insofern", "insoweit", "dadurch", "deshalb", "darum", "deswegen"]);

/** Indirect quotes of "X <verb> …, dass …" in a sentence, where no frame of the lexicon reported anything. */
export function thatClauseQuotes(doc: QuoteDoc, sentence: Sentence, taken: readonly Found[]): Found[] {
  const toks = sentence.toks;
  const quoted = quotedMask(doc, sentence);
  const out: Found[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!doc.lex.sets.thatWords.has(toks[k].lower) || toks[k - 1].text !== "," || quoted[k]) continue;
    const at = toks[k].start;
    if ([...taken, ...out].some((q) => q.start <= at + 4 && at < q.end)) continue;
    const frame = subjectFrame(doc, toks, k - 1) ?? nounCueFrame(doc, toks, k - 1);
    if (!frame) continue;
    const quote = reportedRegion(doc, sentence, frame);
    if (quote && !taken.some((q) => q.start < quote.end && quote.start < q.end)) out.push(quote);
  }
  return out;
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
    if (/^[,;:–—"„“”»«()]$/u.test(w.text) || s.subordinators.has(w.lower) || (DEGREE_WORDS.has(w.lower) && !isPreposition(doc, toks, i))) return null;
  }
  return { type: "verb", cue: verb.text, cueAt: np.to, speaker: np, from: j, to: comma, verb: null, inverted: false, verbFinal: false };
}

/**
 * A main clause ending at the comma `comma` whose cue is a noun of opinion or
 * finding ("Die Experten kamen zu dem Ergebnis, dass …", "37 Prozent sind
 * der Auffassung, dass …") or an impersonal passive ("Inzwischen wurde
 * bekannt, dass …", "Es wird angenommen, dass …"). The speaker is the phrase
 * in first position when there is one that is not "es"; null otherwise.
 */
function nounCueFrame(doc: QuoteDoc, toks: readonly Tok[], comma: number): Frame | null {
  const s = doc.lex.sets;
  let j = comma;
  while (j > 0 && !/^[,;:–—"„“”»«()]$/u.test(toks[j - 1].text)) j--;
  if (j > 0 && toks[j - 1].text !== ":") return null;
  let cueAt = -1;
  let impersonal = false;
  for (let i = j; i < comma; i++) {
    if (s.subordinators.has(toks[i].lower)) return null;
    if (s.contentNouns.has(toks[i].lower) && /^\p{Lu}/u.test(toks[i].text)) cueAt = i;
    else if (s.impersonalThatWords.has(toks[i].lower) && toks.slice(j, comma).some((t) => s.auxiliaries.has(t.lower))) [cueAt, impersonal] = [i, true];
  }
  if (cueAt < 0) return null;
  while (j < comma && (s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  const first = toks[j];
  const np = impersonal || !first || first.lower === "es" || s.prepositions.has(first.lower) || s.skipAdverbs.has(first.lower) ? null : nounPhrase(toks, j, comma, doc.lex);
  const speaker = np && np.to < comma && np.to <= cueAt ? np : null;
  return { type: "verb", cue: toks[cueAt].text, cueAt, speaker, from: j, to: comma, verb: null, inverted: false, verbFinal: false };
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
  if (np.to - np.from === 1 && s.pronouns.has(first)) return first !== "es" && first !== "man" && !s.demonstratives.has(first);
  if (overlapsActor(doc, toks, np)) return true;
  if (toks.slice(np.from, np.to).some((t) => isRoleWord(t.lower, s.personRoles))) return true;
  const head = phraseHead(toks, np, doc.lex)?.lower ?? "";
  return s.determiners.has(first) && s.agentNouns.has(head);
}
