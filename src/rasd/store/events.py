"""Event reports and merged events in the store (tables of the SQLite migration ``0005_events.sql``; the
PostgreSQL store has the same tables).

:func:`write_reports` runs inside the transaction that stores an article: it replaces the article's reports,
assigns each to the merged event it tells of (:func:`rasd.events.merge.same_event` against the stored reports of
the same type from other articles) or to a new one, and refreshes the summary rows of every event it touched.

Only candidates are compared: reports of the same type sharing a participant key (table ``event_keys``, one
row per :func:`~rasd.events.merge.arg_key` of a report's actors and targets) published within
:data:`MERGE_DAYS` days of the new report (or with no date on either side), at most :data:`CANDIDATES` of them,
oldest first. So storing an article costs the same in a store of a hundred articles or of a million.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rasd.errors import NotFound
from rasd.events.merge import MergedEvent, Report, merge, merged_id, participants, reports_of, same_event
from rasd.model import Article, Event
from rasd.serialize import from_dict, to_dict

MERGE_DAYS = 30
CANDIDATES = 200


def write_reports(conn: Any, article: Article) -> None:
    touched = {row[0] for row in conn.execute("SELECT event_id FROM event_reports WHERE article_id = ?",
                                              (article.id,))}
    conn.execute("DELETE FROM event_reports WHERE article_id = ?", (article.id,))
    conn.execute("DELETE FROM event_keys WHERE article_id = ?", (article.id,))
    for report in reports_of(article):
        event_id = _assign(conn, report)
        conn.execute(
            "INSERT INTO event_reports (id, article_id, event_id, type, status, time, published, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (report.id, article.id, event_id, report.event.type, report.event.status, report.event.time,
             report.published, json.dumps(_report_json(report), ensure_ascii=False)),
        )
        _write_keys(conn, report)
        touched.add(event_id)
    for event_id in touched:
        _refresh(conn, event_id)


def _write_keys(conn: Any, report: Report) -> None:
    conn.executemany("INSERT INTO event_keys (report_id, article_id, type, key, day) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT DO NOTHING",
                     [(report.id, report.article_id, report.event.type, key, _day(report.published))
                      for key in sorted(participants(report.event))])


def _assign(conn: Any, report: Report) -> str:
    for event_id, record in _candidates(conn, report):
        if same_event(_report_from_json(json.loads(record)).event, report.event):
            return event_id
    return merged_id(report.id)


def _candidates(conn: Any, report: Report) -> list:
    """(event id, record) of the stored reports that could tell of the same event, oldest first."""
    keys = sorted(participants(report.event))
    if not keys:
        return []
    where, params = f"k.type = ? AND k.key IN ({','.join('?' * len(keys))}) AND k.article_id <> ?", [
        report.event.type, *keys, report.article_id]
    day = _day(report.published)
    if day:
        start, end = _around(day)
        where += " AND (k.day IS NULL OR k.day BETWEEN ? AND ?)"
        params += [start, end]
    return conn.execute(
        "SELECT r.event_id, r.record FROM event_reports r WHERE r.id IN"
        f" (SELECT k.report_id FROM event_keys k WHERE {where})"
        " ORDER BY COALESCE(r.published, '9999'), r.id LIMIT ?", (*params, CANDIDATES)).fetchall()


def _day(published: str | None) -> str | None:
    return published[:10] if published and len(published) >= 10 else None


def _around(day: str) -> tuple[str, str]:
    try:
        center = dt.date.fromisoformat(day)
    except ValueError:
        return day, day
    span = dt.timedelta(days=MERGE_DAYS)
    return (center - span).isoformat(), (center + span).isoformat()


def needs_keys(conn: Any) -> bool:
    """Whether the store has event reports but no participant keys (made before ``event_keys`` existed)."""
    return bool(conn.execute("SELECT 1 FROM event_reports LIMIT 1").fetchall()) and not conn.execute(
        "SELECT 1 FROM event_keys LIMIT 1").fetchall()


def _refresh(conn: Any, event_id: str) -> None:
    reports = _reports(conn, event_id)
    if not reports:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return
    event = merge(reports, event_id)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO events (id, type, status, contested, reports, first_report, first_published, time, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET type = excluded.type,"
        " status = excluded.status, contested = excluded.contested, reports = excluded.reports,"
        " first_report = excluded.first_report, first_published = excluded.first_published, time = excluded.time,"
        " updated_at = excluded.updated_at",
        (event.id, event.type, event.status, int(event.contested), len(event.reports), event.first_report.id,
         event.first_report.published, event.time, now),
    )


def _reports(conn: Any, event_id: str) -> list[Report]:
    rows = conn.execute("SELECT record FROM event_reports WHERE event_id = ?", (event_id,)).fetchall()
    return [_report_from_json(json.loads(row[0])) for row in rows]


def list_events(conn: Any, type_: str | None = None, status: str | None = None,
                contested: bool | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[MergedEvent]]:
    """Merged events, the latest first reported first, with the total that match."""
    where, params = _filters(type_, status, contested)
    total = conn.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT id FROM events{where} ORDER BY COALESCE(first_published, '') DESC, id"
                        " LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    return total, [merge(_reports(conn, row[0]), row[0]) for row in rows]


def get_event(conn: Any, wanted: str) -> MergedEvent:
    """The merged event with this id, or the one a report with this id belongs to."""
    row = conn.execute("SELECT event_id FROM event_reports WHERE event_id = ? OR id = ? LIMIT 1",
                       (wanted, wanted)).fetchone()
    if row is None:
        raise NotFound(f"no stored event or event report with id {wanted!r}")
    return merge(_reports(conn, row[0]), row[0])


def _filters(type_: str | None, status: str | None, contested: bool | None) -> tuple[str, tuple]:
    clauses, params = [], []
    for column, value in (("type", type_), ("status", status)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value.upper() if column == "type" else value)
    if contested is not None:
        clauses.append("contested = ?")
        params.append(int(contested))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _report_json(report: Report) -> dict:
    return {**{k: v for k, v in to_dict(report).items() if k != "event"}, "event": to_dict(report.event)}


def _report_from_json(data: dict) -> Report:
    return Report(**{**{k: v for k, v in data.items() if k != "event"}, "event": from_dict(Event, data["event"])})
