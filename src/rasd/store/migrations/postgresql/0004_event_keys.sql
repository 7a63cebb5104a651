-- rasd store on PostgreSQL, version 4 (the SQLite store's 0009_event_keys.sql): who each event report is
-- about, one row per participant key (rasd.events.merge.arg_key), so a new report is compared only with the
-- stored reports of the same type that share a participant and were published near it. Filled for stores
-- made before this version when the store is next opened.

CREATE TABLE event_keys (
    report_id   TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    key         TEXT NOT NULL,
    day         TEXT,
    PRIMARY KEY (report_id, key)
);
CREATE INDEX event_keys_lookup ON event_keys (type, key, day);
CREATE INDEX event_keys_article ON event_keys (article_id);
