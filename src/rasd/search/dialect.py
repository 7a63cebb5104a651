"""What differs between the two store backends' search: how an article's terms are written to the index, the
SQL that matches a query, and the candidate search by terms that related stories and threads use. Everything
else (filters, facets, near-duplicates, threads) is SQL both backends run as it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasd.search.documents import IndexDocument
from rasd.search.query import ParsedQuery


@dataclass(frozen=True, slots=True)
class SearchDialect:
    name: str
    write_document: Callable[[Any, IndexDocument], int]  # (conn, doc) -> docid
    hits: Callable[[ParsedQuery], tuple[str, list]]  # SQL of hits(docid, rank), lower rank is better
    by_text: Callable[[Any, list[str], int, tuple[str, str] | None, int], set[int]]  # candidate docids


def sqlite_dialect() -> SearchDialect:
    from rasd.search import sqlite
    from rasd.stories.sqlite import by_text

    return SearchDialect("sqlite", sqlite.write_document, sqlite.fts5_hits, by_text)


def postgres_dialect() -> SearchDialect:
    from rasd.search import postgres

    return SearchDialect("postgresql", postgres.write_document, postgres.tsquery_hits, postgres.by_text)
