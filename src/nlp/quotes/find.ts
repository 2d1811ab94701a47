/**
 * Quotation finding: direct quotes with their frames, indirect speech after
 * cues, free indirect continuations, reported speech acts, and partial
 * quotes inside them; then speakers without a frame are taken from the quote
 * before, the answers of an interview transcript are read, and speakers are
 * resolved to names.
 */
import type { EntityMention, QuoteSpan, Span } from "../../core/article.js";
import { upperBound } from "../../core/sorted.js";
import { backwardQuotes } from "./backward.js";
import { buildQuoteDoc, type QuoteDoc, type Sentence } from "./context.js";
import { findDirect } from "./direct.js";
import { documentSpeakers } from "./document.js";
import { bareClauseQuotes } from "./english.js";
import { findFrames, type Frame } from "./frames.js";
import type { Found } from "./found.js";
import { freeIndirect } from "./free.js";
import { indirectQuotes, reportedRegion } from "./indirect.js";
import { lexiconFor } from "./lexicon.js";
import { partialQuotes } from "./partial.js";
import { reportedAct } from "./reported.js";
import { thatClauseQuotes } from "./that.js";
import { inheritSpeakers, resolveSpeakers } from "./resolve.js";
import { withInterviews } from "./interview.js";

export interface FindQuotesOptions {
  language: string | null;
  sentences: readonly Span[];
  /** Named entities of the text, when the NER stage has run. */
  entities?: readonly EntityMention[];
  /** The article's title: a role it gives a person ("Bundespräsident Köhler sieht …") names the role in the text ("Der Bundespräsident"). */
  title?: string | null;
}

/** Finds direct, indirect and reported quotes with cue and speaker. */
export function findQuotes(text: string, opts: FindQuotesOptions): QuoteSpan[] {
  const { doc, quotes } = findRaw(text, opts);
  return resolveSpeakers(doc, quotes, opts.entities ?? null, opts.title ?? null);
}

/** The finder's own records (with how each quote was found), before speaker resolution. */
export function findRaw(text: string, opts: FindQuotesOptions): { doc: QuoteDoc; quotes: Found[] } {
  const actors = (opts.entities ?? []).filter((e) => e.type === "PER" || e.type === "ORG");
  const doc = buildQuoteDoc(text, opts.sentences, lexiconFor(opts.language), actors);
  const frames = new Map<Sentence, Frame[]>(doc.sentences.map((s) => [s, findFrames(doc, s)]));
  const direct = findDirect(doc, frames);
  const used = new Set(direct.used);
  const directUsed: ReadonlySet<Frame> = new Set(direct.used);
  const quotes: Found[] = [...direct.quotes];
  const nearby = nearbyQuotes(quotes);
  for (const sentence of doc.sentences) {
    const sentenceFrames = frames.get(sentence) ?? [];
    quotes.push(...backwardQuotes(doc, sentence, sentenceFrames, quotes, used));
    const indirect = indirectQuotes(doc, sentence, sentenceFrames, used);
    indirect.used.forEach((f) => used.add(f));
    quotes.push(...indirect.quotes);
    quotes.push(...clausesAroundDirect(doc, sentence, sentenceFrames, directUsed, quotes));
    quotes.push(...thatClauseQuotes(doc, sentence, nearby(sentence)));
    quotes.push(...bareClauseQuotes(doc, sentence, quotes));
    if (indirect.quotes.length === 0 && !quotes.some((q) => overlaps(q, sentence))) {
      const act = reportedAct(doc, sentence, sentenceFrames, used);
      if (act) quotes.push(act);
    }
  }
  quotes.sort(byStart);
  quotes.push(...freeIndirect(doc, frames, quotes));
  const all = withoutActsAroundPartial([...quotes, ...partialQuotes(doc, direct.embedded, frames, quotes)]).sort(byStart);
  documentSpeakers(doc, all);
  inheritSpeakers(doc, all, frames);
  return { doc, quotes: withoutOwnWordsInside(doc, withInterviews(doc, withoutRelayDuplicates(all), opts.entities ?? [])) };
}

/**
 * "Wir sehen, dass der PC neue Formen annimmt, sagt Alexandra Böckelmann":
 * without quotation marks the speaker's own words hold a frame of their own
 * ("Wir sehen, dass …"), read as a quote whose speaker is "wir" or "ich"
 * — or "meiner Meinung nach", "unseres Wissens" — inside the quote of the
 * one who says them, an interview answer too. That inner quote goes: its
 * words are the outer speaker's, and the outer quote has them all.
 */
function withoutOwnWordsInside(doc: QuoteDoc, quotes: readonly Found[]): Found[] {
  const firstPerson = (q: Found): boolean => q.speaker !== null && doc.lex.sets.firstPersonWords.has(q.speaker.text.toLowerCase().split(/\s+/u)[0]);
  if (!quotes.some(firstPerson)) return [...quotes];
  // The quotes of other speakers by start, with the furthest end reached by any of them up to each.
  const outer = quotes.filter((q) => q.speaker && !firstPerson(q)).sort(byStart);
  const reach: number[] = [];
  outer.forEach((o, i) => reach.push(Math.max(o.end, reach[i - 1] ?? 0)));
  const inside = (q: Found): boolean => (reach[upperBound(outer, q.start, (o) => o.start) - 1] ?? -1) >= q.end;
  return quotes.filter((q) => !firstPerson(q) || !inside(q));
}

/**
 * "Wiefelspütz nannte den Bericht eine „Zeitungsente“": the speech act
 * whose words the sentence quotes is that quote, with its speaker and cue;
 * the reported act over the whole sentence goes (one statement, one quote).
 * It stays when the quote inside has another speaker.
 */
function withoutActsAroundPartial(quotes: readonly Found[]): Found[] {
  const sameSpeaker = (a: Found, b: Found) => a.speaker !== null && b.speaker !== null && a.speaker.start === b.speaker.start && a.speaker.end === b.speaker.end;
  const quotedInside = (act: Found) => quotes.some((q) => q.by === "partial" && act.start <= q.start && q.end <= act.end && sameSpeaker(q, act));
  return quotes.filter((q) => q.by !== "reported" || !quotedInside(q));
}

/**
 * "„…“, sagte der Demonstrationsleiter laut ndr.de.": the "laut" phrase
 * frames a quote of its own over the same words, which the speaker's quote
 * already gives with ndr.de as its source. That second quote is dropped: one
 * statement, one quote, with speaker and source.
 */
function withoutRelayDuplicates(quotes: readonly Found[]): Found[] {
  const sources = quotes.flatMap((q) => (q.source ? [{ quote: q, source: q.source }] : []));
  const relays = (o: Found, speaker: Span): boolean => sources.some(({ quote, source }) => quote !== o && overlaps(quote, o) && overlaps(source, speaker));
  return quotes.filter((o) => !o.speaker || !relays(o, o.speaker));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * For sentences in order, the quotes of `quotes` (the direct quotes, then
 * those added while the sentences are read) that may touch each: all that
 * start up to 4 characters after the sentence's end and end after its start
 * are among them. Quotes that end before a sentence are dropped for good,
 * direct quotes join when their sentence comes: an article may hold
 * thousands of quotes, and each sentence asks.
 */
function nearbyQuotes(quotes: Found[]): (sentence: Span) => readonly Found[] {
  const ahead = [...quotes].sort(byStart);
  let next = 0;
  let read = quotes.length;
  let active: Found[] = [];
  return (sentence) => {
    while (next < ahead.length && ahead[next].start <= sentence.end + 4) active.push(ahead[next++]);
    while (read < quotes.length) active.push(quotes[read++]);
    active = active.filter((q) => q.end > sentence.start);
    return active;
  };
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * "Wie der Minister erklärte, sieht die Regierung in dem Gesetz „kein
 * Hindernis“": a "wie" frame that gave a partial direct quote its speaker
 * also reports the clause around the quote, as the data set annotates it (an
 * indirect quote with a direct one inside). Other frames that gave a direct
 * quote its speaker frame that quote alone ("„…“, sagte X").
 */
function clausesAroundDirect(doc: QuoteDoc, sentence: Sentence, frames: readonly Frame[], directUsed: ReadonlySet<Frame>, quotes: readonly Found[]): Found[] {
  const out: Found[] = [];
  const asFrames = frames.filter((f) => f.type === "as" && !f.embedded && directUsed.has(f));
  const inner = asFrames.length > 0 ? quotes.filter((q) => q.kind === "direct" && q.start >= sentence.start && q.end <= sentence.end + 1) : [];
  if (inner.length === 0) return out;
  for (const frame of asFrames) {
    const clause = reportedRegion(doc, sentence, frame, [], true);
    if (!clause || quotes.some((q) => q.kind !== "direct" && q.start < clause.end && clause.start < q.end)) continue;
    const holds = inner.filter((q) => clause.start <= q.start && q.end <= clause.end);
    const outside = sentence.toks.filter((t) => t.start >= clause.start && t.end <= clause.end && !holds.some((q) => q.start <= t.start && t.end <= q.end) && /^[\p{L}\p{N}]/u.test(t.text));
    if (holds.length > 0 && outside.length >= 2 && !inner.some((q) => q.start <= clause.start && clause.end <= q.end)) out.push(clause);
  }
  return out;
}
