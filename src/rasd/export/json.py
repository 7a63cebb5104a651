"""rasd's own article record (``"schema": "rasd.article/1"``), as checked by ``schema/article.schema.json``."""

from __future__ import annotations

from typing import Any

from rasd.model import Article
from rasd.serialize import article_to_json


def to_json(article: Article) -> dict[str, Any]:
    """The article record as the JSON contract shapes it."""
    return article_to_json(article)
