/** Pipeline stage for quotes. */
import type { Stage } from "../../core/pipeline.js";
import { findQuotes } from "./find.js";

/**
 * Sets `quotes`: direct, indirect and reported quotes with cue and speaker.
 * Uses the article's entities when the "entities" layer has run (speakers are
 * then resolved to PER mentions); otherwise speakers stay text spans with
 * names guessed from capitalised words.
 */
export const quotesStage: Stage = {
  name: "quotes",
  requires: ["text", "sentences", "language"],
  produces: ["quotes"],
  run(article) {
    const entities = article.layers.includes("entities") ? article.entities : undefined;
    return { quotes: findQuotes(article.text, { language: article.language, sentences: article.sentences, entities, title: article.title }) };
  },
};
