/**
 * Speakers beyond the frame: a direct quote without a frame takes the
 * speaker of a sentence that announces it, else inherits the speaker of the
 * quote just before it; pronouns and role nouns ("er", "der
 * Minister") are resolved to the nearest earlier person, from the NER
 * entities when there are any (for a role, the nearest one the text gave
 * that role: "dem Kanzler" → "Bundeskanzler Olaf Scholz" over a minister
 * named since), else from earlier name-like speakers; a place or an
 * outlet's web address that is the speaker phrase, a bare name tagged
 * elsewhere in the article, and "Demnach" (pointing back to the sentence
 * before) resolve too.
 */
import type { EntityMention, QuoteSpan, Span } from "../../core/article.js";
import { startingWithin } from "../../core/sorted.js";
import type { QuoteDoc, Sentence } from "./context.js";
import { sentenceAt } from "./context.js";
import type { Frame } from "./frames.js";
import { speakerOf, type Found, type Speaker } from "./found.js";
import { firstNameGender, type Gender } from "../name-gender.js";
import { isRoleWord, overlapsActor } from "./person.js";
import { givenRole, titleHolder, titledPerson, titleWords } from "./titled.js";
import { openingSubject } from "./subject.js";
import { QUOTE_MARKS } from "./clause.js";
import { isAdjective, type Range } from "./phrase.js";
import { antecedentBefore } from "./relative.js";
import { inApposition } from "./apposition.js";
import { chainedSubject } from "./chain.js";
import { descriptorOf } from "./descriptor.js";
import { companyOfKind, organisationByHead, organisationIntroducedAs } from "./bodies.js";
import { pluralPronoun, pluralVerbNextTo, pronounOf } from "./plural.js";
import { isListedNoun } from "./sources.js";
import { isLowerWord, type Tok } from "./tokens.js";

/** A quote may inherit a speaker from a quote that ends at most this many sentences before it (a long quote may start further back). */
const MAX_INHERIT_DISTANCE = 2;

/**
 * Fills missing speakers of direct quotes without a frame: the speaker of a
 * sentence right before that only announces the quote ("Sie fügte hinzu.
 * „…“"), else the speaker of the quote just before (within two sentences),
 * else the speaker of a frame in the sentence before ("Der Minister
 * kritisierte den Plan. „…“").
 */
export function inheritSpeakers(doc: QuoteDoc, quotes: Found[], frames: ReadonlyMap<Sentence, Frame[]>): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || q.kind !== "direct" || q.cue) continue;
    const here = sentenceAt(doc, q.start);
    if (!here) continue;
    const bare = bareFrameBefore(doc, here, quotes, frames);
    if (bare) {
      q.speaker = bare;
      continue;
    }
    const prev = [...quotes.slice(0, i)].reverse().find((p) => p.speaker && p.end <= q.start);
    const there = prev ? sentenceAt(doc, prev.end - 1) : null;
    if (prev && there && here.index - there.index <= MAX_INHERIT_DISTANCE) {
      q.speaker = inheritable(doc, prev.lastMention ?? prev.speaker);
      continue;
    }
    q.speaker = previousSubject(doc, here, frames) ?? ownWordsOfSubject(doc, here, q, frames);
  }
}

/**
 * "Die SPD will am Kurs festhalten. „Wir wollen ein Europa, …“": a quote in
 * the first person after a sentence without a speech frame or quotation
 * marks is the words of that sentence's subject when the subject is a person
 * or organisation.
 * (Without the first person, the subject of the sentence before was measured
 * to guess wrong more often than right.)
 */
function ownWordsOfSubject(doc: QuoteDoc, here: Sentence, q: Found, frames: ReadonlyMap<Sentence, Frame[]>): Speaker | null {
  const before = unquotedSentenceBefore(doc, here);
  if (!before || (frames.get(before) ?? []).length > 0 || before.toks.some((t) => QUOTE_MARKS.has(t.text))) return null;
  const words = doc.text.slice(q.start, q.end).toLowerCase().split(/[^\p{L}]+/u);
  if (!words.some((w) => doc.lex.sets.firstPersonWords.has(w))) return null;
  const subject = openingSubject(doc, before, before.toks.length);
  return subject && isNamedOrRole(doc, before.toks, subject) ? speakerOf(doc, before.toks, subject) : null;
}

/** A phrase the entities name a person or organisation in, or one with a role word ("Die Ministerin"); capitalised words alone are not enough ("Just heard …"). */
function isNamedOrRole(doc: QuoteDoc, toks: readonly Tok[], range: Range): boolean {
  return overlapsActor(doc, toks, range) || toks.slice(range.from, range.to).some((t) => isRoleWord(t.lower, doc.lex.sets.personRoles));
}

/**
 * "Sie fügte hinzu. „Wir werden …“": the sentence right before is a frame of a
 * speech verb and nothing else (no quote of its own, the verb's clause ends
 * the sentence), so it announces the quote; its speaker, or null.
 */
function bareFrameBefore(doc: QuoteDoc, here: Sentence, quotes: readonly Found[], frames: ReadonlyMap<Sentence, Frame[]>): Speaker | null {
  const before = doc.sentences[here.index - 1];
  if (!before || here.line - before.line > 1 || quotes.some((o) => o.start < before.end && before.start < o.end)) return null;
  const verbs = (frames.get(before) ?? []).filter((f) => f.type === "verb" && f.speaker && !f.embedded);
  const last = verbs[verbs.length - 1];
  if (!last?.speaker || verbs.length !== 1) return null;
  return last.to >= before.toks.length - 1 ? speakerOf(doc, before.toks, last.speaker) : null;
}

/** The speaker of the last frame of the sentence before (a bare subject there was measured to guess wrong more often than right). */
function previousSubject(doc: QuoteDoc, here: Sentence, frames: ReadonlyMap<Sentence, Frame[]>): Speaker | null {
  const before = unquotedSentenceBefore(doc, here);
  if (!before) return null;
  const withSpeaker = (frames.get(before) ?? []).filter((f) => f.speaker && !f.embedded);
  return withSpeaker.length ? inheritable(doc, speakerOf(doc, before.toks, withSpeaker[withSpeaker.length - 1].speaker)) : null;
}

/**
 * The speaker a later quote takes over: the speaker itself, except that a
 * phrase of one's own gives way to the subject of its sentence ("Georg
 * Ratzinger war nach eigenem Bekunden eingeweiht. „…“" is Ratzinger's quote;
 * the quote framed by "nach eigenem Bekunden" keeps the phrase, as the data
 * set marks it).
 */
export function inheritable(doc: QuoteDoc, speaker: Speaker | null): Speaker | null {
  const sentence = speaker ? sentenceAt(doc, speaker.start) : null;
  if (!speaker || !sentence) return speaker;
  const at = sentence.toks.findIndex((t) => t.start === speaker.start);
  if (at < 0 || !doc.lex.sets.ownWords.has(sentence.toks[at].lower)) return speaker;
  return speakerOf(doc, sentence.toks, openingSubject(doc, sentence, at)) ?? speaker;
}

/** The sentence right before `here` when it is on the same or the previous line and holds no quotation marks, else null. */
function unquotedSentenceBefore(doc: QuoteDoc, here: Sentence): Sentence | null {
  const before = doc.sentences[here.index - 1];
  if (!before || here.line - before.line > 1 || doc.pairs.some((p) => p.start < before.end && before.start < p.end)) return null;
  return before;
}

type SpeakerClass = "pronoun" | "relative" | "role" | "name" | "other";

/** Turns found quotes into article quotes, resolving speakers to names where possible. */
export function resolveSpeakers(doc: QuoteDoc, quotes: readonly Found[], entities: readonly EntityMention[] | null, title: string | null = null): QuoteSpan[] {
  // A person named inside a direct quotation is in someone's words, not the one the narration points back to — unless the quotation is an interview answer, where the interviewee's words are the text's own ("Harald Welzer … hat das Buch geschrieben. Er sagt, …").
  const direct = quotes.filter((q) => q.kind === "direct" && q.by !== "interview");
  const narrated = (e: Span): boolean => !direct.some((q) => e.start >= q.start && e.end <= q.end);
  const persons = entities ? entities.filter((e) => e.type === "PER").sort((a, b) => a.start - b.start) : null;
  const told = persons ? persons.filter(narrated) : null;
  const organisations = entities ? entities.filter((e) => e.type === "ORG" && e.entity !== null && narrated(e)) : null;
  const named: { at: number; name: string }[] = [];
  const earlier: Earlier[] = [];
  // One speaker phrase, one speaker: a partial quote inside an indirect one ("He's said the allegations are a "fake story …"") has the same.
  const bySpan = new Map<string, Resolved>();
  return quotes.map((q) => {
    const speaker = q.speaker ? withAntecedent(doc, q.speaker, entities) : null;
    const key = q.speaker ? `${q.speaker.start}:${q.speaker.end}` : "";
    const found = q.speaker ? (bySpan.get(key) ?? pointedBackTo(doc, q.speaker, earlier, entities) ?? describedPerson(doc, q.speaker, persons, told) ?? continuedSpeaker(doc, q.speaker, earlier, persons) ?? neuterSpeaker(doc, q.speaker, earlier, organisations) ?? narrator(doc, q.speaker, narrated) ?? resolveOne(doc, q.speaker, entities, persons, named, told, title)) : NO_ONE;
    const resolved = found.entity === null && found.name === null ? (fallbackFor(doc, q, earlier, persons) ?? found) : found;
    if (q.speaker) {
      earlier.push({ speaker: q.speaker, resolved, quote: { start: q.start, end: q.end } });
      if (!bySpan.has(key)) bySpan.set(key, resolved);
    }
    const source = q.source ? { text: q.source.text, start: q.source.start, end: q.source.end, ...sourceEntity(q.source, entities) } : null;
    return { text: doc.text.slice(q.start, q.end), start: q.start, end: q.end, kind: q.kind, cue: q.cue, speaker, speaker_entity: resolved.entity, speaker_name: resolved.name, source };
  });
}

interface Resolved {
  entity: string | null;
  name: string | null;
}

/** A quote resolved before the one at hand: its speaker phrase, what that resolved to, and the quote's span. */
interface Earlier {
  speaker: Speaker;
  resolved: Resolved;
  quote: Span;
}

/** A speaker resolved to no entity and no name. */
const NO_ONE: Resolved = Object.freeze({ entity: null, name: null });

/** What a speaker resolves to when it names the entity of a mention: that entity and its canonical name (else the mention's words). */
function resolvedAs(e: EntityMention): Resolved {
  return { entity: e.entity, name: e.name ?? e.text };
}

/**
 * "Wie die NATO am Montag mitteilte, … Demnach wurden drei Zivilisten
 * getötet": a source adverb that is its own speaker points back to the
 * sentence before: to the source of a quote framed there ("teilten die
 * Vereinten Nationen mit", "laut dem Nachrichtenmagazin Focus"), else to the
 * first organisation named there ("Das Bundeskartellamt hat den Bericht
 * vorgelegt. Demnach …"); a person named there is too often not the source
 * ("Santorum hatte 8,5 Prozent erhalten … Demnach waren …"). Null when the
 * speaker is no such adverb or nothing fits.
 */
function pointedBackTo(doc: QuoteDoc, speaker: Speaker, earlier: readonly Earlier[], entities: readonly EntityMention[] | null): Resolved | null {
  const word = speaker.text.toLowerCase();
  if (!doc.lex.sets.sourceAdverbs.has(word) || doc.lex.sets.relativeSourceAdverbs.has(word)) return null;
  const here = sentenceAt(doc, speaker.start);
  const before = here ? doc.sentences[here.index - 1] : undefined;
  if (!before) return null;
  const framed = earlier.findLast((e) => e.speaker.start >= before.start && e.speaker.end <= before.end && (e.resolved.entity !== null || e.resolved.name !== null));
  if (framed) return framed.resolved;
  const body = entities?.find((e) => e.type === "ORG" && e.start >= before.start && e.end <= before.end && opensClause(doc, before, e));
  return body ? resolvedAs(body) : null;
}

/** How many words may stand before a subject in the sentence's first clause ("Heute legte die US-Weltraumbehörde NASA …"). */
const MAX_WORDS_BEFORE_SUBJECT = 5;

/**
 * Whether a mention stands where a subject does: within the first few words
 * of its sentence, with no preposition, comma or bracket before it ("Das
 * Bundeskartellamt hat …", "Heute hat die Staatsanwaltschaft …", not "auf
 * der Internetseite des Bundestages" or "Ortszeit PST (Pacific Standard Time)").
 */
function opensClause(doc: QuoteDoc, sentence: Sentence, e: EntityMention): boolean {
  const lead = doc.text.slice(sentence.start, e.start);
  const words = lead.split(/\s+/u).filter(Boolean);
  return !/[,;:()[\]]/u.test(lead) && words.length <= MAX_WORDS_BEFORE_SUBJECT && !words.some((w) => doc.lex.sets.prepositions.has(w.toLowerCase()));
}

/** The organisation (else the person) a source phrase names: "der Nachrichtenagentur Reuters" → Reuters. */
function sourceEntity(source: Speaker, entities: readonly EntityMention[] | null): Resolved {
  const inside = (entities ?? []).filter((e) => e.start >= source.start && e.end <= source.end);
  const named = inside.find((e) => e.type === "ORG") ?? inside.find((e) => e.type === "PER");
  return named ? resolvedAs(named) : NO_ONE;
}

function resolveOne(
  doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[] | null, persons: readonly EntityMention[] | null, named: { at: number; name: string }[],
  told: readonly EntityMention[] | null, title: string | null,
): Resolved {
  const cls = isRelative(doc, speaker) ? "relative" : classify(doc, speaker.text);
  if (cls === "relative") return antecedentOf(doc, speaker, entities, persons, named);
  if (entities && persons) {
    const subject = ownSubject(doc, speaker, entities);
    if (subject) return resolvedAs(subject);
    const owner = possessiveOwner(doc, speaker, persons, told);
    if (owner) return owner;
    // "Das Unternehmen hat nach eigenen Angaben …": one's own words with no person or organisation in the sentence belong to its subject, not to someone named before — unless that subject is a pronoun.
    if (ownWithoutPronoun(doc, speaker)) return NO_ONE;
    const nameBefore = cls === "pronoun" ? null : personBeforeApposition(doc, speaker, persons);
    if (nameBefore) return resolvedAs(nameBefore);
    const own = cls === "pronoun" ? null : namedIn(doc, speaker, entities, persons);
    // "der SPD-Politiker", "Der CDU-Chef": the party in the compound is the person's, and the person is one named before.
    const affiliation = own !== null && cls === "role" && own.type === "ORG" && doc.text[own.end] === "-";
    if (own && !affiliation) return resolvedAs(own);
    if (cls === "other") {
      const body = organisationByHead(entities, speaker) ?? companyOfKind(doc, entities, speaker) ?? organisationIntroducedAs(doc, entities, speaker);
      if (body) return resolvedAs(body);
    }
    if (cls === "pronoun" && pluralPronoun(doc, speaker)) return NO_ONE;
    // "Die Außenminister Frankreichs, Italiens und Österreichs erklärten": a role of several names no one person.
    if (cls === "role" && pluralVerbNextTo(doc, speaker)) return own ? resolvedAs(own) : NO_ONE;
    if (cls === "pronoun" || cls === "role") {
      const earlier = [...(cls === "pronoun" && told ? told : persons)].reverse().filter((p) => p.end <= speaker.start);
      const role = cls === "role" ? roleWord(doc, speaker.text) : null;
      const pronoun = cls === "pronoun" ? pronounOf(doc, speaker.text) : null;
      const gender = pronoun ? genderOfWord(doc, pronoun) : null;
      // "Für Shakira, so schrieb diese, …": a demonstrative names the person just named, not the subject the text went on about.
      const chained = pronoun && gender && !doc.lex.sets.demonstrativePronouns.has(pronoun) ? chainedSubject(doc, speaker, pronoun, told ?? persons) : null;
      if (chained && gender && personGender(doc, persons, chained) !== opposite(gender)) return resolvedAs(chained);
      const nearest = gender ? earlier.find((p) => personGender(doc, persons, p) !== opposite(gender)) : undefined;
      const between = nearest && gender ? personBetween(doc, persons, nearest.end, speaker, gender) : null;
      if (between && "referent" in between) return resolvedAs(between.referent);
      // "Ein Sprecher der US-Armee …. Er sagte …": the unnamed person speaks for the body the role noun names, if any.
      if (between) return bodyOfRole(doc, entities, between.unnamedStart, between.unnamedEnd) ?? NO_ONE;
      // A role names the person the text gave that role; the nearest person is often someone else ("Der Leiter der Schule" after a senator).
      const holder = role ? titleHolder(doc, persons, title, role) : undefined;
      const titled = role ? titledPerson(doc, persons, earlier, speaker.text, role, holder) : gender ? nearest : earlier[0];
      // A party role the text never gave anyone ("Der CDU-Chef" after "Oppositionsführer Friedrich Merz") names the person just written about.
      const before = titled ?? (affiliation ? earlier[0] : undefined) ?? (role ? (bareRolePerson(doc, persons, earlier, speaker, role) ?? holder) : undefined);
      if (before) return resolvedAs(before);
    }
    // "schrieb die Grünen-Politikerin" with no person before: one member speaks, not the party.
    if (own && !affiliation) return resolvedAs(own);
    const other = cls === "pronoun" || cls === "role" ? null : (placeOrAddress(doc, speaker, entities) ?? sameWordsElsewhere(doc, speaker, entities));
    return other ? resolvedAs(other) : NO_ONE;
  }
  if (cls === "name") {
    const name = nameIn(doc, speaker.text);
    named.push({ at: speaker.start, name });
    return { entity: null, name };
  }
  if (cls === "pronoun" || cls === "role") {
    const before = [...named].reverse().find((n) => n.at < speaker.start);
    return { entity: null, name: before ? before.name : null };
  }
  return NO_ONE;
}

/**
 * "Theo Zwanziger, Präsident des Deutschen Fußball-Bundes, nannte …": a
 * phrase that opens with a role noun (after an article or not) right after a
 * person's name and a comma is that person's apposition, so it names that
 * person — not the organisation in its complement, nor someone named before.
 */
function personBeforeApposition(doc: QuoteDoc, speaker: Speaker, persons: readonly EntityMention[]): EntityMention | null {
  const words = speaker.text.split(/\s+/u).filter(Boolean).map((w) => w.toLowerCase());
  const head = doc.lex.sets.determiners.has(words[0] ?? "") ? words[1] : words[0];
  if (!head || !isRoleWord(head, doc.lex.sets.personRoles)) return null;
  const person = persons.findLast((p) => p.end <= speaker.start);
  return person && /^\s*,\s*$/u.test(doc.text.slice(person.end, speaker.start)) ? person : null;
}

/**
 * "Ein Sprecher der US-Armee wollte nicht bestätigen, … Er sagte aber, …": a
 * person named by a role noun alone, of the pronoun's gender, between the
 * nearest named person and the pronoun (in the pronoun's sentence or the one
 * before) is whom the pronoun points back to — not the place "Tall Afar" or
 * "Salman Rushdies" named before. Not a role that titles a name ("Sprecher
 * Müller", "der Sprecher, Hans Müller"); a role the text gave a person
 * named before ("Kriminalsoziologe Reinhard Kreissl … Der Soziologe …")
 * is that person. The person referred back to, the end of the unnamed
 * person's role word, or null when no role stands between.
 */
function personBetween(doc: QuoteDoc, persons: readonly EntityMention[], from: number, speaker: Speaker, gender: Gender): RoleBetween | null {
  const here = sentenceAt(doc, speaker.start);
  const before = here ? doc.sentences[here.index - 1] : undefined;
  const start = Math.max(from, before?.start ?? here?.start ?? speaker.start);
  const words = [...doc.text.slice(start, speaker.start).matchAll(/[\p{L}-]+/gu)];
  const sets = doc.lex.sets;
  for (const [i, m] of words.entries()) {
    const word = m[0].toLowerCase();
    const d = unnamedDeterminerBefore(doc, start, words, i);
    // "mit einem Sprecher", "worked as an assistant coach": a role after a preposition or "als"/"as" is no one who could speak.
    const before = d > 0 ? words[d - 1][0].toLowerCase() : "";
    if (d < 0 || sets.prepositions.has(before) || sets.labelWords.has(before)) continue;
    if (!isRoleWord(word, sets.personRoles) || genderOfWord(doc, word) === opposite(gender)) continue;
    const determiner = start + (words[d].index ?? 0);
    const end = start + (m.index ?? 0) + m[0].length;
    // "„Ich nehme an, dass ich der Chef bin“, antwortete er": a role in quoted words is the speaker's wording, not a person of the narration.
    if (doc.pairs.some((q) => q.start < determiner && end < q.end)) continue;
    // "Kriminalsoziologe Reinhard Kreissl … Der Soziologe gründete …": a definite role the text gave a person named before is that person.
    const referent = sets.descriptorArticles.has(words[d][0].toLowerCase()) && standsFirst(doc, determiner) ? persons.findLast((p) => p.end <= determiner && givenRole(doc, persons, p, word)) : undefined;
    if (referent) return { referent };
    if (!persons.some((p) => rolePhraseNames(doc, p, determiner, end))) return { unnamedStart: determiner, unnamedEnd: end };
  }
  return null;
}

/** How many words may stand between an English role noun and its article ("a senior administration official", "A WHO spokesperson"). */
const MAX_ROLE_MODIFIERS = 3;

/**
 * The index of the article that opens the role phrase of `words[i]`, or -1:
 * in German the word right before a capitalised role noun ("Ein Sprecher");
 * in English, where nouns are not capitalised, the article before up to three
 * modifiers with no punctuation between ("A WHO spokesperson").
 */
function unnamedDeterminerBefore(doc: QuoteDoc, start: number, words: readonly RegExpExecArray[], i: number): number {
  const sets = doc.lex.sets;
  if (doc.lex.data.capitalisedNouns) return i > 0 && sets.unnamedDeterminers.has(words[i - 1][0].toLowerCase()) && /^\p{Lu}/u.test(words[i][0]) ? i - 1 : -1;
  for (let d = i - 1; d >= Math.max(0, i - 1 - MAX_ROLE_MODIFIERS); d--) {
    if (/[,.;:!?()„“"]/u.test(doc.text.slice(start + words[d].index + words[d][0].length, start + words[d + 1].index))) return -1;
    if (sets.unnamedDeterminers.has(words[d][0].toLowerCase())) return d;
  }
  return -1;
}

type RoleBetween = { unnamedStart: number; unnamedEnd: number } | { referent: EntityMention };

/** Whether the word at `at` opens its clause: first in the sentence, after punctuation, a coordinator, a capitalised word or "so" ("so der Ökonom"); not after "dass ich" of "dass ich der Chef bin". */
function standsFirst(doc: QuoteDoc, at: number): boolean {
  const previous = sentenceAt(doc, at)?.toks.findLast((t) => t.end <= at);
  if (!previous || !/^\p{L}/u.test(previous.text) || /^\p{Lu}/u.test(previous.text)) return true;
  return previous.lower === doc.lex.data.soWord || doc.lex.sets.coordinators.has(previous.lower);
}

/** Space, one or two words and space: the words between a role noun and the name of its complement. */
const ROLE_COMPLEMENT = /^\s+(\S+)(?:\s+\S+)?\s+$/u;

/**
 * The organisation of a role phrase from `roleStart` to `roleEnd`, if the
 * entities name one: inside it before the role noun ("A WHO spokesperson"),
 * else in the genitive or "von" complement right after it ("Ein Sprecher der
 * US-Armee", "des Übergangsrates").
 */
function bodyOfRole(doc: QuoteDoc, entities: readonly EntityMention[], roleStart: number, roleEnd: number): Resolved | null {
  const inside = entities.find((e) => e.type === "ORG" && e.start > roleStart && e.end < roleEnd);
  if (inside) return resolvedAs(inside);
  // The link word, perhaps one adjective, then the name: "der US-Armee", "des neuen Übergangsrates". (Read from the start, so a far name costs no more than a near one.)
  const linked = (between: string): boolean => {
    const link = ROLE_COMPLEMENT.exec(between)?.[1];
    return link !== undefined && doc.lex.sets.roleComplementLinks.has(link.toLowerCase());
  };
  const body = entities.find((e) => e.type === "ORG" && e.start > roleEnd && linked(doc.text.slice(roleEnd, e.start)));
  return body ? resolvedAs(body) : null;
}

/**
 * Whether the role noun phrase from `determiner` to the role's `end` names the
 * person: right before the name ("Sprecher Müller"), in apposition after it
 * ("Şükrü Can, der Leiter der Flugzeugwartung"), or before it in the same
 * clause with a comma ("Der Bürgermeister der Gemeinde, Heiner Falldorf").
 */
function rolePhraseNames(doc: QuoteDoc, p: EntityMention, determiner: number, end: number): boolean {
  if (p.start >= end && p.start <= end + 3) return true;
  if (p.end <= determiner && /^\s*,\s*$/u.test(doc.text.slice(p.end, determiner))) return true;
  return p.start > end && /^[^.;:!?„“"]*,\s*$/u.test(doc.text.slice(end, p.start));
}

/**
 * "Seiner Ansicht nach", "laut ihren Aussagen": a source noun after a
 * possessive of one man or one woman is the words of the nearest person of
 * that gender told of within BARE_ROLE_REACH sentences (a woman's must be
 * known as one: "ihrer" is plural too) — unless a person named by a role
 * noun alone stands between ("Ein Augenzeuge wird zitiert. Seiner
 * Darstellung zufolge …"). Not the formal "Ihrer Meinung nach" of an
 * interview question, capitalised inside a sentence. Null when the speaker
 * is no such phrase; NO_ONE when no person fits.
 */
function possessiveOwner(doc: QuoteDoc, speaker: Speaker, persons: readonly EntityMention[], told: readonly EntityMention[] | null): Resolved | null {
  const sets = doc.lex.sets;
  const words = speaker.text.split(/\s+/u);
  const possessive = words[0]?.toLowerCase() ?? "";
  const gender = sets.malePossessives.has(possessive) ? "m" : sets.femalePossessives.has(possessive) ? "f" : null;
  if (words.length !== 2 || !gender || !sets.sourceNouns.has(words[1].toLowerCase())) return null;
  const here = sentenceAt(doc, speaker.start);
  if (!here) return null;
  if (/^\p{Lu}/u.test(words[0]) && here.toks[0]?.start !== speaker.start) return NO_ONE;
  const fits = (p: EntityMention): boolean => {
    const there = sentenceAt(doc, p.start);
    const known = personGender(doc, persons, p);
    // A one-word name of unknown gender may be a mistagged word ("Seiner Meinung nach" after "Schlaf"): a man's name is known as one or written in full.
    const man = known === "m" || (known === null && (p.name ?? p.text).includes(" "));
    return there !== null && here.index - there.index <= BARE_ROLE_REACH && (gender === "f" ? known === "f" : man);
  };
  const person = (told ?? persons).findLast((p) => p.end <= speaker.start && fits(p));
  if (!person) return NO_ONE;
  const between = personBetween(doc, persons, person.end, speaker, gender);
  return between ? ("referent" in between ? resolvedAs(between.referent) : NO_ONE) : resolvedAs(person);
}

/** How many sentences back a bare role ("Die Politikerin") may find the person it names. */
const BARE_ROLE_REACH = 2;

/**
 * "Ricarda Lang kritisierte den Plan. Die Politikerin sagte, …": an article
 * and a feminine role noun alone, a role the text gave no one, name the
 * person just written about when she is known to be a woman. Not a role with
 * more words ("Die Leiterin der Schule" after a senator is someone else), and
 * not a masculine role, which German also uses for any person: in the
 * Wikinews quotation data "Der Richter" after the defendant "Mair" would
 * have named the defendant.
 */
function bareRolePerson(doc: QuoteDoc, persons: readonly EntityMention[], earlier: readonly EntityMention[], speaker: Speaker, role: string): EntityMention | undefined {
  const words = speaker.text.split(/\s+/u);
  const nearest = earlier[0];
  if (!nearest || words.length !== 2 || !doc.lex.sets.determiners.has(words[0].toLowerCase())) return undefined;
  const here = sentenceAt(doc, speaker.start);
  const there = sentenceAt(doc, nearest.start);
  if (genderOfWord(doc, role) !== "f" || !here || !there || here.index - there.index > BARE_ROLE_REACH) return undefined;
  return personGender(doc, persons, nearest) === "f" ? nearest : undefined;
}

/**
 * "Teamchef Jean Todt … wird der Franzose zitiert", "sagte der 55-Jährige":
 * a descriptor names the nearest person told of before it (not one named
 * inside a quotation) within BARE_ROLE_REACH sentences whose known gender
 * does not contradict it — in that person's sentence, the one in subject
 * position if there is one. Null when the speaker is no descriptor (or there
 * are no entities); NO_ONE when no person fits.
 */
function describedPerson(doc: QuoteDoc, speaker: Speaker, persons: readonly EntityMention[] | null, told: readonly EntityMention[] | null): Resolved | null {
  const descriptor = descriptorOf(doc, speaker.text);
  if (!descriptor || !persons || !told) return null;
  const here = sentenceAt(doc, speaker.start);
  const fits = (p: EntityMention): boolean => {
    const there = sentenceAt(doc, p.start);
    if (!here || !there || here.index - there.index > BARE_ROLE_REACH) return false;
    return descriptor.gender === null || personGender(doc, persons, p) !== opposite(descriptor.gender);
  };
  const candidates = told.filter((p) => p.end <= speaker.start && fits(p));
  // The subject of its sentence before anyone else named there ("Teamchef Jean Todt stellt sich vor Michael Schumacher").
  const subject = candidates.findLast((p) => {
    const there = sentenceAt(doc, p.start);
    return there !== null && opensClause(doc, there, p);
  });
  const last = candidates.at(-1);
  const person = subject && last && sentenceAt(doc, subject.start) === sentenceAt(doc, last.start) ? subject : last;
  return person ? resolvedAs(person) : NO_ONE;
}

/**
 * "„…“, sagte Jean Todt. Er glaubt, …": a personal pronoun in the sentence
 * right after a quote of a person goes on with that person, when the gender
 * agrees — the one who just spoke, not whoever was named last.
 */
function continuedSpeaker(doc: QuoteDoc, speaker: Speaker, earlier: readonly Earlier[], persons: readonly EntityMention[] | null): Resolved | null {
  if (!persons || classify(doc, speaker.text) !== "pronoun" || pluralPronoun(doc, speaker)) return null;
  const pronoun = pronounOf(doc, speaker.text);
  const gender = genderOfWord(doc, pronoun);
  // A demonstrative points to the person named last, not to the one who spoke ("„…“, schrieb Lopez, … Für Shakira, so schrieb diese, …").
  if (!gender || doc.lex.sets.demonstrativePronouns.has(pronoun)) return null;
  const quoted = personQuotedBefore(doc, speaker, earlier, persons);
  return quoted && personGender(doc, persons, quoted.person) !== opposite(gender) ? quoted.resolved : null;
}

/**
 * "The European Commission said …. "…," it said in a statement": a neuter
 * pronoun ("it"; the lexicon's expletives) points back to an organisation —
 * the one a quote in its sentence or the one before was resolved to, else
 * the nearest one named there — and never to a person; NO_ONE when there
 * is none, null for any other phrase. `organisations`: those the narration
 * names (not inside a direct quotation), with an entity.
 */
function neuterSpeaker(doc: QuoteDoc, speaker: Speaker, earlier: readonly Earlier[], organisations: readonly EntityMention[] | null): Resolved | null {
  const word = speaker.text.trim();
  if (!doc.lex.sets.expletives.has(word.toLowerCase()) || !doc.lex.sets.pronouns.has(word.toLowerCase())) return null;
  const here = sentenceAt(doc, speaker.start);
  if (!here || !organisations) return NO_ONE;
  const near = (start: number): boolean => {
    const there = sentenceAt(doc, start);
    return start < speaker.start && there !== null && here.index - there.index <= 1;
  };
  const ids = new Set(organisations.map((o) => o.entity));
  const quoted = earlier.findLast((q) => q.resolved.entity !== null && ids.has(q.resolved.entity) && near(q.speaker.start));
  if (quoted) return quoted.resolved;
  const named = organisations.findLast((o) => o.end <= speaker.start && near(o.start));
  return named ? resolvedAs(named) : NO_ONE;
}

/**
 * "I am going to tell a story …" in a speech, a letter or a transcript set
 * as plain text: an English first-person pronoun outside quotation marks is
 * the author's, whom the text does not name — not the person named last
 * (NO_ONE; null for any other phrase). German is left as it is: where
 * quotation marks are stripped (Austrian news) "ich" opens the speaker's own
 * words, and the nearest person is as often right as wrong.
 */
function narrator(doc: QuoteDoc, speaker: Speaker, narrated: (span: Span) => boolean): Resolved | null {
  if (doc.lex.data.capitalisedNouns || !doc.lex.sets.firstPersonWords.has(pronounOf(doc, speaker.text))) return null;
  return narrated(speaker) ? NO_ONE : null;
}

/**
 * The person the quote before a speaker phrase resolved to, when that quote
 * or its speaker, whichever comes later, stands in the sentence right before
 * the phrase's ('… Trump said during a meeting with Macron. "You can mark it
 * down." Still, he said, …': Trump, not Macron) — or, with a `reach` of more
 * sentences, further back when no other person is named between; null else.
 */
function personQuotedBefore(doc: QuoteDoc, speaker: Speaker, earlier: readonly Earlier[], persons: readonly EntityMention[], reach = 1): { person: EntityMention; resolved: Resolved } | null {
  const here = sentenceAt(doc, speaker.start);
  const last = earlier.at(-1);
  if (!here || !last || last.resolved.entity === null) return null;
  const there = sentenceAt(doc, Math.max(last.speaker.start, last.quote.end - 1));
  const distance = there ? here.index - there.index : 0;
  if (distance < 1 || distance > reach) return null;
  const after = Math.max(last.speaker.end, last.quote.end);
  if (distance > 1 && persons.some((p) => p.start >= after && p.end <= speaker.start && p.entity !== last.resolved.entity)) return null;
  const person = persons.find((p) => p.entity === last.resolved.entity);
  return person ? { person, resolved: last.resolved } : null;
}

/** What a speaker nothing resolved may still name: an interview label's fullest form, else the person a definite role goes on with. */
function fallbackFor(doc: QuoteDoc, q: Found, earlier: readonly Earlier[], persons: readonly EntityMention[] | null): Resolved | null {
  if (q.speakerName) return { entity: null, name: q.speakerName };
  return q.speaker ? continuedRole(doc, q.speaker, earlier, persons) : null;
}

/** How many sentences back a definite role may go on with the person quoted last, when no one else is named between. */
const ROLE_CHAIN_REACH = 4;

/**
 * "Cummings said in a statement. The congressman added that …": a definite
 * role that named no one else (the text gave it to no person) right after a
 * quote of a person goes on with that person, when the role's gender, if it
 * has one, agrees, nothing makes it several (a plural verb, "beiden", a
 * masculine role after "die") and no name follows in apposition; also up to
 * ROLE_CHAIN_REACH sentences on when no one else is named between ("…, so
 * Hofmann. […] …, erklärte die Forscherin"), unless the role is an office
 * of one holder ("der Präsident").
 */
function continuedRole(doc: QuoteDoc, speaker: Speaker, earlier: readonly Earlier[], persons: readonly EntityMention[] | null): Resolved | null {
  if (!persons || classify(doc, speaker.text) !== "role" || !doc.lex.sets.descriptorArticles.has(speaker.text.split(/\s+/u)[0].toLowerCase())) return null;
  // "Die Außenminister Frankreichs, Italiens und Österreichs erklärten", "die beiden Forscher": a role of several is no one person.
  const sets = doc.lex.sets;
  const several = speaker.text.split(/\s+/u).some((w) => sets.pluralDeterminers.has(w.toLowerCase()) || sets.quantifiers.has(w.toLowerCase()) || sets.numberWords.has(w.toLowerCase()));
  if (several || pluralVerbNextTo(doc, speaker)) return null;
  // "Die Chefin der Umweltorganisation Global 2000, Leonore Gewessler, warnte": a name in apposition is the speaker, whether tagged or not.
  if (/^(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*){0,2}\s*,\s*\p{Lu}/u.test(doc.text.slice(speaker.end, speaker.end + 40))) return null;
  const role = roleWord(doc, speaker.text);
  // "The US President" three sentences after the ambassador's words is someone else, named or not.
  const office = role !== null && isRoleWord(role, doc.lex.sets.officeRoles);
  const quoted = personQuotedBefore(doc, speaker, earlier, persons, office ? 1 : ROLE_CHAIN_REACH);
  // "Der Vorsitzende des Bauhauptverbands" after "Der Vorsitzende der IG Bau, Klaus Wiesehügel": a role the text gave someone is not free to go on.
  if (!quoted || !role || persons.some((p) => p.end <= speaker.start && givenRole(doc, persons, p, role))) return null;
  const gender = genderOfWord(doc, role);
  // "so die Forscher": a masculine role after a feminine article is many.
  if (gender === "m" && doc.lex.data.articleGenders[speaker.text.split(/\s+/u)[0].toLowerCase()] === "f") return null;
  return gender && personGender(doc, persons, quoted.person) === opposite(gender) ? null : quoted.resolved;
}

/**
 * "Die Deutsche Bahn hat nach eigenen Angaben …", "Siemens will eigenen
 * Angaben zufolge …": a speaker phrase of one's own ("eigenen Angaben") is
 * the person or organisation of its sentence: the last one named before the
 * phrase, else the first after it; null when the phrase is no such phrase or
 * the sentence names none.
 */
function ownSubject(doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[]): EntityMention | null {
  const sentence = ownPhraseSentence(doc, speaker);
  if (!sentence) return null;
  const actors = entities.filter((e) => (e.type === "PER" || e.type === "ORG") && e.start >= sentence.start && e.end <= sentence.end && (e.end <= speaker.start || e.start >= speaker.end));
  return actors.findLast((e) => e.end <= speaker.start) ?? actors.find((e) => e.start >= speaker.end) ?? null;
}

/** The sentence of a speaker phrase of one's own ("eigenen Angaben", "eigener Aussage"), or null for any other phrase. */
function ownPhraseSentence(doc: QuoteDoc, speaker: Speaker): Sentence | null {
  const first = speaker.text.split(/\s+/u)[0]?.toLowerCase() ?? "";
  return doc.lex.sets.ownWords.has(first) ? sentenceAt(doc, speaker.start) : null;
}

/** A speaker phrase of one's own ("eigenen Angaben") in a sentence with no personal pronoun ("Nach eigener Aussage will er …" has one). */
function ownWithoutPronoun(doc: QuoteDoc, speaker: Speaker): boolean {
  const sentence = ownPhraseSentence(doc, speaker);
  if (!sentence) return false;
  const s = doc.lex.sets;
  return !sentence.toks.some((t) => (t.end <= speaker.start || t.start >= speaker.end) && s.pronouns.has(t.lower) && !s.determiners.has(t.lower) && !s.demonstratives.has(t.lower) && t.lower !== "es" && t.lower !== "man");
}

/**
 * "Russland", "der Vatikan", "einem Bericht von ndr.de": a state or place
 * that is the whole speaker phrase (an article before it at most) speaks
 * for itself, as does an outlet by its web address after nothing but a
 * report or publication noun ("Ein Redakteur von ndr.de" is a person). A
 * place inside a longer phrase is not the speaker ("Die Staatsanwaltschaft
 * Oslo").
 */
function placeOrAddress(doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[]): EntityMention | null {
  // "Behördenangaben" tagged as a place: a source noun is no name.
  const inside = entities.filter((e) => e.start >= speaker.start && e.end <= speaker.end && !isListedNoun((e.text.split(/\s+/u).pop() ?? "").toLowerCase(), doc.lex.sets.sourceNouns));
  // "Mr Egeland" tagged as a place: a title names a person.
  const titled = genderOfWord(doc, speaker.text.split(/\s+/u)[0].replace(/\.$/u, "").toLowerCase()) !== null;
  const place = titled ? undefined : inside.find((e) => e.type === "LOC" && onlyArticleAround(doc, speaker, e));
  if (place) return place;
  const address = inside.find((e) => e.type === "MISC" && WEB_ADDRESS.test(e.text));
  return address && onlyReportNounsBefore(doc, speaker, address) ? address : null;
}

/**
 * Whether the words of the phrase before the mention are articles,
 * prepositions and nouns of a report or a publication ("einem Bericht von",
 * "Der Website"), and not a person who works there ("Ein Redakteur von").
 */
function onlyReportNounsBefore(doc: QuoteDoc, speaker: Speaker, e: EntityMention): boolean {
  const s = doc.lex.sets;
  const words = doc.text.slice(speaker.start, e.start).replace(QUOTE_CHARS, " ").split(/\s+/u).filter(Boolean).map((w) => w.toLowerCase());
  return words.every((w) => s.determiners.has(w) || s.prepositions.has(w) || isListedNoun(w, s.sourceNouns) || isListedNoun(w, s.titleNouns));
}

/** Quotation marks around a name inside a speaker phrase ("„tagesschau.de“"). */
const QUOTE_CHARS = /[„“"»«]/gu;

/** A domain name ("ndr.de", "faz.net", "GGG.at"): no spaces, a dot before two to six letters at the end. */
const WEB_ADDRESS = /^[^\s]+\.\p{L}{2,6}$/u;

/** Whether the speaker phrase is the mention with at most an article and quotation marks around it. */
function onlyArticleAround(doc: QuoteDoc, speaker: Speaker, e: EntityMention): boolean {
  const before = doc.text.slice(speaker.start, e.start).replace(QUOTE_CHARS, " ").trim().toLowerCase();
  const after = doc.text.slice(e.end, speaker.end).replace(QUOTE_CHARS, "").trim();
  return after === "" && (before === "" || doc.lex.sets.determiners.has(before));
}

/**
 * "Shakira erklärte, …" with this mention left untagged while the same name
 * is tagged elsewhere in the article: a speaker phrase of capitalised words
 * alone (no article) that is, word for word, a person or organisation
 * mentioned elsewhere names that entity (a place or other name there is
 * more often a tagging slip: "Lockheed", "Ken Smith").
 */
function sameWordsElsewhere(doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[]): EntityMention | null {
  if (nameParts(doc, speaker.text).join(", ") !== speaker.text) return null;
  const same = entities.filter((e) => e.text === speaker.text && (e.end <= speaker.start || e.start >= speaker.end));
  return same.find((e) => e.type === "PER") ?? same.find((e) => e.type === "ORG") ?? partOfOneName(speaker, entities);
}

/**
 * "appellierte Ban, die Grenzen offen zu halten" after "Ban Ki Moon": one
 * untagged word that opens or ends the full names of one person of the
 * article, and of no one else, is that person (Korean names put the surname
 * first; the recogniser tags a bare surname after a full name only when it
 * ends the name).
 */
function partOfOneName(speaker: Speaker, entities: readonly EntityMention[]): EntityMention | null {
  if (/\s/u.test(speaker.text)) return null;
  const named = entities.filter((e) => {
    if (e.type !== "PER") return false;
    const words = e.text.split(/\s+/u);
    return words.length > 1 && (words[0] === speaker.text || words[words.length - 1] === speaker.text);
  });
  return named.length > 0 && named.every((e) => e.entity !== null && e.entity === named[0].entity) ? named[0] : null;
}

/**
 * "Winfried Hassemer, Papiers Stellvertreter": the person a speaker phrase
 * opens with, before a comma — whoever the apposition after it names; not the
 * first of a list ("Goodlatte, Gowdy and Nunes"). Null when there is none.
 */
function openingName(doc: QuoteDoc, speaker: Speaker, persons: readonly EntityMention[]): EntityMention | null {
  const head = persons.find((p) => p.start === speaker.start);
  const comma = head ? /^\s*,\s*/u.exec(doc.text.slice(head.end, speaker.end)) : null;
  if (!head || !comma) return null;
  const listed = (p: EntityMention): boolean => {
    const next = /^\s*(,|\p{L}+)/u.exec(doc.text.slice(p.end, p.end + 12))?.[1] ?? "";
    return next === "," || doc.lex.sets.coordinators.has(next.toLowerCase());
  };
  return persons.some((p) => p.start === head.end + comma[0].length && listed(p)) ? null : head;
}

/** Characters between a speaker phrase and a person in apposition after it: a comma and spaces (the bound spares the test for every later person). */
const MAX_APPOSITION_GAP = 200;

/**
 * The entity a speaker phrase names itself: the person it opens with before a
 * comma (openingName), else the last person inside it, else the person in
 * apposition right after it ("beurteilte der Geschäftsführer der Grünen,
 * Volker Beck, …"), else an organisation inside it.
 */
function namedIn(doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[], persons: readonly EntityMention[]): EntityMention | null {
  // Only mentions that start inside the phrase or within reach of an apposition after it matter: found by binary search (sorted by start).
  const near = startingWithin(persons, speaker.start, speaker.end + MAX_APPOSITION_GAP);
  const opening = openingName(doc, speaker, near);
  if (opening) return opening;
  // "The Trump administration", "Trump administration officials", "the Bush and Obama administrations": the group speaks, not the persons naming it.
  const group = doc.lex.sets.groupHeads.has(/(\p{L}+)\W*$/u.exec(speaker.text)?.[1] ?? "");
  const last = group
    ? undefined
    : near.findLast((p) => p.end <= speaker.end && !inAttribute(doc, p, speaker) && !ownerInPhrase(doc, p, speaker) && !topicInPhrase(doc, p, speaker));
  // "So kritisierte Rajoy Zapatero …", "forderte Kickl Van der Bellen auf": of two persons side by side after the verb the first is the subject —
  // two persons the article names in full elsewhere, not the parts of one name the recogniser split ("Benoit" "Coeure").
  const elsewhereInFull = (p: EntityMention): boolean => p.name !== null && p.name !== p.text;
  const subject = last && elsewhereInFull(last) ? near.find((p) => p.start >= speaker.start && p.end < last.start && p.entity !== last.entity && elsewhereInFull(p) && /^\s+$/u.test(doc.text.slice(p.end, last.start))) : undefined;
  const inside = subject ?? last;
  const apposed = near.find((p) => p.start >= speaker.end && p.start - speaker.end <= MAX_APPOSITION_GAP && inApposition(doc, speaker, p));
  return inside ?? apposed ?? entities.find((e) => e.type === "ORG" && e.start >= speaker.start && e.end <= speaker.end) ?? null;
}

/** "Seine Meinung zu Kirchhoff", "ein Brief an Merkel": a person after a preposition of topic or address inside the speaker phrase is not the speaker. */
function topicInPhrase(doc: QuoteDoc, person: EntityMention, speaker: Speaker): boolean {
  const before = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(speaker.start, person.start - 20), person.start))?.[1];
  return before !== undefined && doc.lex.sets.topicPrepositions.has(before.toLowerCase());
}

/**
 * "Herta Müllers Mutter", "Demjanjuks Sohn", "Trump's aide": a person in the
 * genitive before a noun of kin, a helper or a role in the speaker phrase
 * owns the speaker, who is someone else ("Schäubles Idee", "Celebis
 * Angaben" are the person's own words).
 */
function ownerInPhrase(doc: QuoteDoc, person: EntityMention, speaker: Speaker): boolean {
  const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(doc.text.slice(person.end, person.end + 3));
  const after = person.end + (possessive ? 2 : 0);
  const next = sentenceAt(doc, person.start)?.toks.find((t) => t.start >= after && /^\p{L}/u.test(t.text));
  if (next === undefined || next.end > speaker.end) return false;
  const genitive = possessive || (person.name !== null && /s['’]?$|['’]$/u.test(person.text) && !/s$/u.test(person.name));
  const sets = doc.lex.sets;
  const other = isRoleWord(next.lower, sets.personRoles) || doc.lex.data.kinNouns.some((n) => next.lower === n || (n.length >= 5 && next.lower.endsWith(n)));
  return genitive && other;
}

/**
 * "einem an zu Guttenberg gerichteten Schreiben": a person followed inside
 * the phrase by an inflected adjective or participle stands in an attribute
 * before the phrase's noun, which is what speaks (here a letter), not the
 * person. A preposition or article after the name ("Karl Maier von der SPD")
 * does not count.
 */
function inAttribute(doc: QuoteDoc, person: EntityMention, speaker: Speaker): boolean {
  const next = sentenceAt(doc, person.start)?.toks.find((t) => t.start >= person.end);
  return next !== undefined && next.end <= speaker.end && isLowerWord(next) && !doc.lex.sets.npLinks.has(next.lower) && isAdjective(next, doc.lex);
}

/** How far (in characters) before a relative pronoun a name the finder saw may stand to be its antecedent, when there are no entities. */
const MAX_ANTECEDENT_DISTANCE = 200;

/**
 * A relative pronoun after a comma (", der den Plan als „…“ bezeichnete"),
 * also after a source preposition (", laut denen …", ", nach denen …"), or a
 * relative source adverb (", wonach …") stands for the phrase before the comma.
 */
function isRelative(doc: QuoteDoc, speaker: Speaker): boolean {
  const s = doc.lex.sets;
  const word = speaker.text.toLowerCase();
  const before = /,\s*(?:(\p{L}+)\s+)?$/u.exec(doc.text.slice(Math.max(0, speaker.start - 16), speaker.start));
  if (!before) return false;
  const preposition = before[1]?.toLowerCase();
  if (preposition === undefined) return s.relativePronouns.has(word) || s.relativeSourceAdverbs.has(word);
  return s.relativePronouns.has(word) && (s.sourcePrepositions.has(preposition) || s.relativeSourcePrepositions.has(preposition));
}

/**
 * The speaker span of a relative pronoun reaches back over the phrase the
 * pronoun stands for: "ein Kommentar, der", "Berliner Fahrgastverband IGEB,
 * der" (the data set marks the pronoun in some articles and the phrase in
 * others; the span holds both). The phrase is the person or organisation
 * before the comma, else a noun phrase that opens with an article there;
 * without either the span stays the pronoun.
 */
function withAntecedent(doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[] | null): Speaker {
  const own = { text: speaker.text, start: speaker.start, end: speaker.end };
  if (!isRelative(doc, speaker)) return own;
  const comma = doc.text.lastIndexOf(",", speaker.start);
  // ", wonach …" may stand after the verb that closes the clause of its phrase ("hat Meldungen zurückgewiesen, wonach …").
  const extraposed = doc.lex.sets.relativeSourceAdverbs.has(speaker.text.toLowerCase());
  const start = actorBeforeComma(doc, comma, entities)?.start ?? phraseBeforeComma(doc, comma, !extraposed);
  return start === null ? own : { text: doc.text.slice(start, speaker.end), start, end: speaker.end };
}

/** The person or organisation that ends right before the comma at `comma`; only a bracket may stand between: "Olaf Scholz (SPD), der …". */
function actorBeforeComma(doc: QuoteDoc, comma: number, entities: readonly EntityMention[] | null): EntityMention | null {
  return entities?.find((e) => (e.type === "PER" || e.type === "ORG") && e.end <= comma && /^\s*(?:\([^()]*\))?\s*$/u.test(doc.text.slice(e.end, comma))) ?? null;
}

/**
 * "… war auch Ramsey Clark anwesend, der der US-Regierung vorwarf, …": a
 * relative clause put after the verb that closes the clause of its phrase.
 * The person right before that one word is the antecedent when the
 * pronoun's gender fits the person's known one (masculine "der", "welcher";
 * feminine "die", "welche" only for a woman, as they are plural too).
 */
function extraposedFrom(doc: QuoteDoc, comma: number, speaker: Speaker, persons: readonly EntityMention[] | null): EntityMention | null {
  const sets = doc.lex.sets;
  const person = persons?.findLast((p) => p.end <= comma);
  const word = person ? /^\s+(\p{Ll}+)\s*$/u.exec(doc.text.slice(person.end, comma))?.[1] : undefined;
  if (!person || !persons || word === undefined || [sets.determiners, sets.prepositions, sets.pronouns, sets.coordinators].some((set) => set.has(word))) return null;
  const gender = personGender(doc, persons, person);
  return sets.masculineRelatives.has(speaker.text.toLowerCase()) ? (gender !== "f" ? person : null) : gender === "f" ? person : null;
}

/** Where the noun phrase that ends at the comma at `comma` starts ("eine griechische Botschaft, welche"), or null; `nearest` as in antecedentBefore. */
function phraseBeforeComma(doc: QuoteDoc, comma: number, nearest: boolean): number | null {
  const toks = sentenceAt(doc, comma)?.toks ?? [];
  const at = toks.findIndex((t) => t.start === comma);
  const phrase = at > 0 ? antecedentBefore(doc, toks, at, nearest) : null;
  return phrase ? toks[phrase.from].start : null;
}

/** The person or organisation that ends right before the comma of a relative pronoun ("Fahrgastverband IGEB, der …"), else a name the finder saw there. */
function antecedentOf(
  doc: QuoteDoc, speaker: Speaker, entities: readonly EntityMention[] | null, persons: readonly EntityMention[] | null, named: readonly { at: number; name: string }[],
): Resolved {
  const comma = doc.text.lastIndexOf(",", speaker.start);
  const actor = actorBeforeComma(doc, comma, entities) ?? extraposedFrom(doc, comma, speaker, persons);
  if (actor) return resolvedAs(actor);
  const before = [...named].reverse().find((n) => n.at < speaker.start && speaker.start - n.at < MAX_ANTECEDENT_DISTANCE);
  return entities ? NO_ONE : { entity: null, name: before ? before.name : null };
}

/** Capitalised words without a determiner before them: "Olaf Scholz", "Merkel", "Regierungssprecher Steffen Hebestreit". */
function nameParts(doc: QuoteDoc, text: string): string[] {
  const sets = doc.lex.sets;
  return text
    .replace(/\([^)]*\)/gu, " ")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => {
      const words = part.split(/\s+/u).filter(Boolean);
      if (words.length === 0 || words.length > 5) return false;
      if (sets.determiners.has(words[0].toLowerCase()) || sets.pronouns.has(words[0].toLowerCase())) return false;
      return words.every((w) => /^\p{Lu}/u.test(w) || sets.nameParticles.has(w)) && !words.every((w) => isRoleWord(w.toLowerCase(), sets.personRoles));
    });
}

/**
 * Pronoun ("er"), definite role ("der Minister", "dem Kanzler", "die Sprecherin" — an
 * indefinite "ein Sprecher" is a person of its own), name (a phrase with a
 * part of capitalised words and no article) or something else.
 */
function classify(doc: QuoteDoc, text: string): SpeakerClass {
  const sets = doc.lex.sets;
  const words = text.split(/\s+/u).filter(Boolean);
  const first = words[0].toLowerCase();
  if (words.length === 1 && sets.pronouns.has(pronounOf(doc, first))) return "pronoun";
  // "nach eigenem Bekunden", "eigenen Angaben zufolge": the speaker is the one the sentence is about.
  if (sets.ownWords.has(first)) return "pronoun";
  if (nameParts(doc, text).length > 0) return "name";
  // "Israel's prime minister": a name in the genitive determines a role as an article does.
  const definite = sets.descriptorArticles.has(first) || (/^\p{Lu}.*['’]s$/u.test(words[0]) && words.length > 1);
  if (definite && words.slice(1, 4).some((w) => isRoleWord(w.toLowerCase(), sets.personRoles))) return "role";
  return "other";
}

const opposite = (g: Gender): Gender => (g === "m" ? "f" : "m");

/** The gender a pronoun, title or role form names: "er", "Herr", "Minister" → m; "sie", "Frau", "Ministerin" → f; else null. */
function genderOfWord(doc: QuoteDoc, word: string): Gender | null {
  const sets = doc.lex.sets;
  if (sets.maleWords.has(word)) return "m";
  if (sets.femaleWords.has(word)) return "f";
  if (!doc.lex.data.capitalisedNouns || !isRoleWord(word, sets.personRoles)) return null;
  if (word.endsWith("in") && isRoleWord(word.slice(0, -2), sets.personRoles)) return "f";
  return isRoleWord(`${word}in`, sets.personRoles) ? "m" : null;
}

/**
 * The gender the text gives a person: the title or role right before any
 * mention of the same entity ("Bundeskanzlerin Angela Merkel", "Herr
 * Müller"), else the gender of its first name ("Gisela Piltz"); null when
 * none or both.
 */
function personGender(doc: QuoteDoc, persons: readonly EntityMention[], person: EntityMention): Gender | null {
  const found = new Set<Gender>();
  for (const p of persons) {
    if (p !== person && (p.entity === null || p.entity !== person.entity)) continue;
    for (const w of titleWords(doc, p.start)) {
      if (doc.lex.sets.pronouns.has(w)) continue;
      const g = genderOfWord(doc, w.replace(/^.*-/u, ""));
      if (g) found.add(g);
    }
  }
  if (found.size === 0) {
    const byName = firstNameGender(person.name ?? person.text);
    if (byName) found.add(byName);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The role noun of a role speaker ("Kanzler" of "dem Kanzler"), lower case. */
function roleWord(doc: QuoteDoc, text: string): string | null {
  const words = text.split(/\s+/u).slice(1, 4).map((w) => w.toLowerCase());
  return words.find((w) => isRoleWord(w, doc.lex.sets.personRoles)) ?? null;
}

/** The personal name inside a speaker phrase: its last name-like part, without leading role words ("Steffen Hebestreit" of "Regierungssprecher Steffen Hebestreit"). */
function nameIn(doc: QuoteDoc, text: string): string {
  const parts = nameParts(doc, text);
  const words = (parts[parts.length - 1] ?? text).split(/\s+/u);
  while (words.length > 1 && (isRoleWord(words[0].toLowerCase(), doc.lex.sets.personRoles) || /^(Dr\.|Prof\.|Professor|Professorin)$/u.test(words[0]))) words.shift();
  return words.join(" ");
}
