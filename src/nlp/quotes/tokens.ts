/**
 * Word tokens with offsets for the quote finder: words (with inner hyphens,
 * apostrophes and dots), numbers, and every other non-space character as a
 * token of its own. Quotation marks are tokens, so a token range never
 * straddles a quote boundary.
 */

export interface Tok {
  text: string;
  /** Lower-cased text; an acronym in capitals stays as written ("WHO" is not "who"). */
  lower: string;
  start: number;
  end: number;
  /** Inside quotation marks (set by the quote document): a comma there does not end the clause around the quote. */
  quoted?: boolean;
}

const TOKEN = /(?:Dr|Prof|Dipl|Ing|Med|Jur|Phil|Rer|Nat|St|Sr|Jr|Mr|Mrs|Ms|Sen|Sens|Rep|Reps|Gov|Gen|Maj|Brig|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Hon|Pres|Supt|Insp)\.(?=\s)|\p{N}+(?:[.,:]\p{N}+)+|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|[\p{L}\p{M}\p{N}]+(?:(?:[-'’&/]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{M}\p{N}]+)*-?|\S/gu;

/** A word in capitals, an acronym ("WHO", "US", "DIE"): it is no function word, so its lower-case form is not taken. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Tokens of `text` between `start` and `end`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    toks.push({ text: m[0], lower: ACRONYM.test(m[0]) ? m[0] : m[0].toLowerCase(), start: s, end: s + m[0].length });
  }
  return toks;
}

/** True for a word that starts with a capital letter ("Müller", "SPD-Chef"). */
export function isCapitalised(tok: Tok): boolean {
  return /^\p{Lu}/u.test(tok.text);
}

/** True for a word of letters or digits (not punctuation). */
export function isWord(tok: Tok): boolean {
  return /^[\p{L}\p{N}]/u.test(tok.text);
}

/** True for a lower-case word. */
export function isLowerWord(tok: Tok): boolean {
  return /^\p{Ll}/u.test(tok.text);
}

/** Punctuation that ends a clause inside a sentence. */
export function isClauseBreak(tok: Tok): boolean {
  return tok.text === "," || tok.text === ":" || tok.text === ";" || tok.text === "–" || tok.text === "—";
}

/** Sentence-final punctuation. */
export function isFinalPunct(tok: Tok): boolean {
  return tok.text === "." || tok.text === "!" || tok.text === "?";
}
