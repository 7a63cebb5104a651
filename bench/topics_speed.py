"""Speed of the shipped topics, keywords and summary stages on ANT articles (part of bench/topics.py)."""

from __future__ import annotations

import time

from rasd.config import load_config
from rasd.model import Article, Block
from rasd.pipeline import default_registry
from rasd.topics.corpus import Doc


def as_article(n: int, doc: Doc) -> Article:
    blocks, position = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            blocks.append(Block("paragraph", line, position, position + len(line)))
        position += len(line) + 1
    return Article(f"s{n}", doc.text, tuple(blocks), title=doc.title, headline=doc.title, language="ar")


def speed(docs: list[Doc], count: int) -> dict:
    """Articles per second for each stage (built once, model loading not timed) over ``count`` articles."""
    config = load_config(environ={})
    registry = default_registry()
    articles = [as_article(n, d) for n, d in enumerate(d for d in docs if d.corpus == "ant-v2.1")][:count]
    result = {"articles": len(articles), "words": sum(len(a.text.split()) for a in articles)}
    total = 0.0
    for name in ("topics", "keywords", "summary"):
        stage = registry.create(name, config)
        started = time.perf_counter()
        for article in articles:
            stage(article)
        seconds = time.perf_counter() - started
        total += seconds
        result[name] = round(len(articles) / seconds, 1)
    result["all_three"] = round(len(articles) / total, 1)
    return result
