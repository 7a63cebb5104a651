-- rasd store, version 1: raw inputs (compressed), articles (the JSON record plus columns to list and
-- filter on), and failures (inputs that could not be read, with the reason).

CREATE TABLE raw_documents (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT    NOT NULL UNIQUE,
    location     TEXT    NOT NULL,
    source_kind  TEXT    NOT NULL,
    url          TEXT,
    media_type   TEXT,
    encoding     TEXT,
    fetched_at   TEXT,
    headers      TEXT    NOT NULL DEFAULT '[]',
    size         INTEGER NOT NULL,
    compression  TEXT    NOT NULL DEFAULT 'zlib',
    content      BLOB    NOT NULL,
    first_seen   TEXT    NOT NULL
);

CREATE TABLE articles (
    id           TEXT    PRIMARY KEY,
    raw_id       INTEGER REFERENCES raw_documents(id),
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

CREATE TABLE failures (
    id          INTEGER PRIMARY KEY,
    location    TEXT NOT NULL,
    code        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);
CREATE INDEX failures_time ON failures (occurred_at);
