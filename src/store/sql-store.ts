import { lagebildError } from "../core/errors.js";
import { sqlState, type SqlDriver, type SqlExecutor } from "./driver.js";
import { checkPaging, escapeLike, filterConditions, NEWEST_FIRST, Params, whereClause } from "./filter.js";
import { readArticlesOf, readEntities, readEntity, replaceAnnotations, replaceEntities } from "./entities.js";
import { idsByHash, insertBatch, insertSources, statsPublisher, storedLineKey } from "./insert.js";
import {
  ARTICLE_COLUMNS,
  fromArticleRow,
  fromSummaryRow,
  KEY_COLUMNS,
  SUMMARY_COLUMNS,
  type ArticleRow,
  type SortKeys,
  type SummaryRow,
} from "./rows.js";
import type { EntityMention } from "../core/article.js";
import type {
  Annotations,
  ArticleFilter,
  ArticleSummary,
  EntityArticle,
  EntityFilter,
  EntitySummary,
  InsertItem,
  InsertOutcome,
  LineCounts,
  Store,
  StoredArticle,
  StoredEntity,
} from "./store.js";

/** Articles per page when iterating. */
const PAGE_SIZE = 200;
/** Shortest id prefix getArticle accepts. */
const MIN_PREFIX = 6;
/** Deadlock and serialisation failures are retried (PostgreSQL, concurrent writers). */
const RETRYABLE = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 5;

/**
 * The one {@link Store} implementation, over any {@link SqlDriver}. The
 * schema must be migrated (see migrate.ts) before it is used.
 */
export class SqlStore implements Store {
  readonly kind: "pglite" | "postgres";

  constructor(private readonly db: SqlDriver) {
    this.kind = db.kind;
  }

  /** Where the data lives (folder, "memory" or redacted URL). */
  get where(): string {
    return this.db.where;
  }

  async insertArticles(items: readonly InsertItem[]): Promise<InsertOutcome[]> {
    if (items.length === 0) return [];
    return this.retried((tx) => insertBatch(tx, items));
  }

  /** Runs `fn` in a transaction, again when it fails on a deadlock or serialisation failure. */
  private async retried<R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(fn);
      } catch (error) {
        const state = sqlState(error);
        if (attempt >= MAX_ATTEMPTS || state === undefined || !RETRYABLE.has(state)) throw error;
      }
    }
  }

  /** Records further sources of stored articles; throws NOT_FOUND (and records nothing) when an id is not stored. */
  async recordSources(pairs: readonly { id: string; source: string }[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.db.transaction(async (tx) => {
      const ids = [...new Set(pairs.map((p) => p.id))];
      const found = new Set((await tx.query<{ id: string }>("SELECT id FROM articles WHERE id = ANY($1::text[])", [ids])).map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) throw lagebildError("NOT_FOUND", `article ${missing.join(", ")}`);
      await insertSources(tx, pairs);
    });
  }

  async sourcesOf(id: string): Promise<string[]> {
    const rows = await this.db.query<{ source: string }>("SELECT source FROM article_sources WHERE article_id = $1 ORDER BY seen_at, source", [id]);
    return rows.map((r) => r.source);
  }

  findByHashes(hashes: readonly string[]): Promise<Map<string, string>> {
    return idsByHash(this.db, [...new Set(hashes)]);
  }

  /**
   * By full id, or by an id prefix of at least 6 characters. Returns null when
   * nothing matches; throws BAD_ARGUMENT when a prefix matches several articles.
   */
  async getArticle(idOrPrefix: string): Promise<StoredArticle | null> {
    const [exact] = await this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [idOrPrefix]);
    if (exact !== undefined) return fromArticleRow(exact);
    if (idOrPrefix.length < MIN_PREFIX) return null;
    const rows = await this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id LIKE $1 ORDER BY id LIMIT 2`, [
      `${escapeLike(idOrPrefix)}%`,
    ]);
    if (rows.length > 1) {
      throw lagebildError("BAD_ARGUMENT", `id prefix "${idOrPrefix}" matches several articles (${rows[0].id}, ${rows[1].id}, …); give more characters`);
    }
    return rows.length === 1 ? fromArticleRow(rows[0]) : null;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    checkPaging(filter);
    const params = new Params();
    let sql = `SELECT ${SUMMARY_COLUMNS} FROM articles ${whereClause(filterConditions(filter, params))} ${NEWEST_FIRST}`;
    if (filter.limit !== undefined) sql += ` LIMIT ${params.add(filter.limit)}`;
    if (filter.offset !== undefined) sql += ` OFFSET ${params.add(filter.offset)}`;
    const rows = await this.db.query<SummaryRow>(sql, params.values);
    return rows.map(fromSummaryRow);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    const params = new Params();
    const sql = `SELECT count(*)::int AS n FROM articles ${whereClause(filterConditions(filter, params))}`;
    const [{ n }] = await this.db.query<{ n: number }>(sql, params.values);
    return n;
  }

  /**
   * Every matching article, newest first, in pages of 200 read by keyset (so
   * memory stays flat and rows already passed are neither repeated nor
   * skipped when others are inserted meanwhile). Honours `offset` and `limit`.
   * Dated articles come first, then the undated ones: two keyset phases.
   */
  async *iterateArticles(filter: ArticleFilter = {}): AsyncGenerator<StoredArticle> {
    checkPaging(filter);
    let remaining = filter.limit ?? Infinity;
    let cursor: SortKeys | null = null;
    let dated = true;
    if (filter.offset) {
      cursor = await this.keysAt(filter, filter.offset - 1);
      if (cursor === null) return;
      dated = cursor.published_key !== null;
    }
    while (remaining > 0) {
      const size = Math.min(PAGE_SIZE, remaining);
      const rows = await this.page(filter, dated, cursor, size);
      for (const row of rows) yield fromArticleRow(row);
      remaining -= rows.length;
      if (rows.length < size) {
        if (!dated) return;
        dated = false;
        cursor = null;
      } else {
        cursor = rows[rows.length - 1];
      }
    }
  }

  /** The sort keys of the article at 0-based position `index` of the filtered order, or null. */
  private async keysAt(filter: ArticleFilter, index: number): Promise<SortKeys | null> {
    const params = new Params();
    const where = whereClause(filterConditions(filter, params));
    const sql = `SELECT id, ${KEY_COLUMNS} FROM articles ${where} ${NEWEST_FIRST} OFFSET ${params.add(index)} LIMIT 1`;
    const [row] = await this.db.query<SortKeys>(sql, params.values);
    return row ?? null;
  }

  /** One page of the dated (published_at set) or undated articles, after `cursor`. */
  private page(filter: ArticleFilter, dated: boolean, cursor: SortKeys | null, size: number): Promise<(ArticleRow & SortKeys)[]> {
    const params = new Params();
    const conditions = filterConditions(filter, params);
    conditions.push(dated ? "published_at IS NOT NULL" : "published_at IS NULL");
    if (cursor !== null) {
      const [i, d] = [params.add(cursor.ingested_key), params.add(cursor.id)];
      conditions.push(
        dated
          ? `(published_at, ingested_at, id) < (${params.add(cursor.published_key)}::timestamptz, ${i}::timestamptz, ${d}::text)`
          : `(ingested_at, id) < (${i}::timestamptz, ${d}::text)`,
      );
    }
    const sql = `SELECT ${ARTICLE_COLUMNS}, ${KEY_COLUMNS} FROM articles ${whereClause(conditions)} ${NEWEST_FIRST} LIMIT ${params.add(size)}`;
    return this.db.query<ArticleRow & SortKeys>(sql, params.values);
  }

  async lineCounts(publisher: string, keys: readonly string[]): Promise<LineCounts> {
    const p = statsPublisher(publisher);
    const [stats] = await this.db.query<{ articles: number }>("SELECT articles FROM publisher_stats WHERE publisher = $1", [p]);
    const counts = new Map<string, number>();
    if (keys.length > 0) {
      const stored = new Map(keys.map((k) => [storedLineKey(k), k]));
      const rows = await this.db.query<{ key: string; articles: number }>(
        "SELECT key, articles FROM line_stats WHERE publisher = $1 AND key = ANY($2::text[])",
        [p, [...stored.keys()]],
      );
      for (const row of rows) counts.set(stored.get(row.key) as string, row.articles);
    }
    return { articles: stats?.articles ?? 0, counts };
  }

  async upsertEntities(articleId: string, mentions: readonly EntityMention[]): Promise<void> {
    await this.retried((tx) => replaceEntities(tx, articleId, mentions));
  }

  async replaceAnnotations(articleId: string, annotations: Annotations): Promise<void> {
    await this.retried((tx) => replaceAnnotations(tx, articleId, annotations));
  }

  getEntity(id: string): Promise<StoredEntity | null> {
    return readEntity(this.db, id);
  }

  listEntities(filter: EntityFilter = {}): Promise<EntitySummary[]> {
    return readEntities(this.db, filter);
  }

  articlesOfEntity(id: string, paging: { limit?: number; offset?: number } = {}): Promise<EntityArticle[]> {
    return readArticlesOf(this.db, id, paging);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
