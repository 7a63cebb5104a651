"""Stores: where articles, raw inputs and failures are kept. ``open_store`` picks the backend."""

from __future__ import annotations

from pathlib import Path

from rasd.errors import StoreError
from rasd.store.base import ArticleSummary, FailureRecord, PutResult, Store

__all__ = ["ArticleSummary", "FailureRecord", "PutResult", "Store", "open_store"]


def open_store(location: str | Path) -> Store:
    """A SQLite file path (or ``sqlite:///path``) opens the embedded store; a database URL its backend."""
    location = str(location)
    if location.startswith(("postgresql://", "postgres://")):
        from rasd.store.postgres import PostgresStore

        return PostgresStore(location)
    if location.startswith("sqlite:///"):
        location = location.removeprefix("sqlite:///")
    elif "://" in location:
        raise StoreError(f"unknown store location {location!r}: give a SQLite file path or a postgresql:// URL")
    from rasd.store.sqlite import SQLiteStore

    parent = Path(location).expanduser().resolve().parent
    if not parent.is_dir():
        raise StoreError(f"cannot create the store {location}: folder {parent} does not exist")
    return SQLiteStore(Path(location).expanduser())
