/**
 * Evaluation data sets on disk:
 * - snippets (trafilatura's benchmark): `evaldata.json` = {url: {file, with, without}},
 *   pages in `pages/<file>` or `pages/<file>.gz`;
 * - article bodies (ScrapingHub's article-extraction-benchmark): `ground-truth.json` =
 *   {id: {articleBody, url}}, pages in `html/<id>.html` or `html/<id>.html.gz`;
 * - dates (htmldate's benchmark): `evaldata.json` = {url: {file, date}}, pages as for snippets.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { lagebildError } from "../core/errors.js";

/** One page of a snippet data set. */
export interface SnippetItem {
  url: string;
  file: string;
  with: string[];
  without: string[];
}

/** One page of an article-body data set. */
export interface ArticleItem {
  id: string;
  url: string | null;
  file: string;
  articleBody: string;
}

/** One page of a date data set; `date` is the gold day (YYYY-MM-DD) or null when the page has none. */
export interface DateItem {
  url: string;
  file: string;
  date: string | null;
}

export type ExtractDataset =
  | { format: "snippets"; dir: string; items: SnippetItem[] }
  | { format: "article-body"; dir: string; items: ArticleItem[] };

export const SNIPPETS_FILE = "evaldata.json";
export const GROUND_TRUTH_FILE = "ground-truth.json";
/** A gold date: a day, optionally followed by a time. */
const GOLD_DAY = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/u;

/** Throws EVAL_DATA_MISSING unless `dir` is an existing folder. */
function requireFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw lagebildError("EVAL_DATA_MISSING", dir);
}

/**
 * Parses a JSON file. Python writes a missing value as a bare `NaN`, which is
 * not JSON; such values are read as null.
 */
export function readJsonFile(path: string): unknown {
  const text = readFileSync(path, "utf8").replace(/(:\s*)NaN(\s*[,}\]])/gu, "$1null$2");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw lagebildError("BAD_ARGUMENT", `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
}

/** The entries of a JSON object file, or BAD_ARGUMENT naming the file when it is not one. */
function entriesOf(path: string): [string, Record<string, unknown>][] {
  const data = readJsonFile(path);
  if (!isRecord(data)) throw lagebildError("BAD_ARGUMENT", `${path} must hold one JSON object keyed by URL or id`);
  return Object.entries(data).map(([key, value]) => {
    if (!isRecord(value)) throw lagebildError("BAD_ARGUMENT", `${path}: the entry "${key}" is not an object`);
    return [key, value];
  });
}

function badEntry(path: string, key: string, what: string): Error {
  return lagebildError("BAD_ARGUMENT", `${path}: the entry "${key}" ${what}`);
}

function snippetItems(path: string): SnippetItem[] {
  return entriesOf(path).map(([url, entry]) => {
    const withList = stringList(entry.with);
    const withoutList = stringList(entry.without);
    if (typeof entry.file !== "string" || !withList || !withoutList) throw badEntry(path, url, 'needs "file" and the lists "with" and "without"');
    return { url, file: entry.file, with: withList, without: withoutList };
  });
}

function articleItems(path: string): ArticleItem[] {
  return entriesOf(path).map(([id, entry]) => {
    if (typeof entry.articleBody !== "string") throw badEntry(path, id, 'needs "articleBody" (a string)');
    const url = typeof entry.url === "string" && entry.url !== "" ? entry.url : null;
    return { id, url, file: `${id}.html`, articleBody: entry.articleBody };
  });
}

/** Loads an extraction data set, recognising its format by the file it holds. */
export function loadExtractDataset(dir: string): ExtractDataset {
  requireFolder(dir);
  const truth = join(dir, GROUND_TRUTH_FILE);
  if (existsSync(truth)) return { format: "article-body", dir, items: articleItems(truth) };
  const snippets = join(dir, SNIPPETS_FILE);
  if (existsSync(snippets)) return { format: "snippets", dir, items: snippetItems(snippets) };
  throw lagebildError("EVAL_DATA_MISSING", `${dir} (it holds neither ${SNIPPETS_FILE} nor ${GROUND_TRUTH_FILE})`);
}

/** Loads a date data set (htmldate's format). */
export function loadDateDataset(dir: string): DateItem[] {
  requireFolder(dir);
  const path = join(dir, SNIPPETS_FILE);
  if (!existsSync(path)) throw lagebildError("EVAL_DATA_MISSING", `${dir} (it holds no ${SNIPPETS_FILE})`);
  return entriesOf(path).map(([url, entry]) => {
    if (typeof entry.file !== "string") throw badEntry(path, url, 'needs "file"');
    const raw = entry.date ?? null;
    const date = typeof raw === "string" && raw.trim() !== "" ? raw.trim() : null;
    const valid = date === null ? raw === null || (typeof raw === "string" && raw.trim() === "") : GOLD_DAY.test(date);
    if (!valid) throw badEntry(path, url, `has a "date" that is not YYYY-MM-DD: ${JSON.stringify(raw)}`);
    return { url, file: entry.file, date: date === null ? null : date.slice(0, 10) };
  });
}

/** The folder that holds the pages of a data set of this format. */
export function pagesFolder(dir: string, format: "snippets" | "article-body" | "dates"): string {
  return join(dir, format === "article-body" ? "html" : "pages");
}
