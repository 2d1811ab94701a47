/**
 * Quotation marks inside a sentence: a partial quote ("Er nannte den Plan
 * „unausgegoren“") when the sentence reports speech, a name or a term when
 * it does not ("die Zeitung „Die Welt“", "die sogenannte „Reform“").
 */
import type { QuoteDoc } from "./context.js";
import { sentenceAt } from "./context.js";
import type { Frame } from "./frames.js";
import { speakerOf, type Found } from "./found.js";
import type { QuotePair } from "./marks.js";
import type { Sentence } from "./context.js";
import { quotedClause } from "./indirect.js";
import { endsInNoun, looksLikeTitle } from "./title.js";
import { isWord, tokenize } from "./tokens.js";
import { nounPhrase } from "./phrase.js";
import { statementMask } from "./clause.js";
import { isPersonPhrase } from "./person.js";
import { mainSubject } from "./subject.js";
import { thatQuoteFrame } from "./that.js";

/** Embedded quotes with at least this many words count even without a frame. */
const MIN_WORDS_ALONE = 6;

/** Partial direct quotes among the embedded pairs. */
export function partialQuotes(doc: QuoteDoc, pairs: readonly QuotePair[], frames: ReadonlyMap<Sentence, Frame[]>, quotes: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const pair of pairs) {
    const sentence = sentenceAt(doc, pair.start);
    if (!sentence || quotes.some((q) => q.by === "direct" && q.start === pair.start && q.end === pair.end)) continue;
    const sentenceFrames = frames.get(sentence) ?? [];
    if (insideSpeaker(sentence, sentenceFrames, pair)) continue;
    const words = tokenize(doc.text, pair.innerStart, pair.innerEnd).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
    if (words.length === 0) continue;
    const joined = coordinatedQuote(doc, sentence, pair, out);
    if (joined) {
      out.push({ ...joined, start: pair.start, end: pair.end });
      continue;
    }
    const enclosing = quotes.find((q) => q.start <= pair.start && pair.end <= q.end + 1);
    const inner = enclosing?.kind === "indirect" ? innerFrame(sentence, sentenceFrames, pair, enclosing) : null;
    const frame = inner ?? bestFrame(sentence, sentenceFrames, pair) ?? (enclosing ? null : thatQuoteFrame(doc, sentence, pair.start));
    if (!enclosing && !frame && words.length < MIN_WORDS_ALONE) continue;
    if (words.length < MIN_WORDS_ALONE && looksLikeName(doc, sentence, pair, words.map((w) => w.text))) continue;
    // "Die Demonstranten riefen „…“ und „…“": a list right after a speech verb holds what was said, not names.
    const afterCue = frame?.type === "verb" && !frame.verb?.verb.cognition && sentence.toks[frame.to - 1]?.end <= pair.start && isAdjacent(sentence, frame, pair);
    if (looksLikeTitle(doc, sentence, pair, afterCue, !!enclosing)) continue;
    const aside = bracketedAfterActor(doc, pair);
    if (aside) {
      // "Mohammed ElBaradei („Mir fällt niemand ein …“)": words in brackets right after a person are that person's.
      out.push({ start: pair.start, end: pair.end, kind: "direct", cue: null, speaker: aside, source: null, by: "partial" });
      continue;
    }
    // "The lawsuit alleges that Russia found a „willing partner“": a verb of thinking inside another's reported words does not take their quote.
    const adjacent = frame && isAdjacent(sentence, frame, pair) && !(enclosing && frame.verb?.verb.cognition);
    const useFrame = frame && (inner !== null || adjacent || !enclosing || enclosing.by === "reported");
    const gapped = useFrame ? gappedSubject(doc, sentence, frame, pair) : null;
    const speaker = gapped ?? (useFrame ? speakerOf(doc, sentence.toks, frame.speaker) : enclosing ? enclosing.speaker : subjectSpeaker(doc, sentence, pair));
    // "Dies nennt man einen „Aktiensplit“": a frame whose subject is "man" (speakerOf gives null) sets off a term, nobody's words.
    if (useFrame && !enclosing && frame.speaker && !speaker) continue;
    const source = useFrame ? speakerOf(doc, sentence.toks, frame.source ?? null) : (enclosing?.source ?? null);
    out.push({ start: pair.start, end: pair.end, kind: "direct", cue: useFrame ? frame.cue : (enclosing?.cue ?? null), speaker, source, by: "partial" });
    const clause = useFrame && !enclosing ? quotedClause(doc, sentence, frame, pair) : null;
    if (clause && !quotes.some((q) => q.start < clause.end && clause.start < q.end) && !out.some((q) => q.kind === "indirect" && q.start < clause.end && clause.start < q.end)) out.push(clause);
  }
  return out;
}

/**
 * "Sie schrieben Parolen wie „Wir werden …“ und „Wir werden …“ an die Wand":
 * a quote joined by a coordinator or comma to the partial quote right before
 * it is one more quote of the same speaker (a short one after "und" would
 * otherwise be read as a name). The partial quote before, or null.
 */
function coordinatedQuote(doc: QuoteDoc, sentence: Sentence, pair: QuotePair, out: readonly Found[]): Found | null {
  const previous = out.findLast((q) => q.kind === "direct" && q.end <= pair.start);
  if (!previous?.speaker || !doc.pairs.some((p) => p.start === previous.start && p.end === previous.end)) return null;
  const between = sentence.toks.filter((t) => t.start >= previous.end && t.end <= pair.start);
  const joint = between.length === 1 && (between[0].text === "," || doc.lex.sets.coordinators.has(between[0].lower));
  return joint ? previous : null;
}

/**
 * "Der Betriebsrat spricht von einem „Kahlschlag“, die Geschäftsführung von
 * einer „Anpassung“": after a comma, a phrase followed by the word that
 * followed the frame's verb (its preposition, "als") and then the quote is a
 * clause whose verb was left out; that phrase speaks. Null otherwise.
 */
function gappedSubject(doc: QuoteDoc, sentence: Sentence, frame: Frame, pair: QuotePair): Found["speaker"] {
  const toks = sentence.toks;
  if (frame.type !== "verb" || frame.verbFinal || !doc.lex.data.capitalisedNouns) return null;
  const open = toks.findIndex((t) => t.start >= pair.start);
  let comma = open - 1;
  while (comma > frame.cueAt && toks[comma].text !== ",") comma--;
  if (comma <= frame.cueAt) return null;
  const np = nounPhrase(toks, comma + 1, open, doc.lex, false);
  if (!np || !doc.lex.sets.determiners.has(toks[np.from].lower)) return null;
  let l = np.to;
  while (l < open && doc.lex.sets.skipAdverbs.has(toks[l].lower)) l++;
  const link = toks[l];
  if (!link || !/^\p{Ll}/u.test(link.text)) return null;
  // Only the subject was left out: the link word follows the verb with no object between ("bezeichnete den Plan als „…“, die Opposition als „…“" names a second object).
  const at = toks.findIndex((t, i) => i > frame.cueAt && i < comma && t.lower === link.lower);
  const inSpeaker = (i: number) => frame.speaker !== null && i >= frame.speaker.from && i < frame.speaker.to;
  if (at < 0 || toks.slice(frame.cueAt + 1, at).some((t, i) => !inSpeaker(frame.cueAt + 1 + i) && !doc.lex.sets.skipAdverbs.has(t.lower))) return null;
  if (toks.slice(l + 1, open).some((t) => !isWord(t) || /^\p{Lu}/u.test(t.text))) return null;
  return speakerOf(doc, toks, np);
}

/**
 * A frame inside the indirect quote that holds the pair, before it: the
 * words were said by whoever that frame names, not by the speaker of the
 * quote around them ("Der NDR will wissen, dass Mindermann das Mädchen
 * gefragt habe, was sie „anhabe“" — Mindermann's word; "…, bei dem es sich
 * seiner Meinung nach um einen „entsetzlichen Angriff“ gehandelt habe").
 * The nearest such frame with a speaker, not a verb of thinking; else null.
 */
function innerFrame(sentence: Sentence, frames: readonly Frame[], pair: QuotePair, enclosing: Found): Frame | null {
  const toks = sentence.toks;
  const inside = (f: Frame) =>
    f.speaker !== null && !f.verb?.verb.cognition && toks[f.cueAt].start >= enclosing.start && toks[f.speaker.from].start >= enclosing.start && toks[f.cueAt].end <= pair.start;
  return frames.filter(inside).sort((a, b) => b.cueAt - a.cueAt)[0] ?? null;
}

/** Frames that name a source outright rank before speech verbs, and those before verbs of thinking; nearer frames first. */
const RANK: Record<Frame["type"], number> = { source: 0, so: 0, as: 0, impersonal: 1, adverb: 2, verb: 1 };

/** The frame that most likely speaks a quote embedded in its sentence: one right next to it, else one whose clause holds it, by rank and distance. */
function bestFrame(sentence: Sentence, frames: readonly Frame[], pair: QuotePair): Frame | null {
  const holds = (f: Frame) => (sentence.toks[f.from].start <= pair.start && pair.end <= sentence.toks[f.to - 1].end ? 0 : 1);
  const candidates = frames.filter((f) => f.speaker && !f.embedded && (!f.relative || holds(f) === 0));
  if (candidates.length === 0) return null;
  const rank = (f: Frame) => RANK[f.type] + (f.verb?.verb.cognition ? 1 : 0);
  const distance = (f: Frame) => Math.abs(sentence.toks[f.cueAt].start - pair.start);
  const adjacent = candidates.find((f) => isAdjacent(sentence, f, pair));
  if (adjacent) return adjacent;
  return [...candidates].sort((a, b) => holds(a) - holds(b) || rank(a) - rank(b) || distance(a) - distance(b))[0];
}

/** A frame right after the quote (", so X", ", sagte X") or right before it ("X sagte: "). */
function isAdjacent(sentence: Sentence, frame: Frame, pair: QuotePair): boolean {
  const toks = sentence.toks;
  const first = toks[frame.from];
  const last = toks[frame.to - 1];
  if (!first || !last) return false;
  const between = (a: number, b: number) => toks.filter((t) => t.start >= a && t.end <= b).every((t) => /^[,:–—-]$/u.test(t.text));
  const opensNewClause = frame.type === "verb" && !frame.inverted && !frame.verbFinal && frame.speaker !== null && frame.speaker.from <= frame.cueAt;
  return (first.start >= pair.end && between(pair.end, first.start) && !opensNewClause) || (last.end <= pair.start && between(last.end, pair.start) && (frame.type === "verb" || frame.type === "source"));
}

/** The person or organisation right before "(" when the quote fills the brackets ("ElBaradei („…“)"), else null. */
function bracketedAfterActor(doc: QuoteDoc, pair: QuotePair): Found["speaker"] {
  const before = /\(\s*$/u.exec(doc.text.slice(Math.max(0, pair.start - 3), pair.start));
  if (!before || !/^\s*\)/u.test(doc.text.slice(pair.end, pair.end + 3))) return null;
  const open = pair.start - before[0].length;
  const actor = doc.actors.find((a) => a.end <= open && /^\s*$/u.test(doc.text.slice(a.end, open)));
  return actor ? { start: actor.start, end: actor.end, text: doc.text.slice(actor.start, actor.end) } : null;
}

function insideSpeaker(sentence: Sentence, frames: readonly Frame[], pair: QuotePair): boolean {
  return frames.some((f) => f.speaker && sentence.toks[f.speaker.from].start <= pair.start && pair.end <= sentence.toks[f.speaker.to - 1].end);
}

/** A title or a term: preceded by a title noun or term marker, or only capitalised words. */
function looksLikeName(doc: QuoteDoc, sentence: Sentence, pair: QuotePair, words: readonly string[]): boolean {
  const before = sentence.toks.filter((t) => t.end <= pair.start);
  const prev = before[before.length - 1]?.lower ?? "";
  const lex = doc.lex.sets;
  if (lex.termMarkers.has(prev) || lex.termMarkers.has(`${before[before.length - 2]?.lower ?? ""} ${prev}`)) return true;
  if (endsInNoun(prev, lex.titleNouns, lex.notTitleCompounds, false)) return true;
  const allCapitalised = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  return allCapitalised && !lex.wordingBefore.has(prev);
}

/**
 * "Auch der Sprecher der Fraktion, Dieter Wiefelspütz, will „in den kommenden
 * Wochen prüfen“": a quote without a frame that stands after the finite verb
 * of its sentence gives the words of the sentence's subject when that
 * subject is a person or organisation.
 */
function subjectSpeaker(doc: QuoteDoc, sentence: Sentence, pair: QuotePair): Found["speaker"] {
  const toks = sentence.toks;
  const lim = toks.findIndex((t) => t.start >= pair.start);
  if (lim <= 0) return null;
  const subject = mainSubject(doc, toks, statementMask(doc, sentence), lim);
  if (!subject || subject.to > lim || !isPersonPhrase(doc, toks, subject)) return null;
  return speakerOf(doc, toks, subject);
}
