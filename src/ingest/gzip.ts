import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { ByteSource } from "./sources.js";

/** Thrown by {@link gunzip} when the compressed stream is cut short or corrupt. */
export class CorruptInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorruptInputError";
  }
}

/**
 * Decompresses a gzip stream (several members in a row too, as in .warc.gz), chunk by chunk.
 * Everything that could be decompressed is yielded before a {@link CorruptInputError}.
 */
export async function* gunzip(source: ByteSource): AsyncGenerator<Uint8Array> {
  const inflater = createGunzip();
  pipeline(Readable.from(source), inflater, () => {
    // errors surface through the iteration below
  });
  try {
    for await (const chunk of inflater) yield chunk as Uint8Array;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CorruptInputError(`gzip data is truncated or corrupt (${message})`);
  } finally {
    inflater.destroy();
  }
}

/** A file name without its .gz suffix ("x.warc.gz" -> "x.warc", "x.tgz" -> "x.tar"). */
export function stripGzipSuffix(name: string | null): string | null {
  if (!name) return null;
  if (/\.tgz$/i.test(name)) return name.replace(/\.tgz$/i, ".tar");
  return name.replace(/\.gz(ip)?$/i, "");
}
