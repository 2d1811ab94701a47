/**
 * Tagging with the shipped model: tokens → BIO tags, and text → entity
 * mentions with character offsets.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityMention, EntityType, Span } from "../../core/article.js";
import { ENGLISH_LEADING_TITLES, ENGLISH_TITLE_MODIFIERS } from "../../lang/en/ner-cues.js";
import { splitSentences } from "../sentences.js";
import { tokenize, type Token } from "../tokens.js";
import { findCompoundParts } from "./compounds.js";
import { propagateSurnames, unifyOrganisations, unifyPlaces, untagAdjectivePersons } from "./consistency.js";
import { tagListedSurnames } from "./listed-surnames.js";
import { splitJoinedPersons } from "./joined-persons.js";
import { joinNameParticles } from "./particles.js";
import { trimLeadingRoles } from "./roles.js";
import { tagNamesAfterRoleNouns } from "./role-names.js";
import { completePersonNames } from "./person-extent.js";
import { retypeGenitivePlaces } from "./genitive.js";
import { joinHouseNumbers, tagRoadNumbers } from "./streets.js";
import { joinSaintPlaces, retypeEnglishPlaceNames, retypeGeographicNames, trimAdministrativeHeads } from "./places.js";
import { tagCurrencies } from "./currency.js";
import { tagWebAddresses } from "./web.js";
import { joinNameAdjectives } from "./name-adjectives.js";
import { joinInstitutionPlaces } from "./institutions.js";
import { tagCitationTitles } from "./citations.js";
import { tagPlacePairs } from "./routes.js";
import { tagWorkTitles } from "./works.js";
import { joinOrganisationTails, retypeEnglishOrganisations, retypeOrganisationShortNames, retypeOutlets, tagListedAcronyms, tagListedNames, tagTitleCaseAcronyms, tagListedOrganisationWords, tagReportingOutlets, tagUnlearnedOrganisationWords } from "./organisations.js";
import { joinClubNames, joinClubOrdinals } from "./clubs.js";
import { tagEnglishAwardNames, tagEnglishBodyNames } from "./english-bodies.js";
import { tagPurposeNames } from "./purpose-names.js";
import { retypePersonsAmongOrganisations, retypePlacesAmongPersons, tagCoordinatedNames } from "./coordination.js";
import { tagParenthesisedAbbreviations } from "./acronyms.js";
import { untagCommonNouns, untagDocumentNouns } from "./common-nouns.js";
import { untagOpeningWords } from "./opening-words.js";
import { untagEnglishNounPersons } from "./english-common-nouns.js";
import { splitAtDashes, trimLeadingAdjectives, trimLowerCaseEnds, trimUnbalancedBrackets } from "./span-ends.js";
import { retypeListedOtherNames } from "./listed-misc.js";
import { splitGenitiveOwners } from "./genitive-owner.js";
import { untagHeadlineSpans } from "./english-headlines.js";
import { splitCoordinatedEnglishSpans } from "./english-coordination.js";
import { tagDatelines } from "./dateline.js";
import { repairEnglishLabels, repairEnglishSpans, splitPossessives } from "./english.js";
import { decodeTokens } from "./decode.js";
import { extractTokenFeatures, type FeatureResources } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { bioOf, ENTITY_TYPES, spansFromTags } from "./labels.js";
import type { NerModel } from "./model.js";
import { parseModel } from "./model-file.js";

/** The German model shipped in the repository (`models/ner-de.bin.gz`). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../../models/ner-de.bin.gz", import.meta.url));

const loaded = new Map<string, NerModel>();

/** Loads a model file (the shipped German model by default); each path is read once per process. */
export function loadNerModel(path: string = DEFAULT_MODEL_PATH): NerModel {
  let model = loaded.get(path);
  if (!model) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const hint = path === DEFAULT_MODEL_PATH ? " (the shipped model; `npm run train:ner` rebuilds it)" : "";
      throw new Error(`NER model ${path} cannot be read${hint}: ${error instanceof Error ? error.message : String(error)}`);
    }
    model = parseModel(bytes);
    loaded.set(path, model);
  }
  return model;
}

/** BIO tags ("O", "B-PER", "I-PER", …) for one sentence's tokens. */
export function tagTokens(model: NerModel, tokens: readonly string[]): string[] {
  if (tokens.length === 0) return [];
  return bioOf(decodeTokens(model, extractTokenFeatures(tokens, model.resources, "ignore")));
}

/** A name rule: sentences of words, their tags changed in place, with the model's resources; `english` for English text. */
type NameRule = (words: readonly (readonly string[])[], tags: string[][], resources: FeatureResources, english: boolean) => void;

/** A name rule listed by its function's name. */
type NamedRule = readonly [string, NameRule];
const named = (rule: NameRule): NamedRule => [rule.name, rule];
/** A rule that reads only the name lists of the model's resources. */
const withGazetteer = (rule: (words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null) => void): NamedRule => [
  rule.name,
  (words, tags, resources) => rule(words, tags, resources.gazetteer),
];
/** A rule for German text only. */
const germanOnly = ([name, rule]: NamedRule): NamedRule => [
  name,
  (words, tags, resources, english) => {
    if (!english) rule(words, tags, resources, english);
  },
];

/**
 * The rules applied to the model's tags of a document (sentences of tokens,
 * tags changed in place): person names with particles joined ("Ursula von
 * der Leyen"), leading roles moved out of person spans ("Bäderleiter Schmid"),
 * genitive places retyped, currencies after amounts tagged ("30 Cent"), web
 * addresses tagged ("stern.de"), a
 * club's ordinal joined to its name ("1. FC Köln"), quoted titles after a
 * kind of work ("der Film „My Blueberry Nights“"), places named together
 * ("von Port Harcourt nach Abuja", "zwischen Głogów und Nowa Sól"), names
 * of bodies that say what they are for ("Institut für Corporate
 * Governance"), a listed company among organisations retyped ("Audi, BMW
 * und Daimler"),
 * abbreviations in parentheses after an organisation or a person ("( VSE )");
 * one-word spans that are substances, diseases or units ("Benzin") or
 * common nouns after an article ("für den Mythos") untagged, words that a
 * German sentence's opening capitalised freed from the span after them
 * ("Sowohl Griss", "Pro Etage", "Die Zeit drängt"), lower-case words
 * trimmed off the end of person and place spans, spans split at a lone dash
 * ("1. FC Nürnberg - VfB Stuttgart") and freed of a leading lower-case
 * adjective of origin and of a stray closing bracket at their end, listed
 * products tagged as persons retyped ("Mozilla
 * Firefox"), a genitive name split from the noun it owns ("Papens
 * Vizekanzlei"). In the order they run, each by name
 * (scripts/ablate-name-rules.ts leaves one out at a time).
 */
export const NAME_RULES: readonly NamedRule[] = [
  withGazetteer(joinNameParticles),
  named(trimLeadingRoles),
  named(tagNamesAfterRoleNouns),
  named(completePersonNames),
  withGazetteer(retypeGenitivePlaces),
  named(tagCurrencies),
  named(tagWebAddresses),
  named(joinClubOrdinals),
  withGazetteer(joinClubNames),
  named(tagListedAcronyms),
  // English writes acronyms in capitals, and its short words collide with their title case ("Who", "Once").
  germanOnly(named(tagTitleCaseAcronyms)),
  named(tagListedNames),
  withGazetteer(tagListedOrganisationWords),
  withGazetteer(retypeOrganisationShortNames),
  withGazetteer(tagUnlearnedOrganisationWords),
  named(tagReportingOutlets),
  named(retypeEnglishOrganisations),
  named(tagEnglishBodyNames),
  named(tagEnglishAwardNames),
  named(joinOrganisationTails),
  withGazetteer(retypeOutlets),
  withGazetteer(tagDatelines),
  named(tagWorkTitles),
  named(tagCitationTitles),
  named(tagPlacePairs),
  named(joinInstitutionPlaces),
  withGazetteer(tagPurposeNames),
  named(joinHouseNumbers),
  named(tagRoadNumbers),
  named(retypeGeographicNames),
  named(joinSaintPlaces),
  named(retypeEnglishPlaceNames),
  named(trimAdministrativeHeads),
  named(tagParenthesisedAbbreviations),
  named(joinNameAdjectives),
  withGazetteer(untagCommonNouns),
  germanOnly([untagOpeningWords.name, (w, t, r) => untagOpeningWords(w, t, r.gazetteer, r.profiles ?? null)]),
  withGazetteer(tagCoordinatedNames),
  withGazetteer(retypePlacesAmongPersons),
  withGazetteer(retypePersonsAmongOrganisations),
  named(trimLowerCaseEnds),
  named(splitAtDashes),
  named(trimLeadingAdjectives),
  named(trimUnbalancedBrackets),
  withGazetteer(retypeListedOtherNames),
  // English marks a genitive with an apostrophe: "Services Committee" is one name.
  germanOnly(withGazetteer(splitGenitiveOwners)),
];

function applyNameRules(model: NerModel, words: readonly (readonly string[])[], tags: string[][], english = false): void {
  applyNameRulesExcept(model, words, tags, english, null);
}

/** The name rules, but those named in `skip`, on a document's model tags (changed in place). */
export function applyNameRulesExcept(
  model: NerModel,
  words: readonly (readonly string[])[],
  tags: string[][],
  english: boolean,
  skip: ReadonlySet<string> | null,
): void {
  for (const [name, rule] of NAME_RULES) if (!skip?.has(name)) rule(words, tags, model.resources, english);
}

/** BIO tags for one sentence as the pipeline ends up with them: the model's tags, then the name rules. */
export function tagSentence(model: NerModel, tokens: readonly string[]): string[] {
  const tags = tagTokens(model, tokens);
  applyNameRules(model, [tokens], [tags]);
  return tags;
}

export interface RecogniseOptions {
  /** Sentence spans into `text`; found with splitSentences when absent. */
  sentences?: readonly Span[];
  language?: string | null;
  /** Also report names at the start of hyphenated compounds ("SPD" in "SPD-Chef"); default true. */
  compounds?: boolean;
  /** Tag a bare surname as the person named in full elsewhere in the text ("Scholz" after "Olaf Scholz"); default true. */
  consistency?: boolean;
}

const OUTPUT_TYPES = new Set<string>(ENTITY_TYPES);

/** Entity mentions in `text` (offsets into `text`), sentence by sentence, in text order. */
export function recogniseEntities(model: NerModel, text: string, options: RecogniseOptions = {}): EntityMention[] {
  const sentences = options.sentences ?? splitSentences(text, options.language ?? "de");
  const english = options.language === "en";
  const tokenised = sentences.map((sentence) => {
    const tokens = tokenize(text.slice(sentence.start, sentence.end)).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
    return english ? splitPossessives(tokens) : tokens;
  });
  const words = tokenised.map((tokens) => tokens.map((t) => t.text));
  const tags = words.map((w) => tagTokens(model, w));
  if (english) repairEnglishSpans(words, tags, model.resources.gazetteer);
  if (english) untagHeadlineSpans(words, tags, model.resources.gazetteer);
  applyNameRules(model, words, tags, english);
  if (english) splitCoordinatedEnglishSpans(words, tags);
  if (english) untagEnglishNounPersons(words, tags, model.resources.gazetteer);
  if (options.consistency !== false) {
    if (!english) untagAdjectivePersons(words, tags, model.resources.gazetteer);
    if (!english) untagDocumentNouns(words, tags, model.resources.gazetteer);
    propagateSurnames(words, tags, model.resources.gazetteer);
    // German puts subject and object side by side after the verb; English text keeps them apart.
    if (!english) splitJoinedPersons(words, tags, model.resources.gazetteer);
    unifyPlaces(words, tags, model.resources.gazetteer);
    // English text: measured on the English streams it turned more persons into organisations wrongly ("Bob", "California") than rightly.
    if (!english) unifyOrganisations(words, tags, model.resources.gazetteer);
    if (!english) tagListedSurnames(words, tags, model.resources.gazetteer, model.resources.profiles ?? null);
  }
  if (english) repairEnglishLabels(words, tags, model.resources.gazetteer);
  const mentions: EntityMention[] = [];
  const untagged: Token[] = [];
  tokenised.forEach((tokens, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (!OUTPUT_TYPES.has(span.type)) continue;
      const start = options.language === "en" ? skipEnglishTitles(tokens, span.start, span.end) : span.start;
      if (start < span.end) mentions.push(mention(text, tokens[start].start, tokens[span.end - 1].end, span.type as EntityType));
    }
    tokens.forEach((t, i) => {
      if (tags[s][i] === "O") untagged.push(t);
    });
  });
  if (options.compounds !== false) {
    for (const part of findCompoundParts(untagged, mentions, model.resources.gazetteer)) mentions.push(mention(text, part.start, part.end, part.type));
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

const ENGLISH_TITLES = new Set(ENGLISH_LEADING_TITLES);
const ENGLISH_MODIFIERS = new Set(ENGLISH_TITLE_MODIFIERS);

/** English mentions: the first token after leading titles ("Chancellor", "German Chancellor"); a span of titles only is dropped. */
function skipEnglishTitles(tokens: readonly Token[], start: number, end: number): number {
  let i = start;
  const isTitle = (k: number): boolean => ENGLISH_TITLES.has(tokens[k].text) || (ENGLISH_MODIFIERS.has(tokens[k].text) && k + 1 < end && isTitle(k + 1));
  while (i < end && isTitle(i)) i += 1;
  return i;
}

function mention(text: string, start: number, end: number, type: EntityType): EntityMention {
  return { text: text.slice(start, end), type, start, end, entity: null, name: null };
}
