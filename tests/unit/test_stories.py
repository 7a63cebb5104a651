"""Near-duplicates (MinHash LSH), related stories with reasons, incremental threads, in the SQLite store."""

from __future__ import annotations

import pytest

from rasd.browse import find_thread, related
from rasd.model import Article, Block, DateValue, RawDocument, Source
from rasd.search import Filters, search
from rasd.stories.dups import NearDuplicates, canonical, similarity
from rasd.stories.score import Neighbour, reason, scored
from rasd.store import open_store

STORY = ("أعلنت وزارة الخارجية الروسية أن المبعوث الأميركي ستيف ويتكوف سيصل إلى موسكو الأسبوع المقبل للقاء الرئيس "
         "فلاديمير بوتين، في إطار الجهود المبذولة لإنهاء الحرب في أوكرانيا. وقال المتحدث باسم الكرملين إن "
         "الاجتماع سيتناول خطة السلام الأميركية المؤلفة من عشرين بنداً، وإن موسكو مستعدة للاستماع إلى المقترحات. "
         "وأضاف أن الجانبين لم يتفقا بعد على موعد نهائي للقاء، لكن التحضيرات جارية على قدم وساق.")
OTHER = ("ارتفعت أسعار النفط في الأسواق الآسيوية اليوم بعد أن خفضت منظمة أوبك إنتاجها اليومي، وقال محللون إن "
         "الطلب العالمي على الخام سيبقى قوياً حتى نهاية العام رغم تباطؤ الاقتصاد الصيني وارتفاع المخزونات.")


def article(aid: str, text: str, day: str, source: str = "الشرق") -> Article:
    return Article(id=aid, text=text, blocks=(Block("paragraph", text, 0, len(text)),), language="ar",
                   source=Source(source), headline=text[:40], published=DateValue(day))


@pytest.fixture
def store(store_url):
    """The same store on each backend (SQLite file, PostgreSQL schema): both must answer alike."""
    with open_store(store_url) as opened:
        opened.put(RawDocument(b"2", "2"), article("copy", "(رويترز) " + STORY + " وتابع المتحدث.", "2026-01-14",
                                                   "رويترز"))
        opened.put(RawDocument(b"1", "1"), article("first", STORY, "2026-01-13"))
        opened.put(RawDocument(b"3", "3"), article("oil", OTHER, "2026-01-13"))
        yield opened


def test_signatures_of_near_copies_are_close_and_of_other_texts_far():
    signer = NearDuplicates()
    terms = STORY.split()
    a, b, c = signer.signature(terms), signer.signature(terms[:-3] + ["كلمة"]), signer.signature(OTHER.split())
    assert similarity(a.values, b.values) > 0.8 > 0.1 > similarity(a.values, c.values)
    assert len(a.bands) == signer.bands and signer.bands * signer.rows <= 128
    assert signer.signature(["قصير", "جدا"]).bands == ()  # too short to tell


def test_canonical_is_the_first_published_then_the_longest():
    assert canonical([("b", "2026-01-14", 900), ("a", "2026-01-13", 100)]) == "a"
    assert canonical([("b", "2026-01-13", 900), ("a", "2026-01-13", 100)]) == "b"
    assert canonical([("b", None, 900), ("a", "2026-01-20", 100)]) == "a"


def test_a_later_copy_is_folded_under_the_earlier_article(store):
    assert store.canonical_of("copy") == "first" and store.canonical_of("first") == "first"
    assert store.copies_of("first") == ("copy",) and store.canonical_of("oil") == "oil"
    (hit,) = search(store, "ويتكوف").results
    assert hit.id == "first" and hit.copies == ("copy",)
    assert [h.id for h in search(store, "ويتكوف", Filters(source="رويترز")).results] == ["copy"]


def test_a_copy_joins_its_canonical_thread_and_is_not_related_to_it(store):
    assert find_thread(store, "copy").id == find_thread(store, "first").id
    assert [r.id for r in related(store, "first")] == []  # the copy is folded, the oil story unrelated


def test_scores_and_reasons():
    with_entities = scored(Neighbour("x", ("ويتكوف", "بوتين"), 0.3, 2))
    assert with_entities.reason == "shares: ويتكوف، بوتين; similar wording (0.30); 2 days apart"
    assert with_entities.score == pytest.approx(0.45 * 2 / 3 + 0.45 * 0.3 + 0.1 / (1 + 2 / 7), abs=1e-4)
    text_only = scored(Neighbour("y", (), 0.3, 0, entities=False))
    assert text_only.score == pytest.approx(0.9 * 0.3 + 0.1, abs=1e-4) and text_only.reason.endswith("same day")
    assert scored(Neighbour("z", (), 0.05, 0)) is None
    assert reason(tuple("ابجدهوز"), 0.0, None) == "shares: ا، ب، ج، د، ه (+2 more)"
