/** Listed names of one organisation or place ("EU" / "Europäische Union") or one person ("Joseph Ratzinger" / "Benedikt XVI."), by match key → display name. */
import { DISTINCT_LISTED_NAMESAKES, NAME_GROUPS, PERSON_NAME_GROUPS } from "../../lang/de/names.js";
import { WELL_KNOWN_PEOPLE } from "../../lang/de/ner-people.js";
import { NAME_VARIANTS } from "../../lang/en/names.js";
import { ENGLISH_PLACE_NAMES } from "../../lang/en/place-names.js";
import { lastWord } from "../listed-people.js";
import { compactKey, matchKey, spellingKey } from "./fold.js";

/** An acronym ("OSZE", "IAEA", "ver.di" is none): matched only letter for letter, since spelling folds would join it to words ("Ostsee"). */
const isAcronym = (name: string): boolean => /^[\p{Lu}\p{N}.&-]+$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);

/** A name in lower case with single spaces. */
const exactKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/gu, " ");

interface GroupIndex {
  /** Match key of a listed name that is no acronym → display name. */
  folded: Map<string, string>;
  /** Any listed name in lower case → display name (acronyms are looked up only here: "NATO" is the listed "Nato"). */
  exact: Map<string, string>;
  /** Compact key of a listed name that is no acronym → display name ("Deutscher Fußballbund" is the listed "Deutscher Fußball-Bund"). */
  compact: Map<string, string>;
}

function buildIndex(groups: readonly (readonly string[])[], variants: Readonly<Record<string, readonly string[]>>): GroupIndex {
  const index: GroupIndex = { folded: new Map(), exact: new Map(), compact: new Map() };
  for (const group of groups) {
    const display = group[0];
    for (const name of [...group, ...(variants[display] ?? [])]) {
      index.exact.set(exactKey(name), display);
      if (isAcronym(name)) continue;
      index.folded.set(matchKey(name), display);
      if (!index.compact.has(compactKey(name))) index.compact.set(compactKey(name), display);
    }
  }
  return index;
}

const INDEX = buildIndex(NAME_GROUPS, NAME_VARIANTS);
const PERSONS = buildIndex(PERSON_NAME_GROUPS, {});

/** English place name by its spelling key (no transliteration folds: "Room" must not find "Rome"'s "Rom") → German name. */
const PLACES = new Map(Object.entries(ENGLISH_PLACE_NAMES).flatMap(([display, names]) => names.map((name) => [spellingKey(name), display] as const)));

/** The listed display name in `index`, or null. */
function lookup(index: GroupIndex, name: string): string | null {
  const exact = index.exact.get(exactKey(name));
  if (exact !== undefined) return exact;
  return isAcronym(name.trim()) ? null : (index.folded.get(matchKey(name)) ?? index.compact.get(compactKey(name)) ?? null);
}

/** The listed display name of a (non-person) name, or null when it is in no group. */
export const groupName = (name: string): string | null => lookup(INDEX, name);

/** The German name of a place by its English name ("Moscow" → "Moskau", "Kyiv" → "Kiew"; see ENGLISH_PLACE_NAMES), or null. */
export const placeName = (name: string): string | null => PLACES.get(spellingKey(name)) ?? null;

/** The listed display name of a person's name ("Joseph Ratzinger" → "Benedikt XVI."), or null when it is in no group. */
export const personGroupName = (name: string): string | null => lookup(PERSONS, name);

/**
 * A well-known person's name as the list spells it first, for the match key
 * of its words: "Vladimir Putin", "Wladimir Putin" → "Wladimir Putin",
 * "Julia Timoschenko" → "Julija Tymoschenko", "Kim Jong Un" → "Kim Jong-un",
 * "Warren Buffet" → "Warren Buffett". German spellings come first in the list.
 * Keys of listed namesakes (DISTINCT_LISTED_NAMESAKES) are left out. One
 * map by match key, one by compact key; built on first use (some 100 ms of
 * keys that a process which normalises no entities should not pay at start).
 */
let listedSpellings: readonly ReadonlyMap<string, string>[] | null = null;

function spellingsBy(key: (name: string) => string): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const name of WELL_KNOWN_PEOPLE) if (name.includes(" ") && !spellings.has(key(name))) spellings.set(key(name), name);
  for (const group of DISTINCT_LISTED_NAMESAKES) for (const name of group) spellings.delete(key(name));
  return spellings;
}

/** The listed spelling of a well-known person's full name (two words or more; also written with other breaks between its words, "John Mc Cain"), or null. */
export function listedSpelling(name: string): string | null {
  if (!name.includes(" ")) return null;
  listedSpellings ??= [spellingsBy(matchKey), spellingsBy(compactKey)];
  const [byMatch, byCompact] = listedSpellings;
  return byMatch.get(matchKey(name)) ?? byCompact.get(compactKey(name)) ?? null;
}

/**
 * A well-known person's surname alone as the list spells it first, where the
 * list holds the person under other spellings too: "Navalny", "Zelensky",
 * "Peskov" → "Nawalny", "Selenskyj", "Peskow" (from "Alexei Navalny" /
 * "Alexej Nawalny" …), so that a German and an English article that name
 * the person by surname alone give one entity. Only spellings the list pairs
 * as one person's, so no two surnames that merely fold alike ("Meyer",
 * "Meier") are joined; a surname the list spells two ways for two people
 * is left out. Built on first use.
 */
let surnameSpellings: ReadonlyMap<string, string> | null = null;

function buildSurnameSpellings(): Map<string, string> {
  listedSpellings ??= [spellingsBy(matchKey), spellingsBy(compactKey)];
  const [byMatch] = listedSpellings;
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const name of WELL_KNOWN_PEOPLE) {
    const first = name.includes(" ") ? byMatch.get(matchKey(name)) : undefined;
    if (first === undefined || lastWord(first) === lastWord(name)) continue;
    const known = out.get(lastWord(name));
    if (known !== undefined && known !== lastWord(first)) ambiguous.add(lastWord(name));
    out.set(lastWord(name), lastWord(first));
  }
  for (const surname of ambiguous) out.delete(surname);
  return out;
}

/**
 * A well-known person's full name for its last words, where the article
 * writes the name without the first of them: "Tayyip Erdoğan", "Lula da
 * Silva", "Manuel Barroso", "Lund Svindal" → "Recep Tayyip Erdoğan", "Luiz
 * Inácio Lula da Silva", "José Manuel Barroso", "Aksel Lund Svindal". Two
 * words at least, which end one listed name only and are no listed name of
 * their own ("da Silva", "Le Pen" end several). Built on first use.
 */
let listedSuffixes: ReadonlyMap<string, string> | null = null;

function buildListedSuffixes(): Map<string, string> {
  const names = new Set(WELL_KNOWN_PEOPLE.map(matchKey));
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const name of WELL_KNOWN_PEOPLE) {
    const words = name.split(" ");
    for (let k = 1; k <= words.length - 2; k++) {
      const key = matchKey(words.slice(k).join(" "));
      if (names.has(key)) continue;
      const known = out.get(key);
      if (known !== undefined && matchKey(known) !== matchKey(name)) ambiguous.add(key);
      if (known === undefined) out.set(key, name);
    }
  }
  for (const key of ambiguous) out.delete(key);
  return out;
}

/** The listed full name a person's name of two or more words ends (see buildListedSuffixes), or null. */
export function listedFullName(name: string): string | null {
  if (!name.includes(" ")) return null;
  listedSuffixes ??= buildListedSuffixes();
  return listedSuffixes.get(matchKey(name)) ?? null;
}

/** The listed first spelling of a well-known person's surname written alone ("Zelensky" → "Selenskyj"), or null. */
export function listedSurnameSpelling(name: string): string | null {
  if (name.includes(" ")) return null;
  surnameSpellings ??= buildSurnameSpellings();
  return surnameSpellings.get(name) ?? null;
}
