"""One event as reported in one article (``<article id>.<index>``, the id the events stage gives it), or a merged
event (``ev...``: the reports of the same event across articles, :mod:`rasd.events.ledger`) shown by its first
report with all its reports."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.browse.scan import all_articles
from rasd.errors import NotFound, RasdError
from rasd.events.ledger import get_event
from rasd.events.merge import MergedEvent
from rasd.export.common import event_id
from rasd.model import Article, Event
from rasd.store import Store


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    article: Article
    event: Event
    evidence: str  # the text of the evidence span
    merged: MergedEvent | None = None  # the event across articles, with all its reports


def find_event(store: Store, wanted: str) -> EventView:
    """The event with this id; NotFound (E202) when no stored article reports it."""
    article_id, _, index = wanted.rpartition(".")
    if article_id and index.isdigit():
        try:
            article = store.get(article_id)
        except RasdError:  # not an article id (or an ambiguous prefix): look for an event id
            article = None
        if article is not None and int(index) < len(article.events):
            return _view(article, int(index), store)
    for article in all_articles(store):
        for position, event in enumerate(article.events):
            if event.id == wanted:
                return _view(article, position, store)
    try:
        merged = get_event(store, wanted)
    except NotFound:
        raise NotFound(f"no stored article reports an event {wanted!r}") from None
    first = merged.first_report
    article = store.get(first.article_id)
    index = next(i for i, e in enumerate(article.events) if event_id(article, i) == first.id)
    return _view(article, index, store, merged)


def _view(article: Article, index: int, store: Store | None = None, merged: MergedEvent | None = None) -> EventView:
    event = article.events[index]
    span = article.text[event.evidence.start:event.evidence.end]
    if merged is None and store is not None:
        try:
            merged = get_event(store, event_id(article, index))
        except NotFound:
            merged = None
    return EventView(event_id(article, index), article, event, span, merged)
