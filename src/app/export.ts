import type { Article } from "../core/article.js";
import type { StoredArticle } from "../store/store.js";

/** One article in the export schema (documented in the README). */
export interface ExportRecord {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  published_source: Article["publishedSource"];
  language: string | null;
  text: string;
  removed: { text: string; reason: string }[];
  sentences: [number, number][];
  entities: Article["entities"];
  quotes: Article["quotes"];
  dates: Article["dates"];
  story: string | null;
  storyline: string | null;
  duplicate_of: string | null;
}

/** Maps an article (stored or not) to the export schema. */
export function toExportRecord(article: Article | StoredArticle): ExportRecord {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    publisher: article.publisher,
    author: article.author,
    published: article.published,
    published_source: article.publishedSource,
    language: article.language,
    text: article.text,
    removed: article.removed.map((r) => ({ text: r.text, reason: r.reason })),
    sentences: article.sentences.map((s) => [s.start, s.end]),
    entities: article.entities,
    quotes: article.quotes,
    dates: article.dates,
    story: null,
    storyline: null,
    duplicate_of: "duplicateOf" in article ? article.duplicateOf : null,
  };
}

export const CSV_COLUMNS: readonly (keyof ExportRecord)[] = [
  "id", "source", "url", "title", "publisher", "author", "published", "published_source", "language",
  "text", "removed", "sentences", "entities", "quotes", "dates", "story", "storyline", "duplicate_of",
];

/** One CSV field, quoted per RFC 4180 when needed; arrays and objects as JSON. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A CSV line (with CRLF, as RFC 4180 says) for one record. */
export function csvLine(record: ExportRecord): string {
  return CSV_COLUMNS.map((c) => csvField(record[c])).join(",") + "\r\n";
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(",") + "\r\n";
}

export type ExportFormat = "jsonl" | "csv";

/** Streams records in the given format as strings (header first for CSV). */
export async function* exportLines(records: AsyncIterable<ExportRecord>, format: ExportFormat): AsyncGenerator<string> {
  if (format === "csv") yield csvHeader();
  for await (const record of records) yield format === "csv" ? csvLine(record) : JSON.stringify(record) + "\n";
}
