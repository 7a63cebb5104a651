"""What the commands share: options, consoles, turning errors into one-line reasons and exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console

from rasd import service
from rasd.config import Config, load_config
from rasd.errors import RasdError
from rasd.store import Store, open_store

EXIT_OK, EXIT_SOME_FAILED, EXIT_CANNOT_RUN = 0, 1, 2

DbOption = typer.Option(
    None, "--db", envvar="RASD_DB", help="Store: a SQLite file (default ./rasd.db) or a database URL.",
    show_default=False,
)

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def config_for(db: str | None = None, **overrides: Any) -> Config:
    return load_config(db=db, **overrides)


def fail(message: str, code: int = EXIT_CANNOT_RUN) -> typer.Exit:
    """Print a one-line reason to stderr and return the Exit to raise."""
    err.print(f"rasd: {message}", markup=False)
    return typer.Exit(code)


@contextmanager
def reasons() -> Iterator[None]:
    """Turn rasd errors into a one-line reason and exit code 2."""
    try:
        yield
    except RasdError as error:
        raise fail(str(error)) from None


@contextmanager
def store_for(db: str | None) -> Iterator[Store]:
    with reasons():
        store = open_store(config_for(db).db)
    try:
        with reasons():
            yield store
    finally:
        store.close()


def print_json(value: Any, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")


def parse_published(value: str | None) -> str | None:
    """An ISO date or date-time, checked; the CLI refuses anything else with exit code 2."""
    try:
        return service.parse_published(value)
    except RasdError:
        raise fail(f"--published {value!r} is not an ISO date such as 2026-01-13") from None
