/** Pipeline stages for language identification and sentence boundaries. */
import type { Stage } from "../core/pipeline.js";
import { detectLanguage } from "./language.js";
import { splitSentences } from "./sentences.js";

/** Sets `language` from the clean text (the draft's declared language is not on the article, so none is used). */
export const languageStage: Stage = {
  name: "language",
  requires: ["text"],
  produces: ["language"],
  run(article) {
    return { language: detectLanguage(article.text, null).language };
  },
};

/** Sets `sentences`: spans into the clean text. */
export const sentenceStage: Stage = {
  name: "sentences",
  requires: ["text", "language"],
  produces: ["sentences"],
  run(article) {
    return { sentences: splitSentences(article.text, article.language) };
  },
};
