/**
 * Re-annotating stored articles: the sentence boundaries, temporal
 * expressions, entities and quotes of an article that an earlier version of
 * the pipeline stored are computed again from its stored text, language and
 * publication date, so that what later versions know (a place's German name,
 * a surname the tagger missed, a new cue, an abbreviation no sentence ends
 * at) reaches the store — and the entity ids of old and new articles agree
 * again.
 */
import { isDeepStrictEqual } from "node:util";
import type { Article } from "../core/article.js";
import { rerunStages } from "../core/pipeline.js";
import { datesStage } from "../nlp/dates/index.js";
import { nerStage } from "../nlp/ner/stage.js";
import { quotesStage } from "../nlp/quotes/stage.js";
import { sentenceStage } from "../nlp/stages.js";
import type { Annotations } from "../store/store.js";

/** The stages re-annotation runs, in pipeline order (see standardPipeline). */
export const ANNOTATION_STAGES = [sentenceStage, datesStage, nerStage, quotesStage] as const;

/** The annotations the current stages give a stored article. */
export async function annotate(article: Article): Promise<Annotations> {
  const { sentences, dates, entities, quotes } = await rerunStages(article, ANNOTATION_STAGES, undefined);
  return { sentences, dates, entities, quotes };
}

/** As stored: what JSON keeps (the store's jsonb drops undefined fields). */
const plain = (a: Annotations): unknown => JSON.parse(JSON.stringify([a.sentences, a.dates, a.entities, a.quotes]));

/** Whether two sets of annotations differ (whatever the order of their keys: jsonb keeps its own). */
export const annotationsDiffer = (a: Annotations, b: Annotations): boolean => !isDeepStrictEqual(plain(a), plain(b));
