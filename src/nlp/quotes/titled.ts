/**
 * Which person a definite role speaker ("der Minister", "Der Vorsitzende des
 * Bauhauptverbands") names: the nearest one the text gave that role — in the
 * words right before a mention ("Bundeskanzler Olaf Scholz"), in an
 * apposition before it ("der Ministerpräsident des Landes Niedersachsen,
 * Christian Wulff") or after it ("Gabriel Entcha-Ebia, der Justizminister") —
 * whose adjectives and complement agree with the speaker phrase's. The
 * nearest person whoever it is would often be someone else ("Der Leiter der
 * Schule" after a senator).
 */
import type { EntityMention } from "../../core/article.js";
import type { QuoteDoc } from "./context.js";
import { sentenceAt } from "./context.js";
import { isRoleWord } from "./person.js";

/** Up to two words right before `at` in its sentence (a title's dot, "Mr.", does not end it), lower case. */
export function titleWords(doc: QuoteDoc, at: number): string[] {
  const tokens = doc.text.slice(Math.max(0, at - 40), at).split(/\s+/u).filter(Boolean);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 2; i--) {
    const word = tokens[i].toLowerCase();
    const closes = /[.!?;:,]$/u.test(word) && !doc.lex.sets.maleWords.has(word) && !doc.lex.sets.femaleWords.has(word) && !/^(?:dr|prof)\.$/u.test(word);
    if (closes) break;
    words.unshift(word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ""));
  }
  return words;
}

/**
 * The words around a person's mention that may give them a role: one of the two words
 * just before it ("Bundeskanzler Olaf Scholz" for "Kanzler"), an apposition
 * before it that names no other person ("der Ministerpräsident des Landes
 * Niedersachsen, Christian Wulff"), or one right after it ("Gabriel
 * Entcha-Ebia, der Justizminister"). Case endings count ("des Generalanwalts").
 */
function titleContext(doc: QuoteDoc, persons: readonly EntityMention[], person: EntityMention): string[] {
  return [...titleWords(doc, person.start), ...appositionBefore(doc, persons, person), ...appositionAfter(doc, person)];
}

/** Whether the text gives the person the role (lower case): "Kriminalsoziologe Reinhard Kreissl" has "soziologe". */
export function givenRole(doc: QuoteDoc, persons: readonly EntityMention[], person: EntityMention, role: string): boolean {
  return hasRole(doc, titleContext(doc, persons, person), role);
}

/**
 * Whether one of the words names the role or a synonym of it ("Regierungschef"
 * for "Ministerpräsident"), with a case ending — not a plural: "-n" after a
 * noun in "-er" ("von den Ermittlern Demjanjuk zugeordnet") is the dative
 * plural, while after other nouns it is singular ("dem Präsidenten Obama").
 */
function hasRole(doc: QuoteDoc, words: readonly string[], role: string): boolean {
  const roles = [role, ...(doc.lex.data.roleSynonyms[role] ?? [])];
  const singular = (r: string, e: string): boolean => !(e === "n" && r.endsWith("er"));
  return words.some((w) => roles.some((r) => w.length >= r.length && doc.lex.data.roleCaseEndings.some((e) => singular(r, e) && w.endsWith(r + e))));
}

/**
 * The noun of a genitive or "von" complement right after the role in a
 * speaker phrase, lower case, without a genitive "s": "bauhauptverband" of
 * "Der Vorsitzende des Bauhauptverbands"; none without such a complement.
 */
function complementWords(doc: QuoteDoc, phrase: string, role: string): string[] {
  const at = phrase.toLowerCase().indexOf(role);
  if (at < 0) return [];
  const words = phrase.slice(at + role.length).split(/\s+/u).slice(1);
  if (!doc.lex.sets.roleComplementLinks.has(words[0]?.toLowerCase() ?? "")) return [];
  const noun = words.slice(1).find((w) => !/^\p{Ll}/u.test(w));
  return noun && /^\p{Lu}[\p{L}-]{3,}/u.test(noun) ? [noun.toLowerCase().replace(/[^\p{L}-]+$/u, "").replace(/e?s$/u, "")] : [];
}

/** The text around a person's mention in its sentence, lower case: where a role's complement would stand ("der Vorsitzende der IG Bau, Klaus Wiesehügel"). */
function nearMention(doc: QuoteDoc, person: EntityMention): string {
  const sentence = sentenceAt(doc, person.start);
  const from = Math.max(sentence?.start ?? 0, person.start - 100);
  const to = Math.min(sentence?.end ?? doc.text.length, person.end + 100);
  return doc.text.slice(from, to).toLowerCase();
}

/** The stems of the inflected adjectives among lower-case words ("brasilianisch" of "brasilianischen"); none where adjectives do not inflect. */
function adjectiveStems(doc: QuoteDoc, words: readonly string[]): string[] {
  const endings = [...doc.lex.data.adjectiveEndings].sort((a, b) => b.length - a.length);
  return words.flatMap((w) => {
    if (!/^\p{Ll}{4,}$/u.test(w) || doc.lex.sets.determiners.has(w)) return [];
    const ending = endings.find((e) => w.endsWith(e));
    return ending ? [w.slice(0, w.length - ending.length)] : [];
  });
}

/**
 * Of the persons the text gave the role (in a mention among `earlier`,
 * nearest first) whose adjectives agree with the speaker phrase's, the one
 * named last before the speaker: "der brasilianische Präsident" is the one
 * titled "der brasilianische Präsident", not the nearer "venezolanische
 * Präsident"; a title without adjectives fits any. When `preferred` (the
 * person the article's title gives the role) is among them, it is that
 * person: "sagte der Papst" under "Papst Benedikt XVI. tritt zurück" is
 * Benedikt, not "Papst Gregor XII." named in passing just before.
 */
export function titledPerson(
  doc: QuoteDoc, persons: readonly EntityMention[], earlier: readonly EntityMention[], phrase: string, role: string, preferred?: EntityMention,
): EntityMention | undefined {
  const adjectives = adjectiveStems(doc, phrase.split(/\s+/u).slice(1));
  const complement = complementWords(doc, phrase, role);
  const fits = earlier.filter((p) => {
    const words = titleContext(doc, persons, p);
    if (!hasRole(doc, words, role)) return false;
    const own = adjectiveStems(doc, words);
    if (own.length > 0 && !adjectives.every((a) => own.includes(a))) return false;
    return complement.length === 0 || complement.some((c) => nearMention(doc, p).includes(c));
  });
  // Of the persons given the role, the one named last before the speaker, titled there or not ("President Trump … Mr. Trump welcomed …, the president said").
  const titledEntities = new Set(fits.map((p) => p.entity ?? p.text));
  if (preferred?.entity && titledEntities.has(preferred.entity)) return earlier.find((p) => p.entity === preferred.entity);
  return earlier.find((p) => titledEntities.has(p.entity ?? p.text));
}

/**
 * Words of the phrase before ", Name" from its first role noun to that
 * noun's complement, lower case ("generalanwalts" of "laut dem Antrag des
 * Generalanwalts des Gerichtshofes, Name"); none when the phrase names
 * another person or no role.
 */
function appositionBefore(doc: QuoteDoc, persons: readonly EntityMention[], person: EntityMention): string[] {
  const before = doc.text.slice(Math.max(0, person.start - 100), person.start);
  const m = /(?:^|[.;:!?,(„“"])\s*([^.;:!?,(„“"]+),\s*$/u.exec(before);
  if (!m) return [];
  const from = person.start - before.length + (m.index ?? 0);
  if (persons.some((p) => p !== person && p.start >= from && p.end <= person.start)) return [];
  const written = m[1].split(/[^\p{L}-]+/u).filter(Boolean);
  const words = written.map((w) => w.toLowerCase());
  const endings = doc.lex.data.roleCaseEndings;
  const role = words.findIndex((w) => endings.some((e) => w.endsWith(e) && isRoleWord(w.slice(0, w.length - e.length), doc.lex.sets.personRoles)));
  if (role < 0) return [];
  // "Der ältere Bruder des Papstes, Georg Ratzinger": a role in the complement of a noun of kin names someone else ("der Antrag des Generalanwalts, Name" names the Generalanwalt).
  const sets = doc.lex.sets;
  const kinBefore = words.slice(0, Math.max(0, role - 1)).some((w) => sets.kinNouns.has(w));
  if (role > 0 && sets.appositionComplements.has(words[role - 1]) && kinBefore) return [];
  return headWords(doc, words.slice(role));
}

/** Words of an apposition right after the name (", der Justizminister,"), lower case. */
function appositionAfter(doc: QuoteDoc, person: EntityMention): string[] {
  const m = /^,\s+(\p{L}+)\s+([^.;:!?,(„“"]{1,80})/u.exec(doc.text.slice(person.end, person.end + 100));
  if (!m || !doc.lex.data.appositionArticles.includes(m[1].toLowerCase())) return [];
  return headWords(doc, m[2].toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean));
}

/** The words of an apposition before its first complement ("der ältere Bruder" of "der ältere Bruder des Papstes"). */
function headWords(doc: QuoteDoc, words: readonly string[]): string[] {
  const complement = words.findIndex((w, i) => i > 0 && doc.lex.sets.appositionComplements.has(w));
  return complement < 0 ? [...words] : words.slice(0, complement);
}

/** A regnal number ("XVI.", "II"; not an English "I"). */
const REGNAL_NUMBER = /^(?:[IVXL]{2,}\.?|[IVXL]\.)$/u;

/** Whether a word of a title continues a name: a capitalised word that is no role ("Köhler"), or a regnal number ("Benedikt XVI."). */
function isNameWord(doc: QuoteDoc, word: string): boolean {
  return REGNAL_NUMBER.test(word) || (/^\p{Lu}\p{Ll}/u.test(word) && !isRoleWord(word.toLowerCase(), doc.lex.sets.personRoles));
}

/**
 * "Der Bundespräsident hat in einem Interview …" in an article titled
 * "Bundespräsident Köhler sieht …": when the text gives no one the role, the
 * person the title gives it names the role, if the text names that person
 * (by the last word of the name in the title, "XVI." of "Papst Benedikt
 * XVI. tritt zurück"). The title is no part of the text the recogniser reads,
 * so its roles are found here. Where the text gives the role to several
 * persons, it is the one of them the title names (see titledPerson).
 */
export function titleHolder(doc: QuoteDoc, persons: readonly EntityMention[], title: string | null, role: string): EntityMention | undefined {
  if (!title) return undefined;
  const words = title.split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!hasRole(doc, [words[i].toLowerCase()], role)) continue;
    let end = i + 1;
    while (end < words.length && isNameWord(doc, words[end])) end++;
    if (end === i + 1) continue;
    const last = words[end - 1];
    const holder = persons.find((p) => p.entity !== null && (p.name ?? p.text).split(/\s+/u).at(-1) === last);
    if (holder) return holder;
  }
  return undefined;
}
