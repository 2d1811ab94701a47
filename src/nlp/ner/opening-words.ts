/**
 * Words that a German sentence's opening capitalised, read as the start of a
 * name (tags change in place):
 * - a conjunction, adverb or preposition that opens the sentence is no part
 *   of the name after it ("Sowohl Griss als auch Hofer …" had the person
 *   "Sowohl Griss"; "Von Obama selbst liegt …" the person "Von Obama"): the
 *   span starts after it. "Von" and "Zu" open noble names too ("Zu Guttenberg
 *   war …", "Von der Leyen betonte …"), so they leave the span only where
 *   no person span of the text has the same word after a lower-case particle
 *   ("Karl-Theodor zu Guttenberg");
 * - a count opening the sentence with its noun is no name ("Pro Etage
 *   brauchte man …", "Pro Kind stehen nur 38 Cent …", "Zwei Kapitel wurden
 *   …" had been organisations and persons), unless the two words are a
 *   listed name ("Pro Asyl") or the noun an abbreviation ("Pro NRW");
 * - a listed name of an article and a common noun (the newspapers "Die
 *   Zeit", "Die Welt", the band "Die Ärzte") is that common noun where it
 *   opens the sentence without quotation marks and no reporting word follows:
 *   "Die Zeit drängt.", "Die Welt der Mafia …", "Die Ärzte haben die Familie
 *   … informiert" ("Die Zeit berichtet …" stays the newspaper). A noun is
 *   common when the unlabelled text shows it after "ein", "sein" … (word
 *   profiles); "Die Grünen", "Die Linke" are not.
 * - an adjective that opens the sentence with a noun the lists do not know
 *   is no name ("Deutschen Ermittlern ist … gelungen", "Linke Gruppen …");
 * - a verb that opens the sentence before a name is no first name ("Findet
 *   Mica kein Lokal …", "Tritt Stenzel an, …" had named the cat bot "Findet
 *   Mica" and Ursula Stenzel "Tritt Stenzel" in every mention), and such a
 *   word alone, which the text writes nowhere else with its capital, is no
 *   name either ("Knapp die Hälfte …", "Ständig habe ich …", "Reicht das?");
 * Only a span's first word at the sentence's start or after a colon is read;
 * titles of works (MISC) are left alone ("Vom Lesen und Schreiben …").
 */
import {
  DEFINITE_ARTICLES,
  NAME_PARTICLES,
  NOBLE_PARTICLES,
  OPENING_COUNT_WORDS,
  OPENING_NON_NAME_WORDS,
  OUTLET_REPORT_CUES,
  PREPOSITION_PARTICLES,
} from "../../lang/de/ner-cues.js";
import { isGivenName } from "../listed-people.js";
import { kindMask, unitTypes, wordKinds, type Gazetteer } from "./gazetteer.js";
import { spanEndAt, tagSpan } from "./labels.js";
import { PROFILE_STAT, knownInLowerCase, profileBucket, profileCodes, type WordProfiles } from "./profiles.js";

const NON_NAME = new Set(OPENING_NON_NAME_WORDS);
const COUNTS = new Set(OPENING_COUNT_WORDS);
const PARTICLES = new Set(PREPOSITION_PARTICLES);
const ARTICLES = new Set(DEFINITE_ARTICLES);
/** The one-word particles of names ("van", "de", "zu"; "von der" is two words and cannot open a span as one). */
const PARTICLE_WORDS = new Set([...NOBLE_PARTICLES, ...NAME_PARTICLES, ...PREPOSITION_PARTICLES].filter((p) => !p.includes(" ")));
const REPORT_CUES = new Set(OUTLET_REPORT_CUES);
/** A capitalised word with a lower-case letter after its first: a noun, not an abbreviation ("NRW"). */
const NOUN = /^\p{Lu}\p{Ll}/u;

/** Untags or trims the spans whose first word only a sentence's opening capitalised; see the module comment. */
export function untagOpeningWords(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null, profiles: WordProfiles | null): void {
  let particleNames: Set<string> | undefined;
  let inside: Set<string> | undefined;
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (const i of openings(sentence)) {
      if (!t[i]?.startsWith("B-") || t[i] === "B-MISC") continue;
      const end = spanEndAt(t, i);
      const first = sentence[i];
      const lower = first.toLowerCase();
      if (end - i === 1 && t[i] === "B-PER" && openingVerb(first, gazetteer, profiles)) {
        inside ??= wordsInside(words);
        if (!inside.has(first)) t[i] = "O";
        continue;
      }
      if (end - i < 2 || lower === first) continue;
      if (COUNTS.has(lower)) {
        if (end - i === 2 && NOUN.test(sentence[i + 1]) && !listed(gazetteer, sentence.slice(i, end))) untag(t, i, end);
      } else if (NON_NAME.has(lower) || PARTICLES.has(lower)) {
        particleNames ??= namesAfterParticles(words, tags);
        if (PARTICLES.has(lower) && particleNames.has(sentence[i + 1])) continue;
        t[i] = "O";
        tagSpan(t, i + 1, end, t[i + 1].slice(2));
      } else if (end - i === 2 && t[i] === "B-PER" && openingVerb(first, gazetteer, profiles)) {
        t[i] = "O";
        t[i + 1] = "B-PER";
      } else if (end - i === 2 && openingAdjectiveNoun(sentence[i], sentence[i + 1], gazetteer, profiles)) {
        untag(t, i, end);
      } else if (ARTICLES.has(lower) && end - i === 2 && commonNoun(profiles, sentence[i + 1]) && !REPORT_CUES.has(sentence[end]?.toLowerCase() ?? "")) {
        untag(t, i, end);
      }
    }
  });
}

const untag = (t: string[], start: number, end: number): void => {
  t.fill("O", start, end);
};

/** Token indices where a sentence's words open it: the first, and the first after a colon. */
function openings(sentence: readonly string[]): number[] {
  const out = [0];
  sentence.forEach((w, i) => {
    if (w === ":" && i + 1 < sentence.length) out.push(i + 1);
  });
  return out;
}

/** The words the text writes anywhere but at a sentence's opening (openings). */
function wordsInside(words: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of words) {
    const open = new Set(openings(sentence));
    sentence.forEach((w, i) => {
      if (!open.has(i)) out.add(w);
    });
  }
  return out;
}

/** Words right after a lower-case "von", "zu" … inside a person span anywhere in the text ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg"): noble names' next words. */
function namesAfterParticles(words: readonly (readonly string[])[], tags: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  words.forEach((sentence, s) => {
    sentence.forEach((w, i) => {
      if (i > 0 && PARTICLES.has(sentence[i - 1]) && tags[s][i - 1] === "I-PER" && tags[s][i] === "I-PER") out.add(w);
    });
  });
  return out;
}

const PERSON_NAME = kindMask("first", "surname", "person");
const SHARE_MOSTLY = 5;
const FREQUENT = 3;

/**
 * "Findet Mica kein Lokal …", "Tritt Stenzel an, …": a word that opens a
 * sentence before a name, no name itself — not in the name lists, no
 * particle ("Van der Bellen", "De Maizière") — whose lower-case form is a
 * frequent word the unlabelled text writes in lower case nearly always, and
 * whose capitalised form opens sentences only, is a verb (or another word
 * of the sentence), not a first name.
 */
function openingVerb(word: string, gazetteer: Gazetteer | null, profiles: WordProfiles | null): boolean {
  if (!profiles || !/^\p{Lu}\p{Ll}+$/u.test(word) || PARTICLE_WORDS.has(word.toLowerCase()) || isGivenName(word) || (gazetteer && wordKinds(gazetteer, word) & PERSON_NAME)) return false;
  if (!mostlyLowerCase(profiles, word)) return false;
  const capital = profileCodes(profiles, word);
  return !capital || (profileBucket(capital, PROFILE_STAT.Initial) ?? 0) >= SHARE_MOSTLY - 1;
}

/** An adjective's endings ("Deutschen", "Linke", "Neuer"). */
const ADJECTIVE_FORM = /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u;

/**
 * "Deutschen Ermittlern ist ein Schlag … gelungen", "Linke Gruppen hatten
 * …": an adjective that opens the sentence — its lower-case form a frequent
 * word the unlabelled text writes in lower case nearly always — and a noun
 * the name lists do not know, neither of them listed as one name, are a
 * common noun phrase ("Deutschen Bundestag", "Europäische Union" stay).
 */
function openingAdjectiveNoun(adjective: string, noun: string, gazetteer: Gazetteer | null, profiles: WordProfiles | null): boolean {
  if (!profiles || !gazetteer || !ADJECTIVE_FORM.test(adjective) || ARTICLES.has(adjective.toLowerCase()) || !NOUN.test(noun)) return false;
  return unitTypes(gazetteer, noun) === 0 && !listed(gazetteer, [adjective, noun]) && mostlyLowerCase(profiles, adjective);
}

/** Whether the unlabelled text knows the word's lower-case form as a frequent word, written in lower case nearly always (profile buckets). */
const mostlyLowerCase = (profiles: WordProfiles, word: string): boolean => knownInLowerCase(profiles, word, FREQUENT, SHARE_MOSTLY);

const listed = (gazetteer: Gazetteer | null, span: readonly string[]): boolean => wordKinds(gazetteer, span.join(" ")) !== 0;

/** Whether the unlabelled text shows the noun after "ein", "sein" … at least one time in fifty (profile bucket 2 and up). */
function commonNoun(profiles: WordProfiles | null, word: string): boolean {
  const codes = profiles ? profileCodes(profiles, word) : null;
  return codes !== null && (profileBucket(codes, PROFILE_STAT.AfterIndefinite) ?? 0) >= 2;
}
