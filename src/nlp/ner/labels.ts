/**
 * The BIO tag set of the recogniser and the conversions between tags and
 * spans. Tags are "O", "B-<TYPE>" and "I-<TYPE>" for the four output types.
 */
import type { EntityType } from "../../core/article.js";

export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

/** All tags in model order: index 0 is "O", then B/I pairs per type. */
export const TAGS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

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
