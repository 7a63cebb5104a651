"""Exports: rasd JSON (the contract), IPTC ninjs 3.0 and schema.org NewsArticle, checked against the
standards' required fields and property names (written here by hand from the ninjs 3.0 schema and
schema.org's NewsArticle definition)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import jsonschema
import pytest

from rasd.errors import RasdError
from rasd.export import FORMATS, export, to_json, to_jsonld, to_ninjs
from rasd.model import (
    Article, Block, Dateline, DateValue, Entity, Image, Mention, ReadingTime, Source, Topic,
)

TEXT = "قال المبعوث ستيف ويتكوف إن المحادثات في موسكو مستمرة.\n\nوأضاف أن الاجتماع ربما يعقد هذا الشهر."

# ninjs 3.0: every top-level property the schema defines (unevaluatedProperties is false), and "uri" required.
NINJS_PROPERTIES = {
    "uri", "type", "representationType", "profile", "version", "firstCreated", "versionCreated", "contentCreated",
    "embargoed", "pubStatus", "urgency", "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language",
    "descriptions", "bodies", "headlines", "people", "organisations", "places", "subjects", "events",
    "eventDetails", "plannedCoverage", "objects", "infoSources", "title", "by", "slugline", "located",
    "renditions", "associations", "altIds", "trustIndicators", "standard", "genres", "expires", "rightsInfo",
}
NINJS_SCHEMA = {
    "type": "object",
    "required": ["uri"],
    "properties": {
        "uri": {"type": "string", "pattern": "^[a-z][a-z0-9+.-]*:"},
        "type": {"enum": ["text", "audio", "video", "picture", "graphic", "composite", "component", "event",
                          "planning"]},
        "representationType": {"enum": ["full", "partial"]},
        "pubStatus": {"enum": ["usable", "withheld", "canceled"]},
        "headlines": {"type": "array", "items": {"type": "object", "required": ["value"],
                                                 "additionalProperties": False,
                                                 "properties": {"role": {}, "contentType": {}, "value": {}}}},
        "bodies": {"type": "array", "items": {"type": "object", "required": ["value"], "additionalProperties": False,
                                              "properties": {"role": {}, "contentType": {}, "charCount": {"type": "integer"},
                                                             "wordCount": {"type": "integer"}, "value": {}}}},
        "subjects": {"type": "array", "items": {"type": "object", "additionalProperties": False, "properties": {
            "name": {}, "rel": {}, "uri": {}, "literal": {}, "creator": {},
            "relevance": {"type": "integer", "minimum": 0, "maximum": 100},
            "confidence": {"type": "integer", "minimum": 0, "maximum": 100}}}},
        "people": {"type": "array", "items": {"type": "object", "additionalProperties": False,
                                              "properties": {"name": {}, "rel": {}, "uri": {}, "literal": {}}}},
        "associations": {"type": "array", "items": {"type": "object", "required": ["name", "uri"]}},
        "altIds": {"type": "array", "items": {"type": "object", "additionalProperties": False,
                                              "properties": {"role": {}, "value": {}}}},
        "standard": {"type": "object", "additionalProperties": False,
                     "properties": {"name": {}, "version": {}, "schema": {}}},
    },
}


def arabic_article(**changes) -> Article:
    first, second = TEXT.split("\n\n")
    start = TEXT.index("ستيف ويتكوف")
    values = dict(
        id="a1b2c3d4e5f60718", text=TEXT, url="https://example.org/news/1",
        blocks=(Block("paragraph", first, 0, len(first)), Block("paragraph", second, len(first) + 2, len(TEXT))),
        source=Source("الشرق للأخبار", "example.org"), language="ar", title="عنوان الصفحة", kicker="محادثات أوكرانيا",
        headline="ويتكوف في موسكو", deck="الاجتماع ربما يعقد هذا الشهر", authors=("أحمد علي",),
        dateline=Dateline("دبي", "الشرق", "دبي -الشرق"), published=DateValue("2026-01-13T09:30:00+00:00"),
        reading_time=ReadingTime(minutes=2, published_minutes=2),
        images=(Image(url="https://example.org/a.jpg", caption="ويتكوف في الكرملين", credit="REUTERS",
                      date="2025-12-02"),),
        tags=("روسيا",), keywords=("محادثات السلام",), topics=(Topic("medtop:11000000", "سياسة", 0.9),),
        entities=(Entity("e1", "PER", "ستيف ويتكوف", (Mention(start, start + 11, "ستيف ويتكوف"),),
                         name_en="Steve Witkoff"),
                  Entity("e2", "LOC", "موسكو", (Mention(TEXT.index("موسكو"), TEXT.index("موسكو") + 5, "موسكو"),))),
        summary=(first,),
    )
    values.update(changes)
    return Article(**values)


def _is_datetime(value: str) -> bool:
    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return "T" in value


# ----------------------------------------------------------------------------------------------- ninjs


def test_ninjs_has_the_required_uri_and_only_ninjs_3_properties():
    item = to_ninjs(arabic_article())
    jsonschema.validate(item, NINJS_SCHEMA)
    assert item["uri"] == "urn:rasd:article:a1b2c3d4e5f60718"
    assert set(item) <= NINJS_PROPERTIES, set(item) - NINJS_PROPERTIES
    assert item["standard"] == {"name": "ninjs", "version": "3.0",
                                "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"}


def test_ninjs_carries_the_arabic_page_anatomy():
    item = to_ninjs(arabic_article())
    assert item["headlines"][0] == {"role": "main", "contentType": "text/plain", "value": "ويتكوف في موسكو"}
    assert {h["role"]: h["value"] for h in item["headlines"]} == {
        "main": "ويتكوف في موسكو", "sub": "الاجتماع ربما يعقد هذا الشهر", "kicker": "محادثات أوكرانيا"}
    plain, html = item["bodies"]
    assert plain["value"] == TEXT and plain["charCount"] == len(TEXT)
    assert plain["wordCount"] == 16  # 9 + 7 words
    assert html["contentType"] == "text/html" and html["value"].startswith("<p>قال المبعوث")
    assert item["language"] == "ar" and item["by"] == "أحمد علي" and item["located"] == "دبي"
    assert item["people"] == [{"name": "ستيف ويتكوف", "rel": "mentioned", "literal": "e1"}]
    assert item["places"] == [{"name": "موسكو", "rel": "mentioned", "literal": "e2"}]
    assert {"name": "سياسة", "uri": "http://cv.iptc.org/newscodes/mediatopic/11000000", "rel": "about",
            "confidence": 90} in item["subjects"]
    (picture,) = item["associations"]
    assert picture["type"] == "picture" and picture["by"] == "REUTERS"
    assert picture["descriptions"][0]["value"] == "ويتكوف في الكرملين"
    assert picture["renditions"] == [{"name": "original", "href": "https://example.org/a.jpg"}]
    assert {"role": "url", "value": "https://example.org/news/1"} in item["altIds"]


def test_ninjs_dates_are_full_date_times_or_absent():
    item = to_ninjs(arabic_article())
    assert _is_datetime(item["firstCreated"]) and item["firstCreated"] == "2026-01-13T09:30:00Z"
    bare = to_ninjs(arabic_article(published=DateValue("2026-01-13")))
    assert "firstCreated" not in bare and "contentCreated" not in bare  # no invented midnight
    inferred = to_ninjs(arabic_article(published=DateValue("2026-01-13T09:30:00", inferred=True, evidence="x")))
    assert "firstCreated" not in inferred


def test_ninjs_html_body_escapes_markup():
    text = "<script>alert(1)</script> نص"
    article = arabic_article(text=text, blocks=(Block("paragraph", text, 0, len(text)),), entities=())
    html = to_ninjs(article)["bodies"][1]["value"]
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; نص" in html


# ----------------------------------------------------------------------------------------------- JSON-LD

NEWSARTICLE_PROPERTIES = {  # schema.org properties of NewsArticle (and its parents) this export may use
    "@context", "@type", "@id", "identifier", "url", "headline", "name", "alternativeHeadline", "articleSection",
    "inLanguage", "articleBody", "wordCount", "timeRequired", "dateline", "datePublished", "dateModified",
    "author", "publisher", "image", "keywords", "about", "mentions", "abstract",
}


def test_jsonld_is_a_schema_org_news_article():
    node = to_jsonld(arabic_article())
    assert node["@context"] == "https://schema.org" and node["@type"] == "NewsArticle"
    assert set(node) <= NEWSARTICLE_PROPERTIES
    assert node["headline"] == "ويتكوف في موسكو" and len(node["headline"]) <= 110
    assert node["alternativeHeadline"] == "الاجتماع ربما يعقد هذا الشهر"
    assert node["datePublished"] == "2026-01-13T09:30:00+00:00"
    assert node["timeRequired"] == "PT2M" and node["inLanguage"] == "ar" and node["dateline"] == "دبي -الشرق"
    assert node["author"] == [{"@type": "Person", "name": "أحمد علي"}]
    assert node["publisher"] == {"@type": "NewsMediaOrganization", "name": "الشرق للأخبار",
                                 "url": "https://example.org/"}
    assert node["image"] == [{"@type": "ImageObject", "contentUrl": "https://example.org/a.jpg",
                              "caption": "ويتكوف في الكرملين", "creditText": "REUTERS", "dateCreated": "2025-12-02"}]
    assert node["mentions"][0] == {"@type": "Person", "name": "ستيف ويتكوف", "alternateName": "Steve Witkoff"}
    assert node["mentions"][1]["@type"] == "Place"
    assert node["about"][0]["termCode"] == "medtop:11000000"
    assert node["keywords"] == ["روسيا", "محادثات السلام"]


def test_jsonld_leaves_out_inferred_dates_and_unsafe_urls():
    node = to_jsonld(arabic_article(published=DateValue("2026-01-13", inferred=True, evidence="guess"),
                                    url="javascript:alert(1)"))
    assert "datePublished" not in node and "url" not in node


# ----------------------------------------------------------------------------------------------- rasd JSON


def test_rasd_json_matches_the_article_contract():
    schema = json.loads(resources.files("rasd.schema").joinpath("article.schema.json").read_text("utf-8"))
    record = to_json(arabic_article())
    jsonschema.validate(record, schema)
    assert record["schema"] == "rasd.article/1" and record["entities"][0]["name"] == "ستيف ويتكوف"


def test_export_by_name_and_unknown_format():
    assert set(FORMATS) == {"json", "ninjs", "jsonld"}
    assert export(arabic_article(), "jsonld")["@type"] == "NewsArticle"
    with pytest.raises(RasdError) as caught:
        export(arabic_article(), "nitf")
    assert caught.value.code == "E301" and "json, ninjs, jsonld" in caught.value.message
