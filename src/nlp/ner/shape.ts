/** Word shapes: "Müller" → "Xxxxxx" (long) and "Xx" (short), "3,5" → "d,d", "EU-Kommission" → "X-Xx". */

/** The long shape: every letter as X/x, digit as d, other characters kept; runs longer than 4 cut to 4. */
export function longShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const c = classOf(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** The short shape: runs of one class collapsed to a single character. */
export function shortShape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const c = classOf(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function classOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return "d";
  if (code >= 97 && code <= 122) return "x";
  if (code >= 65 && code <= 90) return "X";
  if (code < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? "X" : "x";
  return ch;
}

/** Whether a capitalised word ends in one of the (lower-case) noun endings: a compound of that noun ("Dokumentationssendung", "Nachrichtenportal"). */
export function endsInNoun(word: string, endings: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return endings.some((ending) => lower.endsWith(ending));
}

/** The words an article writes in lower case (tokens that open with a lower-case letter): a capitalised word also written so is an ordinary word that opened a sentence or a heading ("Grüne" beside "grüne", "Files" beside "files"). */
export function lowerCaseWords(words: readonly (readonly string[])[]): Set<string> {
  const lower = new Set<string>();
  for (const sentence of words) for (const word of sentence) if (/^\p{Ll}/u.test(word)) lower.add(word);
  return lower;
}
