"""Moving up: copy every table of a SQLite store into a PostgreSQL store (``rasd migrate``).

Rows keep their ids (raw inputs included, still zlib-compressed), so articles keep pointing at their raw
inputs and event reports at their events. Rows already in the target are left alone, so an interrupted copy
is finished by running it again. The target's sequences are moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import RasdError
from rasd.store.postgres import PostgresStore, is_postgres_url
from rasd.store.sqlite import SQLiteStore

# In an order that satisfies the foreign keys; (table, conflict target).
TABLES = (
    ("raw_documents", "id"), ("articles", "id"), ("failures", "id"), ("kb_entities", "id"),
    ("kb_aliases", "alias_key, entity_id"), ("event_reports", "id"), ("event_keys", "report_id, key"),
    ("events", "id"), ("seen_urls", "url"), ("ingest_batches", "id"), ("ingest_journal", "batch_id, item_key"),
)
SEQUENCES = ("raw_documents", "failures")


@dataclass(frozen=True, slots=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int


def copy_store(source: str | Path, target: str, batch: int = 500,
               on_rows: Callable[[str, int], None] | None = None) -> list[TableCopy]:
    """Copy the SQLite store at ``source`` into the PostgreSQL store at ``target``; rows per table after."""
    if not is_postgres_url(target):
        raise RasdError("E301", f"--to must be a postgresql:// URL, not {target!r}")
    if "://" in str(source) or not Path(source).is_file():
        raise RasdError("E301", f"--from must be an existing SQLite store file, not {str(source)!r}")
    copied = []
    with SQLiteStore(source) as src, PostgresStore(target) as dst:
        for table, key in TABLES:
            _copy_table(src, dst, table, key, batch, on_rows)
            copied.append(TableCopy(table, _count(src, table), _count(dst, table)))
        with dst.transaction() as conn:
            for table in SEQUENCES:
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                             f" GREATEST((SELECT max(id) FROM {table}), 1))")
        dst.reindex()  # search index, near-duplicates and threads, built by the target's own backend
    return copied


def _copy_table(src: SQLiteStore, dst: PostgresStore, table: str, key: str, batch: int,
                on_rows: Callable[[str, int], None] | None) -> None:
    columns = [row[1] for row in src._conn.execute(f"PRAGMA table_info({table})")]
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
           f" ON CONFLICT ({key}) DO NOTHING")
    cursor = src._conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
    while rows := cursor.fetchmany(batch):
        with dst.transaction() as conn:
            conn.executemany(sql, [tuple(row) for row in rows])
        if on_rows:
            on_rows(table, len(rows))


def _count(store: SQLiteStore | PostgresStore, table: str) -> int:
    with store.reading() as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
