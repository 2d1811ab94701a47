import type { Draft } from "../core/article.js";
import type { Rejection } from "../core/errors.js";

/** One item a reader produced: a draft to process, or a rejection with its reason. */
export type ReadResult = { kind: "draft"; draft: Draft } | { kind: "rejected"; rejection: Rejection };

export interface FetchOptions {
  /** Per-request timeout in milliseconds (default 20 000). */
  timeoutMs: number;
  /** Largest response body accepted, in bytes (default: the size limit). */
  maxBytes: number;
  /** Most redirects followed (default 5). */
  maxRedirects: number;
  userAgent: string;
}

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes: number;
  fetch: FetchOptions;
  /** Stream used for the input "-" (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function defaultReadOptions(overrides: Partial<ReadOptions> = {}): ReadOptions {
  const maxBytes = overrides.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    maxBytes,
    fetch: { timeoutMs: 20_000, maxBytes, maxRedirects: 5, userAgent: "Lagebild/0.1 (+news-intelligence)", ...overrides.fetch },
    stdin: overrides.stdin,
  };
}
