"""JSON-LD in news pages: the schema.org objects a page declares about itself.

News sites put a ``NewsArticle`` (or ``Article``, ``ReportageNewsArticle``, ``BlogPosting`` ...) in one or more
``<script type="application/ld+json">`` blocks, sometimes inside an ``@graph``, sometimes with a trailing comma
or raw line breaks inside strings. :func:`read_objects` collects every object it can parse, flattening
lists and graphs; :func:`find_article` picks the one describing the page's article; the small helpers
turn schema.org values (a string, an object with ``name``, a list of either) into plain strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

_ARTICLE_TYPES = ("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                  "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "report",
                  "scholarlyarticle", "techarticle", "socialmediaposting", "webpage")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_ILLEGAL_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (graphs and lists flattened), in page order."""
    objects: list[dict[str, Any]] = []
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        data = _loads(script.text or "")
        if data is not None:
            objects.extend(_flatten(data))
    return objects


def _loads(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    text = text.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    if not text:
        return None
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", _ILLEGAL_CONTROL.sub(" ", text))):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def types_of(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type") or []
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k).lower().rsplit("/", 1)[-1] for k in kinds]


def find_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The object describing the article: the most specific article type, preferring one with a headline."""
    best: tuple[int, int] | None = None
    found = None
    for obj in objects:
        ranks = [_ARTICLE_TYPES.index(t) for t in types_of(obj) if t in _ARTICLE_TYPES]
        if not ranks:
            continue
        key = (0 if obj.get("headline") or obj.get("articleBody") else 1, min(ranks))
        if best is None or key < best:
            best, found = key, obj
    return found


def text_of(value: Any) -> str | None:
    """A plain string from a schema.org value: a string, {"name": ...}, {"@value": ...} or the first of a list."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value") or value.get("headline"))
    if isinstance(value, list):
        for item in value:
            found = text_of(item)
            if found:
                return found
    return None


def names_of(value: Any) -> list[str]:
    """Every name in a schema.org value that may be a list of people or organizations."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = text_of(item.get("name") if isinstance(item, dict) else item)
        if name and name not in names:
            names.append(name)
    return names


def strings_of(value: Any) -> list[str]:
    """Keywords and sections: a list of strings, or one comma-separated string."""
    if isinstance(value, list):
        return [s for item in value for s in strings_of(item)]
    text = text_of(value)
    if not text:
        return []
    return [part.strip() for part in re.split(r"\s*[,،;؛]\s*", text) if part.strip()]


def image_entries(value: Any) -> list[tuple[str, str | None, str | None]]:
    """(url, caption, credit) for each ImageObject or image URL in a schema.org ``image`` value."""
    items = value if isinstance(value, list) else [value]
    entries = []
    for item in items:
        if isinstance(item, str) and item.strip():
            entries.append((item.strip(), None, None))
        elif isinstance(item, dict):
            url = text_of(item.get("url") or item.get("contentUrl"))
            if url:
                caption = text_of(item.get("caption"))
                credit = text_of(item.get("creditText") or item.get("copyrightHolder") or item.get("author"))
                entries.append((url, caption, credit))
    return entries
