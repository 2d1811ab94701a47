/**
 * Spelling-insensitive forms of names: the match key (transliteration
 * variants and inflected adjectives fold together; for matching only) and
 * the slug (readable, used in entity ids).
 */
import { TRANSLITERATION_FOLDS } from "../../lang/de/names.js";
import { adjectiveParts, adjectiveRun } from "./adjectives.js";

const UMLAUTS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Lower case, without diacritics (umlauts as base vowels), ß as ss. */
function plainLower(value: string): string {
  const lower = value.toLowerCase();
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no normalisation
  if (/^[\u0000-\u007f]*$/u.test(lower)) return lower;
  return lower.replace(/ß/gu, "ss").normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

/** Memoises a string function (names repeat across mentions and articles); emptied when it grows large. */
function memo(fn: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      if (cache.size >= 50_000) cache.clear();
      result = fn(value);
      cache.set(value, result);
    }
    return result;
  };
}

/**
 * A name in lower case without diacritics, its words (letters and digits)
 * separated by single spaces: "Baden-Wurttemberg" and "Baden-Württemberg",
 * "Tōkyō" and "Tokyo" alike, but no transliteration folds ("Room" is not
 * "Rom"). For looking foreign names up in lists.
 */
export const spellingKey: (name: string) => string = memo((name) =>
  plainLower(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "")
    .join(" "),
);

/**
 * The transliteration fold of a name: lower case, no diacritics, German and
 * English spellings folded together (tsch/tch → ch, sch → sh, w → v, z → s,
 * j/y → i, doubled letters once …, see TRANSLITERATION_FOLDS), tokens
 * separated by single spaces. "Selenskyj", "Zelensky" and "Selenski" all fold to "selenski".
 */
export const foldName: (name: string) => string = memo((name) =>
  plainLower(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "")
    .map((token) => TRANSLITERATION_FOLDS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), token))
    .join(" "),
);

/**
 * The match key of a name: its inflected adjectives reduced to their stems
 * ("der Europäischen Union" and "Europäische Union" match), then folded
 * with {@link foldName}. Two mentions of one type with the same key are one entity.
 */
export const matchKey: (name: string) => string = memo((name) => foldName(stemmedWords(name).join(" ")));

/** The words of a name with its inflected adjectives reduced to their stems. */
function stemmedWords(name: string): string[] {
  const tokens = name.trim().split(/\s+/u);
  const adjectives = new Set(adjectiveRun(tokens));
  return tokens.map((t, i) => (adjectives.has(i) ? (adjectiveParts(t)?.stem ?? t) : t));
}

/**
 * The match key with the breaks between the words dropped before folding, so
 * that a name written as one word, with a hyphen or with a space is one key:
 * "Deutscher Fußball-Bund" / "Deutscher Fußballbund", "John McCain" /
 * "John Mc Cain". For looking names up in lists; too loose for merging any two names.
 */
export const compactKey: (name: string) => string = memo((name) => foldName(stemmedWords(name).join("").replace(/[^\p{L}\p{N}]+/gu, "")));

/** A leading article that mastheads and titles carry and that texts write or leave out ("Die Zeit" / "Zeit", "The Washington Post" / "Washington Post"). */
const LEADING_ARTICLE = /^(?:der|die|das|the)\s+(?=\S)/iu;

/** A name without such a leading article: what clusters and ids are made from, so that "The New York Times" and "New York Times" are one entity. */
export const withoutArticle = (name: string): string => name.replace(LEADING_ARTICLE, "");

/**
 * A readable, URL-safe form of a name: lower case, ä/ö/ü/ß as ae/oe/ue/ss,
 * other diacritics dropped, every run of other characters as one hyphen
 * ("München" → "muenchen", "Bündnis 90/Die Grünen" → "buendnis-90-die-gruenen").
 * Letters of any script are kept. May be empty.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüß]/gu, (c) => UMLAUTS[c])
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}
