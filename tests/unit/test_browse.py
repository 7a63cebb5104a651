"""Reading across stored articles: search (interim scan), entity profiles, related stories, threads, events."""

from __future__ import annotations

import pytest

from annotated_records import follow_up
from rasd.browse import Filters, entity_profile, find_event, find_thread, list_entities, list_threads, related, search
from rasd.browse.search import fold
from rasd.errors import NotFound
from rasd.model import Article, Block, DateValue, Entity, Event, Mention, RawDocument, Source, Span, Topic
from rasd.store import open_store


def article(aid: str, text: str, day: str | None, names: tuple[tuple[str, str], ...] = (), source: str = "الشرق",
            topics: tuple[Topic, ...] = (), headline: str | None = None) -> Article:
    entities = []
    for n, (etype, name) in enumerate(names):
        start = text.index(name)
        entities.append(Entity(f"e{n}", etype, name, (Mention(start, start + len(name), name),)))
    return Article(id=aid, text=text, blocks=(Block("paragraph", text, 0, len(text)),), language="ar",
                   source=Source(source), headline=headline or text[:30], published=DateValue(day),
                   entities=tuple(entities), topics=topics)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "b.db") as opened:
        raw = RawDocument(b"x", "test")
        opened.put(raw, article("a1", "زار ويتكوف موسكو والتقى بوتين في أوكرانيا.", "2026-01-13",
                                (("PER", "ويتكوف"), ("LOC", "موسكو"), ("PER", "بوتين")),
                                topics=(Topic("medtop:11000000", "سياسة", 0.9),)))
        opened.put(raw, article("a2", "قال بوتين إن ويتكوف سيعود إلى موسكو قريبًا.", "2026-01-15",
                                (("PER", "بوتين"), ("PER", "ويتكوف"), ("LOC", "موسكو")), source="رويترز"))
        opened.put(raw, article("a3", "ارتفعت أسعار النفط في الأسواق الآسيوية.", "2026-01-14", (("LOC", "الأسواق"),)))
        yield opened


def test_fold_unifies_arabic_spelling_variants():
    assert fold("أوكرانيا") == fold("اوكرانيا") == fold("أُوكـرانيا")
    assert fold("مدرسة") == fold("مدرسه") and fold("مستشفى") == fold("مستشفي")


def test_search_matches_without_hamza_and_highlights_the_original_text(store):
    results = search(store, "اوكرانيا")
    assert [hit.id for hit in results.results] == ["a1"]
    hit = results.results[0]
    (start, end), = hit.highlights
    assert hit.snippet[start:end] == "أوكرانيا"


def test_search_needs_every_word_and_ranks_then_dates(store):
    assert search(store, "ويتكوف النفط").total == 0
    results = search(store, "ويتكوف")
    assert [hit.id for hit in results.results] == ["a1", "a2"]  # BM25: the shorter article first
    assert results.results[0].score > results.results[1].score > 0
    by_date = search(store, "ويتكوف", sort="date")
    assert [hit.id for hit in by_date.results] == ["a2", "a1"]  # newest first


def test_search_filters_and_facets(store):
    results = search(store, "", Filters(source="رويترز"))
    assert [hit.id for hit in results.results] == ["a2"]
    facets = search(store, "").facets
    assert {(f.value, f.count) for f in facets["source"]} == {("الشرق", 2), ("رويترز", 1)}
    assert ("PER:ويتكوف", "ويتكوف", 2) in {(f.value, f.label, f.count) for f in facets["entity"]}
    assert [f.label for f in facets["topic"]] == ["سياسة"]
    assert [h.id for h in search(store, "", Filters(entity="PER:بوتين", date_from="2026-01-14")).results] == ["a2"]
    assert search(store, "", Filters(topic="medtop:11000000")).total == 1


def test_search_pages(store):
    first = search(store, "", limit=2, offset=0)
    second = search(store, "", limit=2, offset=2)
    assert first.total == second.total == 3
    assert len(first.results) == 2 and len(second.results) == 1
    assert {h.id for h in first.results} | {h.id for h in second.results} == {"a1", "a2", "a3"}


def test_entity_profile_timeline_and_co_mentions(store):
    profile = entity_profile(store, "PER:ويتكوف")
    assert profile.name == "ويتكوف" and [a.id for a in profile.articles] == ["a2", "a1"]
    assert profile.timeline == (("2026-01-13", 1), ("2026-01-15", 1))
    assert {(c.name, c.articles) for c in profile.co_mentions} == {("موسكو", 2), ("بوتين", 2)}
    with pytest.raises(NotFound):
        entity_profile(store, "PER:لا أحد")


def test_entity_profile_collects_what_the_person_said(tmp_path):
    with open_store(tmp_path / "q.db") as opened:
        opened.put(RawDocument(b"y", "t"), follow_up())
        said = entity_profile(opened, "ORG:الكرملين").quotes
    assert len(said) == 1 and said[0].content.startswith("ستيف ويتكوف وجاريد كوشنر سيصلان")


def test_list_entities_most_named_first(store):
    total, rows = list_entities(store, limit=3)
    assert total == 4
    assert [(r.name, r.articles) for r in rows] == [("بوتين", 2), ("موسكو", 2), ("ويتكوف", 2)]
    total_places, places = list_entities(store, type="LOC")
    assert total_places == 2 and {p.name for p in places} == {"موسكو", "الأسواق"}


def test_related_explains_its_picks(store):
    (first,) = related(store, "a1")
    assert first.id == "a2" and set(first.shared) == {"ويتكوف", "موسكو", "بوتين"}
    assert first.reason.startswith("shares: ") and first.reason.endswith("2 days apart")
    assert related(store, "a3") == ()


def test_threads_group_articles_sharing_entities(store):
    (thread,) = list_threads(store)
    assert thread.id == "a1" and [e.article_id for e in thread.entries] == ["a1", "a2"]
    assert [e.role for e in thread.entries] == ["first report", "update"]
    assert thread.sources == 2
    assert find_thread(store, "a2").id == "a1"
    assert len(find_thread(store, "a3").entries) == 1


def test_find_event_by_article_and_index(tmp_path):
    text = "زار ويتكوف موسكو في ديسمبر."
    event = Event("CONSULT", "زار", "happened", Span(0, len(text) - 1), time="2025-12")
    with open_store(tmp_path / "e.db") as opened:
        opened.put(RawDocument(b"z", "t"), Article(id="ev1", text=text, events=(event,)))
        view = find_event(opened, "ev1.0")
        assert view.event.type == "CONSULT" and view.evidence == "زار ويتكوف موسكو في ديسمبر"
        with pytest.raises(NotFound):
            find_event(opened, "ev1.3")
