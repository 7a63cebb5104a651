"""``rasd migrate``: copy a SQLite store into PostgreSQL."""

from __future__ import annotations

import typer

from rasd.cli import app
from rasd.cli.common import out, print_json, reasons


@app.command()
def migrate(
    source: str = typer.Option(..., "--from", metavar="SQLITE_PATH", help="The SQLite store to copy."),
    target: str = typer.Option(..., "--to", metavar="postgresql://...", help="The PostgreSQL store to copy into."),
    as_json: bool = typer.Option(False, "--json", help="Print rows per table as JSON."),
) -> None:
    """Copy everything in a SQLite store (articles, raw inputs, failures, knowledge base, events, seen URLs,
    batch journal) into a PostgreSQL store. Run it again to finish an interrupted copy."""
    from rasd.store.copy import copy_store  # psycopg loads only for this command

    with reasons():
        copied = copy_store(source, target)
    if as_json:
        print_json({c.table: {"source": c.source_rows, "target": c.target_rows} for c in copied})
        return
    for c in copied:
        out.print(f"{c.table}: {c.source_rows} rows in {source}, {c.target_rows} in the target")
