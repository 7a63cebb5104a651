"""A small on-disk HTTP cache for conditional GETs: what a server last sent, with its ETag and Last-Modified.

When a page or a feed is fetched again, the fetcher sends ``If-None-Match`` / ``If-Modified-Since``; a
``304 Not Modified`` answer costs the server almost nothing and the body comes from here. One SQLite file,
one row per URL, bodies zlib-compressed; only responses that can be revalidated are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    url           TEXT PRIMARY KEY,
    final_url     TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    headers       TEXT NOT NULL,
    content       BLOB NOT NULL,
    fetched_at    TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class CachedResponse:
    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    headers: tuple[tuple[str, str], ...]
    content: bytes
    fetched_at: str

    def validators(self) -> dict[str, str]:
        """The request headers that ask the server whether this copy is still current."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class HttpCache:
    """Thread-safe: the fetcher's workers share one connection behind a lock."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._lock = threading.Lock()
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA busy_timeout=10000")
            self._conn.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the HTTP cache at {self.path}: {exc}") from None

    def get(self, url: str) -> CachedResponse | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT url, final_url, etag, last_modified, headers, content, fetched_at FROM responses WHERE url = ?",
                (url,),
            ).fetchone()
        if row is None:
            return None
        headers = tuple(tuple(pair) for pair in json.loads(row[4]))
        return CachedResponse(row[0], row[1], row[2], row[3], headers, zlib.decompress(row[5]), row[6])

    def put(self, url: str, final_url: str, headers: tuple[tuple[str, str], ...], content: bytes) -> bool:
        """Keep the response if it can be revalidated (it has an ETag or Last-Modified); True if kept."""
        found = {key.lower(): value for key, value in headers}
        etag, modified = found.get("etag"), found.get("last-modified")
        if not etag and not modified:
            return False
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses (url, final_url, etag, last_modified, headers, content, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (url, final_url, etag, modified, json.dumps(headers), zlib.compress(content, 6), now),
            )
        return True

    def close(self) -> None:
        with self._lock:
            self._conn.close()
