import { lagebildError } from "../core/errors.js";
import { dateBound } from "./dates.js";
import { storable } from "./rows.js";
import type { ArticleFilter } from "./store.js";

/** Collects positional parameters while SQL is built. */
export class Params {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder (`$n`). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `value` with LIKE's wildcards and escape character escaped. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** The WHERE conditions of a filter (limit and offset are not conditions). */
export function filterConditions(filter: ArticleFilter, params: Params): string[] {
  const where: string[] = [];
  if (filter.language !== undefined) where.push(`language = ${params.add(storable(filter.language))}`);
  if (filter.publisher !== undefined) where.push(`publisher = ${params.add(storable(filter.publisher))}`);
  for (const side of ["since", "until"] as const) {
    const value = filter[side];
    if (value === undefined) continue;
    const bound = dateBound(value, side);
    if (bound === null) throw lagebildError("BAD_ARGUMENT", `${side} "${value}" is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time)`);
    where.push(`published_at ${bound.op} ${params.add(bound.instant)}::timestamptz`);
  }
  if (filter.search !== undefined && filter.search !== "") {
    const pattern = params.add(`%${escapeLike(storable(filter.search))}%`);
    where.push(`(title ILIKE ${pattern} OR text ILIKE ${pattern})`);
  }
  if (filter.entity !== undefined) {
    where.push(`id IN (SELECT article_id FROM entity_mentions WHERE entity_id = ${params.add(filter.entity)})`);
  }
  return where;
}

/** `WHERE a AND b …`, or "" for no conditions. */
export function whereClause(conditions: readonly string[]): string {
  return conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
}

/** Checks that limit/offset, when given, are non-negative integers. */
export function checkPaging(filter: ArticleFilter): void {
  for (const key of ["limit", "offset"] as const) {
    const value = filter[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw lagebildError("BAD_ARGUMENT", `${key} must be a non-negative integer, got ${String(value)}`);
    }
  }
}

/** Newest first; the same order everywhere (listings, iteration). */
export const NEWEST_FIRST = "ORDER BY published_at DESC NULLS LAST, ingested_at DESC, id DESC";
