/**
 * Person names with particles and compound first names, which the tagger
 * splits or mistypes: "Karl-Theodor zu Guttenberg" (tagged LOC "Guttenberg"),
 * "Ursula von der Leyen" (tagged PER "Ursula"), "Frank-Walter Steinmeier"
 * (tagged PER "Steinmeier"). A bare first name (listed, or a hyphenated pair
 * of listed ones; or a one-token person the tagger found, when it is a
 * hyphenated compound or the word after the particle is tagged too), followed
 * by a name particle and a capitalised word, is one person; a listed compound first name right before
 * a person span belongs to it; later "zu Guttenberg" / "von der Leyen" with
 * the surname of such a person are that person. Tags change in place.
 */
import { kindMask, type Gazetteer } from "./gazetteer.js";
import { spansFromTags, tagSpan } from "./labels.js";
import { NAME_PARTICLES, NOBLE_PARTICLES, PREPOSITION_PARTICLES } from "../../lang/de/ner-cues.js";
import { ALL_WORLD_PLACES } from "../../lang/de/ner-lists.js";
import { STATE_SHORT_NAMES } from "../../lang/de/ner-names.js";
import { WELL_KNOWN_PEOPLE } from "../../lang/de/ner-people.js";

const FIRST_BIT = kindMask("first");
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A compound first name as one token ("Karl-Theodor"). */
const HYPHENATED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
/** Particle sequences, longest first, as token lists. */
const PARTICLES = [...NAME_PARTICLES].map((p) => p.split(" ")).sort((a, b) => b.length - a.length);

/** Whether a token is a listed first name, or a hyphenated pair of them ("Karl-Theodor", "Hans-Jürgen"). */
export function isFirstName(token: string, gazetteer: Gazetteer | null): boolean {
  if (gazetteer === null) return false;
  const listed = (t: string): boolean => ((gazetteer.entries.get(t) ?? 0) & FIRST_BIT) !== 0;
  if (listed(token)) return true;
  const parts = token.split("-");
  return parts.length === 2 && parts.every((p) => CAPITALISED.test(p) && listed(p));
}

/** Whether a token is a compound of two listed first names written as one ("Hans-Jürgen", "Karl-Theodor"). */
export function isCompoundFirstName(token: string, gazetteer: Gazetteer | null): boolean {
  return HYPHENATED.test(token) && isFirstName(token, gazetteer);
}

/** The particle sequences by their first word, longest first. */
const PARTICLES_BY_FIRST = new Map<string, string[][]>();
for (const particle of PARTICLES) PARTICLES_BY_FIRST.set(particle[0], [...(PARTICLES_BY_FIRST.get(particle[0]) ?? []), particle]);

/** Length of the particle sequence at `i` ("von der" → 2), or 0. */
function particleAt(words: readonly string[], i: number): number {
  for (const particle of PARTICLES_BY_FIRST.get(words[i]) ?? []) {
    if (particle.every((p, k) => words[i + k] === p)) return particle.length;
  }
  return 0;
}

const isPerson = (tag: string | undefined): boolean => tag === "B-PER" || tag === "I-PER";

const tagPerson = (tags: string[], start: number, end: number): void => tagSpan(tags, start, end, "PER");

const KNOWN_PLACES = new Set([...ALL_WORLD_PLACES, ...STATE_SHORT_NAMES]);

const NOBLE = new Set(NOBLE_PARTICLES);

/**
 * "Heinrich Gottlob von Miltitz" (tagged PER "Heinrich Gottlob" and LOC
 * "Miltitz"): a person span of two or more words, a noble particle and a
 * word the tagger took for a place or person are one person; the start of
 * the span, or -1. In the GermEval development file a particle after a
 * person of two or more words and before a capitalised word is inside the
 * name 9 times and outside it 5 times, 4 of those with "vom", "zur", "zu"
 * and a common noun ("zur Seite", "zu Gast") and one an abbreviated name
 * ("Chr. von Athen").
 */
function nobleName(words: readonly string[], tags: readonly string[], i: number, surname: number): number {
  if (tags[i - 1] !== "I-PER" || !NOBLE.has(words[i]) || (tags[surname] !== "B-LOC" && tags[surname] !== "B-PER") || tags[surname + 1]?.startsWith("I-") || words[i - 1] === ".") return -1;
  // "Martin Fenin von Frankfurt" (his club), "Rainer von Monaco": a well-known place after the particle says where the person is from or what they rule.
  if (KNOWN_PLACES.has(words[surname])) return -1;
  let start = i - 1;
  while (start > 0 && tags[start] === "I-PER") start--;
  return start;
}

/**
 * The last words of the person spans of two or more words in a document
 * ("Gudenus" of "Johann Gudenus"): such a word tagged alone before a particle
 * is that person's surname, not a first name ("wird Gudenus von Christandl
 * geklagt").
 */
function fullNameSurnames(words: readonly (readonly string[])[], tags: readonly (readonly string[])[]): Set<string> {
  const surnames = new Set<string>();
  words.forEach((w, s) => {
    for (const span of spansFromTags(tags[s])) if (span.type === "PER" && span.end - span.start > 1) surnames.add(w[span.end - 1]);
  });
  return surnames;
}

/** One sentence: joins first name + particle + surname, and a compound first name before a person span. */
function joinSentence(words: readonly string[], tags: string[], gazetteer: Gazetteer | null, surnames: Set<string>, named: ReadonlySet<string>): void {
  for (let i = 1; i < words.length; i++) {
    const n = particleAt(words, i);
    const surname = i + n;
    if (n > 0 && surname < words.length && CAPITALISED.test(words[surname]) && !isPerson(tags[surname + 1])) {
      // only right after a bare first name: "Merkel von Journalisten" or "Scholz zu Besuch" are not names
      const bare = tags[i - 1] === "O" || (tags[i - 1] === "B-PER" && tags[i - 2] !== "B-PER" && tags[i - 2] !== "I-PER");
      const first = words[i - 1];
      const person = tags[i - 1] === "B-PER" && (HYPHENATED.test(first) || tags[surname] !== "O") && !named.has(first);
      const start = bare && (person || isFirstName(first, gazetteer)) ? i - 1 : nobleName(words, tags, i, surname);
      if (start >= 0) {
        tagPerson(tags, start, surname + 1);
        surnames.add(words.slice(i, surname + 1).join(" "));
        i = surname;
        continue;
      }
    }
    if (tags[i] === "B-PER" && tags[i - 1] === "O" && words[i - 1].includes("-") && isFirstName(words[i - 1], gazetteer)) {
      tags[i - 1] = "B-PER";
      tags[i] = "I-PER";
    }
  }
}

/** Later mentions "zu Guttenberg", "von der Leyen", "Van der Bellen" of a person named in full elsewhere: PER, particle included. */
function tagBareSurnames(words: readonly string[], tags: string[], surnames: ReadonlySet<string>): void {
  for (let i = 0; i < words.length; i++) {
    const first = words[i].toLowerCase();
    if (!PARTICLES_BY_FIRST.has(first)) continue;
    // The particle as written or capitalised ("Zu Guttenberg" opening a sentence, "Van der Bellen").
    const n = particleAt([first, ...words.slice(i + 1, i + PARTICLES[0].length)], 0);
    const end = i + n + 1;
    if (n === 0 || end > words.length || isPerson(tags[i]) || isPerson(tags[i - 1])) continue;
    const phrase = [first, ...words.slice(i + 1, end)].join(" ");
    if (!surnames.has(phrase)) continue;
    tagPerson(tags, i, end);
    i = end - 1;
  }
}

const PREPOSITIONS = new Set(PREPOSITION_PARTICLES);

/**
 * The surnames with particles of the well-known people ("von der Leyen",
 * "van Gaal", "de Maizière"), as tagBareSurnames reads them: a bare "von der
 * Leyen" is that person even where the article never names her in full.
 */
const LISTED_PARTICLE_SURNAMES: ReadonlySet<string> = new Set(
  WELL_KNOWN_PEOPLE.flatMap((name) => {
    const words = name.split(" ");
    for (let i = 1; i < words.length - 1; i++) {
      const n = particleAt(words, i);
      // "von Siemens", "zu Guttenberg", "Max von Baden": after a particle that is also a preposition, alone, a company or place reads as
      // "of Siemens", "from Baden" in the text; only "von der", "van", "de" and the like name the person by themselves.
      const alone = n === 1 && PREPOSITIONS.has(words[i]);
      if (n > 0 && i + n === words.length - 1 && !alone && !KNOWN_PLACES.has(words[i + n])) return [words.slice(i).join(" ")];
    }
    return [];
  }),
);

/**
 * The surnames with a particle of the person spans of a sentence that the
 * tagger found whole ("Alexander Van der Bellen" → "van der Bellen"), the
 * particle in lower case as tagBareSurnames reads it.
 */
function taggedParticleSurnames(words: readonly string[], tags: readonly string[]): string[] {
  return spansFromTags(tags).flatMap((span) => {
    if (span.type !== "PER") return [];
    const lower = words.slice(span.start, span.end).map((w, k, all) => (k < all.length - 1 ? w.toLowerCase() : w));
    for (let k = 1; k < lower.length - 1; k++) {
      const n = particleAt(lower, k);
      if (n > 0 && k + n === lower.length - 1) return [lower.slice(k).join(" ")];
    }
    return [];
  });
}

/** Applies both rules to every sentence of a document (tokens and BIO tags per sentence). */
export function joinNameParticles(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  const surnames = new Set<string>(LISTED_PARTICLE_SURNAMES);
  const named = fullNameSurnames(words, tags);
  words.forEach((w, s) => joinSentence(w, tags[s], gazetteer, surnames, named));
  words.forEach((w, s) => taggedParticleSurnames(w, tags[s]).forEach((name) => surnames.add(name)));
  words.forEach((w, s) => tagBareSurnames(w, tags[s], surnames));
}
