/**
 * Re-annotating stored articles: the temporal expressions, entities and
 * quotes of an article that an earlier version of the pipeline stored are
 * computed again from its stored text, language, sentences and publication
 * date, so that what later versions know (a place's German name, a surname
 * the tagger missed, a new cue) reaches the store — and the entity ids of old
 * and new articles agree again.
 */
import type { Article } from "../core/article.js";
import { rerunStages } from "../core/pipeline.js";
import { datesStage } from "../nlp/dates/index.js";
import { nerStage } from "../nlp/ner/stage.js";
import { quotesStage } from "../nlp/quotes/stage.js";
import type { Annotations } from "../store/store.js";

/** The stages re-annotation runs, in pipeline order (see standardPipeline). */
export const ANNOTATION_STAGES = [datesStage, nerStage, quotesStage] as const;

/** The annotations the current stages give a stored article. */
export async function annotate(article: Article): Promise<Annotations> {
  const { dates, entities, quotes } = await rerunStages(article, ANNOTATION_STAGES, undefined);
  return { dates, entities, quotes };
}

/** A value as JSON with the keys of every object sorted (the store's jsonb keeps its own key order), fields set to undefined left out. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Whether two sets of annotations differ. */
export const annotationsDiffer = (a: Annotations, b: Annotations): boolean =>
  canonicalJson([a.dates, a.entities, a.quotes]) !== canonicalJson([b.dates, b.entities, b.quotes]);
