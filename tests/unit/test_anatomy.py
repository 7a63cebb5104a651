"""The visible parts around the headline: kicker, deck, bylines, dates, reading time."""

from __future__ import annotations

from rasd.extract.anatomy import byline_names, read_anatomy
from rasd.extract.html import parse_html
from rasd.extract.pageindex import PartMatcher, index_page


def _anatomy(body: str, title: str = "وزير الخارجية يصل إلى عمان في جولة إقليمية"):
    html = f"<html><head><title>{title} - الجريدة</title></head><body>{body}</body></html>"
    tree = parse_html(html, "x")
    return read_anatomy(tree, index_page(tree, PartMatcher()), [title])


def test_kicker_inside_the_headline_and_deck_in_the_header():
    anatomy = _anatomy(
        '<article><header class="story-header"><h1><span class="kicker">جولة إقليمية</span> '
        "وزير الخارجية يصل إلى عمان في جولة إقليمية</h1>"
        '<p class="sub-title">الزيارة تستمر يومين وتتناول ملفات الطاقة والمياه</p></header>'
        "<p>نص الخبر الأول.</p></article>")
    assert anatomy.kicker == "جولة إقليمية"
    assert anatomy.headline == "وزير الخارجية يصل إلى عمان في جولة إقليمية"
    assert anatomy.deck == "الزيارة تستمر يومين وتتناول ملفات الطاقة والمياه" and anatomy.deck_in_header


def test_no_headline_when_no_heading_matches_the_title():
    anatomy = _anatomy("<h1>الجريدة</h1><p>نص</p>")
    assert anatomy.headline is None and anatomy.kicker is None


def test_bylines_and_dates_with_labels():
    anatomy = _anatomy(
        "<article><h1>وزير الخارجية يصل إلى عمان في جولة إقليمية</h1>"
        '<div class="ArticleByline">كتبت: منى الشريف</div>'
        '<span class="pub-date">نشر في 12 نوفمبر 2026</span>'
        '<span class="update-time">آخر تحديث: 13 نوفمبر 2026 - 08:05</span>'
        '<div class="read-time"><span>دقائق القراءة</span><span>5</span></div><p>نص</p></article>')
    assert anatomy.authors == ["منى الشريف"]
    assert [d.value for d in anatomy.published] == ["2026-11-12"]
    assert [d.value for d in anatomy.modified] == ["2026-11-13T08:05"]
    assert anatomy.published_minutes == 5


def test_byline_names():
    assert byline_names("بقلم: د. سامي عبد الرحمن") == ["د. سامي عبد الرحمن"]
    assert byline_names("كتب: محمد صالح وهدى يوسف") == ["محمد صالح", "هدى يوسف"]
    assert byline_names("إعداد: وليد سالم") == ["وليد سالم"]
    assert byline_names("By Jane Doe and John Roe | Reuters") == ["Jane Doe", "John Roe"]
    assert byline_names("Updated 10:32 AM") == [] and byline_names("author") == []
