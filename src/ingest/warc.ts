import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from "warcio";
import { charsetOf } from "./charset.js";
import type { InputInfo, ReadContext } from "./context.js";
import { decodeHtml } from "./decode.js";
import { pageToDraft, safeExtract } from "./html.js";
import { draftResult, errorMessage, formatBytes, rejected } from "./result.js";
import type { ByteSource } from "./sources.js";
import type { ReadResult } from "./types.js";

/** Counts the bytes passing through, and notices the end of the stream. */
class ByteCounter {
  total = 0;
  ended = false;

  async *wrap(source: ByteSource): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      this.total += chunk.length;
      yield chunk;
    }
    this.ended = true;
  }
}

/**
 * Reads a WARC stream: every HTML `response` (HTTP 200) or `resource` record is one article, other
 * records are skipped. A cut-off stream yields the complete records before the cut and one `truncated`.
 */
export async function* readWarc(source: ByteSource, input: InputInfo, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const counter = new ByteCounter();
  const parser = new WARCParser(new AsyncIterReader(counter.wrap(source), null));
  for (let n = 1; ; n++) {
    let step: Step;
    try {
      step = await readRecord(parser, counter, n, input, ctx);
    } catch (error) {
      yield rejected(input.source, "truncated", `WARC breaks off in record ${n}: ${errorMessage(error)}`);
      return;
    }
    if (step.result) yield step.result;
    if (step.done) return;
  }
}

/** One record read: its result (null for a skipped record), and whether the stream is done. */
interface Step {
  done: boolean;
  result: ReadResult | null;
}

async function readRecord(parser: WARCParser, counter: ByteCounter, n: number, input: InputInfo, ctx: ReadContext): Promise<Step> {
  const record = await parser.parse();
  if (!record) return { done: true, result: null };
  const broken = headerProblem(record);
  if (broken) {
    const what = counter.ended ? `WARC breaks off in the headers of record ${n}` : `record ${n} is corrupt`;
    return { done: true, result: rejected(input.source, "truncated", `${what}: ${broken}`) };
  }
  const wanted = isHtmlRecord(record);
  const oversized = wanted && record.warcContentLength > ctx.opts.maxBytes;
  await (wanted && !oversized ? record.readFully(false) : drain(record));
  const missing = parser._warcHeadersLength + record.warcContentLength - counter.total;
  if (counter.ended && missing > 0) {
    const detail = `WARC breaks off in record ${n} (${describe(record)}): ${missing} of its ${record.warcContentLength} bytes are missing`;
    return { done: true, result: rejected(input.source, "truncated", detail) };
  }
  const source = `${input.source}#${n}`;
  if (oversized) {
    return { done: false, result: rejected(source, "too_large", `the record is ${formatBytes(record.warcContentLength)}, the limit is ${formatBytes(ctx.opts.maxBytes)}`) };
  }
  return { done: false, result: wanted ? await htmlRecordResult(record, source) : null };
}

/** What is wrong with a record's WARC headers (a cut inside them), or null. */
function headerProblem(record: WARCRecord): string | null {
  const statusline = record.warcHeaders.statusline;
  if (!statusline.startsWith("WARC/")) return `expected a WARC/1.x version line, found "${statusline.slice(0, 40)}"`;
  if (!record.warcType) return "no WARC-Type header";
  if (record.warcHeader("Content-Length") === null || Number.isNaN(record.warcContentLength)) return "no valid Content-Length header";
  return null;
}

function isHtmlRecord(record: WARCRecord): boolean {
  if (record.warcType === "response") {
    const http = record.httpHeaders;
    return http !== null && http.statusCode === 200 && isHtmlType(http.headers.get("content-type"));
  }
  return record.warcType === "resource" && isHtmlType(record.warcContentType);
}

function isHtmlType(contentType: string | null | undefined): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? "");
}

function contentTypeOf(record: WARCRecord): string | null {
  return (record.httpHeaders ? record.httpHeaders.headers.get("content-type") : record.warcContentType) ?? null;
}

function describe(record: WARCRecord): string {
  const uri = record.warcTargetURI;
  return uri ? `${record.warcType} ${uri}` : record.warcType;
}

/** Reads a record's block to its end (or the stream's end) without keeping it. */
async function drain(record: WARCRecord): Promise<void> {
  const reader = record.reader;
  if (reader instanceof LimitReader) {
    for await (const _chunk of reader) {
      // discard
    }
  } else {
    await record.readFully(false);
  }
}

async function htmlRecordResult(record: WARCRecord, source: string): Promise<ReadResult> {
  const bytes = await record.readFully(true);
  const decoded = decodeHtml(bytes, charsetOf(contentTypeOf(record)));
  if (!decoded.ok) return rejected(source, "invalid_encoding", decoded.detail);
  const uri = record.warcTargetURI ?? null;
  if (decoded.text.trim() === "") return rejected(source, "no_article_text", `the HTML response for ${uri ?? "the record"} is empty`);
  const extracted = safeExtract(decoded.text, uri);
  if (!extracted.ok) return rejected(source, "no_article_text", extracted.detail);
  const draft = pageToDraft(extracted.page, source, "warc", uri);
  return draftResult({ ...draft, url: uri ?? draft.url });
}
