-- rasd store, events: one row per event report (an event as one article reports it) and one per merged event
-- (the reports of the same event across articles). Rows are rewritten whenever an article is stored.

CREATE TABLE event_reports (
    id          TEXT    PRIMARY KEY,            -- <article id>.<index>
    article_id  TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id    TEXT    NOT NULL,               -- the merged event it belongs to
    type        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    time        TEXT,
    published   TEXT,
    record      TEXT    NOT NULL                -- the Event record (JSON)
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
