"""What request handlers are given: the app's :class:`~rasd.api.inputs.Context` and a store per request.

Each request opens its own store connection (cheap for SQLite, and it keeps transactions of concurrent
requests apart) and closes it when the response is sent.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from rasd.api.inputs import Context
from rasd.store import Store, open_store


def get_context(request: Request) -> Context:
    return request.app.state.rasd


def get_store(request: Request) -> Iterator[Store]:
    store = open_store(get_context(request).config.db)
    try:
        yield store
    finally:
        store.close()
