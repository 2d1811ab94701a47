/**
 * Document-level consistency for surnames: once an article names a person
 * in full ("Olaf Scholz"), a later bare "Scholz" the model left untagged is
 * the same person, and so is a genitive ("Scholz'", "Guttenbergs") the model
 * left untagged or took for a place, and a bare surname the model took for a
 * place or organisation unless it is a state or a well-known place ("Köhler"
 * becomes the person, "Paris" stays the city) or a company a noun naming
 * its kind stands before ("Die Drogeriemarktkette Schlecker" beside "Anton
 * Schlecker"). Also, a person span of two
 * words that is the genitive of such a surname and a word the name lists do
 * not know is that person and the thing owned ("Obamas Kampagne" → "Obamas").
 * Tags are changed in place.
 */
import { LOWER_INFLECTED_ADJECTIVE, NAME_ARTICLES } from "../../lang/de/names.js";
import { ALL_WORLD_PLACES } from "../../lang/de/ner-lists.js";
import { AGENT_VERBS, NAME_PARTICLES } from "../../lang/de/ner-cues.js";
import { isArticleNoun } from "./common-nouns.js";
import { isCompanyNoun } from "./organisations.js";
import { isGivenName, isListedSurname } from "../listed-people.js";
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { spansFromTags, tagSpan } from "./labels.js";
import { lowerCaseWords } from "./shape.js";

const COUNTRY = kindMask("country");
const PERSON_NAME = kindMask("first", "surname", "person");
const GIVEN_OR_KNOWN = kindMask("first", "person");
const AGENT_VERB = new Set(AGENT_VERBS);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** The words of the name particles ("van", "der", "von", "zu"). */
const PARTICLE_WORDS = new Set(NAME_PARTICLES.flatMap((p) => p.split(" ")));

/** The last words of the multi-word person names of a document ("Scholz" of "Olaf Scholz"), but those of the spans `skip` accepts. */
function documentSurnames(
  tokens: readonly (readonly string[])[], tags: readonly (readonly string[])[], skip: (sentence: readonly string[], start: number, end: number) => boolean = () => false,
): Set<string> {
  const surnames = new Set<string>();
  tags.forEach((sentenceTags, s) => {
    for (const span of spansFromTags(sentenceTags)) {
      if (span.type === "PER" && span.end - span.start >= 2 && !skip(tokens[s], span.start, span.end)) surnames.add(tokens[s][span.end - 1]);
    }
  });
  return surnames;
}

/**
 * The genitive of a surname the document names in full ("Gaddafis" beside
 * "Muammar al-Gaddafi" too), no given name itself ("Thomas Müller"), tagged
 * as a person, and right after it a capitalised word that is no given name,
 * no well-known person's surname and no surname the document names, in the
 * same span or as a one-word person span of its own ("Obamas Kampagne",
 * "McCains Kampagne", "Gaddafis Schwager", "Niessls Gunst"; the name lists'
 * surnames hold such nouns), or the two tagged as one place ("Prölls
 * Büro"): the person is the genitive alone, the word after it no name.
 * (The sentence-level rule of genitive-owner.ts needs a listed name and a
 * long compound.) The surnames exclude the owned words of such pairs
 * ("Kampagne" of "Obamas Kampagne").
 */
function splitOwnedNouns(tokens: readonly (readonly string[])[], tags: string[][], surnames: ReadonlySet<string>, gazetteer: Gazetteer | null): Set<string> {
  if (gazetteer === null) return new Set(surnames);
  const owners = withoutNameArticles(surnames);
  // The document's own surnames, not counting the nouns of such pairs ("Schwager" of "Gaddafis Schwager").
  const named = documentSurnames(tokens, tags, (sentence, start, end) => end - start === 2 && isGenitiveOf(sentence[start], owners));
  const owned = (s: number, i: number): boolean => {
    const [owner, word, tag, after] = [tokens[s][i], tokens[s][i + 1], tags[s][i + 1], tags[s][i + 2]];
    const pair = (tags[s][i] === "B-PER" && (tag === "I-PER" || tag === "B-PER")) || (tags[s][i] === "B-LOC" && tag === "I-LOC");
    if (!pair || after?.startsWith("I-") || !isGenitiveOf(owner, owners) || isGivenName(owner) || !CAPITALISED.test(word)) return false;
    // The name lists hold many common nouns as surnames ("Schwager", "Gunst"): only given names and well-known persons' surnames are names here, besides the document's own.
    return !(isGivenName(word) || isListedSurname(word) || named.has(word) || (unitTypes(gazetteer, word) & GIVEN_OR_KNOWN) !== 0);
  };
  const kept = new Set(surnames);
  tokens.forEach((sentence, s) => {
    for (let i = 0; i + 1 < sentence.length; i++) {
      if (!owned(s, i)) continue;
      tags[s][i] = "B-PER";
      tags[s][i + 1] = "O";
      kept.delete(sentence[i + 1]);
    }
  });
  return kept;
}

/** An Arabic article joined to a family name by a hyphen ("al-" of "al-Gaddafi"; the entity normaliser leaves it out too). */
const NAME_ARTICLE = new RegExp(`^(?:${NAME_ARTICLES.join("|")})-(?=\\p{Lu})`, "u");

/** Surnames with the forms they have without an Arabic article ("Gaddafi" of "al-Gaddafi"). */
function withoutNameArticles(surnames: ReadonlySet<string>): Set<string> {
  const out = new Set(surnames);
  for (const name of surnames) if (NAME_ARTICLE.test(name)) out.add(name.replace(NAME_ARTICLE, ""));
  return out;
}

/**
 * The surnames the document writes as a common noun at least as often as
 * not, after an article or quantifier, perhaps with an adjective between
 * ("die Software" beside "Googles Software", "das Musical" beside "Andrew
 * Lloyd Webbers Musical", spans the model took for persons): they are not
 * spread to the other mentions of the word. Names, too, stand after an
 * article now and then ("einen Boateng", "der kettenrauchende Trumbo"), but
 * seldom (1 of 24 and 2 of 13 mentions in two derStandard articles), and
 * more often where the name lists know them ("Die Day beweist", "keinen
 * Hrubesch", one of two mentions each): those are always spread.
 */
function usedAsNouns(tokens: readonly (readonly string[])[], surnames: ReadonlySet<string>, gazetteer: Gazetteer | null): Set<string> {
  const counts = new Map<string, { all: number; noun: number }>();
  tokens.forEach((sentence) => {
    sentence.forEach((word, i) => {
      if (!surnames.has(word) || (gazetteer !== null && (unitTypes(gazetteer, word) & PERSON_NAME) !== 0)) return;
      const count = counts.get(word) ?? { all: 0, noun: 0 };
      count.all++;
      // "Van der Bellen", "Ursula von der Leyen": the article of a name particle is part of the name (not in "die von den Flamingos …").
      const opensName = /^\p{Lu}/u.test(sentence[i - 2] ?? "") || CAPITALISED.test(sentence[i - 3] ?? "");
      const particle = i > 1 && opensName && PARTICLE_WORDS.has(sentence[i - 2].toLowerCase()) && PARTICLE_WORDS.has(sentence[i - 1].toLowerCase());
      if (!particle && isArticleNoun(sentence, i, gazetteer)) count.noun++;
      counts.set(word, count);
    });
  });
  return new Set([...counts].filter(([, c]) => c.noun > 0 && c.noun * 2 >= c.all).map(([word]) => word));
}

const FIRST_NAME = kindMask("first");

/** A capitalised word in -s that is no listed first name ("Webbers", not "Doris"). */
const isGenitiveWord = (word: string, gazetteer: Gazetteer | null): boolean =>
  CAPITALISED.test(word) && word.endsWith("s") && (gazetteer === null || (unitTypes(gazetteer, word) & FIRST_NAME) === 0);

/**
 * A person span that ends in a genitive and such a noun ("Andrew Lloyd
 * Webbers Musical" beside "das Musical"): the noun is the thing owned, not
 * part of the name.
 */
function trimOwnedNouns(tokens: readonly (readonly string[])[], tags: string[][], nouns: ReadonlySet<string>, gazetteer: Gazetteer | null): void {
  if (nouns.size === 0) return;
  tags.forEach((sentenceTags, s) => {
    for (const span of spansFromTags(sentenceTags)) {
      const [owner, last] = [tokens[s][span.end - 2], tokens[s][span.end - 1]];
      if (span.type === "PER" && span.end - span.start >= 2 && nouns.has(last) && isGenitiveWord(owner, gazetteer)) sentenceTags[span.end - 1] = "O";
    }
  });
}

/** Tags untagged tokens equal to the last word of a multi-word person name elsewhere in the document, and its genitives, as B-PER, unless the document uses the word as a noun (usedAsNouns), whose owner it then is no part of (trimOwnedNouns); splits a genitive surname from the noun after it (splitOwnedNouns). */
export function propagateSurnames(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null = null): void {
  const found = documentSurnames(tokens, tags);
  if (found.size === 0) return;
  const particles = surnameParticles(tokens, tags);
  const surnames = splitOwnedNouns(tokens, tags, found, gazetteer);
  const nouns = usedAsNouns(tokens, surnames, gazetteer);
  for (const noun of nouns) surnames.delete(noun);
  trimOwnedNouns(tokens, tags, nouns, gazetteer);
  tags.forEach((sentenceTags, s) => {
    sentenceTags.forEach((tag, i) => {
      const word = tokens[s][i];
      if (!CAPITALISED.test(word) || sentenceTags[i + 1]?.startsWith("I-")) return;
      // "Die Drogeriemarktkette Schlecker" beside "Anton Schlecker": a name after a noun naming a kind of company stays the company.
      const company = tag === "B-ORG" && i > 0 && isCompanyNoun(tokens[s][i - 1]);
      const bare = (tag === "O" || (tag.startsWith("B-") && tag !== "B-PER" && !isListedPlace(gazetteer, word) && !company)) && surnames.has(word);
      const genitive = (tag === "O" || (tag.startsWith("B-") && tag !== "B-PER")) && isGenitiveOf(word, surnames);
      if (!bare && !genitive) return;
      sentenceTags[i] = "B-PER";
      // "Wie Van der Bellens Wahlkampfleiter …" beside "Alexander Van der Bellen": the particles of the surname belong to it.
      const before = particles.get(bare ? word : (genitiveStem(word) ?? word)) ?? [];
      const from = i - before.length;
      if (before.length > 0 && from >= 0 && before.every((p, k) => tokens[s][from + k].toLowerCase() === p && sentenceTags[from + k] === "O")) tagSpan(sentenceTags, from, i + 1, "PER");
    });
  });
}

/** The longest run of particles that stands before each surname in the document's person spans, lower case ("Bellen" → ["van", "der"] of "Alexander Van der Bellen", "Van der Bellen"). */
function surnameParticles(tokens: readonly (readonly string[])[], tags: readonly (readonly string[])[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  tags.forEach((sentenceTags, s) => {
    for (const span of spansFromTags(sentenceTags)) {
      if (span.type !== "PER" || span.end - span.start < 2) continue;
      let k = span.end - 1;
      while (k - 1 >= span.start && PARTICLE_WORDS.has(tokens[s][k - 1].toLowerCase())) k--;
      const surname = tokens[s][span.end - 1];
      if (span.end - 1 - k > (out.get(surname)?.length ?? 0)) out.set(surname, tokens[s].slice(k, span.end - 1).map((w) => w.toLowerCase()));
    }
  });
  return out;
}

/**
 * "Sie haben Argumente vorgebracht: Geschlossene Fonds seien eine
 * spekulative Anlage", "Saure Sulz", "Makabrer Sport": a person span of an
 * inflected adjective and a noun, where the article writes the adjective in
 * lower case elsewhere ("um geschlossene Fonds") and the lists do not know the
 * noun as a person's name, is a phrase a sentence or a heading opened, no
 * person — and no surname to spread. German only; untagged in place.
 */
export function untagAdjectivePersons(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  const candidates = tags.flatMap((sentenceTags, s) =>
    spansFromTags(sentenceTags).filter((span) => {
      if (span.type !== "PER" || span.end - span.start !== 2) return false;
      const [adjective, noun] = [tokens[s][span.start], tokens[s][span.start + 1]];
      return CAPITALISED.test(adjective) && LOWER_INFLECTED_ADJECTIVE.test(adjective.toLowerCase()) && (gazetteer === null || (unitTypes(gazetteer, noun) & PERSON_NAME) === 0);
    }).map((span) => ({ s, start: span.start })),
  );
  // The article's lower-case words are gathered only where a span may need them.
  if (candidates.length === 0) return;
  const lower = lowerCaseWords(tokens);
  for (const { s, start } of candidates) {
    if (!lower.has(tokens[s][start].toLowerCase())) continue;
    tags[s][start] = "O";
    tags[s][start + 1] = "O";
  }
}

const PLACE = kindMask("loc", "country");

/**
 * One place, one type in an article: a one-word person span of a word the
 * document also tags as a place on its own is that place ("Linz",
 * "Heilbronn", "Fukushima" tagged as a person in one sentence and as a place
 * in another), where the name lists know the word as a place and not as a
 * person's name, and no person of the document bears it as a surname or
 * opens a full name with it ("Ban Ki-moon"). Only with that evidence in the
 * same document; organisations stay ("Chelsea" the club, "Chelsea" the
 * district).
 */
export function unifyPlaces(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  retypeOneWordPersons(tokens, tags, "LOC", (word, next) => {
    const kinds = unitTypes(gazetteer, word);
    // "Graz trägt Trauer": a well-known place wins over the surname list, which holds many of them too — not over a first name or a well-known person, nor where the word speaks or acts ("Raab sagte").
    if (KNOWN_PLACES.has(word) && !AGENT_VERB.has(next ?? "")) return (kinds & GIVEN_OR_KNOWN) === 0;
    return (kinds & PERSON_NAME) === 0 && (kinds & PLACE) !== 0;
  });
}

/**
 * One organisation, one type in an article: a one-word person span of a
 * word the document also tags as an organisation on its own is that
 * organisation ("Chelsea", "Rapid", "Github" tagged as persons in some
 * sentences and as organisations in others), unless the lists know the word
 * as a person's name ("Verdi", the composer and the union) or a person of
 * the document bears it as a surname or opens a full name with it.
 */
export function unifyOrganisations(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  retypeOneWordPersons(tokens, tags, "ORG", (word) => (unitTypes(gazetteer, word) & PERSON_NAME) === 0);
}

/**
 * Retypes the document's one-word person spans of a word it also tags as a
 * `type` span on its own, unless a person of the document bears the word as
 * a surname or opens a full name with it ("Ban" of "Ban Ki-moon"), and
 * `accepts` says so.
 */
function retypeOneWordPersons(tokens: readonly (readonly string[])[], tags: string[][], type: "LOC" | "ORG", accepts: (word: string, next: string | undefined) => boolean): void {
  const { single, persons, openers } = oneWordSpans(tokens, tags);
  const named = single.get(type);
  if (!named || persons.length === 0) return;
  const surnames = documentSurnames(tokens, tags);
  for (const { s, i } of persons) {
    const word = tokens[s][i];
    if (named.has(word) && !surnames.has(word) && !openers.has(word) && accepts(word, tokens[s][i + 1])) tags[s][i] = `B-${type}`;
  }
}

/** The words of the document's one-word spans by type, its one-word person spans, and the first words of its longer person spans ("Ban" of "Ban Ki-moon"). */
function oneWordSpans(tokens: readonly (readonly string[])[], tags: readonly (readonly string[])[]): { single: Map<string, Set<string>>; persons: { s: number; i: number }[]; openers: Set<string> } {
  const single = new Map<string, Set<string>>();
  const persons: { s: number; i: number }[] = [];
  const openers = new Set<string>();
  tags.forEach((sentenceTags, s) => {
    for (const span of spansFromTags(sentenceTags)) {
      const one = span.end - span.start === 1;
      if (one && span.type === "PER") persons.push({ s, i: span.start });
      else if (one) single.set(span.type, (single.get(span.type) ?? new Set()).add(tokens[s][span.start]));
      else if (span.type === "PER") openers.add(tokens[s][span.start]);
    }
  });
  return { single, persons, openers };
}

/** Well-known places of the hand-made list ("Paris", "Washington"); the geographic name list also has villages named like people ("Köhler"). */
const KNOWN_PLACES = new Set(ALL_WORLD_PLACES);

/**
 * A state or a well-known place ("Paris", "Washington"): as a one-word span it
 * stays what the model made it even when a person bears the name. A village
 * of the geographic name list does not count ("Köhler" after "Horst Köhler"
 * is the president).
 */
function isListedPlace(gazetteer: Gazetteer | null, word: string): boolean {
  return gazetteer === null || (unitTypes(gazetteer, word) & COUNTRY) !== 0 || KNOWN_PLACES.has(word);
}

/** "Guttenbergs", "Scholz'": the genitive of a surname named in full elsewhere (the model tags such forms as places now and then). */
function isGenitiveOf(word: string, surnames: ReadonlySet<string>): boolean {
  const stem = genitiveStem(word);
  return stem !== null && surnames.has(stem);
}

/** The word without its genitive ending ("Scholz" of "Scholz'", "Guttenberg" of "Guttenbergs"), or null for a word without one. */
function genitiveStem(word: string): string | null {
  if (/[sxzß]['’]$/u.test(word)) return word.slice(0, -1);
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : null;
}
