/**
 * Whether two written forms of a person's name can name one person of an
 * article: "James G. Roche", "James Roche", "Jim Roche" and "J. Roche"; not
 * "Bill Clinton" and "Hillary Clinton". Names are compared as folded tokens
 * (src/nlp/entities/fold.ts), so spelling variants are equal already.
 */

/** Folded short forms of given names → the folded full names they stand for ("iim" → {"iames"}). */
export type NicknameTable = ReadonlyMap<string, ReadonlySet<string>>;

/** Whether a folded token is an initial ("G." folds to "g"). */
const isInitial = (token: string): boolean => token.length === 1;

/** Whether two folded given names can be one: equal, one the initial of the other, or one a listed short form of the other. */
export function sameGivenName(a: string, b: string, nicknames: NicknameTable): boolean {
  if (a === b) return true;
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  return nicknames.get(a)?.has(b) === true || nicknames.get(b)?.has(a) === true;
}

/** Whether the middle names of two forms agree: one form has none, or both have as many and each pair is one given name. */
function sameMiddles(a: readonly string[], b: readonly string[], nicknames: NicknameTable): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.length === b.length && a.every((t, k) => sameGivenName(t, b[k], nicknames));
}

/** Given, middle and family names agree (both forms of two words or more, the family name last and written alike). */
function sameParts(a: readonly string[], b: readonly string[], nicknames: NicknameTable): boolean {
  if (a.length < 2 || b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  return sameGivenName(a[0], b[0], nicknames) && sameMiddles(a.slice(1, -1), b.slice(1, -1), nicknames);
}

/** The form without a leading initial, for a person who goes by the middle name ("T. Michael Moseley" → "Michael Moseley"). */
const withoutLeadingInitial = (name: readonly string[]): readonly string[] | null =>
  name.length >= 3 && isInitial(name[0]) ? name.slice(1) : null;

/**
 * Whether two folded person names (tokens) can be one person's: the same
 * family name, given names that are equal, an initial and a name with that
 * letter, or a short form and its full name ("Jim" / "James"), and middle
 * names that one form leaves out or both give alike ("James G. Roche" /
 * "James Roche"); a leading initial may be left out ("T. Michael Moseley" /
 * "Michael Moseley").
 */
export function nameVariants(a: readonly string[], b: readonly string[], nicknames: NicknameTable): boolean {
  if (sameParts(a, b, nicknames)) return true;
  const [shortA, shortB] = [withoutLeadingInitial(a), withoutLeadingInitial(b)];
  return (shortA !== null && sameParts(shortA, b, nicknames)) || (shortB !== null && sameParts(a, shortB, nicknames));
}
