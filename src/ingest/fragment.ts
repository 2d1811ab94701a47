import { ELEMENT_NODE, TEXT_NODE, CDATA_NODE, parseFragment, type DomNode } from "./dom.js";

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption",
  "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "hr",
]);
/** Elements whose content is no text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "iframe", "object", "svg", "head"]);

/** Converts an HTML fragment to text: one paragraph, heading or list item per line; `<br>` breaks lines. */
export function fragmentToText(html: string): string {
  const lines: string[] = [];
  let current = "";
  const flush = (): void => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) current += child.textContent ?? "";
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      const block = BLOCKS.has(tag) || tag === "br";
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(parseFragment(html));
  flush();
  return lines.join("\n");
}

/** Text that may hold markup or entities ("Bürger &amp; Staat", "<b>Eil</b>") as plain text on one line. */
export function inlineText(text: string): string {
  return /[<&]/.test(text) ? fragmentToText(text).replace(/\n/g, " ") : text.replace(/\s+/g, " ").trim();
}
