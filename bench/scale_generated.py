"""SQLite vs PostgreSQL search at about 1M generated articles: bulk index rate, index size, query p50/p95, and
whether each query finds as many articles on both.

    PYTHONPATH=src:bench python bench/scale_generated.py --pg postgresql://rasd:rasd@127.0.0.1/rasd_test

The articles are bench/search.py's generated ones (``search_build.generated_docs``: each a random real
headline and 3-8 random real paragraphs of SaudiNewsNet + ANT, already analyzed): the SQLite index is the one
``python bench/search_build.py scale`` builds (reused from WORK/scale.db); the PostgreSQL one is built here from
the same seeded generator, so both hold the very same 1M documents. PostgreSQL is loaded as a bulk load is done:
``COPY`` into ``search_docs`` and ``search_index`` (the analyzer's terms as a tsvector literal, as the store
writes them), then the GIN index built once. Only the search tables are filled (no article records, so their
foreign keys are dropped in the benchmark schema); the NLP pipeline is not run. Queries: the first ``--queries``
of bench/search.py's latency set, each through ``run_query`` (page of 20, the total, four facet counts) on both.
Writes bench/results/scale-generated-YYYY-MM-DD.md (+ .json).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import time
from pathlib import Path

from common import shared_dir, write_report
from scale import QUERIES, Schemas, command
from search import _timed, latency_queries
from search_build import build_scale, generated_docs, paragraph_pool

from rasd.search.dialect import postgres_dialect
from rasd.search.postgres import tsvector_literal
from rasd.search.query import make_analyzer, parse
from rasd.search.records import Filters
from rasd.search.sqlite import run_query
from rasd.store.postgres import Connection, PostgresStore

BATCH = 10_000


def build_postgres(url: str, shared: Path, target: int, log=print) -> dict:
    """The generated articles COPYed into a fresh schema's search tables, then the GIN index built."""
    import psycopg

    PostgresStore(url).close()  # the store's own migrations make the tables
    started = time.perf_counter()
    titles, paragraphs = paragraph_pool(shared, make_analyzer())
    pool_seconds = time.perf_counter() - started
    rng = random.Random(8)  # as search_build.build_scale
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE search_docs DROP CONSTRAINT search_docs_article_id_fkey")
        conn.execute("DROP INDEX search_index_terms")
        copied = time.perf_counter()
        for first in range(0, target, BATCH):
            _copy_batch(conn, generated_docs(titles, paragraphs, first, min(BATCH, target - first), rng), first)
            if (first + BATCH) % 100_000 == 0:
                log(f"postgresql: {first + BATCH} articles, {time.perf_counter() - copied:.0f} s")
        copy_seconds = time.perf_counter() - copied
        indexed = time.perf_counter()
        conn.execute("CREATE INDEX search_index_terms ON search_index USING GIN (terms)")
        conn.execute("ANALYZE")
        index_seconds = time.perf_counter() - indexed
        size = conn.execute("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN "
                            "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                            "c.relkind IN ('r', 'm')").fetchone()[0]
    return {"articles": target, "pool_seconds": round(pool_seconds, 1), "copy_seconds": round(copy_seconds, 1),
            "index_seconds": round(index_seconds, 1), "rate": round(target / (copy_seconds + index_seconds), 1),
            "bytes": int(size)}


def _copy_batch(conn, docs, first: int) -> None:
    docs = list(docs)
    with conn.transaction(), conn.cursor() as cursor:
        with cursor.copy("COPY search_docs (docid, article_id, day, source, language) FROM STDIN") as copy:
            for n, doc in enumerate(docs, start=first + 1):
                copy.write_row((n, doc.article_id, doc.day, doc.source, doc.language))
        with cursor.copy("COPY search_index (docid, head, body, terms) FROM STDIN") as copy:
            for n, doc in enumerate(docs, start=first + 1):
                copy.write_row((n, doc.head, doc.body, tsvector_literal(doc.head, doc.body)))


def timings(sqlite_path: Path, url: str, texts: list[str]) -> dict:
    """Per-query p50/p95 on both backends (page of 20 + total + facets, then without facets), and each of
    :data:`scale.QUERIES`' totals on both."""
    import psycopg

    analyzer, hits = make_analyzer(), postgres_dialect().hits
    lite = sqlite3.connect(sqlite_path)
    with psycopg.connect(url, autocommit=True) as raw:
        pg = Connection(raw)
        backends = {"sqlite": lambda t, f: run_query(lite, parse(t, analyzer), Filters(), limit=20, facets=f),
                    "postgresql": lambda t, f: run_query(pg, parse(t, analyzer), Filters(), limit=20, facets=f,
                                                         hits=hits)}
        result: dict = {}
        for name, run in backends.items():
            run("السعوديه", True)  # warm the cache
            result[name] = {"facets": _timed(lambda t: run(t, True), texts),
                            "no_facets": _timed(lambda t: run(t, False), texts),
                            "totals": {q: run(q, False).total for q in QUERIES}}
    return result


def markdown(data: dict) -> str:
    lite, pg, t = data["sqlite_build"], data["postgres_build"], data["timings"]
    same = [q for q in QUERIES if t["sqlite"]["totals"][q] == t["postgresql"]["totals"][q]]
    lines = [f"{lite['articles']:,} generated articles (bench/search.py's, the same documents on both), search "
             f"tables only. {data['queries']} queries from bench/search.py's latency set; one query is parse + page "
             "of 20 + total (+ four facet counts). Load average at the start: "
             f"{data['load']}.", "",
             "| backend | articles | bulk index seconds | articles/s | index size, MB | p50 ms (facets) | "
             "p95 ms (facets) | p50 ms (no facets) | p95 ms (no facets) |", "|---|---|---|---|---|---|---|---|---|"]
    for name, build, seconds in (("sqlite", lite, lite["seconds"]),
                                 ("postgresql", pg, pg["copy_seconds"] + pg["index_seconds"])):
        f, n = t[name]["facets"], t[name]["no_facets"]
        lines.append(f"| {name} | {build['articles']:,} | {seconds:,.0f} | {build['rate']:,} | "
                     f"{build['bytes'] / 1e6:,.0f} | {f['p50_ms']} | {f['p95_ms']} | {n['p50_ms']} | {n['p95_ms']} |")
    lines += ["", f"SQLite: FTS5 rows written one by one in transactions of 10,000 (search_build.py). PostgreSQL: "
              f"COPY {pg['copy_seconds']:,.0f} s, then the GIN index {pg['index_seconds']:,.0f} s. Both times leave "
              f"out analyzing the paragraph pool ({lite.get('pool_seconds', 0):,.0f} s and "
              f"{pg['pool_seconds']:,.0f} s).", "",
              f"Same total on both backends: **{len(same)} of {len(QUERIES)} queries**.", ""]
    lines += [f"- {q}: {t['sqlite']['totals'][q]:,} (sqlite) / {t['postgresql']['totals'][q]:,} (postgresql)"
              for q in QUERIES]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("RASD_TEST_PG"), help="PostgreSQL URL (a test database)")
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--work", default="/tmp/rasd-bench", help="where search_build.py keeps scale.db")
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    if not args.pg:
        raise SystemExit("give --pg postgresql://... (or set RASD_TEST_PG)")
    shared, work = shared_dir(args.shared), Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    data = {"load": [round(x, 2) for x in os.getloadavg()], "queries": args.queries}
    data["sqlite_build"] = build_scale(shared, work, args.articles)
    schemas = Schemas(args.pg)
    try:
        url = schemas.new()
        data["postgres_build"] = build_postgres(url, shared, args.articles)
        texts = latency_queries(sqlite3.connect(data["sqlite_build"]["path"]), args.queries)
        data["timings"] = timings(Path(data["sqlite_build"]["path"]), url, texts)
    finally:
        schemas.drop()
    print(write_report("scale-generated", command(), markdown(data), data))


if __name__ == "__main__":
    main()
