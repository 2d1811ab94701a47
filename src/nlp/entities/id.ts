/** Stable entity ids. */
import { createHash } from "node:crypto";
import type { EntityType } from "../../core/article.js";
import { slugify, withoutArticle } from "./fold.js";

/** Longest slug kept whole; longer ones are cut and get a hash suffix. */
const MAX_SLUG = 80;

function shortHash(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 10);
}

/**
 * The id of the entity with this canonical name and type: the type in lower
 * case, a colon and the slug of the name ("per:olaf-scholz",
 * "loc:muenchen", "org:europaeische-union"). The same name and type give
 * the same id in every article. A leading article is left out ("Die Zeit"
 * and "Zeit" are "org:zeit", "The New York Times" and "New York Times"
 * "org:new-york-times"): texts write mastheads and titles with it or
 * without. A slug over 80 characters is cut and gets a hash of the full name;
 * a name without letters or digits gets a hash.
 */
export function canonicalKey(name: string, type: EntityType): string {
  const slug = slugify(withoutArticle(name));
  const prefix = type.toLowerCase();
  if (slug === "") return `${prefix}:x-${shortHash(name)}`;
  if (slug.length <= MAX_SLUG) return `${prefix}:${slug}`;
  return `${prefix}:${slug.slice(0, MAX_SLUG - 11).replace(/-+$/u, "")}-${shortHash(slug)}`;
}
