"""What request handlers are given: the app's :class:`~rasd.api.inputs.Context` and a store.

A SQLite store is opened per request (cheap, and it keeps transactions of concurrent requests apart) and
closed when the response is sent. A PostgreSQL store is opened once, on the first request, and shared: its
connection pool hands each request its own connection; the app closes it when it shuts down.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from fastapi import Request

from rasd.api.inputs import Context
from rasd.store import Store, open_store
from rasd.store.postgres import is_postgres_url


class SharedStore:
    """The app's one PostgreSQL store, opened on first use."""

    def __init__(self, db: str):
        self.db = db
        self._store: Store | None = None
        self._lock = threading.Lock()

    def get(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = open_store(self.db)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def get_context(request: Request) -> Context:
    return request.app.state.rasd


def get_store(request: Request) -> Iterator[Store]:
    db = get_context(request).config.db
    if is_postgres_url(db):
        yield request.app.state.shared_store.get()
        return
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()
