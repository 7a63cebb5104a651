"""Search benchmark: quality against FTS5 unicode61, latency and size at ~60k and at generated scale, ingest
rates, near-duplicate precision/recall, thread purity/completeness. Writes bench/results/search-DATE.md.

    PYTHONPATH=src:bench nice -n 10 python bench/search.py [--work /tmp/rasd-bench] [--queries 1000]

Builds (bench/search_build.py) are cached in the work folder with their own timings; a run reuses them.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from pathlib import Path

from common import shared_dir, write_report
from search_build import build_baseline, build_dups, build_ours, build_scale, build_store
from search_corpus import known_duplicates
from search_eval import baseline, evaluate, queries
from search_stories import duplicate_figures, thread_figures

from rasd.search.query import make_analyzer, parse
from rasd.search.records import Filters
from rasd.search.snippets import snippet
from rasd.search.sqlite import run_query


def latency_queries(conn: sqlite3.Connection, count: int) -> list[str]:
    """The hand-written queries, then 1-3 word queries drawn (seeded) from stored headlines' words."""
    hand = [text for _, text in queries()]
    rng = random.Random(3)
    heads = [row[0].split() for row in conn.execute("SELECT head FROM search_index WHERE rowid % 50 = 0")]
    words = [w for head in heads for w in head if len(w) >= 3 and not w.isdigit()]
    made = [" ".join(rng.sample(words, rng.choice((1, 1, 2, 2, 3)))) for _ in range(max(0, count - len(hand)))]
    return (hand + made)[:count]


def time_ours(db: Path, texts: list[str], facets: bool = True) -> dict:
    """Per-query seconds of rasd's index query (parse + BM25 page of 20 + total [+ four facet counts])."""
    analyzer = make_analyzer()
    conn = sqlite3.connect(db)
    run_query(conn, parse("السعوديه", analyzer), Filters())  # warm the page cache
    return _timed(lambda t: run_query(conn, parse(t, analyzer), Filters(), limit=20, facets=facets), texts)


def time_baseline(db: Path, texts: list[str]) -> dict:
    conn = sqlite3.connect(db)
    return _timed(lambda t: baseline(conn, t, 20), texts)


def _timed(run, texts: list[str]) -> dict:
    spent = []
    for text in texts:
        started = time.perf_counter()
        run(text)
        spent.append(time.perf_counter() - started)
    spent.sort()
    return {"queries": len(spent), "p50_ms": round(1000 * statistics.median(spent), 2),
            "p95_ms": round(1000 * spent[int(0.95 * (len(spent) - 1))], 2),
            "mean_ms": round(1000 * statistics.fmean(spent), 2)}


def time_snippets(db: Path, texts: list[str], shared: Path) -> dict:
    """Seconds to make the 20 snippets of a result page from stored texts (the store's part of a search)."""
    from search_corpus import corpus

    bodies = {a.id: a.text for a, _ in zip(corpus(shared), range(60_000))}
    analyzer, conn = make_analyzer(), sqlite3.connect(db)
    pages = []
    for text in texts[:200]:
        query = parse(text, analyzer)
        ids = [aid for aid, _ in run_query(conn, query, Filters(), limit=20, facets=False).rows]
        pages.append((query, [bodies[i] for i in ids if i in bodies]))
    return _timed(lambda page: [snippet(body, page[0], analyzer) for body in page[1]], pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared")
    parser.add_argument("--work", default="/tmp/rasd-bench")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--scale", type=int, default=1_000_000,
                        help="generated articles to index (default 1M; 0: no generated index)")
    parser.add_argument("--scale-as-built", action="store_true",
                        help="use the generated index as a stopped build left it (report the size it reached)")
    parser.add_argument("--prebuilt", metavar="FOLDER",
                        help="take the 59k indexes from FOLDER/pool.db and FOLDER/pool-base.db (built by the same "
                             "write paths in one interleaved pass) and time the builds on a 2,000-article sample")
    parser.add_argument("--pool", action="store_true",
                        help="only write the judging pool (top 10 of both systems per query) to WORK/pool.txt")
    args = parser.parse_args()
    shared, work = shared_dir(args.shared), Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.prebuilt:
        ours, base = prebuilt(work, args.prebuilt, "pool.db"), prebuilt(work, args.prebuilt, "pool-base.db")
    else:
        ours, base = build_ours(shared, work), build_baseline(shared, work)
    if args.pool:
        print(_write_pool(shared, work, ours, base))
        return
    quality = evaluate(Path(ours["path"]), Path(base["path"]))
    texts = latency_queries(sqlite3.connect(ours["path"]), args.queries)
    latency = {"ours": time_ours(Path(ours["path"]), texts), "baseline": time_baseline(Path(base["path"]), texts),
               "ours_no_facets": time_ours(Path(ours["path"]), texts, facets=False),
               "snippets_per_page": time_snippets(Path(ours["path"]), texts, shared)}
    small = work / "sample-ours.db"
    if small.exists():  # the 2,000-article index --prebuilt times: a second size to see how cost grows
        latency["small"] = {"articles": _articles(small), **time_ours(small, texts)}
        latency["small_no_facets"] = time_ours(small, texts, facets=False)
    scale = {"articles": 0, "skipped": True}
    if args.scale:
        scale = build_scale(shared, work, args.scale, partial=args.scale_as_built)
        latency["scale"] = time_ours(Path(scale["path"]), texts)
        latency["scale_no_facets"] = time_ours(Path(scale["path"]), texts, facets=False)
    store, dups = build_store(shared, work), build_dups(shared, work)
    data = {"builds": {"ours": ours, "baseline": base, "scale": scale, "store": store, "dups": dups},
            "quality": quality, "latency": latency,
            "near_duplicates": duplicate_figures(Path(dups["path"]), known_duplicates(shared)),
            "threads": thread_figures(Path(store["path"]))}
    from search_report import markdown

    print(write_report("search", _command(), markdown(data), data))


def prebuilt(work: Path, folder: str, name: str) -> dict:
    """A 59k index built earlier; its build rate measured now on a 2,000-article sample (:func:`search_build.sample_rate`)."""
    from search_build import sample_rate

    path = Path(folder) / name
    facts = {"path": str(path), "articles": _articles(path), "bytes": path.stat().st_size, "prebuilt": True}
    return facts | sample_rate(work, "ours" if name == "pool.db" else "baseline")


def _articles(path: Path) -> int:
    conn = sqlite3.connect(path)
    table = "search_docs" if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_docs'").fetchone() else "raw"
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _write_pool(shared: Path, work: Path, ours: dict, base: dict) -> Path:
    from search_corpus import corpus
    from search_eval import pool

    titles = {a.id: (a.headline or "", a.text[:110].replace("\n", " ")) for a in corpus(shared)}
    path = work / "pool.txt"
    path.write_text(pool(Path(ours["path"]), Path(base["path"]), titles), encoding="utf-8")
    return path


def _command() -> str:
    import shlex
    import sys

    return "PYTHONPATH=src:bench nice -n 10 python bench/search.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])


if __name__ == "__main__":
    main()
