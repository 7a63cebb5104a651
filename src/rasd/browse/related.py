"""Related stories for an article, each with its reason ("shares: ويتكوف، بوتين; 2 days apart").

Interim engine: a scan that scores other stored articles by the entities, topics and tags they share with
the article, plus a little for closeness in time. The search issue's related-stories engine (shared
entities + text similarity + time) replaces the body of :func:`related`; the records stay.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.browse.entities import entity_key
from rasd.browse.scan import all_articles, published_day
from rasd.model import Article
from rasd.store import Store


@dataclass(frozen=True, slots=True)
class Related:
    id: str
    headline: str | None
    source: str | None
    published: str | None
    score: float
    reason: str
    shared: tuple[str, ...]  # names of the shared entities


def related(store: Store, article_id: str, limit: int = 10) -> tuple[Related, ...]:
    """The stored articles most related to ``article_id``, best first. NotFound (E202) for an unknown id."""
    target = store.get(article_id)
    found = [r for other in all_articles(store) if other.id != target.id if (r := _relate(target, other))]
    found.sort(key=lambda r: (-r.score, r.id))
    return tuple(found[:limit])


def shared_entities(a: Article, b: Article) -> list[str]:
    """Names (as ``a`` gives them) of the entities both articles name."""
    keys = {entity_key(e) for e in b.entities}
    return [e.name for e in a.entities if entity_key(e) in keys]


def _relate(target: Article, other: Article) -> Related | None:
    entities = shared_entities(target, other)
    topics = {t.code for t in target.topics} & {t.code for t in other.topics}
    tags = set(target.tags) & set(other.tags)
    base = 2.0 * len(entities) + 1.0 * len(topics) + 0.5 * len(tags)
    if base == 0:
        return None
    days = days_apart(target, other)
    score = base + (1.0 / (1.0 + days / 7.0) if days is not None else 0.0)
    return Related(other.id, other.headline or other.title, other.source.name, other.published.value,
                   round(score, 3), _reason(entities, topics, tags, days), tuple(entities))


def days_apart(a: Article, b: Article) -> int | None:
    first, second = published_day(a), published_day(b)
    if not (first and second):
        return None
    return abs((dt.date.fromisoformat(first) - dt.date.fromisoformat(second)).days)


def _reason(entities: list[str], topics: set[str], tags: set[str], days: int | None) -> str:
    parts = []
    if entities:
        parts.append("shares: " + "، ".join(entities))
    if topics:
        parts.append(f"{len(topics)} shared topic" + ("s" if len(topics) > 1 else ""))
    if tags:
        parts.append("tags: " + "، ".join(sorted(tags)))
    if days is not None:
        parts.append("same day" if days == 0 else f"{days} day{'s' if days != 1 else ''} apart")
    return "; ".join(parts)
