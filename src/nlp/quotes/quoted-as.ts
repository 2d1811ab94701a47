/**
 * English relays: "Reuters quoted the minister as saying the plan would
 * fail", "He was quoted by the Guardian as saying: “…”", and a closing
 * "…, according to Reuters" after a "the minister said" frame. The speaker is
 * the one quoted, the outlet the source (as German "zitiert … mit den
 * Worten", relay.ts).
 */
import type { QuoteDoc, Sentence } from "./context.js";
import { canSpeak, isPhrase, subjectBefore } from "./english-phrase.js";
import { spanOf, speakerOf, type Found, type Speaker } from "./found.js";
import { isWord, type Tok } from "./tokens.js";

/** The phrase between "quoted" and "as saying" holds at most this many tokens. */
const MAX_OBJECT = 12;
const SAYING = new Set(["saying", "telling", "stating", "writing"]);
const PASSIVE = new Set(["was", "were", "is", "are", "been", "being", "has", "have", "had"]);

interface QuotedAs {
  speaker: Speaker | null;
  source: Speaker | null;
  /** Token index where the words quoted start. */
  start: number;
}

/**
 * The quote of a "quoted X as saying" sentence: a direct quote after it gets
 * speaker and source ("assigned"), plain words after it become an indirect
 * quote; null when the sentence has no such frame.
 */
export function quotedAsQuote(doc: QuoteDoc, sentence: Sentence, taken: Found[], from: number, last: number): Found | "assigned" | null {
  const toks = sentence.toks;
  const frame = quotedAsFrame(doc, toks, from);
  if (!frame) return null;
  let start = frame.start;
  if (doc.lex.sets.thatWords.has(toks[start]?.lower ?? "")) start++;
  if (toks[start]?.text === ":") start++;
  const direct = taken.find((q) => q.kind === "direct" && toks[start] && q.start <= toks[start].start && q.end > toks[start].start);
  if (direct) {
    Object.assign(direct, { speaker: frame.speaker, source: frame.source, cue: "quoted as saying" });
    return "assigned";
  }
  const words = toks.slice(start, last).filter(isWord).length;
  const span = spanOf(toks, start, last);
  if (!span || words < 3 || taken.some((q) => q.start < span.end && span.start < q.end)) return null;
  return { ...span, kind: "indirect", cue: "quoted as saying", speaker: frame.speaker, source: frame.source, by: "indirect" };
}

/** "X quoted Y as saying", "Y was quoted (by X) as saying": speaker, source and where the words start. */
function quotedAsFrame(doc: QuoteDoc, toks: readonly Tok[], from: number): QuotedAs | null {
  const k = toks.findIndex((t, i) => i > from && t.lower === "quoted");
  if (k < 0) return null;
  let as = -1;
  for (let j = k + 1; j < Math.min(toks.length - 1, k + MAX_OBJECT + 2); j++) if (toks[j].lower === "as" && SAYING.has(toks[j + 1].lower)) as = j;
  if (as < 0) return null;
  let aux = k;
  while (aux > from && PASSIVE.has(toks[aux - 1].lower)) aux--;
  if (aux < k) {
    const speaker = subjectBefore(doc, toks, from, aux);
    const agent = toks[k + 1]?.lower === "by" && isPhrase(doc, toks, k + 2, as, false) ? { from: k + 2, to: as } : null;
    return speaker ? { speaker: speakerOf(doc, toks, speaker), source: speakerOf(doc, toks, agent), start: as + 2 } : null;
  }
  const pronoun = as === k + 2 && doc.lex.sets.objectPronouns.has(toks[k + 1].lower) && toks[k + 1].lower !== "it";
  if (!pronoun && !(isPhrase(doc, toks, k + 1, as, false) && canSpeak(doc, toks, k + 1, as))) return null;
  const source = subjectBefore(doc, toks, from, k);
  return { speaker: speakerOf(doc, toks, { from: k + 1, to: as }), source: speakerOf(doc, toks, source), start: as + 2 };
}

/**
 * "“We will win,” the president said, according to Reuters.": the index of
 * the comma before a closing "according to" phrase that ends the sentence at
 * `last`, and the phrase; null when the sentence does not end so.
 */
export function closingSource(doc: QuoteDoc, toks: readonly Tok[], last: number): { comma: number; source: Speaker | null } | null {
  for (let c = last - 3; c > 0; c--) {
    if (toks[c].text !== "," || toks[c + 1].lower !== "according" || toks[c + 2].lower !== "to") continue;
    if (!isPhrase(doc, toks, c + 3, last, false)) return null;
    return { comma: c, source: speakerOf(doc, toks, { from: c + 3, to: last }) };
  }
  return null;
}
