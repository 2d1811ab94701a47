/**
 * The one document model of Lagebild.
 *
 * A reader turns an input into a {@link Draft} (what the source says: raw body
 * text and metadata). The pipeline turns the draft into an {@link Article} and
 * every stage enriches it: the clean stage sets `text` and `removed`, later
 * stages add spans (`start`/`end` are character offsets into `text`, end
 * exclusive, in UTF-16 code units as JavaScript strings count them).
 * A stage never rewrites a layer that an earlier stage produced.
 */

export interface Span {
  start: number;
  end: number;
}

/** Where a publication date came from. */
export type PublishedSource = "metadata" | "text" | "inferred";

/** The input format a draft was read from. */
export type SourceFormat = "txt" | "html" | "jsonl" | "warc" | "rss" | "atom";

/** A line removed by the cleaner, kept on the article with its reason. */
export interface RemovedLine {
  text: string;
  reason: string;
  /** 0-based index of the line in the raw body. */
  line: number;
}

export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Stable id of the merged entity, once normalisation has run. */
  entity: string | null;
  /** Canonical name of the merged entity. */
  name: string | null;
}

export type QuoteKind = "direct" | "indirect" | "reported";

/** Who relays a quote: the phrase, and the entity (id and canonical name) it names, when the entities name one. */
export interface QuoteSource extends Span {
  text: string;
  entity: string | null;
  name: string | null;
}

export interface QuoteSpan extends Span {
  text: string;
  kind: QuoteKind;
  cue: string | null;
  speaker: (Span & { text: string }) | null;
  speaker_entity: string | null;
  speaker_name: string | null;
  /** Who relays the speaker's words, when the text names both: the outlet or document in "Die Zeitung zitiert den Minister mit den Worten …", "… wird von Reuters zitiert", "sagte laut BBC". */
  source: QuoteSource | null;
}

/** How precise a resolved date is; its `value` is "YYYY-MM-DD", "YYYY-Www" (ISO 8601 week), "YYYY-MM" or "YYYY". */
export type DateGranularity = "day" | "week" | "month" | "year";

export interface DateMention extends Span {
  text: string;
  value: string;
  granularity: DateGranularity;
}

/** What a reader found in one input item, before any processing. */
export interface Draft {
  /** Path or URL the item came from; multi-item inputs add `#n` (1-based). */
  source: string;
  format: SourceFormat;
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO 8601 date or date-time, or null. */
  published: string | null;
  publishedSource: PublishedSource | null;
  /** Language declared by the source (e.g. `<html lang>`), not yet verified. */
  declaredLanguage: string | null;
  /** Main text as read: paragraphs separated by newlines, furniture still in it. */
  body: string;
  /** For HTML: which extraction path produced `body` (e.g. "readability"). */
  extraction: string | null;
}

/** The names of the layers stages produce; the pipeline checks them. */
export type Layer =
  | "draft"
  | "published"
  | "hash"
  | "text"
  | "removed"
  | "language"
  | "sentences"
  | "entities"
  | "quotes"
  | "dates";

export interface Article {
  /** Stable id: derived from the content hash. */
  id: string;
  /** sha256 (hex) of the normalised raw body: exact-duplicate key. */
  hash: string;
  source: string;
  format: SourceFormat;
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  publishedSource: PublishedSource | null;
  /** ISO 639-1 code, or null when undetermined. */
  language: string | null;
  /** Body as read, before cleaning. */
  raw: string;
  /** Clean text; all spans point into it. */
  text: string;
  removed: RemovedLine[];
  sentences: Span[];
  entities: EntityMention[];
  quotes: QuoteSpan[];
  dates: DateMention[];
  extraction: string | null;
  /** Layers already produced, in order. */
  layers: Layer[];
}
