/** Spaced separators between a headline and a publisher suffix; a hyphen inside a word is none. */
const SEPARATOR = /\s+(?:[-–—|·•]|::)\s+/g;

/** The longest publisher suffix that still looks like a site name. */
const MAX_SITE_WORDS = 5;
const MAX_SITE_CHARS = 40;

export interface SplitHeadline {
  title: string;
  publisher: string | null;
}

/**
 * Splits "Headline – Publisher" (also " | ", " - ", " :: ") at the last spaced separator,
 * but only when the suffix looks like a site name: short, every word capitalised or a domain.
 */
export function splitHeadline(line: string): SplitHeadline {
  const text = line.trim();
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(SEPARATOR)) last = match as RegExpExecArray;
  if (!last) return { title: text, publisher: null };
  const title = text.slice(0, last.index).trim();
  const suffix = text.slice(last.index + last[0].length).trim();
  if (title.length < 3 || !looksLikeSiteName(suffix)) return { title: text, publisher: null };
  return { title, publisher: suffix };
}

/** "Süddeutsche Zeitung", "tagesschau.de", "ZEIT ONLINE", "BR24" yes; "Was wir wissen" no. */
export function looksLikeSiteName(text: string): boolean {
  if (text.length === 0 || text.length > MAX_SITE_CHARS) return false;
  if (/[?!:;,"„“”«»'‚‘’()]/.test(text) || /\.$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_SITE_WORDS) return false;
  return words.every(isSiteWord);
}

function isSiteWord(word: string): boolean {
  if (/^\p{Lu}/u.test(word) || /^\d/.test(word) || word === "&") return true;
  return /^[\p{L}\d-]+\.[a-z]{2,}$/u.test(word);
}
