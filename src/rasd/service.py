"""The verbs of rasd as library functions; the CLI, the HTTP API and users' code all call these.

``analyze_*`` read inputs into Articles without storing anything; ``ingest`` reads, analyzes and stores.
Inputs are processed one at a time and in order; each either becomes an Article or a Failure with its
reason, and a failure never stops the batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rasd.acquire.files import iter_inputs
from rasd.config import Config, load_config
from rasd.errors import Failure, InputError, RasdError
from rasd.extract.decode import decode
from rasd.model import Article, RawDocument
from rasd.pipeline import Pipeline, ReadOptions, build_pipeline
from rasd.store import Store, open_store
from rasd.store.kb import link_across_articles

__all__ = ["Outcome", "IngestReport", "analyze_raw", "analyze_inputs", "analyze_path", "analyze_text",
           "ingest", "ingest_items", "open_store", "parse_published"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: an article, or a failure with its reason."""

    location: str
    article: Article | None = None
    failure: Failure | None = None
    raw: RawDocument | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None


@dataclass
class IngestReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def stored(self) -> list[str]:
        return self.created + self.updated + self.unchanged


def parse_published(value: str | None) -> str | None:
    """A publication date given by a user (ISO date or date-time), normalized; RasdError E301 otherwise."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        return dt.datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise RasdError("E301", f"published {value!r} is not an ISO date such as 2026-01-13") from None


def analyze_raw(raw: RawDocument, pipeline: Pipeline, options: ReadOptions = ReadOptions()) -> Article:
    """One RawDocument through decoding, its reader and every stage. Raises InputError if unreadable."""
    doc = decode(raw, options.media_type)
    return pipeline.process(raw, doc, options)


def outcome_of(item: RawDocument | Failure, pipeline: Pipeline, options: ReadOptions) -> Outcome:
    if isinstance(item, Failure):
        return Outcome(item.location, failure=item)
    try:
        return Outcome(item.location, article=analyze_raw(item, pipeline, options), raw=item)
    except InputError as error:
        return Outcome(item.location, failure=Failure.from_error(error, item.location), raw=item)
    except RasdError as error:
        return Outcome(item.location, failure=Failure.from_error(error, item.location, "analyze"), raw=item)
    except Exception as exc:  # a bug on one input must not stop the batch; the reason travels with it
        failure = Failure(item.location, "E900", f"internal error: {type(exc).__name__}: {exc}", "analyze")
        return Outcome(item.location, failure=failure, raw=item)


def analyze_inputs(
    arguments: Iterable[str], config: Config, pipeline: Pipeline | None = None, options: ReadOptions = ReadOptions()
) -> Iterator[Outcome]:
    """An Outcome for every input named by ``arguments`` (files, folders, "-"), in order."""
    pipeline = pipeline or build_pipeline(config)
    for item in iter_inputs(arguments, config.max_input_bytes):
        yield outcome_of(item, pipeline, options)


def analyze_path(path: str | Path, config: Config | None = None, published: str | None = None) -> Article:
    """Read and analyze one file; raises InputError with the reason when it cannot."""
    config = config or load_config()
    (outcome,) = list(analyze_inputs([str(path)], config, options=ReadOptions(published=published)))
    if outcome.failure:
        raise InputError(outcome.failure.code, outcome.failure.reason, outcome.location)
    return outcome.article


def analyze_text(text: str, config: Config | None = None, published: str | None = None, url: str | None = None,
                 media_type: str = "text/plain") -> Article:
    """Analyze a page given as a string (scraped text by default)."""
    config = config or load_config()
    raw = RawDocument(content=text.encode("utf-8"), location="<text>", source_kind="api", url=url,
                      media_type=media_type, encoding="utf-8")
    return analyze_raw(raw, build_pipeline(config), ReadOptions(published=published, url=url))


def ingest(
    arguments: Iterable[str],
    store: Store,
    config: Config | None = None,
    options: ReadOptions = ReadOptions(),
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestReport:
    """Read, analyze and store every input; failures are recorded in the store with their reasons."""
    config = config or load_config()
    pipeline = build_pipeline(config)
    items = iter_inputs(arguments, config.max_input_bytes)
    return ingest_items(items, store, pipeline, options, on_outcome)


def ingest_items(items: Iterable[RawDocument | Failure], store: Store, pipeline: Pipeline,
                 options: ReadOptions = ReadOptions(),
                 on_outcome: Callable[[Outcome], None] | None = None) -> IngestReport:
    report = IngestReport()
    for item in items:
        outcome = outcome_of(item, pipeline, options)
        outcome = _store_outcome(outcome, store, report)
        if on_outcome:
            on_outcome(outcome)
    return report


def _store_outcome(outcome: Outcome, store: Store, report: IngestReport) -> Outcome:
    if outcome.article is not None and outcome.raw is not None:
        try:
            outcome = replace(outcome, article=link_across_articles(store, outcome.article))
            result = store.put(outcome.raw, outcome.article)
        except RasdError as error:
            outcome = Outcome(outcome.location, failure=Failure.from_error(error, outcome.location, "store"))
        else:
            getattr(report, result.action).append(result.article_id)
            return outcome
    report.failed.append(outcome.failure)
    store.record_failure(outcome.failure)
    return outcome
