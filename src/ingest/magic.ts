/** Signatures of binary file types: what a file starts with, and what it is. */
interface Signature {
  /** Byte offset of the signature. */
  offset: number;
  bytes: readonly number[];
  what: string;
  /** How the signature reads in a rejection detail. */
  shown: string;
  /** Extra bytes at a later offset that must match too (e.g. RIFF....WEBP). */
  also?: { offset: number; bytes: readonly number[] };
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: ascii("%PDF-"), what: "PDF document", shown: "%PDF-" },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "PNG image", shown: "\\x89PNG" },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], what: "JPEG image", shown: "\\xFF\\xD8\\xFF" },
  { offset: 0, bytes: ascii("GIF87a"), what: "GIF image", shown: "GIF87a" },
  { offset: 0, bytes: ascii("GIF89a"), what: "GIF image", shown: "GIF89a" },
  { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04], what: "ZIP archive (or DOCX/XLSX/ODT/EPUB)", shown: "PK\\x03\\x04" },
  { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06], what: "empty ZIP archive", shown: "PK\\x05\\x06" },
  { offset: 0, bytes: ascii("RIFF"), also: { offset: 8, bytes: ascii("WEBP") }, what: "WebP image", shown: "starts with RIFF....WEBP" },
  { offset: 0, bytes: ascii("RIFF"), also: { offset: 8, bytes: ascii("WAVE") }, what: "WAV audio", shown: "starts with RIFF....WAVE" },
  { offset: 0, bytes: ascii("BZh"), what: "bzip2 archive", shown: "BZh" },
  { offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: "xz archive", shown: "\\xFD7zXZ" },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "7-Zip archive", shown: "7z\\xBC\\xAF" },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], what: "Zstandard archive", shown: "\\x28\\xB5\\x2F\\xFD" },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], what: "ELF executable", shown: "\\x7FELF" },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "legacy Microsoft Office document (DOC/XLS/PPT)", shown: "\\xD0\\xCF\\x11\\xE0" },
  { offset: 0, bytes: ascii("SQLite format 3\0"), what: "SQLite database", shown: "SQLite format 3" },
  { offset: 0, bytes: ascii("ID3"), what: "MP3 audio", shown: "ID3" },
  { offset: 0, bytes: ascii("OggS"), what: "Ogg media", shown: "OggS" },
  { offset: 4, bytes: ascii("ftyp"), what: "MP4/QuickTime media", shown: "ftyp at offset 4" },
  { offset: 257, bytes: ascii("ustar"), what: "tar archive", shown: "ustar at offset 257" },
  { offset: 0, bytes: ascii("wOFF"), what: "WOFF font", shown: "wOFF" },
  { offset: 0, bytes: ascii("wOF2"), what: "WOFF2 font", shown: "wOF2" },
];

function matchesAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((b, i) => bytes[offset + i] === b);
}

/** Names the binary file type the bytes start with, e.g. "PDF document (starts with %PDF-)", or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (!matchesAt(bytes, sig.offset, sig.bytes)) continue;
    if (sig.also && !matchesAt(bytes, sig.also.offset, sig.also.bytes)) continue;
    return `${sig.what} (${sig.offset === 0 && !sig.also ? `starts with ${sig.shown}` : sig.shown})`;
  }
  return null;
}

/** True when the bytes start with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
