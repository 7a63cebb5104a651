"""Turning what a client sends (text, HTML, an uploaded file, a URL) into articles: analyzed, or stored.

The API's ``/api/analyze`` and ``/api/ingest`` and the reader's ingest form share these functions, which
call :mod:`rasd.service` (the same functions as the CLI).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rasd.api.remote import check_url, fetch_url
from rasd.config import Config
from rasd.errors import Failure, InputError, PipelineError, RasdError
from rasd.extract.decode import decode
from rasd.model import Article, RawDocument
from rasd.pipeline import Pipeline, ReadOptions
from rasd.service import analyze_raw, ingest_items, parse_published
from rasd.store import Store

Fetcher = Callable[[str, int, bool], RawDocument]


@dataclass(frozen=True)
class Context:
    """What every request handler needs: settings, the pipeline (built once), and how URLs are fetched."""

    config: Config
    pipeline: Pipeline
    fetch: Fetcher = fetch_url
    allow_private_urls: bool = False


@dataclass(frozen=True, slots=True)
class Stored:
    article_id: str
    action: str  # created | updated | unchanged


def raw_from_text(text: str, media_type: str = "text/plain", url: str | None = None) -> RawDocument:
    return RawDocument(content=text.encode("utf-8"), location="<api>", source_kind="api", url=url,
                       media_type=media_type, encoding="utf-8")


def raw_from_upload(filename: str | None, data: bytes, max_bytes: int) -> RawDocument:
    """An uploaded file; its name only says what kind of page it is (nothing is read from disk)."""
    name = re.sub(r"[^\w.\-]+", "_", (filename or "upload").rsplit("/", 1)[-1].rsplit("\\", 1)[-1])[:100]
    if len(data) > max_bytes:
        raise InputError("E003", f"the upload is over the limit of {max_bytes:,} bytes", name)
    return RawDocument(content=data, location=f"upload:{name}", source_kind="api")


def raw_from_url(context: Context, url: str) -> RawDocument:
    """Fetch ``url`` after the address rules allow it (checked here too, whatever the fetcher does)."""
    checked = check_url(url, context.allow_private_urls)
    return context.fetch(checked, context.config.max_input_bytes, context.allow_private_urls)


def raw_from_form(context: Context, upload: tuple[str, bytes] | None, url: str | None, text: str | None
                  ) -> RawDocument:
    """Exactly one of an uploaded file ``(name, bytes)``, a URL or pasted text, as a RawDocument."""
    given = [name for name, value in (("file", upload), ("url", url), ("text", (text or "").strip())) if value]
    if len(given) != 1:
        raise RasdError("E301", f"give exactly one of file, url or text (got {', '.join(given) or 'none'})")
    if upload is not None:
        return raw_from_upload(upload[0], upload[1], context.config.max_input_bytes)
    if url:
        return raw_from_url(context, url)
    return raw_from_text(text or "")


def analyze(context: Context, raw: RawDocument, published: str | None = None) -> Article:
    """Read and analyze one input without storing it; InputError with the reason when it cannot be read."""
    _ensure_reader(context.pipeline, raw)
    return analyze_raw(raw, context.pipeline, ReadOptions(published=published, url=raw.url))


def ingest(context: Context, store: Store, raw: RawDocument, published: str | None = None) -> Stored:
    """Read, analyze and store one input; a failure is recorded in the store and raised with its reason."""
    try:
        _ensure_reader(context.pipeline, raw)
    except InputError as error:
        store.record_failure(Failure.from_error(error, raw.location))
        raise
    report = ingest_items([raw], store, context.pipeline, ReadOptions(published=published, url=raw.url))
    if report.failed:
        failure = report.failed[0]
        raise InputError(failure.code, failure.reason, failure.location)
    for action in ("created", "updated", "unchanged"):
        if getattr(report, action):
            return Stored(getattr(report, action)[0], action)
    raise RasdError("E900", "the ingest report has neither a stored article nor a failure")


def _ensure_reader(pipeline: Pipeline, raw: RawDocument) -> None:
    """E007 when no reader of this build handles the input's media type (HTML before its reader lands)."""
    doc = decode(raw)
    try:
        pipeline.reader_for(doc.media_type)
    except PipelineError:
        raise InputError("E007", f"no reader for {doc.media_type} in this build of rasd", raw.location) from None
