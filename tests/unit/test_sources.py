"""Arguments to RawDocuments: URLs, feeds, sitemaps (fetched from 127.0.0.1), files and folders."""

from __future__ import annotations

import json

import pytest
from sitefixture import Site, article_html, rss

from rasd.acquire.hints import LISTED_BY, PUBLISHED, hint
from rasd.acquire.http import FetchSettings
from rasd.acquire.sources import Acquirer
from rasd.errors import Failure
from rasd.model import RawDocument

SETTINGS = FetchSettings(allow_private=True, delay=0.0, retries=0, respect_robots=False)
BODY = ["قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الملفات العالقة.",
        "وأضاف أن الوفود ستناقش خطة العمل المشتركة وآليات التنفيذ خلال الأشهر الستة القادمة."]


@pytest.fixture
def site():
    with Site() as served:
        for n in (1, 2, 3):
            served.page(f"/ar/{n}", article_html(f"الخبر رقم {n} في نشرة اليوم", BODY))
        served.page("/rss.xml", rss([(f"/ar/{n}", f"الخبر {n}", "Sat, 28 Nov 2026 09:30:00 +0300") for n in (1, 2)]),
                    "application/rss+xml")
        yield served


def _acquirer(**kwargs) -> Acquirer:
    return Acquirer(max_bytes=1_000_000, fetch_settings=SETTINGS, **kwargs)


def test_a_feed_url_stands_for_its_entries_with_their_dates(site):
    with _acquirer() as acquirer:
        items = list(acquirer.items([site.url("/rss.xml")]))
    assert [i.location for i in items] == [site.url("/ar/1"), site.url("/ar/2")]
    assert all(isinstance(i, RawDocument) and i.source_kind == "feed" for i in items)
    assert hint(items[0], PUBLISHED) == "2026-11-28T09:30:00+03:00"
    assert hint(items[0], LISTED_BY) == site.url("/rss.xml")
    assert acquirer.listings[0].listed == 2 and acquirer.listings[0].new == 2


def test_seen_entries_are_not_fetched(site):
    with _acquirer(seen=lambda urls: {u for u in urls if u.endswith("/ar/1")}) as acquirer:
        items = list(acquirer.items([site.url("/rss.xml")]))
    assert [i.location for i in items] == [site.url("/ar/2")]
    assert site.hits("/ar/1") == 0 and acquirer.listings[0].new == 1


def test_sitemap_index_is_followed(site):
    site.page("/sitemap.xml", '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                              f"<sitemap><loc>{site.url('/news-sitemap.xml')}</loc></sitemap>"
                              f"<sitemap><loc>{site.url('/gone.xml')}</loc></sitemap></sitemapindex>", "application/xml")
    site.page("/news-sitemap.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                   f"<url><loc>{site.url('/ar/3')}</loc></url></urlset>", "application/xml")
    with _acquirer() as acquirer:
        items = list(acquirer.items([site.url("/sitemap.xml")]))
    assert isinstance(items[0], Failure) and items[0].location == site.url("/gone.xml") and items[0].code == "E020"
    assert [i.location for i in items[1:]] == [site.url("/ar/3")] and items[1].source_kind == "sitemap"


def test_page_url_file_folder_and_saved_feed_in_argument_order(site, tmp_path):
    (tmp_path / "saved.xml").write_text(rss([(site.url("/ar/3"), "الخبر 3", "Fri, 27 Nov 2026 10:00:00 GMT")]),
                                        encoding="utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "b.html").write_text(article_html("خبر محفوظ", BODY), encoding="utf-8")
    (folder / "a.jsonl").write_text(json.dumps({"title": "عنوان", "text": BODY[0]}, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    arguments = [site.url("/ar/1"), str(tmp_path / "saved.xml"), str(folder), str(tmp_path / "missing.html")]
    with _acquirer() as acquirer:
        items = list(acquirer.items(arguments))
    assert [i.location for i in items] == [site.url("/ar/1"), site.url("/ar/3"), f"{folder / 'a.jsonl'}#1",
                                           str(folder / "b.html"), str(tmp_path / "missing.html")]
    assert [i.source_kind for i in items[:4]] == ["url", "feed", "jsonl", "file"]
    assert isinstance(items[4], Failure) and items[4].code == "E006"


def test_unreachable_url_is_a_failure_in_place(site):
    with _acquirer() as acquirer:
        items = list(acquirer.items([site.url("/nothing"), site.url("/ar/2")]))
    assert isinstance(items[0], Failure) and "404" in items[0].reason
    assert isinstance(items[1], RawDocument)
