import type { Article, DateMention, EntityMention, Layer, QuoteSpan, RemovedLine, Span } from "../core/article.js";
import { publishedInstant } from "./dates.js";
import type { ArticleSummary, StoredArticle } from "./store.js";

/** The layers kept together in the `doc` jsonb column. */
export interface ArticleDoc {
  removed: RemovedLine[];
  sentences: Span[];
  entities: EntityMention[];
  quotes: QuoteSpan[];
  dates: DateMention[];
  layers: Layer[];
}

/** An `articles` row as inserted (the shape of the jsonb_to_recordset record). */
export interface ArticleInsertRow {
  id: string;
  hash: string;
  source: string;
  format: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  published_at: string | null;
  published_source: string | null;
  language: string | null;
  text: string;
  chars: number;
  raw: string;
  extraction: string | null;
  doc: ArticleDoc;
}

/** The column list of {@link ArticleInsertRow}, with SQL types, for jsonb_to_recordset. */
export const INSERT_RECORD =
  "id text, hash text, source text, format text, url text, title text, publisher text, author text, published text, " +
  "published_at timestamptz, published_source text, language text, text text, chars integer, raw text, extraction text, doc jsonb";

export const INSERT_COLUMNS =
  "id, hash, source, format, url, title, publisher, author, published, published_at, published_source, language, text, chars, raw, extraction, doc";

const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const ISO_US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/** Exact (microsecond) sort keys of a row, for keyset paging. */
export const KEY_COLUMNS =
  `to_char(published_at AT TIME ZONE 'UTC', ${ISO_US}) AS published_key, to_char(ingested_at AT TIME ZONE 'UTC', ${ISO_US}) AS ingested_key`;

export const ARTICLE_COLUMNS =
  "id, hash, source, format, url, title, publisher, author, published, published_source, language, text, raw, extraction, doc, duplicate_of, " +
  `to_char(ingested_at AT TIME ZONE 'UTC', ${ISO_MS}) AS ingested_at`;

export const SUMMARY_COLUMNS = `id, title, publisher, published, language, source, chars, to_char(ingested_at AT TIME ZONE 'UTC', ${ISO_MS}) AS ingested_at`;

export interface ArticleRow extends Omit<ArticleInsertRow, "published_at" | "chars"> {
  duplicate_of: string | null;
  ingested_at: string;
}

export interface SummaryRow {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
  source: string;
  chars: number;
  ingested_at: string;
}

export interface SortKeys {
  published_key: string | null;
  ingested_key: string;
  id: string;
}

// eslint-disable-next-line no-control-regex -- NUL is exactly what has to be replaced
const BAD_CHARS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * PostgreSQL cannot store NUL characters or unpaired surrogates (in text or
 * jsonb); each becomes U+FFFD. One UTF-16 unit for one, so span offsets stay valid.
 */
export function storable(value: string): string {
  return value.replace(BAD_CHARS, "\uFFFD");
}

/** A deep copy of a JSON-like value with every string made {@link storable}. */
export function storableDeep<T>(value: T): T {
  if (typeof value === "string") return storable(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => storableDeep(v)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storableDeep(v)])) as T;
  }
  return value;
}

/** The row to insert for an article (strings already storable). */
export function toInsertRow(article: Article): ArticleInsertRow {
  const a = storableDeep(article);
  return {
    id: a.id,
    hash: a.hash,
    source: a.source,
    format: a.format,
    url: a.url,
    title: a.title,
    publisher: a.publisher,
    author: a.author,
    published: a.published,
    published_at: publishedInstant(a.published),
    published_source: a.publishedSource,
    language: a.language,
    text: a.text,
    chars: a.text.length,
    raw: a.raw,
    extraction: a.extraction,
    doc: { removed: a.removed, sentences: a.sentences, entities: a.entities, quotes: a.quotes, dates: a.dates, layers: a.layers },
  };
}

/** The stored article of a selected row. */
export function fromArticleRow(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    hash: row.hash,
    source: row.source,
    format: row.format as Article["format"],
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    published: row.published,
    publishedSource: row.published_source as Article["publishedSource"],
    language: row.language,
    raw: row.raw,
    text: row.text,
    removed: row.doc.removed,
    sentences: row.doc.sentences,
    entities: row.doc.entities,
    // Articles stored before quotes had a source (or before sources were resolved to entities) carry none.
    quotes: row.doc.quotes.map((q) => ({ ...q, source: q.source ? { ...q.source, entity: q.source.entity ?? null, name: q.source.name ?? null } : null })),
    dates: row.doc.dates,
    extraction: row.extraction,
    layers: row.doc.layers,
    ingestedAt: row.ingested_at,
    duplicateOf: row.duplicate_of,
  };
}

/** The listing entry of a selected summary row. */
export function fromSummaryRow(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    language: row.language,
    source: row.source,
    chars: row.chars,
    ingestedAt: row.ingested_at,
  };
}
