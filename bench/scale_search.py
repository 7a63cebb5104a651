"""Search on SQLite vs PostgreSQL over the same bulk-loaded articles: load rate, store size, search p50/p95,
and whether each query finds the same articles (total and ids) on both.

    PYTHONPATH=src python bench/scale_search.py --bulk 5000 --pg postgresql://rasd:rasd@127.0.0.1/rasd_test

Articles are SaudiNewsNet, then ANT v2.1 (as bench/scale.py reads them), stored with the reading stage only (no NLP stages),
so the search index and its terms are real but entities are absent. Writes dated results to
bench/results/scale-search-YYYY-MM-DD.md (+ .json).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import shared_dir, write_report  # noqa: E402
from scale import QUERIES, Schemas, _size, articles, command, search_latency, timed_ingest, write_jsonl  # noqa: E402


def measure(bulk: Path, tmp: Path, schemas: Schemas, workers: int) -> dict:
    runs = {}
    for name, db in (("sqlite", str(tmp / "bulk.db")), ("postgresql", schemas.new())):
        run = timed_ingest(bulk, db, workers, stages=("readtime",))
        run["store_mb"] = round(_size(db, schemas) / 1e6, 1)
        run["search"] = search_latency(db)
        runs[name] = run
        print(json.dumps({name: run}, ensure_ascii=False), flush=True)  # kept in the log if a later run fails
    return runs


def markdown(data: dict) -> str:
    runs = data["runs"]
    lines = [f"{data['bulk_articles']} articles (SaudiNewsNet, then ANT v2.1), reading stage only, {data['workers']} local workers; "
             f"{len(QUERIES)} queries x 3 rounds, first page of 10 with facets. Load average at the start: "
             f"{data['load']}.", "",
             "| backend | articles | load seconds | per second | store size, MB | search p50 ms | search p95 ms |",
             "|---|---|---|---|---|---|---|"]
    for name, run in runs.items():
        s = run["search"]
        lines.append(f"| {name} | {run['articles']} | {run['seconds']} | {run['per_second']} | {run['store_mb']} | "
                     f"{s['p50_ms']} | {s['p95_ms']} |")
    lines += ["", "Worker memory (resident MB of each local worker, every 5,000 articles; peak at the end):", "",
              "| articles done | " + " | ".join(runs) + " |", "|---|" + "---|" * len(runs)]
    samples = {name: {m["done"]: m["workers_rss_mb"] for m in run.get("memory_samples", [])}
               for name, run in runs.items()}
    for done in sorted(set().union(*samples.values())):
        lines.append(f"| {done:,} | " + " | ".join(", ".join(map(str, samples[n].get(done, []))) for n in runs) + " |")
    lines.append("| peak | " + " | ".join(", ".join(map(str, r["workers_peak_rss_mb"])) for r in runs.values()) + " |")
    lite, pg = runs["sqlite"]["search"]["ids"], runs["postgresql"]["search"]["ids"]
    same = [q for q in QUERIES if lite[q] == pg[q]]
    lines += ["", f"Same total and same matching article ids on both backends: **{len(same)} of {len(QUERIES)} "
              "queries**.", ""]
    lines += [f"- {q}: {lite[q]['total']} (sqlite) / {pg[q]['total']} (postgresql)" for q in QUERIES]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("RASD_TEST_PG"), help="PostgreSQL URL (a test database)")
    parser.add_argument("--bulk", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    if not args.pg:
        sys.exit("give --pg postgresql://... (or set RASD_TEST_PG)")
    schemas = Schemas(args.pg)
    with tempfile.TemporaryDirectory(prefix="rasd-scale-search-") as folder:
        tmp = Path(folder)
        bulk = tmp / "bulk.jsonl"
        data = {"bulk_articles": write_jsonl(articles(shared_dir(args.shared)), bulk, args.bulk),
                "workers": args.workers, "load": [round(x, 2) for x in os.getloadavg()]}
        try:
            data["runs"] = measure(bulk, tmp, schemas, args.workers)
        finally:
            schemas.drop()
    report = markdown(data)
    print(write_report("scale-search", command(), report, without_ids(data)))


def without_ids(data: dict) -> dict:
    """The results to keep: each query's total and whether both backends matched the same ids (the id lists,
    megabytes at 60k articles, are only compared)."""
    runs = data["runs"]
    lite, pg = runs["sqlite"]["search"]["ids"], runs["postgresql"]["search"]["ids"]
    for run in runs.values():
        run["search"]["ids"] = {q: {"total": v["total"]} for q, v in run["search"]["ids"].items()}
    return {**data, "same_ids": {q: lite[q] == pg[q] for q in lite}}


if __name__ == "__main__":
    main()
