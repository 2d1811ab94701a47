import type { Draft } from "../core/article.js";
import { reject, type RejectionReason } from "../core/errors.js";
import type { ReadResult } from "./types.js";

/** Wraps a draft as a read result. */
export function draftResult(draft: Draft): ReadResult {
  return { kind: "draft", draft };
}

/** Builds a rejection read result. */
export function rejected(source: string, reason: RejectionReason, detail: string): ReadResult {
  return { kind: "rejected", rejection: reject(source, reason, detail) };
}

/** The message of an unknown thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A size in bytes as people read it ("20 MB", "512 bytes"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${trimNumber(bytes / (1024 * 1024))} MB`;
}

function trimNumber(value: number): string {
  return value.toFixed(1).replace(/\.0$/, "");
}
