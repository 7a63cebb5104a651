"""Records to JSON and back.

``to_dict`` turns any record of :mod:`rasd.model` into plain JSON values (tuples become lists);
``from_dict`` rebuilds a record from such values, guided by the dataclass type hints. The article JSON
carries ``"schema": "rasd.article/1"`` so readers know which contract they hold.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from typing import Any, TypeVar

from rasd.model import SCHEMA_ID, Article

T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """Plain JSON values for a record (dataclass, tuple, list or scalar)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (tuple, list)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


def article_to_json(article: Article) -> dict[str, Any]:
    """The article record as the JSON contract shapes it (schema id first)."""
    return {"schema": SCHEMA_ID, **to_dict(article)}


def article_from_json(data: dict[str, Any]) -> Article:
    payload = {key: value for key, value in data.items() if key != "schema"}
    return from_dict(Article, payload)


def dumps(article: Article, *, indent: int | None = None) -> str:
    return json.dumps(article_to_json(article), ensure_ascii=False, indent=indent)


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass ``cls`` from JSON values; unknown keys are ignored (fields may be added)."""
    return _convert(cls, data)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (item_type, *_rest) = typing.get_args(tp)
        return tuple(_convert(item_type, item) for item in value)
    if origin is typing.Literal:
        return value
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        kwargs = {key: _convert(hints[key], val) for key, val in value.items() if key in names}
        return tp(**kwargs)
    if tp is float and isinstance(value, int):
        return float(value)
    return value
