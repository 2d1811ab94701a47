/**
 * Organisation spans the tagger missed or mistyped, after tagging (tags
 * change in place): an all-capital abbreviation of the hand-made lists of
 * well-known organisations ("BMW ( +10,1% )", "Das BKA teilte mit"), a
 * capitalised word the name lists know only as an organisation ("vor
 * Airbus"; a listed word that is also a surname, a place or a lower-case
 * word, like "Bayer" or "Allianz", is left to the tagger), a listed name of
 * several words ("Inter Mailand"), and a person span that ends in an English
 * organisation head ("Northampton Town").
 */
import { ALL_ORGANISATION_NAMES, ONE_WORD_ORGANISATION_NAMES } from "../../lang/de/ner-lists.js";
import { NAME_GROUPS } from "../../lang/de/names.js";
import { STATE_SHORT_NAMES } from "../../lang/de/ner-names.js";
import {
  CLUB_NOUN_ENDINGS,
  COMMON_NOUN_DETERMINERS,
  COMPANY_NOUN_ENDINGS,
  CONTRACTED_ARTICLES,
  DEFINITE_ARTICLES,
  FUNCTION_WORD_SET,
  MEDIA_NOUN_ENDINGS,
  ORGANISATION_TAILS,
  OUTLET_COMMON_NOUNS,
  OUTLET_CUE_PRONOUNS,
  OUTLET_REPORT_CUES,
} from "../../lang/de/ner-cues.js";
import { ENGLISH_ORGANISATION_HEADS } from "../../lang/en/ner-cues.js";
import { retypePersonsEndingIn, retypeSpan, spanEndAt, spansFromTags, tagSpan } from "./labels.js";
import { endsInNoun, lowerCaseWords } from "./shape.js";
import { genitiveTypes, kindMask, unitTypes, wordKinds, type Gazetteer } from "./gazetteer.js";
import { memoise } from "./memo.js";
import type { FeatureResources } from "./features.js";
import { knownInLowerCase, profileCodes } from "./profiles.js";

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** A name of one word written in lower case or opening with a digit, no web address ("dpa", "taz", "n-tv", "3sat"). */
const LOWER_CASE_NAME = /^[\p{Ll}\d][^\s.]*$/u;
const LISTED = new Set(ALL_ORGANISATION_NAMES.filter((n) => ACRONYM.test(n) || LOWER_CASE_NAME.test(n)));
/** Endings of a German adjective that opens a name ("Europäisches", "Europäischen"). */
const ADJECTIVE_ENDINGS = ["e", "es", "er", "en", "em"];
const ADJECTIVE = new RegExp(`^(\\p{Lu}\\p{Ll}+?)(?:${ADJECTIVE_ENDINGS.join("|")})$`, "u");

/**
 * A listed name and its case forms when it opens with an adjective: the
 * adjective with each ending, the last word also with a genitive or dative
 * ending ("Europäisches Parlament" → "des Europäischen Parlaments", "Hessischer
 * Rundfunk" → "des Hessischen Rundfunks").
 */
function caseForms(name: readonly string[]): string[][] {
  const m = ADJECTIVE.exec(name[0]);
  if (!m || name.length < 2) return [[...name]];
  const last = name[name.length - 1];
  const forms: string[][] = [];
  for (const ending of ADJECTIVE_ENDINGS) for (const tail of [last, `${last}s`, `${last}es`, `${last}n`]) forms.push([m[1] + ending, ...name.slice(1, -1), tail]);
  return forms;
}

/** Listed names of several words and their case forms, as word lists, by their first and second words ("Inter" → "Mailand" → ["Inter", "Mailand"]). */
const MULTI = new Map<string, Map<string, string[][]>>();
for (const name of ALL_ORGANISATION_NAMES.filter((n) => n.includes(" ")).map((n) => n.split(" "))) {
  for (const form of caseForms(name)) {
    let second = MULTI.get(form[0]);
    if (!second) MULTI.set(form[0], (second = new Map()));
    second.set(form[1], [...(second.get(form[1]) ?? []), form]);
  }
}
const NO_NAMES: string[][] = [];

/** Tags tokens start…end-1 as one organisation span. */
const tagOrganisation = (t: string[], start: number, end: number): void => tagSpan(t, start, end, "ORG");

/** Tags each word the tagger left as O, not followed by a span's continuation, as a one-word organisation when `listed` says so. */
function tagUntaggedWords(words: readonly (readonly string[])[], tags: string[][], listed: (word: string) => boolean): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((w, i) => {
      if (t[i] === "O" && listed(w) && !(t[i + 1] ?? "").startsWith("I-")) tagOrganisation(t, i, i + 1);
    });
  });
}

/**
 * Tags listed organisation abbreviations and names written in lower case
 * ("dpa", "epd", "n-tv": GermEval tags all 7 such words of its development
 * file ORG) the tagger left as O, in every sentence. The model's name lists
 * lose the lower-case names when the lists are cleaned of ordinary words.
 */
export function tagListedAcronyms(words: readonly (readonly string[])[], tags: string[][]): void {
  tagUntaggedWords(words, tags, (w) => LISTED.has(w));
}

/** A listed acronym of three to six letters ("UEFA", "UNO", "ADAC"). */
const LETTER_ACRONYM = /^\p{Lu}{3,6}$/u;
/** The listed acronyms as German newspapers often write them, in title case ("Uefa", "Uno", "Adac"). */
const TITLE_CASE_ACRONYMS = new Set(ALL_ORGANISATION_NAMES.filter((n) => LETTER_ACRONYM.test(n)).map((n) => n[0] + n.slice(1).toLowerCase()));
const PERSON_OR_PLACE = kindMask("first", "surname", "person", "loc", "country");

/** Frequency bucket of the word profiles from which a lower-case form counts as a word of its own ("mit", "sei", "del"). */
const FREQUENT_LOWER = 3;

/**
 * "Die Fifa sperrte …", "in die Uno": a listed acronym written in title case,
 * as many German newspapers write those spoken as a word, is the
 * organisation where the tagger left it untagged — unless the form is a word
 * of its own: one the unlabelled text shows often enough to profile as
 * written ("Art"), or often in lower case ("Mit" from "MIT", "Sei"; not
 * the Italian "uno" of a few quotations), or a listed name of a person or
 * place. The name lists match case-exactly, so the model has
 * seen "Nato" (listed so) but not "Fifa". Nothing without word profiles.
 */
export function tagTitleCaseAcronyms(words: readonly (readonly string[])[], tags: string[][], resources: FeatureResources): void {
  const { profiles, gazetteer } = resources;
  if (!profiles) return;
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((w, i) => {
      if (t[i] !== "O" || !TITLE_CASE_ACRONYMS.has(w) || !standsAlone(sentence, i)) return;
      if (profileCodes(profiles, w) === null && !knownInLowerCase(profiles, w, FREQUENT_LOWER) && (wordKinds(gazetteer, w) & PERSON_OR_PLACE) === 0) tagOrganisation(t, i, i + 1);
    });
  });
}

/**
 * Whether a word stands apart from other capitalised words: after nothing, a
 * lower-case word, punctuation or a function word that opens the sentence
 * ("Die Fifa …"), and before no capitalised word — not a part of a longer
 * name ("Tsai Ing Wen", "Stan Wawrinka", "Mad Max", the band "In Spe").
 */
function standsAlone(sentence: readonly string[], i: number): boolean {
  const before = sentence[i - 1];
  const after = sentence[i + 1];
  const apartBefore = before === undefined || !/^\p{Lu}/u.test(before) || (i === 1 && FUNCTION_WORD_SET.has(before.toLowerCase()));
  return apartBefore && (after === undefined || !/^\p{Lu}/u.test(after));
}

/**
 * "gegen Inter Mailand" (tagged "Mailand" LOC): a listed organisation name of
 * several words that the tagger split, shortened or mistyped is one
 * organisation span, unless a span reaches beyond it.
 */
export function tagListedNames(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((first, i) => {
      for (const name of MULTI.get(first)?.get(sentence[i + 1]) ?? NO_NAMES) {
        const end = i + name.length;
        if (end > sentence.length || !name.every((w, k) => sentence[i + k] === w)) continue;
        const crosses = t[i].startsWith("I-") || (end < t.length && t[end].startsWith("I-"));
        const whole = t[i] === "B-ORG" && t.slice(i + 1, end).every((x) => x === "I-ORG");
        if (!crosses && !whole) tagOrganisation(t, i, end);
      }
    });
  });
}

const ENGLISH_ORG_HEADS = new Set(ENGLISH_ORGANISATION_HEADS);

/** A person span of two or more words whose last word heads an organisation's name in English is that organisation. */
export function retypeEnglishOrganisations(words: readonly (readonly string[])[], tags: string[][]): void {
  retypePersonsEndingIn(words, tags, (word) => ENGLISH_ORG_HEADS.has(word.toLowerCase()), tagOrganisation);
}

const TAILS = new Set(ORGANISATION_TAILS);

/**
 * "Vattenfall Europe" tagged ORG "Vattenfall" and LOC "Europe": a listed tail
 * word right after an organisation span, untagged or a one-word span of its
 * own, belongs to the organisation's name.
 */
export function joinOrganisationTails(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== "B-ORG") continue;
      const end = spanEndAt(t, i);
      const tail = end < t.length && TAILS.has(sentence[end]) && (t[end] === "O" || t[end].startsWith("B-")) && !(t[end + 1] ?? "").startsWith("I-");
      if (tail) tagOrganisation(t, i, end + 1);
      i = end - 1;
    }
  });
}

const STATES = new Set(STATE_SHORT_NAMES);

/** Ends of nouns that name a kind of outlet, company or club: the name after one is an organisation. */
const KIND_NOUN_ENDINGS = [...MEDIA_NOUN_ENDINGS, ...COMPANY_NOUN_ENDINGS, ...CLUB_NOUN_ENDINGS];

/** Whether a word is a noun with one of `endings`, also in the genitive ("des Autoherstellers Daimler", "des Mobilfunkkonzerns Mannesmann"). */
const nounOf = (word: string, endings: readonly string[]): boolean => endsInNoun(word, endings) || (/s$/u.test(word) && endsInNoun(word.replace(/e?s$/u, ""), endings));

/** A noun naming a kind of outlet, company or club ("Nachrichtenagentur", "Autohersteller", "Zweitligist"). */
const isKindNoun = memoise((word: string): boolean => nounOf(word, KIND_NOUN_ENDINGS));

/** A noun naming a kind of outlet or company, no club ("Nachrichtenagentur", "Elektroautobauer"; not "Team", "Band"). */
const isOutletOrCompanyNoun = memoise((word: string): boolean => nounOf(word, MEDIA_NOUN_ENDINGS) || nounOf(word, COMPANY_NOUN_ENDINGS));

/** A noun naming a kind of company ("Drogeriemarktkette", "des Autoherstellers"): companies are named after people, and the name after it is the company. */
export const isCompanyNoun = memoise((word: string): boolean => nounOf(word, COMPANY_NOUN_ENDINGS));

/** Articles and determiners before a common noun ("die Post", "eine Kette"). */
const ARTICLES = new Set(COMMON_NOUN_DETERMINERS.concat(DEFINITE_ARTICLES));
const ARTICLES_OR_CONTRACTED = new Set([...ARTICLES, ...CONTRACTED_ARTICLES]);

/**
 * "Das Nachrichtenportal EurActiv" (tagged LOC): a place or person span right
 * after a noun naming a kind of news outlet is that outlet. In the GermEval
 * training part the name after such a noun is an organisation every time
 * (three times: "Spartensender Swiss Music Radio", "US-Nachrichtensender
 * CNN", "Wochenzeitung Die Zeit"). Likewise after a kind of company or club
 * (`COMPANY_NOUN_ENDINGS`, `CLUB_NOUN_ENDINGS`), except a place in the
 * genitive or a state ("die Mannschaft Brasiliens", "das Herrenteam
 * Frankreich").
 */
export function retypeOutlets(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null = null): void {
  // "des Softwareunternehmens Kevin Lynch" (the company's name left out): a person's full name stays a person.
  const fullName = (sentence: readonly string[], t: readonly string[], i: number) =>
    gazetteer !== null && t[i] === "B-PER" && t[i + 1] === "I-PER" && (unitTypes(gazetteer, sentence[i]) & FIRST_NAME) !== 0;
  const named = new Set<string>();
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      // "der Nachrichtenagentur dpa." at the end of a sentence, left untagged: a listed organisation after the noun is that outlet.
      if (t[i] === "O" && i > 0 && t[i - 1] === "O" && isKindNoun(sentence[i - 1]) && ONE_WORD_ORGANISATION_NAMES.has(sentence[i])) t[i] = "B-ORG";
      if (t[i] === "B-ORG" && i > 0 && t[i - 1] === "O" && isKindNoun(sentence[i - 1])) named.add(spanWords(sentence, t, i));
      // "die offizielle Nachrichtenagentur Anadolu", "der Elektroautobauer Tesla" tagged whole: the noun names the kind, not the outlet or company (GermEval: "Nachrichtenagentur AFP"); a club noun may open a name ("Team Stronach", "Band Aid").
      if (t[i] === "B-ORG" && t[i + 1] === "I-ORG" && isOutletOrCompanyNoun(sentence[i]) && CAPITALISED.test(sentence[i + 1])) {
        t[i] = "O";
        t[i + 1] = "B-ORG";
        named.add(spanWords(sentence, t, i + 1));
        continue;
      }
      if (t[i] !== "B-LOC" && t[i] !== "B-PER") continue;
      // "die Mannschaft Brasiliens": a place in the genitive after the noun is the place; "das Herrenteam Frankreich": a state stays a state.
      const place = t[i] === "B-LOC" && t[i + 1] !== "I-LOC" && (/s$/u.test(sentence[i]) || STATES.has(sentence[i]));
      if (i > 0 && t[i - 1] === "O" && isKindNoun(sentence[i - 1]) && !place && !fullName(sentence, t, i)) {
        retypeSpan(t, i, "ORG");
        named.add(spanWords(sentence, t, i));
      } else if (isKindNoun(sentence[i]) && t[i + 1] === `I-${t[i].slice(2)}`) {
        // "Spielzeughersteller Mattel" tagged as one person: the noun names the kind, the rest is the company.
        t[i] = "O";
        retypeSpan(t, i + 1, "ORG");
        named.add(spanWords(sentence, t, i + 1));
      }
    }
  });
  if (named.size > 0) retypeNamedElsewhere(words, tags, named);
}

function spanWords(sentence: readonly string[], tags: readonly string[], start: number): string {
  return sentence.slice(start, spanEndAt(tags, start)).join(" ");
}

/**
 * "Der Linux-Distributor Canonical hat … Das Unternehmen Canonical wurde …":
 * once a name stands after a noun naming a kind of company, outlet or club,
 * the same words tagged as a person or place elsewhere in the text are that
 * organisation too, and so is a one-word name the tagger left untagged
 * elsewhere, unless an article stands before it or a capitalised word after
 * it, which may go on with a longer name ("Die Lebensmittelkette Spar … Der
 * Rückzieher von Spar"; "der Konzern Post … die Post", "vom ESV Lok
 * Zwickau").
 */
function retypeNamedElsewhere(words: readonly (readonly string[])[], tags: string[][], names: ReadonlySet<string>): void {
  // "Die Tageszeitung Österreich": a name that is also a state's stays the state elsewhere (a club named after its city is the club: "der Zweitligist Köln").
  const named = new Set([...names].filter((name) => !STATES.has(name)));
  if (named.size === 0) return;
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if ((t[i] === "B-PER" || t[i] === "B-LOC") && named.has(spanWords(sentence, t, i))) retypeSpan(t, i, "ORG");
      else if (t[i] === "O" && named.has(sentence[i]) && !ARTICLES.has(sentence[i - 1]?.toLowerCase() ?? "") && !CAPITALISED.test(sentence[i + 1] ?? "")) t[i] = "B-ORG";
    }
  });
}

const ORG_ONLY = kindMask("org");
const FIRST_NAME = kindMask("first");
const CAPITALISED = /^\p{Lu}/u;

/** A common noun after the last hyphen of a word ("Kommission"; not a name, "Mannheimer", nor an abbreviation, "SS"). */
const COMMON_HEAD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "EU-Kommission", "VW-Konzern", "SPD-Bundestagsfraktion", "US-Notenbank":
 * a name joined by a hyphen to a common noun the name lists do not know,
 * which GermEval tags as a compound containing a name (ORGpart, LOCpart),
 * not as a mention — 7 of the 9 such listed words of its development file
 * ("Hamburg-Mannheimer", a name of two names, is an organisation; "Waffen-SS"
 * untagged). The untagged word is reported whole as an organisation of the
 * article (findCompoundParts).
 */
function isNameCompound(word: string, gazetteer: Gazetteer): boolean {
  const head = word.slice(word.lastIndexOf("-") + 1);
  return head !== word && COMMON_HEAD.test(head) && !head.endsWith("er") && unitTypes(gazetteer, head) === 0;
}

/**
 * "vor Airbus", "Die Uefa mildert": a capitalised word that the name lists
 * know only as an organisation (not as a person, a place or anything else)
 * and that the tagger left untagged is that organisation. In the GermEval
 * training part such words are organisations 88 times and untagged 15 times
 * (mostly annotation slips: "der EU-Kommission", "der Weltbank"); on the
 * second half of it, scored with a model trained on the first half, the rule
 * adds 6 correct spans and 6 wrong ones, on the held-out part 3 and 2.
 */
export function tagListedOrganisationWords(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (!gazetteer) return;
  tagUntaggedWords(words, tags, (w) => CAPITALISED.test(w) && unitTypes(gazetteer, w) === ORG_ONLY && !isNameCompound(w, gazetteer));
  // "Juventus" tagged as a person: a one-word person span the lists know only as an organisation, also in the genitive ("Googles Autos").
  const organisation = (w: string): boolean => unitTypes(gazetteer, w) === ORG_ONLY || (unitTypes(gazetteer, w) === 0 && genitiveTypes(gazetteer, w) === ORG_ONLY);
  tags.forEach((t, s) => {
    for (const span of spansFromTags(t)) if (span.type === "PER" && span.end === span.start + 1 && organisation(words[s][span.start])) t[span.start] = "B-ORG";
  });
}

/** The one-word short names of listed organisations in the name groups ("Rapid" of "SK Rapid Wien", "Juve" of "Juventus Turin"). */
const ORGANISATION_SHORT_NAMES: ReadonlySet<string> = (() => {
  const organisations = new Set(ALL_ORGANISATION_NAMES);
  return new Set(NAME_GROUPS.filter((group) => organisations.has(group[0])).flatMap((group) => group.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name))));
})();

const PERSON_NAME = kindMask("first", "surname", "person");

/**
 * "Amsterdam – Rapid hat … kein Wunder benötigt", "Rapids Meisterchancen":
 * a one-word person span that is the short name of a listed organisation
 * (one of its name group, "Rapid" of "SK Rapid Wien"), or its genitive, is
 * that organisation, unless the name lists know the word as a person's
 * name. The tagger took "Rapid" for a person 15 times in 1,028 derStandard
 * articles.
 */
export function retypeOrganisationShortNames(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (span.type !== "PER" || span.end - span.start !== 1) continue;
      const word = sentence[span.start];
      const base = ORGANISATION_SHORT_NAMES.has(word) ? word : word.endsWith("s") ? word.slice(0, -1) : "";
      if (ORGANISATION_SHORT_NAMES.has(base) && (wordKinds(gazetteer, base) & PERSON_NAME) === 0) tags[s][span.start] = "B-ORG";
    }
  });
}

/** The ending of an inflected adjective ("Grüne", "Mercedes" too). */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;

/**
 * Whether a determiner stands right before the word at `i`, or before one
 * lower-case word before it ("den bereitstehenden Mercedes"). Wider than
 * common-nouns.ts's articleBefore on purpose: possessives count too ("sein
 * Mercedes" is a car), and any lower-case word between.
 */
const determinerBefore = (sentence: readonly string[], i: number): boolean =>
  ARTICLES_OR_CONTRACTED.has(sentence[i - 1]?.toLowerCase() ?? "") || (/^\p{Ll}/u.test(sentence[i - 1] ?? "") && ARTICLES_OR_CONTRACTED.has(sentence[i - 2]?.toLowerCase() ?? ""));

/** A capitalised word with at least one lower-case letter ("Boeing", "Caritas", "Cisco"; not an acronym, which tagListedAcronyms reads). */
const MIXED_CASE_NAME = /^\p{Lu}(?=.*\p{Ll})[\p{L}\d.+&!-]*$/u;

/**
 * "Boeing said on Monday …", "die Caritas": a capitalised one-word name of
 * the hand-made organisation lists that the model's own name lists lack
 * (they lose entries with symbols, and the hand-made lists grew after the
 * model was trained) and that the tagger left untagged is that
 * organisation, unless the article also writes the word in lower case
 * ("Grüne" beside "grüne"), where it may be an ordinary word opening a
 * sentence.
 */
export function tagUnlearnedOrganisationWords(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  let lower: Set<string> | null = null;
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((word, i) => {
      if (t[i] !== "O" || t[i + 1]?.startsWith("I-") || !MIXED_CASE_NAME.test(word) || !ONE_WORD_ORGANISATION_NAMES.has(word) || unitTypes(gazetteer, word) !== 0) return;
      // "der Grüne beklagt", "das Grüne Trikot", "im bereitstehenden Mercedes": after an article a word with an adjective's ending is a noun or adjective ("die Caritas" stays).
      if (ADJECTIVE_ENDING.test(word) && determinerBefore(sentence, i)) return;
      lower ??= lowerCaseWords(words);
      if (!lower.has(word.toLowerCase())) t[i] = "B-ORG";
    });
  });
}

const OUTLET_NOUNS = new Set(OUTLET_COMMON_NOUNS);
const DEFINITE = new Set(DEFINITE_ARTICLES);
const REPORT_CUES = new Set(OUTLET_REPORT_CUES);
const SUBJECT_PRONOUNS = new Set(OUTLET_CUE_PRONOUNS);

/**
 * "Das berichtet der Spiegel", "Wie der Standard erfuhr", "laut Kurier",
 * "sagte er dem Falter": an outlet whose name is also a common noun
 * (`OUTLET_COMMON_NOUNS`), left untagged by the tagger, is that outlet where
 * a reporting word stands right after it, or before it with only an article
 * (and a subject pronoun) between — not where a number follows ("dem Profil
 * 1.1"). GermEval tags "Dem „Spiegel“ zufolge" ORG.
 */
export function tagReportingOutlets(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    sentence.forEach((word, i) => {
      if (t[i] !== "O" || !OUTLET_NOUNS.has(word) || /^\d/u.test(sentence[i + 1] ?? "")) return;
      if (REPORT_CUES.has(sentence[i + 1]?.toLowerCase() ?? "") || reportsBefore(sentence, i)) t[i] = "B-ORG";
    });
  });
}

/** Whether a reporting word stands before the word at `i`: "laut" right before it, or another with the article between, perhaps with a subject pronoun ("berichtet der", "sagte er dem"). */
function reportsBefore(sentence: readonly string[], i: number): boolean {
  const before = sentence[i - 1]?.toLowerCase() ?? "";
  if (before === "laut") return true;
  if (!DEFINITE.has(before)) return false;
  const j = SUBJECT_PRONOUNS.has(sentence[i - 2] ?? "") ? i - 3 : i - 2;
  return REPORT_CUES.has(sentence[j]?.toLowerCase() ?? "");
}
