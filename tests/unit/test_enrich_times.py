"""The `times` stage: article.times from article.text, against the publication date."""

from __future__ import annotations

from rasd.config import load_config
from rasd.enrich.times import make_stage
from rasd.model import Article, DateValue
from rasd.pipeline import default_registry

TEXT = "وفي ديسمبر الماضي زار ويتكوف موسكو.\n\nوقالت المصادر إن الاجتماع قد يعقد هذا الشهر."


def test_times_resolved_against_published():
    stage = make_stage(load_config(environ={}))
    article = Article(id="a", text=TEXT, published=DateValue("2026-01-13T09:00:00+00:00"))
    result = stage(article)
    assert [(t.text, t.value, t.granularity) for t in result.times] == [
        ("ديسمبر الماضي", "2025-12", "month"), ("هذا الشهر", "2026-01", "month")]
    assert all(TEXT[t.start:t.end] == t.text for t in result.times)
    assert article.times == ()  # the input is not changed


def test_times_without_published_keep_relative_meaning():
    result = make_stage(load_config(environ={}))(Article(id="a", text=TEXT))
    assert [(t.value, t.relative) for t in result.times] == [
        (None, "December before the publication month"), (None, "publication month")]


def test_unreadable_published_gives_warning_not_failure():
    result = make_stage(load_config(environ={}))(Article(id="a", text=TEXT, published=DateValue("last week")))
    assert [t.value for t in result.times] == [None, None]
    assert result.provenance.warnings[0].stage == "times"
    assert "publication date not used" in result.provenance.warnings[0].message


def test_registered_and_default():
    config = load_config(environ={})
    assert "times" in config.stages
    assert default_registry().create("times", config).provides == frozenset({"times"})


def test_page_fields_times_point_into_their_field():
    from rasd.extract.captions import parse_caption
    from rasd.model import Image
    parts = parse_caption("ويتكوف وكوشنر خلال اجتماع في الكرملين. 2 ديسمبر 2025 - REUTERS")
    assert (parts.date, parts.date_text) == ("2025-12-02", "2 ديسمبر 2025")
    image = Image(caption=parts.caption, credit=parts.credit, date=parts.date, date_text=parts.date_text)
    article = Article(id="a", text=TEXT, deck="الاجتماع ربما يعقد هذا الشهر", images=(image,),
                      published=DateValue("2026-01-13"))
    result = make_stage(load_config(environ={}))(article)
    page = [(t.field, t.text, t.value) for t in result.times if t.field]
    assert page == [("deck", "هذا الشهر", "2026-01"), ("images[0].date_text", "2 ديسمبر 2025", "2025-12-02")]
    assert [t.field for t in result.times[:2]] == [None, None]
