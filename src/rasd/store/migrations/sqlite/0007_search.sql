-- rasd store, version 7: search, near-duplicates and story threads (rasd.search, rasd.stories).
--
-- search_index holds, per article, the terms the search analyzer (rasd.arabic.analyzer) gives its head
-- (title, headline, kicker, deck) and its body: analyzed terms, never raw text, so FTS5's tokenizer only splits
-- them on spaces. Its rowid is search_docs.docid. Articles stored before this version are indexed when the
-- store is opened after the migration (and by `rasd reindex`); search_meta records the analyzer key.

CREATE VIRTUAL TABLE search_index USING fts5(
    head, body, tokenize = "unicode61 remove_diacritics 0 tokenchars '.,'"
);

CREATE TABLE search_docs (
    docid       INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    day         TEXT,                            -- publication day, YYYY-MM-DD
    source      TEXT,
    language    TEXT
);
CREATE INDEX search_docs_day ON search_docs (day);
CREATE INDEX search_docs_source ON search_docs (source);

-- How many documents hold each term (idf for related stories and threads), kept by the write path.
CREATE TABLE search_terms (
    term  TEXT PRIMARY KEY,
    df    INTEGER NOT NULL
) WITHOUT ROWID;

-- Each article's term frequencies (JSON {term: count}, head terms counted twice): related stories and threads
-- weigh them with the current idf and compare them.
CREATE TABLE search_vectors (
    docid   INTEGER PRIMARY KEY REFERENCES search_docs(docid) ON DELETE CASCADE,
    vector  TEXT NOT NULL
);

CREATE TABLE search_entities (
    key    TEXT NOT NULL,                        -- kb_id, else TYPE:name
    docid  INTEGER NOT NULL REFERENCES search_docs(docid) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    type   TEXT NOT NULL,
    PRIMARY KEY (key, docid)
) WITHOUT ROWID;
CREATE INDEX search_entities_doc ON search_entities (docid);

CREATE TABLE search_topics (
    code   TEXT NOT NULL,
    docid  INTEGER NOT NULL REFERENCES search_docs(docid) ON DELETE CASCADE,
    label  TEXT NOT NULL,
    PRIMARY KEY (code, docid)
) WITHOUT ROWID;
CREATE INDEX search_topics_doc ON search_topics (docid);

CREATE TABLE search_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO search_meta (key, value) VALUES ('needs_reindex', '1');

-- Near-duplicates: MinHash signatures, their LSH band keys, and the group each article belongs to
-- (canonical_id: the group's canonical article; an article alone is its own canonical).
CREATE TABLE minhash_bands (
    band        INTEGER NOT NULL,
    key         BLOB    NOT NULL,
    article_id  TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands (article_id);

CREATE TABLE near_dups (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    canonical_id  TEXT NOT NULL,
    signature     BLOB NOT NULL,                 -- MinHash hash values (uint64, little-endian)
    similarity    REAL,                          -- estimated Jaccard with the canonical article
    day           TEXT,                          -- publication day (the earliest is canonical)
    length        INTEGER NOT NULL DEFAULT 0     -- text length (then the longest)
);
CREATE INDEX near_dups_canonical ON near_dups (canonical_id);

-- Story threads, built incrementally: each new article joins the best-matching open thread or starts one.
CREATE TABLE threads (
    id            TEXT PRIMARY KEY,              -- the id of its first article
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
    score       REAL,
    joined_at   TEXT NOT NULL
);
CREATE INDEX thread_members_thread ON thread_members (thread_id);
