/** Reading the pages of an evaluation data set: plain or gzipped files. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export type PageRead = { ok: true; path: string; bytes: Uint8Array } | { ok: false; path: string; reason: "missing" | "truncated"; detail: string };

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Reads `folder/file`, else `folder/file.gz`; gzip data is decompressed (recognised by its magic bytes). */
export function readPage(folder: string, file: string): PageRead {
  const plain = join(folder, file);
  const path = existsSync(plain) ? plain : `${plain}.gz`;
  if (!existsSync(path)) return { ok: false, path: plain, reason: "missing", detail: `neither ${file} nor ${file}.gz is in ${folder}` };
  const bytes = readFileSync(path);
  if (!isGzip(bytes)) return { ok: true, path, bytes };
  try {
    return { ok: true, path, bytes: gunzipSync(bytes) };
  } catch (error) {
    return { ok: false, path, reason: "truncated", detail: `gzip data is truncated or corrupt (${error instanceof Error ? error.message : String(error)})` };
  }
}
