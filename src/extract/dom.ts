/**
 * Parsing HTML into a linkedom document that the rest of the extractor can
 * rely on: there is always an `<html>` root with `<head>` and `<body>`, all
 * page content sits inside `<body>`, and no element is nested deeper than
 * {@link MAX_DEPTH} (Readability's run time explodes on deep nesting).
 */
import { parseHTML } from "linkedom";

/** The part of a DOM node the extractor uses (linkedom's own types lean on the DOM lib, which we do not load). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  remove(): void;
  insertBefore(node: DomNode, reference: DomNode | null): DomNode;
  appendChild(node: DomNode): DomNode;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  matches(selector: string): boolean;
  contains(node: DomNode): boolean;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements nested deeper than this are unwrapped (their children move up). Real pages stay below 50. */
export const MAX_DEPTH = 100;

/** Longer input is cut: a news page is never this large, and parsing must stay bounded. */
export const MAX_HTML_CHARS = 8_000_000;

/** Nodes that belong into `<head>` when they appear outside it. */
const HEAD_TAGS = new Set(["meta", "title", "link", "base"]);

/** Parses an HTML string (any string, even empty or not HTML) into a normalised document. */
export function parseDocument(html: string): DomDocument {
  const input = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  let doc = parse(input);
  if (doc.documentElement?.localName !== "html") doc = parse(`<html>${input}</html>`);
  moveStrayNodesIntoBody(doc);
  limitDepth(doc);
  return doc;
}

function parse(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** Whether a node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** The element children of a node as an array. */
export function elementChildren(node: DomElement): DomElement[] {
  return Array.from(node.children);
}

/**
 * linkedom keeps content that follows `</head>` without a `<body>` tag as a
 * sibling of `<body>`: move such nodes into body, in document order, and
 * stray `<title>`/`<meta>`/`<link>` into head.
 */
function moveStrayNodesIntoBody(doc: DomDocument): void {
  const root = doc.documentElement;
  const body = doc.body;
  const head = doc.head;
  if (!root || !body || !head) return;
  let beforeBody = true;
  const firstBodyChild = (): DomNode | null => body.childNodes[0] ?? null;
  const before: DomNode[] = [];
  const after: DomNode[] = [];
  for (const node of Array.from(root.childNodes)) {
    if (node === body) {
      beforeBody = false;
      continue;
    }
    if (isElement(node) && node.localName === "head") continue;
    if (isElement(node) && HEAD_TAGS.has(node.localName)) {
      head.appendChild(node);
      continue;
    }
    (beforeBody ? before : after).push(node);
  }
  const anchor = firstBodyChild();
  for (const node of before) body.insertBefore(node, anchor);
  for (const node of after) body.appendChild(node);
}

/** Unwraps every element deeper than {@link MAX_DEPTH}, shallowest first, so each node moves at most once. */
function limitDepth(doc: DomDocument): void {
  const root = doc.documentElement;
  if (!root) return;
  const tooDeep: DomElement[] = [];
  let element: DomElement | null = root.firstElementChild;
  let depth = 1;
  while (element) {
    if (depth > MAX_DEPTH) tooDeep.push(element);
    const child: DomElement | null = element.firstElementChild;
    if (child) {
      element = child;
      depth++;
      continue;
    }
    while (element && element !== root && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element && element !== root ? element.nextElementSibling : null;
  }
  for (const element of tooDeep) unwrap(element);
}

/**
 * Visits the elements below `root` in document order (not `root` itself),
 * along sibling links without building child arrays; `visit` returns false
 * to skip an element's subtree. The tree must not change during the walk.
 */
export function walkElements(root: DomElement, visit: (element: DomElement) => boolean): void {
  let element: DomElement | null = root.firstElementChild;
  while (element) {
    const child: DomElement | null = visit(element) ? element.firstElementChild : null;
    if (child) {
      element = child;
      continue;
    }
    while (element && element !== root && !element.nextElementSibling) element = element.parentElement;
    element = element && element !== root ? element.nextElementSibling : null;
  }
}

/** Replaces an element by its children. */
export function unwrap(element: DomElement): void {
  const parent = element.parentNode;
  if (!parent) return;
  for (const child of Array.from(element.childNodes)) parent.insertBefore(child, element);
  element.remove();
}

/** Number of elements below (and including) a node, counting stops once `limit` is passed. */
export function countElements(root: DomElement, limit: number): number {
  let count = 0;
  const stack: DomElement[] = [root];
  while (stack.length > 0 && count <= limit) {
    const element = stack.pop() as DomElement;
    count++;
    const children = element.children;
    for (let i = 0; i < children.length; i++) stack.push(children[i]);
  }
  return count;
}

/** Lowercased tag name of an element. */
export function tagOf(element: DomElement): string {
  return (element.localName || element.tagName || "").toLowerCase();
}
