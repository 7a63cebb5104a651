"""Shared test fixtures: where the shared datasets are, the seed page, temporary stores, the CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """``$RASD_SHARED`` if set, else the ``shared`` folder beside the checkout; None when absent."""
    candidate = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("../shared is absent (set RASD_SHARED to the shared folder to run this test)")
    return found


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return shared / "seed" / "asharq-witkoff-kushner-moscow.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rasd.db"


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()
