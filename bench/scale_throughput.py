"""Ingest throughput alone: the full default pipeline with 1 and 2 local workers and a 2-worker Dask
LocalCluster, into PostgreSQL (the first part of bench/scale.py, to be run on a machine with nothing else
running):

    PYTHONPATH=src python bench/scale_throughput.py --articles 60 --pg postgresql://rasd:rasd@127.0.0.1/rasd_test

Writes dated results to bench/results/scale-throughput-YYYY-MM-DD.md (+ .json).
"""

from __future__ import annotations

import argparse
import os
import sys

# One core per worker in every run, the in-process one included (local workers and Dask's set this themselves):
# before numpy is imported.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import shared_dir, write_report  # noqa: E402
from scale import Schemas, articles, command, throughput, throughput_rows, write_jsonl  # noqa: E402


def markdown(data: dict) -> str:
    lines = [f"{data['articles']} SaudiNewsNet articles, full default pipeline, into PostgreSQL. 'steady' is the "
             "rate from the first stored article to the last (worker start and model loading excluded). Numerical "
             "libraries run single-threaded in every run (one core per worker). Load "
             f"average at the start: {data['load']}.", "",
             "| run | articles | seconds | per second | steady per second | speed-up (steady) | peak RSS per worker, MB "
             "| load before/after |", "|---|---|---|---|---|---|---|---|"]
    return "\n".join(lines + throughput_rows(data["throughput"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("RASD_TEST_PG"), help="PostgreSQL URL (a test database)")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    if not args.pg:
        sys.exit("give --pg postgresql://... (or set RASD_TEST_PG)")
    schemas = Schemas(args.pg)
    with tempfile.TemporaryDirectory(prefix="rasd-throughput-") as folder:
        path = Path(folder) / "nlp.jsonl"
        data = {"articles": write_jsonl(articles(shared_dir(args.shared)), path, args.articles),
                "load": [round(x, 2) for x in os.getloadavg()]}
        try:
            data["throughput"] = throughput(path, schemas)
        finally:
            schemas.drop()
    print(write_report("scale-throughput", command(), markdown(data), data))


if __name__ == "__main__":
    main()
