/** How many bytes at the start of a document are searched for a charset declaration. */
const PRESCAN_BYTES = 4096;

/** The WHATWG encoding name for a charset label ("latin1" -> "windows-1252"), or null when unknown. */
export function resolveCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type value, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match ? match[1] : null;
}

/** The charset a markup document declares in its first 4 KB (`<meta charset>`, `http-equiv`, `<?xml encoding>`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}
