/**
 * Direct quotes that stand as a sentence (or several) of their own: the
 * quotation marks hold the statement, and a frame next to them names the
 * speaker — after the closing mark ("„…“, sagte sie.", "„…“, so der
 * Minister."), before the opening one ("Er sagte: „…“"), or a bare speaker
 * before a colon ("Merkel: „…“"). Quotes without a frame take the speaker of
 * the quote before them later (see ./context-speaker.ts).
 */
import { QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc, Sentence } from "./context.js";
import { sentenceAt } from "./context.js";
import type { Frame } from "./frames.js";
import { speakerOf, type Found } from "./found.js";
import type { QuotePair } from "./marks.js";
import { personAfterThing } from "./person.js";
import { isAdjective, nounPhrase, phraseHead, type Range } from "./phrase.js";
import { subjectAfter } from "./position.js";
import { afterNamingNoun, isForeignTitle, isSubtitledTitle, namedByContext } from "./title.js";
import { isWord, type Tok } from "./tokens.js";

const GLUE = new Set([",", "–", "—", "-"]);
/** Quotes without any frame must have at least this many words to count, unless they are a spoken sentence of their own. */
const MIN_WORDS_UNFRAMED = 4;
/** The fewest words of a whole spoken sentence in quotation marks ("„Die Impfstoffe wirken.“"). */
const MIN_WORDS_SENTENCE = 2;

/** Inner quote text that is a sentence of its own: capitalised, closed by its own full stop, question or exclamation mark ("Die Impfstoffe wirken."); a title has none. */
function isSpokenSentence(inner: string, words: number): boolean {
  return words >= MIN_WORDS_SENTENCE && /^\p{Lu}/u.test(inner) && /[.!?…]$/u.test(inner);
}

export interface DirectResult {
  quotes: Found[];
  /** Frames that introduced a direct quote (indirect speech does not use them again). */
  used: Set<Frame>;
  /** Pairs embedded in a sentence: candidates for partial quotes. */
  embedded: QuotePair[];
}

/** Finds direct quotes that fill their sentence, with their frames. */
export function findDirect(doc: QuoteDoc, frames: ReadonlyMap<Sentence, Frame[]>): DirectResult {
  const result: DirectResult = { quotes: [], used: new Set(), embedded: [] };
  const chained = new Set<QuotePair>();
  for (const chain of quoteChains(doc)) {
    const found = directQuote(doc, frames, spanOf(chain), result.used, true);
    if (!found) continue;
    for (const pair of chain) {
      chained.add(pair);
      result.quotes.push({ ...found, start: pair.start, end: pair.end });
    }
  }
  for (const pair of doc.pairs) {
    if (chained.has(pair)) continue;
    const found = directQuote(doc, frames, pair, result.used);
    if (found) result.quotes.push(found);
    else result.embedded.push(pair);
  }
  result.quotes.sort((a, b) => a.start - b.start);
  return result;
}

/** Whether the text between two quotations joins them into one statement of one frame: a comma or a joiner word ("„…“ und „…“, sagte sie"). */
function joinsQuotes(doc: QuoteDoc, between: string): boolean {
  const word = between.trim().toLowerCase();
  return word === "," || doc.lex.sets.quoteJoiners.has(word);
}

/**
 * Runs of quotations joined by "und", "oder" or a comma only ("„Wir sind
 * zufrieden“ und „Das übertrifft unsere Erwartungen. Wir danken allen“,
 * sagte der Bürgermeister."): one frame speaks for all of them, though the
 * sentence splitter may cut inside one, so each alone has words before or
 * after it that are no frame.
 */
function quoteChains(doc: QuoteDoc): QuotePair[][] {
  const chains: QuotePair[][] = [];
  let run: QuotePair[] = [];
  for (const pair of doc.pairs) {
    const prev = run[run.length - 1];
    if (prev && !prev.open && pair.start >= prev.end && joinsQuotes(doc, doc.text.slice(prev.end, pair.start))) run.push(pair);
    else {
      if (run.length > 1) chains.push(run);
      run = [pair];
    }
  }
  if (run.length > 1) chains.push(run);
  return chains;
}

/** A chain as one pair: from the first opening mark to the last closing one. */
function spanOf(chain: readonly QuotePair[]): QuotePair {
  const first = chain[0];
  const last = chain[chain.length - 1];
  return { start: first.start, end: last.end, innerStart: first.innerStart, innerEnd: last.innerEnd, open: last.open };
}

/**
 * The direct quote a pair (or chain) makes with its frame, or null when it is
 * embedded in a sentence of the writer's. Frames it uses go into `used`. A
 * chain framed on both sides ("Sie sagte: „…“ und „…“, ergänzte er.") may be
 * two speakers' words: `oneFrame` rejects it, and its quotes are read one by one.
 */
function directQuote(doc: QuoteDoc, frames: ReadonlyMap<Sentence, Frame[]>, pair: QuotePair, used: Set<Frame>, oneFrame = false): Found | null {
  const first = sentenceAt(doc, pair.start);
  const last = sentenceAt(doc, Math.max(pair.start, pair.end - 1));
  if (!first || !last) return null;
  const before = first.toks.filter((t) => t.end <= pair.start && t.start >= first.start);
  const afterFrom = last.toks.findIndex((t) => t.start >= pair.end);
  const after = afterFrom < 0 ? [] : last.toks.slice(afterFrom);
  const ledByWords = withWordsBefore(first.toks, before.length);
  const post = frameAfter(frames.get(last) ?? [], last.toks, afterFrom, pair) ?? genericFrameAfter(doc, last.toks, afterFrom, pair, ledByWords);
  const framedBefore = frameBefore(frames.get(first) ?? [], first.toks, before.length, pair);
  if (oneFrame && post && framedBefore) return null;
  const pre = post ? null : framedBefore;
  const preFull = before.length === 0 || (pre !== null && pre.full) || colonSpeaker(doc, first.toks, before.length) !== null || (ledByWords && post !== null);
  const postFull = after.every((t) => !isWord(t)) || post !== null;
  const inner = doc.text.slice(pair.innerStart, pair.innerEnd).trim();
  const words = wordCount(inner);
  if (isForeignTitle(doc, inner) || isSubtitledTitle(doc, inner) || afterNamingNoun(doc, before) || namesNounBefore(doc, before, inner) || namedByContext(doc, first, pair) || !preFull || !postFull || (!post && !pre && words < MIN_WORDS_UNFRAMED && !isSpokenSentence(inner, words) && !colonSpeaker(doc, first.toks, before.length))) {
    return null;
  }
  const named = post ? namedFrameBefore(doc, framedBefore?.frame ?? null, first.toks, { frame: post, toks: last.toks }) : null;
  const frame = named ?? post ?? (pre ? (asFrameBefore(frames.get(first) ?? [], pre.frame) ?? pre.frame) : null);
  if (frame) used.add(frame);
  if (post) used.add(post);
  const sentence = post && frame === post ? last : first;
  const speakerRange = frame?.speaker ?? (reportsBeforeColon(doc, before) ? null : colonSpeaker(doc, first.toks, before.length));
  return {
    start: pair.start,
    end: pair.end,
    kind: "direct",
    cue: frame?.cue ?? null,
    speaker: speakerOf(doc, sentence.toks, speakerRange),
    source: speakerOf(doc, sentence.toks, frame?.source ?? null),
    lastMention: named && post ? speakerOf(doc, last.toks, post.speaker) : null,
    by: "direct",
  };
}

/**
 * "warnt vor der Schlankheitspille „Reduce Weight Fruta Planta“": capitalised
 * words without sentence punctuation right after an article (and adjectives)
 * and a noun name that noun; they are no statement.
 */
function namesNounBefore(doc: QuoteDoc, before: readonly Tok[], inner: string): boolean {
  const noun = before[before.length - 1];
  if (!doc.lex.data.capitalisedNouns || !noun || !/^\p{Lu}\p{Ll}/u.test(noun.text) || /[.!?…]$/u.test(inner)) return false;
  let j = before.length - 2;
  while (j >= 0 && isAdjective(before[j], doc.lex)) j--;
  if (j < 0 || !doc.lex.sets.determiners.has(before[j].lower)) return false;
  const words = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * "Halima Jouini sagte dazu: „…“, betont sie.": a quote framed on both sides
 * takes the frame before it when the frame after it has only a pronoun for
 * the speaker and the frame before names one. That frame, or null.
 */
function namedFrameBefore(doc: QuoteDoc, pre: Frame | null, toks: readonly Tok[], post: { frame: Frame; toks: readonly Tok[] }): Frame | null {
  const isPronoun = (t: readonly Tok[], r: Range | null) => r !== null && r.to === r.from + 1 && doc.lex.sets.pronouns.has(t[r.from].lower);
  if (!post.frame.speaker || !isPronoun(post.toks, post.frame.speaker)) return null;
  return pre?.type === "verb" && pre.speaker && !isPronoun(toks, pre.speaker) ? pre : null;
}

/**
 * "Queensland sei Neuseeland zu Dank verpflichtet: „…“": a clause in the
 * Konjunktiv I before the colon is itself reported speech, so its subject is
 * what is talked about, not who talks; the quote takes the speaker of the
 * reported speech it continues (left to ./resolve.ts).
 */
function reportsBeforeColon(doc: QuoteDoc, before: readonly Tok[]): boolean {
  if (before[before.length - 1]?.text !== ":") return false;
  // The main clause only: a subjunctive after a comma or subordinator ("warnte, wenn die Hilfe nicht fortgesetzt werde: „…“") is the cue's content.
  const s = doc.lex.sets;
  const main = before.findIndex((t) => t.text === "," || s.subordinators.has(t.lower));
  return before.slice(0, main < 0 ? before.length : main).some((t) => s.unmistakableSubjunctive.has(t.lower));
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A frame right after the closing mark: only commas or dashes between, and the frame does not name the quote itself. */
function frameAfter(frames: readonly Frame[], toks: readonly Tok[], afterFrom: number, pair: QuotePair): Frame | null {
  if (afterFrom < 0) return null;
  for (const f of frames) {
    // '"Yes. No worries," Smith said': the clause of a frame after a short quote begun in the sentence before may open at its closing mark.
    if (f.from < afterFrom && !toks.slice(f.from, afterFrom).every((t) => QUOTE_MARKS.has(t.text) && t.start >= pair.innerEnd)) continue;
    const gap = toks.slice(afterFrom, f.from);
    if (!gap.every((t) => GLUE.has(t.text))) continue;
    if (f.type === "source" && f.speaker && toks[f.speaker.from].start < pair.end) continue;
    if (f.type === "verb" && !f.inverted && f.speaker && f.speaker.from < afterFrom) continue;
    return f;
  }
  return null;
}

/** Words of a quote after which any verb opening the next clause is taken for a speech verb. */
const MIN_WORDS_GENERIC = 4;
/** A clause after a generic verb may hold a few more words (adverbials, a particle) after the speaker. */
const MAX_TAIL_WORDS = 4;

/**
 * „…“, strich Romney heraus. — after a statement-length quote, a lower-case
 * verb that opens the next clause followed by a speaker is a frame even when
 * the verb is not in the lexicon; so is one after "mit diesen Worten" („…“,
 * mit diesen Worten meldete er sich zurück), with any words after the speaker.
 */
function genericFrameAfter(doc: QuoteDoc, toks: readonly Tok[], afterFrom: number, pair: QuotePair, ledByWords = false): Frame | null {
  if (afterFrom < 0 || wordCount(doc.text.slice(pair.innerStart, pair.innerEnd)) < MIN_WORDS_GENERIC) return null;
  const s = doc.lex.sets;
  let j = afterFrom;
  while (j < toks.length && GLUE.has(toks[j].text)) j++;
  const words = withWords(toks, j);
  j += words;
  const verb = toks[j];
  if (!verb || !/^\p{Ll}{3,}$/u.test(verb.text)) return null;
  for (const set of [s.determiners, s.prepositions, s.coordinators, s.subordinators, s.pronouns, s.skipAdverbs, s.auxiliaries, s.objectPronouns]) if (set.has(verb.lower)) return null;
  let end = j + 1;
  while (end < toks.length && !/^[,;:.!?]$/u.test(toks[end].text)) end++;
  const speaker = subjectAfter(toks, j + 1, end, doc.lex);
  if (!speaker || speaker.from > j + 3) return null;
  const tail = toks.slice(speaker.to, end).filter((t) => isWord(t));
  if (tail.length > MAX_TAIL_WORDS && words === 0 && !ledByWords) return null;
  return { type: "verb", cue: verb.text, cueAt: j, speaker, from: j, to: end, verb: null, inverted: true, verbFinal: false };
}

/** "mit diesen Worten": names the quote before it as what the clause's subject said. */
const WITH_WORDS = /^mit (?:diesen|den|folgenden|seinen|ihren) worten$/u;

/**
 * "Mit den Worten „…“ richtete er den Blick …": "mit … Worten" right before
 * the quote, opening its clause (at the sentence start or after a colon), so
 * that the verb and subject after the quote frame it.
 */
function withWordsBefore(toks: readonly Tok[], beforeCount: number): boolean {
  const j = beforeCount - 3;
  return j >= 0 && withWords(toks, j) === 3 && (j === 0 || toks[j - 1].text === ":");
}

/** Tokens of "mit diesen Worten" starting at j (then any verb after it frames the quote), or 0. */
function withWords(toks: readonly Tok[], j: number): number {
  return j + 2 < toks.length && WITH_WORDS.test(toks.slice(j, j + 3).map((t) => t.lower).join(" ")) ? 3 : 0;
}

/**
 * "Wie der Minister erklärte, sieht die Regierung im Gesetz „…“": a "wie X
 * erklärte" frame earlier in the sentence names the one quoted, not the
 * subject of the verb that introduces the quote.
 */
function asFrameBefore(frames: readonly Frame[], verb: Frame): Frame | null {
  if (verb.type !== "verb") return null;
  return frames.find((f) => f.type === "as" && f.speaker !== null && f.to <= verb.from) ?? null;
}

/** A frame right before the opening mark, joined by a colon or comma; `full` when nothing else precedes it in the sentence. A frame in the subjunctive ("Es drohe „…“") is part of reported speech and frames nothing. */
function frameBefore(frames: readonly Frame[], toks: readonly Tok[], beforeCount: number, pair: QuotePair): { frame: Frame; full: boolean } | null {
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.embedded || f.to > beforeCount || toks[f.cueAt].start >= pair.start) continue;
    const gap = toks.slice(f.to, beforeCount).map((t) => t.text);
    if (gap.length > 1 || (gap.length === 1 && gap[0] !== ":" && gap[0] !== ",")) continue;
    if (gap.length === 0 && f.type !== "verb") continue;
    return { frame: mainFrameOf(frames, f), full: true };
  }
  return null;
}

/**
 * "Auf der Homepage heißt es zur Begründung, warum man sich dafür entschieden
 * hat: „…“": a frame whose verb ends a subordinate clause after another frame
 * belongs to what that frame is about; the frame before it speaks.
 */
function mainFrameOf(frames: readonly Frame[], f: Frame): Frame {
  if (!f.verbFinal) return f;
  return frames.findLast((g) => g !== f && !g.embedded && !g.verbFinal && g.speaker !== null && g.to <= f.from) ?? f;
}

/**
 * The speaker of a clause that ends in a colon right before the quote:
 * "Merkel: „…“", "Der Minister nach der Sitzung: „…“", "Die Firma sieht das
 * anders: „…“", "Als Begründung nannte ein Sprecher: „…“". The subject is the
 * noun phrase opening the sentence, or the first one after the verb when the
 * sentence opens with an adverbial.
 */
function colonSpeaker(doc: QuoteDoc, toks: readonly Tok[], beforeCount: number): Range | null {
  const speaker = colonSubject(doc, toks, beforeCount);
  const head = speaker ? phraseHead(toks, speaker, doc.lex) : null;
  return head && doc.lex.sets.wordingNouns.has(head.lower) ? wordingPlace(doc, toks, clauseStartBefore(toks, beforeCount - 1), beforeCount - 1, speaker) : speaker;
}

/**
 * "Darauf waren die Worte zu lesen: „…“", "In dem Gesetzentwurf steht der
 * Passus: „…“": when the subject before the colon is a wording, the place it
 * stands speaks: a place adverb or a phrase after a place preposition in the
 * clause; null when the clause names none.
 */
function wordingPlace(doc: QuoteDoc, toks: readonly Tok[], from: number, lim: number, wording: Range | null): Range | null {
  const s = doc.lex.sets;
  for (let i = from; i < lim; i++) {
    if (wording && i >= wording.from && i < wording.to) continue;
    if (s.wordingPlaces.has(toks[i].lower)) return { from: i, to: i + 1 };
    const np = s.wordingPrepositions.has(toks[i].lower) ? nounPhrase(toks, i + 1, lim, doc.lex) : null;
    if (np && np.from === i + 1 && !(wording && np.from <= wording.from && wording.from < np.to)) return { from: i, to: np.to };
  }
  return null;
}

/** The subject of the clause before a colon (see colonSpeaker). */
function colonSubject(doc: QuoteDoc, toks: readonly Tok[], beforeCount: number): Range | null {
  if (beforeCount < 2 || toks[beforeCount - 1].text !== ":") return null;
  const lim = beforeCount - 1;
  const lex = doc.lex;
  const listed = lastListedActor(doc, toks, lim);
  if (listed) return listed;
  let j = clauseStartBefore(toks, lim);
  while (j < lim && (lex.sets.coordinators.has(toks[j].lower) || lex.sets.focusParticles.has(toks[j].lower))) j++;
  const first = toks[j]?.lower ?? "";
  // "Deutlicher wurde die Opposition:": the subject follows the verb; "Fröhlich sagte:" has none there, and the name is the subject.
  const fronted = frontedAdverb(doc, toks, j, lim);
  const afterAdverb = fronted > j ? subjectAfter(toks, fronted + 1, lim, lex) : null;
  if (afterAdverb) return afterAdverb;
  const adverbial = lex.sets.prepositions.has(first) || lex.sets.skipAdverbs.has(first) || lex.sets.subordinators.has(first);
  if (!adverbial) {
    const np = nounPhrase(toks, j, lim, lex);
    if (!np) return null;
    // "Es fiel der Satz: „…“": an expletive "es" holds the place of the subject after the verb.
    if (np.to === np.from + 1 && lex.sets.expletives.has(toks[np.from].lower)) return np.to < lim && /^\p{Ll}/u.test(toks[np.to].text) ? subjectAfter(toks, np.to + 1, lim, lex) : null;
    if (/^(den|dem|einen|einem)$/u.test(toks[np.from].lower)) return objectFirstSubject(doc, toks, np.to, lim);
    const verb = afterAttachments(doc, toks, np.to, lim);
    return (verb < lim && /^\p{Ll}/u.test(toks[verb].text) ? personAfterThing(doc, toks, np, verb, lim) : null) ?? np;
  }
  let k = j;
  while (k < lim) {
    const w = toks[k].lower;
    if (lex.sets.skipAdverbs.has(w) || /^\p{N}/u.test(w)) k++;
    else if (lex.sets.prepositions.has(w) || lex.sets.subordinators.has(w)) k = nounPhrase(toks, k + 1, lim, lex)?.to ?? k + 1;
    else break;
  }
  if (k < lim && /^\p{Ll}/u.test(toks[k].text)) return subjectAfter(toks, k + 1, lim, lex);
  return null;
}

/** A fronted adverb ends in one of these words' endings after at least this many letters ("höhn-isch", "deut-lich"; not "Tisch"). */
const MIN_ADVERB_STEM = 4;

/**
 * "Deutlicher wurde die Opposition: „…“", "Höhnisch, wohl auf das
 * Presseecho reagierend, veröffentlichte der Verfasser …: „…“": an adjective
 * used as an adverb fills the first position, with a participle clause
 * between commas after it. Returns the index after them (the verb), or `j`
 * when the sentence does not open so.
 */
function frontedAdverb(doc: QuoteDoc, toks: readonly Tok[], j: number, lim: number): number {
  const word = toks[j];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return j;
  const lower = word.lower.replace(/er$/u, "");
  if (!doc.lex.data.adverbEndings.some((e) => lower.endsWith(e) && lower.length >= e.length + MIN_ADVERB_STEM)) return j;
  let k = j + 1;
  if (toks[k]?.text === ",") {
    k++;
    while (k < lim && toks[k].text !== ",") k++;
    k++;
  }
  return k < lim && /^\p{Ll}/u.test(toks[k].text) ? k : j;
}

/**
 * "… so der italienische Ministerpräsident Berlusconi und der norwegische
 * Ministerpräsident Jens Stoltenberg: „…“": the last item of a list of
 * speakers (with a comma before it), a person or organisation the entities
 * name right before the colon, after "und" and the phrase that introduces
 * it, is the one who says what follows. That phrase, or null.
 */
function lastListedActor(doc: QuoteDoc, toks: readonly Tok[], lim: number): Range | null {
  const end = toks[lim - 1]?.end;
  const actor = doc.actors.find((a) => a.end === end);
  if (!actor) return null;
  for (let j = lim - 1; j > 0; j--) {
    if (toks[j].start < actor.start && /^[,;:.!?(]$/u.test(toks[j].text)) return null;
    if (!doc.lex.sets.coordinators.has(toks[j - 1].lower)) continue;
    // a list after a frame ("so X, Y und Z:"), not two subjects that speak together ("Merkel und Macron: „…“")
    if (!toks.slice(0, j - 1).some((t) => t.text === ",")) return null;
    const np = nounPhrase(toks, j, lim, doc.lex);
    return np && np.to === lim ? np : null;
  }
  return null;
}

/** Where the prepositional phrases attached to a noun phrase end ("Jegliche Mitverantwortung für die Finanzaffäre im Bezirk …| weist"). */
function afterAttachments(doc: QuoteDoc, toks: readonly Tok[], from: number, lim: number): number {
  let k = from;
  while (k < lim && doc.lex.sets.prepositions.has(toks[k].lower)) k = nounPhrase(toks, k + 1, lim, doc.lex)?.to ?? lim;
  return k;
}

/**
 * "Den Unmut der CDU brachte die Sprecherin zum Ausdruck: „…“": after an
 * object in first position (and its prepositional attachments) comes the
 * finite verb, and the subject follows it.
 */
function objectFirstSubject(doc: QuoteDoc, toks: readonly Tok[], from: number, lim: number) {
  const lex = doc.lex;
  const k = afterAttachments(doc, toks, from, lim);
  if (k >= lim || !/^\p{Ll}/u.test(toks[k].text) || lex.sets.determiners.has(toks[k].lower)) return null;
  return subjectAfter(toks, k + 1, lim, lex);
}

/** Start of the clause that ends at `lim`: after the last colon, semicolon or dash before it. */
function clauseStartBefore(toks: readonly Tok[], lim: number): number {
  for (let i = lim - 1; i >= 0; i--) if (toks[i].text === ":" || toks[i].text === ";" || toks[i].text === "–") return i + 1;
  return 0;
}
