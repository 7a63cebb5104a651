-- rasd store, version 8: the ingest journal. A batch (one `rasd ingest` over the same inputs) records each
-- input it has finished in the same transaction that stores the article or the failure, so a batch that was
-- interrupted (Ctrl-C, a crash, kill -9) resumes where it stopped and ingests nothing twice.

CREATE TABLE ingest_batches (
    id           TEXT PRIMARY KEY,                -- hash of the inputs and the options
    arguments    TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT                             -- NULL while the batch is unfinished
);

CREATE TABLE ingest_journal (
    batch_id    TEXT NOT NULL REFERENCES ingest_batches(id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,                    -- the input's location and content hash
    status      TEXT NOT NULL,                    -- stored | failed
    article_id  TEXT,
    done_at     TEXT NOT NULL,
    PRIMARY KEY (batch_id, item_key)
);
