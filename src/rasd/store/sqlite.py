"""The embedded default store: one SQLite file, no set-up.

Schema changes are numbered SQL files in ``migrations/sqlite``; the file's ``PRAGMA user_version`` says
which have run, and each runs in its own transaction. Raw inputs are kept zlib-compressed so any article
can be re-analyzed by a newer pipeline. Every write runs in one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from rasd.errors import Failure, NotFound, RasdError, StoreError
from rasd.model import Article, RawDocument
from rasd.serialize import article_from_json, article_to_json
from rasd.store.base import ArticleSummary, FailureRecord, PutResult
from rasd.store.events import get_event, list_events
from rasd.store.events import write_reports as write_event_reports
from rasd.search import sqlite as search_sql
from rasd.search.documents import index_document
from rasd.stories import sqlite as stories_sql
from rasd.stories import threads as threads_sql

MIGRATIONS = "migrations/sqlite"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, SQL) of every migration shipped with rasd, in order."""
    folder = resources.files("rasd.store").joinpath(MIGRATIONS)
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class SQLiteStore:
    """Articles, raw inputs and failures in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._analyzer = None
        self._near_dups = None
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=10000", "synchronous=NORMAL"):
                self._conn.execute(f"PRAGMA {pragma}")
            self.migrate()
            if search_sql.needs_reindex(self._conn, self.analyzer.key):
                self.reindex()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the SQLite store at {self.path}: {exc}") from None

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

    # -------------------------------------------------------------- schema

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
            if number > current:
                self._conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
                applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -------------------------------------------------------------- writes

    def put(self, raw: RawDocument, article: Article) -> PutResult:
        record = json.dumps(article_to_json(article), ensure_ascii=False)
        try:
            with self.transaction() as conn:
                raw_id = self._put_raw(conn, raw)
                action = self._put_article(conn, article, record, raw_id)
                if action != "unchanged":
                    write_event_reports(conn, article)
                    self._index(conn, article)
        except sqlite3.Error as exc:
            raise StoreError(f"could not store article {article.id}: {exc}") from None
        return PutResult(article.id, action)

    def _put_raw(self, conn: sqlite3.Connection, raw: RawDocument) -> int:
        digest = raw.content_hash
        row = conn.execute("SELECT id FROM raw_documents WHERE content_hash = ?", (digest,)).fetchone()
        if row:
            return row["id"]
        cursor = conn.execute(
            "INSERT INTO raw_documents (content_hash, location, source_kind, url, media_type, encoding, fetched_at,"
            " headers, size, compression, content, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'zlib', ?, ?)",
            (digest, raw.location, raw.source_kind, raw.url, raw.media_type, raw.encoding, raw.fetched_at,
             json.dumps(raw.headers), len(raw.content), zlib.compress(raw.content, 6), _now()),
        )
        return int(cursor.lastrowid)

    def _put_article(self, conn: sqlite3.Connection, article: Article, record: str, raw_id: int) -> str:
        row = conn.execute("SELECT record, raw_id FROM articles WHERE id = ?", (article.id,)).fetchone()
        now = _now()
        if row is None:
            conn.execute(
                "INSERT INTO articles (id, raw_id, url, title, headline, source_name, language, published, record,"
                " rasd_version, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (*_columns(article, raw_id), record, article.provenance.rasd_version, now, now),
            )
            return "created"
        if _same_content(row["record"], record) and row["raw_id"] == raw_id:
            return "unchanged"
        conn.execute(
            "UPDATE articles SET raw_id = ?, url = ?, title = ?, headline = ?, source_name = ?, language = ?,"
            " published = ?, record = ?, rasd_version = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
            (*_columns(article, raw_id)[1:], record, article.provenance.rasd_version, now, article.id),
        )
        return "updated"

    def _index(self, conn: sqlite3.Connection, article: Article) -> None:
        """The search index, near-duplicate groups and story threads, updated for one stored article."""
        doc = index_document(article, self.analyzer)
        docid = search_sql.write_document(conn, doc)
        stories_sql.write_vector(conn, docid, doc.head, doc.body)
        signature = self.near_dups.signature(doc.body.split())
        stories_sql.group_duplicates(conn, article.id, doc.day, len(article.text), signature)
        threads_sql.assign(conn, article.id, article.headline or article.title, doc.day, _now())

    def reindex(self) -> int:
        """Rebuild the search index (and near-duplicates and threads) from every stored article."""
        articles = sorted(self.iter_articles(), key=lambda a: (a.published.value or "9999", a.id))
        with self.transaction() as conn:
            search_sql.clear_index(conn)
            stories_sql.clear_duplicates(conn)
            threads_sql.clear_threads(conn)
            for article in articles:
                self._index(conn, article)
            search_sql.mark_indexed(conn, self.analyzer.key)
        return len(articles)

    def record_failure(self, failure: Failure) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (location, code, reason, stage, occurred_at) VALUES (?, ?, ?, ?, ?)",
                (failure.location, failure.code, failure.reason, failure.stage, _now()),
            )

    def mark_seen(self, url: str, article_id: str | None = None, listed_by: str | None = None) -> None:
        """Remember that the page at ``url`` (listed by a feed or sitemap) has been read."""
        now = _now()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO seen_urls (url, article_id, listed_by, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET last_seen = excluded.last_seen,"
                " article_id = COALESCE(excluded.article_id, seen_urls.article_id)",
                (url, article_id, listed_by, now, now),
            )

    # -------------------------------------------------------------- reads

    def seen_urls(self, urls: list[str]) -> set[str]:
        """Those of ``urls`` already read (see :meth:`mark_seen`)."""
        found: set[str] = set()
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            rows = self._conn.execute(
                f"SELECT url FROM seen_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            found.update(row["url"] for row in rows)
        return found

    def get(self, article_id: str) -> Article:
        row = self._find(article_id)
        return article_from_json(json.loads(row["record"]))

    def resolve_id(self, article_id: str) -> str:
        return self._find(article_id)["id"]

    def _find(self, article_id: str) -> sqlite3.Row:
        rows = self._conn.execute(
            "SELECT id, record, raw_id FROM articles WHERE id = ? UNION ALL "
            "SELECT id, record, raw_id FROM articles WHERE id LIKE ? AND id != ? AND length(?) >= 4 LIMIT 3",
            (article_id, _like_prefix(article_id), article_id, article_id),
        ).fetchall()
        if not rows:
            raise NotFound(f"no article with id {article_id!r} in {self.path}")
        if rows[0]["id"] != article_id and len(rows) > 1:
            raise RasdError("E301", f"{article_id!r} is the start of several ids; give more of it")
        return rows[0]

    def raw_for(self, article_id: str) -> RawDocument:
        row = self._conn.execute(
            "SELECT r.* FROM raw_documents r JOIN articles a ON a.raw_id = r.id WHERE a.id = ?",
            (self.resolve_id(article_id),),
        ).fetchone()
        if row is None:
            raise NotFound(f"no raw input kept for article {article_id!r}")
        return RawDocument(
            content=zlib.decompress(row["content"]), location=row["location"], source_kind=row["source_kind"],
            url=row["url"], media_type=row["media_type"], encoding=row["encoding"], fetched_at=row["fetched_at"],
            headers=tuple(tuple(pair) for pair in json.loads(row["headers"])),
        )

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        rows = self._conn.execute(
            "SELECT id, title, headline, source_name, language, published, updated_at FROM articles"
            " ORDER BY COALESCE(published, '') DESC, updated_at DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [ArticleSummary(**dict(row)) for row in rows]

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        last = ""
        while True:
            rows = self._conn.execute(
                "SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield article_from_json(json.loads(row["record"]))
            last = rows[-1]["id"]

    def list_events(self, type_: str | None = None, status: str | None = None, contested: bool | None = None,
                    limit: int = 50, offset: int = 0):
        """Merged events (:mod:`rasd.store.events`), with the total that match the filters."""
        return list_events(self._conn, type_, status, contested, limit, offset)

    def rewrite_events(self) -> int:
        """Re-derive the event reports and merged events of every stored article; returns the reports written."""
        articles = list(self.iter_articles())
        with self.transaction() as conn:
            conn.execute("DELETE FROM event_reports")
            conn.execute("DELETE FROM events")
            for article in sorted(articles, key=lambda a: (a.published.value or "9999", a.id)):
                write_event_reports(conn, article)
        return sum(len(a.events) for a in articles)

    def get_event(self, wanted: str):
        """The merged event with this id, or the one the event report with this id belongs to."""
        return get_event(self._conn, wanted)

    def search_index(self, query, filters, sort="relevance", limit=20, offset=0, facets=True):
        """One page of the search index's matches (:func:`rasd.search.sqlite.run_query`)."""
        return search_sql.run_query(self._conn, query, filters, sort, limit, offset, facets)

    def copies_of(self, article_id: str) -> tuple[str, ...]:
        """Ids of the near-duplicates folded under ``article_id`` (its copies), oldest id first."""
        rows = self._conn.execute("SELECT article_id FROM near_dups WHERE canonical_id = ? AND article_id != ?"
                                  " ORDER BY article_id", (article_id, article_id)).fetchall()
        return tuple(row[0] for row in rows)

    def canonical_of(self, article_id: str) -> str | None:
        """The canonical article of the near-duplicate group ``article_id`` belongs to."""
        return stories_sql.canonical_of(self._conn, self.resolve_id(article_id))

    def neighbours(self, article_id: str, window: int | None = None):
        """Candidate related articles, unscored (:func:`rasd.stories.sqlite.neighbours`)."""
        return stories_sql.neighbours(self._conn, self.resolve_id(article_id), window)

    def thread_of(self, wanted: str) -> str | None:
        """The id of the thread ``wanted`` names (a thread id or an article id), or None."""
        return threads_sql.thread_of(self._conn, wanted)

    def thread_members(self, thread_id: str) -> list[str]:
        """The article ids of a thread, by publication day."""
        return threads_sql.members(self._conn, thread_id)

    def thread_ids(self, min_articles: int = 2, limit: int = -1, offset: int = 0) -> tuple[int, list[str]]:
        """(total, one page of thread ids with ``min_articles`` or more, largest then latest first)."""
        return threads_sql.list_thread_ids(self._conn, min_articles, limit, offset)

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def failures(self, limit: int = 100) -> list[FailureRecord]:
        rows = self._conn.execute(
            "SELECT location, code, reason, stage, occurred_at FROM failures ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [FailureRecord(**dict(row)) for row in rows]

    # -------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _columns(article: Article, raw_id: int) -> tuple:
    return (article.id, raw_id, article.url, article.title, article.headline, article.source.name,
            article.language, article.published.value)


def _same_content(old: str, new: str) -> bool:
    """Equal but for provenance (stage timings differ on every run)."""
    a, b = json.loads(old), json.loads(new)
    a.pop("provenance", None)
    b.pop("provenance", None)
    return a == b


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "").replace("%", "").replace("_", "") + "%"
