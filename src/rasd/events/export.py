"""Event data as tables: one row per event report, or one per merged event (docs/events.md has the columns).

The columns follow PLOVER's event record where it has a name for the value (``event_type``, ``mode``, actor and
target text and codes, ``eventLoc`` as ``place``) and add what rasd knows besides (status, claim ledger,
contested, evidence). Several actors or targets are joined with " | " in one cell, in the same order in the text,
code and name columns. Written as CSV (UTF-8) or Parquet (needs ``pyarrow``: ``pip install rasd[parquet]``).
"""

from __future__ import annotations

import csv
from pathlib import Path

from rasd.errors import RasdError
from rasd.events.merge import MergedEvent, Report
from rasd.model import EventArg

SEP = " | "
REPORT_COLUMNS = (
    "report_id", "event_id", "article_id", "source", "published", "url", "event_type", "mode", "status", "notes",
    "contested", "trigger", "actor_text", "actor_code", "actor_name_en", "target_text", "target_code",
    "target_name_en", "place", "place_code", "time", "time_text", "count", "duration", "about", "asserted_by",
    "contested_by", "evidence",
)
EVENT_COLUMNS = (
    "event_id", "event_type", "mode", "status", "contested", "reports", "first_report", "first_published",
    "last_published", "sources", "actor_text", "actor_code", "actor_name_en", "target_text", "target_code",
    "target_name_en", "place", "place_code", "time", "asserted_by", "contested_by",
)
INTEGERS = frozenset({"count", "reports"})
BOOLEANS = frozenset({"contested"})


def report_rows(events: list[MergedEvent]) -> list[dict]:
    return [_report_row(report, event.id) for event in events for report in event.reports]


def event_rows(events: list[MergedEvent]) -> list[dict]:
    return [_event_row(event) for event in events]


def _report_row(report: Report, event_id: str) -> dict:
    e = report.event
    return {
        "report_id": report.id, "event_id": event_id, "article_id": report.article_id, "source": report.source,
        "published": report.published, "url": report.url, "event_type": e.type, "mode": e.mode,
        "status": e.status, "notes": SEP.join(e.notes), "contested": bool(e.contested_by) or e.status == "denied",
        "trigger": e.trigger, **_args("actor", e.actors), **_args("target", e.targets),
        "place": e.place.text if e.place else None, "place_code": e.place.code if e.place else None,
        "time": e.time, "time_text": e.time_text, "count": e.count, "duration": e.duration, "about": e.about,
        "asserted_by": SEP.join(e.asserted_by), "contested_by": SEP.join(e.contested_by),
        "evidence": report.evidence,
    }


def _event_row(event: MergedEvent) -> dict:
    published = [r.published for r in event.reports if r.published]
    return {
        "event_id": event.id, "event_type": event.type, "mode": event.first_report.event.mode,
        "status": event.status, "contested": event.contested, "reports": len(event.reports),
        "first_report": event.first_report.id, "first_published": event.first_report.published,
        "last_published": max(published) if published else None,
        "sources": SEP.join(dict.fromkeys(r.source for r in event.reports if r.source)),
        **_args("actor", event.actors), **_args("target", event.targets),
        "place": event.place.text if event.place else None, "place_code": event.place.code if event.place else None,
        "time": event.time, "asserted_by": SEP.join(event.asserted_by), "contested_by": SEP.join(event.contested_by),
    }


def _args(role: str, args: tuple[EventArg, ...]) -> dict:
    return {f"{role}_text": SEP.join(a.text for a in args),
            f"{role}_code": SEP.join(a.code or "" for a in args) if any(a.code for a in args) else "",
            f"{role}_name_en": SEP.join(a.name_en or "" for a in args) if any(a.name_en for a in args) else ""}


def write_table(rows: list[dict], columns: tuple[str, ...], path: Path) -> None:
    """Write rows as CSV or Parquet, chosen by the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        return
    if suffix == ".parquet":
        _write_parquet(rows, columns, path)
        return
    raise RasdError("E301", f"cannot export events to {path.name}: use a .csv or .parquet file")


def _write_parquet(rows: list[dict], columns: tuple[str, ...], path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RasdError("E301", "Parquet export needs pyarrow: pip install 'rasd[parquet]'") from None

    def kind(name: str):
        return pa.int64() if name in INTEGERS else pa.bool_() if name in BOOLEANS else pa.string()

    schema = pa.schema([(name, kind(name)) for name in columns])
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows], schema=schema)
    pq.write_table(table, path)
