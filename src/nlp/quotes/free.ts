/**
 * Free indirect speech: sentences in the subjunctive that follow reported
 * speech without a cue of their own ("Er sagte, die Lage sei ernst. Man
 * brauche mehr Hilfe. Die Zeit dränge."), and hearsay sentences ("Der Mann
 * soll die Tat gestanden haben."). Consecutive such sentences form one
 * quote; the speaker is the speaker of the quote or frame they continue.
 * Subjunctive sentences after plain narration are left alone (without a cue
 * their speaker is a guess), except a Konjunktiv I sentence right after one
 * plain sentence that follows a named speaker (ORPHAN_REACH).
 */
import { upperBound } from "../../core/sorted.js";
import type { QuoteDoc, Sentence } from "./context.js";
import type { Frame } from "./frames.js";
import { quotedMask } from "./frames.js";
import { speakerOf, type Found, type Speaker } from "./found.js";
import { inheritable } from "./resolve.js";
import { isStrongSubjunctive, isSubjunctive } from "./lexicon.js";

/** Sentences after an anchor may continue it across at most this many line breaks: into the next paragraph after a blank line, not further. */
const MAX_LINE_GAP = 2;

/**
 * A sentence in Konjunktiv I one plain sentence after reported speech ("Er
 * sagte, … Die Suche wurde eingestellt. Mögliche Termine seien …") still
 * reports the last speaker when that speaker spoke at most this many
 * sentences before; further away (or with nobody named) it is left alone.
 */
const ORPHAN_REACH = 2;

/** What a following subjunctive sentence continues: a speaker (or null for an unknown one) and where it was. */
interface Anchor {
  speaker: Speaker | null;
  line: number;
}

/**
 * The quotes (sorted by start) that end in a stretch, and whether one covers
 * a stretch, by binary search: an article may hold thousands of quotes, and
 * every sentence asks.
 */
function anchorIndex(anchors: readonly Found[]): { endingIn(after: number, upTo: number): Found[]; covers(start: number, end: number): boolean } {
  const byEnd = anchors.map((_, i) => i).sort((a, b) => anchors[a].end - anchors[b].end || a - b);
  const endOf = (i: number) => anchors[i].end;
  const maxEnd: number[] = [];
  anchors.forEach((q, i) => maxEnd.push(Math.max(q.end, maxEnd[i - 1] ?? -Infinity)));
  return {
    // q.end > after && q.end <= upTo, in the order of `anchors`.
    endingIn: (after, upTo) =>
      byEnd
        .slice(upperBound(byEnd, after, endOf), upperBound(byEnd, upTo, endOf))
        .sort((a, b) => a - b)
        .map((i) => anchors[i]),
    // Some q with q.start <= start && q.end >= end (`anchors` sorted by start).
    covers: (start, end) => {
      const last = upperBound(anchors, start, (q) => q.start) - 1;
      return last >= 0 && maxEnd[last] >= end;
    },
  };
}

/** Free indirect quotes that continue the given quotes (sorted by start) or a sentence's frame. */
export function freeIndirect(doc: QuoteDoc, frames: ReadonlyMap<Sentence, Frame[]>, anchors: readonly Found[]): Found[] {
  const out: Found[] = [];
  let chain: Found | null = null;
  let anchor: Anchor | null = null;
  let recent: { speaker: Speaker; index: number; line: number } | null = null;
  const index = anchorIndex(anchors);
  for (const sentence of doc.sentences) {
    const own = index.endingIn(sentence.start, sentence.end + 1);
    const covered = index.covers(sentence.start, sentence.end - 1);
    const live = (frames.get(sentence) ?? []).filter((f) => !f.embedded);
    // "Der Konzern teilte mit, … Eine Entscheidung werde erwartet.": a cue without a speaker that frames nothing goes on with the speaker before.
    const silent = own.length === 0 && !covered && live.every((f) => !f.speaker) && anchor?.speaker != null && sentence.line - anchor.line <= MAX_LINE_GAP;
    if ((own.length > 0 || covered || live.length > 0) && !silent) {
      chain = null;
      anchor = anchorOf(doc, sentence, own, live) ?? (covered ? anchor : null);
      if (anchor?.speaker) recent = { speaker: anchor.speaker, index: sentence.index, line: sentence.line };
    } else {
      const kind = reportedMood(doc, sentence);
      const near: boolean = anchor !== null && sentence.line - anchor.line <= MAX_LINE_GAP;
      const inherited: Speaker | null = recent && sentence.index - recent.index <= ORPHAN_REACH && sentence.line - recent.line <= MAX_LINE_GAP ? recent.speaker : null;
      if (kind === "unmistakable" && !near && inherited) {
        chain = { start: sentence.start, end: sentence.end, kind: "indirect", cue: null, speaker: inherited, by: "free" };
        out.push(chain);
        anchor = { speaker: inherited, line: sentence.line };
      } else if (kind === "none" || !near || !anchor) {
        anchor = null;
        chain = null;
      } else {
        if (chain) chain.end = sentence.end;
        else {
          chain = { start: sentence.start, end: sentence.end, kind: "indirect", cue: null, speaker: anchor.speaker, by: "free" };
          out.push(chain);
        }
        anchor.line = sentence.line;
      }
    }
  }
  return out;
}

/** The anchor a sentence with quotes or frames sets for the sentences after it. */
function anchorOf(doc: QuoteDoc, sentence: Sentence, own: readonly Found[], live: readonly Frame[]): Anchor | null {
  const last = own.length ? own[own.length - 1] : null;
  const rejected = live.find((f) => f.holder);
  if (rejected?.holder) return { speaker: inheritable(doc, speakerOf(doc, sentence.toks, rejected.holder)), line: sentence.line };
  if (last) return last.speaker || last.kind !== "direct" ? { speaker: inheritable(doc, last.speaker), line: sentence.line } : null;
  if (live.length === 0) return null;
  const spoken = live.filter((f) => f.speaker);
  // A relative clause's cue ("…, die den Angaben widerspricht") continues only when the sentence has no other.
  const withSpeaker = spoken.some((f) => !f.relative) ? spoken.filter((f) => !f.relative) : spoken;
  const speaker = withSpeaker.length ? speakerOf(doc, sentence.toks, withSpeaker[withSpeaker.length - 1].speaker) : null;
  return { speaker: inheritable(doc, speaker), line: sentence.line };
}

/**
 * "unmistakable": a Konjunktiv I form that no indicative shares ("sei",
 * "habe", "könne"); "strong": another Konjunktiv I verb or hearsay "soll …
 * haben"; "weak": only Konjunktiv II ("wäre", "würde"); "none".
 */
function reportedMood(doc: QuoteDoc, sentence: Sentence): "unmistakable" | "strong" | "weak" | "none" {
  const quoted = quotedMask(doc, sentence);
  const s = doc.lex.sets;
  const toks = sentence.toks;
  let strong = false;
  let weak = false;
  let subordinate = false;
  const idiom = idiomMask(doc, toks);
  for (let i = 0; i < toks.length; i++) {
    // A subjunctive inside a subordinate clause after a comma ("…, ob ein Verbot angestrebt werden solle") does not make the sentence reported.
    if (i > 0 && toks[i - 1].text === ",") subordinate = s.subordinators.has(toks[i].lower);
    if (quoted[i] || subordinate || idiom[i]) continue;
    if (s.unmistakableSubjunctive.has(toks[i].lower)) return "unmistakable";
    if (isStrongSubjunctive(doc.lex, toks[i])) strong = true;
    else if (isSubjunctive(doc.lex, toks[i])) weak = true;
  }
  if (strong || isHearsay(doc, sentence, quoted)) return "strong";
  return weak ? "weak" : "none";
}

/** The tokens inside an idiom whose subjunctive reports no one ("es sei denn", "wie dem auch sei"). */
function idiomMask(doc: QuoteDoc, toks: Sentence["toks"]): boolean[] {
  const mask = toks.map(() => false);
  for (const idiom of doc.lex.subjunctiveIdioms) {
    for (let i = 0; i + idiom.length <= toks.length; i++) {
      if (idiom.every((w, k) => toks[i + k].lower === w)) mask.fill(true, i, i + idiom.length);
    }
  }
  return mask;
}

/**
 * Hearsay and announced plans: "soll"/"sollen" as the finite verb of a main
 * clause ("Er soll die Tat gestanden haben.", "Die Eröffnung soll im Mai
 * stattfinden."); the data set reports both as free indirect speech. A form
 * that closes its clause is the verb of a subordinate clause ("…, mit dem
 * gespart werden soll") and does not count.
 */
function isHearsay(doc: QuoteDoc, sentence: Sentence, quoted: readonly boolean[]): boolean {
  const toks = sentence.toks;
  const s = doc.lex.sets;
  return toks.some((t, i) => !quoted[i] && s.hearsay.has(t.lower) && i + 1 < toks.length && /^[\p{L}\p{N}]/u.test(toks[i + 1].text));
}
