"""``rasd watch``: poll feeds (or sitemaps) on a schedule and ingest only the pages not read before."""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Optional

import typer

from rasd.cli import app
from rasd.cli.articles import ingest_report
from rasd.cli.common import EXIT_OK, EXIT_SOME_FAILED, DbOption, config_for, err, fail, out, print_json, store_for
from rasd.cli.fetching import fetch_options
from rasd.pipeline import ReadOptions

_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$")


def parse_duration(text: str) -> float:
    """Seconds in "10m", "1h30m", "45s" or "90"; ValueError for anything else or zero."""
    match = _DURATION.match(text.strip().lower())
    if not text.strip() or not match:
        raise ValueError(f"{text!r} is not a duration such as 10m, 1h, 45s")
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise ValueError(f"{text!r} is not a positive duration")
    return float(total)


@app.command()
@fetch_options
def watch(
    feeds: list[str] = typer.Argument(..., metavar="FEED...", help="Feed or sitemap URLs (or files) to poll."),
    every: str = typer.Option("10m", "--every", metavar="DURATION", help="Time between polls: 10m, 1h, 45s."),
    once: bool = typer.Option(False, "--once", help="Poll once and exit (for cron)."),
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON line per poll."),
    fetch: dict | None = None,
) -> None:
    """Poll feeds and ingest the pages they list that were not read before; Ctrl-C stops."""
    try:
        interval = parse_duration(every)
    except ValueError as error:
        raise fail(f"--every: {error}") from None
    failed = False
    with store_for(db) as store:
        config = config_for(db, **(fetch or {}))
        try:
            while True:
                failed = _poll(feeds, config, store, as_json) or failed
                if once:
                    break
                time.sleep(interval)
        except KeyboardInterrupt:
            err.print("rasd: watch stopped", markup=False)
            raise typer.Exit(EXIT_OK) from None
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _poll(feeds: list[str], config, store, as_json: bool) -> bool:
    """One poll of every feed; True if some page failed."""
    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    report = ingest_report(feeds, config, store, ReadOptions())
    if as_json:
        print_json({"polled_at": started, "created": report.created, "updated": report.updated,
                    "unchanged": report.unchanged, "failed": [f.to_json() for f in report.failed]}, indent=None)
    else:
        out.print(f"{started} polled {len(feeds)} feed(s): {len(report.created)} new articles, "
                  f"{len(report.updated)} updated, {len(report.failed)} failed"
                  + (" — see `rasd errors`" if report.failed else ""))
    return bool(report.failed)
