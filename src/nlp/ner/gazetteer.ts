/**
 * Name lists as token n-grams with type bits, and a greedy longest-match
 * lookup over a sentence. Entries are matched case-sensitively on tokens.
 */
import { tokenize } from "../tokens.js";

/** Gazetteer kinds; each is one bit in a type mask. */
export const GAZETTEER_KINDS = ["first", "surname", "loc", "org", "country", "misc", "person"] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

const PREFIX_BIT = 1 << GAZETTEER_KINDS.length;

/** The kinds a single word is listed as, or 0 without name lists. */
export function wordKinds(gazetteer: Gazetteer | null, word: string): number {
  return gazetteer ? unitTypes(gazetteer, word) : 0;
}

/** The type mask of the given kinds ("loc", "country" → the bits a place may carry). */
export function kindMask(...kinds: readonly GazetteerKind[]): number {
  return kinds.reduce((mask, kind) => mask | (1 << GAZETTEER_KINDS.indexOf(kind)), 0);
}
/** Entries longer than this many tokens are left out. */
export const MAX_ENTRY_TOKENS = 6;

export interface Gazetteer {
  /** Space-joined token n-gram → type mask (with a prefix bit for n-grams that start a longer entry). */
  readonly entries: Map<string, number>;
}

/** What the lookup found at one token. */
export interface GazetteerHit {
  /** Types of the longest entry covering the token (0 when none). */
  span: number;
  /** Position of the token in that entry: "U" (whole entry), "B", "I" or "L" (last). */
  position: "U" | "B" | "I" | "L" | "";
  /** Types of the token on its own as a one-token entry. */
  unit: number;
}

/** Builds a gazetteer from entries grouped by kind. */
export function buildGazetteer(lists: ReadonlyMap<GazetteerKind, readonly string[]>): Gazetteer {
  const entries = new Map<string, number>();
  for (const [kind, names] of lists) {
    const bit = kindMask(kind);
    for (const name of names) addEntry(entries, name, bit);
  }
  return { entries };
}

function addEntry(entries: Map<string, number>, name: string, bit: number): void {
  const tokens = tokenize(name.trim()).map((t) => t.text);
  if (tokens.length === 0 || tokens.length > MAX_ENTRY_TOKENS) return;
  for (let n = 1; n < tokens.length; n++) {
    const prefix = tokens.slice(0, n).join(" ");
    entries.set(prefix, (entries.get(prefix) ?? 0) | PREFIX_BIT);
  }
  const key = tokens.join(" ");
  entries.set(key, (entries.get(key) ?? 0) | bit);
}

/** Looks up every token: greedy longest match from left to right, plus each token on its own. */
export function lookupGazetteer(gazetteer: Gazetteer, tokens: readonly string[]): GazetteerHit[] {
  const hits: GazetteerHit[] = tokens.map((t) => ({ span: 0, position: "", unit: (gazetteer.entries.get(t) ?? 0) & ~PREFIX_BIT }));
  let i = 0;
  while (i < tokens.length) {
    const match = longestMatch(gazetteer, tokens, i);
    if (match === null) {
      i += 1;
      continue;
    }
    for (let k = i; k < match.end; k++) {
      hits[k].span = match.types;
      hits[k].position = match.end - i === 1 ? "U" : k === i ? "B" : k === match.end - 1 ? "L" : "I";
    }
    i = match.end;
  }
  return hits;
}

/** Types of a one-token entry (0 when the token is not one). */
export function unitTypes(gazetteer: Gazetteer, token: string): number {
  return (gazetteer.entries.get(token) ?? 0) & ~PREFIX_BIT;
}

/** Types of the listed name a genitive form comes from ("Irans" → "Iran", "Bremens" → "Bremen"); 0 when none. */
export function genitiveTypes(gazetteer: Gazetteer, token: string): number {
  if (token.length < 4 || !token.endsWith("s") || token.endsWith("ss")) return 0;
  return unitTypes(gazetteer, token.slice(0, -1));
}

function longestMatch(gazetteer: Gazetteer, tokens: readonly string[], start: number): { end: number; types: number } | null {
  let best: { end: number; types: number } | null = null;
  let key = "";
  for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_ENTRY_TOKENS); end++) {
    key = end === start + 1 ? tokens[start] : `${key} ${tokens[end - 1]}`;
    const value = gazetteer.entries.get(key);
    if (value === undefined) break;
    const types = value & ~PREFIX_BIT;
    if (types !== 0) best = { end, types };
    if ((value & PREFIX_BIT) === 0) break;
  }
  return best;
}

/** The gazetteer as lines "kindmask<TAB>entry" (for the model file). */
export function serialiseGazetteer(gazetteer: Gazetteer): string {
  const lines: string[] = [];
  for (const [key, value] of gazetteer.entries) {
    const types = value & ~PREFIX_BIT;
    if (types !== 0) lines.push(`${types}\t${key}`);
  }
  return lines.join("\n");
}

/** Reads the lines written by {@link serialiseGazetteer}. */
export function parseGazetteer(text: string): Gazetteer {
  const entries = new Map<string, number>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const types = Number(line.slice(0, tab));
    const tokens = line.slice(tab + 1).split(" ");
    for (let n = 1; n < tokens.length; n++) {
      const prefix = tokens.slice(0, n).join(" ");
      entries.set(prefix, (entries.get(prefix) ?? 0) | PREFIX_BIT);
    }
    const key = tokens.join(" ");
    entries.set(key, (entries.get(key) ?? 0) | types);
  }
  return { entries };
}
