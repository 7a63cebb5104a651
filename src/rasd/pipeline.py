"""The stage pipeline: readers turn a RawDocument into an Article, stages enrich it.

A :class:`Reader` (``RawDocument -> Article``) handles one kind of input (scraped text, HTML). A
:class:`Stage` (``Article -> Article``) is named and versioned and declares the article fields it
``requires`` and ``provides``. :class:`Pipeline` checks at construction that every stage's requirements
are met by the readers and earlier stages, so a misconfigured pipeline fails before any text is read.
While running it times every step and records ``(name, version, ms)`` in the article's provenance. A
stage that raises does not lose the article: the runner keeps the article as it was and records a
warning with the reason.

Stages are found by name in a :class:`Registry`; :func:`default_registry` knows the built-in ones.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from rasd import __version__
from rasd.config import Config
from rasd.errors import InputError, PipelineError
from rasd.model import Article, RawDocument, StageRun

# The article fields a reader fills; stages may require any of them.
PAGE_FIELDS = frozenset(
    {"text", "blocks", "url", "source", "language", "title", "kicker", "headline", "deck", "authors",
     "dateline", "published", "modified", "images", "tags", "reading_time.published_minutes"}
)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller knows about an input that the input may not say."""

    published: str | None = None  # ISO date supplied by the user (--published)
    url: str | None = None
    media_type: str | None = None


@dataclass(frozen=True, slots=True)
class Decoded:
    """A RawDocument's content as text, with the encoding used and the media type decided."""

    text: str
    encoding: str
    media_type: str


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


@runtime_checkable
class Reader(Protocol):
    name: str
    version: str
    media_types: frozenset[str]

    def __call__(self, doc: Decoded, raw: RawDocument, options: ReadOptions) -> Article: ...


StageFactory = Callable[[Config], Stage]

# Built-in stages: name -> "module:factory". Imported only when a pipeline asks for them.
BUILTIN_STAGES: dict[str, str] = {
    "readtime": "rasd.extract.readtime:make_stage",
    "times": "rasd.enrich.times:make_stage",
    "entities": "rasd.enrich.entities:make_stage",
    "quotes": "rasd.enrich.quotes:make_stage",
    "events": "rasd.enrich.events:make_stage",
    "topics": "rasd.enrich.topics:make_stage",
    "keywords": "rasd.enrich.keywords:make_stage",
    "summary": "rasd.enrich.summary:make_stage",
}

BUILTIN_READERS: tuple[str, ...] = ("rasd.extract.text:make_reader", "rasd.extract.html:make_reader")


class Registry:
    """Names to stage factories. Owned by whoever builds pipelines; no process-wide state."""

    def __init__(self, entries: dict[str, str | StageFactory] | None = None):
        self._entries: dict[str, str | StageFactory] = dict(entries or {})

    def register(self, name: str, factory: str | StageFactory) -> None:
        self._entries[name] = factory

    def names(self) -> list[str]:
        return sorted(self._entries)

    def create(self, name: str, config: Config) -> Stage:
        if name not in self._entries:
            known = ", ".join(self.names()) or "none"
            raise PipelineError(f"unknown stage {name!r} (known stages: {known})")
        factory = self._entries[name]
        if isinstance(factory, str):
            factory = _load(factory)
        stage = factory(config)
        if not isinstance(stage, Stage):
            raise PipelineError(f"{name!r} did not build a Stage (got {type(stage).__name__})")
        return stage


def default_registry() -> Registry:
    return Registry(BUILTIN_STAGES)


def _load(dotted: str) -> Callable:
    module_name, _, attr = dotted.partition(":")
    return getattr(importlib.import_module(module_name), attr)


class Pipeline:
    """Readers plus an ordered list of stages, checked once at construction."""

    def __init__(self, readers: Iterable[Reader], stages: Iterable[Stage]):
        self.readers = tuple(readers)
        self.stages = tuple(stages)
        self._check()

    def _check(self) -> None:
        if not self.readers:
            raise PipelineError("no reader: the pipeline cannot turn any input into an article")
        available = set(PAGE_FIELDS)
        for stage in self.stages:
            missing = set(stage.requires) - available
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {sorted(missing)}, which no reader or earlier stage provides"
                )
            available |= set(stage.provides)

    def describe(self) -> list[tuple[str, str]]:
        return [(r.name, r.version) for r in self.readers] + [(s.name, s.version) for s in self.stages]

    def reader_for(self, media_type: str) -> Reader:
        for reader in self.readers:
            if media_type in reader.media_types:
                return reader
        raise PipelineError(f"no reader for {media_type}")

    def process(self, raw: RawDocument, doc: Decoded, options: ReadOptions) -> Article:
        """Read one decoded document and run every stage over it. Raises InputError if it cannot be read."""
        reader = self.reader_for(doc.media_type)
        started = time.perf_counter()
        article = reader(doc, raw, options)
        runs = [StageRun(reader.name, reader.version, _ms(started))]
        for stage in self.stages:
            article, run = _run_stage(stage, article)
            runs.append(run)
        provenance = replace(
            article.provenance,
            rasd_version=__version__,
            location=raw.location,
            content_hash=raw.content_hash,
            encoding=doc.encoding,
            media_type=doc.media_type,
            stages=tuple(runs),
        )
        return replace(article, provenance=provenance)


def _run_stage(stage: Stage, article: Article) -> tuple[Article, StageRun]:
    started = time.perf_counter()
    try:
        result = stage(article)
        if not isinstance(result, Article):
            raise TypeError(f"returned {type(result).__name__}, not an Article")
    except InputError:
        raise
    except Exception as exc:  # a stage failing on one article must not lose the article
        result = article.with_warning(stage.name, "E102", f"{type(exc).__name__}: {exc}")
    return result, StageRun(stage.name, stage.version, _ms(started))


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def build_pipeline(config: Config, registry: Registry | None = None) -> Pipeline:
    """The readers and the configured stages, checked."""
    registry = registry or default_registry()
    readers = [_load(path)(config) for path in BUILTIN_READERS]
    stages = [registry.create(name, config) for name in config.stages]
    return Pipeline(readers, stages)
