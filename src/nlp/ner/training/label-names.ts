/**
 * A gazetteer of the names annotated in the training corpora ("Deutsche
 * Bank" was an ORG there), as a feature for new text. For the training
 * sentences themselves it is jackknifed: the sentences are cut into folds,
 * and a sentence sees only the names of the other folds, so the feature is
 * as reliable in training as it will be on unseen text.
 */
import type { LabelledSentence } from "../conll.js";
import { buildGazetteer, GAZETTEER_KINDS, type Gazetteer, type GazetteerKind } from "../gazetteer.js";
import { ENTITY_TYPES, spansFromTags } from "../labels.js";

/** Gazetteer kinds standing for the entity types (the bit of kind k stands for ENTITY_TYPES[k]). */
const TYPE_KINDS: readonly GazetteerKind[] = GAZETTEER_KINDS.slice(0, ENTITY_TYPES.length);

/** Names by entity type (as gazetteer kinds) in the sentences. */
function namesOf(sentences: readonly LabelledSentence[]): Map<GazetteerKind, string[]> {
  const lists = new Map<GazetteerKind, string[]>(TYPE_KINDS.map((k) => [k, []]));
  for (const s of sentences) {
    for (const span of spansFromTags(s.tags)) {
      const k = ENTITY_TYPES.indexOf(span.type as (typeof ENTITY_TYPES)[number]);
      if (k >= 0) lists.get(TYPE_KINDS[k])?.push(s.tokens.slice(span.start, span.end).join(" "));
    }
  }
  return lists;
}

/** The gazetteer of all names in the sentences (for unseen text). */
export function labelNameGazetteer(sentences: readonly LabelledSentence[]): Gazetteer {
  return buildGazetteer(namesOf(sentences));
}

/** For each sentence, a gazetteer of the names in the other folds (fold = index mod `folds`). */
export function jackknifedGazetteers(sentences: readonly LabelledSentence[], folds: number): { fold: (index: number) => number; gazetteers: Gazetteer[] } {
  const fold = (index: number): number => index % folds;
  const gazetteers = Array.from({ length: folds }, (_, f) => labelNameGazetteer(sentences.filter((_, i) => fold(i) !== f)));
  return { fold, gazetteers };
}
