import { charsetOf } from "./charset.js";
import type { InputInfo, ReadContext } from "./context.js";
import { decodeHtml, decodeText, type DecodeResult } from "./decode.js";
import { readFeed } from "./feed.js";
import { CorruptInputError, gunzip, stripGzipSuffix } from "./gzip.js";
import { pageToDraft, safeExtract } from "./html.js";
import { readJsonl } from "./jsonl.js";
import { draftResult, formatBytes, rejected } from "./result.js";
import { SNIFF_BYTES, sniffFormat, type Sniffed } from "./sniff.js";
import { collect, peek, type ByteSource } from "./sources.js";
import { readTxt } from "./txt.js";
import type { ReadResult } from "./types.js";
import { readWarc } from "./warc.js";

/** Gzip inside gzip is followed this deep, no deeper. */
const MAX_GZIP_DEPTH = 2;

/**
 * Reads one input's bytes: sniffs the format, then streams WARC and gzip and reads every
 * other format whole (up to the size limit). Read errors of the source propagate.
 */
export async function* readSource(source: ByteSource, input: InputInfo, ctx: ReadContext, depth = 0): AsyncGenerator<ReadResult> {
  let bytes: Uint8Array;
  let sniffed: Sniffed;
  try {
    const head = await peek(source, SNIFF_BYTES + 1);
    sniffed = sniffFormat(head.head, input.name, input.contentType);
    if (sniffed.format === "gzip") return yield* readGzip(head.source, input, ctx, depth);
    if (sniffed.format === "warc") return yield* readWarc(head.source, input, ctx);
    if (sniffed.format === "binary") return yield rejected(input.source, "binary", sniffed.detail);
    if (sniffed.format === "unsupported") return yield rejected(input.source, "unsupported_format", sniffed.detail);
    const whole = await collect(head.source, ctx.opts.maxBytes);
    if (!whole.ok) {
      const what = depth > 0 ? "the decompressed content" : "the input";
      return yield rejected(input.source, "too_large", `${what} is larger than the ${formatBytes(ctx.opts.maxBytes)} limit (read ${formatBytes(whole.size)} before stopping)`);
    }
    bytes = whole.bytes;
  } catch (error) {
    if (error instanceof CorruptInputError) return yield rejected(input.source, "truncated", error.message);
    throw error;
  }
  yield* readDocument(bytes, sniffed, input, ctx);
}

async function* readGzip(source: ByteSource, input: InputInfo, ctx: ReadContext, depth: number): AsyncGenerator<ReadResult> {
  if (depth >= MAX_GZIP_DEPTH) {
    yield rejected(input.source, "unsupported_format", `gzip nested more than ${MAX_GZIP_DEPTH} levels deep`);
    return;
  }
  const inner: InputInfo = { ...input, name: stripGzipSuffix(input.name), contentType: null };
  yield* readSource(gunzip(source), inner, ctx, depth + 1);
}

/** Reads a document held in memory, by its sniffed format. */
async function* readDocument(bytes: Uint8Array, sniffed: Sniffed, input: InputInfo, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const { source } = input;
  switch (sniffed.format) {
    case "empty":
      return yield rejected(source, "empty", `the input is empty (${sniffed.detail})`);
    case "binary":
      return yield rejected(source, "binary", sniffed.detail);
    case "unsupported":
    case "gzip":
    case "warc":
      return yield rejected(source, "unsupported_format", sniffed.detail);
    case "html":
    case "rss":
    case "atom": {
      const decoded = decodeHtml(bytes, charsetOf(input.contentType));
      const text = checkDecoded(decoded, bytes, source);
      if (typeof text !== "string") return yield text;
      if (sniffed.format === "html") return yield htmlResult(text, input);
      return yield* readFeed(text, input, ctx);
    }
    case "jsonl":
    case "txt": {
      const text = checkDecoded(decodeText(bytes), bytes, source);
      if (typeof text !== "string") return yield text;
      if (sniffed.format === "jsonl") return yield* readJsonl(text, source);
      return yield readTxt(text, source, input.url);
    }
  }
}

/** The decoded text, or the rejection for undecodable or whitespace-only input. */
function checkDecoded(decoded: DecodeResult, bytes: Uint8Array, source: string): string | ReadResult {
  if (!decoded.ok) return rejected(source, decoded.reason, decoded.detail);
  if (decoded.text.trim() === "") return rejected(source, "empty", `the input is empty (only whitespace, ${formatBytes(bytes.length)})`);
  return decoded.text;
}

function htmlResult(html: string, input: InputInfo): ReadResult {
  const extracted = safeExtract(html, input.url);
  if (!extracted.ok) return rejected(input.source, "no_article_text", extracted.detail);
  return draftResult(pageToDraft(extracted.page, input.source, "html", input.url));
}
