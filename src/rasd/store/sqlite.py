"""The embedded default store: one SQLite file, no set-up.

Schema changes are numbered SQL files in ``migrations/sqlite``; the file's ``PRAGMA user_version`` says
which have run, and each runs in its own transaction. Every write runs in one ``BEGIN IMMEDIATE``
transaction, so writers (several processes included) take turns. The operations are in
:mod:`rasd.store.sql`, shared with the PostgreSQL store.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from rasd.errors import StoreError
from rasd.search.dialect import sqlite_dialect
from rasd.store.sql import SQLStore

MIGRATIONS = "migrations/sqlite"
# Two processes opening a new file at once can meet SQLite's deadlock guard while both switch it to WAL: that
# "database is locked" comes back at once, without the busy timeout, so opening retries it for this long.
OPEN_PATIENCE = 60.0


def migrations(folder: str = MIGRATIONS) -> list[tuple[int, str, str]]:
    """(number, name, SQL) of every migration shipped with rasd in ``folder``, in order."""
    found = []
    for entry in resources.files("rasd.store").joinpath(folder).iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class SQLiteStore(SQLStore):
    """Articles, raw inputs and failures in one SQLite file."""

    errors = (sqlite3.Error,)
    dialect = sqlite_dialect()

    def __init__(self, path: str | Path, patience: float = OPEN_PATIENCE):
        self.path = self.location = str(path)
        deadline = time.monotonic() + patience
        for pause in _pauses():
            try:
                self._open()
                return
            except sqlite3.OperationalError as exc:
                self._close_quietly()
                if not _busy(exc) or time.monotonic() + pause > deadline:
                    raise StoreError(f"cannot open the SQLite store at {self.path}: {_said(exc)}") from None
                time.sleep(pause)
            except sqlite3.Error as exc:
                self._close_quietly()
                raise StoreError(f"cannot open the SQLite store at {self.path}: {_said(exc)}") from None

    def _open(self) -> None:
        """Connect, switch to WAL and bring the schema and derived tables up to date (each step idempotent)."""
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self._conn.row_factory = sqlite3.Row
        for pragma in ("busy_timeout=30000", "journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL"):
            self._conn.execute(f"PRAGMA {pragma}")
        self.migrate()
        self.derive_if_needed()

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> list[str]:
        """Run the migrations this file has not seen; returns their names."""
        shipped = migrations()
        current = self.schema_version
        newest = shipped[-1][0] if shipped else 0
        if current > newest:
            raise StoreError(f"{self.path} has schema version {current}; this rasd knows up to {newest}", "E203")
        applied = []
        for number, name, sql in shipped:
            if number > current and self._apply(number, sql):
                applied.append(name)
        return applied

    def _apply(self, number: int, sql: str) -> bool:
        """Run one migration in its own write transaction, unless another process ran it meanwhile."""
        with self.transaction() as conn:
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                return False
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        return True

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        yield self._conn

    def close(self) -> None:
        self._conn.close()


def _statements(script: str) -> list[str]:
    """The SQL statements of a migration script, one by one (so they run inside one transaction)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;").strip() and not _only_comments(pending):
                statements.append(pending)
            pending = ""
    return statements


def _only_comments(sql: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())


def _pauses() -> Iterator[float]:
    """Growing pauses between attempts to open a busy store: 0.05 s doubling up to 2 s."""
    pause = 0.05
    while True:
        yield pause
        pause = min(pause * 2, 2.0)


def _busy(exc: sqlite3.OperationalError) -> bool:
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


def _said(exc: sqlite3.Error) -> str:
    name = getattr(exc, "sqlite_errorname", "")
    return f"{exc} ({name})" if name else str(exc)
