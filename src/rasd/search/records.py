"""The records search returns (also through :mod:`rasd.browse`, the HTTP API and the web reader)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Sort = Literal["relevance", "date"]
FACETS = ("source", "language", "entity", "topic")
FACET_SIZE = 15


@dataclass(frozen=True, slots=True)
class Filters:
    source: str | None = None
    language: str | None = None
    entity: str | None = None  # an entity key (see rasd.browse.entities.entity_key)
    topic: str | None = None  # a topic code
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str  # what to filter on (a source name, language code, entity key, topic code)
    label: str  # what to show
    count: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()  # [start, end) offsets into snippet
    copies: tuple[str, ...] = ()  # ids of its near-duplicates (syndicated copies, re-publications)


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int
    results: tuple[SearchHit, ...]
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True, slots=True)
class IndexPage:
    """What a store backend answers for a parsed query: one page of (article id, BM25 score), the total
    matching, and facet counts over all matches (value, label, count), largest first."""

    total: int
    rows: tuple[tuple[str, float], ...]
    facets: dict[str, tuple[FacetValue, ...]]
