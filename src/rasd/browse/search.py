"""Search over stored articles: ``search(store, query, filters) -> SearchResults``.

This is the interim engine: a scan of every article that folds Arabic spelling variants (diacritics,
tatweel, hamza forms of alef, alef maqsura, taa marbuta) and matches every query word against the
headline, title, deck and body. The search engine (an FTS5 index with the shared Arabic analyzer) will
replace the body of :func:`search`; the records it returns are the contract the API and the reader use,
shaped like ``rasd search --json``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rasd.browse.entities import entity_key
from rasd.browse.scan import all_articles, published_day
from rasd.model import Article
from rasd.store import Store

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
SNIPPET_CHARS = 220
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


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int
    results: tuple[SearchHit, ...]
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0


def fold(text: str) -> str:
    """Lower-cased, diacritics and tatweel removed, alef/yaa/taa-marbuta variants unified."""
    return _DIACRITICS.sub("", text).translate(_FOLD).lower()


def search(store: Store, query: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0) -> SearchResults:
    """Articles matching every word of ``query`` (all articles when it is empty), best first, with facets."""
    terms = [fold(word) for word in query.split() if fold(word)]
    scored = []
    for article in all_articles(store):
        if not _passes(article, filters):
            continue
        score = _score(article, terms)
        if score > 0 or not terms:
            scored.append((score, article))
    scored.sort(key=lambda pair: (published_day(pair[1]) or "", pair[1].id), reverse=True)  # newest first
    scored.sort(key=lambda pair: pair[0], reverse=True)  # stable: best first, then newest
    page = scored[offset:offset + limit]
    hits = tuple(_hit(article, score, terms) for score, article in page)
    return SearchResults(query, len(scored), hits, _facets(a for _, a in scored), limit, offset)


def _passes(article: Article, filters: Filters) -> bool:
    day = published_day(article)
    checks = [
        filters.source is None or article.source.name == filters.source,
        filters.language is None or article.language == filters.language,
        filters.entity is None or any(entity_key(e) == filters.entity for e in article.entities),
        filters.topic is None or any(t.code == filters.topic for t in article.topics),
        filters.date_from is None or (day is not None and day >= filters.date_from),
        filters.date_to is None or (day is not None and day <= filters.date_to[:10]),
    ]
    return all(checks)


def _score(article: Article, terms: list[str]) -> float:
    if not terms:
        return 0.0
    head = fold(" ".join(filter(None, [article.headline, article.title, article.deck, article.kicker])))
    body = fold(article.text)
    score = 0.0
    for term in terms:
        in_head, in_body = head.count(term), body.count(term)
        if not (in_head or in_body):
            return 0.0
        score += 3.0 * min(in_head, 3) + min(in_body, 10) ** 0.5
    return round(score, 3)


def _hit(article: Article, score: float, terms: list[str]) -> SearchHit:
    snippet, highlights = _snippet(article.text, terms)
    return SearchHit(article.id, article.headline or article.title, article.source.name, article.published.value,
                     score, snippet, highlights)


def _snippet(text: str, terms: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    folded, index = _fold_with_map(text)
    positions = [folded.find(term) for term in terms]
    first = min((p for p in positions if p >= 0), default=-1)
    if first < 0:
        return text[:SNIPPET_CHARS], ()
    start = max(0, index[first] - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    marks = []
    for term in terms:
        for match in re.finditer(re.escape(term), folded):
            s, e = index[match.start()], index[match.end() - 1] + 1
            if start <= s and e <= end:
                marks.append((s - start, e - start))
    return text[start:end], tuple(sorted(set(marks)))


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, the offset of the original character it came from."""
    chars, index = [], []
    for offset, char in enumerate(text):
        folded = fold(char)
        chars.append(folded)
        index.extend([offset] * len(folded))
    return "".join(chars), index


def _facets(articles: Iterable[Article]) -> dict[str, tuple[FacetValue, ...]]:
    counts: dict[str, Counter] = {name: Counter() for name in FACETS}
    labels: dict[tuple[str, str], str] = {}
    for article in articles:
        counts["source"][article.source.name] += 1
        counts["language"][article.language] += 1
        for entity in article.entities:
            labels[("entity", entity_key(entity))] = entity.name
        counts["entity"].update({entity_key(e) for e in article.entities})
        for topic in article.topics:
            labels[("topic", topic.code)] = topic.label
        counts["topic"].update({t.code for t in article.topics})
    return {
        name: tuple(FacetValue(value, labels.get((name, value), value), n)
                    for value, n in counts[name].most_common(FACET_SIZE) if value)
        for name in FACETS if any(counts[name].keys() - {None, ""})
    }
