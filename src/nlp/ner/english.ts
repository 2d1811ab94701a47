/**
 * English text read by the German model: three repairs around it.
 *
 * - Before tagging, a possessive "'s" becomes a token of its own
 *   ("Hungary's Prime Minister" → "Hungary" "'s"), so that the name is a
 *   word the lists and the model know.
 * - After tagging, a span ends before the first lower-case word that English
 *   names do not keep small ("Scholz had warned that failure would …",
 *   tagged as one MISC span: German capitalises nouns, so to the model an
 *   English sentence looks like a run of names) and before a possessive
 *   ("Kim" "'s"), and loses a preposition that opens the sentence ("On
 *   Tuesday").
 * - A title inside an organisation's or place's span splits it: the words
 *   before the title keep the span's type, the words after it are a person
 *   ("European Commission President Ursula von der Leyen").
 *
 * Tags change in place; German text is left alone (the caller runs these for
 * English only).
 */
import {
  ENGLISH_LEADING_TITLES,
  ENGLISH_NATIONALITY_WORDS,
  ENGLISH_SENTENCE_OPENERS,
  ENGLISH_STATE_NAMES,
  ENGLISH_TITLE_MODIFIERS,
  ENGLISH_TITLE_SMALL_WORDS,
} from "../../lang/en/ner-cues.js";
import { NAME_PARTICLES } from "../../lang/de/ner-cues.js";
import type { Token } from "../tokens.js";
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { spansFromTags } from "./labels.js";

const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)(['’]s)$/u;

/** Tokens with a possessive "'s" after a capitalised word split off ("Hungary's" → "Hungary", "'s"). */
export function splitPossessives(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => {
    const m = POSSESSIVE.exec(t.text);
    if (!m) return [t];
    const cut = t.start + m[1].length;
    return [
      { text: m[1], start: t.start, end: cut },
      { text: m[2], start: cut, end: t.end },
    ];
  });
}

/** Lower-case words an English name may hold: those titles keep small and the particles of names ("Ursula von der Leyen"). */
const SMALL = new Set([...ENGLISH_TITLE_SMALL_WORDS, ...NAME_PARTICLES.flatMap((p) => p.split(" "))]);
const TITLES = new Set(ENGLISH_LEADING_TITLES);
const MODIFIERS = new Set(ENGLISH_TITLE_MODIFIERS);

/** Tokens before which a capital shows nothing: the start of a sentence and opening quotation marks. */
const OPENERS = new Set(["\"", "“", "‘", "'", "„", "(", "—", "–", "-"]);
const PLACE = kindMask("loc", "country");
const STATES = new Set(ENGLISH_STATE_NAMES);
const SENTENCE_OPENERS = new Set(ENGLISH_SENTENCE_OPENERS);
/** Sentence openers that are also names on their own ("May said …", Theresa May). */
const FIRST_NAMES_TOO = new Set(["May", "Will"]);
const NATIONALITY = new Set(ENGLISH_NATIONALITY_WORDS);
/** State names as token lists, longest first ("United Arab Emirates" before "United"). */
const STATE_TOKENS = ENGLISH_STATE_NAMES.map((n) => n.split(" ")).sort((a, b) => b.length - a.length);
const PERSON = kindMask("first", "surname", "person");

/** Cuts spans at lower-case words, splits organisation or place spans at a title and retypes places before a possessive, in every sentence. */
export function repairEnglishSpans(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    joinStateNames(sentence, t);
    for (const whole of spansFromTags(t)) {
      // "On Tuesday", "Although Mueller", "What": a word that opens the sentence is no part of a name ("May" alone stays: Theresa May).
      const opens = SENTENCE_OPENERS.has(sentence[whole.start]) && (whole.start === 0 || OPENERS.has(sentence[whole.start - 1])) && (whole.end - whole.start > 1 || !FIRST_NAMES_TOO.has(sentence[whole.start]));
      const span = opens ? { ...whole, start: whole.start + 1 } : whole;
      if (span.start > whole.start) {
        t[whole.start] = "O";
        if (span.start < span.end) t[span.start] = `B-${span.type}`;
      }
      if (span.start >= span.end) continue;
      const cut = firstForeignWord(sentence, span.start, span.end);
      // "the North Korean leader": adjectives of nationality alone name no one.
      if (sentence.slice(span.start, cut).every((w) => NATIONALITY.has(w))) {
        for (let i = span.start; i < span.end; i++) t[i] = "O";
        continue;
      }
      // "This is a historic day": what is left of a sentence taken for a name is its opening word; "turn Europe into …" opens with no name at all.
      const opener = (cut < span.end && (span.start === 0 || OPENERS.has(sentence[span.start - 1]))) || /^\p{Ll}/u.test(sentence[span.start]);
      for (let i = opener ? span.start : cut; i < span.end; i++) t[i] = "O";
      if (opener) continue;
      if (span.type === "ORG" || span.type === "LOC" || span.type === "MISC") splitAtTitle(sentence, t, span.start, cut, span.type);
      const name = sentence.slice(span.start, cut).join(" ");
      const possessivePlace = span.type === "PER" && cut === span.start + 1 && /^['’]s$/u.test(sentence[cut] ?? "") && isPlaceOnly(gazetteer, name);
      if (span.type !== "LOC" && (STATES.has(name) || possessivePlace)) for (let i = span.start; i < cut; i++) t[i] = i === span.start ? "B-LOC" : "I-LOC";
    }
  });
}

/**
 * "North" "Korea" tagged PER and LOC, or one of them untagged: a state's
 * English name made of tagged words, none of whose spans reaches beyond it,
 * is one place span.
 */
function joinStateNames(sentence: readonly string[], t: string[]): void {
  for (let i = 0; i < sentence.length; i++) {
    const name = STATE_TOKENS.find((n) => n.length > 1 && n.every((w, k) => sentence[i + k] === w));
    if (!name) continue;
    const end = i + name.length;
    const inside = t.slice(i, end);
    if (inside.every((x) => x === "O") || inside[0].startsWith("I-") || (t[end] ?? "O").startsWith("I-")) continue;
    for (let k = i; k < end; k++) t[k] = k === i ? "B-LOC" : "I-LOC";
    i = end - 1;
  }
}

/** A listed place or state that no name list holds as a person ("Hungary", not "Jordan"). */
function isPlaceOnly(gazetteer: Gazetteer | null, word: string): boolean {
  if (gazetteer === null) return false;
  const kinds = unitTypes(gazetteer, word);
  return (kinds & PLACE) !== 0 && (kinds & PERSON) === 0;
}

/** Where the name of [start, end) ends: before the first lower-case word that is no small word of names or a possessive "'s", and before small words left at its end. */
function firstForeignWord(sentence: readonly string[], start: number, end: number): number {
  let cut = end;
  for (let i = start + 1; i < end; i++) {
    if ((/^\p{Ll}/u.test(sentence[i]) && !SMALL.has(sentence[i])) || /^['’]s$/u.test(sentence[i])) {
      cut = i;
      break;
    }
  }
  // "Comey to", "May or": a small word ends no name.
  while (cut - 1 > start && /^\p{Ll}/u.test(sentence[cut - 1])) cut--;
  return cut;
}

/** "European Commission President Ursula": the words before the title (and its modifiers) keep `type`, those after it become a person. */
function splitAtTitle(sentence: readonly string[], t: string[], start: number, end: number, type: string): void {
  const title = sentence.findIndex((w, i) => i > start && i < end - 1 && TITLES.has(w));
  if (title < 0) return;
  let first = title;
  while (first > start && MODIFIERS.has(sentence[first - 1])) first--;
  for (let i = start; i < first; i++) t[i] = i === start ? `B-${type}` : `I-${type}`;
  for (let i = first; i <= title; i++) t[i] = "O";
  for (let i = title + 1; i < end; i++) t[i] = i === title + 1 ? "B-PER" : "I-PER";
}
