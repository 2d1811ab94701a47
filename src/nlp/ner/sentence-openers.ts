/**
 * English common words read as names because a sentence opens with them
 * ("Aid workers retrieved …", "Plug-ins can …", "Uncertainty remains …",
 * "Subsequently, …"): English capitalises names only, so a one-word mention
 * whose word is capitalised only where a sentence (or line) opens, and which
 * the article also writes in lower case, is no name. A word capitalised
 * anywhere else in the article stays a name ("Bush said …" beside "the
 * Bush administration"). Nor is a word in -ly that only opens sentences with
 * a comma after it ("Admittedly, …"). German is not read so: it capitalises
 * every noun.
 */
import type { EntityMention, Span } from "../../core/article.js";
import { ENGLISH_SENTENCE_ADVERB } from "../../lang/en/ner-cues.js";
import { isGivenName } from "../listed-people.js";

/** Characters that may stand between a sentence's start and its first word. */
const LEAD = /[\s"“”‘’'(«»„[—–-]/u;

/** The offsets where the sentences and lines of a text have their first word. */
function openingOffsets(text: string, sentences: readonly Span[]): Set<number> {
  const starts = [...sentences.map((s) => s.start), 0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const out = new Set<number>();
  for (let at of starts) {
    while (at < text.length && LEAD.test(text[at])) at++;
    out.add(at);
  }
  return out;
}

/** Where each word of a text stands, and which words it writes in lower case (not inside an e-mail or web address); one pass. */
function wordIndex(text: string): { at: Map<string, number[]>; lower: Set<string> } {
  const at = new Map<string, number[]>();
  const lower = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    if (/^\p{Ll}/u.test(word)) {
      if (!/[@./_]/u.test(text[m.index - 1] ?? "") && text[m.index + word.length] !== "@") lower.add(word);
    } else {
      const list = at.get(word);
      if (list) list.push(m.index);
      else at.set(word, [m.index]);
    }
  }
  return { at, lower };
}

/**
 * "White Paper", "Death Penalty", "Privacy Policy", "Social Security": a
 * person span of two or more capitalised words that are all common words —
 * each written in lower case elsewhere in the article —, none of them a
 * given name or English short form ("Bill Gates", "Theresa May" stay), names no one. Headlines, menus and tables of English web
 * pages capitalise their words; the German model reads such runs as names.
 */
function commonWordPerson(m: EntityMention, lower: ReadonlySet<string>): boolean {
  const words = capitalisedWords(m);
  return m.type === "PER" && words.length >= 2 && words.every((w) => lower.has(w.toLowerCase()) && !isGivenName(w));
}

const capitalisedWords = (m: EntityMention): string[] => m.text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));

/** The mentions of an English text without common words that only a sentence's opening capitalised, nor persons made of common words alone. */
export function withoutSentenceOpeners(text: string, sentences: readonly Span[], mentions: readonly EntityMention[]): EntityMention[] {
  const openings = openingOffsets(text, sentences);
  const candidate = (m: EntityMention): boolean => openings.has(m.start) && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(m.text);
  // The word index is a pass over the whole text: only where a mention may go.
  if (!mentions.some((m) => candidate(m) || (m.type === "PER" && capitalisedWords(m).length >= 2))) return [...mentions];
  const words = wordIndex(text);
  const places = (word: string): number[] => words.at.get(word) ?? [];
  // Capitalised only at openings, and written in lower case somewhere.
  const common = (word: string): boolean => places(word).every((at) => openings.has(at)) && words.lower.has(word.toLowerCase());
  // "Admittedly, …", "Remarkably, …": a word in -ly that only opens sentences, each time with a comma after it, is a sentence adverb.
  const adverb = (word: string): boolean => ENGLISH_SENTENCE_ADVERB.test(word) && places(word).every((at) => openings.has(at) && text[at + word.length] === ",");
  return mentions.filter((m) => !(candidate(m) && (common(m.text) || adverb(m.text))) && !commonWordPerson(m, words.lower));
}
