"""The command line as a user runs it: analyze, ingest, list, show, errors; bad input; exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import app
from rasd.schema import validate_article

GOLDEN = Path(__file__).parents[1] / "golden" / "text"
ARABIC_PAGE = GOLDEN / "g02-ar-levant-beirut.txt"
CP1256_PAGE = GOLDEN / "g07-ar-economy-cp1256.txt"
ENGLISH_PAGE = GOLDEN / "g03-en-wire-london.txt"


def invoke(cli, *args, input=None, env=None):
    return cli.invoke(app, [str(a) for a in args], input=input, env=env)


def test_analyze_seed_json(cli, seed_path):
    result = invoke(cli, "analyze", seed_path, "--json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validate_article(record)
    assert record["headline"] == "ويتكوف وكوشنر يخططان لزيارة موسكو ولقاء بوتين"
    assert record["source"]["name"] == "الشرق للأخبار"
    assert record["published"] == {"value": None, "inferred": False, "evidence": None}
    assert record["reading_time"]["published_minutes"] == 4


def test_analyze_readable_summary(cli):
    result = invoke(cli, "analyze", ARABIC_PAGE)
    assert result.exit_code == 0
    assert "مجلس النواب اللبناني يقر موازنة العام الجديد" in result.stdout
    assert "بيروت / المدينة" in result.stdout and "2 headings" in result.stdout


def test_analyze_published_option(cli):
    result = invoke(cli, "analyze", ARABIC_PAGE, "--json", "--published", "2026-01-13")
    published = json.loads(result.stdout)["published"]
    assert published["value"] == "2026-01-13" and not published["inferred"] and "--published" in published["evidence"]
    bad = invoke(cli, "analyze", ARABIC_PAGE, "--published", "13/01/2026")
    assert bad.exit_code == 2 and "not an ISO date" in bad.stderr


def test_analyze_jsonl_keeps_argument_order_with_errors_in_place(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(cli, "analyze", ARABIC_PAGE, empty, ENGLISH_PAGE, "--jsonl")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("language") or line.get("error") for line in lines] == ["ar", "E001", "en"]
    assert lines[1]["location"] == str(empty) and "empty" in lines[1]["reason"]
    for record in (lines[0], lines[2]):
        validate_article(record)
    assert f"{empty}: E001" in result.stderr


def test_analyze_stdin(cli):
    result = invoke(cli, "analyze", "-", "--json", input=ARABIC_PAGE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["dateline"]["place"] == "بيروت"


def make_batch(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(ARABIC_PAGE, folder / "01-beirut.txt")
    shutil.copy(CP1256_PAGE, folder / "02-riyadh-cp1256.txt")
    shutil.copy(ENGLISH_PAGE, folder / "03-london.txt")
    (folder / "04-empty.txt").write_bytes(b"")
    (folder / "05-binary.html").write_bytes(b"\x00\x01\x02\xff" * 1000)
    with (folder / "06-huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return folder


def test_ingest_batch_with_bad_inputs(cli, tmp_path, db_path):
    batch = make_batch(tmp_path / "batch")
    result = invoke(cli, "ingest", batch, "--db", db_path, "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert len(report["created"]) == 3
    assert sorted((Path(f["location"]).name, f["error"]) for f in report["failed"]) == [
        ("04-empty.txt", "E001"), ("05-binary.html", "E002"), ("06-huge.txt", "E003")]
    errors = json.loads(invoke(cli, "errors", "--db", db_path, "--json").stdout)
    assert {Path(e["location"]).name for e in errors} == {"04-empty.txt", "05-binary.html", "06-huge.txt"}
    listed = json.loads(invoke(cli, "list", "--db", db_path, "--json").stdout)
    assert listed["total"] == 3
    riyadh = next(a for a in listed["articles"] if a["source_name"] == "الوطن الاقتصادي")
    assert riyadh["headline"] == "أسعار النفط ترتفع بعد قرار أوبك+ تمديد خفض الإنتاج"  # windows-1256 decoded

    again = json.loads(invoke(cli, "ingest", batch, "--db", db_path, "--json").stdout)
    assert len(again["unchanged"]) == 3 and not again["created"]
    assert json.loads(invoke(cli, "list", "--db", db_path, "--json").stdout)["total"] == 3


def test_show_and_missing_ids(cli, db_path):
    invoke(cli, "ingest", ARABIC_PAGE, "--db", db_path)
    (summary,) = json.loads(invoke(cli, "list", "--db", db_path, "--json").stdout)["articles"]
    shown = invoke(cli, "show", summary["id"][:6], "--db", db_path, "--json")
    assert shown.exit_code == 0
    validate_article(json.loads(shown.stdout))
    readable = invoke(cli, "show", summary["id"], "--db", db_path, "--text")
    assert "## موقف المعارضة" in readable.stdout
    missing = invoke(cli, "show", "ffffffff", "--db", db_path)
    assert missing.exit_code == 2 and "E202" in missing.stderr


def test_db_from_environment(cli, tmp_path):
    db = tmp_path / "env.db"
    result = invoke(cli, "ingest", ARABIC_PAGE, env={"RASD_DB": str(db)})
    assert result.exit_code == 0 and db.exists()
    assert "1 new" in result.stdout


def test_unopenable_store_exits_2(cli, tmp_path):
    result = invoke(cli, "list", "--db", tmp_path / "no" / "such" / "dir.db")
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_installed_entry_point(tmp_path):
    """The `rasd` program itself, in a subprocess, as a user runs it."""
    exe = shutil.which("rasd", path=str(Path(sys.executable).parent)) or shutil.which("rasd")
    if exe is None:
        pytest.skip("the rasd entry point is not installed in this environment")
    env = {**os.environ, "RASD_DB": str(tmp_path / "x.db")}
    done = subprocess.run([exe, "ingest", str(ARABIC_PAGE)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([exe, "list", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert json.loads(listed.stdout)["total"] == 1
