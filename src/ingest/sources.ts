import type { FileHandle } from "node:fs/promises";

/** A stream of byte chunks: the common shape of files, stdin, responses and decompressed data. */
export type ByteSource = AsyncIterable<Uint8Array>;

const CHUNK_SIZE = 64 * 1024;

/** Reads an open file chunk by chunk. */
export async function* fileChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/** Adapts a Node readable stream (binary or text mode) to byte chunks. */
export async function* streamChunks(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream as AsyncIterable<unknown>) {
    if (typeof chunk === "string") yield Buffer.from(chunk, "utf8");
    else if (chunk instanceof Uint8Array) yield chunk;
  }
}

/** A source of one in-memory buffer. */
export async function* bytesSource(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (bytes.length > 0) yield bytes;
}

export interface Peeked {
  /** The first bytes (at least `min` unless the source ended first). */
  head: Uint8Array;
  /** True when the head is the whole source. */
  ended: boolean;
  /** The whole source again, head included. */
  source: ByteSource;
}

/** Reads the first `min` bytes of a source without losing them. */
export async function peek(source: ByteSource, min: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < min) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, ended, source: replay() };
}

export type Collected = { ok: true; bytes: Uint8Array } | { ok: false; size: number };

/** Reads a whole source into memory, giving up once it is larger than `max` bytes. */
export async function collect(source: ByteSource, max: number): Promise<Collected> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > max) return { ok: false, size };
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
