import type { Draft } from "../core/article.js";
import { normaliseBody } from "./body.js";
import { splitHeadline } from "./headline.js";
import { dateFromTextHead } from "./text-date.js";
import { draftResult, rejected } from "./result.js";
import type { ReadResult } from "./types.js";

/** A first line longer than this is a paragraph, not a headline. */
const MAX_HEADLINE_CHARS = 200;

/**
 * Reads a plain-text dump: the first non-empty line is the headline (a site-name suffix
 * becomes the publisher), the rest is the body, furniture and all.
 */
export function readTxt(text: string, source: string, url: string | null): ReadResult {
  const lines = normaliseBody(text).split("\n");
  const first = lines[0].trim();
  if (first.length > MAX_HEADLINE_CHARS) return draftResult(txtDraft(source, url, null, null, lines.join("\n")));
  const body = normaliseBody(lines.slice(1).join("\n"));
  if (body === "") return rejected(source, "no_article_text", `only one line of text, a headline without a body: "${clip(first)}"`);
  const { title, publisher } = splitHeadline(first);
  return draftResult(txtDraft(source, url, title, publisher, body));
}

function txtDraft(source: string, url: string | null, title: string | null, publisher: string | null, body: string): Draft {
  const published = dateFromTextHead(body);
  return {
    source,
    format: "txt",
    url,
    title,
    publisher,
    author: null,
    published,
    publishedSource: published ? "text" : null,
    declaredLanguage: null,
    body,
    extraction: null,
  };
}

/** The first 80 characters of a text, for rejection details. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
