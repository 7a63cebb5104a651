"""IPTC ninjs 3.0 ("News in JSON"): the article as a news item other newsroom systems can read.

Mapping (ninjs 3.0 property names, camelCase): ``uri`` is ``urn:rasd:article:<id>`` (ninjs asks for an
identifier of the item, not a link; the page URL goes to ``altIds``); ``headlines`` carry the headline
(role ``main``), the deck (``sub``) and the kicker (``kicker``); ``bodies`` the text as plain text and as
escaped HTML paragraphs; ``descriptions`` the summary; ``by`` the bylines; ``located`` the dateline place;
entities go to ``people`` / ``organisations`` / ``places`` / ``objects`` (rel ``mentioned``), topics to
``subjects`` with their IPTC Media Topics URI, tags and keywords to ``subjects`` too; images are
``associations`` of type ``picture`` with their caption and credit. ninjs dates are full date-times: a
publication date without a time is left out rather than padded with an invented midnight, and so is an
inferred date (ninjs has no way to say a date is inferred).
"""

from __future__ import annotations

from html import escape
from typing import Any

from rasd.export.common import (article_uri, event_id, full_datetime, iptc_topics, stated, topic_uri, web_url,
                                word_count)
from rasd.model import Article, Entity, Image

NINJS_VERSION = "3.0"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"

_ENTITY_GROUPS = {"PER": "people", "ORG": "organisations", "LOC": "places", "FAC": "places", "MISC": "objects"}


def to_ninjs(article: Article) -> dict[str, Any]:
    """The article as a ninjs 3.0 news item (only properties the ninjs 3.0 schema defines)."""
    item: dict[str, Any] = {
        "uri": article_uri(article),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationType": "full",
        "pubStatus": "usable",
        "language": article.language,
        "title": article.title or article.headline,
        "headlines": _headlines(article),
        "bodies": _bodies(article),
        "descriptions": [{"role": "summary", "value": " ".join(article.summary)}] if article.summary else None,
        "by": "، ".join(article.authors) or None,
        "located": article.dateline.place if article.dateline else None,
        "firstCreated": full_datetime(stated(article.published)),
        "contentCreated": full_datetime(stated(article.published)),
        "versionCreated": full_datetime(stated(article.modified)),
        "infoSources": _info_sources(article),
        "subjects": _subjects(article),
        "events": [_event(article, index) for index in range(len(article.events))] or None,
        "associations": [_picture(article, i, image) for i, image in enumerate(article.images, 1)] or None,
        "altIds": _alt_ids(article),
    }
    item.update(_entity_groups(article.entities))
    return {key: value for key, value in item.items() if value not in (None, [], "")}


def _headlines(article: Article) -> list[dict[str, str]]:
    pairs = [("main", article.headline or article.title), ("sub", article.deck), ("kicker", article.kicker)]
    return [{"role": role, "contentType": "text/plain", "value": value} for role, value in pairs if value]


def _bodies(article: Article) -> list[dict[str, Any]]:
    if not article.text:
        return []
    html = "\n".join(
        f"<h2>{escape(b.text)}</h2>" if b.kind == "heading" else f"<p>{escape(b.text)}</p>" for b in article.blocks
    )
    counts = {"charCount": len(article.text), "wordCount": word_count(article.text)}
    return [
        {"role": "main", "contentType": "text/plain", "value": article.text, **counts},
        {"role": "main", "contentType": "text/html", "value": html, **counts},
    ]


def _info_sources(article: Article) -> list[dict[str, str]] | None:
    source = article.source
    if not (source.name or source.domain):
        return None
    entry = {"name": source.name or source.domain}
    if source.domain:
        entry["literal"] = source.domain
    return [entry]


def _subjects(article: Article) -> list[dict[str, Any]]:
    subjects: list[dict[str, Any]] = [
        {"name": t.label, "uri": topic_uri(t.code), "rel": "about", "confidence": _percent(t.score)}
        for t in iptc_topics(article)
    ]
    subjects += [{"name": tag, "rel": "tag"} for tag in article.tags]
    subjects += [{"name": keyword, "rel": "keyword"} for keyword in article.keywords]
    return subjects


def _percent(score: float) -> int:
    return max(0, min(100, round(score * 100)))


def _entity_groups(entities: tuple[Entity, ...]) -> dict[str, list[dict[str, str]]]:
    groups: dict[str, list[dict[str, str]]] = {}
    for entity in entities:
        entry = {"name": entity.name, "rel": "mentioned", "literal": entity.kb_id or entity.id}
        groups.setdefault(_ENTITY_GROUPS.get(entity.type, "objects"), []).append(entry)
    return groups


def _event(article: Article, index: int) -> dict[str, str]:
    event = article.events[index]
    return {"id": event_id(article, index), "name": f"{event.type}: {event.trigger}", "rel": event.status}


def _picture(article: Article, index: int, image: Image) -> dict[str, Any]:
    picture: dict[str, Any] = {"name": f"image{index}", "uri": f"{article_uri(article)}:image:{index}",
                               "type": "picture"}
    if image.caption:
        picture["descriptions"] = [{"role": "caption", "contentType": "text/plain", "value": image.caption}]
    if image.credit:
        picture["by"] = image.credit
        picture["copyrightHolder"] = image.credit
    href = web_url(image.url)
    if href:
        picture["renditions"] = [{"name": "original", "href": href}]
    return picture


def _alt_ids(article: Article) -> list[dict[str, str]]:
    ids = [{"role": "rasd", "value": article.id}]
    if article.url:
        ids.append({"role": "url", "value": article.url})
    return ids
