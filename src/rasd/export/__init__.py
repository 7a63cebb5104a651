"""Article records in other formats: rasd's own JSON, IPTC ninjs 3.x and schema.org NewsArticle JSON-LD.

:func:`export` picks the format by name; the CLI, the HTTP API (``/api/articles/{id}?format=``) and users'
code all call it, so every surface gives the same output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasd.errors import RasdError
from rasd.export.json import to_json
from rasd.export.jsonld import to_jsonld
from rasd.export.ninjs import to_ninjs
from rasd.model import Article

Exporter = Callable[[Article], dict[str, Any]]

FORMATS: dict[str, Exporter] = {"json": to_json, "ninjs": to_ninjs, "jsonld": to_jsonld}

MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "ninjs": "application/json",
    "jsonld": "application/ld+json",
}

__all__ = ["FORMATS", "MEDIA_TYPES", "export", "to_json", "to_jsonld", "to_ninjs"]


def export(article: Article, format: str = "json") -> dict[str, Any]:
    """The article in the named format; an unknown name is an E301 error that lists the known ones."""
    try:
        exporter = FORMATS[format]
    except KeyError:
        known = ", ".join(FORMATS)
        raise RasdError("E301", f"unknown export format {format!r} (known formats: {known})") from None
    return exporter(article)
