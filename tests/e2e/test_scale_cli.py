"""Scaling out, as a user runs it: `rasd ingest --workers 2`, a Dask cluster (`--scheduler`), kill -9 of a
worker mid-batch and the resumed rerun, and `rasd migrate` from SQLite to PostgreSQL. Real processes, a real
PostgreSQL server (RASD_TEST_PG; skipped with a message when it is absent)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.store import open_store

CITIES = ["بيروت", "دمشق", "عمّان", "القاهرة", "الرياض", "بغداد", "تونس", "الرباط", "الدوحة", "مسقط",
          "صنعاء", "الخرطوم", "طرابلس", "الجزائر", "الكويت", "المنامة", "أبوظبي", "نواكشوط", "القدس", "غزة"]
FAST = {"RASD_STAGES": "readtime"}  # parallelism does not depend on the analysis stages; keep the test quick
MANY = 400  # inputs of an interrupted batch: enough that it is still running when it is interrupted


def make_pages(folder: Path, count: int, words: int = 40) -> list[Path]:
    """``count`` distinct short Arabic news pages (title line, then a paragraph)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        city = CITIES[n % len(CITIES)]
        body = " ".join(f"كلمة{n}_{k}" for k in range(words))
        path = folder / f"page-{n:03d}.txt"
        path.write_text(f"اجتماع رقم {n} في {city}\n\n{city} - قال مسؤولون إن الاجتماع {n} انتهى. {body}\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def rasd(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasd.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **FAST, **(env or {})})


def stored_ids(db: str) -> list[str]:
    with open_store(db) as store:
        return sorted(a.id for a in store.iter_articles())


def test_two_workers_store_what_one_worker_stores(store_url, tmp_path):
    pages = tmp_path / "pages"
    make_pages(pages, 12)
    one = str(tmp_path / "one.db")
    assert rasd("ingest", pages, "--db", one).returncode == 0
    result = rasd("ingest", pages, "--db", store_url, "--workers", "2", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (len(report["created"]), report["failed"], report["resumed"]) == (12, [], 0)
    assert stored_ids(store_url) == stored_ids(one)
    again = json.loads(rasd("ingest", pages, "--db", store_url, "--workers", "2", "--json").stdout)
    assert (len(again["unchanged"]), again["created"]) == (12, [])  # a finished batch runs again: no duplicates


def _journal_count(db: str) -> int:
    with open_store(db) as store, store.reading() as conn:
        return conn.execute("SELECT count(*) FROM ingest_journal").fetchone()[0]


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in found.read_text().split()] if found.exists() else []


def test_kill_9_of_a_worker_mid_batch_loses_nothing_and_the_rerun_resumes(store_url, tmp_path):
    pages = tmp_path / "pages"
    make_pages(pages, MANY, words=400)
    env = {**os.environ, **FAST, "RASD_STAGES": "readtime,times"}
    batch = subprocess.Popen([sys.executable, "-m", "rasd.cli", "ingest", str(pages), "--db", store_url,
                              "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 240
    while time.time() < deadline and _journal_count(store_url) < 5:
        time.sleep(0.2)
    workers = [p for p in _children(batch.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert len(workers) == 2, "the two worker processes were not found"
    os.kill(workers[-1], signal.SIGKILL)
    _, stderr = batch.communicate(timeout=240)
    done = _journal_count(store_url)
    assert batch.returncode == 2 and "E204" in stderr, stderr
    assert 5 <= done < MANY and len(stored_ids(store_url)) == done  # everything committed is there
    rerun = subprocess.run([sys.executable, "-m", "rasd.cli", "ingest", str(pages), "--db", store_url, "--workers",
                            "2", "--json"], capture_output=True, text=True, env=env, timeout=300)
    report = json.loads(rerun.stdout)
    assert rerun.returncode == 0, rerun.stderr
    assert report["resumed"] == done and len(report["created"]) == MANY - done and report["unchanged"] == []
    assert len(stored_ids(store_url)) == MANY
    with open_store(store_url) as store, store.reading() as conn:
        assert conn.execute("SELECT count(*) FROM raw_documents").fetchone()[0] == MANY


def test_dask_cluster_ingests_once_per_input(pg_url, tmp_path):
    distributed = pytest.importorskip("distributed")
    pages = tmp_path / "pages"
    make_pages(pages, 10)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_port=0, env=FAST) as cluster:
        result = rasd("ingest", pages, "--db", pg_url, "--scheduler", cluster.scheduler_address, "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["created"]) == 10
    assert len(stored_ids(pg_url)) == 10


def test_unreachable_scheduler_is_a_one_line_reason(tmp_path):
    result = rasd("ingest", tmp_path, "--db", tmp_path / "x.db", "--scheduler", "tcp://127.0.0.1:1", timeout=120)
    assert result.returncode == 2 and "E205" in result.stderr and "tcp://127.0.0.1:1" in result.stderr


def test_migrate_copies_everything_including_raw_inputs(pg_url, tmp_path):
    pages = tmp_path / "pages"
    make_pages(pages, 5)
    (pages / "empty.txt").write_bytes(b"")
    source = str(tmp_path / "src.db")
    assert rasd("ingest", pages, "--db", source).returncode == 1  # the empty page fails, with its reason
    result = rasd("migrate", "--from", source, "--to", pg_url, "--json")
    assert result.returncode == 0, result.stderr
    tables = json.loads(result.stdout)
    assert tables["articles"] == {"source": 5, "target": 5} and tables["raw_documents"]["target"] == 5
    assert tables["failures"] == {"source": 1, "target": 1}
    with open_store(source) as src, open_store(pg_url) as dst:
        for article_id in stored_ids(source):
            assert dst.get(article_id) == src.get(article_id)
            assert dst.raw_for(article_id) == src.raw_for(article_id)
        assert [f.code for f in dst.failures()] == ["E001"]
    assert json.loads(rasd("migrate", "--from", source, "--to", pg_url, "--json").stdout) == tables  # idempotent
    listed = rasd("list", "--db", pg_url, "--json")
    assert json.loads(listed.stdout)["total"] == 5


def test_migrate_refuses_a_sqlite_target(tmp_path):
    result = rasd("migrate", "--from", tmp_path / "a.db", "--to", tmp_path / "b.db")
    assert result.returncode == 2 and "--to must be a postgresql:// URL" in result.stderr


def _default_sigint() -> None:
    """Ctrl-C as on a terminal: a suite started in the background by a shell (``cmd &``) has SIGINT ignored,
    and its children would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_the_batch_with_a_reason_and_the_rerun_resumes(tmp_path):
    pages = tmp_path / "pages"
    make_pages(pages, MANY, words=400)
    db = str(tmp_path / "c.db")
    env = {**os.environ, **FAST, "RASD_STAGES": "readtime,times"}
    args = [sys.executable, "-m", "rasd.cli", "ingest", str(pages), "--db", db, "--workers", "2", "--json"]
    batch = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             preexec_fn=_default_sigint)
    deadline = time.time() + 240
    while time.time() < deadline and _journal_count(db) < 3:
        time.sleep(0.2)
    batch.send_signal(signal.SIGINT)
    _, stderr = batch.communicate(timeout=240)
    assert batch.returncode == 1 and "interrupted: what was stored is kept" in stderr, stderr
    done = _journal_count(db)
    rerun = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    report = json.loads(rerun.stdout)
    assert report["resumed"] == done and len(report["created"]) == MANY - done
    assert len(stored_ids(db)) == MANY
