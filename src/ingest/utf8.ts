/** Offset of the first byte that breaks UTF-8 well-formedness, or -1 when all bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** True when the bytes hold at least one multi-byte UTF-8 sequence and no invalid one. */
export function isMultibyteUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) === -1 && bytes.some((b) => b >= 0x80);
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    length = 2;
    min = 0x80;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    min = b0 === 0xe0 ? 0xa0 : 0x80;
    if (b0 === 0xed) max = 0x9f; // no UTF-16 surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    min = b0 === 0xf0 ? 0x90 : 0x80;
    if (b0 === 0xf4) max = 0x8f;
  } else {
    return 0;
  }
  if (i + length > bytes.length) return 0;
  const b1 = bytes[i + 1];
  if (b1 < min || b1 > max) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k];
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}
