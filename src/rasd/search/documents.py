"""What of an article goes into the search index, the same for every store backend."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.analyzer import Analyzer
from rasd.model import Article, Entity

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def entity_key(entity: Entity) -> str:
    """How an entity is known across articles: ``kb_id``, else ``TYPE:name``."""
    return entity.kb_id or f"{entity.type}:{entity.name}"


def published_day(article: Article) -> str | None:
    """The publication day (YYYY-MM-DD) when known."""
    value = article.published.value
    return value[:10] if value and _DAY.match(value) else None


def head_text(article: Article) -> str:
    """Title, headline, kicker and deck (each once), the index's head field before analysis."""
    parts = dict.fromkeys(p for p in (article.title, article.headline, article.kicker, article.deck) if p)
    return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class IndexDocument:
    """One article as the index holds it: analyzed terms (space-separated) and the columns filters use."""

    article_id: str
    head: str
    body: str
    day: str | None
    source: str | None
    language: str | None
    entities: tuple[tuple[str, str, str], ...]  # (key, name, type), one per key
    topics: tuple[tuple[str, str], ...]  # (code, label), one per code


def index_document(article: Article, analyzer: Analyzer) -> IndexDocument:
    """The index document of ``article``: the analyzer's terms for its head and body, and its facets."""
    entities = {entity_key(e): (entity_key(e), e.name, e.type) for e in article.entities}
    topics = {t.code: (t.code, t.label or t.code) for t in article.topics}
    return IndexDocument(
        article.id, " ".join(analyzer.terms(head_text(article))), " ".join(analyzer.terms(article.text)),
        published_day(article), article.source.name, article.language, tuple(entities.values()),
        tuple(topics.values()),
    )
