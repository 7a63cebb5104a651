"""Photos with captions and credits, and tags as the page shows them."""

from __future__ import annotations

from rasd.extract.figures import read_images, read_tags
from rasd.extract.html import parse_html
from rasd.extract.metadata import MetaImage
from rasd.extract.pageindex import PartMatcher, index_page


def _read(body: str, declared=()):
    tree = parse_html(f"<html><body><article>{body}</article></body></html>", "x")
    index = index_page(tree, PartMatcher())
    scope = tree.find(".//article")
    return read_images(scope, index, "https://news.example/ar/1", list(declared)), read_tags(scope, index)


def test_caption_with_credit_element_and_with_credit_in_text():
    (images, printed), _ = _read(
        '<figure><img src="/a/rally-1024x576.jpg"><figcaption><span class="caption">متظاهرون في الساحة</span>'
        '<span class="photo-credit">تصوير: علي حسن</span></figcaption></figure>'
        '<figure><img data-src="/b/port.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>ميناء المدينة '
        "صباح الأحد. 2 ديسمبر 2025 - رويترز</figcaption></figure>")
    assert [(i.url, i.caption, i.credit, i.date) for i in images] == [
        ("https://news.example/a/rally-1024x576.jpg", "متظاهرون في الساحة", "علي حسن", None),
        ("https://news.example/b/port.jpg", "ميناء المدينة صباح الأحد.", "رويترز", "2025-12-02"),
    ]
    assert "ميناء المدينة صباح الأحد. 2 ديسمبر 2025 - رويترز" in printed


def test_declared_image_of_the_same_file_is_one_image_and_logos_are_not_photos():
    (images, _), _ = _read(
        '<img src="/static/logo.png" alt="شعار الموقع الإخباري الرسمي">'
        '<figure><img src="/a/rally-1024x576.jpg"><figcaption>متظاهرون في الساحة (أ ف ب)</figcaption></figure>',
        declared=[MetaImage("https://news.example/a/rally.jpg", "متظاهرون", None)])
    assert len(images) == 1 and images[0].credit == "أ ف ب"


def test_tags_from_a_tags_box_not_from_related_cards():
    _, tags = _read(
        '<p>نص</p><div class="post-tags"><a href="/t/1">غزة</a><a href="/t/2">مصر</a></div>'
        '<div class="related-card"><div class="tags"><a href="/t/3">رياضة</a></div></div>')
    assert tags == ["غزة", "مصر"]
