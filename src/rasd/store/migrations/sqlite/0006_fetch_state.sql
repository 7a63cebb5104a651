-- rasd store, version 6: the page URLs feeds and sitemaps have listed and rasd has already read, so that
-- `rasd ingest FEED` and `rasd watch FEED` fetch each listed page once.

CREATE TABLE seen_urls (
    url         TEXT PRIMARY KEY,
    article_id  TEXT,
    listed_by   TEXT,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
CREATE INDEX seen_urls_article ON seen_urls (article_id);
