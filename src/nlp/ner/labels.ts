/**
 * The tag sets of the recogniser and the conversions between tags and
 * spans. Outside the model, tags are BIO: "O", "B-<TYPE>" and "I-<TYPE>"
 * for the four output types. The model itself tags BILOU (TAGS): B- begins,
 * I- continues, L- ends a span of two or more tokens, U- is a one-token
 * span; bioOf and modelTagIndices convert between the two.
 */
import type { EntityType } from "../../core/article.js";

export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

/** The model's tags in model order: index 0 is "O", then B/I/L/U per type. */
export const TAGS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** Tags per entity type in TAGS. */
export const TAGS_PER_TYPE = 4;

/** ENTITY_TYPES index of each model tag (-1 for "O"). */
export const TAG_TYPE: Int8Array = Int8Array.from(TAGS, (_, i) => (i === 0 ? -1 : Math.floor((i - 1) / TAGS_PER_TYPE)));

/** The BIO tag of each model tag: L- reads as I-, U- as B-. */
const BIO_TAGS: readonly string[] = TAGS.map((tag) => {
  if (tag[0] === "L") return `I-${tag.slice(2)}`;
  if (tag[0] === "U") return `B-${tag.slice(2)}`;
  return tag;
});

/** BIO tags for model tag indices: L- reads as I-, U- as B-. */
export function bioOf(indices: ArrayLike<number>): string[] {
  return Array.from(indices as ArrayLike<number>, (i) => BIO_TAGS[i]);
}

/** Model tag indices (BILOU) for BIO tags, read as spans the conlleval way. */
export function modelTagIndices(bio: readonly string[]): Int32Array {
  const out = new Int32Array(bio.length);
  for (const span of spansFromTags(bio)) {
    const at = (prefix: string) => TAG_INDEX.get(`${prefix}-${span.type}`) ?? 0;
    if (span.end - span.start === 1) out[span.start] = at("U");
    else {
      out[span.start] = at("B");
      for (let i = span.start + 1; i < span.end - 1; i++) out[i] = at("I");
      out[span.end - 1] = at("L");
    }
  }
  return out;
}

/** A typed span over token positions (end exclusive). */
export interface TokenSpan {
  type: string;
  start: number;
  end: number;
}

/** The entity type of a tag, or null for "O" and for anything that is not B-/I-. */
export function tagType(tag: string): string | null {
  return tag.length > 2 && (tag[0] === "B" || tag[0] === "I") && tag[1] === "-" ? tag.slice(2) : null;
}

/**
 * Spans from BIO tags, read the way conlleval reads them: a span starts at a
 * B- tag or at an I- tag whose type differs from the running span's type (or
 * follows O), and ends before the next tag that does not continue it.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tagType(tag);
    const continues = current !== null && type === current.type && tag[0] === "I";
    if (continues && current) {
      current.end = i + 1;
      return;
    }
    if (current) spans.push(current);
    current = type === null ? null : { type, start: i, end: i + 1 };
  });
  if (current) spans.push(current);
  return spans;
}

/** BIO tags for `length` tokens from spans (later spans do not overwrite earlier ones). */
export function tagsFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const span of spans) {
    if (tags.slice(span.start, span.end).some((t) => t !== "O")) continue;
    for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? "B" : "I"}-${span.type}`;
  }
  return tags;
}

/** Makes a tag sequence valid BIO: an I- tag that does not continue a span of its type becomes B-. */
export function repairBio(tags: readonly string[]): string[] {
  return tagsFromSpans(spansFromTags(tags), tags.length);
}

/** The end (exclusive) of the BIO span that starts at `i` (its B- tag and the I- tags of its type after it). */
export function spanEndAt(tags: readonly string[], i: number): number {
  const inside = `I-${tags[i].slice(2)}`;
  let end = i + 1;
  while (end < tags.length && tags[end] === inside) end++;
  return end;
}

/** Tags tokens start…end-1 as one span of `type`, in place. */
export function tagSpan(tags: string[], start: number, end: number, type: string): void {
  for (let k = start; k < end; k++) tags[k] = k === start ? `B-${type}` : `I-${type}`;
}

/** Gives the span that starts at `start` another type, in place. */
export function retypeSpan(tags: string[], start: number, type: string): void {
  tagSpan(tags, start, spanEndAt(tags, start), type);
}

/** Calls `change` with the tags, start and end of each person span of two or more words whose last word `endsIn` accepts, in every sentence (tags change in place). */
export function retypePersonsEndingIn(
  words: readonly (readonly string[])[], tags: string[][], endsIn: (word: string) => boolean, change: (tags: string[], start: number, end: number) => void,
): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== "B-PER") continue;
      const end = spanEndAt(t, i);
      if (end - i >= 2 && endsIn(sentence[end - 1])) change(t, i, end);
    }
  });
}
