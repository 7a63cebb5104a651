"""Settings: one declared list, each with its default, environment variable and help.

A :class:`Config` is built once (``load_config``) from defaults, the environment and explicit overrides,
and passed to whatever needs it; nothing reads the environment behind the caller's back.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

DEFAULT_STAGES = ("readtime", "times", "entities", "quotes", "events", "topics", "keywords", "summary")


def _setting(default: Any, env: str, help: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True, slots=True)
class Config:
    db: str = _setting("rasd.db", "RASD_DB", "Store location: a SQLite file path (the default) or a database URL.")
    max_input_bytes: int = _setting(
        10 * 1024 * 1024, "RASD_MAX_INPUT_BYTES", "Largest input accepted, in bytes; larger inputs fail with E003."
    )
    stages: tuple[str, ...] = _setting(
        DEFAULT_STAGES, "RASD_STAGES", "Analysis stages to run after reading, in order (comma-separated)."
    )
    words_per_minute_ar: int = _setting(
        138, "RASD_WPM_AR", "Reading rate for Arabic text, words per minute (IReST; see docs/reading-time.md)."
    )
    words_per_minute_en: int = _setting(
        238, "RASD_WPM_EN", "Silent reading rate for English text, words per minute (Brysbaert 2019)."
    )
    user_agent: str = _setting(
        "", "RASD_USER_AGENT", "User-Agent for fetching pages, feeds and sitemaps (empty: rasd/VERSION)."
    )
    fetch_timeout: float = _setting(20.0, "RASD_FETCH_TIMEOUT", "Seconds to wait for a server to connect or send.")
    fetch_deadline: float = _setting(60.0, "RASD_FETCH_DEADLINE", "Seconds one fetch may take in all (slow servers).")
    fetch_delay: float = _setting(1.0, "RASD_FETCH_DELAY", "Seconds between two requests to the same host.")
    fetch_concurrency: int = _setting(8, "RASD_FETCH_CONCURRENCY", "Requests in flight at once, over all hosts.")
    fetch_per_host: int = _setting(2, "RASD_FETCH_PER_HOST", "Requests in flight at once to one host.")
    fetch_retries: int = _setting(3, "RASD_FETCH_RETRIES", "Retries after 429, 5xx or a network error.")
    fetch_max_redirects: int = _setting(5, "RASD_FETCH_MAX_REDIRECTS", "Redirects followed before giving up.")
    fetch_cache: str = _setting(
        "", "RASD_FETCH_CACHE",
        "HTTP cache file for conditional GETs (empty: beside the store for ingest and watch; 'none': no cache).",
    )
    respect_robots: bool = _setting(True, "RASD_RESPECT_ROBOTS", "Obey robots.txt (and its Crawl-delay).")
    allow_private: bool = _setting(
        False, "RASD_ALLOW_PRIVATE", "Fetch from private, loopback and link-local addresses (refused by default)."
    )
    max_listed_urls: int = _setting(
        5000, "RASD_MAX_LISTED_URLS", "Most page URLs taken from one feed or sitemap (sitemap indexes included)."
    )


def settings() -> list[tuple[str, Any, str, str]]:
    """(name, default, environment variable, help) for every setting, for docs and ``--help``."""
    return [(f.name, f.default, f.metadata["env"], f.metadata["help"]) for f in fields(Config)]


def load_config(environ: Mapping[str, str] | None = None, **overrides: Any) -> Config:
    """Defaults, then environment variables, then explicit overrides (None means "not given")."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Config):
        raw = environ.get(f.metadata["env"])
        if raw not in (None, ""):
            values[f.name] = _parse(f.default, raw)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(Config(), **values)


def _parse(default: Any, raw: str) -> Any:
    if isinstance(default, bool):
        return raw.lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return raw
