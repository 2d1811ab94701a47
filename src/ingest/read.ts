import type { Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { ReadContext } from "./context.js";
import { createFetcher, type Fetcher } from "./fetch.js";
import { errorMessage, formatBytes, rejected } from "./result.js";
import { readSource } from "./route.js";
import { bytesSource, fileChunks, streamChunks } from "./sources.js";
import type { ReadOptions, ReadResult } from "./types.js";
import { walkDirectory } from "./walk.js";

/** How drafts and rejections name standard input. */
export const STDIN_SOURCE = "stdin";

export interface ReadDependencies {
  /** Fetches URLs and feed items' linked pages (default: global fetch with `opts.fetch`). */
  fetcher?: Fetcher;
}

/**
 * Turns CLI inputs (files, directories, "-" for stdin, http(s) URLs) into drafts and rejections,
 * one at a time, in input order. Never throws for bad input: every problem is a rejection.
 */
export async function* readInputs(inputs: string[], opts: ReadOptions, deps: ReadDependencies = {}): AsyncGenerator<ReadResult> {
  const ctx: ReadContext = { opts, fetcher: deps.fetcher ?? createFetcher(opts.fetch) };
  for (const input of inputs) yield* readInput(input, ctx);
}

async function* readInput(input: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  if (input === "-") return yield* guarded(STDIN_SOURCE, readStdin(ctx));
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(input)?.[1].toLowerCase();
  if (scheme === "http" || scheme === "https") return yield* guarded(input, readUrl(input, ctx));
  if (scheme && !(await exists(input))) {
    return yield rejected(input, "unsupported_scheme", `${scheme}: URLs are not supported (only http and https)`);
  }
  yield* readPath(input, ctx);
}

/** Turns an unexpected exception of one input into its rejection, so the batch goes on. */
async function* guarded(source: string, results: AsyncGenerator<ReadResult>): AsyncGenerator<ReadResult> {
  try {
    yield* results;
  } catch (error) {
    yield rejected(source, "unreadable", `reading failed: ${fsErrorText(error)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function* readStdin(ctx: ReadContext): AsyncGenerator<ReadResult> {
  const stream = ctx.opts.stdin ?? process.stdin;
  yield* readSource(streamChunks(stream), { source: STDIN_SOURCE, name: null, contentType: null, url: null }, ctx);
}

async function* readUrl(url: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const fetched = await ctx.fetcher(url);
  if (!fetched.ok) return yield rejected(url, fetched.reason, fetched.detail);
  const input = { source: url, name: new URL(fetched.url).pathname, contentType: fetched.contentType, url: fetched.url };
  yield* readSource(bytesSource(fetched.bytes), input, ctx);
}

async function* readPath(path: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    return yield rejected(path, "unreadable", fsErrorText(error));
  }
  if (!stats.isDirectory()) return yield* readFile(path, stats, ctx);
  for await (const entry of walkDirectory(path)) {
    if (entry.kind === "file") yield* readFile(entry.path, entry.stats, ctx);
    else if (entry.kind === "error") yield rejected(entry.path, "unreadable", fsErrorText(entry.error));
    else yield rejected(entry.path, "unreadable", `not a regular file but a ${entry.what}`);
  }
}

/** WARC files are streamed record by record, so the size limit applies per record, not per file. */
function isWarcName(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

async function* readFile(path: string, stats: Stats, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const max = ctx.opts.maxBytes;
  if (stats.isFile() && stats.size > max && !isWarcName(path)) {
    return yield rejected(path, "too_large", `the file is ${formatBytes(stats.size)} (${stats.size} bytes), the limit is ${formatBytes(max)}`);
  }
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return yield rejected(path, "unreadable", fsErrorText(error));
  }
  try {
    yield* guarded(path, readSource(fileChunks(handle), { source: path, name: path, contentType: null, url: null }, ctx));
  } finally {
    await handle.close();
  }
}

/** "ENOENT: no such file or directory" from a Node fs error; the message of anything else. */
function fsErrorText(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : null;
  const message = errorMessage(error);
  if (!code) return message;
  const text = message.startsWith(`${code}:`) ? message.split(",")[0] : `${code}: ${message}`;
  return text;
}
