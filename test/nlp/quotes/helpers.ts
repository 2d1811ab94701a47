import type { EntityMention, QuoteSpan } from "../../../src/core/article.js";
import { findQuotes } from "../../../src/nlp/quotes/find.js";
import { splitSentences } from "../../../src/nlp/sentences.js";

/** Quotes of a German (or other) text, with the project's own sentence splitter. */
export function quotesOf(text: string, language = "de", entities?: EntityMention[]): QuoteSpan[] {
  return findQuotes(text, { language, sentences: splitSentences(text, language), entities });
}

/** A mention of the first `surface` in `text` at or after `from`, as the NER stage would give it (named `entity` when given). */
export function mention(text: string, surface: string, type: EntityMention["type"], entity: string | null = null, from = 0): EntityMention {
  const start = text.indexOf(surface, from);
  return { text: surface, start, end: start + surface.length, type, entity, name: entity ? surface : null };
}

/** A compact view of a quote for assertions. */
export function brief(q: QuoteSpan) {
  return { kind: q.kind, text: q.text, speaker: q.speaker?.text ?? null, cue: q.cue };
}

/** Quotes of a text in their compact view. */
export function briefs(text: string, language = "de"): ReturnType<typeof brief>[] {
  return quotesOf(text, language).map(brief);
}
