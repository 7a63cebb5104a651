-- rasd store on PostgreSQL, version 3: search, near-duplicates and story threads — the tables of the SQLite
-- store's migration 0007, with the FTS5 table replaced by search_index(terms tsvector) and a GIN index
-- (rasd.search.postgres writes the analyzer's terms as a tsvector literal: no PostgreSQL dictionary runs).

CREATE TABLE search_docs (
    docid       BIGSERIAL PRIMARY KEY,
    article_id  TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    day         TEXT,
    source      TEXT,
    language    TEXT
);
CREATE INDEX search_docs_day ON search_docs (day);
CREATE INDEX search_docs_source ON search_docs (source);

CREATE TABLE search_index (
    docid  BIGINT PRIMARY KEY REFERENCES search_docs(docid) ON DELETE CASCADE,
    head   TEXT NOT NULL,
    body   TEXT NOT NULL,
    terms  TSVECTOR NOT NULL
);
CREATE INDEX search_index_terms ON search_index USING GIN (terms);

CREATE TABLE search_terms (
    term  TEXT PRIMARY KEY,
    df    INTEGER NOT NULL
);

CREATE TABLE search_vectors (
    docid   BIGINT PRIMARY KEY REFERENCES search_docs(docid) ON DELETE CASCADE,
    vector  TEXT NOT NULL
);

CREATE TABLE search_entities (
    key    TEXT NOT NULL,
    docid  BIGINT NOT NULL REFERENCES search_docs(docid) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    type   TEXT NOT NULL,
    PRIMARY KEY (key, docid)
);
CREATE INDEX search_entities_doc ON search_entities (docid);

CREATE TABLE search_topics (
    code   TEXT NOT NULL,
    docid  BIGINT NOT NULL REFERENCES search_docs(docid) ON DELETE CASCADE,
    label  TEXT NOT NULL,
    PRIMARY KEY (code, docid)
);
CREATE INDEX search_topics_doc ON search_topics (docid);

CREATE TABLE search_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO search_meta (key, value) VALUES ('needs_reindex', '1');

CREATE TABLE minhash_bands (
    band        INTEGER NOT NULL,
    key         BYTEA   NOT NULL,
    article_id  TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
);
CREATE INDEX minhash_bands_article ON minhash_bands (article_id);

CREATE TABLE near_dups (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    canonical_id  TEXT NOT NULL,
    signature     BYTEA NOT NULL,
    similarity    DOUBLE PRECISION,
    day           TEXT,
    length        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX near_dups_canonical ON near_dups (canonical_id);

CREATE TABLE threads (
    id            TEXT PRIMARY KEY,
    title         TEXT,
    first_day     TEXT,
    last_day      TEXT,
    size          INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL
);
CREATE INDEX threads_last ON threads (last_day);

CREATE TABLE thread_members (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    thread_id   TEXT NOT NULL,
    score       DOUBLE PRECISION,
    joined_at   TEXT NOT NULL
);
CREATE INDEX thread_members_thread ON thread_members (thread_id);
