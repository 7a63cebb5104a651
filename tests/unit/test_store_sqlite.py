"""What only the SQLite store does: user_version migrations, compressed raw inputs in the file, locations.

The store contract on both backends is in test_store_backends.py."""

import sqlite3
from dataclasses import replace

import pytest

from rasd.errors import Failure, NotFound, RasdError, StoreError
from rasd.model import Article, Block, RawDocument
from rasd.store import open_store
from rasd.store.sqlite import SQLiteStore, migrations

TEXT = "قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل."


def article(id="a1", text=TEXT, title="عنوان") -> Article:
    return Article(id=id, text=text, title=title, headline=title, blocks=(Block("paragraph", text, 0, len(text)),))


def raw(content="صفحة".encode()) -> RawDocument:
    return RawDocument(content=content, location="page.txt")


def test_new_store_is_migrated(db_path):
    with open_store(db_path) as store:
        assert store.schema_version == migrations()[-1][0]
        assert store.migrate() == []  # nothing left to run


def test_raw_input_is_kept_compressed_and_restored(db_path):
    content = ("نص طويل " * 5000).encode()
    with open_store(db_path) as store:
        store.put(raw(content), article())
        assert store.raw_for("a1").content == content
    size = sqlite3.connect(db_path).execute("SELECT length(content), size FROM raw_documents").fetchone()
    assert size[0] < size[1] / 10


def test_failures_are_recorded_with_reasons(db_path):
    with open_store(db_path) as store:
        store.record_failure(Failure("bad.txt", "E002", "binary input: control bytes"))
        (row,) = store.failures()
        assert (row.location, row.code, row.reason) == ("bad.txt", "E002", "binary input: control bytes")


def test_newer_schema_is_refused(db_path):
    SQLiteStore(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError) as info:
        SQLiteStore(db_path)
    assert info.value.code == "E203"


def test_opening_retries_a_store_another_process_is_switching_to_wal(db_path, monkeypatch):
    # Two processes creating one file can both hit SQLite's deadlock guard, which answers "locked" at once.
    real, attempts = SQLiteStore._open, []

    def busy_twice(self):
        attempts.append(1)
        if len(attempts) <= 2:
            raise sqlite3.OperationalError("database is locked")
        real(self)

    monkeypatch.setattr(SQLiteStore, "_open", busy_twice)
    with SQLiteStore(db_path) as store:
        assert store.count() == 0 and len(attempts) == 3


def test_a_store_that_stays_locked_is_an_error_that_says_so(db_path, monkeypatch):
    def always_busy(self):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(SQLiteStore, "_open", always_busy)
    with pytest.raises(StoreError, match="database is locked"):
        SQLiteStore(db_path, patience=0.2)


def test_bad_locations(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing-folder" / "x.db")
    with pytest.raises(StoreError):
        open_store("ftp://example.com/x")
