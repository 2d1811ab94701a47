/**
 * English reported clauses without a complementizer, which the German-shaped
 * frames do not cover: "Friedrich Merz, the leader of the CDU, said the
 * government had no plan", "Merz told reporters the plan would fail", and
 * closing frames in subject–verb order: "The budget is sound, the minister
 * said.", "“We are ready,” the minister told reporters." The rules run only
 * for a language with bare-clause cues (`bareClauseCues`), so German is left
 * alone.
 */
import { ENGLISH_CUE_ADVERBS, ENGLISH_CUE_CATENATIVES, ENGLISH_CUE_MODALS, ENGLISH_NOMINATIVE_PRONOUNS } from "../../lang/en/quotes.js";
import { QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc, Sentence } from "./context.js";
import { spanOf, speakerOf, type Found } from "./found.js";
import { canSpeak, isPhrase, MAX_SUBJECT, opensWithSentenceAdverb, subjectBefore } from "./english-phrase.js";
import { closingSource, quotedAsQuote } from "./quoted-as.js";
import { isFinalPunct, isWord, type Tok } from "./tokens.js";

const NOMINATIVE = new Set(ENGLISH_NOMINATIVE_PRONOUNS);

/** The reported clause needs a finite verb within this many tokens of its start. */
const VERB_WINDOW = 8;
/** A reported clause needs at least this many words. */
const MIN_WORDS = 3;

/** Indirect or direct quotes of the bare-clause rules in one sentence (none where the sentence already holds a quote). */
export function bareClauseQuotes(doc: QuoteDoc, sentence: Sentence, taken: Found[]): Found[] {
  if (doc.lex.sets.bareClauseCues.size === 0) return [];
  const toks = sentence.toks;
  if (toks.length === 0 || toks[toks.length - 1].text === "?") return [];
  const quotedAs = quotedAsQuote(doc, sentence, taken, leadEnd(doc, toks), lastWord(toks));
  if (quotedAs) return quotedAs === "assigned" ? [] : [quotedAs];
  const closing = closingFrame(doc, sentence, taken);
  if (closing) return closing === "assigned" ? [] : [closing];
  const at = sayingParticipleAt(doc, toks);
  const added = addedClause(doc, sentence, taken, at);
  if (added) return [added];
  if (relayedForward(doc, sentence, taken)) return [];
  const here = taken.filter((q) => q.start < sentence.end && sentence.start < q.end);
  if (here.length > 0) {
    // 'Biden said the deal was "a big win for America".': quoted words inside a reported clause; the clause is a quote as well.
    const clause = forwardFrame(doc, toks, at < 0 ? lastWord(toks) : at - 1);
    return clause && here.every((q) => q.kind === "direct" && q.start >= clause.start && q.end <= clause.end + 1) ? [clause] : [];
  }
  const parenthetical = parentheticalFrame(doc, toks);
  if (parenthetical) return [parenthetical];
  const forward = forwardFrame(doc, toks, at < 0 ? lastWord(toks) : at - 1);
  const next = forward ? addedClause(doc, sentence, [forward], at) : null;
  return forward ? (next ? [forward, next] : [forward]) : [];
}

/**
 * "Scholz said Germany would not send troops, according to Reuters.": the
 * "according to" frame took the whole sentence as the outlet's words; they
 * are the forward frame's, relayed by the outlet. The outlet's quote becomes
 * that frame's quote with the outlet as its source; true when so.
 */
function relayedForward(doc: QuoteDoc, sentence: Sentence, taken: Found[]): boolean {
  const toks = sentence.toks;
  const trailing = closingSource(doc, toks, lastWord(toks));
  if (!trailing?.source) return false;
  const source = trailing.source;
  const relay = taken.find((q) => q.speaker && q.speaker.start === source.start && q.start < sentence.end && sentence.start < q.end);
  const forward = relay ? forwardFrame(doc, toks, trailing.comma) : null;
  if (!relay || !forward) return false;
  Object.assign(relay, { ...forward, source });
  return true;
}

/**
 * "The plan, he said, would fail.", "The economy, the minister said on
 * Tuesday, is in good shape.": a frame between two commas inside the
 * sentence (subject, bare cue, optional addressee and time phrase) reports
 * the sentence around it, which is one indirect quote (the data set's span
 * for such a sentence holds the frame too).
 */
function parentheticalFrame(doc: QuoteDoc, toks: readonly Tok[]): Found | null {
  const start = leadEnd(doc, toks);
  const last = lastWord(toks);
  for (let open = start + 1; open < last; open++) {
    if (toks[open].text !== ",") continue;
    const v = toks.findIndex((t, i) => i > open + 1 && i <= open + 1 + MAX_SUBJECT && doc.lex.sets.bareClauseCues.has(t.lower));
    if (v < 0) continue;
    const close = adverbialEnd(doc, toks, addresseeEnd(doc, toks, v + 1, last) > 0 && /^tell|^told/u.test(toks[v].lower) ? addresseeEnd(doc, toks, v + 1, last) : v + 1, last);
    // '…, Christine Whitman argued, "As the report …"': a quotation after the frame is what it reports, not the sentence around it.
    if (toks[close]?.text !== "," || close + 1 >= last || QUOTE_MARKS.has(toks[close + 1].text)) continue;
    const speaker = subjectBefore(doc, toks, open + 1, v);
    if (!speaker || speaker.from !== open + 1) continue;
    const span = spanOf(toks, start, last);
    return span ? { ...span, kind: "indirect", cue: toks[v].text, speaker: speakerOf(doc, toks, speaker), by: "indirect" } : null;
  }
  return null;
}

/** Index of a participle of saying right after a comma ("…, adding that …"), or -1. */
function sayingParticipleAt(doc: QuoteDoc, toks: readonly Tok[]): number {
  return toks.findIndex((t, i) => i > 0 && toks[i - 1].text === "," && doc.lex.sets.sayingParticiples.has(t.lower));
}

/**
 * '"…," said Mayor Eric Adams, adding that the families would be supported.':
 * a participle of saying after a comma (at `at`, -1 when none), late in a
 * sentence whose quote has a speaker, reports what that speaker said next;
 * "that" may open the clause.
 */
function addedClause(doc: QuoteDoc, sentence: Sentence, taken: readonly Found[], at: number): Found | null {
  if (at < 0) return null;
  const toks = sentence.toks;
  const last = lastWord(toks);
  const said = taken.find((q) => q.speaker && q.start < toks[at].start && q.end > sentence.start);
  if (!said) return null;
  const start = doc.lex.sets.thatWords.has(toks[at + 1]?.lower ?? "") ? at + 2 : at + 1;
  if (!isClause(doc, toks, start, last)) return null;
  const span = spanOf(toks, at + 1, last);
  return span ? { ...span, kind: "indirect", cue: toks[at].text, speaker: said.speaker, by: "indirect" } : null;
}

/** Index after the last token that is not final punctuation. */
function lastWord(toks: readonly Tok[]): number {
  let last = toks.length;
  while (last > 0 && (isFinalPunct(toks[last - 1]) || (QUOTE_MARKS.has(toks[last - 1].text) && last - 1 > 0 && isFinalPunct(toks[last - 2])))) last--;
  return last;
}

/** Index of the first token after leading conjunctions, sentence adverbs and time or statement phrases followed by a comma ("But", "However,", "In a statement,", "On Monday,"). */
function leadEnd(doc: QuoteDoc, toks: readonly Tok[]): number {
  let j = 0;
  for (;;) {
    const phrase = adverbialEnd(doc, toks, j, toks.length);
    if (j < toks.length && doc.lex.sets.coordinators.has(toks[j].lower)) j++;
    // "Separately,", "Finally,": a sentence adverb; a short word in -ly is as likely a name ("Italy, France and Germany said").
    else if (opensWithSentenceAdverb(doc, toks, j) || (toks[j + 1]?.text === "," && /^(?:However|Meanwhile)$/u.test(toks[j].text))) j += 2;
    else if (phrase > j && toks[phrase]?.text === ",") j = phrase + 1;
    else if (participleEnd(doc, toks, j) > j) j = participleEnd(doc, toks, j) + 1;
    else return j;
  }
}

/** A participle phrase opening the sentence holds at most this many tokens before its comma. */
const MAX_PARTICIPLE_PHRASE = 8;

/** "Speaking to the BBC,", "Asked about the plan,": index of the comma closing a participle phrase that opens at `j`, or -1 ("Morning traffic was heavy," opens with a noun). */
function participleEnd(doc: QuoteDoc, toks: readonly Tok[], j: number): number {
  if (j !== 0 || !doc.lex.sets.openingParticiples.has(toks[j]?.lower ?? "")) return -1;
  for (let i = j + 1; i <= Math.min(toks.length - 1, j + MAX_PARTICIPLE_PHRASE); i++) {
    if (toks[i].text === ",") return i;
    if (!isWord(toks[i]) && toks[i].text !== "'s") return -1;
  }
  return -1;
}

/**
 * "X said the plan would fail", "X, the leader of Y, said …", "X told
 * reporters on Monday …": a subject at the start, a bare cue, an optional
 * addressee and time phrase, then a clause with a finite verb — at the
 * sentence's start, else after a joiner that opens a second clause.
 */
function forwardFrame(doc: QuoteDoc, toks: readonly Tok[], last: number): Found | null {
  for (const from of [leadEnd(doc, toks), ...secondClauses(doc, toks, last)]) {
    const found = forwardFrameFrom(doc, toks, from, last);
    if (found) return found;
  }
  return null;
}

/**
 * "Marshall scored 50, but Bracewell said …", "Prices rose while analysts
 * said …": where a second clause opens after a joiner (a coordinator only
 * after a comma) with a bare cue close enough after it for a subject between.
 * One pass from the end, so a long sentence is read once.
 */
function secondClauses(doc: QuoteDoc, toks: readonly Tok[], last: number): number[] {
  const s = doc.lex.sets;
  const out: number[] = [];
  let cue = -1;
  for (let j = last - 1; j >= 1; j--) {
    if (s.bareClauseCues.has(toks[j].lower)) cue = j;
    if (cue < 0 || cue - j > MAX_SUBJECT + SUBJECT_SLACK || !s.bareClauseOpeners.has(toks[j].lower)) continue;
    if (s.coordinators.has(toks[j].lower) && toks[j - 1].text !== ",") continue;
    out.push(j + 1);
  }
  return out.reverse();
}

/** Adverbs and auxiliaries that may stand between a subject and its cue ("has also said"). */
const SUBJECT_SLACK = 4;

/** The forward frame of the clause that opens at `from`: its subject, the first bare cue, the reported clause up to `last`. */
function forwardFrameFrom(doc: QuoteDoc, toks: readonly Tok[], from: number, last: number): Found | null {
  for (let v = from + 1; v < last; v++) {
    if (!doc.lex.sets.bareClauseCues.has(toks[v].lower)) continue;
    // "did not say the actions had an impact", "will say", "to say": no statement made.
    if (UNSAID_BEFORE.test(toks[v - 1].lower)) return null;
    const speaker = subjectBefore(doc, toks, from, v) ?? subjectBefore(doc, toks, from, beforeAside(doc, toks, v));
    if (!speaker) return null;
    const start = complementStart(doc, toks, v, last);
    if (start < 0 || !isClause(doc, toks, start, last)) return null;
    const span = spanOf(toks, start, last);
    if (!span) return null;
    return { ...span, kind: "indirect", cue: toks[v].text, speaker: speakerOf(doc, toks, speaker), by: "indirect" };
  }
  return null;
}

/**
 * Index where the reported clause after the cue at `v` starts: after an
 * addressee ("told reporters", "told the BBC", "told him") and a time or
 * statement phrase ("on Monday", "in a statement"); -1 when "told" has no
 * addressee or a complementizer follows (the "that" rules handle those).
 */
function complementStart(doc: QuoteDoc, toks: readonly Tok[], v: number, last: number): number {
  const s = doc.lex.sets;
  let j = v + 1;
  const tell = /^tell|^told/u.test(toks[v].lower);
  // Only "told" takes a bare addressee: after "said", "Germany would not …" is the clause's subject.
  const addressee = tell ? addresseeEnd(doc, toks, j, last) : -1;
  if (tell && addressee < 0) return -1;
  if (addressee > 0) j = addressee;
  j = adverbialEnd(doc, toks, j, last);
  if (j < last && toks[j].text === ",") return -1;
  if (j >= last || s.complementizers.has(toks[j].lower) || s.thatWords.has(toks[j].lower)) return -1;
  return j;
}

/** End of an addressee after "told": an object pronoun, or a short phrase ending in an addressee noun or a name ("reporters", "the BBC"); -1 if none. */
function addresseeEnd(doc: QuoteDoc, toks: readonly Tok[], j: number, last: number): number {
  const s = doc.lex.sets;
  if (j >= last) return -1;
  if (s.objectPronouns.has(toks[j].lower) && toks[j].lower !== "it") return j + 1;
  let i = j;
  if (s.determiners.has(toks[i].lower)) i++;
  for (let n = i; n < Math.min(last, i + 3); n++) {
    if (s.addresseeNouns.has(toks[n].lower)) return n + 1;
    if (!/^\p{Lu}/u.test(toks[n].text)) break;
    if (!/^\p{Lu}/u.test(toks[n + 1]?.text ?? "")) return n + 1;
  }
  return -1;
}

/** End of a time or statement phrase at `j` ("on Monday", "yesterday", "in a statement", "late on Tuesday"); `j` itself if none. */
function adverbialEnd(doc: QuoteDoc, toks: readonly Tok[], j: number, last: number): number {
  const s = doc.lex.sets;
  let i = j;
  for (;;) {
    if (i < last && /^(?:today|yesterday|tonight|recently|earlier|later|late|also|again|previously)$/u.test(toks[i].lower)) {
      i++;
      continue;
    }
    // "Last week", "this month", "next Tuesday".
    if (i + 1 < last && /^(?:last|this|next)$/u.test(toks[i].lower) && (s.timeNouns.has(toks[i + 1].lower) || PERIODS.test(toks[i + 1].lower))) {
      i += 2;
      continue;
    }
    if (i < last && s.prepositions.has(toks[i].lower)) {
      let n = i + 1;
      while (n < last && (s.determiners.has(toks[n].lower) || /^(?:last|this|next|written|joint|brief)$/u.test(toks[n].lower))) n++;
      if (n < last && (s.timeNouns.has(toks[n].lower) || s.statementNouns.has(toks[n].lower) || PERIODS.test(toks[n].lower) || OCCASIONS.test(toks[n].lower))) {
        i = withPartner(doc, toks, n + 1, last);
        continue;
      }
      // "on Twitter", "in Berlin", "at the UN", "on X": a place or platform named after a preposition of place.
      const named = namedPlaceEnd(toks, n, last);
      if (PLACE_PREPOSITIONS.has(toks[i].lower) && named > n) {
        i = named;
        continue;
      }
    }
    return i;
  }
}

/** "Critics, however, say …": where a sentence adverb between commas stands right before `v`, the index of its first comma; else `v`. */
function beforeAside(doc: QuoteDoc, toks: readonly Tok[], v: number): number {
  if (v < 4 || toks[v - 1].text !== "," || toks[v - 3].text !== ",") return v;
  const adverb = toks[v - 2].lower;
  return doc.lex.sets.skipAdverbs.has(adverb) || /^\p{L}{3,}ly$/u.test(adverb) ? v - 3 : v;
}

/** Words before a cue form that make it no statement made: negation, do-support, a modal, an infinitive marker. */
const UNSAID_BEFORE = /^(?:not|never|n't|did|does|do|will|would|could|can|may|might|should|must|to)$/u;

/** Periods of time after "last", "this", "on the" ("last week", "in the morning"), and occasions of speaking ("in an interview", "in a post"). */
const PERIODS = /^(?:week|weekend|month|year|morning|evening|night|spring|summer|autumn|fall|winter)$/u;
const OCCASIONS = /^(?:interview|conference|speech|post|tweet|video|message|letter|podcast|broadcast|address|appearance|column|op-ed|briefing|hearing|remarks|comments|testimony)$/u;

/** Prepositions before a place or platform that may follow a cue ("wrote on X", "said in Berlin"). */
const PLACE_PREPOSITIONS = new Set(["on", "in", "at", "via"]);
/** The most capitalised words a place or platform name may have ("Truth Social", "New York City"). */
const MAX_NAME_WORDS = 3;

/** "in an interview with CNN", "in a letter to the BBC", "in an interview with reporters": after an occasion, "with"/"to" and a name or an addressee noun belong to it; the index after them, else `i`. */
function withPartner(doc: QuoteDoc, toks: readonly Tok[], i: number, last: number): number {
  if (i >= last || !/^(?:with|to)$/u.test(toks[i].lower)) return i;
  let n = i + 1;
  while (n < last && doc.lex.sets.determiners.has(toks[n].lower)) n++;
  if (n < last && doc.lex.sets.addresseeNouns.has(toks[n].lower)) return n + 1;
  const named = namedPlaceEnd(toks, n, last);
  return named > n ? named : i;
}

/** End of a run of one to three capitalised words at `n`, or `n` when there is none. */
function namedPlaceEnd(toks: readonly Tok[], n: number, last: number): number {
  let e = n;
  while (e < last && e - n < MAX_NAME_WORDS && /^\p{Lu}/u.test(toks[e].text) && isWord(toks[e])) e++;
  return e;
}

/**
 * Whether the tokens from `start` to `last` form a finite clause: a subject
 * word first (article, pronoun, name, number) and an auxiliary or modal
 * soon after ("the government had no plan", "it was watching closely").
 */
function isClause(doc: QuoteDoc, toks: readonly Tok[], start: number, last: number): boolean {
  const s = doc.lex.sets;
  let words = 0;
  for (let i = start; i < last; i++) if (isWord(toks[i])) words++;
  if (words < MIN_WORDS) return false;
  const first = toks[start];
  if (!isWord(first) || s.prepositions.has(first.lower) || s.coordinators.has(first.lower) || s.auxiliaries.has(first.lower) || s.clauseVerbs.has(first.lower)) return false;
  if (/^(?:to|not|goodbye|hello|sorry|yes|no)$/u.test(first.lower) || (s.subordinators.has(first.lower) && !s.determiners.has(first.lower))) return false;
  // "said he loves Britain": a pronoun that can only be a subject, and a verb.
  if (NOMINATIVE.has(first.lower) && /^\p{Ll}+$/u.test(toks[start + 1]?.text ?? "")) return true;
  for (let i = start + 1; i < Math.min(last, start + VERB_WINDOW); i++) {
    if (toks[i].text === ",") return false;
    if (s.clauseVerbs.has(toks[i].lower)) return true;
  }
  return pastVerbAfterSubject(doc, toks, start, last);
}

/** The most words a subject phrase may have before its verb ("the strike", "the new government"). */
const MAX_SUBJECT_WORDS = 4;

/**
 * "he heard two shots", "it expected profits to fall", "the strike targeted
 * militants": a subject (a pronoun, or a phrase opened by an article or a
 * name) followed by a verb in the past tense, not a participle of a reduced
 * passive ("the people targeted by the strike").
 */
function pastVerbAfterSubject(doc: QuoteDoc, toks: readonly Tok[], start: number, last: number): boolean {
  const s = doc.lex.sets;
  const first = toks[start];
  const isPast = (t: Tok) => /^\p{Ll}{2,}ed$/u.test(t.text) || s.irregularPast.has(t.text);
  const verbAt = (i: number) => i < last && isPast(toks[i]) && (i === last - 1 || (toks[i + 1].lower !== "by" && isWord(toks[i + 1])));
  if (s.pronouns.has(first.lower)) return verbAt(start + 1);
  if (!s.determiners.has(first.lower) && !/^\p{Lu}/u.test(first.text)) return false;
  for (let i = start + 1; i < Math.min(last, start + MAX_SUBJECT_WORDS + 1); i++) {
    if (!isWord(toks[i]) || s.prepositions.has(toks[i].lower) || s.bareClauseCues.has(toks[i].lower)) return false;
    if (verbAt(i)) return true;
  }
  return false;
}

/**
 * The cue of a closing frame and the start of its subject: the last bare cue
 * whose tail up to `last` is an addressee, time or statement phrase, a
 * subordinate clause or a participle ('… said in a video posted on social
 * media', where "posted" is no cue of its own), and whose subject runs back
 * to a comma or a closing quotation mark; null when there is none.
 */
function closingCue(doc: QuoteDoc, toks: readonly Tok[], last: number): { v: number; from: number; to: number } | null {
  for (let v = last - 1; v > 0; v--) {
    if (!doc.lex.sets.bareClauseCues.has(toks[v].lower)) continue;
    let tail = v + 1;
    const addressee = addresseeEnd(doc, toks, tail, last);
    if (addressee > 0 && toks.slice(tail, addressee).every((t) => !/^\p{Lu}/u.test(t.text) || doc.lex.sets.addresseeNouns.has(t.lower))) tail = addressee;
    else if (/^tell|^told/u.test(toks[v].lower)) tail = addressee > 0 ? addressee : tail;
    const frameEnd = adverbialEnd(doc, toks, tail, last);
    const participle = /^\p{Ll}{3,}(?:ed|en)$/u.test(toks[frameEnd]?.text ?? "") || doc.lex.sets.irregularPast.has(toks[frameEnd]?.text ?? "");
    const closes = frameEnd === last || doc.lex.sets.subordinators.has(toks[frameEnd].lower) || participle;
    if (!closes) continue;
    let from = v;
    while (from > 0 && toks[from - 1].text !== "," && !QUOTE_MARKS.has(toks[from - 1].text)) from--;
    const to = subjectEnd(doc, toks, from, v);
    if (from > 0 && from < to && to - from <= MAX_SUBJECT && isPhrase(doc, toks, from, to, true) && canSpeak(doc, toks, from, to)) return { v, from, to };
  }
  return null;
}

const CATENATIVES = new Set(ENGLISH_CUE_CATENATIVES);
const CUE_ADVERBS = new Set(ENGLISH_CUE_ADVERBS);
const MODALS = new Set(ENGLISH_CUE_MODALS);

/**
 * Where the subject of a closing frame ends before its cue at `v`: past
 * auxiliaries, modals and adverbs ("the senator has said", "he would later
 * say", "she has also said") and a verb taking the cue with "to" ("he went
 * on to say", "she continued to insist"); `v` itself when none stands there.
 */
function subjectEnd(doc: QuoteDoc, toks: readonly Tok[], from: number, v: number): number {
  let j = v;
  if (toks[j - 1]?.lower === "to") {
    let k = j - 1;
    if (toks[k - 1]?.lower === "on") k--;
    if (k - 1 <= from || !CATENATIVES.has(toks[k - 1].lower)) return v;
    j = k - 1;
  }
  const skippable = (t: Tok) => doc.lex.sets.auxiliaries.has(t.lower) || MODALS.has(t.lower) || CUE_ADVERBS.has(t.lower) || /^\p{Ll}{3,}ly$/u.test(t.text);
  while (j - 1 > from && skippable(toks[j - 1])) j--;
  return j;
}

/**
 * "The budget is sound, the minister said.", "“We are ready,” the minister
 * told reporters.": a sentence that ends in subject, bare cue and optional
 * addressee or time phrase after a comma or a closing quote. A direct quote
 * before it gets the speaker ("assigned"); plain words become an indirect
 * quote. Null when the sentence does not end so.
 */
function closingFrame(doc: QuoteDoc, sentence: Sentence, taken: Found[]): Found | "assigned" | null {
  const toks = sentence.toks;
  // "…, the president said, according to Reuters.": the outlet is the source.
  const trailing = closingSource(doc, toks, lastWord(toks));
  const last = trailing ? trailing.comma : lastWord(toks);
  const source = trailing?.source ?? null;

  const frame = closingCue(doc, toks, last);
  if (!frame) return null;
  const { v, from, to } = frame;
  const speaker = speakerOf(doc, toks, { from, to });
  const mark = toks[from - 1];
  // The "according to" phrase had framed the sentence as the outlet's words: they are the speaker's, relayed.
  const relay = source ? taken.find((q) => q.speaker && q.speaker.start === source.start && q.start < sentence.end && sentence.start < q.end) : undefined;
  const claim = (found: Found): Found | "assigned" => (relay ? (Object.assign(relay, found), "assigned") : found);
  if (QUOTE_MARKS.has(mark.text)) {
    const pair = doc.pairs.find((p) => p.end === mark.end);
    if (!pair || pair.start < sentence.start - 1) return null;
    const direct = taken.find((q) => q.kind === "direct" && q.start <= pair.start && q.end >= pair.end - 1);
    if (direct) {
      if (!direct.speaker || source) Object.assign(direct, { speaker, cue: toks[v].text, source });
      return "assigned";
    }
    if (!relay && taken.some((q) => q.start < sentence.end && sentence.start < q.end)) return null;
    return claim({ start: pair.start, end: pair.end, kind: "direct", cue: toks[v].text, speaker, source, by: "direct" });
  }
  if (!relay && taken.some((q) => q.start < sentence.end && sentence.start < q.end)) return null;
  const start = leadEnd(doc, toks);
  const end = from - 1;
  let words = 0;
  for (let i = start; i < end; i++) if (isWord(toks[i])) words++;
  if (words < MIN_WORDS || doc.lex.sets.subordinators.has(toks[start].lower) || doc.lex.sets.prepositions.has(toks[start].lower)) return null;
  if (!toks.slice(start, end).some((t) => doc.lex.sets.clauseVerbs.has(t.lower) || /^\p{Ll}+(?:ed|s)$/u.test(t.text))) return null;
  const span = spanOf(toks, start, end);
  return span ? claim({ ...span, kind: "indirect", cue: toks[v].text, speaker, source, by: "indirect" }) : null;
}
