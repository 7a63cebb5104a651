"""The search index in the SQLite store: FTS5 over analyzed terms, BM25, filters and facets.

Write path: :func:`write_document` (called by ``SQLiteStore.put`` inside its transaction) replaces an
article's row in ``search_index`` (the analyzer's terms for head and body, never raw text) and its filter
and facet rows. Read path: :func:`run_query` turns a :class:`~rasd.search.query.ParsedQuery` into an FTS5
MATCH expression (:func:`fts5_expression`) and answers one page, the total and the facets. The contract
(query syntax, analysis, ranking, filters) is in :mod:`rasd.search.query`.
"""

from __future__ import annotations

import sqlite3

from rasd.search.documents import IndexDocument
from rasd.search.query import HEAD_WEIGHT, Clause, ParsedQuery
from rasd.search.records import FACET_SIZE, FacetValue, Filters, IndexPage, Sort
from rasd.stories.sqlite import DOCUMENTS, VECTORS

_BM25 = f"bm25(search_index, {HEAD_WEIGHT}, 1.0)"


def write_document(conn: sqlite3.Connection, doc: IndexDocument, count_terms: bool = True) -> int:
    """Index (or re-index) one article; returns its docid. ``count_terms``: keep the document frequencies
    related stories and threads use (a bulk index for search alone may skip them)."""
    docid = upsert_doc(conn, doc)
    if count_terms:
        old = conn.execute("SELECT head, body FROM search_index WHERE rowid = ?", (docid,)).fetchone()
        count_terms_of(conn, old, doc)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (docid,))
    conn.execute("INSERT INTO search_index (rowid, head, body) VALUES (?, ?, ?)", (docid, doc.head, doc.body))
    write_facets(conn, docid, doc)
    return docid


def upsert_doc(conn, doc: IndexDocument) -> int:
    """The article's ``search_docs`` row (filter columns), created or updated; its docid. Both backends."""
    return conn.execute(
        "INSERT INTO search_docs (article_id, day, source, language) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(article_id) DO UPDATE SET day = excluded.day, source = excluded.source,"
        " language = excluded.language RETURNING docid",
        (doc.article_id, doc.day, doc.source, doc.language),
    ).fetchone()[0]


def write_facets(conn, docid: int, doc: IndexDocument) -> None:
    """The article's entity and topic rows (filters and facets). Both backends."""
    conn.execute("DELETE FROM search_entities WHERE docid = ?", (docid,))
    conn.executemany("INSERT INTO search_entities (key, docid, name, type) VALUES (?, ?, ?, ?)",
                     [(key, docid, name, type_) for key, name, type_ in doc.entities])
    conn.execute("DELETE FROM search_topics WHERE docid = ?", (docid,))
    conn.executemany("INSERT INTO search_topics (code, docid, label) VALUES (?, ?, ?)",
                     [(code, docid, label) for code, label in doc.topics])


def count_terms_of(conn, old: tuple[str, str] | None, doc: IndexDocument) -> None:
    """Keep ``search_terms`` (document frequencies): the old (head, body) terms out, the new one's in."""
    gone = sorted(set(old[0].split()) | set(old[1].split())) if old is not None else []
    new = sorted(set(doc.head.split()) | set(doc.body.split()))
    if old is None:  # a new document: the row of the empty term counts the documents (N of the idf)
        new.insert(0, DOCUMENTS)
    if getattr(conn, "arrays", False):  # PostgreSQL: one statement each, the terms as an array parameter
        if gone:
            conn.execute("UPDATE search_terms SET df = df - 1 WHERE term = ANY(?)", (gone,))
        conn.execute("INSERT INTO search_terms (term, df) SELECT unnest(CAST(? AS text[])), 1"
                     " ON CONFLICT (term) DO UPDATE SET df = search_terms.df + 1", (new,))
        return
    conn.executemany("UPDATE search_terms SET df = df - 1 WHERE term = ?", [(t,) for t in gone])
    conn.executemany("INSERT INTO search_terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET"
                     " df = search_terms.df + 1", [(t,) for t in new])


def needs_reindex(conn: sqlite3.Connection, analyzer_key: str) -> bool:
    """True when the index was never built over the stored articles, or by another analyzer."""
    meta = dict(conn.execute("SELECT key, value FROM search_meta").fetchall())
    if meta.get("needs_reindex") == "1":
        return True
    if "analyzer" in meta and meta.get("vectors") != VECTORS:  # indexed before the vectors were of this kind
        return True
    return meta.get("analyzer", analyzer_key) != analyzer_key


def mark_indexed(conn: sqlite3.Connection, analyzer_key: str) -> None:
    conn.execute("DELETE FROM search_meta WHERE key = 'needs_reindex'")
    conn.executemany("INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                     " value = excluded.value", [("analyzer", analyzer_key), ("vectors", VECTORS)])


def clear_index(conn: sqlite3.Connection) -> None:
    for table in ("search_index", "search_entities", "search_topics", "search_docs", "search_terms",
                  "search_vectors"):
        conn.execute(f"DELETE FROM {table}")


def fts5_expression(query: ParsedQuery) -> str:
    """The FTS5 MATCH expression of a parsed query ("" when it has no clauses)."""
    positive = " AND ".join(_fts5_clause(c) for c in query.positive)
    negative = " OR ".join(_fts5_clause(c) for c in query.clauses if c.exclude)
    return f"({positive}) NOT ({negative})" if negative else positive


def _fts5_clause(clause: Clause) -> str:
    quoted = '"' + " ".join(t.replace('"', '""') for t in clause.terms) + '"'
    return quoted + " *" if clause.prefix else quoted


def fts5_hits(query: ParsedQuery) -> tuple[str, list]:
    """SQL of ``hits(docid, rank)`` for a non-empty query: FTS5 MATCH, BM25 (lower is better)."""
    return f"SELECT rowid AS docid, {_BM25} AS rank FROM search_index WHERE search_index MATCH ?", [
        fts5_expression(query)]


def run_query(conn: sqlite3.Connection, query: ParsedQuery, filters: Filters, sort: Sort = "relevance",
              limit: int = 20, offset: int = 0, facets: bool = True, collapse: bool = True,
              hits=fts5_hits) -> IndexPage:
    """One page of matches, the total and (``facets``) facet counts. ``collapse``: hide near-duplicate copies.
    ``hits``: the backend's matching SQL (:func:`fts5_hits`; the PostgreSQL store gives its own); the rest of
    the SQL is shared by both backends."""
    cte, params = _matches(query, filters, collapse, hits)
    order = ("d.day DESC NULLS LAST, h.rank, d.article_id" if sort == "date"
             else "h.rank, d.day DESC NULLS LAST, d.article_id")
    rows = conn.execute(
        f"{cte} SELECT d.article_id, h.rank FROM m JOIN hits h USING (docid) JOIN search_docs d USING (docid)"
        f" ORDER BY {order} LIMIT ? OFFSET ?", (*params, limit, offset),
    ).fetchall()
    total = conn.execute(f"{cte} SELECT count(*) FROM m", params).fetchone()[0]
    found = _facets(conn, cte, params) if facets and total else {}
    return IndexPage(total, tuple((row[0], -float(row[1]) + 0.0) for row in rows), found)


def _matches(query: ParsedQuery, filters: Filters, collapse: bool, hits_of=fts5_hits) -> tuple[str, list]:
    """``WITH hits(docid, rank), m(docid)``: the matching documents after filters."""
    if query.empty:
        hits, params = "SELECT docid, 0.0 AS rank FROM search_docs", []
    else:
        hits, params = hits_of(query)
    where, more = _filters(filters, collapse)
    return (f"WITH hits AS ({hits}), m AS (SELECT d.docid FROM hits JOIN search_docs d USING (docid)"
            f" WHERE {where})"), params + more


def _filters(filters: Filters, collapse: bool) -> tuple[str, list]:
    conditions, params = ["1 = 1"], []
    for value, sql in (
        (filters.source, "d.source = ?"),
        (filters.language, "d.language = ?"),
        (filters.entity, "EXISTS (SELECT 1 FROM search_entities e WHERE e.key = ? AND e.docid = d.docid)"),
        (filters.topic, "EXISTS (SELECT 1 FROM search_topics t WHERE t.code = ? AND t.docid = d.docid)"),
        (filters.date_from and filters.date_from[:10], "d.day >= ?"),
        (filters.date_to and filters.date_to[:10], "d.day <= ?"),
    ):
        if value:
            conditions.append(sql)
            params.append(value)
    if collapse and not filters.source:
        conditions.append("NOT EXISTS (SELECT 1 FROM near_dups n WHERE n.article_id = d.article_id"
                          " AND n.canonical_id != d.article_id)")
    return " AND ".join(conditions), params


_FACET_SQL = {
    "source": "SELECT d.source, d.source, count(*) AS n FROM m JOIN search_docs d USING (docid)"
              " WHERE d.source IS NOT NULL AND d.source != '' GROUP BY d.source",
    "language": "SELECT d.language, d.language, count(*) AS n FROM m JOIN search_docs d USING (docid)"
                " WHERE d.language IS NOT NULL AND d.language != '' GROUP BY d.language",
    "entity": "SELECT e.key, max(e.name), count(*) AS n FROM m JOIN search_entities e USING (docid) GROUP BY e.key",
    "topic": "SELECT t.code, max(t.label), count(*) AS n FROM m JOIN search_topics t USING (docid) GROUP BY t.code",
}


def _facets(conn: sqlite3.Connection, cte: str, params: list) -> dict[str, tuple[FacetValue, ...]]:
    found = {}
    for name, sql in _FACET_SQL.items():
        rows = conn.execute(f"{cte} {sql} ORDER BY n DESC, 1 LIMIT {FACET_SIZE}", params).fetchall()
        if rows:
            found[name] = tuple(FacetValue(value, label, n) for value, label, n in rows)
    return found
