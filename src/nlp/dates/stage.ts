/** The dates stage and the inference of a missing publication date for the lead to apply. */
import type { Article } from "../../core/article.js";
import type { Stage } from "../../core/pipeline.js";
import { findDates } from "./find.js";
import { inferPublished, type InferredDate } from "./infer.js";

/**
 * The publication date the article's own text suggests, for an article that
 * has none (null when it has one, or when the evidence is weak). The caller
 * sets `published` and `publishedSource: "inferred"` from it.
 */
export function inferPublishedForArticle(article: Pick<Article, "text" | "language" | "published">): InferredDate | null {
  if (article.published) return null;
  return inferPublished(article.text, null, article.language);
}

/**
 * Sets `dates`: the temporal expressions of the clean text, resolved against
 * `published`, or, without it, against the date inferred from the text (and
 * without either, only the expressions that need no reference).
 */
export const datesStage: Stage = {
  name: "dates",
  requires: ["text", "language", "published"],
  produces: ["dates"],
  run(article) {
    const reference = article.published ?? inferPublishedForArticle(article)?.value ?? null;
    return { dates: findDates(article.text, { language: article.language, reference }) };
  },
};

/**
 * Resolves the publication date: the reader's date when it had one, otherwise
 * a day inferred from the text (`publishedSource: "inferred"`), otherwise null.
 */
export const publishedStage: Stage = {
  name: "published",
  requires: ["text", "language"],
  produces: ["published"],
  run(article) {
    if (article.published) return { published: article.published, publishedSource: article.publishedSource };
    const inferred = inferPublishedForArticle(article);
    if (inferred?.granularity !== "day") return { published: null, publishedSource: null };
    return { published: inferred.value, publishedSource: "inferred" };
  },
};
