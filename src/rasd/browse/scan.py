"""Every stored article, for the scans in this package (the interim engine until an index lands)."""

from __future__ import annotations

from collections.abc import Iterator

from rasd.model import Article
from rasd.search.documents import published_day

__all__ = ["all_articles", "published_day"]
from rasd.store import Store


def all_articles(store: Store) -> Iterator[Article]:
    """Every article in the store, in id order (a store without ``iter_articles`` is paged by its listing)."""
    iterate = getattr(store, "iter_articles", None)
    if iterate is not None:
        yield from iterate()
        return
    offset = 0
    while page := store.list_articles(limit=200, offset=offset):
        for summary in page:
            yield store.get(summary.id)
        offset += len(page)


