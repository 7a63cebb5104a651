"""The search index in the PostgreSQL store: the contract of :mod:`rasd.search.query` over a ``tsvector``.

The analyzer's terms are written as a ``tsvector`` literal (no PostgreSQL parser or dictionary touches them,
so both backends index exactly the same terms): head terms at positions 1.. with weight A, body terms after a
gap with weight D, so a phrase never spans the two fields. A GIN index serves ``@@``. A parsed query becomes a
``tsquery`` literal: words ANDed, phrases with ``<->``, prefixes with ``:*``, exclusions with ``!``.

Which articles match is the same on both backends (the parity tests check it). Ranking differs in detail:
PostgreSQL's ``ts_rank`` with head weight :data:`rasd.search.query.HEAD_WEIGHT` and body weight 1 is not BM25,
so equally relevant articles may come in another order.
"""

from __future__ import annotations

from collections import defaultdict

from rasd.search.documents import IndexDocument
from rasd.search.query import HEAD_WEIGHT, Clause, ParsedQuery
from rasd.search.sqlite import count_terms_of, upsert_doc, write_facets
from rasd.stories.sqlite import span_filter

MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
MAX_POSITIONS = 256  # positions kept per term (PostgreSQL's limit)
BODY_GAP = 100  # positions between head and body: no phrase crosses fields
# ts_rank weights are {D, C, B, A} in [0, 1]: body (D) 1/HEAD_WEIGHT, head (A) 1 keeps their ratio.
_RANK = f"ts_rank('{{{1 / HEAD_WEIGHT:.4f}, 0, 0, 1}}', terms, q)"


def write_document(conn, doc: IndexDocument, count_terms: bool = True) -> int:
    """Index (or re-index) one article; returns its docid (see :func:`rasd.search.sqlite.write_document`)."""
    docid = upsert_doc(conn, doc)
    if count_terms:
        old = conn.execute("SELECT head, body FROM search_index WHERE docid = ?", (docid,)).fetchone()
        count_terms_of(conn, old, doc)
    conn.execute("INSERT INTO search_index (docid, head, body, terms) VALUES (?, ?, ?, CAST(? AS tsvector))"
                 " ON CONFLICT (docid) DO UPDATE SET head = excluded.head, body = excluded.body,"
                 " terms = excluded.terms", (docid, doc.head, doc.body, tsvector_literal(doc.head, doc.body)))
    write_facets(conn, docid, doc)
    return docid


def tsvector_literal(head: str, body: str) -> str:
    """The ``tsvector`` text of head and body terms: each term with its positions, A (head) or D (body)."""
    positions: dict[str, list[str]] = defaultdict(list)
    head_terms = head.split()
    for i, term in enumerate(head_terms, start=1):
        _add(positions[term], i, "A")
    for i, term in enumerate(body.split(), start=len(head_terms) + BODY_GAP):
        _add(positions[term], i, "")
    return " ".join(f"{quote(term)}:{','.join(found)}" for term, found in positions.items())


def _add(found: list[str], position: int, weight: str) -> None:
    if len(found) < MAX_POSITIONS and position <= MAX_POSITION:
        found.append(f"{position}{weight}")


def quote(term: str) -> str:
    """A term as a tsvector/tsquery lexeme: single-quoted, quotes doubled, backslashes escaped."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_literal(query: ParsedQuery) -> str:
    """The ``tsquery`` text of a parsed query (the same clauses as :func:`rasd.search.sqlite.fts5_expression`)."""
    positive = " & ".join(_clause(c) for c in query.positive)
    negative = " | ".join(_clause(c) for c in query.clauses if c.exclude)
    return f"({positive}) & !({negative})" if negative else positive


def _clause(clause: Clause) -> str:
    lexemes = [quote(t) for t in clause.terms]
    if clause.prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


def tsquery_hits(query: ParsedQuery) -> tuple[str, list]:
    """SQL of ``hits(docid, rank)`` for a non-empty query (lower rank is better, as with BM25 in SQLite)."""
    return (f"SELECT docid, -{_RANK} AS rank FROM search_index, CAST(? AS tsquery) q WHERE terms @@ q",
            [tsquery_literal(query)])


def by_text(conn, top: list[str], docid: int, span, limit: int) -> set[int]:
    """Candidate related articles holding any of the ``top`` terms (see :func:`rasd.stories.sqlite.by_text`)."""
    if not top:
        return set()
    where, params = span_filter(span)
    rows = conn.execute(
        "SELECT s.docid FROM search_index s JOIN search_docs d ON d.docid = s.docid,"
        f" CAST(? AS tsquery) q WHERE s.terms @@ q AND s.docid <> ? {where}"
        f" ORDER BY -{_RANK.replace('terms', 's.terms')}, s.docid LIMIT ?",
        [" | ".join(quote(t) for t in top), docid, *params, limit])
    return {row[0] for row in rows}
