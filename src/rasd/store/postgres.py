"""The PostgreSQL store, for a newsroom's server: the same operations as the SQLite store
(:mod:`rasd.store.sql`) over psycopg 3 with a connection pool, so many workers can ingest at once.

Schema changes are numbered SQL files in ``migrations/postgresql`` (their own sequence), recorded in the
``rasd_schema`` table and run under an advisory lock, so workers opening the store together migrate it once.
Unique keys and upserts keep concurrent writers from duplicating anything; every write transaction also
takes a transaction-level advisory lock, so writers take turns exactly as they do on SQLite (``BEGIN
IMMEDIATE``) and merging events or linking entities sees every earlier write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from rasd.errors import StoreError
from rasd.search.dialect import postgres_dialect
from rasd.store.sql import SQLStore
from rasd.store.sqlite import migrations

MIGRATIONS = "migrations/postgresql"
WRITE_LOCK = 0x72617364  # "rasd": writers take turns
MIGRATE_LOCK = 0x72617365


def is_postgres_url(location: str) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


class Rows(list):
    """Fetched rows, read like a DB-API cursor (``fetchone``, ``fetchall``, iteration)."""

    def fetchone(self) -> Any:
        return self[0] if self else None

    def fetchall(self) -> list:
        return list(self)


class Connection:
    """A psycopg connection that takes the ``?`` placeholders the shared SQL is written with."""

    arrays = True  # a Python list is one array parameter (``= ANY(?)``): see rasd.stories.sqlite.rows_in

    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    def execute(self, sql: str, params: tuple = ()) -> Rows:
        cursor = self._conn.execute(_placeholders(sql), params)
        return Rows(cursor.fetchall() if cursor.description else [])

    def executemany(self, sql: str, rows) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(_placeholders(sql), list(rows))


def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    """Articles, raw inputs, failures, knowledge base, events and the batch journal in a PostgreSQL database."""

    errors = (psycopg.Error,)
    dialect = postgres_dialect()

    def __init__(self, url: str, pool_size: int = 4):
        self.location = _redacted(url)
        try:
            self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, kwargs={"autocommit": True},
                                        open=True, timeout=30, name="rasd")
            self._pool.wait(timeout=15)
            self.migrate()
            self.derive_if_needed()
        except (psycopg.Error, PoolTimeout) as exc:
            self._close_quietly()
            raise StoreError(f"cannot open the PostgreSQL store at {self.location}: {_reason(exc)}") from None

    @property
    def schema_version(self) -> int:
        rows = self._query("SELECT coalesce(max(version), 0) FROM rasd_schema")
        return int(rows[0][0])

    def migrate(self) -> list[str]:
        """Run the migrations this database has not seen; returns their names."""
        shipped = migrations(MIGRATIONS)
        newest = shipped[-1][0] if shipped else 0
        applied = []
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS rasd_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                         " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            current = conn.execute("SELECT coalesce(max(version), 0) FROM rasd_schema").fetchone()[0]
            if current > newest:
                raise StoreError(f"{self.location} has schema version {current}; this rasd knows up to {newest}",
                                 "E203")
            for number, name, sql in shipped:
                if number > current:
                    conn.execute(sql)
                    conn.execute("INSERT INTO rasd_schema (version, name) VALUES (%s, %s)", (number, name))
                    applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield Connection(conn)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._pool.connection() as conn:
            yield Connection(conn)

    def close(self) -> None:
        self._pool.close()

    def _close_quietly(self) -> None:
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.close()


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "postgresql://…"
    host, port, db = info.get("host", "localhost"), info.get("port", "5432"), info.get("dbname", "")
    user = f"{info['user']}@" if info.get("user") else ""
    return f"postgresql://{user}{host}:{port}/{db}"


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
