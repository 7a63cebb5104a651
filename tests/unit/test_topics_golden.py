"""Golden files (tests/golden/topics/): hand-written Arabic articles run through the shipped topics, keywords and
summary stages; the expected topics, must-have keywords and summary were checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.model import Article, Block
from rasd.pipeline import default_registry

GOLDEN = Path(__file__).parents[1] / "golden" / "topics"
STOPWORDS = {"في", "من", "إلى", "على", "إن", "أن", "قال", "وقال", "التي", "الذي", "بعد"}


@pytest.fixture(scope="module")
def stages():
    config, registry = load_config(environ={}), default_registry()
    return [registry.create(name, config) for name in ("topics", "keywords", "summary")]


def _article(golden: dict) -> Article:
    blocks, position = [], 0
    for paragraph in golden["paragraphs"]:
        blocks.append(Block("paragraph", paragraph, position, position + len(paragraph)))
        position += len(paragraph) + 2
    return Article("g", "\n\n".join(golden["paragraphs"]), tuple(blocks), title=golden["title"],
                   headline=golden["title"], language="ar")


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden(path, stages):
    golden = json.loads(path.read_text(encoding="utf-8"))
    article = _article(golden)
    for stage in stages:
        article = stage(article)
    expected = golden["expected"]
    assert [t.code for t in article.topics] == expected["topics"]
    assert set(expected["keywords_include"]) <= set(article.keywords), article.keywords
    assert not STOPWORDS & set(article.keywords)
    assert list(article.summary) == expected["summary"]
