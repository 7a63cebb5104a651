"""Records to JSON and back, and the JSON Schema contract that describes them."""

import json

from rasd.model import (Article, Block, Dateline, DateValue, Entity, Event, EventArg, Image, Mention, Quote,
                        Source, Span, Speaker, TimeExpr, Topic)
from rasd.schema import build_schema, load_schema, validate_article
from rasd.serialize import article_from_json, article_to_json


def full_article() -> Article:
    text = "قال ويتكوف إن الاجتماع ربما يعقد هذا الشهر."
    return Article(
        id="abc", text=text, blocks=(Block("paragraph", text, 0, len(text)),), source=Source("الشرق", "asharq.com"),
        title="عنوان", dateline=Dateline("دبي", "الشرق", "دبي - الشرق"), published=DateValue("2026-01-13", False, "x"),
        images=(Image(caption="صورة", credit="REUTERS", date="2025-12-02"),),
        entities=(Entity("e1", "PER", "ويتكوف", (Mention(4, 10, "ويتكوف"),), "Steve Witkoff", "kb:1", ("المبعوث",)),),
        quotes=(Quote(Speaker("ويتكوف", "named", "e1"), "قال", "indirect", "الاجتماع ربما يعقد هذا الشهر", 14, 43),),
        events=(Event("CONSULT", "يعقد", "planned", Span(14, 43), actors=(EventArg("ويتكوف", "e1"),)),),
        times=(TimeExpr("هذا الشهر", 33, 42, "2026-01", "month"),),
        topics=(Topic("medtop:11000000", "politics", 0.9),),
    )


def test_round_trip_keeps_every_field():
    article = full_article()
    record = json.loads(json.dumps(article_to_json(article), ensure_ascii=False))
    assert record["schema"] == "rasd.article/1"
    assert article_from_json(record) == article


def test_offsets_point_at_the_annotated_text():
    article = full_article()
    for mention in article.entities[0].mentions:
        assert article.text[mention.start:mention.end] == mention.text
    assert article.text[article.times[0].start:article.times[0].end] == "هذا الشهر"


def test_full_record_validates_and_schema_file_is_current():
    validate_article(article_to_json(full_article()))
    assert load_schema() == build_schema(), "run `python -m rasd.schema` after changing rasd.model"


def test_schema_rejects_a_broken_record():
    import jsonschema
    import pytest

    record = article_to_json(full_article())
    record["blocks"][0]["kind"] = "sidebar"
    with pytest.raises(jsonschema.ValidationError):
        validate_article(record)
