"""Reports of the same event in different articles, merged into one event with all its reports.

A :class:`Report` is one event as one article reports it (its id is ``<article id>.<index>``). Two reports are of
the same event when they have the same PLOVER type, share a participant (the same knowledge-base entity, English
name or written name among their actors and targets, at least one of them an actor), their times are compatible
(equal, one inside the other, ranges that meet; or unknown in either) and so are their places. The merged
:class:`MergedEvent` keeps every report, the first report (earliest publication, then id), the status of the
latest report, and whether any report is contested or denied.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rasd.events.grouping import compatible
from rasd.events.lexicon import fold_word
from rasd.model import Article, Event, EventArg

STATUS_ORDER = ("happened", "ongoing", "planned", "conditional", "denied")


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    article_id: str
    event: Event
    published: str | None = None
    source: str | None = None
    url: str | None = None
    headline: str | None = None
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class MergedEvent:
    id: str
    type: str
    status: str
    contested: bool
    reports: tuple[Report, ...]  # oldest first
    actors: tuple[EventArg, ...]
    targets: tuple[EventArg, ...]
    place: EventArg | None
    time: str | None
    asserted_by: tuple[str, ...]
    contested_by: tuple[str, ...]

    @property
    def first_report(self) -> Report:
        return self.reports[0]


def reports_of(article: Article) -> list[Report]:
    """The article's events as reports."""
    return [Report(event.id or f"{article.id}.{i}", article.id, event, article.published.value, article.source.name,
                   article.url, article.headline or article.title,
                   article.text[event.evidence.start:event.evidence.end])
            for i, event in enumerate(article.events)]


def arg_key(arg: EventArg) -> str:
    """Who an argument is, across articles: its KB entry, else its English name, else its folded text."""
    if arg.name_en:
        return "en:" + arg.name_en.lower()
    return "ar:" + " ".join(fold_word(w) for w in arg.text.split() if w not in ("و",)).removeprefix("و")


def participants(event: Event) -> set[str]:
    return {arg_key(a) for a in event.actors + event.targets}


def same_event(a: Event, b: Event) -> bool:
    """Whether two reports (of different articles) tell of the same event."""
    if a.type != b.type:
        return False
    shared = participants(a) & participants(b)
    if not shared or not shared & ({arg_key(x) for x in a.actors} | {arg_key(x) for x in b.actors}):
        return False
    if not compatible(a.time, b.time):
        return False
    return a.place is None or b.place is None or arg_key(a.place) == arg_key(b.place)


def merged_id(first_report_id: str) -> str:
    return "ev" + hashlib.sha256(first_report_id.encode("utf-8")).hexdigest()[:14]


def merge(reports: list[Report], event_id: str | None = None) -> MergedEvent:
    """One event from its reports (at least one)."""
    ordered = sorted(reports, key=lambda r: ((r.published or "9999")[:10], r.id))
    latest = max(ordered, key=lambda r: ((r.published or "")[:10], r.id))
    events = [r.event for r in ordered]
    contested = any(e.contested_by or e.status == "denied" for e in events)
    return MergedEvent(
        id=event_id or merged_id(ordered[0].id), type=events[0].type, status=latest.event.status,
        contested=contested, reports=tuple(ordered), actors=_union(e.actors for e in events),
        targets=_union(e.targets for e in events), place=next((e.place for e in events if e.place), None),
        time=_best_time(e.time for e in events), asserted_by=_strings(e.asserted_by for e in events),
        contested_by=_strings(e.contested_by for e in events),
    )


def group_reports(reports: list[Report]) -> list[list[Report]]:
    """Reports in groups of the same event (greedy, oldest first; reports of one article never merge)."""
    groups: list[list[Report]] = []
    for report in sorted(reports, key=lambda r: ((r.published or "9999")[:10], r.id)):
        for group in groups:
            if all(r.article_id != report.article_id for r in group) and any(
                    same_event(r.event, report.event) for r in group):
                group.append(report)
                break
        else:
            groups.append([report])
    return groups


def _union(arg_lists) -> tuple[EventArg, ...]:
    seen: dict[str, EventArg] = {}
    for args in arg_lists:
        for arg in args:
            seen.setdefault(arg_key(arg), arg)
    return tuple(seen.values())


def _strings(lists) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for items in lists for s in items))


def _best_time(times) -> str | None:
    """The most specific known time: a day before a month before a year; ranges last."""
    known = [t for t in times if t]
    if not known:
        return None
    return min(known, key=lambda t: (".." in t, -len(t)))
