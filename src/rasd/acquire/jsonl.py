"""JSON lines: one article per line, as scrapers and dataset dumps write them.

A record gives either the page's HTML (``html``, ``raw_html``) or its text (``text``, ``content``,
``body``, ``articleBody``), and optionally ``url``, ``title`` and a publication date (``published``,
``date_published``, ``datePublished``, ``date``). Text records become scraped-text pages (title on the
first line); the date and title travel as hints (:mod:`rasd.acquire.hints`). Each line is named
``FILE#LINE`` and a bad line is a Failure of its own.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from rasd.acquire.hints import with_hints
from rasd.errors import Failure
from rasd.model import RawDocument

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_HTML_KEYS = ("html", "raw_html", "content_html")
_TEXT_KEYS = ("text", "content", "body", "articleBody", "article_body")
_DATE_KEYS = ("published", "date_published", "datePublished", "publication_date", "date")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def iter_jsonl(path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """A RawDocument or a Failure for every non-empty line of the JSON-lines file at ``path``."""
    if not Path(path).is_file():
        yield Failure(path, "E006", "cannot read input: no such file")
        return
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _record(line, f"{path}#{number}", max_bytes)
    except (OSError, EOFError) as exc:
        yield Failure(path, "E006", f"cannot read input: {exc}")


def _record(line: bytes, location: str, max_bytes: int) -> RawDocument | Failure:
    if len(line) > max_bytes:
        return Failure(location, "E003", f"input too large: the line has {len(line):,} bytes (--max-bytes)")
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Failure(location, "E006", f"cannot read input: the line is not JSON ({exc})")
    if not isinstance(record, dict):
        return Failure(location, "E006", "cannot read input: the line is JSON but not an object")
    url = _string(record, ("url", "link", "canonical_url"))
    title = _string(record, ("title", "headline"))
    headers = with_hints((), published=_string(record, _DATE_KEYS), title=title)
    html = _string(record, _HTML_KEYS)
    if html:
        return RawDocument(content=html.encode("utf-8"), location=location, source_kind="jsonl", url=url,
                           media_type="text/html", encoding="utf-8", headers=headers)
    text = _string(record, _TEXT_KEYS)
    if not text:
        keys = ", ".join(_HTML_KEYS + _TEXT_KEYS)
        return Failure(location, "E005", f"no article text found: the record has none of the fields {keys}")
    page = f"{title}\n\n{text}" if title else text
    return RawDocument(content=page.encode("utf-8"), location=location, source_kind="jsonl", url=url,
                       media_type="text/plain", encoding="utf-8", headers=headers)


def _string(record: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
