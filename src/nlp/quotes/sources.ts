/**
 * Frames that cite a source without a speech verb: "laut X", "X zufolge",
 * "nach Angaben X", "seiner Meinung nach", ", so X", "heißt es", and relative
 * "…, laut dem …".
 */
import { clauseEnd, clauseStart, QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc } from "./context.js";
import type { Frame } from "./frames.js";
import { isAdjective, nounPhrase, type Range } from "./phrase.js";
import { phraseBefore, subjectAfter } from "./position.js";
import { isPersonPhrase } from "./person.js";
import { isWord, type Tok } from "./tokens.js";
import { isSubjunctive } from "./lexicon.js";

/** Length of a multi-word source preposition starting at k ("according to"), or 0. */
export function multiWordSource(toks: readonly Tok[], k: number, preps: ReadonlySet<string>): number {
  for (const p of preps) {
    const words = p.split(" ");
    if (words.length > 1 && words.every((word, i) => toks[k + i]?.lower === word)) return words.length;
  }
  return 0;
}

/** "…, laut dem …", "…, nach denen …": a source preposition with a relative pronoun points to the phrase before the comma. */
function relativeSource(doc: QuoteDoc, toks: Tok[], k: number): Frame | null {
  const rel = toks[k + 1];
  if (k === 0 || !rel || !doc.lex.sets.relativePronouns.has(rel.lower) || !/^[,(–]$/u.test(toks[k - 1].text)) return null;
  if (rel.lower !== "denen" && articleUse(doc, toks, k + 2)) return null;
  // "die Pause, nach der die Borussia stärker wurde": after "nach" the antecedent must say something ("Gerüchte, nach denen …", "eine Klageschrift, nach der …").
  if (toks[k].lower === doc.lex.data.sourceNounPreposition && !antecedentSaysSomething(doc, toks, k - 1)) return null;
  return { type: "source", cue: toks[k].text, cueAt: k, speaker: { from: k + 1, to: k + 2 }, from: k, to: k + 2, verb: null, inverted: false, verbFinal: false, relativeSource: true };
}

/**
 * After "laut dem", "nach dem" the word at `i` shows the pronoun is an article:
 * a noun ("nach dem Anschlag"; not an auxiliary) or an adjective before its
 * noun ("nach dem vierten Jahrestag"). "denen" is never an article.
 */
function articleUse(doc: QuoteDoc, toks: readonly Tok[], i: number): boolean {
  const next = toks[i];
  if (!next) return false;
  if (/^\p{Lu}/u.test(next.text)) return !doc.lex.sets.auxiliaries.has(next.lower);
  return /^\p{Ll}/u.test(next.text) && isAdjective(next, doc.lex) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? "");
}

/** "laut Polizei", "gemäß Angaben des Amtes", "according to the police". */
export function sourcePreposition(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const relative = relativeSource(doc, toks, k);
  if (relative) return relative;
  const len = Math.max(1, multiWordSource(toks, k, doc.lex.sets.sourcePrepositions));
  const next = toks[k + len];
  const bare = next && /^\p{Ll}[\p{L}\p{N}.-]*[.-][\p{L}\p{N}]+$/u.test(next.text) ? { from: k + len, to: k + len + 1 } : null;
  const found = nounPhrase(toks, k + len, toks.length, doc.lex) ?? bare ?? quotedNameAt(toks, k + len);
  // "once per 50 years": a count names no source.
  if (!found || /^\p{N}/u.test(toks[found.from].text)) return null;
  const np = toComma(doc, toks, k, found);
  // "…, according to a report published in The New York Times.": inside an English sentence the phrase must end at punctuation or "that"; else where it ends is unknown.
  const after = toks[np.to];
  const closes = after && (/^[,.;:!?)]$/u.test(after.text) || QUOTE_MARKS.has(after.text) || doc.lex.sets.thatWords.has(after.lower));
  if (!doc.lex.data.capitalisedNouns && k !== 0 && after && !closes) return null;
  return { type: "source", cue: toks.slice(k, k + len).map((t) => t.text).join(" "), cueAt: k, speaker: np, from: k, to: pastRelativeClause(doc, toks, withAddressee(doc, toks, np.to), k !== 0), verb: null, inverted: false, verbFinal: false };
}

/** The most tokens a relative clause between commas may hold after a source phrase. */
const MAX_RELATIVE_CLAUSE = 20;

/**
 * "According to the Washington Post, which first reported the lawsuit, it
 * does not …", "…, according to the Post, which first reported it.": a
 * relative clause right after an English source phrase describes the
 * source; the frame ends after it (at its closing comma, or — for a phrase
 * inside the sentence — at the sentence's end), so the quote is the clause
 * after or before it. Returns the new end, or `at` when no such clause follows.
 */
function pastRelativeClause(doc: QuoteDoc, toks: readonly Tok[], at: number, inside: boolean): number {
  if (doc.lex.data.capitalisedNouns || toks[at]?.text !== "," || !doc.lex.sets.relativePronouns.has(toks[at + 1]?.lower ?? "")) return at;
  for (let j = at + 2; j < Math.min(toks.length, at + 2 + MAX_RELATIVE_CLAUSE); j++) {
    if (toks[j].text === ",") return j;
    if (/^[.;:!?]$/u.test(toks[j].text)) return inside && /^[.!?]$/u.test(toks[j].text) ? j : at;
  }
  return at;
}

/** The most words an English source phrase may run on after its noun phrase to the comma that closes it. */
const MAX_SOURCE_TAIL = 8;

/**
 * "According to a senior official familiar with the matter, the deal is
 * close", "…, according to a report published in The New York Times.":
 * where nouns are lower case, a source phrase runs to the comma after it
 * (or, later in the sentence, to its end) when only words stand between (no
 * verb of a clause), so its adjective and attachments stay in it.
 */
function toComma(doc: QuoteDoc, toks: readonly Tok[], k: number, np: Range): Range {
  if (doc.lex.data.capitalisedNouns) return np;
  for (let j = np.to; j < Math.min(toks.length, np.to + MAX_SOURCE_TAIL); j++) {
    if (toks[j].text === "," || (k !== 0 && /^[.;!?]$/u.test(toks[j].text))) return { from: np.from, to: j };
    if ((!isWord(toks[j]) && toks[j].text !== "'s") || doc.lex.sets.clauseVerbs.has(toks[j].lower) || doc.lex.sets.bareClauseCues.has(toks[j].lower)) return np;
  }
  return np;
}

/** Words that may stand in a quoted name after "laut" ("laut „tagesschau.de“", "laut „Le Monde“"). */
const MAX_QUOTED_NAME = 4;

/** A short quoted name opening at `i` (the marks included), or null. */
export function quotedNameAt(toks: readonly Tok[], i: number): Range | null {
  if (toks[i]?.text !== "„" && toks[i]?.text !== "\"") return null;
  for (let j = i + 2; j < Math.min(toks.length, i + MAX_QUOTED_NAME + 2); j++) if (toks[j].text === "“" || toks[j].text === "\"") return { from: i, to: j + 1 };
  return null;
}

/** "Einem Bericht der Zeitung zufolge". */
export function sourcePostposition(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const np = sourceNounAlone(doc, toks, k) ?? phraseBefore(toks, k, clauseStart(toks, hard, k), doc.lex);
  const speaker = np ?? phraseBefore(toks, k, 0, doc.lex);
  if (!speaker) return null;
  return { type: "source", cue: toks[k].text, cueAt: k, speaker, from: speaker.from, to: k + 1, verb: null, inverted: false, verbFinal: false };
}

/**
 * "ermittelt die Staatsanwaltschaft Medienberichten zufolge": a source noun
 * right before "zufolge", with its adjectives and article, is the whole
 * source — not the subject before it, which the phrase before would join to
 * it. Null when the noun before "zufolge" is no source noun, and where the
 * source phrase is the genitive of a noun before it ("Berichten
 * verschiedener US-Medien zufolge", "der Auswertung der Studien zufolge").
 */
function sourceNounAlone(doc: QuoteDoc, toks: readonly Tok[], k: number): Range | null {
  if (k === 0 || !isListedNoun(toks[k - 1].lower, doc.lex.sets.sourceNouns)) return null;
  // An adjective opening the sentence is capitalised ("Ersten Angaben zufolge"); a word in -en right after a noun is a verb ("starben behördlichen Angaben").
  const adjective = (i: number): boolean => {
    if (i > 0 && /en$/u.test(toks[i].lower) && /\p{Lu}/u.test(toks[i - 1].text) && !doc.lex.sets.determiners.has(toks[i - 1].lower)) return false;
    return isAdjective(toks[i], doc.lex) || (i === 0 && isAdjective({ ...toks[i], text: toks[i].lower }, doc.lex));
  };
  let from = k - 1;
  while (from > 0 && adjective(from - 1)) from--;
  if (from > 0 && doc.lex.sets.determiners.has(toks[from - 1].lower)) from--;
  const genitive = from > 0 && /^\p{Lu}/u.test(toks[from - 1].text) && from < k - 1 && doc.lex.sets.genitiveOpeners.has(toks[from].lower);
  return genitive ? null : { from, to: k };
}

/** "nach Angaben der Polizei", "nach ersten Schätzungen", "nach Polizeiangaben". */
export function sourceNoun(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const lex = doc.lex;
  const relative = relativeSource(doc, toks, k);
  if (relative) return relative;
  let j = k + 1;
  if (j < toks.length && (lex.sets.determiners.has(toks[j].lower) || /s$/u.test(toks[j].text) && /^\p{Lu}/u.test(toks[j].text) && isListedNoun(toks[j + 1]?.lower ?? "", lex.sets.sourceNouns))) j++;
  // "Nach bisher unbestätigten Berichten": an adverb may stand before an adjective.
  const adverbBefore = (i: number) => lex.sets.adjectiveAdverbs.has(toks[i].lower) && !!toks[i + 1] && isAdjective(toks[i + 1], lex);
  while (j < toks.length && (isAdjective(toks[j], lex) || adverbBefore(j))) j++;
  if (j >= toks.length || !isListedNoun(toks[j].lower, lex.sets.sourceNouns)) return null;
  // "nach eigenen Angaben von einem Unfall ausgehen": the source is the subject's own; what follows belongs to the verb.
  const own = toks.slice(k + 1, j).some((t) => lex.sets.ownWords.has(t.lower));
  // "nach kubanischen Aussagen zu Unrecht": only a genitive ("der Polizei", "Russlands") or a "von"/"aus" phrase after the noun names the source.
  const next = toks[j + 1];
  const attached = !!next && (lex.sets.sourceNounLinks.has(next.lower) || (lex.data.capitalisedNouns && /^\p{Lu}\p{L}*(s|['’])$/u.test(next.text)));
  const np = own || !attached ? { from: k + 1, to: j + 1 } : (nounPhrase(toks, k + 1, toks.length, lex) ?? { from: k + 1, to: j + 1 });
  const source = np.to > j + 1 ? { from: j + 1, to: np.to } : np;
  const speaker = lex.sets.prepositions.has(toks[source.from].lower) && source.from + 1 < source.to ? { from: source.from + 1, to: source.to } : source;
  return { type: "source", cue: `${toks[k].text} ${toks[j].text}`, cueAt: k, speaker, from: k, to: withAddressee(doc, toks, np.to), verb: null, inverted: false, verbFinal: false };
}

/** "Nach Angaben der Sprecherin gegenüber dem „Weser-Kurier“ ist …": the addressee after a source phrase belongs to the frame. Returns the new end. */
function withAddressee(doc: QuoteDoc, toks: readonly Tok[], to: number): number {
  if (toks[to]?.lower !== "gegenüber") return to;
  return nounPhrase(toks, to + 1, toks.length, doc.lex)?.to ?? to;
}

/** "seiner Meinung nach", "dem Vernehmen nach", "eigenen Angaben nach": the source phrase stands before "nach". */
export function sourceNounBefore(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  if (k === 0 || !isListedNoun(toks[k - 1].lower, doc.lex.sets.sourceNouns)) return null;
  // "die Sicht nach oben", "der Wunsch nach einem Neubeginn": "nach" with its own object is a preposition, not the postposition of a source.
  const next = toks[k + 1]?.lower ?? "";
  if (doc.lex.sets.determiners.has(next) || doc.lex.sets.directionWords.has(next)) return null;
  const np = phraseBefore(toks, k, clauseStart(toks, hard, k), doc.lex);
  if (!np) return null;
  // "Die seiner Ansicht nach fragwürdige Rolle": the article before belongs to the phrase the opinion qualifies; the frame covers it, the speaker does not.
  const from = np.from > 0 && doc.lex.sets.determiners.has(toks[np.from - 1].lower) ? np.from - 1 : np.from;
  return { type: "source", cue: toks[k].text, cueAt: k, speaker: np, from, to: k + 1, verb: null, inverted: false, verbFinal: false };
}

/** A noun that names something said or written: a source, document, statement, claim or content noun, or a compound ending in one ("Meinungsumfragen", "Klageschrift"). */
export function saysSomething(doc: QuoteDoc, tok: Tok): boolean {
  const s = doc.lex.sets;
  return /^\p{Lu}/u.test(tok.text) && [s.sourceNouns, s.documentNouns, s.statementNouns, s.claimNouns, s.contentNouns].some((nouns) => isListedNoun(tok.lower, nouns));
}

/** How many words before the comma the antecedent of a relative "nach der" may stand ("Meinungsumfragen im Land, nach denen", "eine Klageschrift eingereicht, nach der"). */
const ANTECEDENT_REACH = 5;

/** Whether a noun that says something stands among the last words before the comma at `comma` (not across another comma). */
function antecedentSaysSomething(doc: QuoteDoc, toks: readonly Tok[], comma: number): boolean {
  for (let j = comma - 1; j >= Math.max(0, comma - ANTECEDENT_REACH); j--) {
    if (/^[,;:.!?]$/u.test(toks[j].text)) return false;
    if (saysSomething(doc, toks[j])) return true;
  }
  return false;
}

/** Whether the word is a noun of the list, or a compound ending in one of six letters or more ("Polizeiangaben", "Medienberichten"). */
export function isListedNoun(word: string, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(word)) return true;
  for (const n of nouns) if (n.length >= 6 && word.length > n.length + 2 && word.endsWith(n)) return true;
  return false;
}

/** ", so der Minister." — "so" after a comma, a dash ("– so der Minister –") or a closing quotation mark, followed by a speaker and the end of the clause. */
export function soFrame(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const prev = toks[k - 1];
  if (!prev || !(prev.text === "," || prev.text === "–" || prev.text === "—" || QUOTE_MARKS.has(prev.text))) return null;
  const end = clauseEnd(toks, hard, k + 1);
  const np = subjectAfter(toks, k + 1, end, doc.lex);
  if (!np || np.from > k + 3) return null;
  const rest = toks.slice(np.to, end).filter((t) => !doc.lex.sets.skipAdverbs.has(t.lower) && isWord(t));
  if (rest.length > 3 && !prepositionalTail(doc, toks, np.to, end)) return null;
  return { type: "so", cue: toks[k].text, cueAt: k, speaker: np, from: k, to: end, verb: null, inverted: true, verbFinal: false };
}

/** ", so der Schriftsteller X in einem Blogeintrag auf der Website der Zeitung „…“, …": only prepositional phrases (and adverbs) follow the speaker up to `end`. */
function prepositionalTail(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): boolean {
  const s = doc.lex.sets;
  let j = from;
  while (j < end) {
    if (s.skipAdverbs.has(toks[j].lower)) j++;
    else if (s.prepositions.has(toks[j].lower)) {
      const np = nounPhrase(toks, j + 1, end, doc.lex);
      if (!np) return false;
      j = np.to;
    } else return false;
  }
  return true;
}

/** Whether an impersonal cue ("heißt es") starts at token k. */
export function isImpersonal(toks: readonly Tok[], k: number, cues: ReadonlySet<string>): boolean {
  for (const cue of cues) {
    const words = cue.split(" ");
    if (words.every((word, i) => toks[k + i]?.lower === word)) return true;
  }
  return false;
}

/** "In einer Erklärung heißt es", "hieß es aus Regierungskreisen": the speaker is the source phrase. */
export function impersonal(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame {
  const lex = doc.lex;
  const from = clauseStart(toks, hard, k);
  const to = clauseEnd(toks, hard, k + 2);
  let speaker: Range | null = null;
  for (let j = from; j < to && !speaker; j++) {
    if (j >= k && j < k + 2) continue;
    if (lex.sets.impersonalSourcePrepositions.has(toks[j].lower)) speaker = nounPhrase(toks, j + 1, to, lex);
  }
  const cueLen = isImpersonal(toks, k, new Set(["hatte es geheißen", "hat es geheißen"])) ? 3 : 2;
  const opening = speaker ? null : openingSource(doc, toks, from);
  const start = opening ? 0 : from;
  return { type: "impersonal", cue: toks.slice(k, k + cueLen).map((t) => t.text).join(" "), cueAt: k, speaker: speaker ?? opening, from: start, to: Math.max(to, speaker?.to ?? 0), verb: null, inverted: toks[start - 1]?.text === ",", verbFinal: false };
}

/**
 * "In der Vorabversion des Berichts, der im Netz steht, heißt es, …", "In
 * einer Erklärung, die am Mittwoch erschien, wurde verkündet, …": a relative
 * clause cuts the source phrase that opens the sentence off from the cue; the
 * phrase after the opening preposition is the source when only a relative
 * clause stands between it and the cue's clause.
 */
export function openingSource(doc: QuoteDoc, toks: readonly Tok[], from: number): Range | null {
  const lex = doc.lex;
  if (from < 3 || toks[from - 1].text !== "," || !lex.sets.impersonalSourcePrepositions.has(toks[0].lower)) return null;
  const np = nounPhrase(toks, 1, from, lex);
  if (!np || toks[np.to]?.text !== ",") return null;
  // The relative pronoun may follow a preposition ("In einer Stellungnahme, auf die sich Medien berufen, wird …").
  const relative = lex.sets.prepositions.has(toks[np.to + 1]?.lower ?? "") ? np.to + 2 : np.to + 1;
  return lex.sets.relativePronouns.has(toks[relative]?.lower ?? "") ? np : null;
}

/**
 * "Für den Theologen Hans Küng sei der Rücktritt „…“": a sentence that opens
 * with "für" and a person, followed by a verb of being, gives that person's
 * view. Only at the start of the sentence (after conjunctions), only for a
 * person or organisation ("Für die Lage ist …" is no one's view), and only
 * with the verb in the subjunctive or words in quotation marks after it: "Für
 * Joly bedeutet dies eine Niederlage" is the writer's statement (none of the
 * seven indicative sentences without a quotation in the Wikinews data is
 * annotated as the person's words).
 */
export function opinionFrame(doc: QuoteDoc, toks: Tok[], k: number): Frame | null {
  const lex = doc.lex;
  for (let j = 0; j < k; j++) if (!lex.sets.coordinators.has(toks[j].lower)) return null;
  const np = nounPhrase(toks, k + 1, toks.length, lex);
  const verb = np ? toks[np.to] : undefined;
  if (!np || !verb || !lex.sets.opinionVerbs.has(verb.lower) || !isPersonPhrase(doc, toks, np)) return null;
  // "Für Joly bedeutet dies eine herbe Niederlage": in the indicative the writer states a fact about X, unless X's words are quoted.
  const quoted = doc.pairs.some((p) => p.start >= verb.end && p.start < toks[toks.length - 1].end);
  if (!isSubjunctive(lex, verb) && !quoted) return null;
  return { type: "source", cue: toks[k].text, cueAt: k, speaker: np, from: k, to: np.to, verb: null, inverted: false, verbFinal: false };
}
