-- rasd store on PostgreSQL, version 2: the ingest journal (the SQLite store's 0008_journal.sql).

CREATE TABLE ingest_batches (
    id           TEXT PRIMARY KEY,
    arguments    TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT
);

CREATE TABLE ingest_journal (
    batch_id    TEXT NOT NULL REFERENCES ingest_batches(id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,
    status      TEXT NOT NULL,
    article_id  TEXT,
    done_at     TEXT NOT NULL,
    PRIMARY KEY (batch_id, item_key)
);
