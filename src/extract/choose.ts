/**
 * Choosing between the two main-text candidates of a page: the article
 * container found by markup (see container.ts) and Readability's pick. The
 * container is the publisher's own marking of the article and wins, unless
 * Readability found much more text (then the container is a fragment: a
 * teaser, one part of a split article, one answer of a thread).
 */

/** One candidate text and the path that produced it. */
export interface TextCandidate {
  extraction: string;
  lines: string[];
}

/** Readability's text wins when it is this many times longer than the container's (the container is then a fragment, a teaser or one part of the article). */
export const READABILITY_RATIO = 1.5;

/** Characters of text in a list of lines. */
function textSize(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length, 0);
}

/** The container's text, unless it is missing or much shorter than Readability's text. */
export function chooseMainCandidate(container: TextCandidate | null, readability: TextCandidate | null): TextCandidate | null {
  if (!container || container.lines.length === 0) return readability;
  if (!readability || readability.lines.length === 0) return container;
  return textSize(readability.lines) > READABILITY_RATIO * textSize(container.lines) ? readability : container;
}
