"""Search over stored articles: ``search(store, query, filters) -> SearchResults``.

Delegates to the search engine (:mod:`rasd.search`: the shared Arabic analyzer, an FTS5 index with BM25,
phrases, prefixes, filters, facets and snippets of the original text). The records are :mod:`rasd.search`'s.
"""

from __future__ import annotations

from rasd.arabic.normalize import SEARCH
from rasd.arabic.normalize import fold as _fold
from rasd.search import engine
from rasd.search.records import FACET_SIZE, FACETS, FacetValue, Filters, SearchHit, SearchResults, Sort

__all__ = ["FACETS", "FACET_SIZE", "FacetValue", "Filters", "SearchHit", "SearchResults", "fold", "search"]


def fold(text: str) -> str:
    """Lower-cased, diacritics and tatweel removed, alef/yaa/taa-marbuta and hamza variants unified."""
    return _fold(text, SEARCH)


def search(store, query: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0,
           sort: Sort = "relevance") -> SearchResults:
    """Articles matching every word of ``query`` (all articles when it is empty), best first, with facets."""
    return engine.search(store, query, filters, limit, offset, sort)
