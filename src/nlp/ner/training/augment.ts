/**
 * Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data
 * Augmentation for Named Entity Recognition"): copies of the in-domain
 * training sentences in which each name is, with some probability, swapped
 * for another name of the same type seen in the same sentences. The model
 * sees more names in each context and more contexts for each name, which
 * helps most when the labelled data is small. Deterministic for a seed.
 */
import type { LabelledSentence } from "../conll.js";
import { spansFromTags, tagSpan } from "../labels.js";
import { seededRandom } from "../random.js";

export interface AugmentOptions {
  /** Augmented copies made of every sentence that has a name. */
  copies: number;
  /** Chance that one name is replaced. */
  probability: number;
  seed: number;
}

/** Every name of the sentences, by type, as token lists (repeats kept: common names are drawn more often). */
export function mentionPool(sentences: readonly LabelledSentence[]): Map<string, string[][]> {
  const pool = new Map<string, string[][]>();
  for (const s of sentences) {
    for (const m of spansFromTags(s.tags)) {
      const list = pool.get(m.type) ?? [];
      list.push(s.tokens.slice(m.start, m.end));
      pool.set(m.type, list);
    }
  }
  return pool;
}

/** One sentence with some of its names replaced; null when none was. */
function replaced(sentence: LabelledSentence, pool: Map<string, string[][]>, probability: number, random: () => number): LabelledSentence | null {
  const tokens: string[] = [];
  const tags: string[] = [];
  let at = 0;
  let changed = false;
  for (const m of spansFromTags(sentence.tags)) {
    tokens.push(...sentence.tokens.slice(at, m.start));
    tags.push(...sentence.tags.slice(at, m.start));
    const candidates = pool.get(m.type) ?? [];
    const name = candidates.length && random() < probability ? candidates[Math.floor(random() * candidates.length)] : sentence.tokens.slice(m.start, m.end);
    changed ||= name.join(" ") !== sentence.tokens.slice(m.start, m.end).join(" ");
    const at0 = tags.length;
    tokens.push(...name);
    tags.push(...name.map(() => "O"));
    tagSpan(tags, at0, tags.length, m.type);
    at = m.end;
  }
  tokens.push(...sentence.tokens.slice(at));
  tags.push(...sentence.tags.slice(at));
  return changed ? { tokens, tags } : null;
}

/** The augmented copies of the sentences (the originals are not included). */
export function augmentByMentionReplacement(sentences: readonly LabelledSentence[], options: AugmentOptions): LabelledSentence[] {
  const pool = mentionPool(sentences);
  const random = seededRandom(options.seed);
  const out: LabelledSentence[] = [];
  for (let copy = 0; copy < options.copies; copy++) {
    for (const s of sentences) {
      const next = replaced(s, pool, options.probability, random);
      if (next) out.push(next);
    }
  }
  return out;
}
