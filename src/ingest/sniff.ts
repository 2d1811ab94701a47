import { binarySignature, isGzip } from "./magic.js";

/** What an input is, as far as its bytes, content type and name tell. */
export type SniffedFormat = "gzip" | "warc" | "html" | "rss" | "atom" | "jsonl" | "txt" | "binary" | "empty" | "unsupported";

export interface Sniffed {
  format: SniffedFormat;
  /** Why: the evidence that decided, e.g. "starts with <rss" or "PDF document (starts with %PDF-)". */
  detail: string;
}

/** How many bytes at the start of an input are enough to sniff its format. */
export const SNIFF_BYTES = 4096;

/** Tags that open an HTML document or a saved page fragment. */
const HTML_TAGS = new Set(["html", "head", "body", "meta", "title", "link", "script", "style", "div", "article", "main", "section", "header", "p", "h1", "h2", "base"]);

const HTML_TYPES = ["text/html", "application/xhtml+xml"];
const CONTENT_TYPES: Record<string, SniffedFormat> = {
  "application/rss+xml": "rss",
  "application/atom+xml": "atom",
  "application/warc": "warc",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "application/gzip": "gzip",
};
const EXTENSIONS: Record<string, SniffedFormat> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  warc: "warc",
  jsonl: "jsonl",
  ndjson: "jsonl",
  txt: "txt",
  text: "txt",
};

/**
 * Detects the format of an input: magic bytes and content first, then the content type
 * (for URLs), then the file name's extension; whatever else is text is "txt".
 */
export function sniffFormat(bytes: Uint8Array, name?: string | null, contentType?: string | null): Sniffed {
  if (bytes.length === 0) return { format: "empty", detail: "0 bytes" };
  if (isGzip(bytes)) return { format: "gzip", detail: "gzip data (starts with \\x1F\\x8B)" };
  const signature = binarySignature(bytes);
  if (signature) return { format: "binary", detail: signature };
  const head = headText(bytes);
  const nul = head.indexOf("\0");
  if (nul >= 0 && isBinaryByNul(head)) return { format: "binary", detail: `binary data (NUL byte at offset ${nul})` };
  const trimmed = head.replace(/^[\s\uFEFF]+/, "");
  if (trimmed === "" && bytes.length <= SNIFF_BYTES) return { format: "empty", detail: `only whitespace (${bytes.length} bytes)` };
  if (/^WARC\/\d/.test(trimmed)) return { format: "warc", detail: `starts with ${trimmed.slice(0, 8)}` };
  const ext = extensionOf(name);
  return sniffMarkup(trimmed, ext) ?? byContentType(contentType) ?? byExtension(ext, trimmed) ?? sniffJson(trimmed);
}

/**
 * Whether NUL characters make the text binary: more than one in a hundred
 * (binary formats and UTF-16 without a byte-order mark are full of them). A
 * stray NUL in a page or text dump, as broken crawls leave them, does not
 * make it binary: the text is read, and the store writes the NUL as U+FFFD
 * (`storable` in src/store/rows.ts).
 */
function isBinaryByNul(head: string): boolean {
  let count = 0;
  for (let i = head.indexOf("\0"); i >= 0; i = head.indexOf("\0", i + 1)) count++;
  return count * 100 > head.length;
}

/** The first bytes as text: UTF-16 by BOM, else byte by byte (ASCII structure is all that matters). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head.subarray(2));
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return Buffer.from(head.subarray(3)).toString("latin1");
  return Buffer.from(head).toString("latin1");
}

/** The lower-case extension of a file name or URL path ("warc" for x.warc), or null. */
export function extensionOf(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[/\\]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

/** HTML, RSS or Atom by the first tag (after an XML declaration, comments and doctype). */
function sniffMarkup(text: string, ext: string | null): Sniffed | null {
  if (!text.startsWith("<")) return null;
  const isXml = text.startsWith("<?xml");
  const rest = text.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, "");
  if (/^<!doctype\s+html/i.test(rest)) return { format: "html", detail: "starts with <!doctype html" };
  const tag = /^<(?:!doctype\s+)?([a-z][\w:.-]*)/i.exec(rest);
  if (!tag) return null;
  const name = tag[1].toLowerCase();
  if (name === "rss" || name === "rdf:rdf") return { format: "rss", detail: `starts with <${tag[1]}` };
  if (name === "feed") return { format: "atom", detail: "starts with <feed" };
  if (HTML_TAGS.has(name) || ext === "html" || ext === "htm" || ext === "xhtml") return { format: "html", detail: `starts with <${tag[1]}` };
  if (isXml || ext === "xml" || ext === "rss" || ext === "atom") {
    return { format: "unsupported", detail: `XML document with root <${tag[1]}> (neither RSS, Atom nor HTML)` };
  }
  return null;
}

function byContentType(contentType: string | null | undefined): Sniffed | null {
  if (!contentType) return null;
  const type = contentType.split(";")[0].trim().toLowerCase();
  if (HTML_TYPES.includes(type)) return { format: "html", detail: `content type ${type}` };
  const format = CONTENT_TYPES[type];
  if (format) return { format, detail: `content type ${type}` };
  if (/^(image|audio|video|font)\//.test(type) || type === "application/pdf" || type === "application/zip") {
    return { format: "binary", detail: `served as ${type}` };
  }
  if (type === "application/json") return { format: "unsupported", detail: "JSON document (content type application/json), not JSON Lines" };
  return null;
}

function byExtension(ext: string | null, text: string): Sniffed | null {
  if (!ext) return null;
  if (ext === "json") {
    if (text.startsWith("[")) return { format: "unsupported", detail: "JSON array (.json); Lagebild reads JSON Lines, one object per line" };
    return { format: "jsonl", detail: ".json extension, one object per line" };
  }
  const format = EXTENSIONS[ext];
  return format ? { format, detail: `.${ext} extension` } : null;
}

/** JSON Lines when the first line is a JSON object (or opens one with a key, if longer than the sniffed head). */
function sniffJson(text: string): Sniffed {
  if (text.startsWith("{")) {
    const firstLine = text.split(/\r?\n/, 1)[0];
    if (isJsonObject(firstLine) || /^\{\s*"(?:[^"\\\n]|\\.)*"\s*:/.test(firstLine)) return { format: "jsonl", detail: "first line is a JSON object" };
  }
  return { format: "txt", detail: "text" };
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}
