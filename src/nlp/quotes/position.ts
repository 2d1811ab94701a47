/**
 * Noun phrases found by where they stand in a clause: the subject after a
 * cue verb (past adverbs, prepositional phrases and dative addressees), after
 * adverbials in first position, the phrase filling the first position before
 * the verb, and the phrase right before a postposition ("… zufolge").
 */
import type { QuoteLexicon } from "./lexicon.js";
import { CLOSING, isAdjective, isTimePhrase, isHeadWord, isPointOfTime, isTime, nounPhrase, OPENING, phraseHead, type Range } from "./phrase.js";
import { isCapitalised, isLowerWord, isWord, type Tok } from "./tokens.js";

/** Sentence-initial capitalised words with these endings are adverbs, not names ("Relativierend", "Möglicherweise", "Aktuell", "Monatelang"). */
const ADVERB_ENDING = /(?:end|lich|weise|mals|isch|ell|iv|erweise|elang|eslang|rlang)$/u;

/** Whether a lower-cased word at the start of a sentence is an adverb by its ending ("möglicherweise", "monatelang"). */
export function isOpeningAdverb(lower: string): boolean {
  return ADVERB_ENDING.test(lower);
}

/**
 * The speaker after a cue verb: skips adverbs, object pronouns, prepositional
 * phrases, time words and dative addressees ("sagte dem Sender", "sagte der
 * Zeitung") and returns the first noun phrase left.
 */
export function subjectAfter(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): Range | null {
  const s = lex.sets;
  let j = i;
  while (j < lim) {
    const t = toks[j];
    if (isAdverbInside(t, lex) || s.objectPronouns.has(t.lower) || t.lower === "gegenüber" || t.lower === "es" || isTime(t, lex)) {
      j++;
      continue;
    }
    if (s.prepositions.has(t.lower)) {
      const sub = nounPhrase(toks, j + 1, lim, lex);
      j = sub ? sub.to : j + 1;
      continue;
    }
    const np = nounPhrase(toks, j, lim, lex);
    if (!np || s.negativeDeterminers.has(t.lower)) return null;
    if (isAddressee(toks, np, lex) || s.accusativeDeterminers.has(t.lower)) {
      j = np.to;
      continue;
    }
    const split = addresseeHead(toks, np, lex);
    if (split > 0) {
      j = split;
      continue;
    }
    return withoutTrailingTime(toks, withoutTrailingAddressee(toks, np, lex), lex);
  }
  return null;
}

/**
 * An adverb inside a clause, not opening it ("sagte weiter der Minister"). In
 * German a capitalised word there is a name, not the adverb it is spelt like:
 * "sagte Kurz", "so Scharf", "Auch Kurz erklärte" (the surnames of Sebastian
 * Kurz and Bernhard Scharf are "kurz" and "scharf" in lower case).
 */
function isAdverbInside(t: Tok, lex: QuoteLexicon): boolean {
  return lex.sets.skipAdverbs.has(t.lower) && !(lex.data.capitalisedNouns && isCapitalised(t));
}

/** "die BBC Mittwochfrüh", "ein Sprecher der Polizei Montag": a word of time after the phrase is an adverbial of the clause, not part of the speaker. */
function withoutTrailingTime(toks: readonly Tok[], np: Range, lex: QuoteLexicon): Range {
  let to = np.to;
  const s = lex.sets;
  // Not the noun of a time phrase of its own ("vom Montag", "this week", "diese Woche", "last week").
  const attached = (t: Tok) => s.prepositions.has(t.lower) || s.determiners.has(t.lower) || s.demonstratives.has(t.lower) || isAdjective(t, lex);
  while (to - 1 > np.from && isPointOfTime(toks[to - 1], lex) && !attached(toks[to - 2])) to--;
  return to === np.to ? np : { ...np, to };
}

/** A role noun that names its field itself ("Polizeisprecher", "Regierungssprecherin"): a media phrase after it is no genitive of it. */
function isCompoundRole(word: string, lex: QuoteLexicon): boolean {
  for (const role of lex.sets.personRoles) if (role.length >= 5 && word.length > role.length + 2 && (word.endsWith(role) || word.endsWith(`${role}in`))) return true;
  return false;
}

/**
 * The speaker phrase without a dative addressee run together with its end:
 * "ein Sprecher der Polizei der Deutschen Presse-Agentur", "Verdi-Chef Frank
 * Werneke der „Süddeutschen Zeitung“", "der Minister dem Sender". A media
 * phrase after "dem", after a complement of its own, after a name without
 * article or after a role that names its field ("ein Polizeisprecher der
 * Zeitung") is no genitive of the speaker; "ein Sprecher der Zeitung" keeps it.
 */
function withoutTrailingAddressee(toks: readonly Tok[], np: Range, lex: QuoteLexicon): Range {
  const named = !lex.sets.determiners.has(toks[np.from].lower);
  // After a name of one word the media phrase may follow at once ("sagte Throm der Nachrichtenagentur dpa").
  for (let k = np.from + (named ? 1 : 2); k < np.to - 1; k++) {
    const det = toks[k].lower;
    if ((det !== "der" && det !== "dem") || lex.sets.prepositions.has(toks[k - 1].lower)) continue;
    const media = nounPhrase(toks, k, np.to, lex);
    if (!media || media.to !== np.to || !isAddressee(toks, media, lex)) continue;
    const complementBefore = toks.slice(np.from + 1, k).some((t) => t.lower === "der" || t.lower === "des" || t.lower === "von");
    if (det === "dem" || complementBefore || named || isCompoundRole(toks[k - 1].lower, lex)) return { from: np.from, to: k };
  }
  return np;
}

/**
 * The object after a verb whose object is the speaker ("zitiert einen
 * Augenzeugen mit den Worten", "zitierte dazu Néstor Kirchner"): skips
 * adverbs, time words and prepositional phrases and returns the first noun
 * phrase left, whatever its case.
 */
export function objectAfter(toks: readonly Tok[], i: number, lim: number, lex: QuoteLexicon): Range | null {
  const s = lex.sets;
  let j = i;
  while (j < lim) {
    const t = toks[j];
    if (isAdverbInside(t, lex) || t.lower === "es" || isTime(t, lex)) j++;
    else if (s.prepositions.has(t.lower)) j = nounPhrase(toks, j + 1, lim, lex)?.to ?? j + 1;
    else return nounPhrase(toks, j, lim, lex);
  }
  return null;
}

/** "der Zeitung Verdi-Chef Frank Werneke": a dative addressee noun run together with the speaker after it; returns where the speaker starts, or -1. */
function addresseeHead(toks: readonly Tok[], np: Range, lex: QuoteLexicon): number {
  const det = toks[np.from].lower;
  const noun = toks[np.from + 1];
  if (!(det === "der" || det === "den") || !noun || np.to <= np.from + 2 || !isHeadWord(toks[np.from + 2], lex)) return -1;
  return lex.sets.addresseeNouns.has(noun.lower) ? np.from + 2 : -1;
}

/** A dative phrase after a cue verb: "dem Sender", "den Journalisten", "der Zeitung". */
export function isAddressee(toks: readonly Tok[], np: Range, lex: QuoteLexicon): boolean {
  const det = toks[np.from].lower;
  if (det === "dem" || det === "einem") return true;
  const headTok = phraseHead(toks, np, lex);
  const noun = headTok ? headTok.lower : "";
  const media = lex.sets.addresseeNouns.has(noun) || [...lex.sets.addresseeNouns].some((n) => n.length > 4 && noun.endsWith(n));
  return media && (det === "der" || det === "den" || det === "to");
}

/**
 * The subject of a main clause whose first position (from `j`) holds
 * adverbials: "In seiner Stellungnahme befand der Premierminister …", "Als
 * ein Fluggast zu Hilfe eilte, biss der Randalierer …". Skips prepositional
 * phrases, adverbs and numbers, or a subordinate clause up to its comma, and
 * returns the subject after the finite verb that follows; null when the first
 * position holds no adverbial or no verb follows it.
 */
export function subjectAfterAdverbials(toks: readonly Tok[], j: number, lim: number, lex: QuoteLexicon): Range | null {
  const s = lex.sets;
  if (j >= lim) return null;
  let k = j;
  if (s.subordinators.has(toks[j].lower)) {
    while (k < lim && toks[k].text !== ",") k++;
    k++;
  } else {
    while (k < lim) {
      const w = toks[k].lower;
      if ((s.skipAdverbs.has(w) && !s.pronouns.has(w)) || /^\p{N}/u.test(w) || isTime(toks[k], lex)) k++;
      else if (s.prepositions.has(w) && !s.determiners.has(w)) k = nounPhrase(toks, k + 1, lim, lex)?.to ?? k + 1;
      else break;
    }
  }
  if (k === j || k >= lim) return null;
  const verb = toks[k];
  if (!isLowerWord(verb) || s.determiners.has(verb.lower) || s.prepositions.has(verb.lower) || s.coordinators.has(verb.lower) || s.subordinators.has(verb.lower) || s.pronouns.has(verb.lower)) return null;
  return subjectAfter(toks, k + 1, lim, lex);
}

/**
 * The speaker before a verb in second position ("Der Minister sagte",
 * "Auch die Sprecherin des Amtes, Eva Roth, erklärte"): the noun phrase that
 * fills the whole first position. Null when that position holds something
 * else (an adverb, a prepositional phrase): then the speaker follows the verb.
 */
export function subjectBefore(toks: readonly Tok[], from: number, verb: number, lex: QuoteLexicon): Range | null {
  const s = lex.sets;
  let j = from;
  while (j < verb && (s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  if (j >= verb) return null;
  const first = toks[j].lower;
  // "Auch Kurz erklärte": after a word, a capitalised adverb's spelling is a name's ("Kurz darauf erklärte er" opens the sentence).
  const adverb = s.skipAdverbs.has(first) && !s.pronouns.has(first) && (j === 0 || !isWord(toks[j - 1]) || isAdverbInside(toks[j], lex));
  if (s.subordinators.has(first) || (s.prepositions.has(first) && !s.determiners.has(first)) || adverb) return null;
  if (j === 0 && isOpeningAdverb(first) && (j + 1 >= verb || !isHeadWord(toks[j + 1], lex))) return null;
  const np = nounPhrase(toks, j, verb, lex);
  if (!np || lex.sets.accusativeDeterminers.has(toks[np.from].lower) || isObliqueDer(toks, np, lex)) return null;
  if (isTimePhrase(toks, np, lex)) return null;
  let k = np.to;
  while (k < verb && s.prepositions.has(toks[k].lower)) {
    const pp = nounPhrase(toks, k + 1, verb, lex);
    if (!pp) break;
    k = pp.to;
  }
  if (k === verb) return np;
  const between = toks.slice(k, verb).map((t) => t.lower);
  if (between.length === 1 && (between[0] === "," || s.coordinators.has(between[0]))) return np;
  if (between.every((w) => s.skipAdverbs.has(w) || s.focusParticles.has(w))) return np;
  return null;
}

/** "Einige vertreten die Auffassung, …": a partitive pronoun standing alone (a lower-case word, the verb, follows) is a subject. */
export function partitiveAlone(toks: readonly Tok[], j: number, lex: QuoteLexicon): Range | null {
  return lex.sets.partitives.has(toks[j].lower) && /^\p{Ll}/u.test(toks[j + 1]?.text ?? "") ? { from: j, to: j + 1 } : null;
}

/**
 * "der englisch-sprachigen Zeitung": after "der" an adjective in -en marks
 * the dative or genitive (the nominative is "der englische Verlag"), so the
 * phrase cannot be the subject.
 */
export function isObliqueDer(toks: readonly Tok[], np: Range, lex: QuoteLexicon): boolean {
  const adj = toks[np.from + 1];
  return toks[np.from].lower === "der" && adj !== undefined && np.to > np.from + 2 && isAdjective(adj, lex) && /^\p{Ll}[\p{L}-]*en$/u.test(adj.text);
}

/** A conjunction, focus particle or adverb at the start of a sentence, capitalised there ("Auch dem Sender zufolge"). */
function isParticle(tok: Tok, lex: QuoteLexicon): boolean {
  const s = lex.sets;
  return s.focusParticles.has(tok.lower) || s.coordinators.has(tok.lower) || (s.skipAdverbs.has(tok.lower) && !s.determiners.has(tok.lower));
}

/** The noun phrase that ends right before token `end` ("Angaben der Polizei" before "zufolge"), or null. */
export function phraseBefore(toks: readonly Tok[], end: number, lim: number, lex: QuoteLexicon): Range | null {
  const s = lex.sets;
  let j = end;
  while (j > lim) {
    const t = toks[j - 1];
    const fits =
      isHeadWord(t, lex) ||
      s.determiners.has(t.lower) ||
      isAdjective(t, lex) ||
      OPENING.has(t.text) ||
      CLOSING.has(t.text) ||
      t.text === "-" ||
      t.text === "(" ||
      t.text === ")" ||
      (s.npLinks.has(t.lower) && j < end);
    if (!fits) break;
    j--;
    // "Das Fleisch sollte den Berichten zufolge": before an article, only a noun that the phrase is the genitive of goes on with it.
    if (s.determiners.has(t.lower) && j > lim && !isHeadWord(toks[j - 1], lex) && !s.npLinks.has(toks[j - 1].lower)) break;
  }
  while (j < end && (!(isHeadWord(toks[j], lex) || s.determiners.has(toks[j].lower) || isAdjective(toks[j], lex) || OPENING.has(toks[j].text)) || (isParticle(toks[j], lex) && j + 1 < end))) j++;
  if (j >= end) return null;
  const hasHead = toks.slice(j, end).some((t) => isHeadWord(t, lex));
  return hasHead ? { from: j, to: end } : null;
}
