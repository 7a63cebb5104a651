"""What the SQLite and PostgreSQL stores share: the Store operations, written once in SQL both accept.

A backend gives :meth:`SQLStore.transaction` (one write transaction, writers serialized), :meth:`reading`
(a connection for reads) and ``errors`` (its driver's exception classes). The SQL here uses ``?``
placeholders; the PostgreSQL connection adapter turns them into its own. Raw inputs are kept
zlib-compressed so any article can be re-analyzed by a newer pipeline.

The batch journal (:meth:`begin_batch`, ``journal`` in :meth:`put`) lets an interrupted ingest resume: an
input's journal row is written in the same transaction that stores its article or failure.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from rasd.errors import Failure, NotFound, RasdError, StoreError
from rasd.model import Article, RawDocument
from rasd.serialize import article_from_json, article_to_json
from rasd.store.base import ArticleSummary, FailureRecord, PutResult
from rasd.store.events import get_event, list_events, needs_keys
from rasd.store.events import write_reports as write_event_reports
from rasd.store.indexed import IndexedStore

Journal = tuple[str, str]  # (batch id, item key)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SQLStore(IndexedStore):
    """The Store protocol over a backend's ``transaction()`` and ``reading()``."""

    errors: tuple[type[BaseException], ...] = ()
    location: str = ""

    def transaction(self) -> AbstractContextManager[Any]:  # pragma: no cover - each backend gives its own
        raise NotImplementedError

    def reading(self) -> AbstractContextManager[Any]:  # pragma: no cover
        raise NotImplementedError

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self.reading() as conn:
            return list(conn.execute(sql, tuple(params)).fetchall())

    # -------------------------------------------------------------- writes

    def put(self, raw: RawDocument, article: Article, journal: Journal | None = None) -> PutResult:
        record = json.dumps(article_to_json(article), ensure_ascii=False)
        # Outside the transaction, so writers take turns only for the writes; skipped for a re-read of an
        # article stored as it is (index_article prepares it after all if another writer changed it meanwhile).
        try:
            prepared = None if self._stored_as(article.id, record) else self.prepare_index(article)
            with self.transaction() as conn:
                raw_id = _put_raw(conn, raw)
                action = _put_article(conn, article, record, raw_id)
                if action != "unchanged":
                    write_event_reports(conn, article)
                    self.index_article(conn, article, now(), prepared)
                if journal:
                    _journal(conn, journal, "stored", article.id)
        except self.errors as exc:
            raise StoreError(f"could not store article {article.id}: {exc}") from None
        return PutResult(article.id, action)

    def _stored_as(self, article_id: str, record: str) -> bool:
        rows = self._query("SELECT record FROM articles WHERE id = ?", (article_id,))
        return bool(rows) and _same_content(rows[0][0], record)

    def record_failure(self, failure: Failure, journal: Journal | None = None) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT INTO failures (location, code, reason, stage, occurred_at) VALUES (?, ?, ?, ?, ?)",
                    (failure.location, failure.code, failure.reason, failure.stage, now()),
                )
                if journal:
                    _journal(conn, journal, "failed", None)
        except self.errors as exc:
            raise StoreError(f"could not record the failure of {failure.location}: {exc}") from None

    def mark_seen(self, url: str, article_id: str | None = None, listed_by: str | None = None) -> None:
        """Remember that the page at ``url`` (listed by a feed or sitemap) has been read."""
        stamp = now()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO seen_urls (url, article_id, listed_by, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET last_seen = excluded.last_seen,"
                " article_id = COALESCE(excluded.article_id, seen_urls.article_id)",
                (url, article_id, listed_by, stamp, stamp),
            )

    # -------------------------------------------------------------- batch journal

    def begin_batch(self, batch_id: str, arguments: str) -> int:
        """Start (or resume) a batch; returns how many of its inputs an interrupted earlier run finished.
        A batch that finished before starts over."""
        with self.transaction() as conn:
            row = conn.execute("SELECT finished_at FROM ingest_batches WHERE id = ?", (batch_id,)).fetchone()
            if row is not None and row[0] is None:
                return conn.execute("SELECT count(*) FROM ingest_journal WHERE batch_id = ?",
                                    (batch_id,)).fetchone()[0]
            conn.execute("DELETE FROM ingest_journal WHERE batch_id = ?", (batch_id,))
            conn.execute("INSERT INTO ingest_batches (id, arguments, started_at, finished_at) VALUES (?, ?, ?, NULL)"
                         " ON CONFLICT(id) DO UPDATE SET started_at = excluded.started_at, finished_at = NULL",
                         (batch_id, arguments, now()))
        return 0

    def done_items(self, batch_id: str, keys: list[str]) -> set[str]:
        """Those of ``keys`` the batch has already stored or recorded as failed."""
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = self._query(f"SELECT item_key FROM ingest_journal WHERE batch_id = ? AND item_key IN"
                               f" ({','.join('?' * len(chunk))})", (batch_id, *chunk))
            found.update(row[0] for row in rows)
        return found

    def finish_batch(self, batch_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE ingest_batches SET finished_at = ? WHERE id = ?", (now(), batch_id))

    # -------------------------------------------------------------- reads

    def seen_urls(self, urls: list[str]) -> set[str]:
        """Those of ``urls`` already read (see :meth:`mark_seen`)."""
        found: set[str] = set()
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            rows = self._query(f"SELECT url FROM seen_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk)
            found.update(row[0] for row in rows)
        return found

    def get(self, article_id: str) -> Article:
        return article_from_json(json.loads(self._find(article_id)[1]))

    def resolve_id(self, article_id: str) -> str:
        return self._find(article_id)[0]

    def _find(self, article_id: str) -> Any:
        """(id, record) of the article with this id, else of the one id starting with it (4 characters at least).
        Both lookups use the primary key (a prefix is a range of ids: ``LIKE`` would read every record)."""
        rows = self._query("SELECT id, record FROM articles WHERE id = ?", (article_id,))
        if not rows and len(article_id) >= 4:
            rows = self._query("SELECT id, record FROM articles WHERE id >= ? AND id < ? AND id LIKE ? ORDER BY id"
                               " LIMIT 2", (article_id, _prefix_end(article_id), _like_prefix(article_id)))
        if not rows:
            raise NotFound(f"no article with id {article_id!r} in {self.location}")
        if len(rows) > 1:
            raise RasdError("E301", f"{article_id!r} is the start of several ids; give more of it")
        return rows[0]

    def raw_for(self, article_id: str) -> RawDocument:
        rows = self._query(
            "SELECT r.content, r.location, r.source_kind, r.url, r.media_type, r.encoding, r.fetched_at, r.headers"
            " FROM raw_documents r JOIN articles a ON a.raw_id = r.id WHERE a.id = ?", (self.resolve_id(article_id),))
        if not rows:
            raise NotFound(f"no raw input kept for article {article_id!r}")
        row = rows[0]
        return RawDocument(content=zlib.decompress(bytes(row[0])), location=row[1], source_kind=row[2], url=row[3],
                           media_type=row[4], encoding=row[5], fetched_at=row[6],
                           headers=tuple(tuple(pair) for pair in json.loads(row[7])))

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        rows = self._query(
            "SELECT id, title, headline, source_name, language, published, updated_at FROM articles"
            " ORDER BY COALESCE(published, '') DESC, updated_at DESC, id LIMIT ? OFFSET ?", (limit, offset))
        return [ArticleSummary(*row) for row in rows]

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        last = ""
        while True:
            rows = self._query("SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
            if not rows:
                return
            for row in rows:
                yield article_from_json(json.loads(row[1]))
            last = rows[-1][0]

    def list_events(self, type_: str | None = None, status: str | None = None, contested: bool | None = None,
                    limit: int = 50, offset: int = 0):
        """Merged events (:mod:`rasd.store.events`), with the total that match the filters."""
        with self.reading() as conn:
            return list_events(conn, type_, status, contested, limit, offset)

    def rewrite_events(self) -> int:
        """Re-derive the event reports and merged events of every stored article; returns the reports written."""
        articles = list(self.iter_articles())
        with self.transaction() as conn:
            conn.execute("DELETE FROM event_reports")
            conn.execute("DELETE FROM event_keys")
            conn.execute("DELETE FROM events")
            for article in sorted(articles, key=lambda a: (a.published.value or "9999", a.id)):
                write_event_reports(conn, article)
        return sum(len(a.events) for a in articles)

    def derive_if_needed(self) -> None:
        """On opening: rebuild what a newer rasd derives from the stored articles (the search index, the event
        participant keys) when this store was made before it existed."""
        self.reindex_if_needed()
        with self.reading() as conn:
            stale = needs_keys(conn)
        if stale:
            self.rewrite_events()

    def get_event(self, wanted: str):
        """The merged event with this id, or the one the event report with this id belongs to."""
        with self.reading() as conn:
            return get_event(conn, wanted)

    def count(self) -> int:
        return self._query("SELECT count(*) FROM articles")[0][0]

    def failures(self, limit: int = 100) -> list[FailureRecord]:
        rows = self._query(
            "SELECT location, code, reason, stage, occurred_at FROM failures ORDER BY id DESC LIMIT ?", (limit,))
        return [FailureRecord(*row) for row in rows]

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - each backend gives its own
        raise NotImplementedError


def _put_raw(conn: Any, raw: RawDocument) -> int:
    digest = raw.content_hash
    row = conn.execute("SELECT id FROM raw_documents WHERE content_hash = ?", (digest,)).fetchone()
    if row:
        return row[0]
    row = conn.execute(
        "INSERT INTO raw_documents (content_hash, location, source_kind, url, media_type, encoding, fetched_at,"
        " headers, size, compression, content, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'zlib', ?, ?)"
        " ON CONFLICT (content_hash) DO UPDATE SET first_seen = raw_documents.first_seen RETURNING id",
        (digest, raw.location, raw.source_kind, raw.url, raw.media_type, raw.encoding, raw.fetched_at,
         json.dumps(raw.headers), len(raw.content), zlib.compress(raw.content, 6), now()),
    ).fetchone()
    return int(row[0])


def _put_article(conn: Any, article: Article, record: str, raw_id: int) -> str:
    row = conn.execute("SELECT record, raw_id FROM articles WHERE id = ?", (article.id,)).fetchone()
    stamp = now()
    if row is None:
        conn.execute(
            "INSERT INTO articles (id, raw_id, url, title, headline, source_name, language, published, record,"
            " rasd_version, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (*_columns(article, raw_id), record, article.provenance.rasd_version, stamp, stamp),
        )
        return "created"
    if _same_content(row[0], record) and row[1] == raw_id:
        return "unchanged"
    conn.execute(
        "UPDATE articles SET raw_id = ?, url = ?, title = ?, headline = ?, source_name = ?, language = ?,"
        " published = ?, record = ?, rasd_version = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
        (*_columns(article, raw_id)[1:], record, article.provenance.rasd_version, stamp, article.id),
    )
    return "updated"


def _journal(conn: Any, journal: Journal, status: str, article_id: str | None) -> None:
    conn.execute("INSERT INTO ingest_journal (batch_id, item_key, status, article_id, done_at) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT (batch_id, item_key) DO UPDATE SET status = excluded.status,"
                 " article_id = excluded.article_id, done_at = excluded.done_at",
                 (*journal, status, article_id, now()))


def _columns(article: Article, raw_id: int) -> tuple:
    return (article.id, raw_id, article.url, article.title, article.headline, article.source.name,
            article.language, article.published.value)


def _same_content(old: str, new: str) -> bool:
    """Equal but for provenance (stage timings differ on every run)."""
    a, b = json.loads(old), json.loads(new)
    a.pop("provenance", None)
    b.pop("provenance", None)
    return a == b


def _prefix_end(prefix: str) -> str:
    """The smallest string after every string that starts with ``prefix`` (or past every id, when its last
    character is the last one Unicode has)."""
    last = ord(prefix[-1])
    return prefix[:-1] + chr(last + 1) if last < 0x10FFFF else prefix[:-1] + "\U0010ffff" * 2


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "").replace("%", "").replace("_", "") + "%"
