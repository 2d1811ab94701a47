/**
 * Reading schema.org JSON-LD blocks: all objects (also inside arrays,
 * `@graph` and nested values), `@id` references, and the object that
 * describes the page's article.
 */
import { decodeEntities } from "./entities.js";
import type { DomDocument } from "./dom.js";

export type JsonObject = Record<string, unknown>;

/** The JSON-LD of one page. */
export interface JsonLd {
  /** The object describing the page's article, or null. */
  article: JsonObject | null;
  /** Every object with an `@type`, outermost first. */
  objects: JsonObject[];
  /** Texts of JSON-LD blocks that are not valid JSON (searched for single values by pattern). */
  unparsed: string[];
  /** Objects that describe the page itself: top level (or in `@graph`), not nested under another object. */
  pageObjects: JsonObject[];
  byId: ReadonlyMap<string, JsonObject>;
}

const ARTICLE_TYPES = new Set([
  "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
  "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "report",
  "techarticle", "scholarlyarticle", "satiricalarticle",
]);

/** How deep nested values are searched for objects. */
const MAX_NESTING = 8;

/** Keys whose objects are never the page's article (a related article, the page it is part of, …). */
const FOREIGN_KEYS = new Set([
  "isPartOf", "hasPart", "relatedLink", "citation", "mentions", "itemListElement", "review", "liveBlogUpdate", "comment",
  "subjectOf", "workExample", "isBasedOn", "about",
]);

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a script's text; tolerates comment wrappers and raw line breaks inside strings. */
function parseBlock(text: string): unknown {
  const cleaned = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, "").replace(/(?:-->|\/\/\s*\]\]>)\s*$/, "").trim();
  if (!cleaned) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return null;
    }
  }
}

interface Found {
  object: JsonObject;
  depth: number;
  foreign: boolean;
}

function collect(value: unknown, depth: number, foreign: boolean, out: Found[]): void {
  if (depth > MAX_NESTING) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth, foreign, out);
    return;
  }
  if (!isObject(value)) return;
  if (value["@type"] !== undefined) out.push({ object: value, depth, foreign });
  for (const [key, child] of Object.entries(value)) {
    if (typeof child !== "object" || child === null) continue;
    const nextDepth = key === "@graph" ? depth : depth + 1;
    collect(child, nextDepth, foreign || FOREIGN_KEYS.has(key), out);
  }
}

/** Lowercased `@type` values of an object. */
export function ldTypes(object: JsonObject): string[] {
  const type = object["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/#:]/, "").toLowerCase());
}

function isArticle(object: JsonObject): boolean {
  return ldTypes(object).some((t) => ARTICLE_TYPES.has(t) || t.endsWith("newsarticle"));
}

/** The article that describes the page: not nested under a foreign key, shallowest, with a body or headline. */
function pickArticle(found: Found[]): JsonObject | null {
  const articles = found.filter((f) => !f.foreign && isArticle(f.object));
  const score = (f: Found): number =>
    (typeof f.object.articleBody === "string" ? 2 : 0) + (typeof f.object.headline === "string" ? 1 : 0) - f.depth * 4;
  let best: Found | null = null;
  for (const f of articles) if (best === null || score(f) > score(best)) best = f;
  return best?.object ?? null;
}

/** Reads all JSON-LD blocks of a document. */
export function readJsonLd(doc: DomDocument): JsonLd {
  const found: Found[] = [];
  const unparsed: string[] = [];
  for (const script of Array.from(doc.querySelectorAll("script[type]"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    const text = script.textContent ?? "";
    const value = parseBlock(text);
    if (value === null && text.trim()) unparsed.push(text);
    collect(value, 0, false, found);
  }
  const byId = new Map<string, JsonObject>();
  for (const { object } of found) {
    const id = object["@id"];
    if (typeof id === "string" && !byId.has(id)) byId.set(id, object);
  }
  const pageObjects = found.filter((f) => f.depth === 0 && !f.foreign).map((f) => f.object);
  return { article: pickArticle(found), objects: found.map((f) => f.object), pageObjects, unparsed, byId };
}

/** A value with `@id` references replaced by the objects they name. */
export function resolve(value: unknown, ld: JsonLd): unknown {
  if (isObject(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) {
    return ld.byId.get(value["@id"]) ?? value;
  }
  return value;
}

/** A value as an array (a single value becomes a one-element array, null/undefined an empty one). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A trimmed, entity-decoded string from a JSON-LD value (a string, `{"@value"}`, or the first of an array). */
export function ldString(value: unknown): string | null {
  for (const item of asList(value)) {
    const raw = typeof item === "string" ? item : isObject(item) && typeof item["@value"] === "string" ? item["@value"] : null;
    const text = raw === null ? "" : decodeEntities(raw).trim();
    if (text) return text;
  }
  return null;
}
