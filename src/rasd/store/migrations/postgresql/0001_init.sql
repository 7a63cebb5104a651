-- rasd store on PostgreSQL, version 1: the tables of the SQLite store's migrations 0001-0006 (raw inputs,
-- articles, failures, knowledge base, events, seen URLs) with the same columns, so `rasd migrate` copies rows
-- as they are. Times are ISO-8601 text, as in SQLite, so both stores sort and compare them the same way.

CREATE TABLE raw_documents (
    id           BIGSERIAL PRIMARY KEY,
    content_hash TEXT    NOT NULL UNIQUE,
    location     TEXT    NOT NULL,
    source_kind  TEXT    NOT NULL,
    url          TEXT,
    media_type   TEXT,
    encoding     TEXT,
    fetched_at   TEXT,
    headers      TEXT    NOT NULL DEFAULT '[]',
    size         BIGINT  NOT NULL,
    compression  TEXT    NOT NULL DEFAULT 'zlib',
    content      BYTEA   NOT NULL,
    first_seen   TEXT    NOT NULL
);
ALTER TABLE raw_documents ALTER COLUMN content SET STORAGE EXTERNAL;  -- already compressed: no second pass

CREATE TABLE articles (
    id           TEXT    PRIMARY KEY,
    raw_id       BIGINT  REFERENCES raw_documents(id),
    url          TEXT,
    title        TEXT,
    headline     TEXT,
    source_name  TEXT,
    language     TEXT,
    published    TEXT,
    record       TEXT    NOT NULL,
    rasd_version TEXT    NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_updated ON articles (updated_at);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_id_prefix ON articles (id text_pattern_ops);

CREATE TABLE failures (
    id          BIGSERIAL PRIMARY KEY,
    location    TEXT NOT NULL,
    code        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);
CREATE INDEX failures_time ON failures (occurred_at);

CREATE TABLE kb_entities (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    name_en    TEXT,
    name_ar    TEXT,
    aliases    TEXT NOT NULL DEFAULT '',
    codes      TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'user',
    updated_at TEXT NOT NULL
);

CREATE TABLE kb_aliases (
    alias_key TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES kb_entities(id) ON DELETE CASCADE,
    PRIMARY KEY (alias_key, entity_id)
);
CREATE INDEX kb_aliases_entity ON kb_aliases (entity_id);

CREATE TABLE event_reports (
    id          TEXT    PRIMARY KEY,
    article_id  TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id    TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    time        TEXT,
    published   TEXT,
    record      TEXT    NOT NULL
);
CREATE INDEX event_reports_article ON event_reports (article_id);
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_type ON event_reports (type);

CREATE TABLE events (
    id              TEXT    PRIMARY KEY,
    type            TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    contested       INTEGER NOT NULL,
    reports         INTEGER NOT NULL,
    first_report    TEXT    NOT NULL,
    first_published TEXT,
    time            TEXT,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_first ON events (first_published);

CREATE TABLE seen_urls (
    url         TEXT PRIMARY KEY,
    article_id  TEXT,
    listed_by   TEXT,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
CREATE INDEX seen_urls_article ON seen_urls (article_id);
