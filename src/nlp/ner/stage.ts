/**
 * The pipeline stage for named entities: every sentence of the clean text
 * is tokenised and tagged; the shipped German model serves German and
 * English text (see ENTITY_LANGUAGES), other languages get no entities.
 * Mentions of one entity are then merged (normaliseMentions): "Scholz" and
 * "Bundeskanzler Olaf Scholz" share the name "Olaf Scholz" and its id.
 */
import type { EntityMention, Span } from "../../core/article.js";
import type { Stage } from "../../core/pipeline.js";
import { ENGLISH_NEVER_NAMES, ENGLISH_NEVER_PERSONS, ENGLISH_TITLE_SMALL_WORDS } from "../../lang/en/ner-cues.js";
import type { NerModel } from "./model.js";
import { isCurrency } from "./currency.js";
import { loadNerModel, recogniseEntities } from "./tagger.js";
import { normaliseMentions } from "../entities/normalise.js";
import { withoutSentenceOpeners } from "./sentence-openers.js";

/** Languages the shipped model is used for. */
export const ENTITY_LANGUAGES: ReadonlySet<string> = new Set(["de", "en"]);

const SMALL_WORDS = new Set(ENGLISH_TITLE_SMALL_WORDS);
const NEVER_NAMES = new Set(ENGLISH_NEVER_NAMES);
const NEVER_PERSONS = new Set(ENGLISH_NEVER_PERSONS);

/**
 * Whether an English MISC mention reads as a sentence, not a title: two or more
 * lower-case words that titles do not keep small ("We will keep the debt brake").
 */
function englishSentence(mention: EntityMention): boolean {
  const small = mention.text.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word) && !SMALL_WORDS.has(word));
  return small.length >= 2;
}

/**
 * Whether a merged mention names something: it has a canonical name with two
 * letters in a row ("Gruppe A" has none), and it is no currency — the
 * tagger tags "Euro" MISC as GermEval does, but a unit of money is not
 * something an analyst follows (it would top every entity list).
 */
export function isName(mention: EntityMention, language: string): boolean {
  if (mention.entity === null || mention.name === null || !/\p{L}{2}/u.test(mention.name)) return false;
  if (mention.type === "MISC" && isCurrency(mention.name)) return false;
  if (language !== "en") return true;
  // English names carry a capital letter: "A spokeswoman" at a sentence start is not one
  if (NEVER_NAMES.has(mention.name) || (mention.type === "PER" && NEVER_PERSONS.has(mention.name))) return false;
  return /\p{Lu}/u.test(mention.name) && !(mention.type === "MISC" && englishSentence(mention));
}

/**
 * The entities of a text as the pipeline sets them: mentions tagged sentence
 * by sentence, merged per article, non-names dropped (in English also common
 * words only a sentence's opening capitalised); [] for a language the model
 * does not serve.
 */
export function articleEntities(model: NerModel, text: string, sentences: readonly Span[], language: string | null): EntityMention[] {
  if (!language || !ENTITY_LANGUAGES.has(language)) return [];
  const mentions = recogniseEntities(model, text, { sentences, language });
  const names = normaliseMentions(text, mentions, language).filter((m) => isName(m, language));
  return language === "en" ? withoutSentenceOpeners(text, sentences, names) : names;
}

/** A stage that tags with `model` (the shipped German model, loaded on first use, by default). */
export function createNerStage(model?: NerModel): Stage {
  let loaded = model ?? null;
  return {
    name: "entities",
    requires: ["sentences", "language"],
    produces: ["entities"],
    run(article) {
      if (!article.language || !ENTITY_LANGUAGES.has(article.language)) return { entities: [] };
      loaded ??= loadNerModel();
      return { entities: articleEntities(loaded, article.text, article.sentences, article.language) };
    },
  };
}

/**
 * Sets `entities` (PER, ORG, LOC, MISC mentions with offsets into `text`) with
 * the shipped model, each with the canonical name and stable id of its entity.
 */
export const nerStage: Stage = createNerStage();
