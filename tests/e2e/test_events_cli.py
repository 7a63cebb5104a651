"""rasd events / rasd event over a store holding two articles that report the same planned meeting."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from events_helpers import analyzed, loc, per

from rasd.cli import app
from rasd.model import DateValue, RawDocument, Source
from rasd.store import open_store

SPECS = [per("ستيف ويتكوف", "Steve Witkoff", "ويتكوف"), per("فلاديمير بوتين", "Vladimir Putin", "بوتين"),
         loc("موسكو", "Moscow")]
FIRST = ('يعتزم المبعوث الأميركي ستيف ويتكوف السفر إلى موسكو للقاء الرئيس فلاديمير بوتين هذا الشهر، حسبما ذكرت '
         'مصادر مطلعة لـ"بلومبرغ".\n\nوقال مسؤول في البيت الأبيض إن مثل هذا الاجتماع ليس مقرراً في الوقت الراهن.')
SECOND = "التقى ويتكوف الرئيس بوتين في موسكو أمس.\n\nوفرضت الحكومة عقوبات على شركات روسية."


@pytest.fixture
def store_with_events(db_path):
    one = analyzed(FIRST, SPECS, published="2026-01-13", article_id="a" * 16, source="الشرق للأخبار")
    two = analyzed(SECOND, SPECS, published="2026-01-20", article_id="b" * 16, source="رويترز")
    with open_store(str(db_path)) as store:
        store.put(RawDocument(b"one", "one.txt"), one)
        store.put(RawDocument(b"two", "two.txt"), replace(two, published=DateValue("2026-01-20"),
                                                          source=Source("رويترز")))
    return db_path


def test_events_json_merges_the_two_reports(cli, store_with_events):
    result = cli.invoke(app, ["events", "--db", str(store_with_events), "--type", "consult", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (event,) = data["events"]
    assert event["reports"] == 2 and event["contested"] is True and event["status"] == "happened"
    assert event["first_report"] == "a" * 16 + ".0" and event["time"] == "2026-01-19"
    assert "مسؤول في البيت الأبيض" in event["contested_by"]
    assert "مصادر مطلعة via بلومبرغ" in event["asserted_by"]


def test_event_by_report_id_shows_all_reports(cli, store_with_events):
    result = cli.invoke(app, ["event", "b" * 16 + ".0", "--db", str(store_with_events), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [r["id"] for r in data["reports"]] == ["a" * 16 + ".0", "b" * 16 + ".0"]
    readable = cli.invoke(app, ["event", data["id"], "--db", str(store_with_events)])
    assert "first report: " + "a" * 16 + ".0" in readable.output


def test_unknown_event_is_a_one_line_reason(cli, store_with_events):
    result = cli.invoke(app, ["event", "nope", "--db", str(store_with_events)])
    assert result.exit_code == 2 and "E202" in result.output


def test_export_csv_and_parquet(cli, store_with_events, tmp_path):
    reports = tmp_path / "reports.csv"
    result = cli.invoke(app, ["events", "--db", str(store_with_events), "--export", str(reports), "--reports"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(reports.open(encoding="utf-8")))
    consult = [r for r in rows if r["event_type"] == "CONSULT"]
    assert len(consult) == 2 and consult[0]["event_id"] == consult[1]["event_id"]
    assert {r["event_type"] for r in rows} == {"CONSULT", "SANCTION"}
    assert consult[0]["actor_name_en"] == "Steve Witkoff" and consult[0]["actor_code"] == "USAGOV"
    pq = pytest.importorskip("pyarrow.parquet")
    merged = tmp_path / "events.parquet"
    assert cli.invoke(app, ["events", "--db", str(store_with_events), "--export", str(merged)]).exit_code == 0
    table = pq.read_table(merged).to_pylist()
    assert len(table) == 2 and {r["reports"] for r in table} == {2, 1}
    assert table[0]["contested"] in (True, False)
    bad = cli.invoke(app, ["events", "--db", str(store_with_events), "--export", str(tmp_path / "x.xlsx")])
    assert bad.exit_code == 2 and ".csv or .parquet" in bad.output


def test_reingest_without_events_removes_them(store_with_events):
    with open_store(str(store_with_events)) as store:
        article = store.get("a" * 16)
        store.put(RawDocument(b"one-b", "one.txt"), replace(article, events=()))
        total, events = store.list_events()
    assert total == 2 and all(len(e.reports) == 1 for e in events)


def test_reader_and_api_show_the_merged_event(store_with_events):
    from fastapi.testclient import TestClient

    from rasd.api.app import create_app
    from rasd.config import load_config

    client = TestClient(create_app(load_config(db=str(store_with_events))), raise_server_exceptions=True)
    listed = client.get("/api/events", params={"type": "CONSULT"}).json()
    (merged,) = listed["events"]
    assert len(merged["reports"]) == 2 and merged["contested"] is True
    page = client.get(f"/events/{merged['id']}")
    assert page.status_code == 200
    assert "رويترز" in page.text and "الشرق للأخبار" in page.text  # both reports listed
    report = client.get("/api/events/" + "b" * 16 + ".0").json()
    assert report["merged"]["id"] == merged["id"]
