/**
 * Entities across articles: counting the entity mentions of stored
 * articles into `entities`, `entity_aliases` and `entity_mentions`
 * (migration 0002), and reading them back.
 */
import type { EntityMention, EntityType } from "../core/article.js";
import { lagebildError } from "../core/errors.js";
import { matchKey } from "../nlp/entities/fold.js";
import type { SqlExecutor } from "./driver.js";
import { checkPaging, escapeLike, NEWEST_FIRST, Params, whereClause } from "./filter.js";
import { fromSummaryRow, storable, storableDeep, SUMMARY_COLUMNS, type SummaryRow } from "./rows.js";
import type { Annotations, EntityAlias, EntityArticle, EntityFilter, EntitySummary, StoredEntity } from "./store.js";

/** Aliases are cut to this length: they are index keys (btree entries have a size limit). */
const MAX_ALIAS = 200;

/** One article's entity mentions to count. */
export interface ArticleEntities {
  id: string;
  entities: readonly EntityMention[];
}

interface EntityRow {
  id: string;
  type: string;
  name: string;
  key: string;
  articles: number;
  mentions: number;
}

interface AliasRow {
  e: string;
  alias: string;
  mentions: number;
  articles: number;
}

interface MentionRow {
  a: string;
  s: number;
  f: number;
  e: string;
  t: string;
}

/** The counted mentions: those with an entity id and a valid span. */
function counted(mentions: readonly EntityMention[]): (EntityMention & { entity: string })[] {
  return mentions.filter(
    (m): m is EntityMention & { entity: string } =>
      typeof m.entity === "string" && m.entity !== "" && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start <= m.end,
  );
}

/** Adds one to a counter in a map, creating it from `init` first. */
function bump<T extends { mentions: number }>(map: Map<string, T>, key: string, init: () => T): T {
  const entry = map.get(key) ?? init();
  entry.mentions++;
  map.set(key, entry);
  return entry;
}

/** The rows to add (or, with sign -1, take away) for a set of articles: entities, aliases, mentions. */
function tally(articles: readonly ArticleEntities[]): { entities: EntityRow[]; aliases: AliasRow[]; mentions: MentionRow[] } {
  const entities = new Map<string, EntityRow>();
  const aliases = new Map<string, AliasRow>();
  const mentions = new Map<string, MentionRow>();
  for (const article of articles) {
    const seenEntities = new Set<string>();
    const seenAliases = new Set<string>();
    for (const m of counted(article.entities)) {
      const id = storable(m.entity);
      const alias = storable(m.text.trim().slice(0, MAX_ALIAS));
      const spanKey = `${article.id}\u0000${m.start}\u0000${m.end}`;
      if (mentions.has(spanKey)) continue;
      mentions.set(spanKey, { a: article.id, s: m.start, f: m.end, e: id, t: storable(m.text) });
      const name = storable(m.name ?? m.text.trim());
      const entity = bump(entities, id, () => ({ id, type: m.type, name, key: matchKey(name), articles: 0, mentions: 0 }));
      if (!seenEntities.has(id)) entity.articles++;
      seenEntities.add(id);
      const aliasKey = JSON.stringify([id, alias]);
      const aliasRow = bump(aliases, aliasKey, () => ({ e: id, alias, mentions: 0, articles: 0 }));
      if (!seenAliases.has(aliasKey)) aliasRow.articles++;
      seenAliases.add(aliasKey);
    }
  }
  return { entities: [...entities.values()], aliases: [...aliases.values()], mentions: [...mentions.values()] };
}

// Sorted so that concurrent writers lock rows in one order (no deadlocks); increments, so concurrent inserts add up.
const ADD_ENTITIES =
  "INSERT INTO entities (id, type, name, key, articles, mentions) " +
  "SELECT id, type, name, key, articles, mentions FROM jsonb_to_recordset($1::jsonb) " +
  "AS r(id text, type text, name text, key text, articles integer, mentions integer) ORDER BY id " +
  "ON CONFLICT (id) DO UPDATE SET articles = entities.articles + excluded.articles, mentions = entities.mentions + excluded.mentions";

const ADD_ALIASES =
  "INSERT INTO entity_aliases (entity_id, alias, mentions, articles) " +
  "SELECT e, alias, mentions, articles FROM jsonb_to_recordset($1::jsonb) AS r(e text, alias text, mentions integer, articles integer) " +
  "ORDER BY e, alias ON CONFLICT (entity_id, alias) DO UPDATE SET " +
  "mentions = entity_aliases.mentions + excluded.mentions, articles = entity_aliases.articles + excluded.articles";

const ADD_MENTIONS =
  "INSERT INTO entity_mentions (article_id, span_start, span_end, entity_id, text) " +
  "SELECT a, s, f, e, t FROM jsonb_to_recordset($1::jsonb) AS r(a text, s integer, f integer, e text, t text) " +
  "ORDER BY a, s, f ON CONFLICT DO NOTHING";

/** Counts the entity mentions of newly stored articles (inside the insert transaction). */
export async function addEntities(tx: SqlExecutor, articles: readonly ArticleEntities[]): Promise<void> {
  const { entities, aliases, mentions } = tally(articles);
  if (entities.length === 0) return;
  await tx.query(ADD_ENTITIES, [JSON.stringify(entities)]);
  await tx.query(ADD_ALIASES, [JSON.stringify(aliases)]);
  await tx.query(ADD_MENTIONS, [JSON.stringify(mentions)]);
}

/** Takes an article's counted mentions back out of the entity tables (entities and aliases left at zero are dropped). */
async function removeEntities(tx: SqlExecutor, articleId: string): Promise<void> {
  const rows = await tx.query<{ entity_id: string; text: string; span_start: number; span_end: number; type: string; name: string }>(
    "DELETE FROM entity_mentions m USING entities e WHERE m.article_id = $1 AND e.id = m.entity_id " +
      "RETURNING m.entity_id, m.text, m.span_start, m.span_end, e.type, e.name",
    [articleId],
  );
  if (rows.length === 0) return;
  const old = rows.map((r) => ({ text: r.text, start: r.span_start, end: r.span_end, entity: r.entity_id, name: r.name, type: r.type as EntityType }));
  const { entities, aliases } = tally([{ id: articleId, entities: old }]);
  await tx.query(
    "UPDATE entities SET articles = entities.articles - r.articles, mentions = entities.mentions - r.mentions " +
      "FROM jsonb_to_recordset($1::jsonb) AS r(id text, articles integer, mentions integer) WHERE entities.id = r.id",
    [JSON.stringify(entities)],
  );
  await tx.query(
    "UPDATE entity_aliases SET articles = entity_aliases.articles - r.articles, mentions = entity_aliases.mentions - r.mentions " +
      "FROM jsonb_to_recordset($1::jsonb) AS r(e text, alias text, articles integer, mentions integer) " +
      "WHERE entity_aliases.entity_id = r.e AND entity_aliases.alias = r.alias",
    [JSON.stringify(aliases)],
  );
  await tx.query("DELETE FROM entity_aliases WHERE entity_id = ANY($1::text[]) AND mentions <= 0", [entities.map((e) => e.id)]);
  await tx.query("DELETE FROM entities WHERE id = ANY($1::text[]) AND mentions <= 0", [entities.map((e) => e.id)]);
}

/** Replaces a stored article's entity layer and its counts (see Store.upsertEntities). */
export async function replaceEntities(tx: SqlExecutor, articleId: string, mentions: readonly EntityMention[]): Promise<void> {
  await replaceLayers(tx, articleId, { entities: mentions });
}

/** Replaces a stored article's sentences, dates, entities and quotes, and its entity counts (see Store.replaceAnnotations). */
export async function replaceAnnotations(tx: SqlExecutor, articleId: string, annotations: Annotations): Promise<void> {
  const { sentences, dates, entities, quotes } = annotations;
  await replaceLayers(tx, articleId, { sentences, dates, entities, quotes });
}

/** Sets layers of an article's `doc` (throws NOT_FOUND when it is not stored); a new entity layer moves the counts by the difference. */
async function replaceLayers(tx: SqlExecutor, articleId: string, layers: { readonly [K in keyof Annotations]?: Readonly<Annotations[K]> }): Promise<void> {
  const updated = await tx.query<{ id: string }>("UPDATE articles SET doc = doc || $2::jsonb WHERE id = $1 RETURNING id", [
    articleId,
    JSON.stringify(storableDeep(layers)),
  ]);
  if (updated.length === 0) throw lagebildError("NOT_FOUND", `article ${articleId}`);
  if (layers.entities === undefined) return;
  await removeEntities(tx, articleId);
  await addEntities(tx, [{ id: articleId, entities: layers.entities }]);
}

const ENTITY_COLUMNS = "id, type, name, articles, mentions";

/** One entity with its aliases, or null. */
export async function readEntity(db: SqlExecutor, id: string): Promise<StoredEntity | null> {
  const [row] = await db.query<EntitySummary & { key: string }>(`SELECT ${ENTITY_COLUMNS}, key FROM entities WHERE id = $1`, [id]);
  if (row === undefined) return null;
  const aliases = await db.query<EntityAlias>(
    "SELECT alias, mentions, articles FROM entity_aliases WHERE entity_id = $1 ORDER BY mentions DESC, articles DESC, alias",
    [id],
  );
  const sameFamilyName = row.type === "PER" ? await readSameFamilyName(db, row.id, row.key) : [];
  return { id: row.id, type: row.type, name: row.name, key: row.key, articles: row.articles, mentions: row.mentions, aliases, sameFamilyName };
}

/** How many persons of the same family name an entity lists. */
const MAX_SAME_FAMILY_NAME = 10;

/** The other persons whose match key ends in the same word as `key` (the bare family name, or a full name ending in it). */
async function readSameFamilyName(db: SqlExecutor, id: string, key: string): Promise<EntitySummary[]> {
  const family = key.slice(key.lastIndexOf(" ") + 1);
  if (family === "") return [];
  return db.query<EntitySummary>(
    `SELECT ${ENTITY_COLUMNS} FROM entities WHERE type = 'PER' AND id <> $1 AND (key = $2 OR key LIKE $3) ` +
      "ORDER BY mentions DESC, articles DESC, id LIMIT $4",
    [id, family, `% ${escapeLike(family)}`, MAX_SAME_FAMILY_NAME],
  );
}

/** Entities by mentions (then articles, then id), filtered. */
export async function readEntities(db: SqlExecutor, filter: EntityFilter = {}): Promise<EntitySummary[]> {
  checkPaging(filter);
  const params = new Params();
  const where: string[] = [];
  if (filter.type !== undefined) where.push(`type = ${params.add(filter.type)}`);
  if (filter.search !== undefined && filter.search.trim() !== "") {
    const pattern = params.add(`%${escapeLike(storable(filter.search.trim()))}%`);
    const alternatives = [`name ILIKE ${pattern}`, `EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = entities.id AND a.alias ILIKE ${pattern})`];
    const key = matchKey(filter.search);
    if (key !== "") alternatives.push(`key LIKE ${params.add(`%${escapeLike(key)}%`)}`);
    where.push(`(${alternatives.join(" OR ")})`);
  }
  let sql = `SELECT ${ENTITY_COLUMNS} FROM entities ${whereClause(where)} ORDER BY mentions DESC, articles DESC, id`;
  if (filter.limit !== undefined) sql += ` LIMIT ${params.add(filter.limit)}`;
  if (filter.offset !== undefined) sql += ` OFFSET ${params.add(filter.offset)}`;
  return db.query<EntitySummary>(sql, params.values);
}

/** The stored articles that mention an entity, newest first, with their mention counts. */
export async function readArticlesOf(db: SqlExecutor, id: string, paging: { limit?: number; offset?: number } = {}): Promise<EntityArticle[]> {
  checkPaging(paging);
  const params = new Params();
  let sql =
    `SELECT ${SUMMARY_COLUMNS}, m.n FROM articles JOIN ` +
    `(SELECT article_id, count(*)::int AS n FROM entity_mentions WHERE entity_id = ${params.add(id)} GROUP BY article_id) m ` +
    `ON m.article_id = articles.id ${NEWEST_FIRST}`;
  if (paging.limit !== undefined) sql += ` LIMIT ${params.add(paging.limit)}`;
  if (paging.offset !== undefined) sql += ` OFFSET ${params.add(paging.offset)}`;
  const rows = await db.query<SummaryRow & { n: number }>(sql, params.values);
  return rows.map((r) => ({ ...fromSummaryRow(r), mentions: r.n }));
}
