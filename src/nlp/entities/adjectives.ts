/**
 * Inflected adjectives inside German names ("die Europäische Union", "der
 * Europäischen Union", "der Bayerische Landtag"): recognising them and
 * putting them into the nominative without article ("Europäische Union",
 * "Bayerischer Landtag"), the form a name is listed under.
 */
import {
  ADJECTIVE_ENDINGS,
  ADJECTIVE_STEM_ENDINGS,
  ADJECTIVE_STEMS,
  DETERMINER_EVIDENCE,
  HEAD_GENDER_ENDINGS,
  STRONG_ENDING,
  type NameGender,
} from "../../lang/de/names.js";

const STEMS = new Set(ADJECTIVE_STEMS);

export interface AdjectiveParts {
  /** The token without its ending, in its own case ("Europäisch"). */
  stem: string;
  /** The inflection ending, lower case ("en"). */
  ending: string;
}

/** Stem and ending of a capitalised inflected adjective ("Europäischen" → "Europäisch" + "en"), or null. */
export function adjectiveParts(token: string): AdjectiveParts | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token)) return null;
  const lower = token.toLowerCase();
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (STEMS.has(stem) || (stem.length >= 4 && ADJECTIVE_STEM_ENDINGS.some((e) => stem.endsWith(e)))) {
      return { stem: token.slice(0, -ending.length), ending };
    }
  }
  return null;
}

/**
 * Indices of the adjectives of a name: inflected adjectives in the leading
 * run of capitalised tokens, before that run's last token (the head noun).
 * "Neue Zürcher Zeitung" → [0]; "Frankfurter Allgemeine Zeitung" → [1];
 * "Alternative für Deutschland" → [].
 */
export function adjectiveRun(tokens: readonly string[]): number[] {
  let run = 0;
  while (run < tokens.length && /^\p{Lu}/u.test(tokens[run])) run++;
  const out: number[] = [];
  for (let i = 0; i < run - 1; i++) {
    if (adjectiveParts(tokens[i]) !== null) out.push(i);
    else if (!/er$/u.test(tokens[i])) break; // an indeclinable place adjective ("Frankfurter") may stand among them
  }
  return out;
}

/** The head noun's gender from its ending ("Landtag" → masc), or null; the longest listed ending decides. */
export function headGender(head: string): NameGender | null {
  const lower = head.toLowerCase();
  let best: { gender: NameGender; length: number } | null = null;
  for (const [gender, endings] of Object.entries(HEAD_GENDER_ENDINGS) as [NameGender, readonly string[]][]) {
    for (const ending of endings) {
      if (lower.endsWith(ending) && (best === null || ending.length > best.length)) best = { gender, length: ending.length };
    }
  }
  return best?.gender ?? null;
}

/** One occurrence of a name: its tokens and the determiner before it ("" for none, null for unknown). */
export interface NameForm {
  tokens: readonly string[];
  determiner: string | null;
}

/** The nominative ending that the determiners before the forms imply (majority of unambiguous cases), or null. */
function endingFromDeterminers(forms: readonly NameForm[]): string | null {
  const votes = new Map<string, number>();
  for (const { tokens, determiner } of forms) {
    const [first] = adjectiveRun(tokens);
    if (first === undefined || determiner === null) continue;
    const ending = adjectiveParts(tokens[first])?.ending ?? "";
    const implied = DETERMINER_EVIDENCE[determiner]?.[ending];
    if (implied !== undefined) votes.set(implied, (votes.get(implied) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/**
 * `tokens` with its adjectives in the nominative without article, the
 * ending taken from the head noun's gender or else from the determiners
 * seen with the other forms; unchanged when neither tells.
 */
export function nominativeTokens(tokens: readonly string[], forms: readonly NameForm[]): string[] {
  const adjectives = adjectiveRun(tokens);
  if (adjectives.length === 0) return [...tokens];
  const at = headIndex(tokens, adjectives[adjectives.length - 1] + 1);
  const dative = pluralDative(tokens[at]);
  const gender = dative !== null ? "plural" : headGender(tokens[at]);
  const ending = gender !== null ? STRONG_ENDING[gender] : endingFromDeterminers(forms);
  if (ending === null) return [...tokens];
  const out = [...tokens];
  for (const i of adjectives) out[i] = `${(adjectiveParts(tokens[i]) as AdjectiveParts).stem}${ending}`;
  if (dative !== null) out[at] = dative;
  return out;
}

/**
 * The head noun after the adjectives: the token right after them, or — when
 * its gender is unknown — the last capitalised token of the name, when that
 * one's is known ("Deutschen Fußball Verband", written apart in the text).
 */
function headIndex(tokens: readonly string[], next: number): number {
  if (headGender(tokens[next]) !== null) return next;
  let last = next;
  while (last + 1 < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[last + 1])) last++;
  return headGender(tokens[last]) !== null ? last : next;
}

/** The nominative of a plural head in the dative ("Spielen" → "Spiele", "Wählern" → "Wähler"), or null when the head is none. */
function pluralDative(head: string | undefined): string | null {
  if (head === undefined || !head.endsWith("n") || headGender(head) === "plural") return null;
  return headGender(head.slice(0, -1)) === "plural" ? head.slice(0, -1) : null;
}
