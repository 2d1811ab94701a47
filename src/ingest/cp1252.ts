/**
 * Windows-1252 decoding by hand: Node 20's `TextDecoder("windows-1252")` decodes the range
 * 0x80–0x9F as Latin-1 control characters instead of „ “ – € and friends.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Bytes that Windows-1252 leaves undefined: text containing them is not Windows-1252. */
export const CP1252_UNDEFINED: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The character a Windows-1252 byte stands for. */
export function cp1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : byte);
}

/** Decodes Windows-1252 bytes (undefined bytes come out as the C1 control of the same number). */
export function decodeCp1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => cp1252Char(c.charCodeAt(0)));
}
