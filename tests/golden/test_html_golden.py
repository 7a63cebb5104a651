"""Golden pages for the HTML reader: Arabic news pages written by hand in the markup of real Arabic news
sites (tests/golden/html/NAME.html), each with the reading a person makes of it (NAME.expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.model import Article, RawDocument
from rasd.pipeline import ReadOptions, build_pipeline
from rasd.service import analyze_raw

CASES = Path(__file__).parent / "html"
NAMES = sorted(path.stem for path in CASES.glob("*.html"))
FIELDS = ("url", "title", "source_name", "kicker", "headline", "deck", "authors", "dateline", "published",
          "published_inferred", "modified", "language", "published_minutes", "images", "tags", "paragraphs",
          "headings", "first_paragraph_starts", "last_paragraph_ends")


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_config())


def read_case(name: str, pipeline) -> tuple[Article, dict]:
    expected = json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))
    raw = RawDocument(content=(CASES / f"{name}.html").read_bytes(), location=f"{name}.html",
                      media_type="text/html", url=expected.get("fetched_url"))
    return analyze_raw(raw, pipeline, ReadOptions()), expected


def reading(article: Article, expected: dict) -> dict:
    """The article's fields in the shape of the expected file."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    return {
        "url": article.url, "title": article.title, "source_name": article.source.name, "kicker": article.kicker,
        "headline": article.headline, "deck": article.deck, "authors": list(article.authors),
        "dateline": None if article.dateline is None else
        {"place": article.dateline.place, "agency": article.dateline.agency},
        "published": article.published.value, "published_inferred": article.published.inferred,
        "modified": article.modified.value, "language": article.language,
        "published_minutes": article.reading_time.published_minutes,
        "images": [{"url": i.url, "caption": i.caption, "credit": i.credit, "date": i.date} for i in article.images],
        "tags": list(article.tags), "paragraphs": len(paragraphs),
        "headings": [b.text for b in article.blocks if b.kind == "heading"],
        "first_paragraph_starts": paragraphs[0][: len(expected["first_paragraph_starts"])],
        "last_paragraph_ends": paragraphs[-1][-len(expected["last_paragraph_ends"]):],
    }


def test_there_are_at_least_ten_cases():
    assert len(NAMES) >= 10


@pytest.mark.parametrize("name", NAMES)
def test_golden_page(name, pipeline):
    article, expected = read_case(name, pipeline)
    got = reading(article, expected)
    for field in FIELDS:
        assert got[field] == expected[field], f"{name}: {field}"
    for snippet in expected["not_in_text"]:
        assert snippet not in article.text, f"{name}: {snippet!r} leaked into the body"
    assert "<" not in article.text and all("<" not in (i.caption or "") for i in article.images)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
