"""A live reader on 127.0.0.1 (uvicorn in a thread) over a temporary store with the seed page ingested,
and Debian's Chromium driven by Playwright. Skipped, with a message, when Chromium is absent."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotated_records import annotated_seed, follow_up, hostile
from rasd.config import load_config
from rasd.model import RawDocument
from rasd.service import ingest, open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@dataclass
class Live:
    base: str
    seed_id: str
    follow_id: str
    hostile_id: str


@pytest.fixture(scope="module")
def live(tmp_path_factory, seed_path) -> Iterator[Live]:
    uvicorn = pytest.importorskip("uvicorn")
    from rasd.api import create_app

    config = load_config(environ={}, db=str(tmp_path_factory.mktemp("reader") / "reader.db"))
    with open_store(config.db) as store:
        (seed_id,) = ingest([str(seed_path)], store, config).created
        store.put(store.raw_for(seed_id), annotated_seed(store.get(seed_id)))  # hand-made entities etc.
        store.put(RawDocument(b"follow-up", "test:follow-up"), follow_up())
        store.put(RawDocument(b"hostile", "test:hostile"), hostile())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the reader did not start"
    yield Live(f"http://127.0.0.1:{port}", seed_id, follow_up().id, hostile().id)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (.ci/run installs Debian's chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot as test-artifacts/NAME.png; returns its path."""

    def save(page, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
