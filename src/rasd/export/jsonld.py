"""schema.org NewsArticle as JSON-LD: what search engines and linked-data tools read.

Mapping: ``headline``, ``alternativeHeadline`` (the deck), ``articleSection`` (the kicker), ``articleBody``,
``inLanguage``, ``wordCount``, ``timeRequired`` (reading time as an ISO 8601 duration), ``dateline``,
``datePublished`` / ``dateModified`` (only dates the page states; an inferred date is left out),
``author`` (Person per byline), ``publisher`` (NewsMediaOrganization), ``image`` (ImageObject with
caption and ``creditText``), ``keywords`` (tags and keyphrases), ``about`` (IPTC Media Topics as
DefinedTerm), ``mentions`` (entities as Person / Organization / Place / Thing), ``abstract`` (the summary).
"""

from __future__ import annotations

from typing import Any

from rasd.export.common import (IPTC_MEDIATOPIC, article_uri, iptc_topics, iso_date, stated, topic_uri, web_url,
                                word_count)
from rasd.model import Article, Entity, Image

SCHEMA_ORG = "https://schema.org"

_ENTITY_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "FAC": "Place", "MISC": "Thing"}


def to_jsonld(article: Article) -> dict[str, Any]:
    """The article as one schema.org NewsArticle node (JSON-LD, compact form)."""
    node: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "NewsArticle",
        "@id": article_uri(article),
        "identifier": article.id,
        "url": web_url(article.url),
        "headline": article.headline or article.title,
        "name": article.title,
        "alternativeHeadline": article.deck,
        "articleSection": article.kicker,
        "inLanguage": article.language,
        "articleBody": article.text or None,
        "wordCount": word_count(article.text) if article.text else None,
        "timeRequired": _duration(article.reading_time.minutes),
        "dateline": _dateline(article),
        "datePublished": iso_date(stated(article.published)),
        "dateModified": iso_date(stated(article.modified)),
        "author": [{"@type": "Person", "name": name} for name in article.authors],
        "publisher": _publisher(article),
        "image": [_image(image) for image in article.images],
        "keywords": list(dict.fromkeys(article.tags + article.keywords)),
        "about": [_topic(t.code, t.label) for t in iptc_topics(article)],
        "mentions": [_mention(entity) for entity in article.entities],
        "abstract": " ".join(article.summary) or None,
    }
    return {key: value for key, value in node.items() if value not in (None, [], "")}


def _duration(minutes: int | None) -> str | None:
    return f"PT{minutes}M" if minutes else None


def _dateline(article: Article) -> str | None:
    dateline = article.dateline
    if dateline is None:
        return None
    return dateline.text or " - ".join(filter(None, [dateline.place, dateline.agency])) or None


def _publisher(article: Article) -> dict[str, str] | None:
    source = article.source
    if not (source.name or source.domain):
        return None
    publisher = {"@type": "NewsMediaOrganization", "name": source.name or source.domain}
    if source.domain:
        publisher["url"] = f"https://{source.domain}/"
    return publisher


def _image(image: Image) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "ImageObject"}
    url = web_url(image.url)
    if url:
        node["contentUrl"] = url
    if image.caption:
        node["caption"] = image.caption
    if image.credit:
        node["creditText"] = image.credit
    if image.date:
        node["dateCreated"] = image.date
    return node


def _topic(code: str, label: str) -> dict[str, str]:
    return {"@type": "DefinedTerm", "termCode": code, "name": label, "url": topic_uri(code),
            "inDefinedTermSet": IPTC_MEDIATOPIC}


def _mention(entity: Entity) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": _ENTITY_TYPES.get(entity.type, "Thing"), "name": entity.name}
    if entity.name_en:
        node["alternateName"] = entity.name_en
    if entity.kb_id:
        node["identifier"] = entity.kb_id
    return node
