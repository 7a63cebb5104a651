"""A store with the seed page ingested (plus hand-annotated records) and the app over it, in-process."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotated_records import annotated_seed, follow_up, hostile
from rasd.config import Config, load_config
from rasd.model import RawDocument
from rasd.service import ingest, open_store



@dataclass
class Seeded:
    config: Config
    seed_id: str
    follow_id: str
    hostile_id: str


@dataclass
class FakeFetcher:
    """Serves canned pages for URLs; records what it was asked (the address rules must run before it)."""

    pages: dict[str, bytes] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    def __call__(self, url: str, max_bytes: int, allow_private: bool) -> RawDocument:
        self.asked.append(url)
        return RawDocument(self.pages[url], url, "url", url=url, media_type="text/plain")


@pytest.fixture
def seeded(tmp_path: Path, seed_path: Path) -> Seeded:
    config = load_config(environ={}, db=str(tmp_path / "web.db"))
    with open_store(config.db) as store:
        report = ingest([str(seed_path)], store, config)
        (seed_id,) = report.created
        raw = store.raw_for(seed_id)
        store.put(raw, annotated_seed(store.get(seed_id)))
        store.put(RawDocument(b"follow-up", "test:follow-up"), follow_up())
        store.put(RawDocument(b"hostile", "test:hostile"), hostile())
    return Seeded(config, seed_id, follow_up().id, hostile().id)


@pytest.fixture
def fetcher() -> FakeFetcher:
    return FakeFetcher()


@pytest.fixture
def client(seeded: Seeded, fetcher: FakeFetcher):
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    with TestClient(create_app(seeded.config, fetcher=fetcher), raise_server_exceptions=False) as test_client:
        yield test_client
