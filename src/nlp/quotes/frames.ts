/**
 * Attribution frames in a sentence: a cue (a speech verb, "laut", "zufolge",
 * "nach Angaben", ", so", "wie … mitteilte", "heißt es", "demnach") with its
 * speaker and the token range the frame occupies. What the frame reports is
 * decided elsewhere (direct quotes next to it, or the rest of the sentence).
 */
import { quotedMask, statementMask } from "./clause.js";
import type { QuoteDoc, Sentence } from "./context.js";
import { isSubjunctive, type VerbEntry } from "./lexicon.js";
import { type Range } from "./phrase.js";
import { phraseBefore } from "./position.js";
import { withRelay } from "./relay.js";
import { impersonal, isImpersonal, multiWordSource, opinionFrame, soFrame, sourceNoun, sourceNounBefore, sourcePostposition, sourcePreposition } from "./sources.js";
import type { Tok } from "./tokens.js";
import { verbFrame } from "./verbs.js";

export { quotedMask } from "./clause.js";

export type FrameType = "verb" | "source" | "so" | "as" | "impersonal" | "adverb";

export interface Frame {
  type: FrameType;
  /** The cue words, space separated ("teilte mit", "laut", "nach Angaben"). */
  cue: string;
  /** Token index of the (first) cue word. */
  cueAt: number;
  speaker: Range | null;
  /** Token range of cue, speaker and what belongs to them. */
  from: number;
  to: number;
  verb: VerbEntry | null;
  /** The cue verb opens its clause after a comma: "…, sagte sie." */
  inverted: boolean;
  /** The cue verb ends a subordinate clause: "wie sie mitteilte", "nachdem er erklärt hatte". */
  verbFinal: boolean;
  /** The frame's finite verb is subjunctive: it is itself part of reported speech ("Er habe gefordert, …"). */
  embedded?: boolean;
  /** "Das sagte der Minister.": the frame points back to the sentence before with a demonstrative. */
  backward?: boolean;
  /** A frame between commas or dashes inside the sentence it reports ("Die Reform, sagte der Minister, komme zu spät."). */
  aside?: boolean;
  /** The cue ends a relative clause (", der den Plan als „…“ bezeichnete"): it frames only what its own clause holds. */
  relative?: boolean;
  /** A source preposition with a relative pronoun (", nach denen …", ", laut dem …"): the phrase before it is the source of what follows. */
  relativeSource?: boolean;
  /** Who made the frame's statement when its speaker is a claim they reject ("X wies die Darstellung zurück, …"): the sentences after it go on with X. */
  holder?: Range | null;
  /** Who relays the speaker's words: "Die Zeitung zitiert den Minister mit den Worten", "wird von Reuters zitiert", "sagte laut BBC". */
  source?: Range | null;
}

export function findFrames(doc: QuoteDoc, sentence: Sentence): Frame[] {
  const toks = sentence.toks;
  const quoted = quotedMask(doc, sentence);
  const hard = statementMask(doc, sentence);
  const frames: Frame[] = [];
  let k = 0;
  while (k < toks.length) {
    const frame = quoted[k] ? null : frameAt(doc, toks, hard, k);
    if (frame) {
      frames.push(frame);
      k = Math.max(k + 1, frame.type === "verb" ? k + 1 : frame.to);
    } else k++;
  }
  // "Lasst uns … sagen, dass …", "Let them tell that to …": a call to speak reports no one's words.
  const deduped = dedupe(frames).filter((f) => !(f.type === "verb" && f.speaker && f.speaker.to - f.speaker.from === 1 && doc.lex.sets.imperatives.has(toks[f.speaker.from].lower)));
  const marked = deduped.map((f) => (f.type === "verb" && isSubjunctiveFrame(doc, toks, f) && !isReportedSaying(toks, f, deduped) ? { ...f, embedded: true } : f));
  const kept = marked.map((f, i) => (f.type === "verb" && !f.embedded && isReportedCue(doc, toks, f, marked.slice(0, i)) ? { ...f, embedded: true } : f));
  return withSharedSubjects(doc, toks, kept).map((f) => withRelay(doc, toks, hard, f));
}

/**
 * "Trump's campaign manager Brad Parscale called the lawsuit "frivolous"
 * and said …": a verb joined by a coordinator to an earlier verb frame of
 * the sentence shares its subject. Where the joined frame's own subject is
 * only the start of the earlier one's ("Trump's" — the subject routine,
 * written for German, takes the first lower-case word for the verb), the
 * earlier frame's whole subject is taken.
 */
function withSharedSubjects(doc: QuoteDoc, toks: readonly Tok[], frames: readonly Frame[]): Frame[] {
  return frames.map((f, i) => {
    const own = f.speaker;
    if (f.type !== "verb" || own === null || f.cueAt === 0 || !doc.lex.sets.coordinators.has(toks[f.cueAt - 1].lower)) return f;
    const first = frames.slice(0, i).findLast((e) => e.type === "verb" && e.speaker !== null && e.cueAt < f.cueAt);
    const whole = first?.speaker;
    if (!whole || whole.from !== own.from || whole.to <= own.to || whole.to > first.cueAt) return f;
    return { ...f, speaker: whole };
  });
}

/**
 * "Der 58-Jährige habe darin geschrieben, er müsse …": the only frame of its
 * sentence, a plain verb of saying in the subjunctive whose subject opens the
 * sentence and whose clause ends at a comma. The writer reports that the
 * subject said something, and the clause after the comma is what was said;
 * the frame is not embedded in another speaker's words.
 */
function isReportedSaying(toks: readonly Tok[], f: Frame, all: readonly Frame[]): boolean {
  return all.length === 1 && f.verb?.verb.core === true && f.speaker?.from === 0 && toks[f.to]?.text === ",";
}

/** A verb frame whose finite verb (the cue or its auxiliary) is subjunctive. */
function isSubjunctiveFrame(doc: QuoteDoc, toks: readonly Tok[], f: Frame): boolean {
  for (let j = f.from; j < f.cueAt; j++) if (doc.lex.sets.hearsay.has(toks[j].lower)) return true;
  if (isSubjunctive(doc.lex, toks[f.cueAt])) return true;
  for (let j = f.from; j < f.cueAt; j++) if (isSubjunctive(doc.lex, toks[j]) && doc.lex.sets.auxiliaries.has(toks[j].lower)) return true;
  for (let j = f.cueAt + 1; j < Math.min(toks.length, f.cueAt + 2); j++) if (isSubjunctive(doc.lex, toks[j]) && doc.lex.sets.auxiliaries.has(toks[j].lower)) return true;
  return false;
}

/**
 * "Hatzius kritisiert …, die Aktion erinnere „…“": a cue verb in its
 * Konjunktiv I form, second in a clause that follows an earlier speech
 * frame of the sentence, is part of what that frame reports, not a frame
 * of its own. (Opening a sentence, "Der Mann gebe … zu" still reports an act.)
 */
function isReportedCue(doc: QuoteDoc, toks: readonly Tok[], f: Frame, earlier: readonly Frame[]): boolean {
  if (f.verbFinal || f.relative || !doc.lex.sets.cueSubjunctives.has(toks[f.cueAt].text) || isFirstPerson(doc, toks, f)) return false;
  return earlier.some((e) => e.type === "verb" && !e.embedded && e.cueAt < f.from);
}

/** "Ich sage …": the speaker is the first person, so the form in -e is indicative. */
function isFirstPerson(doc: QuoteDoc, toks: readonly Tok[], f: Frame): boolean {
  return !!f.speaker && f.speaker.to - f.speaker.from === 1 && doc.lex.sets.firstPersonWords.has(toks[f.speaker.from].lower);
}

/** One frame per cue word: a verb cue whose speaker is another frame's source phrase is kept, the others dropped. */
function dedupe(frames: Frame[]): Frame[] {
  return frames.filter((f, i) => !frames.some((g, j) => j < i && g.cueAt === f.cueAt));
}

function frameAt(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const lex = doc.lex;
  const w = toks[k].lower;
  if (lex.sets.sourcePrepositions.has(w) || multiWordSource(toks, k, lex.sets.sourcePrepositions) > 0) return sourcePreposition(doc, toks, hard, k);
  if (lex.sets.sourcePostpositions.has(w)) return sourcePostposition(doc, toks, hard, k);
  if (w === lex.data.sourceNounPreposition) return sourceNoun(doc, toks, hard, k) ?? sourceNounBefore(doc, toks, hard, k);
  if (w === lex.data.soWord) return soFrame(doc, toks, hard, k);
  if (lex.sets.sourceAdverbs.has(w)) return adverbFrame(doc, toks, k);
  if (lex.sets.opinionPrepositions.has(w)) return opinionFrame(doc, toks, k);
  if (isImpersonal(toks, k, lex.sets.impersonalCues)) return impersonal(doc, toks, hard, k);
  return verbFrame(doc, toks, hard, k);
}

/**
 * "Demnach …": a source adverb names itself as the speaker. After a comma it
 * is relative and points back to the noun phrase before the comma: "Ein
 * Bericht der Agentur „Interfax“, wonach …", "Es gibt eine Schätzung,
 * wonach …". Only a phrase that ends in a noun or a quoted name is an antecedent
 * (not ", den Bären einzufangen, wonach" or "Rech (CDU), wonach").
 */
function adverbFrame(doc: QuoteDoc, toks: readonly Tok[], k: number): Frame {
  const own: Range = { from: k, to: k + 1 };
  const antecedent = k >= 2 && toks[k - 1].text === "," && /^(?:\p{Lu}|[“”"«»]$)/u.test(toks[k - 2].text) ? phraseBefore(toks, k - 1, 0, doc.lex) : null;
  return { type: "adverb", cue: toks[k].text, cueAt: k, speaker: antecedent ?? own, from: k, to: k + 1, verb: null, inverted: false, verbFinal: false };
}
