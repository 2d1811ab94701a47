/**
 * The pipeline stage for named entities: every sentence of the clean text
 * is tokenised and tagged; the shipped German model serves German and
 * English text (see ENTITY_LANGUAGES), other languages get no entities.
 */
import type { Stage } from "../../core/pipeline.js";
import type { NerModel } from "./model.js";
import { loadNerModel, recogniseEntities } from "./tagger.js";

/** Languages the shipped model is used for. */
export const ENTITY_LANGUAGES: ReadonlySet<string> = new Set(["de", "en"]);

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
      return { entities: recogniseEntities(loaded, article.text, { sentences: article.sentences, language: article.language }) };
    },
  };
}

/** Sets `entities` (PER, ORG, LOC, MISC mentions with offsets into `text`) with the shipped model. */
export const nerStage: Stage = createNerStage();
