/**
 * The cue verb of a frame as it stands in the clause: a finite form with its
 * separable particle (also one cut off by an apposition), a participle after
 * an auxiliary, or a form that is no cue here (a reflexive use, an
 * infinitive, a verb whose particle makes it another verb).
 */
import { clauseEnd, clauseStart, QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc } from "./context.js";
import type { VerbEntry } from "./lexicon.js";
import type { Tok } from "./tokens.js";

/** Separable particles that turn a speech verb into something else ("sagte … ab"). */
const FOREIGN_PARTICLES = new Set(["ab", "zu", "an", "auf", "aus", "ein", "vor", "fest", "zurück", "bei", "nach", "hin", "her", "los", "weg", "um", "dar", "mit", "bekannt", "hinzu", "hervor", "klar", "durch", "fort", "nieder", "frei", "statt", "teil"]);

export interface VerbHit {
  entry: VerbEntry;
  /** Index of the separated particle, or -1. */
  particle: number;
  /** The form is a participle, particle+finite or an infinitive: it stands at the end of its clause. */
  joined: boolean;
  /**
   * Index of the finite verb that carries the clause: the cue itself, or for
   * a joined form the auxiliary or modal before it ("hat … erklärt", "musste
   * er betonen") or the form of "lassen" ("ließ … verlauten"); -1 when its
   * clause holds none before it.
   */
  finiteAt: number;
}

/** The cue verb at token k, if any: a participle after an auxiliary, a finite form (with its particle later in the clause), or a joined form. */
export function verbAt(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): VerbHit | null {
  const w = toks[k].lower;
  if (k > 0 && !/^\p{Ll}/u.test(toks[k].text) && !QUOTE_MARKS.has(toks[k - 1].text)) return null;
  // "Frage: Wie geht es weiter?", "Antwort: …": a capitalised word before a colon at the start of a sentence is a label, not a verb.
  if (k === 0 && toks[1]?.text === ":" && !/^\p{Ll}/u.test(toks[0].text)) return null;
  if (!doc.lex.causative.has(w) && !doc.lex.joined.has(w) && !doc.lex.finite.has(w)) return null;
  if (isNounAfterArticle(doc, toks, k)) return null;
  if (isGloss(doc, toks, k)) return null;
  const start = clauseStart(toks, hard, k);
  const end = clauseEnd(toks, hard, k + 1);
  if (doc.lex.sets.reflexiveNonCues.has(w) && isReflexiveUse(doc, toks, start, k, end)) return null;
  const auxiliary = auxiliaryBefore(toks, start, k, doc.lex);
  // "Damit ist gemeint, dass …", "ist damit nicht jene Tätigkeit gemeint", "Wobei … gemeint ist, …": what something means, no one's words.
  if (doc.lex.sets.stativeParticiples.has(w) && [auxiliary, k + 1].some((j) => j >= 0 && doc.lex.sets.stativeAuxiliaries.has(toks[j]?.lower ?? ""))) return null;
  const causative = doc.lex.causative.get(w);
  const lassen = causative ? causativeWith(doc, toks, start, k) : -1;
  if (causative && lassen >= 0) return { entry: causative, particle: -1, joined: true, finiteAt: lassen < k ? lassen : auxiliary };
  const joined = doc.lex.joined.get(w);
  if (joined && joined.verb.participle === w && auxiliary >= 0) return { entry: joined, particle: -1, joined: true, finiteAt: auxiliary };
  // "hat der Innenminister, Max Müller, angekündigt, dass …": the auxiliary stands before a name in apposition.
  const acrossName = joined && joined.verb.participle === w && !doc.lex.finite.has(w) ? auxiliaryBefore(toks, nameAppositionStart(doc, toks, hard, start), start, doc.lex) : -1;
  if (joined && acrossName >= 0) return { entry: joined, particle: -1, joined: true, finiteAt: acrossName };
  const finite = (doc.lex.finite.get(w) ?? []).filter((e) => !isInfinitive(doc, toks, k, e));
  const particleAt = (p: string) => {
    for (let j = end - 1; j > k; j--) if (toks[j].lower === p) return j === end - 1 || toks[j + 1]?.lower === "dass" ? j : -1;
    return particleAfterApposition(toks, end, p);
  };
  for (const entry of finite) {
    if (!entry.verb.particle) continue;
    const p = particleAt(entry.verb.particle);
    if (p > 0) return { entry, particle: p, joined: false, finiteAt: k };
    if (k > 0 && toks[k - 1].lower === entry.verb.particle) return { entry, particle: k - 1, joined: true, finiteAt: auxiliary };
  }
  // "Wie von der Polizei bestätigt wurde, …": a form that is also the participle, with only auxiliaries after it to the end of its clause, is
  // that participle. Put first in its clause ("Insbesondere kritisiert wird, dass …"), it has the auxiliary right after it for its finite verb.
  const participle = joined?.verb.participle === w ? joined : null;
  if (participle && k + 1 < end && toks.slice(k + 1, end).every((t) => doc.lex.sets.auxiliaries.has(t.lower))) {
    const fronted = toks.slice(start, k).every((t) => doc.lex.sets.skipAdverbs.has(t.lower));
    return { entry: participle, particle: -1, joined: true, finiteAt: auxiliary >= 0 || !fronted ? auxiliary : k + 1 };
  }
  // "Wie vom Bundesgerichtshof entschieden, …": a "wie" clause that opens with its agent and ends in a form that is also the participle is a
  // passive without its auxiliary ("Wie die Richter entschieden, …" is the past tense, "Wie der Spiegel vom … berichtet" the present).
  if (participle && k + 1 >= end && agentOpensAsClause(doc, toks, start, k)) return { entry: participle, particle: -1, joined: true, finiteAt: -1 };
  const plain = finite.find((e) => !e.verb.particle);
  if (plain) {
    if (foreignParticle(doc, toks, k, end)) return null;
    // "musste er betonen, dass …", "wird der Minister sagen, …": an infinitive closing its clause after a modal or auxiliary.
    // "hatte Steinbrück Positives zu vermelden": a zu-infinitive after a finite auxiliary, whose subject is the speaker.
    const zuInfinitive = /en$/u.test(w) && toks[k - 1]?.lower === "zu" && auxiliary >= 0;
    const infinitive = (/en$/u.test(w) && k + 1 >= end && toks.slice(start, k).some((t) => doc.lex.sets.modals.has(t.lower))) || zuInfinitive;
    return { entry: plain, particle: -1, joined: infinitive, finiteAt: infinitive ? auxiliary : k };
  }
  return joined ? { entry: joined, particle: -1, joined: true, finiteAt: auxiliary } : null;
}

/** The clause from `start` opens with "wie" and the agent's preposition, perhaps with adverbs between ("Wie bereits vom Gericht …"). */
function agentOpensAsClause(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): boolean {
  if (doc.lex.data.asWord === null || toks[start]?.lower !== doc.lex.data.asWord) return false;
  let j = start + 1;
  while (j < k && doc.lex.sets.skipAdverbs.has(toks[j].lower)) j++;
  return j < k && doc.lex.sets.agentPrepositions.has(toks[j].lower);
}

/**
 * "The report warned …", "a new report": where nouns are not capitalised, a
 * cue form after an article or possessive, perhaps with an adjective
 * between, is a noun, not a verb. Not across a name: "The Times reports"
 * is a verb after a name, as "The UN report" is a noun after one.
 */
function isNounAfterArticle(doc: QuoteDoc, toks: readonly Tok[], k: number): boolean {
  if (doc.lex.data.capitalisedNouns || k === 0) return false;
  const before = toks[k - 1];
  // "Israel's claims", "amid reports that …": after a possessive or a preposition (not "to") the form is a noun.
  if (/['’]s$/u.test(before.text) || doc.lex.sets.nounPrepositions.has(before.lower)) return true;
  // "Koizumi expressed hope that …": after a verb in -ed a present form is its object, a noun; a past form stays a verb ("the people interviewed said").
  if (/^\p{Ll}{3,}ed$/u.test(before.text) && !/ed$/u.test(toks[k].lower) && !doc.lex.sets.irregularPast.has(toks[k].lower)) return true;
  let j = k - 1;
  // "a new report", "a January 2017 report", "a Friday evening tweet", "the newly announced aid".
  while (j > 0 && k - j <= 3 && (doc.lex.sets.nounAdjectives.has(toks[j].lower) || doc.lex.sets.timeNouns.has(toks[j].lower) || /^\d+$|^(?:morning|evening|night|afternoon)$/u.test(toks[j].lower) || /^\p{Ll}+ly$/u.test(toks[j].text))) j--;
  return doc.lex.sets.determiners.has(toks[j].lower);
}

/** "…, das heißt am Tatvorwurf": a fixed gloss after a comma ("that is"), no verb of saying. */
function isGloss(doc: QuoteDoc, toks: readonly Tok[], k: number): boolean {
  const phrase = `${toks[k - 1]?.lower ?? ""} ${toks[k].lower}`;
  return k >= 2 && toks[k - 2].text === "," && doc.lex.sets.glosses.has(phrase);
}

/**
 * "Davon geht Slobodan Samardzic, der zuständige Minister, aus.", "Die
 * Staatsanwaltschaft gab am Montag, dem 27. März, die Einstellung bekannt.":
 * the particle closes the sentence after an apposition that the commas cut
 * off from the verb's clause. Returns its index, or -1.
 */
function particleAfterApposition(toks: readonly Tok[], end: number, particle: string): number {
  if (toks[end]?.text !== ",") return -1;
  let last = toks.length - 1;
  while (last > end && /^[.!?]$/u.test(toks[last].text)) last--;
  if (toks[last]?.lower === particle) return toks[last - 1]?.text === "," || dateApposition(toks, end) || afterNameApposition(toks, end, last) ? last : -1;
  return particleBeforeComplement(toks, end, particle);
}

/** Most tokens between a name in apposition and the particle that closes the sentence ("zu der Frage"). */
const MAX_PARTICLE_TAIL = 6;

/**
 * "nahm auch der Ministerpräsident des Landes, Christian Wulff (CDU), zu der
 * Frage Stellung.": a name in apposition (capitalised words, a bracket)
 * between commas, then a short tail without commas before the particle.
 */
function afterNameApposition(toks: readonly Tok[], end: number, last: number): boolean {
  let close = end + 1;
  while (close < last && toks[close].text !== "," && close - end <= MAX_APPOSITION) {
    if (!isNameToken(toks[close])) return false;
    close++;
  }
  if (close === end + 1 || toks[close]?.text !== ",") return false;
  const tail = toks.slice(close + 1, last);
  return tail.length <= MAX_PARTICLE_TAIL && tail.every((t) => t.text !== ",");
}

/**
 * Where the clause before a name in apposition starts, when the clause at
 * `start` follows one (", Max Müller, angekündigt"): capitalised words or
 * brackets between two commas; else `start`.
 */
function nameAppositionStart(doc: QuoteDoc, toks: readonly Tok[], hard: readonly boolean[], start: number): number {
  if (start < 3 || toks[start - 1].text !== ",") return start;
  let open = start - 2;
  while (open > 0 && toks[open].text !== "," && start - 1 - open <= MAX_APPOSITION) {
    if (!isNameToken(toks[open])) return start;
    open--;
  }
  if (open <= 0 || toks[open].text !== "," || open === start - 2) return start;
  // The name stands beside a phrase with an article ("der Innenminister, Max Müller,"), not in a list ("Northrop Grumman, General Dynamics, Lockheed Martin und …").
  const from = clauseStart(toks, hard, open);
  const s = doc.lex.sets;
  const listed = toks.slice(start, start + 3).some((t) => s.quoteJoiners.has(t.lower));
  return toks.slice(from, open).some((t) => s.determiners.has(t.lower)) && !listed ? from : start;
}

/** A token of a name in apposition: a capitalised word ("Max", "A.") or a bracket ("(CDU)"). */
function isNameToken(tok: Tok): boolean {
  return /^[\p{Lu}()]/u.test(tok.text);
}

/** Words an apposition between commas may hold ("die Anwältin der Frau"). */
const MAX_APPOSITION = 8;

/**
 * "Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass
 * …", "gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass …":
 * after an apposition opening with an article, or a name in apposition, the
 * particle closes the stretch before the next comma, which opens the
 * reported clause. Returns its index, or -1.
 */
function particleBeforeComplement(toks: readonly Tok[], end: number, particle: string): number {
  const article = /^(?:der|die|das|ein|eine)$/iu.test(toks[end + 1]?.text ?? "");
  let close = end + 1;
  while (close < toks.length && toks[close].text !== "," && close - end <= MAX_APPOSITION) close++;
  if (toks[close]?.text !== ",") return -1;
  if (!article && (close === end + 1 || !toks.slice(end + 1, close).every(isNameToken))) return -1;
  let next = close + 1;
  while (next < toks.length && toks[next].text !== "," && !/^[.!?:;]$/u.test(toks[next].text)) next++;
  return toks[next - 1]?.lower === particle && toks[next]?.text === "," ? next - 1 : -1;
}

/** ", dem 27. März,": a date in apposition between two commas right after `comma`. */
function dateApposition(toks: readonly Tok[], comma: number): boolean {
  const words: string[] = [];
  let j = comma + 1;
  while (j < toks.length && toks[j].text !== ",") words.push(toks[j++].text);
  return j < toks.length && words.length >= 2 && words.length <= 5 && /^(?:dem|den)$/iu.test(words[0]) && words.slice(1).some((w) => /^\d{1,2}\.?$/u.test(w));
}

/**
 * A separable particle at the end of the clause that turns the verb at k into
 * another ("sagte … ab"). Not an article before quotation marks ("nennt den
 * Vorgang ein „…“"), nor the particle of a later verb in the same clause
 * ("nannte die Bewerbung „…“ stellte aber fest").
 */
function foreignParticle(doc: QuoteDoc, toks: readonly Tok[], k: number, end: number): boolean {
  const last = toks[end - 1];
  if (end - 1 <= k || !last || !FOREIGN_PARTICLES.has(last.lower)) return false;
  if (QUOTE_MARKS.has(toks[end]?.text ?? "")) return false;
  for (let j = k + 1; j < end - 1; j++) if (/^\p{Ll}/u.test(toks[j].text) && doc.lex.finite.has(toks[j].lower)) return false;
  return true;
}

/**
 * "entschied sich", and at the end of a subordinate clause "wie er sich
 * selbst nannte": the reflexive right after the verb, or before a finite verb
 * that closes its clause (a perfect, "hat sich bereit erklärt, …", still
 * reports).
 */
function isReflexiveUse(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number, end: number): boolean {
  const reflexive = doc.lex.sets.reflexive;
  if (reflexive.has(toks[k + 1]?.lower ?? "")) return true;
  return k === end - 1 && auxiliaryBefore(toks, start, k, doc.lex) < 0 && toks.slice(start, k).some((t) => reflexive.has(t.lower));
}

/**
 * A form that doubles as the infinitive stands as one: right before a modal
 * or auxiliary ("entscheiden muss"), after "man" and a modal ("kann man
 * sagen"), or after "zu" ("an der Macht zu halten"); plain verbs of saying
 * still frame after "zu" ("beeilten sich zu erklären, …").
 */
function isInfinitive(doc: QuoteDoc, toks: readonly Tok[], k: number, entry: VerbEntry): boolean {
  if (toks[k - 1]?.lower === "zu" && !entry.verb.core) return true;
  const next = toks[k + 1]?.lower ?? "";
  if (!/en$/u.test(toks[k].lower)) return false;
  return doc.lex.sets.auxiliaries.has(next) || impersonalModal(doc, toks, k);
}

/** Tokens before an infinitive that a modal and "man" may take up ("kann man so sagen", "muss man wohl sagen"). */
const MODAL_REACH = 4;

/** "Alles in allem kann man sagen, dass …": with "man" and a modal before it, an -en form is the infinitive (the writer's comment, no report). */
function impersonalModal(doc: QuoteDoc, toks: readonly Tok[], k: number): boolean {
  const before = toks.slice(Math.max(0, k - MODAL_REACH), k);
  return before.some((t) => doc.lex.sets.impersonalPronouns.has(t.lower)) && before.some((t) => doc.lex.sets.auxiliaries.has(t.lower));
}

/** The finite auxiliary before a participle in the same clause ("hat … erklärt"), or -1. */
export function auxiliaryBefore(toks: readonly Tok[], start: number, k: number, lex: QuoteDoc["lex"]): number {
  for (let j = start; j < k; j++) if (lex.sets.auxiliaries.has(toks[j].lower)) return j;
  return -1;
}

/**
 * The form of "lassen" that goes with the infinitive at k: before it in its
 * clause ("ließ der Minister verlauten"; its index) or right after it ("wie
 * der Konzern mitteilen ließ"; k + 1); -1 for none or a reflexive one ("ließ
 * sich nicht sagen": the subject is the one spoken to).
 */
function causativeWith(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): number {
  const causatives = doc.lex.sets.causatives;
  if (causatives.has(toks[k + 1]?.lower ?? "")) return k + 1;
  for (let j = start; j < k; j++) if (causatives.has(toks[j].lower)) return doc.lex.sets.reflexive.has(toks[j + 1]?.lower ?? "") ? -1 : j;
  return -1;
}
