/** The finder's own record of a quote, before speakers are resolved to names. */
import type { QuoteKind, Span } from "../../core/article.js";
import type { QuoteDoc } from "./context.js";
import type { Range } from "./phrase.js";
import type { Tok } from "./tokens.js";

export interface Speaker extends Span {
  text: string;
}

/** How a quote was found (kept for debugging and tests; not part of the article). */
export type FoundBy = "direct" | "partial" | "indirect" | "free" | "reported" | "interview";

export interface Found extends Span {
  kind: QuoteKind;
  cue: string | null;
  speaker: Speaker | null;
  /** Who relays the speaker's words (the frame's source), when the text names both. */
  source?: Speaker | null;
  /** The speaker's mention nearest the end of the quote when it is not `speaker` ("„…“, betont sie" after "Halima Jouini sagte: „…“"): what a quote after it takes over. */
  lastMention?: Speaker | null;
  by: FoundBy;
  /** The speaker's name as the text gives it, for when no entity names them (an interview label's fullest form, "Laurenz Ennser-Jedenastik"). */
  speakerName?: string;
}

/** A token range of a sentence as a character span with its text, or null (also for "man", which names nobody). */
export function speakerOf(doc: QuoteDoc, toks: readonly Tok[], range: Range | null): Speaker | null {
  if (!range || range.to <= range.from) return null;
  if (range.to - range.from === 1 && doc.lex.sets.impersonalPronouns.has(toks[range.from].lower)) return null;
  const start = toks[range.from].start;
  const end = toks[range.to - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Character span of a token range, or null when empty. */
export function spanOf(toks: readonly Tok[], from: number, to: number): Span | null {
  return to > from ? { start: toks[from].start, end: toks[to - 1].end } : null;
}
