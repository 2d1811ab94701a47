import type { Draft } from "../core/article.js";
import type { ExtractedPage } from "../extract/types.js";
import { cleanField, languageCode, normaliseBody } from "./body.js";
import { toIsoDate } from "./dates.js";
import { safeExtract } from "./html.js";
import { draftResult, errorMessage, rejected } from "./result.js";
import type { ReadResult } from "./types.js";

const STRING_FIELDS = ["url", "title", "text", "html", "published", "publisher", "language"] as const;
type StringField = (typeof STRING_FIELDS)[number];
type JsonRecord = Partial<Record<StringField | "author", string>>;

/** Reads JSON Lines: one article per line; a bad line is an `invalid_record` rejection and the others go on. */
export function* readJsonl(text: string, source: string): Generator<ReadResult> {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line !== "") yield readLine(line, `${source}#${i + 1}`);
  }
}

function readLine(line: string, source: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return rejected(source, "invalid_record", `invalid JSON: ${errorMessage(error)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return rejected(source, "invalid_record", `expected a JSON object, found ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
  }
  const record = toRecord(value as Record<string, unknown>);
  if (typeof record === "string") return rejected(source, "invalid_record", record);
  return recordToResult(record, source, Object.keys(value));
}

/** The known fields of a line, or a message naming the first field of the wrong type. */
function toRecord(value: Record<string, unknown>): JsonRecord | string {
  const record: JsonRecord = {};
  for (const key of STRING_FIELDS) {
    const field = value[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== "string") return `field "${key}" must be a string, found ${Array.isArray(field) ? "an array" : typeof field}`;
    record[key] = field;
  }
  const author = value.author;
  if (typeof author === "string") record.author = author;
  else if (Array.isArray(author) && author.every((a) => typeof a === "string")) record.author = author.join(", ");
  else if (author !== undefined && author !== null) return `field "author" must be a string or a list of strings, found ${typeof author}`;
  return record;
}

function recordToResult(record: JsonRecord, source: string, keys: string[]): ReadResult {
  if (record.text !== undefined) {
    const body = normaliseBody(record.text);
    if (body === "") return rejected(source, "invalid_record", 'field "text" is empty');
    return draftResult(recordDraft(record, source, body, null));
  }
  if (record.html === undefined) {
    return rejected(source, "invalid_record", `no "text" or "html" field (found: ${keys.length ? keys.join(", ") : "no fields"})`);
  }
  const url = cleanField(record.url);
  const extracted = safeExtract(record.html, url);
  if (!extracted.ok) return rejected(source, "no_article_text", extracted.detail);
  return draftResult(recordDraft(record, source, extracted.page.body, extracted.page));
}

/** The draft of one line: what the line says wins over what its page says. */
function recordDraft(record: JsonRecord, source: string, body: string, page: ExtractedPage | null): Draft {
  const published = toIsoDate(record.published);
  return {
    source,
    format: "jsonl",
    url: cleanField(record.url) ?? page?.url ?? null,
    title: cleanField(record.title) ?? page?.title ?? null,
    publisher: cleanField(record.publisher) ?? page?.publisher ?? null,
    author: cleanField(record.author) ?? page?.author ?? null,
    published: published ?? page?.published ?? null,
    publishedSource: published ? "metadata" : page?.published ? page.publishedSource : null,
    declaredLanguage: languageCode(record.language) ?? languageCode(page?.language),
    body,
    extraction: page?.extraction ?? null,
  };
}
