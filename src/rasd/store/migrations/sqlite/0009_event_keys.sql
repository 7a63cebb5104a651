-- rasd store, version 9: who each event report is about, one row per participant key (a KB entity, an English
-- name or a folded Arabic name: rasd.events.merge.arg_key), so a new report is compared only with the stored
-- reports of the same type that share a participant and were published near it — not with every report of
-- its type. Filled for stores made before this version when the store is next opened.

CREATE TABLE event_keys (
    report_id   TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    key         TEXT NOT NULL,
    day         TEXT,                             -- the report's publication day, YYYY-MM-DD
    PRIMARY KEY (report_id, key)
);
CREATE INDEX event_keys_lookup ON event_keys (type, key, day);
CREATE INDEX event_keys_article ON event_keys (article_id);
