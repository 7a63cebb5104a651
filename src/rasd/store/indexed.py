"""Search, near-duplicates and story threads in a store, for both backends.

:class:`IndexedStore` keeps them current on every write (``index_article``, called by ``put`` in the same
transaction) and answers the reads :mod:`rasd.search.engine`, :mod:`rasd.browse` and the CLI make. What differs
between SQLite and PostgreSQL is the backend's :class:`~rasd.search.dialect.SearchDialect`.
"""

from __future__ import annotations

from typing import Any

from rasd.model import Article
from rasd.search import sqlite as search_sql
from rasd.search.dialect import SearchDialect
from rasd.search.documents import index_document
from rasd.stories import sqlite as stories_sql
from rasd.stories import threads as threads_sql


class IndexedStore:
    """Mixed into :class:`rasd.store.sql.SQLStore`; a backend sets :attr:`dialect`."""

    dialect: SearchDialect
    _analyzer: Any = None
    _near_dups: Any = None

    @property
    def analyzer(self):
        """The search analyzer (:class:`rasd.arabic.analyzer.Analyzer`), built on first use."""
        if self._analyzer is None:
            from rasd.search.query import make_analyzer

            self._analyzer = make_analyzer()
        return self._analyzer

    @property
    def near_dups(self):
        """The MinHash signer (:class:`rasd.stories.dups.NearDuplicates`), built on first use."""
        if self._near_dups is None:
            from rasd.stories.dups import NearDuplicates

            self._near_dups = NearDuplicates()
        return self._near_dups

    def prepare_index(self, article: Article) -> tuple:
        """What indexing an article computes from the article alone (its index document and MinHash
        signature): done before the write transaction, so writers hold the store's write lock for less."""
        doc = index_document(article, self.analyzer)
        return doc, self.near_dups.signature(doc.body.split())

    def index_article(self, conn, article: Article, stamp: str, prepared: tuple | None = None) -> None:
        """The search index, near-duplicate groups and story threads, updated for one stored article."""
        doc, signature = prepared or self.prepare_index(article)
        docid = self.dialect.write_document(conn, doc)
        stories_sql.write_vector(conn, docid, doc.head, doc.body)
        stories_sql.group_duplicates(conn, article.id, doc.day, len(article.text), signature)
        threads_sql.assign(conn, article.id, article.headline or article.title, doc.day, stamp, self.dialect.by_text)

    def reindex_if_needed(self) -> None:
        """Rebuild the index when it was never built or another analyzer built it (the analyzer loads only then)."""
        from rasd.search.query import search_analyzer_key

        with self.reading() as conn:
            needed = search_sql.needs_reindex(conn, search_analyzer_key())
        if needed:
            self.reindex()

    def reindex(self) -> int:
        """Rebuild the search index (and near-duplicates and threads) from every stored article."""
        from rasd.store.sql import now

        articles = sorted(self.iter_articles(), key=lambda a: (a.published.value or "9999", a.id))
        with self.transaction() as conn:
            search_sql.clear_index(conn)
            stories_sql.clear_duplicates(conn)
            threads_sql.clear_threads(conn)
            for article in articles:
                self.index_article(conn, article, now())
            search_sql.mark_indexed(conn, self.analyzer.key)
        return len(articles)

    def search_index(self, query, filters, sort="relevance", limit=20, offset=0, facets=True):
        """One page of the search index's matches (:func:`rasd.search.sqlite.run_query`)."""
        with self.reading() as conn:
            return search_sql.run_query(conn, query, filters, sort, limit, offset, facets, hits=self.dialect.hits)

    def copies_of(self, article_id: str) -> tuple[str, ...]:
        """Ids of the near-duplicates folded under ``article_id`` (its copies), oldest id first."""
        rows = self._query("SELECT article_id FROM near_dups WHERE canonical_id = ? AND article_id <> ?"
                           " ORDER BY article_id", (article_id, article_id))
        return tuple(row[0] for row in rows)

    def canonical_of(self, article_id: str) -> str | None:
        """The canonical article of the near-duplicate group ``article_id`` belongs to."""
        with self.reading() as conn:
            return stories_sql.canonical_of(conn, self.resolve_id(article_id))

    def neighbours(self, article_id: str, window: int | None = None):
        """Candidate related articles, unscored (:func:`rasd.stories.sqlite.neighbours`)."""
        with self.reading() as conn:
            return stories_sql.neighbours(conn, self.resolve_id(article_id), window,
                                          text_search=self.dialect.by_text)

    def thread_of(self, wanted: str) -> str | None:
        """The id of the thread ``wanted`` names (a thread id or an article id), or None."""
        with self.reading() as conn:
            return threads_sql.thread_of(conn, wanted)

    def thread_members(self, thread_id: str) -> list[str]:
        """The article ids of a thread, by publication day."""
        with self.reading() as conn:
            return threads_sql.members(conn, thread_id)

    def thread_ids(self, min_articles: int = 2, limit: int = -1, offset: int = 0) -> tuple[int, list[str]]:
        """(total, one page of thread ids with ``min_articles`` or more, largest then latest first)."""
        with self.reading() as conn:
            return threads_sql.list_thread_ids(conn, min_articles, limit, offset)
