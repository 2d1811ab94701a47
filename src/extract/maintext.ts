/**
 * Choosing the main text of a page. The page is pruned (prune.ts); the
 * article container marked in the markup (container.ts, its furniture left
 * out by content.ts) competes with Readability's pick (choose.ts); lead
 * paragraphs between headline and article are put in front (lead.ts). The
 * JSON-LD `articleBody` replaces a text that is missing or much shorter,
 * and the fallback cascade (article, main, itemprop=articleBody, largest
 * block, body) runs when all of them find too little. `extraction` names
 * the path that won: "container:body|article|main", "readability",
 * "json-ld" or "fallback:…".
 */
import { alignToReference, articleBodyLines, missingLead } from "./article-body.js";
import { chooseMainCandidate, READABILITY_RATIO, type TextCandidate } from "./choose.js";
import { findContainer } from "./container.js";
import { contentLines } from "./content.js";
import type { DomDocument } from "./dom.js";
import { fallbackCandidates } from "./fallback.js";
import { findLeadLines } from "./lead.js";
import { amountOf, type TextAmount } from "./measure.js";
import { pruneNonContent } from "./prune.js";
import { runReadability } from "./readability.js";
import { linkTextStats, normaliseLine } from "./text.js";

/** A text this long is accepted without trying further paths. */
export const GOOD_TEXT_CHARS = 250;
/** Below this no path has found an article. */
export const MIN_TEXT_CHARS = 80;
/** JSON-LD articleBody shorter than this is a teaser, not the article. */
export const MIN_JSONLD_CHARS = 200;
/**
 * JSON-LD articleBody replaces a page text of at least {@link GOOD_TEXT_CHARS}
 * only when it is this many times longer (the page shows a teaser, the
 * full text is only in the markup); otherwise the visible text is better:
 * it has the subheadings and paragraph breaks that articleBody often lacks.
 */
export const JSONLD_RATIO = 2;

export type MainTextResult = { ok: true; body: string; extraction: string } | { ok: false; detail: string };

const size = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + line.length, 0);

/** A candidate's lines with the page's lead paragraphs in front, those the candidate left out. */
function withLead(candidate: TextCandidate | null, lead: readonly string[]): TextCandidate | null {
  if (!candidate) return candidate;
  const text = candidate.lines.join(" ");
  const missing = lead.filter((line) => !text.includes(line));
  return missing.length === 0 ? candidate : { extraction: candidate.extraction, lines: [...missing, ...candidate.lines] };
}

/**
 * A container whose text is at least this share of the page's non-link text
 * (after pruning) leaves Readability hardly any room to find a text that is
 * {@link READABILITY_RATIO} times longer, so Readability is not run (on the
 * evaluation pages this skips it on three pages in four and changes no result).
 */
export const DOMINANT_SHARE = 1 / READABILITY_RATIO;

/** Whether a container candidate holds most of the page's text. */
function holdsMostText(container: TextCandidate, page: TextAmount): boolean {
  return size(container.lines) >= DOMINANT_SHARE * (page.chars - page.linkChars);
}

/** The container candidate and Readability's candidate of a page; Readability changes `doc`, so the container is read first. */
function primaryCandidate(doc: DomDocument): TextCandidate | null {
  const body = doc.body;
  const { mainBlock, amounts } = pruneNonContent(doc);
  if (!body) return null;
  const found = findContainer(body, amounts, mainBlock);
  const container = found ? { extraction: `container:${found.kind}`, lines: contentLines(found.element, amounts) } : null;
  const anchor = found?.element ?? mainBlock;
  const lead = anchor ? findLeadLines(doc, anchor, amounts) : [];
  if (container && holdsMostText(container, amountOf(amounts, body))) return withLead(container, lead);
  const lines = runReadability(doc).lines;
  const readability = lines ? { extraction: "readability", lines } : null;
  return withLead(chooseMainCandidate(container, readability), lead);
}

/** The headline is looked for in this many lines at the start of a text. */
const HEADLINE_LINES = 3;

/** A candidate without the line that repeats the page's headline near its start (the container holds the `<h1>`; the headline is metadata). */
function withoutHeadline(candidate: TextCandidate | null, headline: string | null): TextCandidate | null {
  if (!candidate || !headline) return candidate;
  const title = normaliseLine(headline);
  const at = candidate.lines.slice(0, HEADLINE_LINES).indexOf(title);
  if (at < 0) return candidate;
  return { extraction: candidate.extraction, lines: candidate.lines.filter((_, i) => i !== at) };
}

/** The JSON-LD body when the page text is missing, short, or much shorter than it; null otherwise. */
function preferJsonLd(page: string[] | null, jsonLd: string[] | null): TextCandidate | null {
  if (!jsonLd || size(jsonLd) < MIN_JSONLD_CHARS) return null;
  if (page && size(page) >= GOOD_TEXT_CHARS && size(jsonLd) < JSONLD_RATIO * size(page)) return null;
  if (!page) return { extraction: "json-ld", lines: jsonLd };
  return { extraction: "json-ld", lines: [...missingLead(jsonLd, page), ...alignToReference(jsonLd, page)] };
}

/** Whether the primary text is accepted without trying the fallbacks: it is long enough, or a short text from a marked container. */
function isTrusted(primary: TextCandidate): boolean {
  const chars = size(primary.lines);
  return chars >= GOOD_TEXT_CHARS || (primary.extraction.startsWith("container:") && chars >= MIN_TEXT_CHARS);
}

/**
 * The first candidate with a good amount of text; else the primary text
 * (Readability's or the container's) when it has the minimum (a short
 * item); else the longest fallback text with the minimum; null when none
 * has it.
 */
function chooseCandidate(candidates: readonly TextCandidate[]): TextCandidate | null {
  const good = candidates.find((c) => size(c.lines) >= GOOD_TEXT_CHARS);
  if (good) return good;
  const enough = candidates.filter((c) => size(c.lines) >= MIN_TEXT_CHARS);
  const readability = enough[0]?.extraction.startsWith("fallback:") ? undefined : enough[0];
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
export function extractMainText(makeDoc: () => DomDocument, articleBody: string | null, headline: string | null = null): MainTextResult {
  const primary = withoutHeadline(primaryCandidate(makeDoc()), headline);
  const jsonLd = preferJsonLd(primary?.lines ?? null, articleBody ? articleBodyLines(articleBody) : null);
  if (jsonLd) return { ok: true, body: jsonLd.lines.join("\n"), extraction: jsonLd.extraction };
  if (primary && isTrusted(primary)) return { ok: true, body: primary.lines.join("\n"), extraction: primary.extraction };
  const fresh = makeDoc();
  pruneNonContent(fresh);
  const candidates: TextCandidate[] = [...(primary ? [primary] : []), ...fallbackCandidates(fresh)];
  const best = chooseCandidate(candidates);
  if (best) return { ok: true, body: best.lines.join("\n"), extraction: best.extraction };
  const unpruned = makeDoc();
  for (const element of Array.from(unpruned.querySelectorAll("script, style, noscript, template"))) element.remove();
  return { ok: false, detail: describeFailure(unpruned, candidates) };
}
