"""Golden cases for the scraped-text reader: pages of several layouts, expected fields written by hand.

Each ``<case>.txt`` has a ``<case>.expected.json`` listing what a careful reader of the page finds. The
seed page (../shared/seed) is checked the same way when the shared folder is present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.model import Article
from rasd.serialize import article_to_json
from rasd.schema import validate_article
from rasd.service import analyze_path

HERE = Path(__file__).parent / "text"
CASES = sorted(p.name.removesuffix(".txt") for p in HERE.glob("*.txt"))


def _analyze(path: Path) -> Article:
    return analyze_path(path, load_config(environ={}))


def _check(article: Article, expected: dict) -> None:
    record = article_to_json(article)
    validate_article(record)
    assert article.title == expected["title"]
    assert article.source.name == expected["source_name"]
    assert article.kicker == expected["kicker"]
    assert article.headline == expected["headline"]
    assert article.deck == expected["deck"]
    assert list(article.authors) == expected["authors"]
    dateline = article.dateline and {"place": article.dateline.place, "agency": article.dateline.agency}
    assert dateline == expected["dateline"]
    assert article.published.value == expected["published"]
    assert article.modified.value == expected["modified"]
    assert article.reading_time.published_minutes == expected["published_minutes"]
    images = [{"caption": i.caption, "credit": i.credit, "date": i.date} for i in article.images]
    assert images == expected["images"]
    assert list(article.tags) == expected["tags"]
    assert article.language == expected["language"]
    assert [b.text for b in article.blocks if b.kind == "heading"] == expected["headings"]
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == expected["paragraphs"]
    assert paragraphs[0].startswith(expected["first_paragraph_starts"])
    assert paragraphs[-1].endswith(expected["last_paragraph_ends"])
    for furniture in expected["not_in_text"]:
        assert furniture not in article.text, furniture


@pytest.mark.parametrize("case", CASES)
def test_golden_page(case: str) -> None:
    expected = json.loads((HERE / f"{case}.expected.json").read_text(encoding="utf-8"))
    article = _analyze(HERE / f"{case}.txt")
    _check(article, expected)
    if "encoding" in expected:
        assert article.provenance.encoding == expected["encoding"]


def test_seed_page(seed_path: Path) -> None:
    expected = json.loads((HERE / "seed.expected.json").read_text(encoding="utf-8"))
    _check(_analyze(seed_path), expected)


def test_seed_page_matches_shared_expectations(seed_path: Path, shared: Path) -> None:
    """The page section of the hand-checked reading in ../shared/seed/expected.json, field by field."""
    page = json.loads((shared / "seed" / "expected.json").read_text(encoding="utf-8"))["page"]
    article = _analyze(seed_path)
    assert article.source.name == page["site_name"]
    assert (article.title, article.kicker, article.headline, article.deck) == (
        page["title"], page["kicker"], page["headline"], page["deck"])
    assert article.reading_time.published_minutes == page["reading_time_minutes_as_published"]
    assert [(i.caption, i.date, i.credit) for i in article.images] == [
        (i["caption"], i["date"], i["credit"]) for i in page["images"]]
    assert (article.dateline.place, article.dateline.agency) == (page["dateline"]["place"], page["dateline"]["agency"])
    assert sum(b.kind == "paragraph" for b in article.blocks) == page["body_paragraphs"]
    assert [b.text for b in article.blocks if b.kind == "heading"] == page["subheadings"]
    assert article.text.startswith(page["first_paragraph_starts"])
    assert article.text.endswith(page["last_paragraph_ends"])
    assert not any(junk in article.text for junk in page["boilerplate_not_in_body"])
    assert article.published.value is page["published"] is None
