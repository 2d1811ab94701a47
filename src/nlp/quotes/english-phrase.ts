/**
 * English speaker phrases: a subject before a reporting verb (with an
 * apposition between commas), whether a stretch of tokens is one noun phrase,
 * and whether it can speak. Shared by the bare-clause rules (english.ts) and
 * the relay rules (quoted-as.ts).
 */
import { ENGLISH_SENTENCE_ADVERB } from "../../lang/en/ner-cues.js";
import type { QuoteDoc } from "./context.js";
import { isRoleWord, overlapsActor } from "./person.js";
import type { Range } from "./phrase.js";
import { isWord, type Tok } from "./tokens.js";

/** A subject phrase holds at most this many tokens. */
export const MAX_SUBJECT = 10;
/** An apposition between commas holds at most this many tokens. */
const MAX_APPOSITION = 20;

/**
 * The subject that ends right before the cue at `v` and opens the sentence at
 * `from`, skipping an apposition between commas and adverbs ("also",
 * "later") before the verb; null when the stretch is no speaking phrase.
 */
export function subjectBefore(doc: QuoteDoc, toks: readonly Tok[], start: number, v: number): Range | null {
  // "And Secretary of State Mike Pompeo, …, told", "Finally, Boeing documents suggest": a coordinator or a sentence adverb and its comma opening the sentence are no part of the subject.
  let from = start;
  for (;;) {
    if (from < v && doc.lex.sets.coordinators.has(toks[from].lower)) from++;
    else if (opensWithSentenceAdverb(doc, toks, from)) from += 2;
    else break;
  }
  let end = v;
  // Adverbs and auxiliaries between the subject and the verb: "has openly criticized", "would later say", "did not deny".
  // (An adverb in -ly is written in lower case: "Italy" is none.)
  const between = (t: Tok) => /^(?:also|later|then|again|earlier|previously|recently|further|had|has|have|not|never|already|just|still)$/u.test(t.lower) || /^\p{Ll}+ly$/u.test(t.text) || doc.lex.sets.auxiliaries.has(t.lower);
  while (end > from && between(toks[end - 1])) end--;
  const list = listOfNames(doc, toks, from, end);
  if (list) return list;
  if (end > from && toks[end - 1].text === ",") {
    const comma = toks.slice(from, end - 1).findIndex((t) => t.text === ",");
    if (comma < 0) return null;
    const open = from + comma;
    if (end - 1 - open > MAX_APPOSITION || !(isPhrase(doc, toks, open + 1, end - 1, false) || isRelativeClause(doc, toks, open + 1, end - 1) || isParticiplePhrase(toks, open + 1, end - 1) || isAdverbialPhrase(doc, toks, open + 1, end - 1))) return null;
    end = open;
  }
  end = withoutTimePhrase(doc, toks, from, end);
  const name = nameBeforeApposition(doc, toks, from, end);
  if (name) return name;
  if (end - from > MAX_SUBJECT || !isPhrase(doc, toks, from, end, true)) return null;
  if (!canSpeak(doc, toks, from, end)) return null;
  return nameAfterNoun(doc, toks, from, end) ?? { from, to: end };
}

/** "Germany, France and Italy said": names separated by commas, the last joined by "and" or "or", are one subject. */
function listOfNames(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): Range | null {
  const words = toks.slice(from, end);
  const joiner = words.findLastIndex((t) => doc.lex.sets.coordinators.has(t.lower));
  if (joiner < 1 || !words.some((t) => t.text === ",")) return null;
  const items: Tok[][] = [[]];
  words.forEach((t, i) => (t.text === "," || i === joiner ? items.push([]) : items[items.length - 1].push(t)));
  const isName = (item: Tok[]) => item.length > 0 && item.length <= 4 && item.every((t) => /^\p{Lu}/u.test(t.text) && isWord(t));
  return items.length >= 3 && items.every(isName) ? { from, to: end } : null;
}

/** "Jo Swinson, Liberal Democrat deputy leader said": a name of two or more capitalised words, a comma and its apposition without a closing comma. */
function nameBeforeApposition(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): Range | null {
  const comma = toks.slice(from, end).findIndex((t) => t.text === ",") + from;
  if (comma < from + 2 || end - comma - 1 > MAX_APPOSITION) return null;
  const name = toks.slice(from, comma);
  if (!name.every((t) => /^\p{Lu}/u.test(t.text) && isWord(t)) || doc.lex.sets.prepositions.has(name[0].lower)) return null;
  // "Early Tuesday, Iranian President Hassan Rouhani warned": a time phrase, not a name.
  if (name.some((t) => doc.lex.sets.timeNouns.has(t.lower)) || /^(?:early|late|last|this|next|earlier|later)$/u.test(name[0].lower)) return null;
  return isPhrase(doc, toks, comma + 1, end, false) && canSpeak(doc, toks, comma + 1, end) ? { from, to: comma } : null;
}

/** "President Trump late Thursday", "the ministry on Monday": the end of a subject without a time phrase after it. */
function withoutTimePhrase(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): number {
  const s = doc.lex.sets;
  if (end - from < 2 || !s.timeNouns.has(toks[end - 1].lower)) return end;
  const lead = toks[end - 2].lower;
  return /^(?:late|early|on|last|this|next)$/u.test(lead) && end - 2 > from ? end - 2 : end - 1;
}

/**
 * "a decision Trump has angrily criticized": an article and a common noun
 * that is no role before a name are the object of a relative clause without
 * "that"; the name is the subject. Null for any other phrase.
 */
function nameAfterNoun(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): Range | null {
  const s = doc.lex.sets;
  if (!s.determiners.has(toks[from].lower)) return null;
  let c = from + 1;
  while (c < end && /^\p{Ll}/u.test(toks[c].text)) c++;
  if (c === from + 1 || c === end) return null;
  const nouns = toks.slice(from + 1, c);
  if (nouns.some((t) => isRoleWord(t.lower, s.personRoles) || isRoleWord(t.lower.replace(/e?s$/u, ""), s.personRoles))) return null;
  return toks.slice(c, end).every((t) => /^\p{Lu}/u.test(t.text)) ? { from: c, to: end } : null;
}

/** Whether the tokens from `from` to `to` are words only (hyphens and a possessive "'s" allowed). */
function wordsOnly(toks: readonly Tok[], from: number, to: number): boolean {
  return toks.slice(from, to).every((t) => isWord(t) || t.text === "-" || t.text === "'s");
}

/** "speaking in Parliament": a phrase opened by a participle in -ing between the subject's commas, words only. */
function isParticiplePhrase(toks: readonly Tok[], from: number, to: number): boolean {
  return to - from >= 2 && /^\p{Ll}{3,}ing$/u.test(toks[from].text) && wordsOnly(toks, from + 1, to);
}

/**
 * "Finally, …", "Admittedly, …": a capitalised word in -ly (four letters or
 * more before it; "Italy", "Kelly" are names) with a comma after it opens the
 * clause at `at` as a sentence adverb, unless the recogniser names it
 * ("Sicily, Italy and Malta said").
 */
export function opensWithSentenceAdverb(doc: QuoteDoc, toks: readonly Tok[], at: number): boolean {
  return ENGLISH_SENTENCE_ADVERB.test(toks[at]?.text ?? "") && toks[at + 1]?.text === "," && !overlapsActor(doc, toks, { from: at, to: at + 1 });
}

/** "as a Kansas congressman in December 2015", "in a statement on Monday": a phrase opened by a preposition or "as" between the subject's commas, words only. */
function isAdverbialPhrase(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  const s = doc.lex.sets;
  return to - from >= 2 && (s.prepositions.has(toks[from].lower) || s.labelWords.has(toks[from].lower)) && wordsOnly(toks, from + 1, to);
}

/** "who has led the union since 2019": a relative clause between the subject's commas, words only. */
function isRelativeClause(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  return to - from >= 3 && doc.lex.sets.relativePronouns.has(toks[from].lower) && wordsOnly(toks, from + 1, to);
}

/**
 * Whether the tokens form one noun phrase (with "of"/"for" attachments):
 * no punctuation, verbs, auxiliaries or subordinators; `subject` also allows
 * a lone pronoun.
 */
export function isPhrase(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number, subject: boolean): boolean {
  const s = doc.lex.sets;
  if (to <= from) return false;
  const first = toks[from];
  if (subject && to - from === 1 && s.pronouns.has(first.lower)) return true;
  const roleSoon = toks.slice(from, Math.min(to, from + 3)).some((t) => isRoleWord(t.lower.replace(/e?s$/u, ""), s.personRoles)) || (/^\p{Ll}+-\p{L}/u.test(first.text) && endsInName(toks, from, to));
  const article = s.determiners.has(first.lower) || s.numberWords.has(first.lower);
  if (!/^[\p{Lu}\p{N}]/u.test(first.text) && !article && !roleSoon && !s.bareSpeakers.has(first.lower)) return false;
  if (s.prepositions.has(first.lower) || s.subordinators.has(first.lower) || s.pronouns.has(first.lower)) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (!isWord(t) && t.text !== "-" && t.text !== "'s" && t.text !== "&") return false;
    if ((s.clauseVerbs.has(t.lower) || s.bareClauseCues.has(t.lower)) && !isPremodifier(toks, i, from, to)) return false;
    if (s.auxiliaries.has(t.lower) || s.relativePronouns.has(t.lower)) return false;
    if (i > from && (s.subordinators.has(t.lower) || s.pronouns.has(t.lower)) && !s.npLinks.has(t.lower)) return false;
  }
  const tail = toks[to - 1].lower;
  return !s.prepositions.has(tail) && !s.determiners.has(tail) && !s.coordinators.has(tail);
}

/** "newly confirmed Secretary of State Mike Pompeo": a verb form after an adverb in -ly and before the rest of the phrase modifies a noun. */
function isPremodifier(toks: readonly Tok[], i: number, from: number, to: number): boolean {
  return i > from && i + 1 < to && /^\p{L}\p{Ll}+ly$/u.test(toks[i - 1].text) && /ed$/u.test(toks[i].lower);
}

/** "hard-left Labour Party leader Jeremy Corbyn": a phrase of three or more words that ends in a name of two capitalised words. */
function endsInName(toks: readonly Tok[], from: number, to: number): boolean {
  return to - from >= 3 && /^\p{Lu}/u.test(toks[to - 1].text) && /^\p{Lu}/u.test(toks[to - 2].text);
}

/** A phrase that can speak: a pronoun, a name (capitalised words), or a phrase with a role noun ("A spokeswoman for the commission", "Police"). */
export function canSpeak(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  const s = doc.lex.sets;
  const words = toks.slice(from, to);
  if (words.length === 1 && s.pronouns.has(words[0].lower)) return words[0].lower !== "it";
  if (words.some((w) => isRoleWord(w.lower, s.personRoles) || isRoleWord(w.lower.replace(/e?s$/u, ""), s.personRoles))) return true;
  // "Police", "Local residents", "Israeli officials": a group that speaks, first or as the head.
  if (s.bareSpeakers.has(words[0].lower) || s.bareSpeakers.has(words[words.length - 1].lower)) return true;
  // "Boeing documents suggest", "The report says": a document speaks for its authors.
  const last = words[words.length - 1].lower;
  if ([last, last.replace(/s$/u, ""), last.replace(/ies$/u, "y")].some((w) => s.documentNouns.has(w))) return true;
  // "North Korean dictator Kim Jong Un": a phrase that ends in a name of two capitalised words.
  if (endsInName(toks, from, to)) return true;
  const head = words.findIndex((w) => s.npLinks.has(w.lower));
  const core = head > 0 ? words.slice(0, head) : words;
  const article = s.determiners.has(core[0].lower) || s.numberWords.has(core[0].lower);
  return core.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) || s.nameParticles.has(w.lower) || w.text === "-") || (article && core.length >= 2);
}
