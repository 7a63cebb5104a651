"""Story threads, built incrementally: articles about the same story across sources and days.

When an article is stored it joins a thread, once: a near-duplicate joins the thread of its group (its
canonical article's, else another copy's);
otherwise its neighbours published within :data:`WINDOW` days (shared entities, distinctive terms:
:func:`rasd.stories.sqlite.neighbours`) are scored (:mod:`rasd.stories.score`) and the article joins the
thread of the best one scoring at least :data:`LINK`, or starts a new thread. Earlier threads are never
re-clustered, so a thread's id (the id of the article that started it) is stable; its timeline is ordered by
publication day, the earliest being the first report.
"""

from __future__ import annotations

import sqlite3

from rasd.stories.score import scored
from rasd.stories.sqlite import canonical_of, neighbours

WINDOW = 3
LINK = 0.40


def assign(conn: sqlite3.Connection, article_id: str, title: str | None, day: str | None, now: str,
           by_text=None) -> str:
    """The id of the thread ``article_id`` belongs to, joining or starting one if it has none yet.
    ``by_text``: the backend's candidate search by terms (see :func:`rasd.stories.sqlite.neighbours`)."""
    row = conn.execute("SELECT thread_id FROM thread_members WHERE article_id = ?", (article_id,)).fetchone()
    if row:
        return row[0]
    thread, score = _best_thread(conn, article_id, by_text)
    if thread is None:
        conn.execute("INSERT INTO threads (id, title, first_day, last_day, size, updated_at) VALUES (?, ?, ?, ?, 0, ?)",
                     (article_id, title, day, day, now))
        thread, score = article_id, None
    conn.execute("INSERT INTO thread_members (article_id, thread_id, score, joined_at) VALUES (?, ?, ?, ?)",
                 (article_id, thread, score, now))
    _grow(conn, thread, title, day, now)
    return thread


def _best_thread(conn: sqlite3.Connection, article_id: str, by_text=None) -> tuple[str | None, float | None]:
    head = canonical_of(conn, article_id)
    row = conn.execute(
        "SELECT m.thread_id FROM thread_members m JOIN near_dups n ON n.article_id = m.article_id"
        " WHERE n.canonical_id = ? ORDER BY n.article_id != ?, m.article_id LIMIT 1", (head, head)).fetchone()
    if row:
        return row[0], 1.0
    best: tuple[str | None, float | None] = (None, None)
    for candidate in neighbours(conn, article_id, window=WINDOW, text_search=by_text):
        found = scored(candidate)
        if found is None or found.score < LINK or (best[1] is not None and found.score <= best[1]):
            continue
        row = conn.execute("SELECT thread_id FROM thread_members WHERE article_id = ?", (found.article_id,)).fetchone()
        if row:
            best = (row[0], found.score)
    return best


def _grow(conn: sqlite3.Connection, thread: str, title: str | None, day: str | None, now: str) -> None:
    conn.execute(
        "UPDATE threads SET size = size + 1, updated_at = ?,"
        " title = CASE WHEN CAST(? AS TEXT) IS NOT NULL AND (first_day IS NULL OR ? < first_day) THEN ? ELSE title END,"
        " first_day = CASE WHEN first_day IS NULL OR ? < first_day THEN ? ELSE first_day END,"
        " last_day = CASE WHEN last_day IS NULL OR ? > last_day THEN ? ELSE last_day END WHERE id = ?",
        (now, day, day, title, day, day, day, day, thread),
    )


def clear_threads(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM thread_members")
    conn.execute("DELETE FROM threads")


def thread_of(conn: sqlite3.Connection, wanted: str) -> str | None:
    """The thread with id ``wanted``, or the one the article ``wanted`` belongs to."""
    row = conn.execute("SELECT id FROM threads WHERE id = ? UNION ALL SELECT thread_id FROM thread_members"
                       " WHERE article_id = ? LIMIT 1", (wanted, wanted)).fetchone()
    return row[0] if row else None


def members(conn: sqlite3.Connection, thread: str) -> list[str]:
    rows = conn.execute("SELECT m.article_id FROM thread_members m LEFT JOIN search_docs d USING (article_id)"
                        " WHERE m.thread_id = ? ORDER BY COALESCE(d.day, '9999'), m.article_id", (thread,))
    return [row[0] for row in rows]


def list_thread_ids(conn: sqlite3.Connection, min_articles: int = 2, limit: int = -1, offset: int = 0
                    ) -> tuple[int, list[str]]:
    """(how many threads have ``min_articles`` or more, one page of their ids: largest, then latest first)."""
    total = conn.execute("SELECT count(*) FROM threads WHERE size >= ?", (min_articles,)).fetchone()[0]
    limit = limit if limit >= 0 else 2**62  # no limit, in SQL both backends take
    rows = conn.execute("SELECT id FROM threads WHERE size >= ? ORDER BY size DESC, COALESCE(last_day, '') DESC, id"
                        " LIMIT ? OFFSET ?", (min_articles, limit, offset))
    return total, [row[0] for row in rows]
