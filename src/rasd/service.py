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

from rasd.acquire.hints import LISTED_BY, hint
from rasd.acquire.http import FetchSettings
from rasd.acquire.sources import Acquirer
from rasd.config import Config, load_config
from rasd.errors import Failure, InputError, RasdError
from rasd.extract.decode import decode
from rasd.model import Article, RawDocument
from rasd.pipeline import Pipeline, ReadOptions, build_pipeline
from rasd.store import Store, open_store
from rasd.store.kb import link_across_articles

__all__ = ["Outcome", "IngestReport", "analyze_raw", "analyze_inputs", "analyze_path", "analyze_text",
           "analyze_url", "acquirer_for", "ingest", "ingest_items", "open_store", "parse_published"]


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


def acquirer_for(config: Config, fetch_settings: FetchSettings | None = None, store: Store | None = None) -> Acquirer:
    """The Acquirer for a command: fetch settings from ``config``; with a store, listed pages read once."""
    settings = fetch_settings or FetchSettings.from_config(config, cache_path=_cache_path(config, store))
    seen = store.seen_urls if store is not None else None
    return Acquirer(config.max_input_bytes, settings, max_listed=config.max_listed_urls, seen=seen)


def _cache_path(config: Config, store: Store | None) -> str | None:
    """The HTTP cache file: as configured, else beside a SQLite store (``rasd.db`` -> ``rasd.http-cache.sqlite``)."""
    if config.fetch_cache == "none":
        return None
    if config.fetch_cache:
        return config.fetch_cache
    if store is None or "://" in config.db:
        return None
    return str(Path(config.db).with_suffix(".http-cache.sqlite"))


def analyze_inputs(
    arguments: Iterable[str], config: Config, pipeline: Pipeline | None = None, options: ReadOptions = ReadOptions(),
    fetch_settings: FetchSettings | None = None,
) -> Iterator[Outcome]:
    """An Outcome for every page the arguments name (files, folders, "-", URLs, feeds, sitemaps, archives,
    JSON lines), in order."""
    pipeline = pipeline or build_pipeline(config)
    with acquirer_for(config, fetch_settings) as acquirer:
        for item in acquirer.items(arguments):
            yield outcome_of(item, pipeline, options)


def analyze_url(url: str, config: Config | None = None, fetch_settings: FetchSettings | None = None) -> Article:
    """Fetch and analyze one page; raises InputError with the reason when it cannot."""
    config = config or load_config()
    outcomes = list(analyze_inputs([url], config, fetch_settings=fetch_settings))
    if len(outcomes) != 1:
        raise InputError("E007", f"{url} is a feed or sitemap listing {len(outcomes)} pages, not one page", url)
    if outcomes[0].failure:
        raise InputError(outcomes[0].failure.code, outcomes[0].failure.reason, url)
    return outcomes[0].article


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
    fetch_settings: FetchSettings | None = None,
) -> IngestReport:
    """Read, analyze and store every input; failures are recorded in the store with their reasons.

    Pages listed by a feed or sitemap are remembered once read, and not fetched again by a later run.
    """
    config = config or load_config()
    pipeline = build_pipeline(config)
    with acquirer_for(config, fetch_settings, store) as acquirer:
        return ingest_items(acquirer.items(arguments), store, pipeline, options, on_outcome)


def ingest_items(items: Iterable[RawDocument | Failure], store: Store, pipeline: Pipeline,
                 options: ReadOptions = ReadOptions(),
                 on_outcome: Callable[[Outcome], None] | None = None, batch: str | None = None) -> IngestReport:
    """Analyze and store ``items``; with a ``batch`` id, each input is recorded in the batch journal in the
    transaction that stores it (:mod:`rasd.run`)."""
    report = IngestReport()
    for item in items:
        outcome = outcome_of(item, pipeline, options)
        outcome = _store_outcome(outcome, store, report, (batch, item_key(item)) if batch else None)
        if on_outcome:
            on_outcome(outcome)
    return report


def item_key(item: RawDocument | Failure) -> str:
    """An input's key in the batch journal: its location, and its content hash when it was read."""
    if isinstance(item, Failure):
        return item.location
    return f"{item.location}#{item.content_hash}"


def _store_outcome(outcome: Outcome, store: Store, report: IngestReport,
                   journal: tuple[str, str] | None = None) -> Outcome:
    if outcome.article is not None and outcome.raw is not None:
        try:
            outcome = replace(outcome, article=link_across_articles(store, outcome.article))
            result = store.put(outcome.raw, outcome.article, journal=journal)
        except RasdError as error:
            outcome = Outcome(outcome.location, failure=Failure.from_error(error, outcome.location, "store"))
        else:
            getattr(report, result.action).append(result.article_id)
            _remember_listed(store, outcome.raw, result.article_id)
            return outcome
    report.failed.append(outcome.failure)
    store.record_failure(outcome.failure, journal=None if outcome.failure.code in TRANSIENT_CODES else journal)
    if outcome.failure.code not in TRANSIENT_CODES and outcome.raw is not None:
        _remember_listed(store, outcome.raw, None)
    return outcome


# A fetch that failed for a passing reason (network, 5xx, timeout) is tried again by the next run.
TRANSIENT_CODES = frozenset({"E020"})


def _remember_listed(store: Store, raw: RawDocument, article_id: str | None) -> None:
    """A page a feed or sitemap listed is not fetched again by a later ``ingest`` or ``watch``."""
    listed_by = hint(raw, LISTED_BY)
    if listed_by:
        store.mark_seen(raw.location, article_id, listed_by)
