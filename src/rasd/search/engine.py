"""Search over a store: parse and analyze the query, ask the store's index, build hits with snippets.

Backend-independent: any store with ``analyzer``, ``search_index(parsed, filters, sort, limit, offset)``
(an :class:`~rasd.search.records.IndexPage`), ``copies_of(id)`` and ``get(id)`` can be searched. The query
language, analysis and ranking are specified in :mod:`rasd.search.query`.
"""

from __future__ import annotations

from rasd.search.query import parse
from rasd.search.records import Filters, SearchHit, SearchResults, Sort
from rasd.search.snippets import snippet


def search(store, query: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0,
           sort: Sort = "relevance", facets: bool = True) -> SearchResults:
    """Articles matching ``query`` (all when it is empty), best first (or newest first), with facet counts.

    Near-duplicate copies are folded under their canonical article (``SearchHit.copies``)."""
    analyzer = store.analyzer
    parsed = parse(query, analyzer)
    page = store.search_index(parsed, filters, sort, limit, offset, facets)
    hits = []
    for article_id, score in page.rows:
        article = store.get(article_id)
        text, marks = snippet(article.text, parsed, analyzer)
        hits.append(SearchHit(article.id, article.headline or article.title, article.source.name,
                              article.published.value, score, text, marks, store.copies_of(article.id)))
    return SearchResults(query, page.total, tuple(hits), page.facets, limit, offset)
