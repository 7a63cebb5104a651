"""The search index in the SQLite store: written by put, BM25, phrases, prefixes, filters, facets, snippets,
and stores created before the index (migration 0007) indexed when opened."""

from __future__ import annotations

import json
import sqlite3

import pytest

from rasd.model import Article, Block, DateValue, Entity, Mention, RawDocument, Source
from rasd.search import Filters, search
from rasd.serialize import article_to_json
from rasd.store import open_store
from rasd.store.sqlite import migrations

TEXTS = {
    "n1": ("اجتماع حلف شمال الأطلسي في بروكسل", "اجتمع وزراء دفاع حلف شمال الأطلسي لبحث دعم أوكرانيا.", "2026-01-10"),
    "n2": ("الشمال يستقبل الأطلسي", "قال مسؤول إن الحلف لا يخطط لشيء في الشمال، والمحيط الأطلسي هادئ.", "2026-01-11"),
    "n3": ("مفاوضات السلام", "قالت الوزارةُ إن المفاوضاتِ بشأن وأوكرانيا ستستأنف في ٢٠٢٦.", "2026-01-12"),
}


def article(aid: str, headline: str, text: str, day: str, source: str = "الشرق") -> Article:
    name = "أوكرانيا" if "أوكرانيا" in text else None
    entities = ()
    if name:
        start = text.index(name)
        entities = (Entity("e1", "LOC", name, (Mention(start, start + len(name), name),), kb_id="iso:UKR"),)
    return Article(id=aid, text=text, blocks=(Block("paragraph", text, 0, len(text)),), language="ar",
                   source=Source(source), headline=headline, published=DateValue(day), entities=entities)


@pytest.fixture
def store(store_url):
    """The same store on each backend (SQLite file, PostgreSQL schema): both must answer alike."""
    with open_store(store_url) as opened:
        for n, (aid, (head, text, day)) in enumerate(TEXTS.items()):
            opened.put(RawDocument(aid.encode(), aid), article(aid, head, text, day, "رويترز" if n else "الشرق"))
        yield opened


def ids(results) -> list[str]:
    return [hit.id for hit in results.results]


def test_a_phrase_needs_its_words_together_and_in_order(store):
    assert ids(search(store, '"حلف شمال الاطلسي"')) == ["n1"]
    assert sorted(ids(search(store, "الشمال الأطلسي"))) == ["n1", "n2"]


def test_spelling_clitics_and_diacritics_match_and_the_original_is_marked(store):
    results = search(store, "اوكرانيا")
    assert sorted(ids(results)) == ["n1", "n3"]
    hit = next(h for h in results.results if h.id == "n3")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["وأوكرانيا"]
    assert ids(search(store, "مفاوضات 2026")) == ["n3"]


def test_prefixes_and_exclusions(store):
    assert ids(search(store, "المفاوض*")) == ["n3"]
    assert ids(search(store, "اوكرانيا -الوزارة")) == ["n1"]


def test_filters_and_facets_come_from_the_index(store):
    assert ids(search(store, "", Filters(source="الشرق"))) == ["n1"]
    assert ids(search(store, "", Filters(entity="iso:UKR", date_from="2026-01-11"))) == ["n3"]
    assert ids(search(store, "", Filters(date_to="2026-01-10"))) == ["n1"]
    facets = search(store, "").facets
    assert [(f.value, f.count) for f in facets["source"]] == [("رويترز", 2), ("الشرق", 1)]
    assert [(f.value, f.label, f.count) for f in facets["entity"]] == [("iso:UKR", "أوكرانيا", 2)]


def test_relevance_and_date_order(store):
    assert ids(search(store, "الأطلسي", sort="date")) == ["n2", "n1"]
    scored = search(store, "حلف الأطلسي").results
    assert ids(search(store, "حلف الأطلسي"))[0] == "n1" and scored[0].score > 0


def test_a_store_made_before_the_index_is_indexed_when_opened(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, _, sql in migrations():
        if number < 7:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
    record = json.dumps(article_to_json(article("old1", *TEXTS["n3"])), ensure_ascii=False)
    conn.execute("INSERT INTO articles (id, record, rasd_version, created_at, updated_at, published)"
                 " VALUES ('old1', ?, '0', 'now', 'now', '2026-01-12')", (record,))
    conn.close()
    with open_store(path) as opened:
        assert opened.schema_version >= 7
        assert ids(search(opened, "مفاوضات")) == ["old1"]


def test_search_terms_count_the_documents_once_each(store_url):
    """The empty term's df is the number of indexed articles (the N of idf), and re-storing one changes nothing."""
    from rasd.model import Article, RawDocument
    from rasd.store import open_store
    from rasd.stories.sqlite import DOCUMENTS

    with open_store(store_url) as store:
        for n in range(3):
            store.put(RawDocument(f"{n}".encode(), f"{n}.txt"), Article(f"{n:016d}", f"خبر رقم {n} عن موسكو"))
        store.put(RawDocument(b"0b", "0.txt"), Article(f"{0:016d}", "خبر معدل عن كييف"))
        with store.reading() as conn:
            (df,) = conn.execute("SELECT df FROM search_terms WHERE term = ?", (DOCUMENTS,)).fetchone()
    assert df == 3
