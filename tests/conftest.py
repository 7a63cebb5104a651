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


# PostgreSQL: tests that need a server read its URL from RASD_TEST_PG (.ci/run starts one and sets it) and
# skip with a message when it is absent. Each test gets a schema of its own, dropped afterwards.
PG_SKIP = "RASD_TEST_PG is not set (a postgresql:// URL of a test database; .ci/run starts a server and sets it)"


def with_schema(url: str, schema: str) -> str:
    """``url`` with the connection option that puts ``schema`` first on the search path."""
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url():
    base = os.environ.get("RASD_TEST_PG")
    if not base:
        pytest.skip(PG_SKIP)
    import uuid

    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield with_schema(base, schema)
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A fresh store location on each backend: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    return request.getfixturevalue("pg_url")
