"""The user's knowledge base in the store (SQLite or PostgreSQL): entries added by hand or by CSV, and entries for people
and organizations first met while ingesting, so the same person across articles keeps one ``kb_id``."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from rasd.errors import RasdError, StoreError
from rasd.kb.base import TYPES, KBEntry, alias_key
from rasd.model import Article, Entity

CSV_COLUMNS = ("id", "type", "name_en", "name_ar", "aliases")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def put_entries(store, entries: Iterable[KBEntry]) -> int:
    """Insert or replace entries (and their alias keys) in one transaction; returns how many."""
    count = 0
    try:
        with store.transaction() as conn:
            for entry in entries:
                _put(conn, entry)
                count += 1
    except store.errors as exc:
        raise StoreError(f"could not store knowledge-base entries: {exc}") from None
    return count


def _put(conn, entry: KBEntry) -> None:
    conn.execute(
        "INSERT INTO kb_entities (id, type, name_en, name_ar, aliases, codes, source, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET type = excluded.type,"
        " name_en = excluded.name_en, name_ar = excluded.name_ar, aliases = excluded.aliases,"
        " codes = excluded.codes, source = excluded.source, updated_at = excluded.updated_at",
        (entry.id, entry.type, entry.name_en, entry.name_ar, "|".join(entry.aliases), "|".join(entry.codes),
         entry.source, _now()),
    )
    conn.execute("DELETE FROM kb_aliases WHERE entity_id = ?", (entry.id,))
    keys = {alias_key(a) for a in (entry.name_ar, entry.name_en, *entry.aliases) if a}
    conn.executemany("INSERT INTO kb_aliases (alias_key, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                     [(k, entry.id) for k in keys if k])


def user_entries(conn) -> list[KBEntry]:
    rows = conn.execute("SELECT id, type, name_en, name_ar, aliases, codes, source FROM kb_entities ORDER BY id")
    rows = rows.fetchall()
    return [KBEntry(r[0], r[1], r[2], r[3], tuple(a for a in r[4].split("|") if a),
                    tuple(c for c in r[5].split("|") if c), r[6]) for r in rows]


def read_user_entries(db: str | Path) -> list[KBEntry]:
    """The user's entries in a store (a file, read only, or a database URL); none when the store predates the
    knowledge base."""
    if "://" in str(db):
        from rasd.store import open_store

        with open_store(db) as store, store.reading() as conn:
            return user_entries(conn)
    try:
        conn = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
        try:
            return user_entries(conn)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise StoreError(f"cannot read the knowledge base in {db}: {exc}") from None


def entry_from_fields(id_: str | None, type_: str, name_ar: str, name_en: str | None = None,
                      aliases: Iterable[str] = (), source: str = "user") -> KBEntry:
    """A checked entry; the id defaults to ``user:`` and the alias key of the Arabic name."""
    type_ = type_.upper()
    if type_ not in TYPES:
        raise RasdError("E301", f"entity type {type_!r} is not one of {', '.join(TYPES)}")
    if not name_ar.strip():
        raise RasdError("E301", "an entry needs its Arabic name")
    id_ = id_ or f"{source}:" + alias_key(name_ar).replace(" ", "_")
    return KBEntry(id_, type_, name_en or None, name_ar.strip(), tuple(a.strip() for a in aliases if a.strip()),
                   (), source)


def entries_from_csv(path: Path) -> list[KBEntry]:
    """Rows of a CSV with a header naming ``id,type,name_en,name_ar,aliases`` (aliases separated by |)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise RasdError("E006", f"cannot read {path}: {exc}") from None
    if rows and not {"type", "name_ar"} <= set(rows[0]):
        raise RasdError("E301", f"{path}: the header must name at least type and name_ar (columns: {CSV_COLUMNS})")
    entries = []
    for number, row in enumerate(rows, start=2):
        try:
            entries.append(entry_from_fields(row.get("id") or None, row.get("type") or "", row.get("name_ar") or "",
                                             row.get("name_en"), (row.get("aliases") or "").split("|")))
        except RasdError as error:
            raise RasdError("E301", f"{path} line {number}: {error.message}") from None
    return entries


def link_across_articles(store, article: Article) -> Article:
    """Give every person or organization the knowledge base does not know a stable ``kb_id``: the store
    entry an earlier article made for the same name, or a new ``auto:`` entry. Runs at ingest, before the
    article is stored, so the same person in two articles carries one id."""
    if not hasattr(store, "transaction") or not any(e.kb_id is None for e in article.entities):
        return article
    try:
        with store.transaction() as conn:
            entities = tuple(_stable(conn, e) for e in article.entities)
    except store.errors as exc:
        raise StoreError(f"could not link the entities of article {article.id}: {exc}") from None
    return replace(article, entities=entities)


def _stable(conn, entity: Entity) -> Entity:
    if entity.kb_id or entity.type not in ("PER", "ORG"):
        return entity
    names = {entity.name, *(m.text for m in entity.mentions), *(m.text for m in entity.page_mentions)}
    keys = sorted({alias_key(n) for n in names if n}, key=lambda k: (-len(k.split()), k))
    for key in keys:
        row = conn.execute("SELECT e.id, e.name_en FROM kb_aliases a JOIN kb_entities e ON e.id = a.entity_id"
                           " WHERE a.alias_key = ? AND e.type = ? ORDER BY e.source = 'auto', e.id LIMIT 1",
                           (key, entity.type)).fetchone()
        if row:
            return replace(entity, kb_id=row[0], name_en=row[1] or entity.name_en)
    entry = entry_from_fields(None, entity.type, entity.name, entity.name_en, sorted(names - {entity.name}), "auto")
    _put(conn, entry)
    return replace(entity, kb_id=entry.id)
