"""The HTML reader as a whole: ids from canonical URLs, language, dates never guessed as fact, bad pages."""

from __future__ import annotations

import pytest

from rasd.acquire.hints import with_hints
from rasd.config import load_config
from rasd.errors import InputError
from rasd.model import RawDocument
from rasd.pipeline import ReadOptions, build_pipeline
from rasd.service import analyze_raw

PARAS = ["أكدت وزارة التربية أن العام الدراسي سيبدأ في موعده رغم أعمال الصيانة الجارية في عدد من المدارس.",
         "وقال المتحدث باسم الوزارة إن فرق الصيانة تعمل على مدار الساعة لإنهاء الأعمال قبل نهاية الشهر الجاري.",
         "وأشار إلى أن الوزارة وفرت مدارس بديلة مؤقتة للطلاب في المناطق التي تتأخر فيها الأعمال عن الجدول."]


def _page(head: str = "", body_extra: str = "", lang: str = "ar", title: str = "العام الدراسي يبدأ في موعده") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<html lang="{lang}"><head><title>{title} | صحيفة الغد</title>{head}</head>'
            f"<body><article><h1>{title}</h1>{paras}</article>{body_extra}</body></html>")


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_config())


def _read(html: str, pipeline, url: str | None = None, headers=(), options=ReadOptions()):
    raw = RawDocument(content=html.encode("utf-8"), location="page.html", media_type="text/html", url=url,
                      headers=headers)
    return analyze_raw(raw, pipeline, options)


def test_the_canonical_url_makes_the_id(pipeline):
    head = '<link rel="canonical" href="https://alghad.example/ar/education/start">'
    shared = _read(_page(head), pipeline, url="https://alghad.example/ar/education/start?utm_source=x")
    mobile = _read(_page(head), pipeline, url="https://m.alghad.example/start")
    assert shared.url == mobile.url == "https://alghad.example/ar/education/start" and shared.id == mobile.id
    assert shared.source.domain == "alghad.example" and shared.title == "العام الدراسي يبدأ في موعده"


def test_the_text_decides_the_language_over_a_wrong_lang_attribute(pipeline):
    assert _read(_page(lang="en"), pipeline).language == "ar"


def test_no_date_is_invented_from_the_copyright_year(pipeline):
    article = _read(_page(body_extra="<footer>© 2024 صحيفة الغد. جميع الحقوق محفوظة</footer>"), pipeline,
                    url="https://alghad.example/ar/education/start")
    assert article.published.value is None and not article.published.inferred


def test_a_date_from_the_url_is_marked_inferred(pipeline):
    article = _read(_page(), pipeline, url="https://alghad.example/2026/11/21/education/start")
    assert article.published.value == "2026-11-21" and article.published.inferred
    assert "htmldate" in article.published.evidence


def test_the_feed_date_is_used_only_when_the_page_has_none(pipeline):
    hinted = with_hints((), published="2026-11-22T07:00:00+03:00", listed_by="https://alghad.example/rss")
    plain = _read(_page(), pipeline, headers=hinted)
    assert plain.published.value == "2026-11-22T07:00:00+03:00" and not plain.published.inferred
    dated = _read(_page('<meta property="article:published_time" content="2026-11-20T08:00:00+03:00">'), pipeline,
                  headers=hinted)
    assert dated.published.value == "2026-11-20T08:00:00+03:00"


def test_frameset_and_empty_pages_fail_with_their_reason(pipeline):
    frames = '<html><frameset rows="20%,80%"><frame src="top.html"><frame src="news.html"></frameset></html>'
    with pytest.raises(InputError) as caught:
        _read(frames, pipeline)
    assert caught.value.code == "E005" and "news.html" in caught.value.message
    with pytest.raises(InputError) as caught:
        _read("<html><head><title>فقط عنوان</title></head><body></body></html>", pipeline)
    assert caught.value.code == "E005"


def test_a_body_split_around_an_ad_is_read_whole(pipeline):
    body = ('<div class="story-body"><p>' + PARAS[0] + "</p><p>" + PARAS[1] + '</p></div><div class="ad">إعلان</div>'
            '<div class="story-body"><p>' + PARAS[2] + "</p><p>وختم المتحدث بأن الوزارة ستعلن جدول الامتحانات "
            "النهائية مطلع الشهر المقبل بعد التشاور مع مديريات التربية في المحافظات.</p></div>")
    html = (f'<html lang="ar"><head><title>العام الدراسي يبدأ في موعده</title></head><body><main>'
            f"<h1>العام الدراسي يبدأ في موعده</h1>{body}</main></body></html>")
    article = _read(html, pipeline)
    assert [b.text for b in article.blocks][-1].startswith("وختم المتحدث") and len(article.blocks) == 4
    assert "إعلان" not in article.text


def test_no_markup_survives_in_the_record(pipeline):
    article = _read(_page(body_extra="<script>var x = '<p>';</script>"), pipeline)
    assert "<" not in article.text and "var x" not in article.text


def test_the_declared_article_body_when_the_page_shows_none(pipeline):
    body = "<p>" + PARAS[0] + "</p><p>" + PARAS[1] + "</p>"
    html = ('<html><head><title>العام الدراسي</title><script type="application/ld+json">'
            + __import__("json").dumps({"@type": "NewsArticle", "headline": "العام الدراسي", "articleBody": body * 2},
                                       ensure_ascii=False)
            + '</script></head><body><div id="app"></div></body></html>')
    article = _read(html, pipeline)
    assert PARAS[0] in article.text and PARAS[1] in article.text and "<" not in article.text
