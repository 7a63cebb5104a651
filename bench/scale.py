"""Scaling: ingest throughput with 1 and 2 local workers and a 2-worker Dask LocalCluster; SQLite vs
PostgreSQL (ingest rate, store size, search p50/p95) on a bulk load; peak memory per worker; kill -9 of a
worker mid-batch and the resumed rerun.

Articles are real Arabic news: SaudiNewsNet (31k) then ANT v2.1 (28k) from ../shared, written as JSON lines
to a temporary folder (nothing is copied into the repository). The throughput runs use the full default
pipeline; the bulk load uses only the reading stage (plus reading time), said so in the report, because the
full pipeline runs at about one article per second per core.

    PYTHONPATH=src python bench/scale.py --pg postgresql://rasd:rasd@127.0.0.1:5432/rasd_test
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ant import ant_articles, command  # noqa: E402
from common import shared_dir, write_report  # noqa: E402

from rasd.config import load_config  # noqa: E402
from rasd.run.batch import run_ingest  # noqa: E402
from rasd.store import open_store  # noqa: E402

QUERIES = ["السعودية", "وزير الخارجية", "الأمم المتحدة", "النفط", "الرياض", "مجلس الأمن", "الحوثيين",
           "كرة القدم", "الاقتصاد", "إيران", "الانتخابات", "التعليم", "الصحة", "داعش", "أسعار"]


def articles(shared: Path) -> Iterator[dict]:
    """SaudiNewsNet, then ANT v2.1, as JSON-lines records (url, title, text, published)."""
    for path in sorted(glob.glob(str(shared / "data/corpus/saudinewsnet/dataset/*.zip"))):
        with zipfile.ZipFile(path) as archive:
            for record in json.loads(archive.read(archive.namelist()[0])):
                yield {"url": record["url"], "title": record["title"], "text": record["content"],
                       "published": record["date_extracted"][:10]}
    for fields in ant_articles(shared):
        yield {"url": fields.get("URL"), "title": fields.get("TITLE", ""), "text": fields["TEXT"],
               "published": (fields.get("TIME") or "")[:10] or None}


def write_jsonl(records: Iterator[dict], path: Path, count: int) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            if written >= count:
                break
            if record["text"] and len(record["text"]) > 200:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


class Schemas:
    """Fresh PostgreSQL schemas for each run, dropped at the end."""

    def __init__(self, base: str):
        import psycopg

        self.base, self.names, self._psycopg = base, [], psycopg

    def new(self) -> str:
        name = "bench_" + uuid.uuid4().hex[:10]
        with self._psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        self.names.append(name)
        return self.base + ("&" if "?" in self.base else "?") + f"options=-csearch_path%3D{name}"

    def size(self, url: str) -> int:
        with self._psycopg.connect(url) as conn:
            return int(conn.execute("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                                " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                                " AND c.relkind IN ('r', 'm')").fetchone()[0])

    def drop(self) -> None:
        with self._psycopg.connect(self.base, autocommit=True) as conn:
            for name in self.names:
                conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def timed_ingest(path: Path, db: str, workers: int = 1, scheduler: str | None = None,
                 stages: tuple[str, ...] | None = None, sample_every: int = 5000) -> dict:
    """Ingest the JSON-lines file into ``db``; wall time, rate, rate after the first article, worker memory
    (peak at the end, and the local workers' resident memory every ``sample_every`` articles)."""
    config = load_config(db=db, stages=stages)
    stamps: list[float] = []
    memory: list[dict] = []

    def on_report(one) -> None:
        stamps.append(time.perf_counter())
        if len(stamps) % sample_every == 0:
            memory.append({"done": len(stamps), "workers_rss_mb": worker_rss_mb()})

    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    with open_store(db) as store:
        report = run_ingest([str(path)], store, config, workers=workers, scheduler=scheduler, on_report=on_report)
    wall = time.perf_counter() - start
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 2 else None
    return {"articles": len(report.stored), "failed": len(report.failed), "seconds": round(wall, 1),
            "per_second": round(len(report.stored) / wall, 2), "steady_per_second": steady and round(steady, 2),
            "workers_peak_rss_mb": sorted(w.peak_rss_mb for w in report.workers), "memory_samples": memory,
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2)}


def worker_rss_mb() -> list[float]:
    """Resident memory (MB) of this process's local worker processes now (Linux /proc; [] elsewhere)."""
    found = []
    try:
        children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
        for pid in children:
            if b"spawn_main" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    found.append(round(int(line.split()[1]) / 1024, 1))
    except OSError:
        return found
    return sorted(found)


def throughput(path: Path, schemas: Schemas) -> dict:
    """The full pipeline, 1 and 2 local workers and a 2-worker Dask LocalCluster (its statistical profiler off,
    as docs/scale.md advises for rasd workers), into PostgreSQL."""
    import dask
    from distributed import LocalCluster

    runs = {"1 local worker": timed_ingest(path, schemas.new(), 1),
            "2 local workers": timed_ingest(path, schemas.new(), 2)}
    with dask.config.set({"distributed.worker.profile.enabled": False}), LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        runs["Dask LocalCluster, 2 workers"] = timed_ingest(path, schemas.new(), scheduler=cluster.scheduler_address)
    return runs


def backends(path: Path, nlp_path: Path, tmp: Path, schemas: Schemas, workers: int) -> dict:
    """SQLite vs PostgreSQL: full-pipeline ingest rate (1 worker), bulk load rate and size, search latency."""
    sqlite_nlp = timed_ingest(nlp_path, str(tmp / "nlp.db"), 1)
    results = {"full pipeline, 1 worker": {"sqlite": sqlite_nlp}}
    bulk = {}
    for name, db in (("sqlite", str(tmp / "bulk.db")), ("postgresql", schemas.new())):
        run = timed_ingest(path, db, workers, stages=("readtime",))
        run["store_mb"] = round(_size(db, schemas) / 1e6, 1)
        run["search"] = search_latency(db)
        bulk[name] = run
    results["bulk load (reading stage only)"] = bulk
    return results


def _size(db: str, schemas: Schemas) -> int:
    if "://" in db:
        return schemas.size(db)
    with open_store(db) as store:
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))


def search_latency(db: str, rounds: int = 3) -> dict:
    """p50/p95 of the store's search over QUERIES (the ids of each query recorded for the parity check)."""
    from rasd.search import search

    with open_store(db) as store:
        times, ids = [], {}
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                found = search(store, query, limit=10)
                times.append((time.perf_counter() - start) * 1000)
                ids[query] = {"total": found.total, "all": matching_ids(store, query, found.total)}
    times.sort()
    return {"measured": True, "queries": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 2), "ids": ids}


def matching_ids(store, query: str, total: int) -> list[str]:
    """Every article id the index matches for ``query``, sorted (straight from the index: no articles read)."""
    from rasd.search.query import parse
    from rasd.search.records import Filters

    page = store.search_index(parse(query, store.analyzer), Filters(), limit=max(total, 1), facets=False)
    return sorted(article_id for article_id, _ in page.rows)


def kill9(path: Path, schemas: Schemas) -> dict:
    """kill -9 of one of two workers once 5 inputs are done; then the same command again."""
    db = schemas.new()
    args = [sys.executable, "-m", "rasd.cli", "ingest", str(path), "--db", db, "--workers", "2", "--json"]
    batch = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while _journaled(db) < 5 and batch.poll() is None:
        time.sleep(0.2)
    children = Path(f"/proc/{batch.pid}/task/{batch.pid}/children").read_text().split()
    workers = [int(p) for p in children if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    os.kill(workers[-1], signal.SIGKILL)
    _, stderr = batch.communicate()
    stored_at_kill = _journaled(db)
    rerun = subprocess.run(args, capture_output=True, text=True)
    report = json.loads(rerun.stdout)
    with open_store(db) as store, store.reading() as conn:
        rows = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "raw_documents")}
    inputs = sum(1 for _ in path.open(encoding="utf-8"))
    return {"inputs": inputs, "first_run_exit": batch.returncode, "first_run_error": stderr.strip()[-200:],
            "committed_before_kill": stored_at_kill, "rerun_exit": rerun.returncode, "rerun_resumed": report["resumed"],
            "rerun_created": len(report["created"]), "rerun_unchanged": len(report["unchanged"]), **rows}


def _journaled(db: str) -> int:
    with open_store(db) as store, store.reading() as conn:
        return conn.execute("SELECT count(*) FROM ingest_journal").fetchone()[0]


def throughput_rows(runs: dict) -> list[str]:
    """Table rows of throughput runs, with the speed-up over one local worker."""
    base = runs["1 local worker"]["steady_per_second"] or 1
    return [f"| {name} | {run['articles']} | {run['seconds']} | {run['per_second']} | {run['steady_per_second']} | "
            f"{(run['steady_per_second'] or 0) / base:.2f}x | {', '.join(map(str, run['workers_peak_rss_mb']))} | "
            f"{run['load_before']}/{run['load_after']} |" for name, run in runs.items()]


def markdown(data: dict) -> str:
    lines = ["## Ingest throughput, full default pipeline, into PostgreSQL", "",
             f"{data['nlp_articles']} articles (SaudiNewsNet). Wall time includes starting the workers and loading "
             "the models; 'steady' is the rate from the first stored article to the last. The machine has 2 cores "
             "shared with other helpers' jobs: the load average before and after each run is given.", "",
             "| run | articles | seconds | per second | steady per second | speed-up (steady) | peak RSS per worker, MB "
             "| load before/after |", "|---|---|---|---|---|---|---|---|"]
    lines += throughput_rows(data["throughput"])
    lines += ["", "## SQLite vs PostgreSQL", ""]
    sqlite_nlp = data["backends"]["full pipeline, 1 worker"]["sqlite"]
    lines.append(f"Full pipeline, 1 worker: SQLite {sqlite_nlp['per_second']}/s (steady "
                 f"{sqlite_nlp['steady_per_second']}/s), PostgreSQL {data['throughput']['1 local worker']['per_second']}"
                 f"/s (steady {data['throughput']['1 local worker']['steady_per_second']}/s).")
    lines += ["", f"Bulk load of {data['bulk_articles']} articles with **only the reading stage** (and reading time): "
              "no entities, quotes, times or events — the full pipeline would take about a day on this machine. "
              f"{data['bulk_workers']} local workers.", "",
              "| backend | articles | seconds | per second | store size, MB | search p50 ms | search p95 ms "
              "| peak RSS per worker, MB |", "|---|---|---|---|---|---|---|---|"]
    for name, run in data["backends"]["bulk load (reading stage only)"].items():
        search = run["search"]
        p50, p95 = (search["p50_ms"], search["p95_ms"]) if search["measured"] else ("not measured",) * 2
        lines.append(f"| {name} | {run['articles']} | {run['seconds']} | {run['per_second']} | {run['store_mb']} | "
                     f"{p50} | {p95} | {', '.join(map(str, run['workers_peak_rss_mb']))} |")
    lines += ["", "## kill -9 of a worker mid-batch (PostgreSQL, 2 workers, full pipeline)", "",
              "```json", json.dumps(data["kill9"], ensure_ascii=False, indent=1), "```", ""]
    return "\n".join(lines + data.get("notes", []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("RASD_TEST_PG"), help="PostgreSQL URL (a test database)")
    parser.add_argument("--articles", type=int, default=120, help="articles for the full-pipeline runs")
    parser.add_argument("--bulk", type=int, default=60000, help="articles for the bulk load")
    parser.add_argument("--bulk-workers", type=int, default=2)
    parser.add_argument("--kill-articles", type=int, default=40)
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    if not args.pg:
        sys.exit("give --pg postgresql://... (or set RASD_TEST_PG)")
    shared = shared_dir(args.shared)
    schemas = Schemas(args.pg)
    with tempfile.TemporaryDirectory(prefix="rasd-scale-") as folder:
        tmp = Path(folder)
        nlp, bulk, kill = tmp / "nlp.jsonl", tmp / "bulk.jsonl", tmp / "kill.jsonl"
        data = {"nlp_articles": write_jsonl(articles(shared), nlp, args.articles),
                "bulk_articles": write_jsonl(articles(shared), bulk, args.bulk), "bulk_workers": args.bulk_workers}
        write_jsonl(articles(shared), kill, args.kill_articles)
        try:
            data["throughput"] = throughput(nlp, schemas)
            data["backends"] = backends(bulk, nlp, tmp, schemas, args.bulk_workers)
            data["kill9"] = kill9(kill, schemas)
        finally:
            schemas.drop()
    path = write_report("scale", command(), markdown(data), data)
    print(path)


if __name__ == "__main__":
    main()
