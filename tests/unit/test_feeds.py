"""RSS/Atom feeds and sitemaps into the URLs they list, with dates and titles."""

from __future__ import annotations

import gzip

import pytest

from rasd.acquire.feeds import looks_like_feed, parse_feed
from rasd.acquire.sitemaps import looks_like_sitemap, parse_sitemap
from rasd.errors import InputError

RSS = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>أخبار اليوم</title><link>https://news.example/</link>
<item><title>الحكومة تقر الموازنة</title><link>/ar/2026/11/28/budget</link>
<pubDate>Sat, 28 Nov 2026 09:30:00 +0300</pubDate></item>
<item><title>مباراة القمة</title><link>https://news.example/ar/sport/1</link><guid>x-1</guid></item>
<item><title>نسخة مكررة</title><link>https://news.example/ar/sport/1</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Talks resume</title><link rel="alternate" href="https://wire.example/a/1"/>
<updated>2026-11-27T18:00:00Z</updated></entry></feed>"""


def test_rss_in_windows_1256_gives_absolute_urls_dates_and_titles():
    feed = parse_feed(RSS.encode("cp1256"), "feed.xml", base_url="https://news.example/rss")
    assert feed.title == "أخبار اليوم"
    assert [e.url for e in feed.entries] == ["https://news.example/ar/2026/11/28/budget", "https://news.example/ar/sport/1"]
    assert feed.entries[0].title == "الحكومة تقر الموازنة"
    assert feed.entries[0].published == "2026-11-28T09:30:00+03:00"
    assert feed.entries[1].published is None


def test_atom_feed():
    feed = parse_feed(ATOM.encode(), "atom.xml")
    assert [(e.url, e.published) for e in feed.entries] == [("https://wire.example/a/1", "2026-11-27T18:00:00+00:00")]


def test_feed_sniffing():
    assert looks_like_feed(RSS.encode("cp1256")) and looks_like_feed(ATOM.encode())
    assert not looks_like_feed(b"<!doctype html><html><body><p>rss</p></body></html>")


def test_not_a_feed_is_an_error_with_its_reason():
    with pytest.raises(InputError) as caught:
        parse_feed(b"<html><body>no feed here</body></html>", "page.xml")
    assert caught.value.code == "E006" and "feed" in caught.value.message


NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/ar/1</loc><lastmod>2026-11-28</lastmod>
    <news:news><news:publication><news:name>أخبار</news:name><news:language>ar</news:language></news:publication>
    <news:publication_date>2026-11-28T08:00:00+03:00</news:publication_date><news:title>عنوان الخبر</news:title>
    </news:news></url>
  <url><loc>https://news.example/ar/2</loc></url>
  <url><loc>https://news.example/ar/1</loc></url>
</urlset>"""

INDEX = """<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap><sitemap><loc>https://news.example/sitemap-2.xml.gz</loc>
</sitemap></sitemapindex>"""


def test_news_sitemap_entries():
    sitemap = parse_sitemap(NEWS_SITEMAP.encode(), "s.xml")
    assert [e.url for e in sitemap.entries] == ["https://news.example/ar/1", "https://news.example/ar/2"]
    first = sitemap.entries[0]
    assert (first.lastmod, first.published, first.title) == ("2026-11-28", "2026-11-28T08:00:00+03:00", "عنوان الخبر")


def test_sitemap_index_and_gzip():
    index = parse_sitemap(gzip.compress(INDEX.encode()), "index.xml.gz")
    assert index.sitemaps == ("https://news.example/sitemap-1.xml", "https://news.example/sitemap-2.xml.gz")
    assert index.entries == ()
    assert looks_like_sitemap(gzip.compress(INDEX.encode()))


def test_text_sitemap_and_rejection():
    text = parse_sitemap(b"https://a.example/1\nhttps://a.example/2\n", "urls.txt")
    assert [e.url for e in text.entries] == ["https://a.example/1", "https://a.example/2"]
    with pytest.raises(InputError) as caught:
        parse_sitemap(b"just some words\nnot urls", "x.txt")
    assert caught.value.code == "E006"


def test_sitemap_entities_are_not_expanded():
    evil = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/&e;</loc></url></urlset>"""
    entries = parse_sitemap(evil, "evil.xml").entries
    assert all("root:" not in e.url for e in entries)
