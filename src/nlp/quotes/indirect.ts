/**
 * Indirect speech: what a frame reports is the rest of its sentence. A frame
 * at the start reports what follows ("Er sagte, die Regierung sei bereit",
 * "Laut Polizei wurden …"), a frame at the end what precedes ("…, sagte
 * sie.", "…, so der Minister."), a frame in the middle the whole sentence
 * around it ("Die Zahl sei, so X, gestiegen"). A verb frame needs a reported
 * clause: "dass"/"ob", a subjunctive verb, a colon, or an infinitive with
 * "zu" after demands and announcements.
 */
import type { Span } from "../../core/article.js";
import type { QuoteDoc, Sentence } from "./context.js";
import type { Frame } from "./frames.js";
import { quotedMask } from "./frames.js";
import { spanOf, speakerOf, type Found } from "./found.js";
import { isFinalPunct, isWord, type Tok } from "./tokens.js";
import { isAdjective, isTime, nounPhrase } from "./phrase.js";
import { isAddressee, subjectAfter } from "./position.js";
import { hasVerbLikeWord } from "./clause.js";
import { hasClosingZuInfinitive, hasZuInfinitive } from "./infinitive.js";
import { cutAtNext } from "./clause-cut.js";
import { isStrongSubjunctive, isSubjunctive } from "./lexicon.js";

const EDGE = new Set([",", ":", "–", "—", "-", ";"]);
/** A reported region needs at least this many words. */
const MIN_WORDS = 3;

/** Indirect quotes reported by the frames of one sentence (frames already used by direct quotes are skipped). */
export function indirectQuotes(doc: QuoteDoc, sentence: Sentence, frames: readonly Frame[], used: ReadonlySet<Frame>): { quotes: Found[]; used: Frame[] } {
  const quotes: Found[] = [];
  // The frame each quote was reported by (one frame may report two quotes, aroundFrame); the frames used are these, once each.
  const owners: Frame[] = [];
  const joined = new Map<Frame, number>();
  for (const f of frames) {
    const at = coordinatedAt(doc, sentence.toks, f);
    if (at >= 0) joined.set(f, at);
  }
  const ends = clauseEnds(sentence.toks, frames, joined);
  for (const frame of frames) {
    const joint = joined.get(frame);
    if (used.has(frame)) continue;
    if (joint !== undefined && owners.length > 0 && quotes[quotes.length - 1].end <= sentence.toks[joint].start) {
      const second = coordinatedRegion(doc, sentence, frame, joint, owners[owners.length - 1], laterFrames(ends, frame));
      if (second) {
        quotes.push(second);
        owners.push(frame);
        continue;
      }
    }
    if (frame.embedded) continue;
    const at = sentence.toks[frame.cueAt].start;
    if (owners.some((f) => f.from <= frame.cueAt && frame.cueAt < f.to)) continue;
    const outer = quotes.findIndex((q) => q.start <= at && at < q.end);
    const later = laterFrames(ends, frame);
    if (outer >= 0) {
      const inner = nestedRegion(doc, sentence, frame, owners[outer], quotes[outer], later);
      if (inner) {
        quotes.push(inner);
        owners.push(frame);
      }
      continue;
    }
    // "verwies auf Studien der Charité, nach denen …": a relative source right after the frame's clause reports what follows, not the frame.
    if (later.some((f) => f.type === "source" && f.from <= frame.to + 1)) continue;
    // "Ägypten wird aufgefordert, die Grenze zu öffnen, so Nasrallah": a closing "so" frame with a speaker reports the sentence, a speakerless cue before it is part of that.
    if (!frame.speaker && frames.some((f) => f.cueAt > frame.cueAt && closingSo(sentence.toks, f))) continue;
    const quote = reportedRegion(doc, sentence, frame, later);
    if (!quote) continue;
    const reported = aroundFrame(doc, sentence, frame, quote, frames) ?? [quote];
    quotes.push(...reported);
    owners.push(...reported.map(() => frame));
  }
  return { quotes, used: [...new Set(owners)] };
}

/**
 * "Über die Einzelheiten war man sich nicht einig, hieß es, sicher sei
 * jedoch, dass …": an inverted frame between commas after a clause of its
 * own, followed by a clause in the subjunctive, reports two statements, the
 * clause before it and the one after. Only the clause before it when
 * another speaker's frame opens the part after it ("…, meinte Stankovic, und
 * Dobras ergänzte: Ein Sieg wäre verdient gewesen": that part is Dobras's).
 * Null when the quote does not run across the frame or the words before it
 * are no clause.
 */
function aroundFrame(doc: QuoteDoc, sentence: Sentence, frame: Frame, quote: Found, frames: readonly Frame[]): Found[] | null {
  const toks = sentence.toks;
  // "Der Präsident sei, so X, Schuld daran": a "so" frame between commas is an aside inside one clause.
  if (frame.type === "so" || !frame.inverted || frame.aside || toks[frame.from - 1]?.text !== "," || toks[frame.to]?.text !== ",") return null;
  if (quote.start > toks[frame.from - 1].start || quote.end < toks[frame.to].end) return null;
  const first = toks.findIndex((t) => t.start >= quote.start);
  const last = toks.findIndex((t) => t.start >= quote.end);
  const end = last < 0 ? toks.length : last;
  const s = doc.lex.sets;
  const verbal = (from: number, to: number) => toks.slice(from, to).some((t) => doc.lex.finite.has(t.lower) || isSubjunctive(doc.lex, t) || s.auxiliaries.has(t.lower));
  const subjunctive = (from: number, to: number) => toks.slice(from, to).some((t) => isSubjunctive(doc.lex, t));
  if (!verbal(first, frame.from - 1) || !subjunctive(frame.to + 1, end)) return null;
  const before = spanOf(toks, first, frame.from - 1);
  const after = spanOf(toks, frame.to + 1, end);
  if (!before || !after) return null;
  if (frames.some((f) => f !== frame && f.type === "verb" && f.speaker && f.cueAt > frame.to && f.cueAt < end)) return [{ ...quote, ...before }];
  return [{ ...quote, ...before }, { ...quote, ...after }];
}

/** A frame where an earlier frame's reported clause ends: for an earlier verb frame (`verb`) and for any other (`other`). */
interface ClauseEnd {
  cueAt: number;
  verb: Frame | null;
  other: Frame | null;
}

/**
 * The frames of a sentence where the reported clause of an earlier frame
 * ends: inverted verb frames, coordinated ones cut at their conjunction (for
 * an earlier verb frame only), and a relative source after a comma
 * ("verwies auf Studien der Charité, nach denen …": what follows is what the
 * studies say). Worked out once per sentence, in the order of `frames`.
 */
function clauseEnds(toks: readonly Tok[], frames: readonly Frame[], joined: ReadonlyMap<Frame, number>): ClauseEnd[] {
  const out: ClauseEnd[] = [];
  for (const f of frames) {
    const joint = joined.get(f);
    if (joint !== undefined) out.push({ cueAt: f.cueAt, verb: { ...f, from: joint }, other: null });
    else if ((!f.embedded && f.type === "verb" && f.inverted && !f.verbFinal) || isRelativeSource(toks, f)) out.push({ cueAt: f.cueAt, verb: f, other: f });
  }
  return out;
}

/** The frames after `frame` where its reported clause ends (see clauseEnds). */
function laterFrames(ends: readonly ClauseEnd[], frame: Frame): Frame[] {
  const out: Frame[] = [];
  const verb = frame.type === "verb";
  for (const e of ends) {
    const f = e.cueAt > frame.cueAt ? (verb ? e.verb : e.other) : null;
    if (f) out.push(f);
  }
  return out;
}

/** ", so der Minister.": a "so" frame with a speaker after a comma. */
function closingSo(toks: readonly Tok[], f: Frame): boolean {
  return f.type === "so" && !!f.speaker && toks[f.from - 1]?.text === ",";
}

/** ", nach denen …", ", laut dem …": a relative source after a comma (not after a bracket or dash). */
function isRelativeSource(toks: readonly Tok[], f: Frame): boolean {
  return f.relativeSource === true && toks[f.cueAt - 1]?.text === ",";
}

/**
 * "Sie erklärte, X sei …, und kündigte an, … zu wollen": a verb frame opened
 * by a conjunction, with no subject of its own, whose verb is followed by a
 * comma. Returns the token where the first reported clause ends (the
 * conjunction, or the comma before it), else -1.
 */
function coordinatedAt(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): number {
  const s = doc.lex.sets;
  if (frame.type !== "verb" || frame.verbFinal || toks[frame.to]?.text !== "," || isSubjunctive(doc.lex, toks[frame.cueAt])) return -1;
  // "…, doch UN-Sprecher Nicholas Birnback erklärte, …": the frame's own subject may stand between the conjunction and the verb.
  const verb = frame.speaker && frame.speaker.to === frame.cueAt ? frame.speaker.from : frame.cueAt;
  let j = verb - 1;
  while (j > 0 && verb - j <= 3 && s.skipAdverbs.has(toks[j].lower) && !s.frameJoiners.has(toks[j].lower)) j--;
  if (j <= 0 || !doc.lex.sets.frameJoiners.has(toks[j].lower)) return -1;
  if (verb !== frame.cueAt && toks[j - 1]?.text !== ",") return -1;
  return toks[j - 1].text === "," ? j - 1 : j;
}

/** The clause a coordinated frame reports: what follows its comma, said by the speaker of the frame it is joined to. */
function coordinatedRegion(doc: QuoteDoc, sentence: Sentence, frame: Frame, joint: number, first: Frame, later: readonly Frame[]): Found | null {
  if (first.type !== "verb" || first.cueAt >= joint || !first.speaker) return null;
  const speaker = frame.speaker && frame.speaker.from > joint ? frame.speaker : first.speaker;
  return regionOf(doc, sentence, { ...frame, from: joint, speaker, embedded: false }, later, true);
}

/**
 * A verb frame inside what a source reports: "Laut dem Spiegel hat der IWF
 * angekündigt, keine Hilfe mehr zu leisten", "Demnach erwartet Russland,
 * dass …". The data set annotates the complement once more as a quote of its
 * own, nested in the source's quote, with the verb's subject as speaker.
 */
function nestedRegion(doc: QuoteDoc, sentence: Sentence, frame: Frame, outerFrame: Frame, outer: Found, later: readonly Frame[]): Found | null {
  if (outerFrame.type === "verb" || frame.type !== "verb" || !frame.speaker) return null;
  const toks = sentence.toks;
  let speaking = frame;
  if (frame.speaker.from < outerFrame.to && outerFrame.from < frame.speaker.to) {
    const subject = subjectAfter(toks, outerFrame.to + 1, Math.max(frame.to, frame.cueAt + 1), doc.lex);
    if (!subject) return null;
    speaking = { ...frame, speaker: subject };
  }
  const inner = regionOf(doc, sentence, speaking, later, true);
  if (!inner || inner.start < toks[frame.to - 1].end || inner.end > outer.end) return null;
  const at = toks.findIndex((t) => t.start === inner.start);
  if (at >= 0 && opensRelativeClause(doc, toks, at)) return null;
  return inner;
}

/** "…, die sich dort befanden": a relative pronoun not followed by its noun opens a relative clause, not a reported one ("…, das Verfahren sei …"). */
function opensRelativeClause(doc: QuoteDoc, toks: readonly Tok[], at: number): boolean {
  const next = toks[at + 1];
  return doc.lex.sets.relativePronouns.has(toks[at].lower) && !!next && !/^\p{Lu}/u.test(next.text);
}

/** The indirect quote a frame reports, or null when its sentence holds no reported clause. */
export function reportedRegion(doc: QuoteDoc, sentence: Sentence, frame: Frame, later: readonly Frame[] = [], quoted = false): Found | null {
  if (invertedBeforeComplement(doc, sentence.toks, frame)) {
    const after = regionOf(doc, sentence, frame, later, true, quoted);
    if (after) return after;
  }
  return regionOf(doc, sentence, frame, later, false, quoted);
}

/**
 * "In einem Interview – Rainer Wittner – sagte dieser, dass …", "Da es …,
 * hat X gefordert, …": a verb frame that opens its clause after a comma or
 * dash but follows no reported clause (only an adverbial, a subordinate
 * clause or its own subject) reports what comes after it, not the sentence.
 */
function invertedBeforeComplement(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): boolean {
  if (frame.type !== "verb" || !frame.inverted || frame.verbFinal || frame.from === 0) return false;
  const joint = toks[frame.to];
  if (!joint || (joint.text !== "," && joint.text !== ":")) return false;
  return !reportsBefore(doc, toks, frame, frame.from) || !toks.slice(0, frame.from).some((t) => isSubjunctive(doc.lex, t));
}

/**
 * The clause a frame reports around a partial quote it speaks ("äußerte sich
 * Navarro-Valls dahingehend, das Gespräch „sei in freundschaftlicher
 * Atmosphäre verlaufen“"): the quoted words are part of an indirect statement
 * even without a reported clause, so the region needs no licence; null unless
 * it holds the quote and words of its own besides quotes ("riefen „…“ und
 * „…“" is two direct quotes, not a clause).
 */
export function quotedClause(doc: QuoteDoc, sentence: Sentence, frame: Frame, quote: Span): Found | null {
  const region = reportedRegion(doc, sentence, frame, [], true);
  if (!region || region.start > quote.start || quote.end > region.end) return null;
  const unquoted = sentence.toks.filter((t) => t.start >= region.start && t.end <= region.end && !doc.pairs.some((p) => p.start <= t.start && t.end <= p.end));
  return unquoted.some((t) => isWord(t) && !doc.lex.sets.coordinators.has(t.lower)) ? region : null;
}

/**
 * The reported region of a frame; `afterOnly` takes what follows the frame
 * whatever its position; `quoted` skips the licence (a partial quote in it is
 * the evidence). After "Wie X mitteilte," the verb that opens the next clause
 * belongs to what X reported ("…, sieht der Minister darin eine Gefahr"), so
 * it does not end the region.
 */
function regionOf(doc: QuoteDoc, sentence: Sentence, frame: Frame, later: readonly Frame[], afterOnly: boolean, quoted = false): Found | null {
  const toks = sentence.toks;
  const last = toks.length > 0 && isFinalPunct(toks[toks.length - 1]) ? toks.length - 1 : toks.length;
  const lead = leadingFiller(doc, toks, frame.from);
  const frameEnd = appositiveTail(doc, sentence, frame, last) ? last : frame.to;
  let from: number;
  let to: number;
  const complementOnly = frame.type === "adverb" || (frame.type === "verb" && (frame.verbFinal || !frame.inverted || frame.verb?.verb.cognition));
  const source = frame.type === "source" ? sourceScope(doc, toks, frame, last) : null;
  if (frame.aside) [from, to] = [0, last];
  else if (lead === frame.from || complementOnly || afterOnly) [from, to] = [frame.type === "source" ? pastRelativeClause(doc, toks, frameEnd, last) : frameEnd, last];
  else if (frameEnd >= last) [from, to] = [afterColon(toks, frame.from), frame.from];
  else if (source) [from, to] = source;
  else if (asBeforeSubjunctive(doc, sentence, frame, frameEnd, last)) [from, to] = [frameEnd, last];
  // "Piltz schloss sich der Kritik an: Die Mittel seien ihrer Meinung nach nicht gewahrt": a lead-in before a colon is not reported.
  else [from, to] = [afterColon(toks, frame.from), doc.lex.data.capitalisedNouns ? semicolonAfter(toks, frame.to, last) : last];
  if (from === 0 && to === frame.from && !reportsBefore(doc, toks, frame, to)) return null;
  if (from >= frameEnd) to = cutAtNext(doc, toks, from, to, frame.type === "as" ? later.filter((f) => f.from > frameEnd + 1) : later, frame.type === "verb" && !!frame.speaker);
  [from, to] = trimEdges(toks, from, to);
  if (to - from < 1 || words(toks, from, to) < MIN_WORDS) return null;
  if (!quoted && !licensed(doc, sentence, frame, from, to)) return null;
  if (isWholeQuotePair(doc, toks, from, to)) return null;
  const span = spanOf(toks, from, to);
  if (!span) return null;
  return { ...span, kind: "indirect", cue: frame.cue, speaker: speakerOf(doc, toks, frame.speaker), source: speakerOf(doc, toks, frame.source ?? null), by: "indirect" };
}

/**
 * "Im Notruf war der Fahrer zu hören, wie er angegeben hat, er denke, sein
 * Chef habe jemanden getötet": a "wie" frame between commas after a clause in
 * the indicative reports the clause in the subjunctive after it, not the
 * narration before it.
 */
function asBeforeSubjunctive(doc: QuoteDoc, sentence: Sentence, frame: Frame, frameEnd: number, last: number): boolean {
  const toks = sentence.toks;
  if (frame.type !== "as" || toks[frame.from - 1]?.text !== "," || toks[frameEnd]?.text !== ",") return false;
  const quoted = quotedMask(doc, sentence);
  const subjunctive = (from: number, to: number) => toks.slice(from, to).some((t, i) => !quoted[from + i] && isSubjunctive(doc.lex, t));
  return subjunctive(frameEnd, last) && !subjunctive(0, frame.from);
}

/** "Kritik kam auch von den Grünen: Der Entwurf sei …, sagte X": what a frame at the end reports starts after a colon before it. */
function afterColon(toks: readonly Tok[], end: number): number {
  for (let i = end - 1; i > 0; i--) if (toks[i].text === ":" && !toks[i].quoted) return i + 1;
  return 0;
}

/** "… laut Verfassung nichts an; seine Stellung ergibt sich …": a semicolon after the frame ends what it reports (German; English lists names with semicolons). */
function semicolonAfter(toks: readonly Tok[], from: number, last: number): number {
  for (let i = from; i < last; i++) if (toks[i].text === ";" && !toks[i].quoted) return i;
  return last;
}

/**
 * What a source phrase inside a sentence reports: the rest of the sentence
 * when it opens a clause after a comma (", nach Angaben der Polizei wurden
 * …"), its own clause inside a relative or subordinate clause ("…, die nach
 * Angaben der Polizei die Bombe enthielt, …"), else null (the whole sentence).
 */
function sourceScope(doc: QuoteDoc, toks: readonly Tok[], frame: Frame, last: number): [number, number] | null {
  const before = toks[frame.from - 1]?.text ?? "";
  // "Das Kraftwerk, welches … betrieben wird, nach Berichten des Ministeriums …": a comma that closes a relative clause leaves the source in the main clause.
  if (before === "," && closesEmbeddedClause(doc, toks, frame.from - 1)) return null;
  if (/^[,;(–]$/u.test(before)) return [frame.to, before === "(" ? closingParen(toks, frame.to, last) : last];
  const start = clauseOpening(toks, frame.from);
  // "…, unter denen sich nach Einschätzung der Ermittler …": a relative clause may open with a preposition.
  const opensRelative = relativeOpener(doc, toks, start) === 2;
  if (start > 0 && frame.from - start <= (opensRelative ? 3 : 2) && (opensRelative || relativeOpener(doc, toks, start) === 1 || doc.lex.sets.subordinators.has(toks[start]?.lower ?? ""))) {
    let end = frame.to;
    while (end < last && !/^[,;)–]$/u.test(toks[end].text)) end++;
    return [start, end];
  }
  return null;
}

/** The first token of the clause that holds token `at`: right after the last comma, semicolon, bracket or dash before it, else 0. */
function clauseOpening(toks: readonly Tok[], at: number): number {
  let start = at;
  while (start > 0 && !/^[,;(–]$/u.test(toks[start - 1].text)) start--;
  return start;
}

/** How many tokens open a relative clause at `at`: 1 for a relative pronoun ("welches"), 2 for a preposition and one ("unter denen"), else 0. */
function relativeOpener(doc: QuoteDoc, toks: readonly Tok[], at: number): number {
  const s = doc.lex.sets;
  if (s.relativePronouns.has(toks[at]?.lower ?? "")) return 1;
  return s.prepositions.has(toks[at]?.lower ?? "") && s.relativePronouns.has(toks[at + 1]?.lower ?? "") ? 2 : 0;
}

/** Whether the comma at `comma` closes a relative clause that opened after an earlier comma ("Krümmel, welches … betrieben wird,"). */
function closesEmbeddedClause(doc: QuoteDoc, toks: readonly Tok[], comma: number): boolean {
  const open = clauseOpening(toks, comma);
  return open > 0 && toks[open - 1].text === "," && relativeOpener(doc, toks, open) > 0;
}

function closingParen(toks: readonly Tok[], from: number, last: number): number {
  for (let i = from; i < last; i++) if (toks[i].text === ")") return i;
  return last;
}

/**
 * Whether the words before a closing frame ("…, sagte sie.") are what it
 * reports: not a subordinate clause ("Da es regnete, sagte er ab"), not the
 * subject itself ("Der Minister, Hans Roth, sagte"), and a verb frame must be
 * little more than verb and speaker (no object of its own).
 */
function reportsBefore(doc: QuoteDoc, toks: readonly Tok[], frame: Frame, end: number): boolean {
  const lex = doc.lex;
  let j = 0;
  while (j < end && (lex.sets.coordinators.has(toks[j].lower) || EDGE.has(toks[j].text))) j++;
  if (j >= end || lex.sets.subordinators.has(toks[j].lower)) return false;
  const np = nounPhrase(toks, j, end, lex);
  if (np && (np.to >= end || toks[np.to].text === ",")) return false;
  if (lex.sets.prepositions.has(toks[j].lower)) {
    const pp = nounPhrase(toks, j + 1, end, lex);
    if (pp && (pp.to >= end || toks[pp.to].text === ",")) return false;
  }
  if (!hasVerbLikeWord(doc, toks.slice(j, end))) return false;
  if (frame.type !== "verb") return true;
  if (!frame.speaker) return false;
  let rest = 0;
  for (let i = frame.speaker.to; i < frame.to; i++) {
    const t = toks[i];
    if (lex.sets.prepositions.has(t.lower)) {
      const pp = nounPhrase(toks, i + 1, frame.to, lex);
      if (pp) i = pp.to - 1;
      continue;
    }
    // ", sagte der Sprecher dem Sender", "… der Nachrichtenagentur dpa": the addressee is no object of the frame's own.
    const dative = lex.sets.determiners.has(t.lower) ? nounPhrase(toks, i, frame.to, lex) : null;
    if (dative && isAddressee(toks, dative, lex)) {
      i = dative.to - 1;
      continue;
    }
    if (isWord(t) && !lex.sets.skipAdverbs.has(t.lower) && !isTime(t, lex)) rest++;
  }
  return rest <= 1;
}

/**
 * ", sagte Mark Roth, der Sprecher des Amtes." — what follows an inverted
 * frame's speaker after a comma still belongs to the speaker when it holds no
 * subjunctive verb of its own.
 */
function appositiveTail(doc: QuoteDoc, sentence: Sentence, frame: Frame, last: number): boolean {
  if (!(frame.inverted || frame.type === "so") || frame.to >= last || !frame.speaker) return false;
  const toks = sentence.toks;
  if (toks[frame.to].text !== "," && toks[frame.to].text !== "(") return false;
  const next = toks[frame.to + 1];
  // ", sagte Charles Bouchard, kanadischer General und …": an apposition may open with an adjective before its noun.
  // ", so Celebi, die auch angab, …": a relative clause after the speaker is the speaker's, with its own frame.
  if (next && frame.speaker.to === frame.to && toks[frame.to].text === "," && doc.lex.sets.relativePronouns.has(next.lower)) return !resumesAfterRelative(doc, toks, frame.to + 1, last);
  const adjective = !!next && frame.speaker.to === frame.to && isAdjective(next, doc.lex) && /^\p{Lu}/u.test(toks[frame.to + 2]?.text ?? "");
  if (!next || !(doc.lex.sets.determiners.has(next.lower) || /^\p{Lu}/u.test(next.text) || adjective)) return false;
  const quoted = quotedMask(doc, sentence);
  for (let i = frame.to; i < last; i++) if (!quoted[i] && isSubjunctive(doc.lex, toks[i])) return false;
  return true;
}

/**
 * The first comma from `from` on (before `last`) with a finite verb right
 * after it, in the subjunctive or a cue form (also an auxiliary when
 * `auxiliaries`): where the sentence goes on after a relative clause. -1 when
 * there is none.
 */
function commaBeforeVerb(doc: QuoteDoc, toks: readonly Tok[], from: number, last: number, auxiliaries: boolean): number {
  const s = doc.lex.sets;
  for (let i = from; i < last - 1; i++) {
    const next = toks[i + 1].lower;
    if (toks[i].text === "," && (isSubjunctive(doc.lex, toks[i + 1]) || doc.lex.finite.has(next) || (auxiliaries && s.auxiliaries.has(next)))) return i;
  }
  return -1;
}

/** ", so X, der … ermittelt, seien …": a verb right after a later comma goes on with the sentence the frame stands in. */
function resumesAfterRelative(doc: QuoteDoc, toks: readonly Tok[], from: number, last: number): boolean {
  return commaBeforeVerb(doc, toks, from, last, false) >= 0;
}

/**
 * "Nach der Einschätzung eines Experten, der vom Sender befragt wurde, würde
 * dies …": a relative clause right after a source phrase belongs to the
 * source; what is reported starts at the comma that closes it, where the
 * sentence goes on with its verb. `at` otherwise.
 */
function pastRelativeClause(doc: QuoteDoc, toks: readonly Tok[], at: number, last: number): number {
  if (toks[at]?.text !== "," || !doc.lex.sets.relativePronouns.has(toks[at + 1]?.lower ?? "")) return at;
  const comma = commaBeforeVerb(doc, toks, at + 2, last, true);
  return comma >= 0 ? comma : at;
}

/** Index of the first token after leading conjunctions and adverbs ("Und", "Zudem"). */
function leadingFiller(doc: QuoteDoc, toks: readonly Tok[], limit: number): number {
  let j = 0;
  while (j < limit && (doc.lex.sets.coordinators.has(toks[j].lower) || doc.lex.sets.skipAdverbs.has(toks[j].lower) || EDGE.has(toks[j].text))) j++;
  return j;
}

function trimEdges(toks: readonly Tok[], from: number, to: number): [number, number] {
  let f = from;
  let t = to;
  while (f < t && EDGE.has(toks[f].text)) f++;
  while (t > f && EDGE.has(toks[t - 1].text)) t--;
  return [f, t];
}

function words(toks: readonly Tok[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWord(toks[i])) n++;
  return n;
}

/**
 * Whether the region really is reported: source frames always, verb frames
 * with a reported clause. A subordinator followed by a subjunctive verb is an
 * adverb opening a reported main clause ("erklärte, damit solle …").
 */
function licensed(doc: QuoteDoc, sentence: Sentence, frame: Frame, from: number, to: number): boolean {
  if (frame.type !== "verb") return true;
  const toks = sentence.toks;
  const s = doc.lex.sets;
  const after = from >= frame.to;
  if (!after) return frame.inverted;
  const joint = toks[frame.to];
  const first = toks[from].lower;
  if (s.complementizers.has(first)) return true;
  // ", der behauptet, den Code gecrackt zu haben", "Während Juncker ankündigte, den Vorschlag prüfen zu lassen, …".
  if (frame.verbFinal && joint?.text === "," && !frame.verb?.verb.cognition && infinitiveClause(doc, toks, from, to)) return true;
  if (frame.verbFinal && !frame.verb?.verb.core) return false;
  if (joint && joint.text === ":") return true;
  const adverbUse = !!toks[from + 1] && isSubjunctive(doc.lex, toks[from + 1]);
  if ((s.subordinators.has(first) || s.purposeWords.has(first)) && !s.complementizers.has(first) && !adverbUse && !subjunctiveAfterSubordinate(doc, toks, from, to)) return false;
  const quoted = quotedMask(doc, sentence);
  for (let i = from; i < to; i++) if (!quoted[i] && isSubjunctive(doc.lex, toks[i])) return true;
  // "stufte das Gesetz als verfassungswidrig ein, und UNICEF rief Russland auf, …": a clause in the indicative opening with "und" is a main clause of its own.
  if (frame.verbFinal || s.quoteJoiners.has(first)) return false;
  const region = toks.slice(from, to);
  if (!frame.verb?.verb.cognition && hasZuInfinitive(region)) return true;
  if ((!frame.verb?.verb.cognition || !hasObject(toks, frame)) && hasClosingZuInfinitive(doc, region)) return true;
  if (frame.verb?.verb.core && joint?.text === "," && !frame.inverted && hasVerbLikeWord(doc, region)) return true;
  return false;
}

/** "befürchtet, sobald er sich anschließe, werde der Druck zunehmen": a subordinate clause first, then the main clause of what was said, opening with its verb in Konjunktiv I. */
function subjunctiveAfterSubordinate(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) if (toks[i].text === ",") return isStrongSubjunctive(doc.lex, toks[i + 1]);
  return false;
}

/** The clause opening at `from` is an infinitive complement: no finite verb first, and it ends with its "zu" infinitive before any comma. */
function infinitiveClause(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  const first = toks[from];
  if (!first || doc.lex.sets.auxiliaries.has(first.lower) || doc.lex.sets.pronouns.has(first.lower)) return false;
  let end = from;
  while (end < to && toks[end].text !== ",") end++;
  return hasClosingZuInfinitive(doc, toks.slice(from, end));
}

/**
 * Whether a noun other than the speaker follows the cue verb inside its frame:
 * "Das Kartellamt hofft, … zu belasten" governs the infinitive, "Er sah
 * keinen Grund, … zu zweifeln" has an object noun that does.
 */
function hasObject(toks: readonly Tok[], frame: Frame): boolean {
  for (let i = frame.cueAt + 1; i < frame.to; i++) {
    if (frame.speaker && frame.speaker.from <= i && i < frame.speaker.to) continue;
    if (/^\p{Lu}/u.test(toks[i].text)) return true;
  }
  return false;
}

/** True when the region is one quotation mark pair and nothing else (a direct quote, not indirect speech). */
function isWholeQuotePair(doc: QuoteDoc, toks: readonly Tok[], from: number, to: number): boolean {
  const start = toks[from].start;
  const end = toks[to - 1].end;
  return doc.pairs.some((p) => p.start <= start && end <= p.end);
}
