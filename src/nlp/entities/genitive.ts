/**
 * German genitive forms of names: "Merkels" → "Merkel", "Scholzens" →
 * "Scholz", "Deutschlands" → "Deutschland", "des Bundestages" → "Bundestag".
 * A final -s/-es is taken off only on evidence: the base form is a name
 * the article mentions (another mention's name, or a person's surname), the
 * base is a listed name, a listed organisation of one word ("Googles"), a
 * well-known person's full name or — a person's name alone before a noun —
 * surname ("Putins Sprecher"), or
 * (organisations, places) the name follows "des".
 * Words elsewhere in the text are no evidence: "Jobs" is not the genitive of "Job".
 */
import type { EntityType } from "../../core/article.js";
import { GENITIVE_BASES, HEAD_GENDER_ENDINGS, NOMINATIVE_S_ENDINGS } from "../../lang/de/names.js";
import { FEDERAL_STATES, STATE_SHORT_NAMES } from "../../lang/de/ner-names.js";
import { ONE_WORD_ORGANISATION_NAMES } from "../../lang/de/ner-lists.js";
import { WELL_KNOWN_PEOPLE } from "../../lang/de/ner-people.js";
import { isFamousSurname, isListedSurname } from "../listed-people.js";
import { adjectiveParts } from "./adjectives.js";
import { foldName, matchKey } from "./fold.js";

/** Names whose genitive in -s is taken back without more evidence: the hand list, the world's states and the German federal states ("Thailands"). */
const LISTED = new Set([...GENITIVE_BASES, ...STATE_SHORT_NAMES, ...FEDERAL_STATES]);
/** Well-known people in full: "der Ehrung Salman Rushdies" is Salman Rushdie's, while "Thomas Enders" stays as written. */
const PEOPLE = new Set(WELL_KNOWN_PEOPLE);
/** Endings of masculine and neuter head nouns, whose genitive takes -s/-es ("Instituts", "Landes"); feminine ones take none. */
const S_GENITIVE_HEADS = [...HEAD_GENDER_ENDINGS.masc, ...HEAD_GENDER_ENDINGS.neut];
/** An indeclinable adjective of a place before a head noun ("Schweizer", "Leipziger"). */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;

/** What the article offers as evidence for base forms. */
export interface GenitiveEvidence {
  /** Match keys of the names of the article's mentions (any type), and of persons' last tokens. */
  keys: ReadonlySet<string>;
  /** Folded last tokens of this type's multi-token names ("williams" from "Serena Williams"). */
  surnames: ReadonlySet<string>;
}

/** Possible base forms of a last token, most likely first. */
function baseCandidates(last: string, type: EntityType): string[] {
  // A name still ending in "'s" is spelt so ("Moody's"; possessives are gone by now): no German genitive.
  if (last.length < 4 || !/^\p{Lu}\p{Ll}/u.test(last) || /['’‘`´]s$/u.test(last)) return [];
  const lower = last.toLowerCase();
  const out: string[] = [];
  if (type === "PER") {
    if (lower.endsWith("ens") && last.length >= 7) out.push(last.slice(0, -3));
    if (lower.endsWith("s") && !/[sßxz]s$/u.test(lower)) out.push(last.slice(0, -1));
    return out;
  }
  // "Campus", "Fonds" end so in the nominative; "Moskaus", "Passaus" are the genitives of listed names.
  if (NOMINATIVE_S_ENDINGS.some((e) => lower.endsWith(e))) return LISTED.has(last.slice(0, -1)) ? [last.slice(0, -1)] : out;
  if (lower.endsWith("es") && last.length >= 5 && !/[aeiouäöüy]$/u.test(lower.slice(0, -2))) out.push(last.slice(0, -2));
  if (lower.endsWith("s")) out.push(last.slice(0, -1));
  return out;
}

/**
 * "des Instituts Forsa" → "Institut Forsa", "des Landes Berlin" → "Land
 * Berlin": an organisation or place whose first word is a masculine or neuter
 * head noun in the genitive, after "des" or when the article names the base
 * form too; null when it is none.
 */
function headGenitiveBase(tokens: readonly string[], type: EntityType, determiner: string | null, evidence: GenitiveEvidence): string[] | null {
  if (type === "PER" || tokens.length < 2) return null;
  // "des Internationalen Instituts für …", "des Schweizer Bundesamts für …": the head may follow adjectives, whose case the display name mends.
  let at = 0;
  while (at < tokens.length - 1 && (adjectiveParts(tokens[at]) !== null || PLACE_ADJECTIVE.test(tokens[at]))) at++;
  for (const base of baseCandidates(tokens[at], type)) {
    const lower = base.toLowerCase();
    if (!S_GENITIVE_HEADS.some((head) => lower.endsWith(head))) continue;
    const result = [...tokens.slice(0, at), base, ...tokens.slice(at + 1)];
    if (determiner === "des" || evidence.keys.has(matchKey(result.join(" ")))) return result;
  }
  return null;
}

/**
 * The tokens of the name in the nominative, or null when neither its head
 * noun ({@link headGenitiveBase}) nor its last token is (on the evidence) a
 * genitive. `determiner` is the one before the name; `beforeNoun`, whether
 * a noun follows it (where a German genitive name stands).
 */
export function genitiveBase(
  tokens: readonly string[], type: EntityType, determiner: string | null, evidence: GenitiveEvidence, beforeNoun = false,
): string[] | null {
  const head = headGenitiveBase(tokens, type, determiner, evidence);
  if (head) return head;
  const last = tokens[tokens.length - 1];
  if (last === undefined) return null;
  if (type === "PER" && tokens.length === 1 && evidence.surnames.has(foldName(last))) return null;
  const candidates = baseCandidates(last, type);
  for (const [i, base] of candidates.entries()) {
    const result = [...tokens.slice(0, -1), base];
    const name = result.join(" ");
    // The last token alone is evidence only where it is the name's head: a person's surname, a one-word name.
    const headOnly = type === "PER" || tokens.length === 1;
    if (evidence.keys.has(matchKey(name)) || (headOnly && evidence.keys.has(foldName(base)))) return result;
    if (LISTED.has(name) || (type === "PER" && PEOPLE.has(name) && !PEOPLE.has(tokens.join(" ")))) return result;
    if (type === "ORG" && tokens.length === 1 && ONE_WORD_ORGANISATION_NAMES.has(name) && !ONE_WORD_ORGANISATION_NAMES.has(last)) return result;
    if (type !== "PER" && i === 0 && determiner === "des") return result;
  }
  return beforeNoun && type === "PER" && tokens.length === 1 ? listedSurnameGenitive(last) : null;
}

/** The nominative of a well-known person's full name written in the genitive ("Steven Spielbergs" → "Steven Spielberg"), or null. */
export function listedPersonGenitive(tokens: readonly string[]): string[] | null {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || !last?.endsWith("s") || PEOPLE.has(tokens.join(" "))) return null;
  const base = [...tokens.slice(0, -1), last.slice(0, -1)];
  return PEOPLE.has(base.join(" ")) ? base : null;
}

/**
 * "Putins Sprecher", "Nawalnys Witwe", "Mozarts Entführung": a person's
 * one-word name in -s right before a noun, whose base is a well-known
 * person's surname and no given name, is that surname's genitive — where the
 * article names the person no other way. Not when the -s form is itself a
 * listed surname or organisation ("Jobs", "Reuters").
 */
function listedSurnameGenitive(last: string): string[] | null {
  const base = last.slice(0, -1);
  if (!/\p{Ll}s$/u.test(last) || !isFamousSurname(base) || isListedSurname(last) || ONE_WORD_ORGANISATION_NAMES.has(last)) return null;
  return [base];
}
