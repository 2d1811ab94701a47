import type { Article, EntityMention, EntityType } from "../core/article.js";

/** One article to insert, with the normalised-line keys used as corpus evidence by the cleaner. */
export interface InsertItem {
  article: Article;
  /** Keys of the article's normalised raw lines (see src/clean); counted per publisher for new articles only. */
  lineKeys: readonly string[];
}

export type InsertOutcome = { id: string; status: "new" } | { id: string; status: "duplicate"; existingId: string };

export interface ArticleFilter {
  limit?: number;
  offset?: number;
  language?: string;
  publisher?: string;
  /** ISO date: published on or after. */
  since?: string;
  /** ISO date: published before or on. */
  until?: string;
  /** Case-insensitive substring of the title or text. */
  search?: string;
  /** Only articles that mention this entity (id as "per:olaf-scholz"). */
  entity?: string;
}

/** A row of an article listing. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
  source: string;
  chars: number;
  ingestedAt: string;
}

/** The layers annotation sets on an article's text: sentence boundaries, temporal expressions, entity mentions, quotes. */
export type Annotations = Pick<Article, "sentences" | "dates" | "entities" | "quotes">;

export interface StoredArticle extends Article {
  ingestedAt: string;
  duplicateOf: string | null;
}

export interface LineCounts {
  /** How many stored articles the publisher has. */
  articles: number;
  /** For each key asked for that was seen: in how many of them it occurs. */
  counts: Map<string, number>;
}

/** An entity as listed: counts over the stored articles. */
export interface EntitySummary {
  /** Stable id ("per:olaf-scholz"), as set on the mentions by entity normalisation. */
  id: string;
  type: EntityType;
  /** Canonical name, as first stored. */
  name: string;
  /** Stored articles that mention it. */
  articles: number;
  /** Its mentions in them. */
  mentions: number;
}

/** A surface form an entity was mentioned by, with counts. */
export interface EntityAlias {
  alias: string;
  mentions: number;
  articles: number;
}

export interface StoredEntity extends EntitySummary {
  /** Spelling-insensitive match key of the name (see src/nlp/entities/fold.ts). */
  key: string;
  /** Most mentioned first. */
  aliases: EntityAlias[];
  /**
   * For a person: the other persons of the same family name (the last word
   * of the match key), most mentioned first, at most ten — "Horst Köhler"
   * for an article's bare "Köhler" whose first name it never gave. Names
   * are merged inside an article only; across articles this is a pointer,
   * not a merge. [] for other types.
   */
  sameFamilyName: EntitySummary[];
}

export interface EntityFilter {
  type?: EntityType;
  /** Case-insensitive substring of the name or an alias, or of the match key (so "Zelensky" finds "Selenskyj"). */
  search?: string;
  limit?: number;
  offset?: number;
}

/** An article that mentions an entity, with how often. */
export interface EntityArticle extends ArticleSummary {
  mentions: number;
}

/**
 * All storage goes through this interface. Every implementation passes the
 * same test suite (test/store/store.cases.ts).
 */
export interface Store {
  readonly kind: "pglite" | "postgres";
  /**
   * Inserts a batch in one transaction. An article whose hash is already
   * stored (or occurs earlier in the batch) is not stored again: its outcome
   * is "duplicate" with the id of the stored one.
   */
  insertArticles(items: readonly InsertItem[]): Promise<InsertOutcome[]>;
  /** Records further sources at which already-stored articles were seen again (deduplicated). */
  recordSources(pairs: readonly { id: string; source: string }[]): Promise<void>;
  /** Every source the article was seen at (its first one included), in the order they were recorded. */
  sourcesOf(id: string): Promise<string[]>;
  /** For each hash that is stored: hash → article id. */
  findByHashes(hashes: readonly string[]): Promise<Map<string, string>>;
  /**
   * By id or by a unique id prefix of at least 6 characters; null when
   * nothing matches. A prefix that matches several articles throws BAD_ARGUMENT.
   */
  getArticle(idOrPrefix: string): Promise<StoredArticle | null>;
  /** Newest first (by published, then ingested). */
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  countArticles(filter?: ArticleFilter): Promise<number>;
  /** Every matching article, newest first, streamed in pages. */
  iterateArticles(filter?: ArticleFilter): AsyncIterable<StoredArticle>;
  /** Corpus evidence for the furniture cleaner. */
  lineCounts(publisher: string, keys: readonly string[]): Promise<LineCounts>;
  /**
   * Sets the entity mentions of a stored article (its `entities` layer and
   * the entity tables), replacing what it had: counts of entities and
   * aliases change by the difference, so calling it twice adds nothing.
   * Mentions without an `entity` id are kept in the layer but not counted.
   * insertArticles does the same for new articles in its own transaction.
   * Throws NOT_FOUND when the article is not stored.
   */
  upsertEntities(articleId: string, mentions: readonly EntityMention[]): Promise<void>;
  /**
   * Sets the sentences, dates, entities and quotes of a stored article, replacing what it
   * had, in one transaction: the entity counts move by the difference as in
   * upsertEntities. For re-annotating stored articles with a newer pipeline
   * (`lagebild reannotate`). Throws NOT_FOUND when the article is not stored.
   */
  replaceAnnotations(articleId: string, annotations: Annotations): Promise<void>;
  /** One entity with its aliases, or null. */
  getEntity(id: string): Promise<StoredEntity | null>;
  /** Most mentioned first (then most articles, then id). */
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** The stored articles that mention an entity, newest first. */
  articlesOfEntity(id: string, paging?: { limit?: number; offset?: number }): Promise<EntityArticle[]>;
  close(): Promise<void>;
}
