"""Entities across stored articles: who is named where, what they said, who appears with them.

An entity is known across articles by its key (:func:`entity_key`): its knowledge-base id when it is
linked, else its type and name, so the same person mentioned in two articles is one profile even before
linking. A profile is gathered by scanning the store (the interim engine; an entity index replaces the
scan later without changing these records).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rasd.browse.scan import all_articles, published_day
from rasd.errors import NotFound
from rasd.model import Article, Entity, Quote
from rasd.search.documents import entity_key
from rasd.store import Store

CO_MENTIONS = 12


@dataclass(frozen=True, slots=True)
class EntityArticle:
    id: str
    headline: str | None
    published: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class EntityQuote:
    article_id: str
    headline: str | None
    published: str | None
    cue: str
    form: str
    content: str


@dataclass(frozen=True, slots=True)
class CoMention:
    key: str
    name: str
    type: str
    articles: int


@dataclass(frozen=True, slots=True)
class EntitySummary:
    key: str
    name: str
    name_en: str | None
    type: str
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class EntityProfile:
    key: str
    name: str
    name_en: str | None
    type: str
    kb_id: str | None
    roles: tuple[str, ...]
    names: tuple[str, ...]  # the forms it is mentioned by
    articles: tuple[EntityArticle, ...]  # newest first
    timeline: tuple[tuple[str | None, int], ...]  # (publication day or None, mentions), oldest first
    quotes: tuple[EntityQuote, ...]
    co_mentions: tuple[CoMention, ...]


def list_entities(store: Store, limit: int = 50, offset: int = 0, type: str | None = None) -> tuple[int, list[EntitySummary]]:
    """(how many entities, one page of them), the most widely mentioned first."""
    found: dict[str, EntitySummary] = {}
    for article in all_articles(store):
        for entity in article.entities:
            if type and entity.type != type:
                continue
            key = entity_key(entity)
            seen = found.get(key)
            articles, mentions = (seen.articles, seen.mentions) if seen else (0, 0)
            found[key] = EntitySummary(key, entity.name, entity.name_en or (seen and seen.name_en), entity.type,
                                       articles + 1, mentions + len(entity.mentions))
    ranked = sorted(found.values(), key=lambda e: (-e.articles, -e.mentions, e.name))
    return len(ranked), ranked[offset:offset + limit]


def entity_profile(store: Store, key: str) -> EntityProfile:
    """Everything the store knows about one entity; NotFound (E202) when no article names it."""
    hits = [(article, entity) for article in all_articles(store) for entity in article.entities
            if entity_key(entity) == key]
    if not hits:
        raise NotFound(f"no stored article names an entity {key!r}")
    hits.sort(key=lambda pair: (published_day(pair[0]) or "", pair[0].id), reverse=True)
    first = hits[0][1]
    return EntityProfile(
        key=key, name=first.name, name_en=next((e.name_en for _, e in hits if e.name_en), None), type=first.type,
        kb_id=first.kb_id, roles=_unique(role for _, e in hits for role in e.roles),
        names=_unique(m.text for _, e in hits for m in e.mentions),
        articles=tuple(EntityArticle(a.id, a.headline or a.title, a.published.value, len(e.mentions))
                       for a, e in hits),
        timeline=_timeline(hits), quotes=tuple(q for a, e in hits for q in _quotes_by(a, e)),
        co_mentions=_co_mentions(hits, key),
    )


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _timeline(hits: list[tuple[Article, Entity]]) -> tuple[tuple[str | None, int], ...]:
    counts: Counter = Counter()
    for article, entity in hits:
        counts[published_day(article)] += len(entity.mentions) or 1
    return tuple(sorted(counts.items(), key=lambda item: (item[0] is None, item[0] or "")))


def _quotes_by(article: Article, entity: Entity) -> list[EntityQuote]:
    return [
        EntityQuote(article.id, article.headline or article.title, article.published.value, q.cue, q.form, q.content)
        for q in article.quotes if _spoken_by(q, entity)
    ]


def _spoken_by(quote: Quote, entity: Entity) -> bool:
    """The quote's speaker is linked to the entity, or the speaker's span is one of its mentions."""
    speaker = quote.speaker
    if speaker.entity_id is not None:
        return speaker.entity_id == entity.id
    if speaker.start is None or speaker.end is None:
        return False
    return any(m.start <= speaker.start and speaker.end <= m.end or
               speaker.start <= m.start and m.end <= speaker.end for m in entity.mentions)


def _co_mentions(hits: list[tuple[Article, Entity]], key: str) -> tuple[CoMention, ...]:
    counts: Counter = Counter()
    about: dict[str, Entity] = {}
    for article, _ in hits:
        keys = {entity_key(other): other for other in article.entities if entity_key(other) != key}
        about.update(keys)
        counts.update(keys.keys())
    return tuple(CoMention(k, about[k].name, about[k].type, n) for k, n in counts.most_common(CO_MENTIONS))
