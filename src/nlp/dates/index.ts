/** Temporal expressions in article text and inference of a missing publication date. */
export { findDates, type FindDatesOptions } from "./find.js";
export { inferPublished, type InferredDate } from "./infer.js";
export { datesStage, inferPublishedForArticle, publishedStage } from "./stage.js";
