import { declaredCharset, resolveCharset } from "./charset.js";
import { CP1252_UNDEFINED, cp1252Char, decodeCp1252 } from "./cp1252.js";
import { firstInvalidUtf8, isMultibyteUtf8 } from "./utf8.js";

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: "invalid_encoding"; detail: string };

/** True for C0/C1 control characters other than tab, line feed, form feed and carriage return. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/**
 * Decodes text of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM,
 * otherwise Windows-1252; anything else is `invalid_encoding`.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  return checkControls(decodeWithBom(bytes) ?? sniffDecode(bytes));
}

/**
 * Decodes an HTML or XML document: BOM, then the HTTP/WARC charset, then the charset the
 * document declares in its first 4 KB, then UTF-8 validity, then Windows-1252.
 * A declared single-byte charset loses against bytes that are valid multi-byte UTF-8 (mislabelled pages).
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): DecodeResult {
  const bom = decodeWithBom(bytes);
  if (bom) return checkControls(bom);
  for (const label of [headerCharset, declaredCharset(bytes)]) {
    const encoding = usableCharset(label);
    const decoded = encoding ? decodeDeclared(bytes, encoding) : null;
    if (decoded) return checkControls(decoded);
  }
  return checkControls(sniffDecode(bytes));
}

function invalid(detail: string): DecodeResult {
  return { ok: false, reason: "invalid_encoding", detail };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/** Decodes by byte order mark, or returns null when there is none. */
function decodeWithBom(bytes: Uint8Array): DecodeResult | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeBomUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), "utf-16be");
  return null;
}

function decodeBomUtf8(bytes: Uint8Array): DecodeResult {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return invalid(`starts with a UTF-8 byte order mark, but byte ${hex(bytes[bad])} at offset ${bad + 3} is not valid UTF-8`);
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), encoding: "utf-8" };
}

function decodeStrict(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return invalid(`starts with a ${encoding.toUpperCase()} byte order mark, but the bytes are not valid ${encoding.toUpperCase()} (odd length or unpaired surrogate)`);
  }
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 when no byte is undefined there. */
function sniffDecode(bytes: Uint8Array): DecodeResult {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  const undefinedAt = bytes.findIndex((b) => CP1252_UNDEFINED.has(b));
  if (undefinedAt >= 0) {
    return invalid(
      `not UTF-8 (byte ${hex(bytes[bad])} at offset ${bad} starts no valid sequence) and not Windows-1252 ` +
        `(byte ${hex(bytes[undefinedAt])} at offset ${undefinedAt} is undefined there)`,
    );
  }
  return { ok: true, text: decodeCp1252(bytes), encoding: "windows-1252" };
}

/** A declared charset we can honour; UTF-16 without a BOM is treated as undeclared, as browsers do. */
function usableCharset(label: string | null | undefined): string | null {
  const encoding = resolveCharset(label);
  if (!encoding || encoding.startsWith("utf-16") || encoding === "replacement" || encoding === "x-user-defined") return null;
  return encoding;
}

/** Decodes with a declared charset, or returns null when the declaration is evidently wrong. */
function decodeDeclared(bytes: Uint8Array, encoding: string): DecodeResult | null {
  if (encoding === "utf-8") {
    return firstInvalidUtf8(bytes) < 0 ? { ok: true, text: new TextDecoder("utf-8").decode(bytes), encoding } : null;
  }
  if (isMultibyteUtf8(bytes)) return { ok: true, text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  if (encoding === "windows-1252") return { ok: true, text: decodeCp1252(bytes), encoding };
  if (encoding === "iso-8859-15") return { ok: true, text: decodeLatin9(bytes), encoding };
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** ISO-8859-15, with the C1 range (unused there) read as Windows-1252, where mislabelled „quotes“ live. */
function decodeLatin9(bytes: Uint8Array): string {
  const latin9 = new TextDecoder("iso-8859-15").decode(bytes);
  return latin9.replace(/[\u0080-\u009f]/g, (c) => cp1252Char(c.charCodeAt(0)));
}

/** Rejects decoded text that is full of control characters (a binary file in disguise). */
function checkControls(result: DecodeResult): DecodeResult {
  if (!result.ok) return result;
  const { text } = result;
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    count += 1;
    if (first < 0) first = i;
  }
  if (count >= 3 && count / text.length > 0.005) {
    const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, "0");
    return invalid(`${count} control characters in ${text.length} characters of ${result.encoding} text (first U+${code} at offset ${first})`);
  }
  return result;
}
