-- rasd store: the user's knowledge base. Entries added with `rasd kb add` / `rasd kb import` (source 'user')
-- and people or organizations first met while ingesting (source 'auto'), layered over the shipped seed.

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
