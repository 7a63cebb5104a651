"""The store interface both backends implement, and the records it returns.

Writes are transactional and idempotent: ``put`` stores the raw input and the article together or not at
all, and the same article (same id: canonical URL, or normalized title and text) is updated, never
duplicated. Reads return frozen records. ``journal`` (a batch id and an input's key) records, in the same
transaction, that a batch has finished that input (see ``rasd.run``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from rasd.errors import Failure
from rasd.model import Article, RawDocument


@dataclass(frozen=True, slots=True)
class PutResult:
    article_id: str
    action: Literal["created", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str | None
    headline: str | None
    source_name: str | None
    language: str | None
    published: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class FailureRecord:
    location: str
    code: str
    reason: str
    stage: str
    occurred_at: str


class Store(Protocol):
    def put(self, raw: RawDocument, article: Article, journal: tuple[str, str] | None = None) -> PutResult: ...

    def record_failure(self, failure: Failure, journal: tuple[str, str] | None = None) -> None: ...

    def mark_seen(self, url: str, article_id: str | None = None, listed_by: str | None = None) -> None: ...

    def seen_urls(self, urls: list[str]) -> set[str]: ...

    def get(self, article_id: str) -> Article: ...

    def raw_for(self, article_id: str) -> RawDocument: ...

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]: ...

    def count(self) -> int: ...

    def failures(self, limit: int = 100) -> list[FailureRecord]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
