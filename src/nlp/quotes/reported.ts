/**
 * Reported speech acts: a sentence whose main verb names what someone said
 * without a reported clause ("Die Gewerkschaft forderte den Rücktritt des
 * Vorstands.", "Der Minister kündigte Neuwahlen an."). The quote is the whole
 * sentence, speaker and cue included, as the data set annotates it.
 */
import type { QuoteDoc, Sentence } from "./context.js";
import type { Frame } from "./frames.js";
import { speakerOf, type Found } from "./found.js";

/** A finite speech-act verb ("forderte"), or a verb with its act preposition ("sprach von"); participles ("hat … gefordert") do not count. */
function isAct(sentence: Sentence, frame: Frame): boolean {
  const verb = frame.verb?.verb;
  if (!verb || sentence.toks[frame.cueAt].lower === verb.participle) return false;
  if (verb.act) return true;
  const preps = verb.actWith?.split(/\s+/u) ?? [];
  return sentence.toks.slice(0, frame.to + 3).some((t) => preps.includes(t.lower));
}

/** A reported-act quote for a sentence, or null when no frame of it qualifies. */
export function reportedAct(doc: QuoteDoc, sentence: Sentence, frames: readonly Frame[], used: ReadonlySet<Frame>): Found | null {
  const frame = frames.find((f) => f.type === "verb" && isAct(sentence, f) && !f.verbFinal && !f.embedded && f.speaker && !used.has(f));
  if (!frame) return null;
  return {
    start: sentence.start,
    end: sentence.end,
    kind: "reported",
    cue: frame.cue,
    speaker: speakerOf(doc, sentence.toks, frame.speaker),
    by: "reported",
  };
}
