/**
 * The subject of a speech verb in German word order: the phrase that fills
 * the first position of a main clause ("Der Minister sagte"), with what can
 * stand between it and the verb (an apposition, a relative clause), the
 * subject after the verb when the first position holds an object or an
 * adverbial, and the subject shared by verbs joined with "und".
 */
import { clauseEnd, clauseStart, QUOTE_MARKS, statementMask } from "./clause.js";
import type { QuoteDoc, Sentence } from "./context.js";
import type { QuoteLexicon } from "./lexicon.js";
import { isAdjective, isTimePhrase, isGluedAdverb, isTime, nounPhrase, type Range } from "./phrase.js";
import { isObliqueDer, isOpeningAdverb, partitiveAlone, subjectAfter, subjectAfterAdverbials, subjectBefore } from "./position.js";
import { isPersonPhrase } from "./person.js";
import { isClauseBreak, type Tok } from "./tokens.js";

/**
 * "Der Hauptgeschäftsführer des BPI nannte sie „fahrlässig“", "Die CCE …
 * und nannte sie „reine Spekulation“": "sie" after the verb is as often the
 * object as the subject. It is the object when the verb is joined by "und"
 * to a clause with a subject of its own ("Die Opposition wies den Plan zurück
 * und bezeichnete sie als …"), or when a person or organisation fills the
 * first position. "Die Lage nannte sie „ernst“" keeps "sie" as the speaker.
 */
export function objectPronounAfterSubject(doc: QuoteDoc, toks: Tok[], hard: boolean[], pivot: number): boolean {
  if (toks[pivot + 1]?.text !== "sie") return false;
  const joined = coordinatedSubject(doc, toks, hard, pivot);
  if (joined && !doc.lex.sets.pronouns.has(toks[joined.from].lower)) return true;
  const before = frontedSubject(doc, toks, hard, pivot);
  return before !== null && !doc.lex.sets.pronouns.has(toks[before.from].lower) && isPersonPhrase(doc, toks, before);
}

/** How far back from the verb a subject between commas may start. */
const MAX_COMMA_SUBJECT = 25;

/**
 * "X wies die Behauptung zurück, die Sprecherin der Fraktion, Sandra Boser
 * (GRÜNE), erklärte: …": a person phrase (with its apposition) that fills the
 * stretch from an earlier comma to the comma before the verb is the verb's
 * own subject, not an ellipsis of the first clause's. `comma` is the comma
 * before the verb.
 */
export function phraseBetweenCommas(doc: QuoteDoc, toks: readonly Tok[], comma: number): Range | null {
  for (let c = Math.max(0, comma - MAX_COMMA_SUBJECT); c < comma - 1; c++) {
    if (toks[c].text !== ",") continue;
    const np = nounPhrase(toks, c + 1, comma + 1, doc.lex);
    if (np && np.to === comma && !doc.lex.sets.pronouns.has(toks[np.from].lower) && isPersonPhrase(doc, toks, np)) return np;
  }
  return null;
}

/**
 * True when a phrase is plural by its article and adjective: "die tibetischen
 * Mönche" (after "die" a singular adjective ends in -e, a plural one in -en),
 * "mehrere Experten".
 */
function isPluralPhrase(toks: readonly Tok[], range: Range, lex: QuoteLexicon): boolean {
  const first = toks[range.from].lower;
  if (lex.sets.pluralDeterminers.has(first)) return true;
  const adj = toks[range.from + 1];
  return first === "die" && adj !== undefined && range.from + 2 < range.to && /^\p{Ll}+en$/u.test(adj.text) && /^\p{Lu}/u.test(toks[range.from + 2].text);
}

/** A finite verb in the third person singular: not ending in -en ("beschrieb", "sagt", "hat", not "sagten", "sind"). */
function isSingularVerb(tok: Tok): boolean {
  return /^\p{Ll}/u.test(tok.text) && !/(?:en|ern|eln)$/u.test(tok.lower) && tok.lower !== "sind";
}

/**
 * "Die tibetischen Mönche … beschrieb die Nachrichtenagentur als …": a
 * plural phrase in first position cannot be the subject of a singular verb,
 * so it is the object and the subject follows the verb.
 */
export function subjectAfterPlural(doc: QuoteDoc, toks: readonly Tok[], fronted: Range, pivot: number, end: number): Range | null {
  if (!isPluralPhrase(toks, fronted, doc.lex) || !isSingularVerb(toks[pivot])) return null;
  return subjectAfter(toks, pivot + 1, end, doc.lex);
}

/** A name apposition holds at most this many tokens. */
const MAX_NAME_TOKENS = 4;

/**
 * "Wie die Premierministerin von Queensland, Anna Bligh, erklärte", "hatte
 * ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt": a
 * bare name between two commas right before the cue verb is its subject (the
 * commas of the apposition cut the clause). `comma` is the comma before the verb.
 */
export function nameApposition(doc: QuoteDoc, toks: readonly Tok[], comma: number): Range | null {
  if (toks[comma]?.text !== ",") return null;
  let from = comma;
  while (from > 0 && toks[from - 1].text !== "," && comma - from < MAX_NAME_TOKENS + 1) from--;
  if (from === 0 || toks[from - 1].text !== "," || from === comma || comma - from > MAX_NAME_TOKENS) return null;
  const words = toks.slice(from, comma);
  const isName = words.every((t) => /^\p{Lu}[\p{L}.'-]*$/u.test(t.text) || doc.lex.sets.nameParticles.has(t.lower));
  if (!isName || !/^\p{Lu}/u.test(words[0].text) || words.some((t) => doc.lex.sets.determiners.has(t.lower) || doc.lex.sets.pronouns.has(t.lower) || doc.lex.sets.skipAdverbs.has(t.lower))) return null;
  return words.length >= 2 ? { from, to: comma } : null;
}

/** "Der Minister begrüßte den Plan und kündigte an, …": the subject of the first of two joined verbs. */
export function coordinatedSubject(doc: QuoteDoc, toks: Tok[], hard: boolean[], pivot: number): Range | null {
  const before = toks[pivot - 1]?.lower ?? "";
  if (!doc.lex.sets.coordinators.has(before)) return null;
  return mainSubject(doc, toks, hard, pivot - 1);
}

/**
 * The subject of the main clause that opens the sentence and ends at `lim`:
 * the phrase in first position ("Der Minister begrüßte den Plan"), or the
 * one after a verb that opens the clause right after a quote ("„…“ schrieben
 * die Hacker"). "X nannte den Plan gut, stellte aber fest, …" and "… und
 * kündigten an" share it.
 */
export function mainSubject(doc: QuoteDoc, toks: Tok[], hard: boolean[], lim: number): Range | null {
  // "Die so genannte „Reichensteuer“: Die SPD will …": a colon before the limit opens the clause.
  let j = lastColonBefore(toks, hard, lim) + 1;
  while (j < lim && (hard[j] || isClauseBreak(toks[j]) || QUOTE_MARKS.has(toks[j].text) || doc.lex.sets.coordinators.has(toks[j].lower))) j++;
  if (j >= lim) return null;
  const np = subjectBefore(toks, j, j + 1 < lim ? nextLower(doc, toks, j, lim) : lim, doc.lex) ?? subjectAfterAdverbials(toks, j, lim, doc.lex);
  if (np || j === 0 || !/^\p{Ll}/u.test(toks[j].text) || !(hard[j - 1] || QUOTE_MARKS.has(toks[j - 1].text))) return np;
  return subjectAfter(toks, j + 1, clauseEnd(toks, hard, j + 1), doc.lex);
}

/** Index of the last colon before `lim` outside quoted words that opens a clause (words, not a quote, follow it), or -1. */
function lastColonBefore(toks: readonly Tok[], hard: readonly boolean[], lim: number): number {
  for (let i = lim - 2; i >= 0; i--) if (toks[i].text === ":" && !hard[i] && !hard[i + 1] && !QUOTE_MARKS.has(toks[i + 1].text)) return i;
  return -1;
}

/** Index of the first lower-case word after a noun phrase starting at j (the verb of a V2 clause; not an adjective before its noun: "Die parlamentarische Opposition"), or `lim`. */
function nextLower(doc: QuoteDoc, toks: readonly Tok[], j: number, lim: number): number {
  for (let i = j + 1; i < lim; i++) {
    if (!/^\p{Ll}/u.test(toks[i].text) || /^(der|die|das|des|dem|den|von|vom|und)$/u.test(toks[i].lower)) continue;
    if (!(isAdjective(toks[i], doc.lex) && attributive(doc, toks, i + 1))) return i;
  }
  return lim;
}

/**
 * The subject in the first position of a main clause whose finite verb is at
 * `pivot`: the noun phrase that opens the sentence (after conjunctions and
 * focus particles) and reaches the verb, possibly through an apposition or a
 * relative clause ("Der Minister, der gestern in Berlin war, sagte").
 */
export function frontedSubject(doc: QuoteDoc, toks: Tok[], hard: boolean[], pivot: number): Range | null {
  const lex = doc.lex;
  let j = 0;
  while (j < pivot && hard[j]) j++;
  while (j < pivot && (isClauseBreak(toks[j]) || QUOTE_MARKS.has(toks[j].text))) j++;
  const local = clauseStart(toks, hard, pivot);
  const named = actorBefore(doc, toks, j, pivot) ?? lowerNameBefore(doc, toks, j, pivot);
  if (named) return named;
  // "Einige vertreten die Auffassung, …": a partitive pronoun alone in first position.
  const partitive = pivot === j + 1 && /^\p{Lu}/u.test(toks[j].text) ? partitiveAlone(toks, j, lex) : null;
  if (partitive) return partitive;
  for (const from of new Set([local, j])) {
    const np = subjectBefore(toks, from, pivot, lex);
    if (np) return np;
    const withRelative = relativeSkip(doc, toks, from, pivot);
    if (withRelative) return withRelative;
  }
  return null;
}

/**
 * "Von der Leyen betonte": a person or organisation the NER stage found that
 * fills the first position exactly, whatever its first word looks like (here
 * a preposition).
 */
function actorBefore(doc: QuoteDoc, toks: readonly Tok[], from: number, pivot: number): Range | null {
  if (from >= pivot) return null;
  const start = toks[from].start;
  const end = toks[pivot - 1].end;
  return doc.actors.some((a) => a.start === start && a.end === end) ? { from, to: pivot } : null;
}

/**
 * "Die taz vermutet", "eBay hält es für möglich", "Die beiden betonten": a
 * name written in lower case, or a phrase whose noun is left out, fills the
 * first position: an article and one lower-case word that is no function
 * word, or a word in camel case on its own ("eBay").
 */
function lowerNameBefore(doc: QuoteDoc, toks: readonly Tok[], from: number, pivot: number): Range | null {
  const s = doc.lex.sets;
  const last = toks[pivot - 1];
  if (pivot === from + 1) return /^\p{Ll}+\p{Lu}[\p{L}]*$/u.test(last.text) ? { from, to: pivot } : null;
  if (pivot !== from + 2 || !s.determiners.has(toks[from].lower) || !/^\p{Ll}+$/u.test(last.text)) return null;
  for (const set of [s.determiners, s.prepositions, s.pronouns, s.coordinators, s.skipAdverbs, s.auxiliaries, s.subordinators]) if (set.has(last.lower)) return null;
  return { from, to: pivot };
}

/** The first position of a main clause holds at most this many tokens before the finite verb. */
const MAX_FIRST_POSITION = 30;

/**
 * The noun phrase opening the sentence when the first position reaches the
 * verb through material the phrase grammar does not cover ("Die
 * Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte"):
 * in a main clause that phrase is the subject far more often than the phrase
 * after the verb. Null when the sentence opens with an adverbial.
 */
export function openingPhrase(doc: QuoteDoc, toks: Tok[], hard: boolean[], pivot: number, afterComma: boolean): Range | null {
  const s = doc.lex.sets;
  let j = 0;
  while (j < pivot && (hard[j] || isClauseBreak(toks[j]) || QUOTE_MARKS.has(toks[j].text) || s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  if (j >= pivot || pivot - j > MAX_FIRST_POSITION) return null;
  if (afterComma && (toks.slice(j, pivot).some((t, i) => hard[j + i] || QUOTE_MARKS.has(t.text)) || !onlyPhraseWords(doc, toks, j, pivot))) return null;
  const first = toks[j];
  if (!/^\p{Lu}/u.test(first.text) || s.prepositions.has(first.lower) || s.subordinators.has(first.lower) || s.skipAdverbs.has(first.lower) || s.sourceAdverbs.has(first.lower)) return null;
  if (s.demonstratives.has(first.lower) || first.lower === "es" || isOpeningAdverb(first.lower) || isTime(first, doc.lex)) return null;
  if (toks.slice(j + 1, pivot).some((t) => s.subordinators.has(t.lower) || s.auxiliaries.has(t.lower) || doc.lex.finite.has(t.lower))) return null;
  const np = nounPhrase(toks, j, pivot, doc.lex);
  if (!np || /^(den|dem|einen|einem|seinen|ihren|diesen)$/u.test(first.lower) || isObliqueDer(toks, np, doc.lex)) return null;
  if (np.to < pivot && isGluedAdverb(toks, np.to, doc.lex)) return null;
  return isTimePhrase(toks, np, doc.lex) ? null : np;
}

/**
 * True when the lower-case words between `from` and `to` can all stand inside
 * noun phrases (articles, prepositions, name particles, attributive
 * adjectives, also several before one noun): the stretch before a comma is then an apposition, not a clause
 * of its own ("Die Preise steigen, erklärte X").
 */
export function onlyPhraseWords(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  const s = doc.lex.sets;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (!/^\p{Ll}/u.test(t.text)) continue;
    if (s.determiners.has(t.lower) || s.prepositions.has(t.lower) || s.npLinks.has(t.lower) || s.nameParticles.has(t.lower) || t.lower === "und") continue;
    if (isAdjective(t, doc.lex) && attributive(doc, toks, i + 1)) continue;
    return false;
  }
  return true;
}

/** Whether an adjective stands before its noun: a capitalised word follows, or another adjective that does ("die größte deutsche Privatbank"). */
function attributive(doc: QuoteDoc, toks: readonly Tok[], i: number): boolean {
  while (toks[i] && /^\p{Ll}/u.test(toks[i].text) && isAdjective(toks[i], doc.lex)) i++;
  return /^\p{Lu}/u.test(toks[i]?.text ?? "");
}

/**
 * "Der Minister, der …, sagte", "Tony Auden, ein Sprecher des Zentrums in
 * Brisbane, wies darauf hin": the phrase before a relative clause or a long
 * apposition that ends with a comma right before the verb.
 */
export function relativeSkip(doc: QuoteDoc, toks: readonly Tok[], from: number, pivot: number): Range | null {
  const np = nounPhrase(toks, from, pivot, doc.lex);
  if (!np || toks[np.to]?.text !== "," || toks[pivot - 1]?.text !== ",") return null;
  const next = toks[np.to + 1];
  const rel = next?.lower ?? "";
  const relative = doc.lex.sets.relativePronouns.has(rel) || doc.lex.sets.prepositions.has(rel);
  const appositive = next !== undefined && (doc.lex.sets.determiners.has(rel) || /^[\p{Lu}\p{N}]/u.test(next.text));
  if (!relative && !appositive) return null;
  return pivot - np.to < 25 ? np : null;
}

/**
 * The subject in the first position of a sentence's main clause whose
 * finite verb stands before token `lim`: the first verb-like word with a
 * fronted subject before it ("Georg Ratzinger, …, war nach eigenem Bekunden",
 * "Europapolitik: Die SPD will").
 */
export function openingSubject(doc: QuoteDoc, sentence: Sentence, lim: number): Range | null {
  const toks = sentence.toks;
  const hard = statementMask(doc, sentence);
  const s = doc.lex.sets;
  const verbLike = (t: Tok) => /^\p{Ll}/u.test(t.text) && !s.determiners.has(t.lower) && !s.npLinks.has(t.lower) && !s.prepositions.has(t.lower) && !s.coordinators.has(t.lower) && !isAdjective(t, doc.lex);
  const pivot = toks.findIndex((t, j) => j > 0 && j < lim && verbLike(t) && frontedSubject(doc, toks, hard, j) !== null);
  return pivot > 0 ? frontedSubject(doc, toks, hard, pivot) : null;
}
