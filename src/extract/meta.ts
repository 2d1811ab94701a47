/** Reading `<meta>` tags: one lookup table keyed by name, property, itemprop and http-equiv. */
import type { DomDocument } from "./dom.js";
import { normaliseLine } from "./text.js";

/** Meta values by lowercased key, in document order. */
export type MetaTable = ReadonlyMap<string, readonly string[]>;

const KEY_ATTRIBUTES = ["name", "property", "itemprop", "http-equiv"];

/** Collects the non-empty `content` of every `<meta>` under each of its keys. */
export function readMeta(doc: DomDocument): MetaTable {
  const table = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll("meta"))) {
    const content = normaliseLine(meta.getAttribute("content") ?? "");
    if (!content) continue;
    for (const attribute of KEY_ATTRIBUTES) {
      const key = (meta.getAttribute(attribute) ?? "").trim().toLowerCase();
      if (!key) continue;
      const list = table.get(key) ?? [];
      list.push(content);
      table.set(key, list);
    }
  }
  return table;
}

/** All values of the given keys, keys in the order given. */
export function metaValues(table: MetaTable, keys: readonly string[]): string[] {
  return keys.flatMap((key) => table.get(key) ?? []);
}

/** The first value of the first key that has one, or null. */
export function metaFirst(table: MetaTable, keys: readonly string[]): string | null {
  return metaValues(table, keys)[0] ?? null;
}
