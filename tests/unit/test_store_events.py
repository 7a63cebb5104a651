"""Merging event reports in the store, on both backends: only reports sharing a participant and published
within MERGE_DAYS are candidates, and a store made before the participant keys existed gets them on opening."""

from __future__ import annotations

import sqlite3

from rasd.model import Article, DateValue, Event, EventArg, RawDocument, Span
from rasd.store import open_store
from rasd.store.events import MERGE_DAYS

WITKOFF = EventArg("ويتكوف", "e1", "USAGOV", "Steve Witkoff")
PUTIN = EventArg("بوتين", "e2", "RUSGOV", "Vladimir Putin")
LAVROV = EventArg("لافروف", "e3", "RUSGOV", "Sergei Lavrov")
TEXT = "التقى المبعوث الأميركي ويتكوف الرئيس الروسي بوتين في موسكو."


def article(article_id: str, published: str, actors=(WITKOFF,), targets=(PUTIN,), type_="CONSULT") -> Article:
    event = Event(type_, "التقى", "happened", Span(0, 5), actors, targets, None, None)
    return Article(article_id, TEXT, published=DateValue(published), events=(event,))


def stored(store_url: str, *articles: Article) -> dict[str, int]:
    """Reports per merged event after storing ``articles`` in order: {first report id: reports}."""
    with open_store(store_url) as store:
        for one in articles:
            store.put(RawDocument(one.id.encode(), one.id + ".txt"), one)
        _, events = store.list_events(limit=100)
    return {e.first_report.id: len(e.reports) for e in events}


def test_reports_sharing_a_participant_merge(store_url):
    merged = stored(store_url, article("a" * 16, "2026-01-13"), article("b" * 16, "2026-01-20"),
                    article("c" * 16, "2026-01-21", actors=(LAVROV,), targets=()))
    assert merged == {"a" * 16 + ".0": 2, "c" * 16 + ".0": 1}


def test_reports_months_apart_are_not_compared(store_url):
    assert MERGE_DAYS < 90
    merged = stored(store_url, article("a" * 16, "2026-01-13"), article("b" * 16, "2026-04-13"))
    assert merged == {"a" * 16 + ".0": 1, "b" * 16 + ".0": 1}


def test_an_older_store_gets_its_participant_keys_on_opening(tmp_path):
    path = str(tmp_path / "old.db")
    stored(path, article("a" * 16, "2026-01-13"))
    with sqlite3.connect(path) as conn:  # as a store written before version 9 would be
        conn.execute("DELETE FROM event_keys")
    with open_store(path) as store, store.reading() as conn:
        keys = {row[0] for row in conn.execute("SELECT key FROM event_keys")}
    assert keys == {"en:steve witkoff", "en:vladimir putin"}
    assert stored(path, article("b" * 16, "2026-01-14")) == {"a" * 16 + ".0": 2}
