"""Near-duplicate groups and the term statistics related stories and threads need, in the SQLite store."""

from __future__ import annotations

import math
import sqlite3
from collections import Counter

from rasd.stories.dups import DUPLICATE, Signature, canonical, from_bytes, similarity
from rasd.stories.score import Neighbour, cosine, days_between


def group_duplicates(conn: sqlite3.Connection, article_id: str, day: str | None, length: int,
                     signature: Signature) -> str:
    """Store the article's signature and band keys, join it to the near-duplicates LSH finds; its canonical id."""
    conn.execute("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
    matches = {c for c in _candidates(conn, signature) if c != article_id
               and similarity(signature.values, _signature(conn, c)) >= DUPLICATE}
    conn.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)",
                     [(band, key, article_id) for band, key in enumerate(signature.bands)])
    conn.execute("INSERT INTO near_dups (article_id, canonical_id, signature, similarity, day, length)"
                 " VALUES (?, ?, ?, 1.0, ?, ?) ON CONFLICT(article_id) DO UPDATE SET signature = excluded.signature,"
                 " day = excluded.day, length = excluded.length",
                 (article_id, article_id, signature.to_bytes(), day, length))
    if not matches:
        return conn.execute("SELECT canonical_id FROM near_dups WHERE article_id = ?", (article_id,)).fetchone()[0]
    return _regroup(conn, {article_id} | matches)


def _candidates(conn: sqlite3.Connection, signature: Signature) -> set[str]:
    found: set[str] = set()
    for band, key in enumerate(signature.bands):
        rows = conn.execute("SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?", (band, key))
        found.update(row[0] for row in rows)
    return found


def _signature(conn: sqlite3.Connection, article_id: str):
    return from_bytes(conn.execute("SELECT signature FROM near_dups WHERE article_id = ?",
                                   (article_id,)).fetchone()[0])


def _regroup(conn: sqlite3.Connection, seeds: set[str]) -> str:
    """Merge the groups of ``seeds`` into one, under the canonical article of all their members."""
    marks = ",".join("?" * len(seeds))
    members = conn.execute(
        f"SELECT article_id, day, length, signature FROM near_dups WHERE article_id IN ({marks}) OR canonical_id IN"
        f" (SELECT canonical_id FROM near_dups WHERE article_id IN ({marks}))", [*seeds, *seeds]).fetchall()
    head = canonical([(m[0], m[1], m[2]) for m in members])
    base = from_bytes(next(m[3] for m in members if m[0] == head))
    conn.executemany("UPDATE near_dups SET canonical_id = ?, similarity = ? WHERE article_id = ?",
                     [(head, similarity(base, from_bytes(m[3])), m[0]) for m in members])
    return head


def clear_duplicates(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM minhash_bands")
    conn.execute("DELETE FROM near_dups")


def canonical_of(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT canonical_id FROM near_dups WHERE article_id = ?", (article_id,)).fetchone()
    return row[0] if row else None


# ---------------------------------------------------------------- term statistics


def document_terms(conn: sqlite3.Connection, docid: int) -> Counter:
    """Term frequencies of one indexed article (head terms count :data:`HEAD_BOOST` times)."""
    row = conn.execute("SELECT head, body FROM search_index WHERE rowid = ?", (docid,)).fetchone()
    if row is None:
        return Counter()
    counts = Counter(row[1].split())
    for term in row[0].split():
        counts[term] += HEAD_BOOST
    return counts


HEAD_BOOST = 2


def idf(conn: sqlite3.Connection, terms: set[str]) -> dict[str, float]:
    """log(N / df) of each term over the indexed articles (terms no article holds get the highest idf)."""
    total = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] or 1
    found: dict[str, float] = {}
    listed = sorted(terms)
    for start in range(0, len(listed), 400):
        chunk = listed[start:start + 400]
        rows = conn.execute(f"SELECT term, doc FROM search_vocab WHERE term IN ({','.join('?' * len(chunk))})",
                            chunk)
        found.update((term, math.log((total + 1) / (doc + 0.5))) for term, doc in rows)
    rare = math.log((total + 1) / 0.5)
    return {term: found.get(term, rare) for term in terms}


# ---------------------------------------------------------------- neighbours

CANDIDATES = 40
QUERY_TERMS = 12


def neighbours(conn: sqlite3.Connection, article_id: str, window: int | None = None,
               candidates: int = CANDIDATES) -> list[Neighbour]:
    """Articles sharing entities or distinctive terms with ``article_id`` (within ``window`` days when given),
    each with the shared entity names, the tf-idf cosine and the days apart; unscored."""
    doc = conn.execute("SELECT docid, day FROM search_docs WHERE article_id = ?", (article_id,)).fetchone()
    if doc is None:
        return []
    docid, day = doc
    terms = document_terms(conn, docid)
    weights = idf(conn, set(terms))
    top = sorted(terms, key=lambda t: -(1 + math.log(terms[t])) * weights[t])[:QUERY_TERMS]
    span = _window(day, window)
    found = _by_entities(conn, docid, span, candidates) | _by_text(conn, top, docid, span, candidates)
    found -= _copies(conn, article_id)
    return _measure(conn, docid, day, terms, found)


def _window(day: str | None, window: int | None) -> tuple[str, str] | None:
    import datetime as dt

    if window is None or not day:
        return None
    center = dt.date.fromisoformat(day)
    return ((center - dt.timedelta(days=window)).isoformat(), (center + dt.timedelta(days=window)).isoformat())


def _by_entities(conn, docid: int, span, limit: int) -> set[int]:
    where, params = ("AND d.day BETWEEN ? AND ?", list(span)) if span else ("", [])
    rows = conn.execute(
        "SELECT e2.docid, count(*) AS n FROM search_entities e1 JOIN search_entities e2 ON e2.key = e1.key"
        f" JOIN search_docs d ON d.docid = e2.docid WHERE e1.docid = ? AND e2.docid != ? {where}"
        " GROUP BY e2.docid ORDER BY n DESC, e2.docid LIMIT ?", [docid, docid, *params, limit])
    return {row[0] for row in rows}


def _by_text(conn, top: list[str], docid: int, span, limit: int) -> set[int]:
    if not top:
        return set()
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in top)
    where, params = ("AND d.day BETWEEN ? AND ?", list(span)) if span else ("", [])
    rows = conn.execute(
        "SELECT s.rowid FROM search_index s JOIN search_docs d ON d.docid = s.rowid WHERE search_index MATCH ?"
        f" AND s.rowid != ? {where} ORDER BY s.rank LIMIT ?", [match, docid, *params, limit])
    return {row[0] for row in rows}


def _copies(conn, article_id: str) -> set[int]:
    rows = conn.execute(
        "SELECT d.docid FROM near_dups n JOIN search_docs d ON d.article_id = n.article_id WHERE n.canonical_id ="
        " (SELECT canonical_id FROM near_dups WHERE article_id = ?)", (article_id,))
    return {row[0] for row in rows}


def _measure(conn, docid: int, day: str | None, terms: Counter, found: set[int]) -> list[Neighbour]:
    mine = conn.execute("SELECT key, name FROM search_entities WHERE docid = ? ORDER BY name", (docid,)).fetchall()
    others = {d: document_terms(conn, d) for d in found}
    weights = idf(conn, set(terms).union(*others.values()) if others else set(terms))
    result = []
    for other, counts in others.items():
        article_id, other_day = conn.execute("SELECT article_id, day FROM search_docs WHERE docid = ?",
                                             (other,)).fetchone()
        keys = {row[0] for row in conn.execute("SELECT key FROM search_entities WHERE docid = ?", (other,))}
        shared = tuple(name for key, name in mine if key in keys)
        result.append(Neighbour(article_id, shared, round(cosine(terms, counts, weights), 4),
                                days_between(day, other_day), bool(mine) and bool(keys)))
    return result
