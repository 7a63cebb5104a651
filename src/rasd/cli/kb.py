"""``rasd kb``: the knowledge base entities are linked to (the shipped seed plus the user's entries)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from rasd.cli import app
from rasd.cli.common import DbOption, config_for, fail, out, print_json, reasons, store_for
from rasd.kb.base import KBEntry, KnowledgeBase
from rasd.serialize import to_dict
from rasd.store.kb import entries_from_csv, entry_from_fields, put_entries, read_user_entries

kb_app = typer.Typer(help="The knowledge base: add entities and aliases, import them from CSV, look them up.",
                     no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("add")
def kb_add(
    name_ar: str = typer.Argument(..., metavar="NAME", help="The Arabic name (ستيف ويتكوف)."),
    type_: str = typer.Option(..., "--type", help="PER, ORG, LOC, FAC or MISC."),
    name_en: Optional[str] = typer.Option(None, "--en", help="The English name (Steve Witkoff)."),
    aliases: list[str] = typer.Option([], "--alias", help="Another name it goes by (repeatable)."),
    entry_id: Optional[str] = typer.Option(None, "--id", help="Its id (default: user:<name key>)."),
    db: Optional[str] = DbOption,
) -> None:
    """Add an entity (or replace the one with the same id) in the store's knowledge base."""
    with reasons():
        entry = entry_from_fields(entry_id, type_, name_ar, name_en, aliases)
    with store_for(db) as store:
        put_entries(store, [entry])
    out.print(f"added {entry.id} ({entry.type}) {entry.name_ar}" + (f" = {entry.name_en}" if entry.name_en else ""))


@kb_app.command("import")
def kb_import(
    path: Path = typer.Argument(..., metavar="CSV", help="CSV with a header: id,type,name_en,name_ar,aliases "
                                "(aliases separated by |; id may be empty)."),
    db: Optional[str] = DbOption,
) -> None:
    """Import entities from a CSV file into the store's knowledge base (all rows or none)."""
    with reasons():
        entries = entries_from_csv(path)
    with store_for(db) as store:
        count = put_entries(store, entries)
    out.print(f"imported {count} entries from {path}")


@kb_app.command("show")
def kb_show(
    query: str = typer.Argument(..., help="An id (rasd:p-putin, iso:RUS) or a name in Arabic or English."),
    as_json: bool = typer.Option(False, "--json", help="Print the entry as JSON."),
    db: Optional[str] = DbOption,
) -> None:
    """Show the entry an id or a name leads to (the user's entries first, then the shipped seed)."""
    config = config_for(db)
    with reasons():
        kb = KnowledgeBase.load()
        if Path(config.db).is_file():
            kb = kb.with_entries(read_user_entries(config.db))
    entry = kb.entries.get(query) or kb.lookup(query)
    if entry is None:
        raise fail(f"no knowledge-base entry for {query!r}", code=1)
    if as_json:
        print_json(to_dict(entry))
    else:
        _print(entry)


def _print(entry: KBEntry) -> None:
    out.print(f"{entry.id}  {entry.type}  {entry.name_en or '-'}  {entry.name_ar or '-'}  [{entry.source}]")
    if entry.aliases:
        out.print("aliases: " + " | ".join(entry.aliases))
    if entry.codes:
        out.print("codes: " + " ".join(entry.codes))
