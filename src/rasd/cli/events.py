"""Commands over events: ``rasd events`` (list, filter, export) and ``rasd event ID`` (one event, all its reports)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from rasd.cli import app
from rasd.cli.common import DbOption, fail, out, print_json, reasons, store_for
from rasd.events import export
from rasd.events.ledger import get_event, list_events, rebuild
from rasd.events.merge import MergedEvent
from rasd.serialize import to_dict


@app.command("events")
def events_command(
    db: Optional[str] = DbOption,
    type_: Optional[str] = typer.Option(None, "--type", help="Only this PLOVER type (CONSULT, ASSAULT, ...)."),
    status: Optional[str] = typer.Option(None, "--status", help="Only this status (happened, planned, ...)."),
    contested: Optional[bool] = typer.Option(None, "--contested/--uncontested", help="Only contested (or uncontested)."),
    limit: int = typer.Option(50, "--limit", min=1, help="How many events (export: all that match)."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    export_path: Optional[Path] = typer.Option(
        None, "--export", metavar="FILE", help="Write a table instead (.csv or .parquet): one row per merged event."),
    per_report: bool = typer.Option(False, "--reports", help="With --export: one row per event report instead."),
    rebuild_first: bool = typer.Option(False, "--rebuild", help="Re-derive reports and merged events first."),
) -> None:
    """Events across stored articles: reports of the same event merged, with the first report and contests."""
    with store_for(db) as store:
        if rebuild_first:
            rebuild(store)
        if export_path is not None:
            _export(store, type_, status, contested, export_path, per_report)
            return
        total, events = list_events(store, type_, status, contested, limit, offset)
    if as_json:
        print_json({"total": total, "events": [_summary(e) for e in events]})
        return
    out.print(_table(events))
    out.print(f"{len(events)} of {total} events")


@app.command("event")
def event_command(
    event_id: str = typer.Argument(..., metavar="ID", help="A merged event id (ev...) or a report id (<article>.<n>)."),
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One event with all its reports and its claim ledger."""
    with store_for(db) as store:
        event = get_event(store, event_id)
    if as_json:
        print_json({**_summary(event), "reports": [to_dict(r) for r in event.reports]})
        return
    _print_event(event)


def _export(store, type_, status, contested, path: Path, per_report: bool) -> None:
    total, events = list_events(store, type_, status, contested, limit=10**9, offset=0)
    rows = export.report_rows(events) if per_report else export.event_rows(events)
    columns = export.REPORT_COLUMNS if per_report else export.EVENT_COLUMNS
    with reasons():
        try:
            export.write_table(rows, columns, path)
        except OSError as exc:
            raise fail(f"cannot write {path}: {exc.strerror or exc}") from None
    out.print(f"wrote {len(rows)} {'reports' if per_report else 'events'} to {path}")


def _summary(event: MergedEvent) -> dict:
    return {
        "id": event.id, "type": event.type, "status": event.status, "contested": event.contested,
        "reports": len(event.reports), "first_report": event.first_report.id,
        "first_published": event.first_report.published, "time": event.time,
        "actors": to_dict(event.actors), "targets": to_dict(event.targets), "place": to_dict(event.place),
        "asserted_by": list(event.asserted_by), "contested_by": list(event.contested_by),
        "trigger": event.first_report.event.trigger,
    }


def _names(args) -> str:
    return "، ".join(a.text + (f" ({a.code})" if a.code else "") for a in args)


def _table(events: list[MergedEvent]) -> Table:
    table = Table("id", "type", "status", "actors", "targets", "time", "reports")
    for e in events:
        status = e.status + (" · contested" if e.contested else "")
        table.add_row(e.id, e.type, status, _names(e.actors), _names(e.targets), e.time or "", str(len(e.reports)))
    return table


def _print_event(event: MergedEvent) -> None:
    lines = [f"{event.type} · {event.status}" + (" · contested" if event.contested else "") + f"  [{event.id}]",
             f"actors: {_names(event.actors) or '-'}", f"targets: {_names(event.targets) or '-'}",
             f"place: {event.place.text if event.place else '-'}   time: {event.time or '-'}",
             f"asserted by: {'، '.join(event.asserted_by) or '-'}",
             f"contested by: {'، '.join(event.contested_by) or '-'}",
             f"first report: {event.first_report.id} ({event.first_report.source or '?'}, "
             f"{event.first_report.published or 'date unknown'})", "reports:"]
    for report in event.reports:
        lines.append(f"  {report.id}  {report.published or '?'}  {report.source or '?'}  "
                     f"{report.event.status}: {report.evidence}")
    for line in lines:
        out.print(line, markup=False)
