/**
 * The pipeline stage for named entities: every sentence of the clean text
 * is tokenised and tagged; the shipped German model serves German and
 * English text (see ENTITY_LANGUAGES), other languages get no entities.
 * Mentions of one entity are then merged (normaliseMentions): "Scholz" and
 * "Bundeskanzler Olaf Scholz" share the name "Olaf Scholz" and its id.
 */
import type { EntityMention } from "../../core/article.js";
import type { Stage } from "../../core/pipeline.js";
import type { NerModel } from "./model.js";
import { loadNerModel, recogniseEntities } from "./tagger.js";
import { normaliseMentions } from "../entities/normalise.js";

/** Languages the shipped model is used for. */
export const ENTITY_LANGUAGES: ReadonlySet<string> = new Set(["de", "en"]);

/** Whether a merged mention names something: it has a canonical name with two letters in a row ("Gruppe A" has none). */
function isName(mention: EntityMention): boolean {
  return mention.entity !== null && mention.name !== null && /\p{L}{2}/u.test(mention.name);
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
      const mentions = recogniseEntities(loaded, article.text, { sentences: article.sentences, language: article.language });
      return { entities: normaliseMentions(article.text, mentions, article.language).filter(isName) };
    },
  };
}

/**
 * Sets `entities` (PER, ORG, LOC, MISC mentions with offsets into `text`) with
 * the shipped model, each with the canonical name and stable id of its entity.
 */
export const nerStage: Stage = createNerStage();
