"""Commands over articles: analyze, ingest, list, show, errors."""

from __future__ import annotations

from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rasd import render
from rasd.cli import app
from rasd.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    DbOption,
    config_for,
    err,
    fail,
    out,
    parse_published,
    print_json,
    reasons,
    store_for,
)
from rasd.acquire.files import COMPRESSED_SUFFIXES, PAGE_SUFFIXES, expand_inputs
from rasd.cli.fetching import PATHS_HELP, fetch_options
from rasd.pipeline import ReadOptions, build_pipeline
from rasd.run.batch import BatchReport, run_ingest
from rasd.serialize import article_to_json, to_dict
from rasd.service import Outcome, analyze_inputs

PublishedOption = typer.Option(
    None, "--published", metavar="DATE", help="Publication date to use when the page gives none (ISO, 2026-01-13)."
)


@app.command()
@fetch_options
def analyze(
    paths: list[str] = typer.Argument(..., metavar="INPUT...", help=PATHS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the article record as JSON (an array for several)."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="Print one JSON record per line, one per input, in order."),
    published: Optional[str] = PublishedOption,
    full: bool = typer.Option(False, "--text", help="Also print the body text (readable output)."),
    fetch: dict | None = None,
) -> None:
    """Read pages into article records and print them; nothing is stored.

    A feed or sitemap stands for the pages it lists: one record per page."""
    options = ReadOptions(published=parse_published(published))
    with reasons():
        config = config_for(**(fetch or {}))
        outcomes = analyze_inputs(paths, config, build_pipeline(config), options)
        failed = _emit(outcomes, as_json, as_jsonl, full)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _emit(outcomes, as_json: bool, as_jsonl: bool, full: bool) -> int:
    failed = 0
    records = []
    for outcome in outcomes:
        failed += not outcome.ok
        record = _record(outcome)
        if as_jsonl:
            print_json(record, indent=None)
        elif as_json:
            records.append(record)
        elif outcome.ok:
            render.print_article(out, outcome.article, full)
            out.print()
        if not outcome.ok:
            err.print(render.failure_line(outcome.failure), markup=False)
    if as_json:
        print_json(records[0] if len(records) == 1 else records)
    return failed


def _record(outcome: Outcome) -> dict:
    return article_to_json(outcome.article) if outcome.ok else outcome.failure.to_json()


@app.command()
@fetch_options
def ingest(
    paths: list[str] = typer.Argument(..., metavar="INPUT...", help=PATHS_HELP),
    db: Optional[str] = DbOption,
    published: Optional[str] = PublishedOption,
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    workers: int = typer.Option(1, "--workers", min=1, help="Local worker processes (each loads the models once)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="tcp://HOST:8786", help="Run on this Dask distributed cluster's workers."),
    fetch: dict | None = None,
) -> None:
    """Read, analyze and store pages. The same article ingested again is updated, never duplicated.

    Pages a feed or sitemap lists are fetched once: a later run skips those already read. An interrupted
    run (Ctrl-C, a crash) resumes where it stopped when the same command is run again."""
    options = ReadOptions(published=parse_published(published))
    with store_for(db) as store:
        config = config_for(db, **(fetch or {}))
        try:
            report = ingest_report(paths, config, store, options, workers, scheduler)
        except KeyboardInterrupt:
            raise fail("interrupted: what was stored is kept; run the same command again to resume",
                       EXIT_SOME_FAILED) from None
    if as_json:
        print_json({"created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                    "failed": [f.to_json() for f in report.failed], "resumed": report.resumed})
    else:
        resumed = f"resumed an interrupted run ({report.resumed} inputs done before); " if report.resumed else ""
        out.print(f"{resumed}stored {len(report.stored)} articles ({len(report.created)} new, "
                  f"{len(report.updated)} updated, {len(report.unchanged)} unchanged); {len(report.failed)} failed"
                  + (" — see `rasd errors`" if report.failed else ""))
    raise typer.Exit(EXIT_SOME_FAILED if report.failed else EXIT_OK)


def ingest_report(paths: list[str], config, store, options: ReadOptions, workers: int = 1,
                  scheduler: str | None = None) -> BatchReport:
    """Ingest ``paths`` into ``store`` (:func:`rasd.run.batch.run_ingest`) with a progress display."""
    total = _count(paths)

    def report_failures(one) -> None:
        for failure in one.failed:
            err.print(render.failure_line(failure), markup=False)

    if not ((total is None or total > 1) and err.is_terminal):
        return run_ingest(paths, store, config, options, workers, scheduler, report_failures)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=total)

        def advance(one) -> None:
            report_failures(one)
            progress.advance(task)

        return run_ingest(paths, store, config, options, workers, scheduler, advance)


def _count(paths: list[str]) -> int | None:
    """How many pages the inputs hold, when that is known before reading them (files and folders only)."""
    entries = expand_inputs(paths)
    plain = all(isinstance(e, str) and e.lower().endswith(PAGE_SUFFIXES + COMPRESSED_SUFFIXES) for e in entries)
    return len(entries) if plain else None


@app.command("list")
def list_articles(
    db: Optional[str] = DbOption,
    limit: int = typer.Option(50, "--limit", min=1, help="How many articles."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List stored articles, newest first."""
    with store_for(db) as store:
        rows = store.list_articles(limit=limit, offset=offset)
        total = store.count()
    if as_json:
        print_json({"total": total, "articles": [to_dict(row) for row in rows]})
        return
    out.print(render.summaries_table(rows))
    out.print(f"{len(rows)} of {total} articles")


@app.command()
def show(
    article_id: str = typer.Argument(..., metavar="ID", help="An article id (or the start of one)."),
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the article record as JSON."),
    full: bool = typer.Option(False, "--text", help="Also print the body text."),
) -> None:
    """Show one stored article."""
    with store_for(db) as store:
        article = store.get(article_id)
        canonical, copies = store.canonical_of(article.id), store.copies_of(article.id)
    if as_json:
        print_json(article_to_json(article))
    else:
        render.print_article(out, article, full)
        if canonical and canonical != article.id:
            out.print(f"near-duplicate of: {canonical} (the canonical article)")
        if copies:
            out.print(f"near-duplicates: {', '.join(copies)}")


@app.command()
def errors(
    db: Optional[str] = DbOption,
    limit: int = typer.Option(100, "--limit", min=1, help="How many, newest first."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Inputs that could not be ingested, with the reason for each."""
    with store_for(db) as store:
        rows = store.failures(limit=limit)
    if as_json:
        print_json([to_dict(row) for row in rows])
        return
    if not rows:
        out.print("no failed inputs recorded")
        return
    out.print(render.failures_table(rows))
