"""One event as reported in one article: ``<article id>.<index>``, or the id the events stage gave it."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.browse.scan import all_articles
from rasd.errors import NotFound, RasdError
from rasd.export.common import event_id
from rasd.model import Article, Event
from rasd.store import Store


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    article: Article
    event: Event
    evidence: str  # the text of the evidence span


def find_event(store: Store, wanted: str) -> EventView:
    """The event with this id; NotFound (E202) when no stored article reports it."""
    article_id, _, index = wanted.rpartition(".")
    if article_id and index.isdigit():
        try:
            article = store.get(article_id)
        except RasdError:  # not an article id (or an ambiguous prefix): look for an event id
            article = None
        if article is not None and int(index) < len(article.events):
            return _view(article, int(index))
    for article in all_articles(store):
        for position, event in enumerate(article.events):
            if event.id == wanted:
                return _view(article, position)
    raise NotFound(f"no stored article reports an event {wanted!r}")


def _view(article: Article, index: int) -> EventView:
    event = article.events[index]
    span = article.text[event.evidence.start:event.evidence.end]
    return EventView(event_id(article, index), article, event, span)
