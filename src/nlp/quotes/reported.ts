/**
 * Reported speech acts: a sentence whose main verb names what someone said
 * without a reported clause ("Die Gewerkschaft forderte den Rücktritt des
 * Vorstands.", "Der Minister kündigte Neuwahlen an."). The quote is the whole
 * sentence, speaker and cue included, as the data set annotates it.
 */
import type { QuoteDoc, Sentence } from "./context.js";
import type { Frame } from "./frames.js";
import type { CueVerb } from "./lexicon.js";
import { speakerOf, type Found } from "./found.js";

/** A finite speech-act verb ("forderte"), or a verb with its act preposition ("sprach von"); participles ("hat … gefordert") do not count. */
function isAct(doc: QuoteDoc, sentence: Sentence, frame: Frame): boolean {
  const verb = frame.verb?.verb;
  if (!verb) return false;
  if (participleUse(doc, sentence, frame.cueAt, verb)) return verb.act === true && passiveWithAgent(doc, sentence, frame);
  if (verb.act) return true;
  const preps = verb.actWith?.split(/\s+/u) ?? [];
  return sentence.toks.slice(0, frame.to + 3).some((t) => preps.includes(t.lower));
}

/** "Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet": a passive act whose agent is named after "von". */
function passiveWithAgent(doc: QuoteDoc, sentence: Sentence, frame: Frame): boolean {
  const toks = sentence.toks;
  if (!frame.speaker || !toks.slice(0, frame.cueAt).some((t) => doc.lex.sets.passiveAuxiliaries.has(t.lower))) return false;
  return frame.speaker.from > 0 && doc.lex.sets.agentPrepositions.has(toks[frame.speaker.from - 1].lower);
}

/**
 * The cue word is a participle: it is the participle form and no finite form
 * of the verb ("gefordert"), or it is both ("berichtet", "kritisiert") and an
 * auxiliary stands before it ("hat … berichtet", "wurde … kritisiert").
 */
function participleUse(doc: QuoteDoc, sentence: Sentence, at: number, verb: CueVerb): boolean {
  const word = sentence.toks[at].lower;
  if (word !== verb.participle) return false;
  if (!verb.finite.split(/\s+/u).includes(word)) return true;
  return sentence.toks.slice(0, at).some((t) => doc.lex.sets.auxiliaries.has(t.lower));
}

/** A reported-act quote for a sentence, or null when no frame of it qualifies or its subject is "man" ("Als Lichtjahr bezeichnet man …" defines, it reports nothing). */
export function reportedAct(doc: QuoteDoc, sentence: Sentence, frames: readonly Frame[], used: ReadonlySet<Frame>): Found | null {
  const frame = frames.find((f) => f.type === "verb" && isAct(doc, sentence, f) && !f.verbFinal && !f.embedded && f.speaker && !used.has(f));
  if (!frame) return null;
  const speaker = speakerOf(doc, sentence.toks, frame.speaker);
  if (!speaker) return null;
  return {
    start: sentence.start,
    end: sentence.end,
    kind: "reported",
    cue: frame.cue,
    speaker,
    source: speakerOf(doc, sentence.toks, frame.source ?? null),
    by: "reported",
  };
}
