/**
 * Frames around a speech verb: the verb (finite, with its separable particle,
 * or a participle after an auxiliary), where it stands (second position,
 * opening a clause after a quote, end of a subordinate clause) and the
 * speaker that goes with that position.
 */
import { clauseEnd, clauseStart, QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc } from "./context.js";
import type { Frame } from "./frames.js";
import type { VerbEntry } from "./lexicon.js";
import { isAdjective, nounPhrase, phraseHead, subjectAfter, type Range } from "./phrase.js";
import { isPersonPhrase, personAfterThing } from "./person.js";
import { openingSource } from "./sources.js";
import { coordinatedSubject, frontedSubject, mainSubject, nameApposition, objectPronounAfterPerson, onlyPhraseWords, openingPhrase, phraseBetweenCommas, subjectAfterPlural } from "./subject.js";
import type { Tok } from "./tokens.js";

/** Separable particles that turn a speech verb into something else ("sagte … ab"). */
const FOREIGN_PARTICLES = new Set(["ab", "zu", "an", "auf", "aus", "ein", "vor", "fest", "zurück", "bei", "nach", "hin", "her", "los", "weg", "um", "dar", "mit", "bekannt", "hinzu", "hervor", "klar", "durch", "fort", "nieder", "frei", "statt", "teil"]);

interface VerbHit {
  entry: VerbEntry;
  /** Index of the separated particle, or -1. */
  particle: number;
  /** The form is a participle or particle+finite: it stands at the end of its clause. */
  joined: boolean;
}

/** The cue verb at token k, if any: a participle after an auxiliary, a finite form (with its particle later in the clause), or a joined form. */
function verbAt(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): VerbHit | null {
  const w = toks[k].lower;
  if (k > 0 && !/^\p{Ll}/u.test(toks[k].text) && !QUOTE_MARKS.has(toks[k - 1].text)) return null;
  const start = clauseStart(toks, hard, k);
  const end = clauseEnd(toks, hard, k + 1);
  if (doc.lex.sets.reflexiveNonCues.has(w) && isReflexiveUse(doc, toks, start, k, end)) return null;
  const joined = doc.lex.joined.get(w);
  if (joined && joined.verb.participle === w && auxiliaryBefore(toks, start, k, doc.lex) >= 0) return { entry: joined, particle: -1, joined: true };
  const finite = (doc.lex.finite.get(w) ?? []).filter((e) => !isInfinitive(doc, toks, k, e));
  const particleAt = (p: string) => {
    for (let j = end - 1; j > k; j--) if (toks[j].lower === p) return j === end - 1 || toks[j + 1]?.lower === "dass" ? j : -1;
    return particleAfterApposition(toks, end, p);
  };
  for (const entry of finite) {
    if (!entry.verb.particle) continue;
    const p = particleAt(entry.verb.particle);
    if (p > 0) return { entry, particle: p, joined: false };
    if (k > 0 && toks[k - 1].lower === entry.verb.particle) return { entry, particle: k - 1, joined: true };
  }
  const plain = finite.find((e) => !e.verb.particle);
  if (plain) {
    if (foreignParticle(doc, toks, k, end)) return null;
    return { entry: plain, particle: -1, joined: false };
  }
  return joined ? { entry: joined, particle: -1, joined: true } : null;
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
  if (toks[last]?.lower !== particle) return -1;
  return toks[last - 1]?.text === "," || dateApposition(toks, end) ? last : -1;
}

/** ", dem 27. März,": a date in apposition between two commas right after `comma`. */
function dateApposition(toks: readonly Tok[], comma: number): boolean {
  const words = [];
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

/** The frame of the cue verb at token k, or null when k holds none or it names a title ("Der Name lautet „…“"). */
export function verbFrame(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const frame = speechFrame(doc, toks, hard, k);
  return frame && !namesTitle(doc, toks, frame) ? frame : null;
}

/** "Der wissenschaftliche Name lautet „Tiktaalik roseae“": a wording verb whose subject is a title noun. */
function namesTitle(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): boolean {
  if (!frame.verb?.verb.wording || !frame.speaker) return false;
  const head = phraseHead(toks, frame.speaker, doc.lex);
  return head !== null && doc.lex.sets.titleNouns.has(head.lower);
}

/** The frame of the speech verb at token k by where the verb stands (subordinate clause, passive, second position, after a quote), or null. */
function speechFrame(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const lex = doc.lex;
  const hit = verbAt(doc, toks, hard, k);
  if (!hit) return null;
  const start = clauseStart(toks, hard, k);
  const end = thatBefore(doc, toks, k + 1, clauseEnd(toks, hard, Math.max(k + 1, hit.particle + 1)));
  const cueText = hit.particle >= 0 ? `${toks[k].text} ${toks[hit.particle].text}` : toks[k].text;
  const base = { type: "verb" as const, cue: cueText, cueAt: k, verb: hit.entry };
  const extend = (speaker: Range | null) => Math.max(end, speaker && speaker.to > end ? clauseEnd(toks, hard, speaker.to) : end);
  const relative = relativeSpeaker(doc, toks, start, k);
  if (relative) return { ...base, speaker: relative, from: start, to: end, inverted: false, verbFinal: true };
  const relativeSubject = relativeClauseSubject(doc, toks, start, k, end, hit);
  if (relativeSubject) return { ...base, speaker: relativeSubject, from: start, to: end, inverted: false, verbFinal: true, relative: true };
  const sub = asClauseAcrossApposition(doc, toks, start, k) ?? subordinatorAt(doc, toks, start, k);
  const opener = toks[sub]?.lower;
  const verbLast = toks.slice(k + 1, end).every((t) => lex.sets.auxiliaries.has(t.lower) || t.lower === hit.entry.verb.particle) && !toks.slice(sub + 1, k).some((t) => lex.sets.passiveAuxiliaries.has(t.lower));
  if (sub < k && verbLast && lex.sets.subordinators.has(opener) && !(start > 0 && toks[start - 1].text === ":")) {
    const speaker = subjectAfter(toks, sub + 1, k, lex);
    const type = opener === lex.data.asWord ? ("as" as const) : ("verb" as const);
    const from = Math.min(start, sub);
    return { ...base, type, speaker, from, to: end, inverted: from > 0 && toks[from - 1].text === ",", verbFinal: true };
  }
  const pivot = hit.joined ? auxiliaryBefore(toks, start, k, lex) : k;
  if (pivot < 0) return null;
  if (hit.joined && isPassive(toks, pivot, k, lex) && !hit.entry.verb.objectSpeaker) {
    const agent = agentPhrase(doc, toks, start, end);
    const opening = agent ? null : openingSource(doc, toks, start);
    return { ...base, speaker: agent ?? opening, from: opening ? 0 : start, to: end, inverted: false, verbFinal: false };
  }
  if (isDemonstrativeOpening(doc, toks, pivot)) {
    const speaker = subjectAfter(toks, pivot + 1, end, lex);
    return { ...base, speaker, from: 0, to: extend(speaker), inverted: false, verbFinal: false, backward: true };
  }
  const pronounAfter = toks[pivot + 1] && lex.sets.pronouns.has(toks[pivot + 1].lower) && toks[pivot + 1].lower !== "es" && !lex.sets.determiners.has(toks[pivot + 1].lower) ? { from: pivot + 1, to: pivot + 2 } : null;
  const pronoun = pronounAfter && !objectPronounAfterPerson(doc, toks, hard, pivot) ? pronounAfter : null;
  const opensClause = start === pivot && pivot > 0 && (toks[pivot - 1].text === "," || QUOTE_MARKS.has(toks[pivot - 1].text) || toks[pivot - 1].text === "–");
  const fronted = pronoun ? null : (frontedSubject(doc, toks, hard, pivot) ?? openingPhrase(doc, toks, hard, pivot, opensClause) ?? appositionOpening(doc, toks, hard, pivot, opensClause));
  const objectSpeaker = hit.entry.verb.objectSpeaker && !hit.joined;
  if (fronted) {
    const speaker = objectSpeaker ? (subjectAfter(toks, pivot + 1, end, lex) ?? fronted) : (personAfterThing(doc, toks, fronted, pivot, end) ?? subjectAfterPlural(doc, toks, fronted, pivot, end) ?? fronted);
    return { ...base, speaker, from: Math.min(fronted.from, start), to: extend(speaker), inverted: false, verbFinal: false };
  }
  const after = pronoun ?? coordinatedSubject(doc, toks, hard, pivot) ?? subjectAfter(toks, pivot + 1, end, lex);
  const elliptic = !after && opensClause && toks[pivot - 1].text === "," ? (phraseBetweenCommas(doc, toks, pivot - 1) ?? mainSubject(doc, toks, hard, pivot - 1)) : null;
  const subject = after ?? elliptic ?? (opensClause ? nameApposition(doc, toks, pivot - 1) : null);
  const speaker = objectSpeaker && subject ? (subjectAfter(toks, subject.to, end, lex) ?? subject) : subject;
  return { ...base, speaker, from: start, to: extend(speaker), inverted: opensClause && !elliptic, verbFinal: false };
}

/**
 * "Auch die größte deutsche Privatbank, die Deutsche Bank, meldete …": a
 * noun phrase with an apposition fills the first position, so the verb after
 * the comma opens no inverted frame; its subject is the opening phrase.
 * Only noun-phrase words (no verb, no quotation) stand before the comma.
 */
function appositionOpening(doc: QuoteDoc, toks: readonly Tok[], hard: readonly boolean[], pivot: number, opensClause: boolean): Range | null {
  if (!opensClause || toks[pivot - 1].text !== ",") return null;
  const before = toks.slice(0, pivot - 1);
  const s = doc.lex.sets;
  const phraseWord = (t: Tok) => !/^\p{Ll}/u.test(t.text) || s.determiners.has(t.lower) || s.prepositions.has(t.lower) || s.coordinators.has(t.lower) || s.npLinks.has(t.lower) || isAdjective(t, doc.lex);
  if (!before.some((t) => t.text === ",") || before.some((t, i) => QUOTE_MARKS.has(t.text) || hard[i] || !phraseWord(t))) return null;
  let j = 0;
  while (j < pivot - 1 && (s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  return nounPhrase(toks, j, pivot - 1, doc.lex);
}

/** How far before the verb a "wie" may stand when an apposition lies between. */
const MAX_AS_CLAUSE = 25;

/**
 * "Wie der Sprecher der Kommission, Gerald Braun, in Luxemburg mitteilte, …":
 * the commas of an apposition cut the "wie" clause, so the clause of the verb
 * starts after them. Returns the index of "wie" when a noun phrase follows it
 * and only words that fit in noun phrases (and commas) lead from there to the
 * comma before that clause start; else null.
 */
function asClauseAcrossApposition(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): number | null {
  if (start === 0 || toks[start - 1].text !== ",") return null;
  for (let j = start - 2; j >= Math.max(0, k - MAX_AS_CLAUSE); j--) {
    if (toks[j].lower !== doc.lex.data.asWord || (j > 0 && toks[j - 1].text !== "," && !doc.lex.sets.coordinators.has(toks[j - 1].lower))) continue;
    const np = nounPhrase(toks, j + 1, start, doc.lex);
    return np && onlyPhraseWords(doc, toks, np.to, start - 1) ? j : null;
  }
  return null;
}

/**
 * Index of the word that opens a sentence after leading conjunctions: "Denn
 * wie die Zeitung berichtete" opens with "wie". Inside a sentence "…,
 * sondern wie …" is a content clause, so only the sentence start counts.
 */
function subordinatorAt(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): number {
  let j = start;
  while (start === 0 && j < k - 1 && doc.lex.sets.coordinators.has(toks[j].lower) && doc.lex.sets.subordinators.has(toks[j + 1].lower)) j++;
  return j;
}

/** "Das sagte …", "Dies teilte … mit": a lone demonstrative fills the first position before the verb. */
function isDemonstrativeOpening(doc: QuoteDoc, toks: readonly Tok[], pivot: number): boolean {
  let j = 0;
  while (j < pivot && doc.lex.sets.coordinators.has(toks[j].lower)) j++;
  return j === pivot - 1 && doc.lex.sets.demonstratives.has(toks[j].lower);
}

/** A short quoted name at j: "im „Standard“". */
function quotedName(toks: readonly Tok[], j: number, lim: number): Range | null {
  if (toks[j]?.text !== "„") return null;
  for (let i = j + 2; i < Math.min(lim, j + 5); i++) if (toks[i].text === "“") return /^\p{Lu}/u.test(toks[j + 1].text) ? { from: j, to: i + 1 } : null;
  return null;
}

/** A phrase followed by a short quoted name keeps it: "der Ausgabe des Wochenmagazines „profil“". */
function withQuotedName(toks: readonly Tok[], np: Range, lim: number): Range {
  if (toks[np.to]?.text !== "„") return np;
  for (let i = np.to + 2; i < Math.min(lim, np.to + 5); i++) if (toks[i].text === "“") return { from: np.from, to: i + 1 };
  return np;
}

/** Prepositions joined with their article ("im Bericht"): the phrase after them has one. */
const CONTRACTED = new Set(["im", "beim", "vom", "am"]);

/**
 * The agent of a passive cue: "wurde von der Polizei mitgeteilt". Without
 * one, the place where it was said stands for the speaker: "In einem Bericht
 * der Salzburger Nachrichten wurde vermutet, …", "1997 war auf einer
 * Konferenz in Aleppo vorgeschlagen worden, …". Only a phrase with an
 * article counts ("Aus Hamburg wird gemeldet" names a place), and not when a
 * pronoun is the subject ("In einem Schreiben wurden diese hingewiesen").
 */
function agentPhrase(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): Range | null {
  for (let j = from; j < to; j++) if (doc.lex.sets.agentPrepositions.has(toks[j].lower)) return nounPhrase(toks, j + 1, to, doc.lex);
  if (toks.slice(from, to).some((t) => doc.lex.sets.pronouns.has(t.lower) || doc.lex.sets.demonstratives.has(t.lower))) return null;
  for (let j = from; j < to; j++) {
    if (!doc.lex.sets.impersonalSourcePrepositions.has(toks[j].lower)) continue;
    const np = nounPhrase(toks, j + 1, to, doc.lex) ?? (CONTRACTED.has(toks[j].lower) ? quotedName(toks, j + 1, to) : null);
    if (np && doc.lex.sets.timeNouns.has(toks[np.to - 1].lower)) continue;
    if (np && (doc.lex.sets.determiners.has(toks[np.from].lower) || CONTRACTED.has(toks[j].lower))) return withQuotedName(toks, np, to);
  }
  return null;
}

/** A clause end moved forward to a "that"/"dass" that opens the reported clause without a comma. */
function thatBefore(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): number {
  for (let j = from; j < end; j++) if (doc.lex.sets.thatWords.has(toks[j].lower)) return j;
  return end;
}

/** A passive participle: after "wird/wurde …", or before "worden" ("war … als „…“ bezeichnet worden"). */
function isPassive(toks: readonly Tok[], pivot: number, k: number, lex: QuoteDoc["lex"]): boolean {
  return lex.sets.passiveAuxiliaries.has(toks[pivot].lower) || toks[k + 1]?.lower === "worden";
}

/** The finite auxiliary before a participle in the same clause ("hat … erklärt"), or -1. */
function auxiliaryBefore(toks: readonly Tok[], start: number, k: number, lex: QuoteDoc["lex"]): number {
  for (let j = start; j < k; j++) if (lex.sets.auxiliaries.has(toks[j].lower)) return j;
  return -1;
}

/** Relative pronouns that can be the subject of their clause. */
const SUBJECT_RELATIVES = new Set(["der", "die", "das", "welcher", "welche", "welches"]);
/** Of those, the ones that can only be the subject (masculine nominative). */
const MASCULINE_RELATIVES = new Set(["der", "welcher"]);

/**
 * ", der diese Maßnahme als „Kapitulation“ sieht", ", welche die Techniker
 * als „…“ bezeichnete": a relative clause with the cue verb at its end (only
 * auxiliaries or its particle after it; not a passive). The relative pronoun
 * is the subject and stands for the speaker (as the data set marks it; the
 * phrase before the comma is what it resolves to), unless a feminine/neuter
 * pronoun is followed by a masculine subject or a person (", die der
 * Minister …", ", die Scholz …"), who then speaks.
 */
function relativeClauseSubject(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number, end: number, hit: VerbHit): Range | null {
  const lex = doc.lex;
  const pronoun = toks[start]?.lower ?? "";
  if (start === 0 || toks[start - 1].text !== "," || !SUBJECT_RELATIVES.has(pronoun) || k < start + 2 || lex.sets.coordinators.has(toks[k - 1].lower)) return null;
  const tail = toks.slice(k + 1, end);
  if (!tail.every((t) => lex.sets.auxiliaries.has(t.lower) || t.lower === hit.entry.verb.particle) || toks.slice(start, end).some((t) => lex.sets.passiveAuxiliaries.has(t.lower))) return null;
  if (!MASCULINE_RELATIVES.has(pronoun)) {
    const inner = subjectAfter(toks, start + 1, k, lex);
    if (inner && inner.from === start + 1 && (toks[inner.from].lower === "der" || isPersonPhrase(doc, toks, inner))) return inner;
  }
  return { from: start, to: start + 1 };
}

/** ", der sagte": a relative pronoun right before the verb is the speaker (resolved to the phrase before the comma, see resolve.ts). */
function relativeSpeaker(doc: QuoteDoc, toks: Tok[], start: number, k: number): Range | null {
  if (start === 0 || toks[start - 1].text !== "," || !doc.lex.sets.determiners.has(toks[start].lower)) return null;
  if (k - start > 3 || toks.slice(start + 1, k).some((t) => !doc.lex.sets.skipAdverbs.has(t.lower))) return null;
  return { from: start, to: start + 1 };
}
