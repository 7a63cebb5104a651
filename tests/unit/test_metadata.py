"""What pages declare: JSON-LD (graphs, sloppy JSON), meta tags, canonical links, authors, dates."""

from __future__ import annotations

from rasd.extract.html import parse_html
from rasd.extract.jsonld import find_article, names_of, read_objects
from rasd.extract.metadata import read_meta

PAGE = """<html lang="ar-EG"><head><title>عنوان | الموقع</title>
<meta property="og:site_name" content="الموقع"><meta property="article:published_time" content="2026-11-20T10:00:00+02:00">
<meta name="author" content="https://www.facebook.com/someone"><meta name="author" content="سارة محمود">
<meta property="article:tag" content="اقتصاد"><meta property="article:tag" content="طاقة">
<link rel="canonical" href="/ar/news/42">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "BreadcrumbList", "itemListElement": []},
  {"@type": ["NewsArticle"], "headline": "العنوان الكامل للخبر", "datePublished": "2026-11-20T09:00:00Z",
   "author": [{"@type": "Person", "name": "سارة محمود"}, {"@type": "Person", "name": "خالد نور"}],
   "keywords": ["طاقة", "نفط"],
   "image": {"@type": "ImageObject", "url": "/img/a.jpg", "caption": "شرح الصورة", "creditText": "رويترز"},},
]}
</script></head><body><p>نص</p></body></html>"""


def test_jsonld_with_a_trailing_comma_and_a_graph():
    tree = parse_html(PAGE, "x")
    article = find_article(read_objects(tree))
    assert article["headline"] == "العنوان الكامل للخبر"
    assert names_of(article["author"]) == ["سارة محمود", "خالد نور"]


def test_declared_fields_jsonld_first():
    meta = read_meta(parse_html(PAGE, "x"), "https://site.example/ar/news/42?ref=home")
    assert meta.canonical == "https://site.example/ar/news/42"
    assert meta.site_name == "الموقع" and meta.language == "ar"
    assert meta.headline == "العنوان الكامل للخبر"
    assert meta.authors == ["سارة محمود", "خالد نور"]
    assert [d.value for d in meta.published] == ["2026-11-20T09:00:00+00:00", "2026-11-20T10:00:00+02:00"]
    assert meta.published[0].evidence.startswith("JSON-LD datePublished")
    assert meta.tags == ["اقتصاد", "طاقة", "نفط"]
    assert meta.images[0].url == "https://site.example/img/a.jpg" and meta.images[0].credit == "رويترز"


def test_a_canonical_pointing_at_the_home_page_is_ignored():
    page = '<html><head><link rel="canonical" href="https://site.example/"></head><body><p>x</p></body></html>'
    assert read_meta(parse_html(page, "x"), "https://site.example/world/story-1").canonical is None
