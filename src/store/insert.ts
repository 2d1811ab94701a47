import { createHash } from "node:crypto";
import { type SqlExecutor } from "./driver.js";
import { addEntities } from "./entities.js";
import { INSERT_COLUMNS, INSERT_RECORD, storable, toInsertRow } from "./rows.js";
import type { InsertItem, InsertOutcome } from "./store.js";

/** Line keys longer than this are stored as a hash: btree index entries have a size limit (~2.7 kB). */
const MAX_KEY_LENGTH = 200;

/** The key under which a line key is stored in `line_stats`. */
export function storedLineKey(key: string): string {
  const clean = storable(key);
  if (clean.length <= MAX_KEY_LENGTH) return clean;
  return `sha256:${createHash("sha256").update(clean).digest("hex")}`;
}

/** The publisher under which corpus evidence is counted. */
export function statsPublisher(publisher: string | null): string {
  return storable(publisher ?? "");
}

const INSERT_ARTICLES =
  `INSERT INTO articles (${INSERT_COLUMNS}) SELECT ${INSERT_COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(${INSERT_RECORD}) ` +
  // Sorted so that concurrent batches take row locks in the same order (no deadlocks). No conflict
  // target: with one, a concurrent insert of the same article fails on the id key instead of being skipped.
  "ORDER BY hash ON CONFLICT DO NOTHING RETURNING hash";

const INSERT_SOURCES =
  "INSERT INTO article_sources (article_id, source) SELECT a, s FROM jsonb_to_recordset($1::jsonb) AS r(a text, s text) " +
  "ORDER BY a, s ON CONFLICT DO NOTHING";

const COUNT_LINES =
  "INSERT INTO line_stats (publisher, key, articles) SELECT p, k, n FROM jsonb_to_recordset($1::jsonb) AS r(p text, k text, n integer) " +
  "ORDER BY p, k ON CONFLICT (publisher, key) DO UPDATE SET articles = line_stats.articles + excluded.articles";

const COUNT_PUBLISHERS =
  "INSERT INTO publisher_stats (publisher, articles) SELECT p, n FROM jsonb_to_recordset($1::jsonb) AS r(p text, n integer) " +
  "ORDER BY p ON CONFLICT (publisher) DO UPDATE SET articles = publisher_stats.articles + excluded.articles";

/** Records sources of stored articles (deduplicated); sorted so that concurrent writers lock rows in one order. */
export async function insertSources(tx: SqlExecutor, pairs: readonly { id: string; source: string }[]): Promise<void> {
  const unique = new Map<string, { a: string; s: string }>();
  for (const { id, source } of pairs) {
    const entry = { a: storable(id), s: storable(source) };
    unique.set(JSON.stringify(entry), entry);
  }
  if (unique.size > 0) await tx.query(INSERT_SOURCES, [JSON.stringify([...unique.values()])]);
}

/** Hash → id of the stored articles among `hashes`. */
export async function idsByHash(db: SqlExecutor, hashes: readonly string[]): Promise<Map<string, string>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.query<{ hash: string; id: string }>("SELECT hash, id FROM articles WHERE hash = ANY($1::text[])", [hashes]);
  return new Map(rows.map((r) => [r.hash, r.id]));
}

/** Map of counts, incremented. */
function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Adds the corpus evidence of the newly stored articles. */
async function countEvidence(tx: SqlExecutor, fresh: readonly InsertItem[]): Promise<void> {
  const lines = new Map<string, number>();
  const publishers = new Map<string, number>();
  for (const { article, lineKeys } of fresh) {
    const publisher = statsPublisher(article.publisher);
    increment(publishers, publisher);
    for (const key of new Set(lineKeys.map(storedLineKey))) increment(lines, JSON.stringify([publisher, key]));
  }
  if (publishers.size > 0) {
    await tx.query(COUNT_PUBLISHERS, [JSON.stringify([...publishers].map(([p, n]) => ({ p, n })))]);
  }
  if (lines.size > 0) {
    const rows = [...lines].map(([pk, n]) => {
      const [p, k] = JSON.parse(pk) as [string, string];
      return { p, k, n };
    });
    await tx.query(COUNT_LINES, [JSON.stringify(rows)]);
  }
}

/**
 * Inserts a batch inside transaction `tx` (see Store.insertArticles): new
 * hashes are stored, every item's source is recorded, and evidence and
 * entity mentions (see entities.ts) are counted for the new articles only.
 */
export async function insertBatch(tx: SqlExecutor, items: readonly InsertItem[]): Promise<InsertOutcome[]> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    if (!firstIndex.has(item.article.hash)) firstIndex.set(item.article.hash, i);
  });
  const candidates = [...firstIndex.values()].map((i) => toInsertRow(items[i].article));
  const inserted = new Set(
    (await tx.query<{ hash: string }>(INSERT_ARTICLES, [JSON.stringify(candidates)])).map((r) => r.hash),
  );
  const existing = await idsByHash(tx, [...firstIndex.keys()].filter((h) => !inserted.has(h)));

  const outcomes = items.map((item, i): InsertOutcome => {
    const hash = item.article.hash;
    const first = firstIndex.get(hash) as number;
    if (inserted.has(hash)) {
      return first === i ? { id: item.article.id, status: "new" } : { id: item.article.id, status: "duplicate", existingId: items[first].article.id };
    }
    const existingId = existing.get(hash);
    if (existingId === undefined) {
      throw new Error(`article id ${item.article.id} is already taken by an article with other content (hash ${hash} is not stored)`);
    }
    return { id: item.article.id, status: "duplicate", existingId };
  });

  const sources = outcomes.map((o, i) => ({ id: o.status === "new" ? o.id : o.existingId, source: items[i].article.source }));
  await insertSources(tx, sources);
  const fresh = items.filter((_, i) => outcomes[i].status === "new");
  await countEvidence(tx, fresh);
  await addEntities(tx, fresh.map(({ article }) => article));
  return outcomes;
}
