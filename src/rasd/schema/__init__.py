"""The article JSON contract: ``article.schema.json`` (JSON Schema 2020-12), built from :mod:`rasd.model`.

The schema file in the repository is the contract; ``python -m rasd.schema`` rewrites it from the records
and a test fails when the two differ, so the model and the contract cannot drift apart. Field
descriptions come from :data:`DESCRIPTIONS`.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd import model

SCHEMA_FILE = "article.schema.json"

DESCRIPTIONS: dict[str, str] = {
    "Article.id": "Stable id: hash of the canonical URL, else of the normalized title and text.",
    "Article.text": "The body blocks joined by a blank line; every offset in the record points into it.",
    "Article.title": "The document title without the site-name suffix.",
    "Article.kicker": "The on-page label before the headline; null when absent.",
    "Article.deck": "The standfirst or subtitle; null when absent.",
    "Article.authors": "Bylines, cleaned of 'بقلم'/'كتب'/'By'.",
    "Article.dateline": "The opening dateline ('دبي - الشرق'): place and agency.",
    "Article.published": "Publication date; value null when the page gives none, never a guess presented as fact.",
    "Article.tags": "Tags as the page published them.",
    "Article.topics": "Topic labels with IPTC Media Topics codes and scores.",
    "Article.entities": "One entry per real-world entity, all its mentions grouped.",
    "Article.quotes": "Attributed statements: speaker, cue, content span, form.",
    "Article.events": "PLOVER events with actors, place, time, status and who asserts or contests them.",
    "Article.times": "Time expressions, resolved against the publication date when it is known.",
    "Article.summary": "Extractive summary sentences, in reading order.",
    "Article.provenance": "rasd version, stages run with versions and timings, warnings with reasons.",
    "Block.start": "Offset of the block's first character in text.",
    "Block.end": "Offset just past the block's last character in text.",
    "DateValue.inferred": "True when the value was inferred rather than read from the page.",
    "DateValue.evidence": "The text the value was read or inferred from.",
    "ReadingTime.minutes": "Computed from the text (words / words_per_minute, rounded up).",
    "ReadingTime.published_minutes": "As shown on the page, or null.",
    "Source.name": "The publication ('الشرق للأخبار').",
}


def build_schema() -> dict[str, Any]:
    """The JSON Schema of the article record, derived from the dataclasses of :mod:`rasd.model`."""
    defs: dict[str, Any] = {}
    article = _object_schema(model.Article, defs)
    article["properties"] = {"schema": {"const": model.SCHEMA_ID}, **article["properties"]}
    article["required"] = ["schema", *article["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rasd.invalid/schema/article.schema.json",
        "title": "rasd article record (rasd.article/1)",
        **article,
        "$defs": dict(sorted(defs.items())),
    }


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        description = DESCRIPTIONS.get(f"{cls.__name__}.{f.name}")
        properties[f.name] = {**prop, "description": description} if description else prop
    return {
        "type": "object",
        "properties": properties,
        "required": [f.name for f in dataclasses.fields(cls)],
        "additionalProperties": True,
    }


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in typing.get_args(tp)]
        return {"anyOf": options}
    if tp is type(None):
        return {"type": "null"}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if dataclasses.is_dataclass(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON Schema for {tp!r}")


@cache
def load_schema() -> dict[str, Any]:
    return json.loads(resources.files("rasd.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def validate_article(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``record`` does not follow the contract."""
    import jsonschema

    jsonschema.validate(record, load_schema(), cls=jsonschema.Draft202012Validator)


def write_schema(path: Path | None = None) -> Path:
    path = path or Path(str(resources.files("rasd.schema").joinpath(SCHEMA_FILE)))
    path.write_text(json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
