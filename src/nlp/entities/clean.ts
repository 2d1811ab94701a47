/**
 * The bare name in a mention's text: without quotes, a trailing
 * parenthesis ("Olaf Scholz (SPD)"), possessive endings ("Scholz'",
 * "Biden's"; not of organisations and products listed with one, "Moody's"), before a person's name determiners, honorifics and roles
 * ("der Kanzlerin Merkel", "US-Präsident Joe Biden", "Frankreichs Präsident
 * Macron"), and around an organisation's name a noun for its kind before it
 * ("Billigfluggesellschaft Ryanair") and its legal form after it ("Volkswagen AG").
 */
import type { EntityType } from "../../core/article.js";
import { isRole, type NameLexicon } from "./lexicon.js";

export interface CleanName {
  /** The bare name, tokens separated by single spaces. */
  name: string;
  tokens: string[];
  /** Lower-case determiner the mention text began with, if any. */
  determiner: string | null;
  /** Text of a trailing parenthesis inside the mention ("EU" in "Europäische Union (EU)"), if any. */
  parenthesis: string | null;
}

const OPENERS = /^["'„“”‚‘’»«›‹([{<\s–—•·*-]+/u;
const CLOSERS = /["'„“”‚‘’»«›‹)\]}>,;:!?\s]+$/u;
const TRAILING_PARENTHESIS = /\s*\(([^()]*)\)$/u;
const POSSESSIVE_S = /['’‘`´]s$/u;
const GENITIVE_APOSTROPHE = /(?<=[sßxzSXZ])['’‘`´]$/u;

/** Drops a sentence-final full stop, but not the dot of an initial, an abbreviation or a roman numeral ("Jr.", "III."). */
function dropFullStop(value: string): string {
  const match = /(\S+)\.$/u.exec(value);
  if (match === null) return value;
  const word = match[1];
  if (word.includes(".") || /^[IVXLC]+$/u.test(word) || word.length <= 3) return value;
  return value.slice(0, -1);
}

/** Brackets without their partner inside the name dropped: "Voreqe (Frank) Bainirama" tagged "Frank) Bainirama" → "Frank Bainirama". */
function dropStrayBrackets(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  const stray = new Set<number>();
  chars.forEach((c, i) => {
    if (c === "(") open.push(i);
    else if (c === ")" && open.pop() === undefined) stray.add(i);
  });
  for (const i of open) stray.add(i);
  if (stray.size === 0) return text;
  return chars.filter((_, i) => !stray.has(i)).join("").replace(/\s+/gu, " ").trim();
}

/** Text without surrounding quotes, a trailing parenthesis, possessive endings (unless `spelt` says the name has one, "Moody's") and a final full stop. */
function trimSurface(surface: string, spelt: (name: string) => boolean): { text: string; parenthesis: string | null } {
  let text = surface.normalize("NFC").replace(/\s+/gu, " ").trim();
  let parenthesis: string | null = null;
  const paren = TRAILING_PARENTHESIS.exec(text);
  if (paren !== null && paren.index > 0) {
    parenthesis = paren[1].trim();
    text = text.slice(0, paren.index);
  }
  text = dropStrayBrackets(text.replace(OPENERS, "").replace(CLOSERS, ""));
  text = dropFullStop(text).replace(CLOSERS, "");
  if (spelt(text)) return { text, parenthesis };
  return { text: text.replace(POSSESSIVE_S, "").replace(GENITIVE_APOSTROPHE, ""), parenthesis };
}

/** Whether the token is a word a person's name never starts with: honorific, role, role link. */
function isPersonPrefix(token: string, lex: NameLexicon): boolean {
  const lower = token.toLowerCase();
  return lex.honorifics.has(lower) || isRole(token, lex);
}

/**
 * How many leading tokens to drop: determiners (any type); for persons also
 * honorifics, roles, role links between roles, and one qualifier right
 * before a role ("Frankreichs", "ehemalige", "US", "Former"). At least one token stays.
 */
function leadingWords(tokens: readonly string[], type: EntityType, lex: NameLexicon, sentenceStart: boolean): { drop: number; determiner: string | null } {
  let drop = 0;
  let determiner: string | null = null;
  const person = type === "PER";
  while (tokens.length - drop > 1) {
    const token = tokens[drop];
    const lower = token.toLowerCase();
    const next = tokens[drop + 1];
    const nextIsPrefix = tokens.length - drop > 2 && isPersonPrefix(next, lex);
    // A capitalised determiner inside a sentence belongs to the name ("im Film „Der Pate“").
    if (lex.determiners.has(lower) && drop === 0 && !sentenceStart && /^\p{Lu}/u.test(token)) break;
    if (lex.determiners.has(lower)) determiner = lower;
    else if (!person) break;
    else if (isPersonPrefix(token, lex)) determiner = null;
    else if (lex.roleLinks.has(lower) && drop > 0 && nextIsPrefix) determiner = null;
    else if (nextIsPrefix && !lex.determiners.has(next.toLowerCase())) determiner = null;
    else break;
    drop++;
  }
  return { drop, determiner };
}

/** How many trailing tokens of an organisation's name are its legal form ("AG", "GmbH & Co. KG"); at least one token stays. */
function trailingLegalForms(tokens: readonly string[], lex: NameLexicon): number {
  let n = 0;
  while (tokens.length - n > 1 && lex.legalForms.has(tokens[tokens.length - 1 - n].toLowerCase())) n++;
  return n;
}

/**
 * The bare name of a mention; an empty name when nothing of a name is left.
 * `sentenceStart`: whether the mention starts a sentence (a capitalised
 * determiner there is dropped; inside a sentence it is part of the name).
 */
export function cleanName(surface: string, type: EntityType, lex: NameLexicon, sentenceStart = true): CleanName {
  const spelt = (name: string): boolean => type !== "PER" && type !== "LOC" && lex.possessiveNames.has(name.toLowerCase());
  const { text, parenthesis } = trimSurface(surface, spelt);
  const tokens = text.split(" ").filter((t) => t !== "");
  if (lex.keepDeterminer.has(tokens.join(" ").toLowerCase())) return { name: tokens.join(" "), tokens, determiner: null, parenthesis };
  const { drop, determiner } = leadingWords(tokens, type, lex, sentenceStart);
  const kept = tokens.slice(drop, type === "ORG" ? tokens.length - trailingLegalForms(tokens.slice(drop), lex) : tokens.length);
  if (type === "ORG" && kept.length > 1 && isCompanyKind(kept[0], lex) && /^\p{Lu}/u.test(kept[1])) kept.shift();
  if (type === "ORG" && kept.length === 1) kept[0] = withoutCompanySuffix(kept[0], lex);
  return { name: kept.join(" "), tokens: kept, determiner, parenthesis };
}

/** "Billigfluggesellschaft" in "Billigfluggesellschaft Ryanair", "Reederei" in "Reederei Hapag-Lloyd": a noun for a kind of company before its name. */
function isCompanyKind(token: string, lex: NameLexicon): boolean {
  const lower = token.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(token) && lex.companyKinds.some((kind) => lower.endsWith(kind));
}

/** "VW-Konzern" → "VW", "Lufthansa-Gruppe" → "Lufthansa": a name joined to a noun for a kind of company. */
function withoutCompanySuffix(token: string, lex: NameLexicon): string {
  const dash = token.lastIndexOf("-");
  if (dash <= 0 || !lex.companySuffixes.has(token.slice(dash + 1).toLowerCase())) return token;
  const name = token.slice(0, dash);
  return /^\p{Lu}/u.test(name) ? name : token;
}
