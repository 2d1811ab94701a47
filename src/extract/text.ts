/**
 * Turning a DOM subtree into plain text with one block per line: paragraphs,
 * headings, list items, table rows (cells joined by " | "), blockquotes and
 * `<br>` breaks each end a line; whitespace inside a line is collapsed and
 * empty lines are dropped.
 */
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from "./dom.js";

/** Elements that start and end a line. */
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
  "thead", "tr", "ul",
]);

/** Elements whose content is never text of the page. */
const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "button", "select",
  "option", "textarea", "input", "iframe", "object", "embed", "canvas", "video", "audio", "map", "picture", "img",
]);

const CELL_TAGS = new Set(["td", "th"]);

/** Content that makes a table cell a layout cell: its blocks are lines of their own, not parts of a row. */
const LAYOUT_CONTENT = "p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre, section, article";

const CELL_SEPARATOR = " | ";

/** Characters that carry no text: soft hyphen, zero-width space, byte order mark. */
const INVISIBLE = /[\u00ad\u200b\ufeff]/g;

/** Collapses whitespace (including no-break spaces) and drops invisible characters. */
export function normaliseLine(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Whether an element starts a new line. */
function isBlock(tag: string): boolean {
  return BLOCK_TAGS.has(tag) || tag.includes("-");
}

interface Walk {
  lines: string[];
  line: string;
  /** How many table cells enclose the current node: blocks inside a cell do not break the row. */
  cellDepth: number;
  /** Cells already written in each open table row, innermost last. */
  rowCells: number[];
  preDepth: number;
}

function flush(walk: Walk): void {
  const line = normaliseLine(walk.line);
  if (line) walk.lines.push(line);
  walk.line = "";
}

/** A line break, or a space where breaking would split a table row. */
function breakLine(walk: Walk): void {
  if (walk.cellDepth > 0) walk.line += " ";
  else flush(walk);
}

function addText(walk: Walk, text: string): void {
  if (walk.preDepth === 0 || walk.cellDepth > 0) {
    walk.line += text;
    return;
  }
  const parts = text.split("\n");
  parts.forEach((part, i) => {
    if (i > 0) flush(walk);
    walk.line += part;
  });
}

/** Whether a table cell holds blocks (a layout table), so it is treated like a `<div>`. */
function isLayoutCell(element: DomElement): boolean {
  return element.querySelector(LAYOUT_CONTENT) !== null;
}

/** The tag an element is walked as: layout cells count as `div`. */
function walkTag(element: DomElement): string {
  const tag = tagOf(element);
  return CELL_TAGS.has(tag) && isLayoutCell(element) ? "div" : tag;
}

function enter(walk: Walk, tag: string): void {
  if (tag === "br") return breakLine(walk);
  if (tag === "tr") {
    breakLine(walk);
    walk.rowCells.push(0);
    return;
  }
  if (CELL_TAGS.has(tag)) {
    const cells = walk.rowCells.length > 0 ? walk.rowCells[walk.rowCells.length - 1] : 0;
    if (cells > 0) walk.line += CELL_SEPARATOR;
    else if (walk.cellDepth > 0) walk.line += " ";
    if (walk.rowCells.length > 0) walk.rowCells[walk.rowCells.length - 1] = cells + 1;
    walk.cellDepth++;
    return;
  }
  if (tag === "pre") walk.preDepth++;
  if (isBlock(tag)) breakLine(walk);
}

function leave(walk: Walk, tag: string): void {
  if (tag === "tr") {
    walk.rowCells.pop();
    breakLine(walk);
    return;
  }
  if (CELL_TAGS.has(tag)) {
    walk.cellDepth = Math.max(0, walk.cellDepth - 1);
    return;
  }
  if (tag === "pre") walk.preDepth = Math.max(0, walk.preDepth - 1);
  if (isBlock(tag)) breakLine(walk);
}

type Step = { node: DomNode; leaving: false } | { tag: string; leaving: true };

/** The text of a subtree, one block per line, lines joined by "\n". */
export function elementToText(root: DomNode): string {
  return elementToLines(root).join("\n");
}

/**
 * The text of a subtree as its non-empty lines (iterative: deep trees cannot
 * overflow the stack); elements for which `skip` says true are left out.
 */
export function elementToLines(root: DomNode, skip?: (element: DomElement) => boolean): string[] {
  const walk: Walk = { lines: [], line: "", cellDepth: 0, rowCells: [], preDepth: 0 };
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step.leaving) {
      leave(walk, step.tag);
      continue;
    }
    const node = step.node;
    if (node.nodeType === TEXT_NODE) {
      addText(walk, node.textContent ?? "");
      continue;
    }
    if (!isElement(node) && node !== root) continue;
    const tag = isElement(node) ? walkTag(node) : "";
    if (SKIP_TAGS.has(tag)) continue;
    if (skip && node !== root && isElement(node) && skip(node)) {
      if (isBlock(tag)) breakLine(walk);
      continue;
    }
    if (isElement(node)) enter(walk, tag);
    stack.push({ tag, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush(walk);
  return walk.lines;
}

/** Characters of text inside links below an element, and in total (whitespace collapsed). */
export function linkTextStats(element: DomElement): { total: number; inLinks: number } {
  const total = normaliseLine(element.textContent ?? "").length;
  let inLinks = 0;
  for (const link of Array.from(element.querySelectorAll("a"))) inLinks += normaliseLine(link.textContent ?? "").length;
  return { total, inLinks: Math.min(inLinks, total) };
}
