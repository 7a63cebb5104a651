"""Merged events over any store: the store's own event tables when it has them (SQLite), else a scan.

The CLI, the HTTP API and the web reader call these, so a store without event tables (PostgreSQL before its
migration lands) still lists events, computed from its articles with :func:`rasd.events.merge.group_reports`.
"""

from __future__ import annotations

from rasd.errors import NotFound
from rasd.events.merge import MergedEvent, group_reports, merge, reports_of
from rasd.store import Store


def list_events(store: Store, type_: str | None = None, status: str | None = None, contested: bool | None = None,
                limit: int = 50, offset: int = 0) -> tuple[int, list[MergedEvent]]:
    """Merged events matching the filters, the latest first reported first, and how many match in all."""
    if hasattr(store, "list_events"):
        return store.list_events(type_, status, contested, limit, offset)
    events = [e for e in _scan(store) if _matches(e, type_, status, contested)]
    events.sort(key=lambda e: ((e.first_report.published or "")[:10], e.id), reverse=True)
    return len(events), events[offset:offset + limit]


def get_event(store: Store, wanted: str) -> MergedEvent:
    """The merged event with this id, or the one the report with this id (``<article id>.<index>``) belongs to."""
    if hasattr(store, "get_event"):
        return store.get_event(wanted)
    for event in _scan(store):
        if event.id == wanted or any(r.id == wanted for r in event.reports):
            return event
    raise NotFound(f"no stored event or event report with id {wanted!r}")


def rebuild(store: Store) -> int:
    """Re-derive every stored article's event reports and the merged events (after an upgrade); returns reports."""
    write = getattr(store, "rewrite_events", None)
    if write is None:
        from rasd.browse.scan import all_articles

        return sum(len(a.events) for a in all_articles(store))
    return write()


def _scan(store: Store) -> list[MergedEvent]:
    from rasd.browse.scan import all_articles  # here: rasd.browse imports this module

    reports = [r for article in all_articles(store) for r in reports_of(article)]
    return [merge(group) for group in group_reports(reports)]


def _matches(event: MergedEvent, type_: str | None, status: str | None, contested: bool | None) -> bool:
    return ((not type_ or event.type == type_.upper()) and (not status or event.status == status)
            and (contested is None or event.contested == contested))
