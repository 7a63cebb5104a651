"""The reader's pages, server-rendered: the seed article's anatomy, panels shown only when the record has
their data, search with facets, entity, thread and event pages, the ingest form, languages, and inert
rendering of hostile content."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

SEED_CAPTION = "المبعوث الرئاسي الروسي كيريل دميترييف والمبعوثين الأميركيين ستيف ويتكوف وجاريد كوشنر خلال اجتماع في الكرملين."


class Tags(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self):
        super().__init__()
        self.names: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.attributes.extend(attrs)


def section(html: str, css_class: str) -> str:
    match = re.search(rf'<(section|details) class="panel {css_class}"[^>]*>(.*?)</\1>', html, re.S)
    return match.group(2) if match else ""


def test_seed_article_page_has_the_page_anatomy_in_arabic_rtl(client, seeded):
    page = client.get(f"/articles/{seeded.seed_id}")
    html = page.text
    assert page.status_code == 200 and '<html lang="ar" dir="rtl">' in html
    assert '<article class="article" lang="ar" dir="rtl">' in html
    assert '<p class="kicker">محادثات أوكرانيا</p>' in html
    assert '<h1 class="headline">ويتكوف وكوشنر يخططان لزيارة موسكو ولقاء بوتين</h1>' in html
    assert '<p class="deck">&#34;بلومبرغ&#34;: الاجتماع ربما يعقد هذا الشهر لكن التخطيط ليس نهائياً</p>' in html
    assert "دقائق القراءة: 4 دقائق" in html
    assert f'<span class="caption">{SEED_CAPTION}</span>' in html
    assert '<span class="credit">حقوق الصورة: REUTERS</span>' in html and 'datetime="2025-12-02"' in html
    assert '<p><span class="dateline">دبي -الشرق</span> يعتزم المبعوث' in html
    body = html[html.index('<div class="body">'):html.index("</article>")]
    blocks = client.get(f"/api/articles/{seeded.seed_id}").json()["blocks"]
    headings = [b["text"] for b in blocks if b["kind"] == "heading"]
    assert body.count("<p>") == 15 and body.count('<h2 class="subhead">') == len(headings) >= 1
    assert '<h2 class="subhead">مسودة مقترحات &#34;جديدة&#34;</h2>' in body


def test_entities_are_highlighted_by_offsets_and_linked(client, seeded):
    html = client.get(f"/articles/{seeded.seed_id}").text
    body = html[html.index('<div class="body">'):html.index("</article>")]
    link = '<a class="entity entity-PER" href="/entities/PER%3A%D8%B3%D8%AA%D9%8A%D9%81%20%D9%88%D9%8A%D8%AA%D9%83%D9%88%D9%81">'
    assert body.count(link) == 3  # ستيف ويتكوف once, ويتكوف twice
    assert f"{link}ستيف ويتكوف</a>" in body
    assert body.count('class="entity entity-LOC"') == 12  # موسكو 6 + أوكرانيا 6
    assert '<span class="timex" title="2026-01">هذا الشهر</span>' in body
    # the text itself is intact: the annotated body, tags removed, equals the record's paragraphs
    record = client.get(f"/api/articles/{seeded.seed_id}").json()
    first = re.search(r"<p>(.*?)</p>", body, re.S).group(1)
    assert unescape(re.sub(r"<[^>]+>", "", first)) == "دبي -الشرق " + record["blocks"][0]["text"]


def test_panels_show_quotes_named_and_anonymous_times_topics_events_related(client, seeded):
    html = client.get(f"/articles/{seeded.seed_id}").text
    quotes = section(html, "quotes")
    assert "مصادر مسمّاة (2)" in quotes and "مصادر مجهولة (3)" in quotes
    assert "نقلًا عن <bdi>بلومبرغ</bdi>" in quotes and "امتنع عن التعليق" in quotes
    assert '<a class="entity" href="/entities/PER%3A' in quotes  # الرئيس ترمب links to Trump's page
    times = section(html, "times")
    assert "<span dir=\"auto\">ديسمبر الماضي</span> → <bdi>2025-12</bdi>" in times
    assert "سياسة" in section(html, "topics") and "محادثات السلام" in section(html, "topics")
    assert f'href="/events/{seeded.seed_id}.0">CONSULT</a>' in section(html, "events")
    related = section(html, "related")
    assert f'href="/articles/{seeded.follow_id}"' in related and "shares: " in related
    assert f'href="/threads/{seeded.seed_id}"' in section(html, "thread")
    assert f'href="/api/articles/{seeded.seed_id}?format=ninjs"' in section(html, "export")


def test_panels_are_left_out_when_the_record_has_no_such_data(tmp_path, seed_path):
    from fastapi.testclient import TestClient

    from rasd.api import create_app
    from rasd.config import load_config
    from rasd.service import ingest, open_store

    # only the reader's page anatomy: the default stages (quotes, times, ...) would fill those panels
    config = load_config(environ={}, db=str(tmp_path / "plain.db"), stages=("readtime",))
    with open_store(config.db) as store:
        (article_id,) = ingest([str(seed_path)], store, config).created
    html = TestClient(create_app(config)).get(f"/articles/{article_id}").text
    for panel in ("entities", "quotes", "times", "topics", "events", "related", "thread", "summary"):
        assert f'class="panel {panel}"' not in html, panel
    assert 'class="entity' not in html and '<h1 class="headline">' in html


def test_hostile_content_is_inert_text(client, seeded):
    page = client.get(f"/articles/{seeded.hostile_id}")
    html = page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    tags = Tags()
    tags.feed(html)
    assert "script" not in tags.names and "style" not in tags.names  # the article page has no script at all
    assert {"img", "iframe", "b", "i", "div style"} & tags.names == set()
    assert [a for a in tags.attributes if a[0].startswith("on") or a[0] == "style"] == []
    assert [v for name, v in tags.attributes if name in ("href", "src") and "javascript:" in (v or "")] == []
    assert "&lt;script&gt;window.__pwned = 1; alert(&#39;x&#39;)&lt;/script&gt;" in html  # shown, as text
    assert "&lt;img src=x onerror=&#34;window.__pwned=2;alert(2)&#34;&gt;" in html
    assert "expression(alert(5))" in html  # the CSS is text in a paragraph, not a style
    assert 'href="/entities/PER%3A%3Cb%20onmouseover%3Dalert%289%29%3E' in html


def test_search_page_with_facets(client, seeded):
    html = client.get("/search", params={"q": "اوكرانيا"}).text
    assert "2 نتيجة" in html and f'href="/articles/{seeded.seed_id}"' in html
    assert "<mark>أوكرانيا</mark>" in html
    facet = re.search(r'<a href="(/search\?q=[^"]*source=[^"]*)" dir="auto">وكالة الاختبار</a>', html)
    assert facet, "source facet link"
    filtered = client.get(unescape(facet.group(1))).text
    assert "1 نتيجة" in filtered and f'href="/articles/{seeded.follow_id}"' in filtered
    assert f'href="/articles/{seeded.seed_id}"' not in filtered


def test_entity_page_chart_quotes_and_co_mentions(client):
    html = client.get("/entities/PER%3A%D8%AF%D9%88%D9%86%D8%A7%D9%84%D8%AF%20%D8%AA%D8%B1%D9%85%D8%A8").text
    assert '<h1 dir="auto">دونالد ترمب</h1>' in html and "Donald Trump" in html
    assert html.count("<rect ") == 1 and "2026-01-13" in html  # one publication day in the store
    said = html[html.index("ما قاله"):]
    assert "ليس على وفاق" in said
    assert "يظهر مع" in html and 'class="entity entity-PER"' in html
    missing = client.get("/entities/PER%3Aنكرة")
    assert missing.status_code == 404 and "E202" in missing.text and '<html lang="ar" dir="rtl">' in missing.text


def test_thread_and_event_pages(client, seeded):
    html = client.get(f"/threads/{seeded.follow_id}").text
    entries = re.findall(r'<li class="timeline-entry role-(\w+)">', html)
    assert entries == ["first", "update"]
    assert html.index(f'/articles/{seeded.seed_id}"') < html.index(f'/articles/{seeded.follow_id}"')
    event = client.get(f"/events/{seeded.seed_id}.0").text
    assert "CONSULT" in event and "وقع" in event and "موسكو" in event


def test_ingest_form_stores_text_and_shows_refusals(client):
    form = client.get("/ingest").text
    assert 'enctype="multipart/form-data"' in form and 'name="url"' in form and 'name="file"' in form
    page = "خبر عاجل\n\nوصل المبعوث إلى دمشق صباح اليوم في زيارة تستمر يومين لبحث ملفات إقليمية.\n"
    response = client.post("/ingest", data={"text": page}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/articles/")
    shown = re.sub(r"<[^>]+>", "", client.get(response.headers["location"]).text)  # entity links break the text
    assert "وصل المبعوث إلى دمشق" in shown
    refused = client.post("/ingest", data={"url": "http://10.1.2.3/"})
    assert refused.status_code == 422 and "E401" in refused.text and "private address" in refused.text


def test_english_interface_keeps_the_article_rtl(client, seeded):
    page = client.get(f"/articles/{seeded.seed_id}?lang=en")
    assert '<html lang="en" dir="ltr">' in page.text and '<article class="article" lang="ar" dir="rtl">' in page.text
    assert "Quotes and sources" in page.text and page.cookies.get("rasd_lang") == "en"
    assert '<html lang="en" dir="ltr">' in client.get("/").text  # the choice is remembered
    assert '<html lang="ar" dir="rtl">' in client.get("/?lang=ar").text


def test_security_headers_and_no_reads_outside_the_store(client):
    page = client.get("/")
    assert page.headers["x-content-type-options"] == "nosniff" and page.headers["x-frame-options"] == "DENY"
    for path in ("/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/errors.py", "/static/..%2f..%2fconfig.py"):
        response = client.get(path)
        assert response.status_code == 404
        assert "def " not in response.text and "[project]" not in response.text


def test_head_requests_get_the_headers(client, seeded):
    response = client.head(f"/articles/{seeded.seed_id}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
