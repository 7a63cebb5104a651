"""Search: one Arabic-aware analyzer for indexing and queries, an FTS5 index with BM25, phrases, prefixes,
filters, facets and highlighted snippets. The query contract is in :mod:`rasd.search.query`."""

from rasd.search.engine import search
from rasd.search.query import Clause, ParsedQuery, parse
from rasd.search.records import FacetValue, Filters, SearchHit, SearchResults

__all__ = ["Clause", "FacetValue", "Filters", "ParsedQuery", "SearchHit", "SearchResults", "parse", "search"]
