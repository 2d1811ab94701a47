/** The word lists that name cleaning uses, chosen by the article's language. */
import * as de from "../../lang/de/names.js";
import * as en from "../../lang/en/names.js";
import { NICKNAMES } from "../../lang/en/nicknames.js";
import { COMPANY_KIND_NOUNS } from "../../lang/de/ner-cues.js";
import type { Gender } from "../name-gender.js";
import { ALL_ORGANISATION_NAMES } from "../../lang/de/ner-lists.js";
import { MISC_NAMES } from "../../lang/de/ner-misc-names.js";
import { MORE_MISC_NAMES } from "../../lang/de/ner-misc-more.js";
import { foldName } from "./fold.js";
import type { NicknameTable } from "./variants.js";

export interface NameLexicon {
  /** Lower-case determiners ("der", "the"). */
  determiners: ReadonlySet<string>;
  /** Lower-case honorifics ("frau", "dr."). */
  honorifics: ReadonlySet<string>;
  /** Lower-case role words ("kanzlerin", "president"). */
  roles: ReadonlySet<string>;
  /** Lower-case endings of compound role nouns ("minister" in "Außenminister"). */
  roleEndings: readonly string[];
  /** Lower-case words that may link role words ("of" in "Secretary of State"). */
  roleLinks: ReadonlySet<string>;
  /** Names that keep their leading determiner, lower case ("den haag"). */
  keepDeterminer: ReadonlySet<string>;
  /** Whether German inflection rules apply (genitive -s/-es, inflected adjectives). */
  german: boolean;
  /** Head nouns that never stand for a longer organisation name ending in them ("union"), lower case. */
  ambiguousHeads: ReadonlySet<string>;
  /** Legal forms after a company's name ("ag", "gmbh", "inc."), lower case. */
  legalForms: ReadonlySet<string>;
  /** Words naming a company's regional branch after its brand ("europe" in "Vattenfall Europe"), lower case. */
  regionalTails: ReadonlySet<string>;
  /** Nouns for a kind of company joined to its name by a hyphen ("konzern" in "VW-Konzern"): the name without them is the company's, lower case. */
  companySuffixes: ReadonlySet<string>;
  /** Endings of nouns for a kind of company before its name ("Billigfluggesellschaft Ryanair", "Reederei Hapag-Lloyd"): the name without them is the company's, lower case. */
  companyKinds: readonly string[];
  /** Honorifics that tell a person's gender, lower case ("mr." → m, "frau" → f). */
  genderedHonorifics: ReadonlyMap<string, Gender>;
  /** Pronouns that open a sentence and tell the gender of the one person the sentence before names, lower case ("he" → m; not the German "sie", which is also "they"). */
  genderedOpeningPronouns: ReadonlyMap<string, Gender>;
  /** Names of organisations and products that end in "'s" as written ("moody's", "mcdonald's"): no possessive to drop, lower case. */
  possessiveNames: ReadonlySet<string>;
  /** Short forms of given names and the full names they stand for, folded ("Jim" → James). */
  nicknames: NicknameTable;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** Listed names of organisations and products spelt with "'s" ("Moody's", "Jack Daniel's"), the same in every language. */
const POSSESSIVE_NAMES = lower([...ALL_ORGANISATION_NAMES, ...MISC_NAMES, ...MORE_MISC_NAMES].filter((n) => /['’]s$/u.test(n)));

/** The short forms of given names, folded; the same in every language (names travel with their bearers). */
const FOLDED_NICKNAMES: NicknameTable = new Map(
  Object.entries(NICKNAMES).map(([short, full]) => [foldName(short), new Set(full.map(foldName))]),
);

const GERMAN: NameLexicon = {
  determiners: lower(de.DETERMINERS),
  honorifics: lower(de.HONORIFICS),
  roles: lower([...de.ROLE_NOUNS, ...de.DEMONYM_FORMS]),
  roleEndings: de.ROLE_ENDINGS,
  roleLinks: new Set(),
  keepDeterminer: lower(de.NAMES_WITH_DETERMINER),
  german: true,
  ambiguousHeads: lower(de.AMBIGUOUS_HEADS),
  legalForms: lower(de.LEGAL_FORMS),
  regionalTails: lower(de.REGIONAL_TAILS),
  companySuffixes: lower(de.COMPANY_SUFFIXES),
  companyKinds: COMPANY_KIND_NOUNS,
  genderedHonorifics: new Map(Object.entries(de.GENDERED_HONORIFICS)),
  genderedOpeningPronouns: new Map(Object.entries(de.GENDERED_OPENING_PRONOUNS)),
  possessiveNames: POSSESSIVE_NAMES,
  nicknames: FOLDED_NICKNAMES,
};

const ENGLISH: NameLexicon = {
  determiners: lower(en.DETERMINERS),
  honorifics: lower(en.HONORIFICS),
  roles: lower(en.ROLE_NOUNS),
  roleEndings: [],
  roleLinks: lower(en.ROLE_LINKS),
  keepDeterminer: lower(en.NAMES_WITH_DETERMINER),
  german: false,
  ambiguousHeads: new Set(),
  legalForms: lower(en.LEGAL_FORMS),
  regionalTails: lower(en.REGIONAL_TAILS),
  companySuffixes: new Set(),
  companyKinds: [],
  genderedHonorifics: new Map(Object.entries(en.GENDERED_HONORIFICS)),
  genderedOpeningPronouns: new Map(Object.entries(en.GENDERED_OPENING_PRONOUNS)),
  possessiveNames: POSSESSIVE_NAMES,
  nicknames: FOLDED_NICKNAMES,
};

const union = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => new Set([...a, ...b]);

/** Both languages' lists; German inflection rules on (most undetermined articles are German). */
const BOTH: NameLexicon = {
  determiners: union(GERMAN.determiners, ENGLISH.determiners),
  honorifics: union(GERMAN.honorifics, ENGLISH.honorifics),
  roles: union(GERMAN.roles, ENGLISH.roles),
  roleEndings: GERMAN.roleEndings,
  roleLinks: ENGLISH.roleLinks,
  keepDeterminer: union(GERMAN.keepDeterminer, ENGLISH.keepDeterminer),
  german: true,
  ambiguousHeads: GERMAN.ambiguousHeads,
  legalForms: union(GERMAN.legalForms, ENGLISH.legalForms),
  regionalTails: union(GERMAN.regionalTails, ENGLISH.regionalTails),
  companySuffixes: GERMAN.companySuffixes,
  companyKinds: GERMAN.companyKinds,
  genderedHonorifics: new Map([...GERMAN.genderedHonorifics, ...ENGLISH.genderedHonorifics]),
  genderedOpeningPronouns: new Map([...GERMAN.genderedOpeningPronouns, ...ENGLISH.genderedOpeningPronouns]),
  possessiveNames: POSSESSIVE_NAMES,
  nicknames: FOLDED_NICKNAMES,
};

/** The lists for an ISO 639-1 code: German for "de", English for "en", both (with German rules) otherwise. */
export function nameLexicon(language: string | null): NameLexicon {
  if (language === "de") return GERMAN;
  if (language === "en") return ENGLISH;
  return BOTH;
}

/** Whether a lower-case word is a listed role or ends in a compound role ending. */
function roleWord(word: string, lex: NameLexicon): boolean {
  return lex.roles.has(word) || lex.roleEndings.some((e) => word.endsWith(e) && word.length >= e.length + 3);
}

/** Whether `token` is a role word: listed, a compound ending in a role ("Außenministerin"), or hyphenated with a role last ("US-Präsident"). */
export function isRole(token: string, lex: NameLexicon): boolean {
  const word = token.toLowerCase();
  if (roleWord(word, lex)) return true;
  const last = word.slice(word.lastIndexOf("-") + 1);
  return last !== word && last !== "" && roleWord(last, lex);
}
