"""Near-duplicate groups and the term statistics related stories and threads need, in the SQLite store."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter

from rasd.stories.dups import DUPLICATE, Signature, canonical, from_bytes, similarity
from rasd.stories.score import Neighbour, days_between


def group_duplicates(conn: sqlite3.Connection, article_id: str, day: str | None, length: int,
                     signature: Signature) -> str:
    """Store the article's signature and band keys, join it to the near-duplicates LSH finds; its canonical id."""
    conn.execute("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
    matches = {c for c in _candidates(conn, signature) if c != article_id
               and similarity(signature.values, _signature(conn, c)) >= DUPLICATE}
    conn.executemany("INSERT INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                     [(band, key, article_id) for band, key in enumerate(signature.bands)])
    conn.execute("INSERT INTO near_dups (article_id, canonical_id, signature, similarity, day, length)"
                 " VALUES (?, ?, ?, 1.0, ?, ?) ON CONFLICT(article_id) DO UPDATE SET signature = excluded.signature,"
                 " day = excluded.day, length = excluded.length",
                 (article_id, article_id, signature.to_bytes(), day, length))
    if not matches:
        return conn.execute("SELECT canonical_id FROM near_dups WHERE article_id = ?", (article_id,)).fetchone()[0]
    return _regroup(conn, {article_id} | matches)


def _candidates(conn: sqlite3.Connection, signature: Signature) -> set[str]:
    """Articles sharing at least one LSH band key with ``signature``: one statement for all bands."""
    if not signature.bands:
        return set()
    where = " OR ".join(["(band = ? AND key = ?)"] * len(signature.bands))
    params = [value for band, key in enumerate(signature.bands) for value in (band, key)]
    return {row[0] for row in conn.execute(f"SELECT DISTINCT article_id FROM minhash_bands WHERE {where}", params)}


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


# ---------------------------------------------------------------- term vectors

HEAD_BOOST = 2
CANDIDATES = 25
QUERY_TERMS = 12
# What search_vectors hold: unit tf-idf vectors weighted with the idf of the moment the article was written
# ("incremental idf", as in TDT story detection); a store whose vectors are of another kind, or whose
# search_terms lack the document count (the empty term), is reindexed.
VECTORS = "tfidf-at-write-2"
DOCUMENTS = ""  # the search_terms row whose df is the number of indexed documents (no analyzer term is empty)


def write_vector(conn: sqlite3.Connection, docid: int, head: str, body: str) -> None:
    """Store the article's unit tf-idf vector, heaviest term first: term frequencies (head terms counted
    :data:`HEAD_BOOST` times) weighted by the idf over the articles indexed so far, this one included. Fixing
    the weights when the article is written makes the cosine of two articles a dot product of two stored
    vectors, so scoring a candidate costs the same however large the store grows."""
    counts = Counter(body.split())
    for term in head.split():
        counts[term] += HEAD_BOOST
    vector = weigh(counts, idf(conn, set(counts)))
    ordered = {t: round(w, 5) for t, w in sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))}
    conn.execute("INSERT INTO search_vectors (docid, vector) VALUES (?, ?) ON CONFLICT(docid) DO UPDATE SET"
                 " vector = excluded.vector", (docid, json.dumps(ordered, ensure_ascii=False)))


def weigh(counts: dict[str, int], weights: dict[str, float]) -> dict[str, float]:
    """A unit-length tf-idf vector: (1 + log tf) * idf."""
    vector = {t: (1 + math.log(n)) * weights.get(t, 0.0) for t, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items()}


def idf(conn: sqlite3.Connection, terms: set[str]) -> dict[str, float]:
    """log(N / df) of each term over the indexed articles (terms no article holds get the highest idf)."""
    found = dict(rows_in(conn, "SELECT term, df FROM search_terms WHERE term", [DOCUMENTS, *sorted(terms)]))
    total = found.pop(DOCUMENTS, 0) or 1  # the documents, counted with the terms (count(*) would scan the index)
    return {term: math.log((total + 1) / (found.get(term, 0) + 0.5)) for term in terms}


def rows_in(conn, select: str, values: list, chunk: int = 500) -> list:
    """The rows of ``select`` (ending in a column to match, e.g. ``... WHERE term``) for every value of
    ``values``: ``= ANY(?)`` with one array parameter where the connection takes arrays (PostgreSQL, one
    statement), else ``IN (?, ...)`` ``chunk`` values at a time."""
    if getattr(conn, "arrays", False):
        return list(conn.execute(f"{select} = ANY(?)", (list(values),)))
    rows: list = []
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk]
        rows += conn.execute(f"{select} IN ({','.join('?' * len(part))})", part).fetchall()
    return rows


def _vectors(conn: sqlite3.Connection, docids: list[int]) -> dict[int, dict[str, float]]:
    rows = rows_in(conn, "SELECT docid, vector FROM search_vectors WHERE docid", docids)
    return {docid: json.loads(vector) for docid, vector in rows}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


# ---------------------------------------------------------------- neighbours


def neighbours(conn: sqlite3.Connection, article_id: str, window: int | None = None,
               candidates: int = CANDIDATES, text_search=None) -> list[Neighbour]:
    """Articles sharing entities or distinctive terms with ``article_id`` (within ``window`` days when given),
    each with the shared entity names, the cosine of the tf-idf vectors and the days apart; unscored.
    ``text_search``: the backend's candidate search by terms (:func:`by_text`, FTS5; PostgreSQL gives its own)."""
    text_search = text_search or by_text
    doc = conn.execute("SELECT docid, day FROM search_docs WHERE article_id = ?", (article_id,)).fetchone()
    if doc is None:
        return []
    docid, day = doc
    mine = _vectors(conn, [docid]).get(docid, {})
    top = sorted(mine, key=lambda t: (-mine[t], t))[:QUERY_TERMS]
    span = _window(day, window)
    found = _by_entities(conn, docid, span, candidates) | text_search(conn, top, docid, span, candidates)
    found -= _copies(conn, article_id)
    return _measure(conn, docid, day, mine, found)


def _window(day: str | None, window: int | None) -> tuple[str, str] | None:
    import datetime as dt

    if window is None or not day:
        return None
    center = dt.date.fromisoformat(day)
    return ((center - dt.timedelta(days=window)).isoformat(), (center + dt.timedelta(days=window)).isoformat())


def span_filter(span: tuple[str, str] | None) -> tuple[str, list]:
    """SQL condition (and its parameters) keeping documents published within ``span``."""
    return ("AND d.day BETWEEN ? AND ?", list(span)) if span else ("", [])


def _by_entities(conn, docid: int, span, limit: int) -> set[int]:
    where, params = span_filter(span)
    rows = conn.execute(
        "SELECT e2.docid, count(*) AS n FROM search_entities e1 JOIN search_entities e2 ON e2.key = e1.key"
        f" JOIN search_docs d ON d.docid = e2.docid WHERE e1.docid = ? AND e2.docid != ? {where}"
        " GROUP BY e2.docid ORDER BY n DESC, e2.docid LIMIT ?", [docid, docid, *params, limit])
    return {row[0] for row in rows}


def by_text(conn, top: list[str], docid: int, span, limit: int) -> set[int]:
    if not top:
        return set()
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in top)
    where, params = span_filter(span)
    rows = conn.execute(
        "SELECT s.rowid FROM search_index s JOIN search_docs d ON d.docid = s.rowid WHERE search_index MATCH ?"
        f" AND s.rowid != ? {where} ORDER BY s.rank LIMIT ?", [match, docid, *params, limit])
    return {row[0] for row in rows}


def _copies(conn, article_id: str) -> set[int]:
    rows = conn.execute(
        "SELECT d.docid FROM near_dups n JOIN search_docs d ON d.article_id = n.article_id WHERE n.canonical_id ="
        " (SELECT canonical_id FROM near_dups WHERE article_id = ?)", (article_id,))
    return {row[0] for row in rows}


def _measure(conn, docid: int, day: str | None, mine: dict[str, float], found: set[int]) -> list[Neighbour]:
    names = conn.execute("SELECT key, name FROM search_entities WHERE docid = ? ORDER BY name", (docid,)).fetchall()
    others = sorted(found)
    vectors = _vectors(conn, others) if others else {}
    docs = {row[0]: (row[1], row[2]) for row in rows_in(
        conn, "SELECT docid, article_id, day FROM search_docs WHERE docid", others)}
    keys: dict[int, set[str]] = {}
    for other, key in rows_in(conn, "SELECT docid, key FROM search_entities WHERE docid", others):
        keys.setdefault(other, set()).add(key)
    result = []
    for other in others:
        article_id, other_day = docs[other]
        theirs = keys.get(other, set())
        shared = tuple(name for key, name in names if key in theirs)
        similarity_ = dot(mine, vectors.get(other, {}))
        result.append(Neighbour(article_id, shared, round(similarity_, 4), days_between(day, other_day),
                                bool(names) and bool(theirs)))
    return result
