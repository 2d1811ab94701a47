-- Entities across articles: one row per entity id (type + canonical name, see
-- src/nlp/entities/id.ts), the surface forms it was mentioned by, and each mention.
-- Counts grow only when a new article is stored (duplicates add nothing).

CREATE TABLE entities (
  id        text COLLATE "C" PRIMARY KEY,  -- e.g. "per:olaf-scholz"
  type      text NOT NULL,                 -- PER, ORG, LOC, MISC
  name      text NOT NULL,                 -- canonical name, as first stored
  key       text NOT NULL,                 -- match key (spelling-insensitive), for search
  articles  integer NOT NULL,              -- stored articles that mention it
  mentions  integer NOT NULL               -- mentions in them
);

CREATE INDEX entities_by_mentions ON entities (mentions DESC, articles DESC, id);
CREATE INDEX entities_by_type ON entities (type, mentions DESC, articles DESC, id);

-- The surface forms an entity was mentioned by ("Scholz", "Kanzler Scholz", "Scholz'").
CREATE TABLE entity_aliases (
  entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias     text NOT NULL,
  mentions  integer NOT NULL,
  articles  integer NOT NULL,
  PRIMARY KEY (entity_id, alias)
);

-- Every mention of an entity in a stored article (offsets into the article's clean text).
CREATE TABLE entity_mentions (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  span_start integer NOT NULL,
  span_end   integer NOT NULL,
  entity_id  text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  text       text NOT NULL,
  PRIMARY KEY (article_id, span_start, span_end)
);

CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id, article_id);
