"""Story threads: articles about the same story across sources and days, with a timeline.

Interim engine: articles that share at least :data:`LINK_ENTITIES` entities are linked, and a thread is a
connected group of linked articles. Its id is the id of its first report (earliest publication date,
then smallest id). Story clustering (``rasd.stories``) replaces :func:`list_threads` and
:func:`find_thread` later; the records stay.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.browse.entities import entity_key
from rasd.browse.scan import all_articles, published_day
from rasd.errors import NotFound
from rasd.export.common import event_id
from rasd.model import Article
from rasd.store import Store

LINK_ENTITIES = 2


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    article_id: str
    headline: str | None
    source: str | None
    published: str | None
    role: str  # "first report" | "update"


@dataclass(frozen=True, slots=True)
class ThreadEvent:
    id: str
    article_id: str
    type: str
    trigger: str
    status: str
    time: str | None


@dataclass(frozen=True, slots=True)
class Thread:
    id: str
    title: str | None
    entries: tuple[ThreadEntry, ...]  # the timeline, oldest first
    events: tuple[ThreadEvent, ...]  # events reported in the thread, by time
    entities: tuple[tuple[str, str], ...]  # (key, name) named in most of its articles first
    sources: int


def list_threads(store: Store, min_articles: int = 2) -> list[Thread]:
    """Threads with at least ``min_articles`` articles, the largest and then the latest first."""
    threads = [_thread(group) for group in _groups(list(all_articles(store))) if len(group) >= min_articles]
    threads.sort(key=lambda t: (len(t.entries), t.entries[-1].published or ""), reverse=True)
    return threads


def find_thread(store: Store, thread_id: str) -> Thread:
    """The thread with this id, or the thread an article with this id belongs to (NotFound otherwise)."""
    for group in _groups(list(all_articles(store))):
        if any(article.id == thread_id for article in group):
            return _thread(group)
    raise NotFound(f"no thread or article with id {thread_id!r}")


def _groups(articles: list[Article]) -> list[list[Article]]:
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [{entity_key(e) for e in a.entities} for a in articles]
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if len(keys[i] & keys[j]) >= LINK_ENTITIES:
                parent[root(j)] = root(i)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(root(i), []).append(article)
    return list(groups.values())


def _thread(group: list[Article]) -> Thread:
    ordered = sorted(group, key=lambda a: (published_day(a) or "9999", a.id))
    entries = tuple(
        ThreadEntry(a.id, a.headline or a.title, a.source.name, a.published.value,
                    "first report" if n == 0 else "update")
        for n, a in enumerate(ordered)
    )
    events = sorted((_event(a, i) for a in ordered for i in range(len(a.events))),
                    key=lambda e: (e.time is None, e.time or ""))
    return Thread(ordered[0].id, entries[0].headline, entries, tuple(events), _top_entities(ordered),
                  len({a.source.name for a in ordered}))


def _event(article: Article, index: int) -> ThreadEvent:
    event = article.events[index]
    return ThreadEvent(event_id(article, index), article.id, event.type, event.trigger, event.status, event.time)


def _top_entities(articles: list[Article]) -> tuple[tuple[str, str], ...]:
    counts: dict[str, list] = {}
    for article in articles:
        for entity in {entity_key(e): e for e in article.entities}.values():
            counts.setdefault(entity_key(entity), [0, entity.name])[0] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1][0], item[1][1]))
    return tuple((key, name) for key, (_, name) in ranked[:10])
