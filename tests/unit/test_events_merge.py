"""Reports of one event across articles: merged by type, shared participants, compatible time and place."""

from __future__ import annotations

from rasd.events.merge import Report, group_reports, merge, same_event
from rasd.model import Event, EventArg, Span

WITKOFF = EventArg("ويتكوف", "e1", "USAGOV", "Steve Witkoff")
PUTIN = EventArg("بوتين", "e2", "RUSGOV", "Vladimir Putin")
MOSCOW = EventArg("موسكو", "e3", "RUS", "Moscow")


def event(type_="CONSULT", actors=(WITKOFF,), targets=(PUTIN,), time="2026-01", place=MOSCOW, status="planned",
          contested=()) -> Event:
    return Event(type_, "لقاء", status, Span(0, 1), actors, targets, place, time, contested_by=contested)


def report(rid: str, article: str, published: str, ev: Event, source: str = "s") -> Report:
    return Report(rid, article, ev, published, source)


def test_same_event_rules():
    assert same_event(event(), event(time="2026-01-20"))  # a day inside the month
    assert same_event(event(), event(actors=(EventArg("المبعوث ويتكوف", None, None, "Steve Witkoff"),)))
    assert not same_event(event(), event(type_="AGREE"))
    assert not same_event(event(), event(time="2025-12"))
    assert not same_event(event(), event(actors=(EventArg("لافروف", None, None, "Sergei Lavrov"),), targets=()))
    assert not same_event(event(), event(place=EventArg("كييف", None, "UKR", "Kyiv")))
    assert same_event(event(), event(time=None, place=None))


def test_merge_keeps_reports_first_report_latest_status_and_contest():
    first = report("a.0", "a", "2026-01-13", event(contested=("مسؤول في البيت الأبيض",)), "الشرق")
    later = report("b.0", "b", "2026-01-20", event(status="happened", time="2026-01-19"), "رويترز")
    merged = merge([later, first])
    assert merged.first_report.id == "a.0" and [r.id for r in merged.reports] == ["a.0", "b.0"]
    assert merged.status == "happened" and merged.contested and merged.time == "2026-01-19"
    assert merged.contested_by == ("مسؤول في البيت الأبيض",)
    assert merged.id == merge([first, later]).id  # the id comes from the first report


def test_groups_never_merge_two_events_of_one_article():
    a0 = report("a.0", "a", "2026-01-13", event())
    a1 = report("a.1", "a", "2026-01-13", event())
    b0 = report("b.0", "b", "2026-01-14", event())
    c0 = report("c.0", "c", "2026-01-14", event(type_="SANCTION"))
    groups = [[r.id for r in g] for g in group_reports([c0, b0, a1, a0])]
    assert groups == [["a.0", "b.0"], ["a.1"], ["c.0"]]
