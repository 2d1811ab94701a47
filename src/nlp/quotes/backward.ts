/**
 * Frames that point back: "Die Regierung will das Gesetz ändern. Das sagte
 * der Minister am Montag." The sentence before is what was said — a direct
 * quote there gets the speaker, plain text becomes an indirect quote that
 * ends with the demonstrative (as the data set annotates it).
 */
import type { QuoteDoc, Sentence } from "./context.js";
import type { Frame } from "./frames.js";
import { speakerOf, type Found } from "./found.js";

/** Quotes (new or updated in `quotes`) for the backward frames of a sentence. */
export function backwardQuotes(doc: QuoteDoc, sentence: Sentence, frames: readonly Frame[], quotes: Found[], used: Set<Frame>): Found[] {
  const out: Found[] = [];
  const previous = doc.sentences[sentence.index - 1];
  if (!previous || sentence.line - previous.line > 1) return out;
  for (const frame of frames) {
    if (!frame.backward || used.has(frame) || frame.embedded) continue;
    const speaker = speakerOf(doc, sentence.toks, frame.speaker);
    const direct = quotes.find((q) => q.kind === "direct" && q.end > previous.start && q.end <= previous.end + 1 && q.start >= previous.start - 1);
    used.add(frame);
    // "Dies nennt man einen „Aktiensplit“": a frame whose subject is "man" names a term, it reports nobody's words.
    if (frame.speaker && !speaker) continue;
    if (direct) {
      if (!direct.speaker) Object.assign(direct, { speaker, cue: frame.cue });
      continue;
    }
    if (quotes.some((q) => q.start < previous.end && previous.start < q.end && q.by !== "partial")) continue;
    const demonstrative = sentence.toks[frame.cueAt - 1];
    out.push({ start: previous.start, end: demonstrative.end, kind: "indirect", cue: frame.cue, speaker, by: "indirect" });
  }
  return out;
}
