"""The HTML reader on the shared extraction data: the Arabic pages, and every ScrapingHub page via the CLI."""

from __future__ import annotations

import json

import pytest

from rasd.cli import app
from rasd.service import analyze_path


def test_cnn_arabic_page(shared):
    folder = shared / "data" / "extraction" / "arabic-pages" / "cnn-arabic-2013"
    gold = json.loads((folder / "arabic_article.newspaper4k-metadata.json").read_text(encoding="utf-8"))
    article = analyze_path(folder / "arabic_article.html")
    assert article.title == gold["title"] and article.language == "ar"
    assert article.url == gold["canonical_link"]
    assert article.dateline.place == "دمشق، سوريا" and article.dateline.agency == "CNN"
    first_gold = gold["text"].split("\n")[0]
    assert first_gold.endswith(article.blocks[0].text[-80:])
    assert article.published.value is None


def test_assabah_page_snippets(shared):
    folder = shared / "data" / "extraction" / "arabic-pages" / "assabah-tn"
    gold = json.loads((folder / "evaldata-entry.json").read_text(encoding="utf-8"))
    article = analyze_path(folder / gold["file"])
    assert " ".join(article.title.split()) == " ".join(gold["title"].split())
    assert all(snippet in article.text for snippet in gold["with"])
    assert not any(snippet in article.text for snippet in gold["without"])
    assert article.authors == ("آسيا العتروس",)


@pytest.mark.slow
def test_every_scrapinghub_page_gives_one_record(cli, shared):
    pages = sorted((shared / "data" / "extraction" / "scrapinghub" / "html").glob("*.html.gz"))
    result = cli.invoke(app, ["analyze", *map(str, pages), "--jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(pages) == 181
    assert [r.get("provenance", {}).get("location") or r.get("location") for r in records] == list(map(str, pages))
    assert sum("error" in r for r in records) == 0, [r for r in records if "error" in r][:3]
