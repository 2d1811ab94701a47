/**
 * Per-mention analysis for normalisation: the bare name (cleaned, genitive
 * resolved, listed group name applied), the determiner before it, an
 * acronym defined right after it, and its match key.
 */
import type { EntityMention, EntityType } from "../../core/article.js";
import { LOWER_INFLECTED_ADJECTIVE } from "../../lang/de/names.js";
import { adjectiveParts } from "./adjectives.js";
import { cleanName } from "./clean.js";
import { foldName, matchKey, withoutArticle } from "./fold.js";
import { genitiveBase, listedPersonGenitive, type GenitiveEvidence } from "./genitive.js";
import { groupName, placeName } from "./groups.js";
import type { NameLexicon } from "./lexicon.js";
import type { Gender } from "../name-gender.js";

export interface AnalysedMention {
  type: EntityType;
  /** False for mentions with nothing of a name in them (they get no entity). */
  valid: boolean;
  /** The bare name, tokens separated by single spaces. */
  name: string;
  tokens: string[];
  /** Lower-case determiner before the name; "" when the name starts a phrase; null when unknown. */
  determiner: string | null;
  /** An acronym the article defines for this name: "(EU)" right after it. */
  acronym: string | null;
  /** A name of several words in brackets right after this one, which it may abbreviate: "Royal Bank of Scotland" of "RBS (Royal Bank of Scotland)". */
  expansion: string | null;
  key: string;
  /** Whether the mention opens its sentence (where any English word is capitalised). */
  initial: boolean;
  /** The gender an honorific in or right before the mention gives the person ("Mr. Trump" → m, "Frau Merkel" → f), or null. */
  honorific: Gender | null;
  /** The gender a pronoun opening the next sentence gives the only person of the mention's sentence ("President Trump warned … He also …" → m), or null. */
  pronoun: Gender | null;
}


/**
 * The determiner right before `start`, past one lower-case adjective ("des
 * neuen …"): a listed word followed only by spaces; "" after punctuation or
 * at the start; null otherwise.
 */
function determinerBefore(text: string, start: number, lex: NameLexicon, adjectives = 1): string | null {
  let end = start;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\u00A0")) end--;
  let begin = end;
  while (begin > 0 && begin > end - 12 && /\p{L}/u.test(text[begin - 1])) begin--;
  if (begin === end) return "";
  if (end === start) return null;
  const word = text.slice(begin, end);
  if (lex.determiners.has(word.toLowerCase())) return word.toLowerCase();
  return adjectives > 0 && LOWER_INFLECTED_ADJECTIVE.test(word) ? determinerBefore(text, begin, lex, adjectives - 1) : null;
}

/** The content of a parenthesis right after `end`, without the spaces inside its brackets ("EU" of " (EU)"), or null. */
function parenthesisAfter(text: string, end: number): string | null {
  const match = /^[ \u00A0]*\([ \u00A0]*([^()\n]{1,80}?)[ \u00A0]*\)/u.exec(text.slice(end, end + 84));
  return match === null ? null : match[1];
}

/** A parenthesis that defines an acronym: one short word ("(EU)", "(Bamf)"). */
const asAcronym = (content: string | null): string | null => (content !== null && /^[^()\s,;]{2,12}$/u.test(content) ? content : null);

/** A parenthesis that writes out a name an acronym may abbreviate: two to eight words ("(Royal Bank of Scotland)"). */
function asExpansion(content: string | null): string | null {
  if (content === null || !/^\p{Lu}[^;,]{2,78}$/u.test(content)) return null;
  const words = content.split(/\s+/u).length;
  return words >= 2 && words <= 8 ? content : null;
}

/** Whether the mention at `start` begins a sentence: only spaces, quotes or brackets between it and a sentence end, a line break or the text start. */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n" || /[.!?:;]/u.test(c)) return true;
    if (!/[\s"'„“”‚‘’»«›‹(]/u.test(c)) return false;
  }
  return true;
}

/** The word right before `start` (within 12 characters), lower case, or "". */
function wordBefore(text: string, start: number): string {
  return /(\S+)\s*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1].toLowerCase() ?? "";
}

/** Whether an abbreviated honorific stands right before `start` ("Mr. Kim"): its dot ends no sentence. */
function afterHonorific(text: string, start: number, lex: NameLexicon): boolean {
  const word = wordBefore(text, start);
  return word.endsWith(".") && lex.honorifics.has(word);
}

/** The gender of an honorific that opens the mention or stands right before it ("Mr. Trump", "Frau Merkel"), or null. */
function honorificGender(text: string, mention: EntityMention, lex: NameLexicon): Gender | null {
  const first = mention.text.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  return lex.genderedHonorifics.get(first) ?? lex.genderedHonorifics.get(wordBefore(text, mention.start)) ?? null;
}

/**
 * Whether a bare name is nothing of a name: no letter or digit, or an
 * adjective alone ("französischen", "deutschen", "Europäischen"; lower case
 * names such as "dpa" or "taz" stay).
 */
function isNoName(name: string, type: EntityType): boolean {
  if (!/[\p{L}\p{N}]/u.test(name)) return true;
  if (name.includes(" ")) return false;
  const lowerCase = /^\p{Ll}/u.test(name);
  const parts = adjectiveParts(lowerCase ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : name);
  if (parts === null) return false;
  return lowerCase || (type !== "PER" && /(isch|lich)$/u.test(parts.stem.toLowerCase()));
}

/** First pass: the clean name of each mention, without the evidence of the others. */
function firstPass(text: string, mention: EntityMention, lex: NameLexicon): AnalysedMention {
  const initial = atSentenceStart(text, mention.start) && !afterHonorific(text, mention.start, lex);
  const clean = cleanName(mention.text, mention.type, lex, initial);
  const determiner = clean.determiner ?? determinerBefore(text, mention.start, lex);
  const after = parenthesisAfter(text, mention.end);
  const acronym = clean.parenthesis ?? asAcronym(after);
  const expansion = asExpansion(after);
  const valid = !isNoName(clean.name, mention.type);
  const honorific = mention.type === "PER" ? honorificGender(text, mention, lex) : null;
  return { type: mention.type, valid, name: clean.name, tokens: clean.tokens, determiner, acronym, expansion, key: matchKey(withoutArticle(clean.name)), initial, honorific, pronoun: null };
}

/**
 * Evidence for genitive bases: the keys of all names (any type: "Teslas" may
 * be the genitive of the company "Tesla") and of persons' last tokens, and
 * per type the surnames of multi-token names (not the genitive of one of
 * them: "Jürg Christandls" beside "Jürg Christandl", or a well-known
 * person's "Steven Spielbergs").
 */
function genitiveEvidence(analysed: readonly AnalysedMention[]): Map<EntityType, GenitiveEvidence> {
  const keys = new Set<string>();
  const surnames = new Map<EntityType, Set<string>>();
  for (const a of analysed) {
    if (!a.valid) continue;
    keys.add(a.key);
    // "Steven Spielbergs Film": a well-known person's full name in the genitive gives the surname's nominative.
    const tokens = (a.type === "PER" ? listedPersonGenitive(a.tokens) : null) ?? a.tokens;
    const last = foldName(tokens[tokens.length - 1]);
    if (a.type === "PER") keys.add(last);
    if (a.tokens.length > 1) surnames.set(a.type, (surnames.get(a.type) ?? new Set<string>()).add(last));
  }
  // "Jürg Christandls" (the title's genitive) beside "Jürg Christandl": the form in -s is no surname of its own.
  for (const set of surnames.values()) for (const name of set) if (name.endsWith("s") && set.has(name.slice(0, -1))) set.delete(name);
  const types: EntityType[] = ["PER", "ORG", "LOC", "MISC"];
  return new Map(types.map((t) => [t, { keys, surnames: surnames.get(t) ?? new Set<string>() }]));
}

/** The listed display name of a name of this type: a group's for all but persons; in text that is not German, a place's German name for places ("Moscow" → "Moskau"). */
const listedName = (name: string, type: EntityType, lex: NameLexicon): string | null =>
  type === "PER" ? null : (groupName(name) ?? (type === "LOC" && !lex.german ? placeName(name) : null));

/** With its final form: genitive taken back (German), listed group name applied (not for persons). */
function settle(a: AnalysedMention, evidence: GenitiveEvidence | undefined, lex: NameLexicon, beforeNoun: boolean): AnalysedMention {
  if (!a.valid) return a;
  let tokens = a.tokens;
  const listedAsIs = listedName(a.name, a.type, lex);
  if (lex.german && evidence !== undefined && listedAsIs === null) tokens = genitiveBase(tokens, a.type, a.determiner, evidence, beforeNoun) ?? tokens;
  let name = tokens.join(" ");
  const listed = listedAsIs ?? listedName(name, a.type, lex);
  if (listed !== null) {
    name = listed;
    tokens = listed.split(" ");
  }
  return { ...a, name, tokens, key: matchKey(withoutArticle(name)) };
}

/** How far after a mention its sentence may end for the next one's pronoun to count. */
const PRONOUN_REACH = 400;

/**
 * The gender the pronoun opening the next sentence gives a person mention
 * that is the only person of its sentence ("President Trump warned Iran …
 * He also stood by …"); null where the sentence names another person, no
 * listed pronoun follows, or the sentence runs on too far.
 */
function pronounGender(text: string, mention: EntityMention, persons: readonly EntityMention[], lex: NameLexicon): Gender | null {
  // The next sentence opens with a capital after a full stop ("the U.S. "they will …" goes on).
  const end = [...text.slice(mention.end, mention.end + PRONOUN_REACH).matchAll(/[.!?]["”“»«]?\s+["„“«»]?(\p{L}+)/gu)].find((m) => /^\p{Lu}/u.test(m[1]));
  const gender = end ? lex.genderedOpeningPronouns.get(end[1].toLowerCase()) : undefined;
  if (!end || gender === undefined) return null;
  const limit = mention.end + end.index + 1;
  const from = Math.max(0, mention.start - PRONOUN_REACH);
  const before = text.slice(from, mention.start);
  const open = from + Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), 0);
  // The person opens the sentence (a title or role may stand before), and no pronoun inside it names someone else ("… in which she rejected criticism that the Bush administration …").
  const lead = text.slice(open, mention.start).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const words = text.slice(open, limit).toLowerCase().split(/[^\p{L}]+/u);
  if (lead.length > MAX_LEAD_WORDS || words.some((w) => lex.genderedOpeningPronouns.has(w))) return null;
  return persons.some((p) => p !== mention && p.start < limit && p.end > open) ? null : gender;
}

/** At most this many words before a person who opens a sentence ("Israeli Prime Minister Benjamin …"). */
const MAX_LEAD_WORDS = 4;

/** Analyses every mention of an article (same order). */
export function analyseMentions(text: string, mentions: readonly EntityMention[], lex: NameLexicon): AnalysedMention[] {
  const persons = mentions.filter((m) => m.type === "PER");
  const first = mentions.map((m) => {
    const a = firstPass(text, m, lex);
    return a.type === "PER" && a.tokens.length === 1 && !a.honorific ? { ...a, pronoun: pronounGender(text, m, nearby(persons, m), lex) } : a;
  });
  const evidence = genitiveEvidence(first);
  // Whether a noun follows matters only for a German person's name of one word (its genitive, "Putins Sprecher").
  const beforeNoun = (a: AnalysedMention, i: number): boolean =>
    lex.german && a.type === "PER" && a.tokens.length === 1 && NOUN_AFTER.test(text.slice(mentions[i].end, mentions[i].end + 40));
  return first.map((a, i) => settle(a, evidence.get(a.type), lex, beforeNoun(a, i)));
}

/** A noun (capitalised), perhaps after an inflected adjective, right after a mention: where a German genitive name stands ("Putins Sprecher", "Trumps neuer Berater"). */
const NOUN_AFTER = /^\s+(?:\p{Ll}+(?:e|en|er|es|em)\s+)?\p{Lu}\p{Ll}/u;

/** The person mentions within PRONOUN_REACH of a mention, by binary search (mentions come in text order). */
function nearby(persons: readonly EntityMention[], m: EntityMention): readonly EntityMention[] {
  let lo = 0;
  let hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid].end < m.start - PRONOUN_REACH) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < persons.length && persons[to].start <= m.end + PRONOUN_REACH) to++;
  return persons.slice(lo, to);
}
