/**
 * Whether a speaker phrase or a verb next to it is plural: "Sie forderten
 * …", "Die Außenminister … erklärten", "die Betreiber sprechen".
 */
import type { QuoteDoc } from "./context.js";
import type { Speaker } from "./found.js";

/** A pronoun without a contraction after it, lower case ("he's" of "He's said …" → "he", "they've" → "they"); other words lower case. */
export function pronounOf(doc: QuoteDoc, word: string): string {
  const lower = word.toLowerCase();
  const stem = lower.replace(/['’](?:s|d|ll|ve|re)$/u, "");
  return stem !== lower && doc.lex.sets.pronouns.has(stem) ? stem : lower;
}

/**
 * "Sie forderten …", "Zudem drängen sie …": a pronoun that may be singular or
 * plural with a plural verb in the finite verb's place next to it (the word
 * before it, or the word after it when it opens the sentence) names a group,
 * no one person; so does a pronoun that is always plural ("they", "wir").
 */
export function pluralPronoun(doc: QuoteDoc, speaker: Speaker): boolean {
  const word = pronounOf(doc, speaker.text);
  return doc.lex.sets.pluralPronouns.has(word) || (doc.lex.sets.numberAmbiguousPronouns.has(word) && pluralVerbNextTo(doc, speaker));
}

/** Whether a plural finite verb stands next to the phrase: the word before it, or the word after it when it opens the sentence ("Die Außenminister … erklärten"). */
export function pluralVerbNextTo(doc: QuoteDoc, speaker: Speaker): boolean {
  const lead = doc.text.slice(Math.max(0, speaker.start - 40), speaker.start);
  const before = /(\p{L}+)\s+$/u.exec(lead)?.[1];
  const opens = /(?:^|[.!?:]\s*[„"»«]?\s*|^\s*)$/u.test(lead);
  const after = opens ? /^\s+(\p{L}+)/u.exec(doc.text.slice(speaker.end, speaker.end + 40))?.[1] : undefined;
  return [before, after].some((w) => w !== undefined && isPluralVerb(doc, w.toLowerCase()));
}

/** A plural finite verb ("sind", "forderten"), not an article, preposition, pronoun or word of time that ends alike ("den", "gegen", "denen", "morgen"). */
export function isPluralVerb(doc: QuoteDoc, word: string): boolean {
  const sets = doc.lex.sets;
  if (sets.pluralFiniteVerbs.has(word)) return true;
  const ending = doc.lex.data.pluralVerbEnding;
  if (!ending || word.length < ending.length + 3 || !word.endsWith(ending)) return false;
  const notVerbs = [sets.determiners, sets.accusativeDeterminers, sets.prepositions, sets.relativePronouns, sets.possessives, sets.subordinators, sets.timeNouns, sets.ownWords];
  return !notVerbs.some((set) => set.has(word));
}
