/**
 * Choosing the main text of a page: Readability on the pruned document, the
 * JSON-LD `articleBody`, and the fallback cascade (article, main,
 * itemprop=articleBody, largest block, body) when both find too little.
 */
import type { DomDocument } from "./dom.js";
import { fallbackCandidates, type TextCandidate } from "./fallback.js";
import { alignToReference, articleBodyLines, missingLead } from "./article-body.js";
import { findLead } from "./lead.js";
import { pruneNonContent } from "./prune.js";
import { runReadability } from "./readability.js";
import { linkTextStats } from "./text.js";

/** A text this long is accepted without trying further paths. */
export const GOOD_TEXT_CHARS = 250;
/** Below this no path has found an article. */
export const MIN_TEXT_CHARS = 80;
/** JSON-LD articleBody shorter than this is a teaser, not the article. */
export const MIN_JSONLD_CHARS = 200;
/** JSON-LD articleBody wins when it has at least this share of Readability's text (it is the publisher's clean text). */
export const JSONLD_SHARE = 0.8;

export type MainTextResult = { ok: true; body: string; extraction: string } | { ok: false; detail: string };

const size = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + line.length, 0);

/** Readability's lines with the page's lead paragraph in front, when Readability left it out. */
function withLead(lines: string[] | null, lead: string | null): string[] | null {
  if (!lines || !lead || lines.join(" ").includes(lead)) return lines;
  return [lead, ...lines];
}

/** Readability's text against the JSON-LD body: the JSON-LD body wins unless it is much shorter. */
function preferJsonLd(readability: string[] | null, jsonLd: string[] | null): TextCandidate | null {
  if (!jsonLd || size(jsonLd) < MIN_JSONLD_CHARS) return null;
  if (readability && size(readability) >= GOOD_TEXT_CHARS && size(jsonLd) < JSONLD_SHARE * size(readability)) return null;
  if (!readability) return { extraction: "json-ld", lines: jsonLd };
  return { extraction: "json-ld", lines: [...missingLead(jsonLd, readability), ...alignToReference(jsonLd, readability)] };
}

/**
 * The first candidate with a good amount of text; else Readability's text
 * when it has the minimum (a short item); else the longest fallback text
 * with the minimum; null when none has it.
 */
function chooseCandidate(candidates: readonly TextCandidate[]): TextCandidate | null {
  const good = candidates.find((c) => size(c.lines) >= GOOD_TEXT_CHARS);
  if (good) return good;
  const enough = candidates.filter((c) => size(c.lines) >= MIN_TEXT_CHARS);
  const readability = enough.find((c) => c.extraction === "readability");
  return readability ?? enough.reduce<TextCandidate | null>((a, c) => (a === null || size(c.lines) > size(a.lines) ? c : a), null);
}

/** Why a page has no article text, for the rejection detail. */
function describeFailure(doc: DomDocument, candidates: readonly TextCandidate[]): string {
  const body = doc.body;
  const { total, inLinks } = body ? linkTextStats(body) : { total: 0, inLinks: 0 };
  if (total === 0) return "page has 0 characters of visible text";
  if (inLinks / total >= 0.6) return `only navigation links found (${total} characters of visible text, ${inLinks} of them in links)`;
  const longest = Math.max(0, ...candidates.map((c) => size(c.lines)));
  return `longest text block has ${longest} characters (at least ${MIN_TEXT_CHARS} needed; page has ${total} characters of visible text)`;
}

/**
 * The main text of a page. `makeDoc` parses the page afresh: Readability
 * changes the document it works on, so every path gets its own copy.
 */
export function extractMainText(makeDoc: () => DomDocument, articleBody: string | null): MainTextResult {
  const doc = makeDoc();
  pruneNonContent(doc);
  const lead = findLead(doc);
  const readability = withLead(runReadability(doc).lines, lead);
  const jsonLd = preferJsonLd(readability, articleBody ? articleBodyLines(articleBody) : null);
  if (jsonLd) return { ok: true, body: jsonLd.lines.join("\n"), extraction: jsonLd.extraction };
  const candidates: TextCandidate[] = readability ? [{ extraction: "readability", lines: readability }] : [];
  if (!readability || size(readability) < GOOD_TEXT_CHARS) {
    const fresh = makeDoc();
    pruneNonContent(fresh);
    candidates.push(...fallbackCandidates(fresh));
  }
  const best = chooseCandidate(candidates);
  if (best) return { ok: true, body: best.lines.join("\n"), extraction: best.extraction };
  const unpruned = makeDoc();
  for (const element of Array.from(unpruned.querySelectorAll("script, style, noscript, template"))) element.remove();
  return { ok: false, detail: describeFailure(unpruned, candidates) };
}
