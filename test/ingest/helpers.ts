import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Draft } from "../../src/core/article.js";
import type { Rejection } from "../../src/core/errors.js";
import { readInputs, type ReadDependencies } from "../../src/ingest/read.js";
import { defaultReadOptions, type ReadOptions, type ReadResult } from "../../src/ingest/types.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "ingest");

/** Path of a fixture file. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** Reads inputs to the end. */
export async function readAll(inputs: string[], overrides: Partial<ReadOptions> = {}, deps: ReadDependencies = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(inputs, defaultReadOptions(overrides), deps)) results.push(result);
  return results;
}

export function draftsOf(results: ReadResult[]): Draft[] {
  return results.flatMap((r) => (r.kind === "draft" ? [r.draft] : []));
}

export function rejectionsOf(results: ReadResult[]): Rejection[] {
  return results.flatMap((r) => (r.kind === "rejected" ? [r.rejection] : []));
}

/** The single draft of a result list (fails the test otherwise). */
export function onlyDraft(results: ReadResult[]): Draft {
  if (results.length !== 1 || results[0].kind !== "draft") throw new Error(`expected one draft, got ${JSON.stringify(results, null, 1)}`);
  return results[0].draft;
}

/** The single rejection of a result list (fails the test otherwise). */
export function onlyRejection(results: ReadResult[]): Rejection {
  if (results.length !== 1 || results[0].kind !== "rejected") throw new Error(`expected one rejection, got ${JSON.stringify(results, null, 1)}`);
  return results[0].rejection;
}

/** A fresh temporary directory with files (string or bytes) written into it; returns its path and a cleanup. */
export async function tempDir(files: Record<string, string | Uint8Array> = {}): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "lagebild-ingest-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 (port chosen by the OS), routes by path. */
export async function startServer(routes: Record<string, Handler>): Promise<{ base: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const handler = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Not Found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { base: `http://127.0.0.1:${port}`, server, close };
}
