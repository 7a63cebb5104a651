"""Story threads: articles about the same story across sources and days, with a timeline.

Threads are built incrementally as articles are stored (:mod:`rasd.stories.threads`): a thread's id is
the id of the article that started it; its timeline is ordered by publication day, the earliest being the
first report.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.browse.entities import entity_key
from rasd.browse.scan import published_day
from rasd.errors import NotFound, RasdError
from rasd.export.common import event_id
from rasd.model import Article
from rasd.store import Store


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
    _, ids = store.thread_ids(min_articles)
    return [_thread([store.get(a) for a in store.thread_members(thread_id)], thread_id) for thread_id in ids]


def find_thread(store: Store, thread_id: str) -> Thread:
    """The thread with this id, or the thread an article with this id belongs to (NotFound otherwise)."""
    found = store.thread_of(thread_id)
    if found is None:
        try:
            found = store.thread_of(store.resolve_id(thread_id))
        except RasdError:
            found = None
    if found is None:
        raise NotFound(f"no thread or article with id {thread_id!r}")
    return _thread([store.get(a) for a in store.thread_members(found)], found)


def _thread(group: list[Article], thread_id: str) -> Thread:
    ordered = sorted(group, key=lambda a: (published_day(a) or "9999", a.id))
    entries = tuple(
        ThreadEntry(a.id, a.headline or a.title, a.source.name, a.published.value,
                    "first report" if n == 0 else "update")
        for n, a in enumerate(ordered)
    )
    events = sorted((_event(a, i) for a in ordered for i in range(len(a.events))),
                    key=lambda e: (e.time is None, e.time or ""))
    return Thread(thread_id, entries[0].headline, entries, tuple(events), _top_entities(ordered),
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
