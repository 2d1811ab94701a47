/**
 * Noun phrases from tokens, without a tagger: German capitalises every noun,
 * so a phrase is an optional determiner, lower-case inflected adjectives, and
 * capitalised words, followed by genitive or "von" attachments, a short
 * parenthesis ("(SPD)") and a name in apposition ("der Sprecher, Hans Meier,").
 */
import { isSubjunctive, type QuoteLexicon } from "./lexicon.js";
import { isCapitalised, isLowerWord, isWord, type Tok } from "./tokens.js";

/** A token range [from, to). */
export interface Range {
  from: number;
  to: number;
}

export const OPENING = new Set(["„", "\"", "»", "«", "“", "‚"]);
export const CLOSING = new Set(["“", "”", "\"", "«", "»", "‘", "’"]);
/** "der 81-jährige": an age adjective can stand for a person without a noun. */
const AGE_ADJECTIVE = /^\p{N}+-jährigen?$/u;
/** A lower-case word with an inflected adjective ending ("zuständige", "verantwortlichen"). */
const ADJECTIVE_ENDING = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u;

/** True for a lower-case word that can stand inside a noun phrase before its noun ("neue", "stellvertretende", "84-jährige"). */
export function isAdjective(tok: Tok, lex: QuoteLexicon): boolean {
  if (/^\p{N}+(?:[.,]\p{N}+)?(?:-\p{Ll}+)*\.?$/u.test(tok.text)) return true;
  if (lex.sets.numberWords.has(tok.lower)) return true;
  if (!lex.data.capitalisedNouns) return false;
  if (!isLowerWord(tok) || !ADJECTIVE_ENDING.test(tok.text) || tok.text.length < 3) return false;
  // "der documenta-Homepage", "die iPhone-Nutzer": a compound whose last part is capitalised is a noun.
  if (isLowerName(tok)) return false;
  const s = lex.sets;
  return !(
    s.determiners.has(tok.lower) ||
    s.pronouns.has(tok.lower) ||
    s.prepositions.has(tok.lower) ||
    s.skipAdverbs.has(tok.lower) ||
    s.coordinators.has(tok.lower) ||
    s.subordinators.has(tok.lower) ||
    s.auxiliaries.has(tok.lower) ||
    isSubjunctive(lex, tok) ||
    s.objectPronouns.has(tok.lower) ||
    lex.finite.has(tok.lower) ||
    lex.joined.has(tok.lower)
  );
}

/** True for a word that heads a noun phrase: a capitalised word (German) or, in English, a capitalised name. */
export function isHeadWord(tok: Tok, lex: QuoteLexicon): boolean {
  if (!isWord(tok) || !(isCapitalised(tok) || isLowerName(tok) || NUMBER_COMPOUND.test(tok.text))) return false;
  const s = lex.sets;
  return !(s.determiners.has(tok.lower) || s.prepositions.has(tok.lower) || s.subordinators.has(tok.lower) || s.coordinators.has(tok.lower) || s.adverbialNouns.has(tok.lower));
}

/** A noun compounded with a number: "39-Jährige", "17-Jähriger". */
const NUMBER_COMPOUND = /^\p{N}+-\p{Lu}\p{Ll}/u;

/** Names written in lower case: inner capitals ("eBay"), an Arabic article ("al-Dschasira"), or an inner dot ("ver.di", "t-online.de"). */
function isLowerName(tok: Tok): boolean {
  return /^\p{Ll}+-?\p{Lu}/u.test(tok.text) || (tok.text.length >= 5 && /^\p{Ll}[\p{L}\p{N}-]*\.\p{Ll}{2,}$/u.test(tok.text));
}

/** The end of a short quoted name starting at `i` („Bild“, „Neue Zürcher Zeitung“, „Bild“-Zeitung), or -1. */
function quotedName(toks: readonly Tok[], i: number, lim: number): number {
  if (i >= lim || !OPENING.has(toks[i].text)) return -1;
  for (let j = i + 1; j < Math.min(lim, i + 7); j++) {
    if (CLOSING.has(toks[j].text)) {
      if (j === i + 1 || !isCapitalised(toks[i + 1])) return -1;
      let end = j + 1;
      if (end + 1 < lim && toks[end].text === "-" && toks[end].start === toks[j].end && isWord(toks[end + 1])) end += 2;
      return end;
    }
    if (!isWord(toks[j]) && toks[j].text !== "." && toks[j].text !== "-" && toks[j].text !== "&") return -1;
  }
  return -1;
}

/**
 * A capitalised adverb inside a run of capitalised words opens the next
 * sentence, glued to a heading: "Engagement Deutschlands Bereits im Dezember
 * hatte Merkel …" — the phrase ends before "Bereits". A lower-case word must
 * follow, so a surname such as "Lothar Nicht, …" stays a name; a verb of
 * saying or an auxiliary after it makes it a surname too ("Bürgermeister
 * Peter Kurz sagte", "Ursula Gern hat").
 */
export function isGluedAdverb(toks: readonly Tok[], j: number, lex: QuoteLexicon): boolean {
  const tok = toks[j];
  const next = toks[j + 1];
  if (!lex.data.capitalisedNouns || !/^\p{Lu}\p{Ll}/u.test(tok.text) || !lex.sets.skipAdverbs.has(tok.lower)) return false;
  return next !== undefined && isLowerWord(next) && !lex.finite.has(next.lower) && !lex.sets.auxiliaries.has(next.lower);
}

/** Consumes capitalised words, name particles between them, and quoted names; returns the end. */
function head(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): number {
  let j = i;
  for (;;) {
    const quoted = quotedName(toks, j, lim);
    if (quoted > 0) {
      j = quoted;
      continue;
    }
    if (j < lim && isHeadWord(toks[j], lex) && !(j > i && isGluedAdverb(toks, j, lex))) {
      j++;
      continue;
    }
    if (j > i && j < lim && lex.sets.nameParticles.has(toks[j].lower)) {
      let k = j;
      while (k < lim && lex.sets.nameParticles.has(toks[k].lower)) k++;
      if (k < lim && isHeadWord(toks[k], lex) && !lex.sets.determiners.has(toks[j].lower)) {
        j = k;
        continue;
      }
    }
    return j;
  }
}

/** English: the end of a lower-case title before a name ("union leader", "foreign minister" before "Annalena Baerbock"), or `i`. */
function lowerRoleTitle(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): number {
  for (let j = i; j < Math.min(lim, i + 3); j++) {
    if (!isLowerWord(toks[j])) return i;
    if (lex.sets.personRoles.has(toks[j].lower)) return j + 1 < lim && isCapitalised(toks[j + 1]) ? j + 1 : i;
  }
  return i;
}

/** The lower-case nouns after an English possessive ("Britain's prime minister"), stopping at adverbs, auxiliaries and past forms ("Moon's office also praised", "Rossello's party cried foul"). */
function possessedNoun(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): number {
  const s = lex.sets;
  let j = i;
  // A verb after the noun: an auxiliary or modal, a past form, a cue, or a form in -s before "to" ("Israel's intention appears to …").
  const verb = (at: number) => {
    const w = toks[at].lower;
    return s.auxiliaries.has(w) || s.clauseVerbs.has(w) || s.irregularPast.has(w) || /ed$/u.test(w) || lex.finite.has(w) || (/s$/u.test(w) && toks[at + 1]?.lower === "to");
  };
  while (j < lim && j < i + 3 && isLowerWord(toks[j]) && !s.prepositions.has(toks[j].lower) && !s.coordinators.has(toks[j].lower) && !s.determiners.has(toks[j].lower) && !s.skipAdverbs.has(toks[j].lower) && !verb(j)) j++;
  return j;
}

/** English noun phrases may end in lower-case nouns ("the ministry spokesman"); right after the article a cue form is a noun too ("the report", "a statement"). */
function lowerNouns(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): number {
  let j = i;
  while (j < lim && j < i + 3 && isLowerWord(toks[j]) && !lex.sets.prepositions.has(toks[j].lower) && (j === i || !lex.finite.has(toks[j].lower)) && !lex.sets.coordinators.has(toks[j].lower) && !lex.sets.auxiliaries.has(toks[j].lower)) j++;
  return j;
}

/** A short parenthesis after a name: "(SPD)", "(CDU/CSU)", "(42)". Returns its end or -1. */
function parenthesis(toks: readonly Tok[], i: number, lim: number): number {
  if (i >= lim || toks[i].text !== "(") return -1;
  for (let j = i + 1; j < Math.min(lim, i + 8); j++) if (toks[j].text === ")") return j + 1;
  return -1;
}

/**
 * A name or a noun phrase in apposition: ", Hans Meier," / ", der Sprecher
 * des Amtes," (or at the end). Returns the end of the apposition or -1.
 */
function apposition(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): number {
  if (i >= lim || toks[i].text !== ",") return -1;
  const np = nounPhrase(toks, i + 1, lim, lex, false);
  if (!np || (lex.sets.pronouns.has(toks[i + 1].lower) && np.to === i + 2)) return -1;
  let end = np.to;
  // "Mike Brown, Professor an der Universität Bonn,": a role in apposition may take a place after a preposition, since a comma must close it.
  for (let guard = 0; guard < 3 && end < lim && lex.sets.prepositions.has(toks[end].lower); guard++) {
    const place = nounPhrase(toks, end + 1, lim, lex, false);
    if (!place) break;
    end = place.to;
  }
  if (end >= lim || toks[end].text === "," || toks[end].text === "." || toks[end].text === ":") return end;
  return -1;
}

/** True when token j (after the determiner at `i`) is an adverb that qualifies the adjective after it. */
function adjectiveAdverb(toks: readonly Tok[], j: number, i: number, lim: number, lex: QuoteLexicon): boolean {
  if (j === i || !lex.sets.determiners.has(toks[i].lower) || !lex.sets.adjectiveAdverbs.has(toks[j].lower) || j + 1 >= lim) return false;
  return isAdjective(toks[j + 1], lex);
}

/** A participle that closes an extended attribute: "geborene", "überlebende", "inszenierenden". */
const PARTICIPLE = /^\p{Ll}[\p{L}-]*(?:end|en|t)(?:e|en|er|es|em)$/u;
/** Most words an extended attribute may hold before its participle. */
const MAX_ATTRIBUTE_WORDS = 7;

/**
 * An extended participial attribute between a determiner and its noun: "die
 * in New York City geborene Lopez", "Die das Unglück überlebende Alice
 * Kakamara", "der sich selbst als Gegner Thaksins inszenierende
 * Medienunternehmer". It opens with a preposition, a determiner or "sich" and ends in an
 * inflected participle right before a capitalised word; returns the index of
 * that participle, or `j` (the token after the determiner) when there is none.
 */
function extendedAttribute(toks: readonly Tok[], j: number, lim: number, lex: QuoteLexicon): number {
  if (!lex.data.capitalisedNouns || j >= lim) return j;
  // "das auch die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus": a focus particle may stand first.
  const first = lex.sets.focusParticles.has(toks[j].lower) && j + 1 < lim ? j + 1 : j;
  const opener = toks[first].lower;
  if (!(lex.sets.prepositions.has(opener) || lex.sets.determiners.has(opener) || opener === "sich")) return j;
  for (let k = first + 1; k < Math.min(lim - 1, first + MAX_ATTRIBUTE_WORDS + 1); k++) {
    const tok = toks[k];
    if (OPENING.has(tok.text) || CLOSING.has(tok.text)) continue;
    // A label word before a noun is a role ("der sich als Gegner Thaksins inszenierende Unternehmer"), not a clause.
    const role = lex.sets.labelWords.has(tok.lower) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? "");
    if (!isWord(tok) || lex.finite.has(tok.lower) || (lex.sets.subordinators.has(tok.lower) && !role) || lex.sets.coordinators.has(tok.lower)) return j;
    // After a preposition any inflected adjective closes the attribute ("der für die Region zuständige Koordinator").
    const closes = PARTICIPLE.test(tok.text) || (lex.sets.prepositions.has(opener) && ADJECTIVE_ENDING.test(tok.text));
    if (isLowerWord(tok) && closes && isAdjective(tok, lex) && isHeadWord(toks[k + 1], lex)) return k;
  }
  return j;
}

/** The noun phrase starting at token `i` (before `lim`), or null. */
export function nounPhrase(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon, withApposition = true): Range | null {
  if (i >= lim) return null;
  const first = toks[i];
  const next = toks[i + 1];
  const determinerUse = lex.sets.determiners.has(first.lower) && next && i + 1 < lim && (isHeadWord(next, lex) || isAdjective(next, lex) || extendedAttribute(toks, i + 1, lim, lex) > i + 1);
  if (lex.sets.pronouns.has(first.lower) && !determinerUse) return { from: i, to: i + 1 };
  // "de Maizière", "van Gaal": a name that opens with a particle no preposition or article shares.
  if (isLowerWord(first) && lex.sets.nameParticles.has(first.lower) && !lex.sets.prepositions.has(first.lower) && !lex.sets.determiners.has(first.lower) && next && i + 1 < lim && /^\p{Lu}/u.test(next.text)) {
    const name = nounPhrase(toks, i + 1, lim, lex, withApposition);
    if (name) return { from: i, to: name.to };
  }
  if (lex.sets.partitives.has(first.lower) && next && lex.sets.npLinks.has(next.lower) && i + 1 < lim) {
    const whole = nounPhrase(toks, i + 1, lim, lex, withApposition);
    if (whole) return { from: i, to: whole.to };
  }
  // English "analysts said", "officials warned": a plural speaker noun without an article.
  if (!lex.data.capitalisedNouns && lex.sets.bareSpeakers.has(first.lower)) return { from: i, to: attachments(toks, i + 1, lim, lex, withApposition) };
  let j = i;
  if (lex.sets.determiners.has(first.lower)) j = extendedAttribute(toks, i + 1, lim, lex);
  if (j === i + 1 && j + 1 < lim && lex.sets.quantifiers.has(toks[j].lower) && lex.sets.determiners.has(first.lower)) j++;
  while (j < lim && (isAdjective(toks[j], lex) || (toks[j].lower === "so" && /^genannt/u.test(toks[j + 1]?.lower ?? "")) || adjectiveAdverb(toks, j, i, lim, lex))) j++;
  if (j === i && !lex.data.capitalisedNouns) j = lowerRoleTitle(toks, i, lim, lex);
  const headStart = j;
  j = head(toks, j, lim, lex);
  if (headStart === i) j = afterGenitiveName(toks, i, j, lim, lex);
  if (!lex.data.capitalisedNouns && headStart > i) j = lowerNouns(toks, j, lim, lex);
  // "Amnesty International's director": an English possessive name is the determiner of the noun after it.
  if (!lex.data.capitalisedNouns && j > headStart && /['’]s$/u.test(toks[j - 1].text)) j = head(toks, possessedNoun(toks, j, lim, lex), lim, lex);
  if (j === headStart) return headStart > i && AGE_ADJECTIVE.test(toks[headStart - 1].lower) ? { from: i, to: headStart } : null;
  return { from: i, to: attachments(toks, j, lim, lex, withApposition && (headStart === i || headStart === i + 1)) };
}

/**
 * "Mannheims oberster Bürgermeister Peter Kurz", "Deutschlands größter
 * Autobauer": a single name in the genitive stands as the determiner of the
 * phrase after it. Returns the end of that phrase, or `end` (the end of the
 * name) when no adjective and noun follow.
 */
function afterGenitiveName(toks: readonly Tok[], i: number, end: number, lim: number, lex: QuoteLexicon): number {
  if (!lex.data.capitalisedNouns || end !== i + 1 || !/^\p{Lu}\p{Ll}+s$/u.test(toks[i].text)) return end;
  let k = end;
  while (k < lim && isAdjective(toks[k], lex) && !/^\p{N}/u.test(toks[k].text)) k++;
  if (k === end) return end;
  const headEnd = head(toks, k, lim, lex);
  return headEnd > k ? headEnd : end;
}

/** Genitive and "von" attachments, parenthesis and apposition after a noun phrase's head. */
function attachments(toks: readonly Tok[], start: number, lim: number, lex: QuoteLexicon, mayApposition: boolean): number {
  let j = start;
  for (let guard = 0; guard < 6; guard++) {
    const paren = parenthesis(toks, j, lim);
    if (paren > 0) {
      j = paren;
      continue;
    }
    if (j < lim && lex.sets.npLinks.has(toks[j].lower)) {
      const sub = nounPhrase(toks, j + 1, lim, lex, false);
      // "Schnappauf aus Sicherheitsgründen": a phrase of reason is an adverbial, not part of the name.
      const reason = sub !== null && lex.data.adverbialHeadEndings.some((e) => toks[sub.to - 1].lower.endsWith(e));
      if (sub && !reason && !isTime(toks[sub.from], lex) && !lex.sets.pronouns.has(toks[sub.from].lower)) {
        j = sub.to;
        continue;
      }
    }
    if (j < lim && (toks[j].lower === "und" || toks[j].lower === "and") && j + 1 < lim && (isHeadWord(toks[j + 1], lex) || lex.sets.determiners.has(toks[j + 1].lower))) {
      const sub = nounPhrase(toks, j + 1, lim, lex);
      if (sub && !lex.sets.pronouns.has(toks[sub.from].lower)) {
        j = sub.to;
        continue;
      }
    }
    const app = mayApposition ? apposition(toks, j, lim, lex) : -1;
    if (app > 0) {
      j = app;
      continue;
    }
    return j;
  }
  return j;
}

/**
 * "Wenige Stunden nach dem Putsch", "Vergangene Woche", "Diese Woche", "Jeden
 * Montag": a phrase headed by a noun of a stretch or a point of time, an
 * adverbial rather than a subject ("Vergangene Woche kündigte der Minister
 * an, …" — the minister speaks).
 */
export function isTimePhrase(toks: readonly Tok[], np: Range, lex: QuoteLexicon): boolean {
  const head = phraseHead(toks, np, lex);
  return head !== null && (lex.sets.durationNouns.has(head.lower) || isPointOfTime(head, lex));
}

/** A noun of a point or stretch of time that heads an adverbial ("Woche", "Montag", "Montagfrüh"). */
export function isPointOfTime(tok: Tok, lex: QuoteLexicon): boolean {
  return lex.sets.timeHeads.has(tok.lower) || lex.sets.weekdays.has(tok.lower);
}

/** True for a word of time ("Montag", "Sonntagabend", "Januar"). */
export function isTime(tok: Tok, lex: QuoteLexicon): boolean {
  if (lex.sets.timeNouns.has(tok.lower)) return true;
  return /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/u.test(tok.lower);
}

/** The capitalised word that names what a phrase is ("Zeitung" in "der „Bild“-Zeitung", "Sprecher" in "ein Sprecher des Amtes"). */
export function phraseHead(toks: readonly Tok[], range: Range, lex: QuoteLexicon): Tok | null {
  for (let j = range.from; j < range.to; j++) {
    if (j > range.from && lex.sets.npLinks.has(toks[j].lower)) break;
    if (isHeadWord(toks[j], lex) && !lex.sets.determiners.has(toks[j].lower)) {
      let k = j;
      while (k + 1 < range.to && (isHeadWord(toks[k + 1], lex) || CLOSING.has(toks[k + 1].text) || toks[k + 1].text === "-")) k++;
      while (k > j && !isWord(toks[k])) k--;
      return toks[k];
    }
  }
  return null;
}
