import { DOMParser, parseHTML } from "linkedom";

/** The little of a DOM node the readers use (linkedom's types lean on the DOM lib, which we do not load). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  innerHTML: string;
  getAttribute(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

/** Parses XML (feeds) and returns the root element, or null when there is none. */
export function parseXml(xml: string): DomElement | null {
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as { documentElement: DomElement | null };
  return doc.documentElement ?? null;
}

/** Parses an HTML fragment and returns the body holding it. */
export function parseFragment(html: string): DomElement {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body as unknown as DomElement;
}

/** The element children of an element with a tag name (case-insensitive, prefix included: "dc:creator"). */
export function childrenNamed(parent: DomElement, ...names: string[]): DomElement[] {
  const wanted = names.map((n) => n.toLowerCase());
  return Array.from(parent.children).filter((c) => wanted.includes(c.tagName.toLowerCase()));
}

/** The trimmed text of the first child with one of the tag names (in the order given), or null. */
export function childText(parent: DomElement, ...names: string[]): string | null {
  for (const name of names) {
    const [child] = childrenNamed(parent, name);
    const text = child?.textContent?.trim();
    if (text) return text;
  }
  return null;
}
