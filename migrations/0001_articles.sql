-- Articles, the sources they were seen at, and the cleaner's corpus evidence.
-- Plain SQL for PostgreSQL 15+ and PGlite. Each migration runs in its own transaction.

CREATE TABLE articles (
  id               text COLLATE "C" PRIMARY KEY,
  hash             text COLLATE "C" NOT NULL UNIQUE,
  source           text NOT NULL,
  format           text NOT NULL,
  url              text,
  title            text,
  publisher        text,
  author           text,
  published        text,                -- as the source gave it (ISO 8601)
  published_at     timestamptz,         -- `published` parsed, null when not a valid date
  published_source text,
  language         text,
  text             text NOT NULL,
  chars            integer NOT NULL,    -- length of `text` in UTF-16 code units
  raw              text NOT NULL,
  extraction       text,
  doc              jsonb NOT NULL,      -- removed, sentences, entities, quotes, dates, layers
  ingested_at      timestamptz NOT NULL DEFAULT now(),
  duplicate_of     text COLLATE "C" REFERENCES articles (id) ON DELETE SET NULL
);

-- Newest first: published desc (nulls last), then ingested desc, then id desc.
CREATE INDEX articles_newest ON articles (published_at DESC NULLS LAST, ingested_at DESC, id DESC);
CREATE INDEX articles_language ON articles (language, published_at DESC NULLS LAST, ingested_at DESC, id DESC);
CREATE INDEX articles_publisher ON articles (publisher, published_at DESC NULLS LAST, ingested_at DESC, id DESC);

-- Every source an article was seen at (its first one included).
CREATE TABLE article_sources (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source     text NOT NULL,
  seen_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, source)
);

-- How many stored articles each publisher has ("" for none).
CREATE TABLE publisher_stats (
  publisher text PRIMARY KEY,
  articles  integer NOT NULL
);

-- In how many of a publisher's stored articles a normalised line occurs.
CREATE TABLE line_stats (
  publisher text NOT NULL,
  key       text NOT NULL,
  articles  integer NOT NULL,
  PRIMARY KEY (publisher, key)
);

-- Trigram indexes for the ILIKE text search, where pg_trgm can be had
-- (PGlite loads it; on PostgreSQL it needs the contrib package and the right
-- to create it). Without it the search still works, by a sequential scan.
DO $$
DECLARE
  ext_schema text;
BEGIN
  SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_trgm';
  IF ext_schema IS NULL THEN
    BEGIN
      CREATE EXTENSION pg_trgm;
      SELECT n.nspname INTO ext_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
       WHERE e.extname = 'pg_trgm';
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'pg_trgm is not available (%); text search runs without a trigram index', SQLERRM;
      RETURN;
    END;
  END IF;
  EXECUTE format('CREATE INDEX articles_title_trgm ON articles USING gin (title %I.gin_trgm_ops)', ext_schema);
  EXECUTE format('CREATE INDEX articles_text_trgm ON articles USING gin (text %I.gin_trgm_ops)', ext_schema);
END
$$;
