"""Builds for the search benchmark, cached in a work folder (default /tmp/rasd-bench) with their timings.

- ``ours``: rasd's search index over the ~59k SaudiNewsNet + ANT articles (the index write path: analyzer,
  FTS5 row, filter and facet rows); ``store``: a full rasd store (``store.put``) over one day of SaudiNewsNet,
  for the full write path's rate and the threads; ``dups``: index + near-duplicate grouping over all of ANT.
- ``baseline``: FTS5 with its plain ``unicode61`` tokenizer over the raw title and text, same articles.
- ``scale``: about 1M generated articles (each a random title and 3-8 random paragraphs of every third real
  article),
  indexed into the search tables alone through the analyzer (each real paragraph analyzed once, the generated
  articles' terms recombined from them: the terms of a text are the terms of its paragraphs in order); no
  records, no term counts, near-duplicates or threads (the NLP pipeline and the full write path are not run).

Each build writes ``<name>.json`` beside its database: articles, seconds, rate, size. A build that finished
is reused by later runs (its own timings are reported).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from search_corpus import SNN, ant, corpus, saudinewsnet

from rasd.model import RawDocument
from rasd.search.documents import IndexDocument, index_document
from rasd.search.query import make_analyzer
from rasd.search.sqlite import write_document
from rasd.store import open_store
from rasd.stories.dups import NearDuplicates
from rasd.stories.sqlite import group_duplicates
from rasd.store.sqlite import migrations


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _size(path: Path) -> int:
    return sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())


def _done(work: Path, name: str) -> dict | None:
    meta = work / f"{name}.json"
    return json.loads(meta.read_text()) if meta.exists() else None


def _finish(work: Path, name: str, facts: dict) -> dict:
    (work / f"{name}.json").write_text(json.dumps(facts, indent=2))
    return facts


def build_ours(shared: Path, work: Path, log=print) -> dict:
    """The search index over the ~59k articles through the index write path (analyzer + FTS5 + filter rows)."""
    if (found := _done(work, "ours")) is not None:
        return found
    path = work / "ours.db"
    _fresh(path)
    conn = _scale_db(path)
    analyzer = make_analyzer()
    started, count = time.perf_counter(), 0
    conn.execute("BEGIN")
    for count, article in enumerate(corpus(shared), start=1):
        write_document(conn, index_document(article, analyzer))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    seconds = time.perf_counter() - started
    return _finish(work, "ours", {"path": str(path), "articles": count, "seconds": round(seconds, 1),
                                  "rate": round(count / seconds, 1), "bytes": _size(path)})


def build_store(shared: Path, work: Path, day_files: int = 1, log=print) -> dict:
    """A full rasd store (``store.put``: raw input, record, index, near-duplicates, threads; no NLP stages)
    over the SaudiNewsNet articles of the first ``day_files`` daily files: the full write path's rate, and the
    threads the thread figures are judged on."""
    if (found := _done(work, "store")) is not None:
        return found
    path = work / "store.db"
    _fresh(path)
    articles = [a for a in saudinewsnet(shared) if a.id[4:14] in _first_days(shared, day_files)]
    started = time.perf_counter()
    with open_store(path) as store:
        for n, article in enumerate(articles, start=1):
            store.put(RawDocument(article.text.encode("utf-8"), article.id, url=article.url), article)
            if n % 500 == 0:
                log(f"store: {n} of {len(articles)}, {time.perf_counter() - started:.0f} s")
    seconds = time.perf_counter() - started
    return _finish(work, "store", {"path": str(path), "articles": len(articles), "seconds": round(seconds, 1),
                                   "rate": round(len(articles) / seconds, 1), "bytes": _size(path)})


def _first_days(shared: Path, count: int) -> set[str]:
    return {p.stem for p in sorted((shared / SNN).glob("*.zip"))[:count]}


def build_dups(shared: Path, work: Path, log=print) -> dict:
    """Near-duplicate groups over every ANT v2.1 file (copies under two categories included): index write path
    plus the MinHash/LSH grouping, as ``store.put`` runs them."""
    if (found := _done(work, "dups")) is not None:
        return found
    path = work / "dups.db"
    _fresh(path)
    conn = _scale_db(path)
    analyzer, signer = make_analyzer(), NearDuplicates()
    started, count = time.perf_counter(), 0
    conn.execute("BEGIN")
    for count, (article, _) in enumerate(ant(shared), start=1):
        doc = index_document(article, analyzer)
        write_document(conn, doc)
        group_duplicates(conn, article.id, doc.day, len(article.text), signer.signature(doc.body.split()))
    conn.execute("COMMIT")
    conn.close()
    seconds = time.perf_counter() - started
    return _finish(work, "dups", {"path": str(path), "articles": count, "seconds": round(seconds, 1),
                                  "rate": round(count / seconds, 1)})


def sample_rate(work: Path, kind: str, size: int = 2000) -> dict:
    """Seconds to index the first ``size`` articles (SaudiNewsNet) into a fresh rasd index or FTS5 baseline."""
    from common import shared_dir

    path = work / f"sample-{kind}.db"
    _fresh(path)
    articles = [a for a, _ in zip(corpus(shared_dir()), range(size))]
    started = time.perf_counter()
    if kind == "ours":
        conn, analyzer = _scale_db(path), make_analyzer()
        conn.execute("BEGIN")
        for article in articles:
            write_document(conn, index_document(article, analyzer))
        conn.execute("COMMIT")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE VIRTUAL TABLE raw USING fts5(aid UNINDEXED, head, body, tokenize = 'unicode61')")
        conn.executemany("INSERT INTO raw (aid, head, body) VALUES (?, ?, ?)",
                         [(a.id, a.headline or "", a.text) for a in articles])
        conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return {"sample": size, "seconds": round(seconds, 1), "rate": round(size / seconds, 1)}


def build_baseline(shared: Path, work: Path) -> dict:
    if (found := _done(work, "baseline")) is not None:
        return found
    path = work / "baseline.db"
    _fresh(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE raw USING fts5(aid UNINDEXED, head, body, tokenize = 'unicode61')")
    started, count = time.perf_counter(), 0
    rows = ((a.id, a.headline or "", a.text) for a in corpus(shared))
    for count, row in enumerate(rows, start=1):
        conn.execute("INSERT INTO raw (aid, head, body) VALUES (?, ?, ?)", row)
    conn.commit()
    conn.close()
    seconds = time.perf_counter() - started
    return _finish(work, "baseline", {"path": str(path), "articles": count, "seconds": round(seconds, 1),
                                      "rate": round(count / seconds, 1), "bytes": _size(path)})


def build_scale(shared: Path, work: Path, target: int = 1_000_000, log=print, partial: bool = False) -> dict:
    """The generated corpus, indexed in batches; progress is recorded so a stopped build still reports
    (``partial``: take a stopped build as it is: the largest size it reached)."""
    if (found := _done(work, "scale")) is not None and (found.get("complete") or partial):
        return found
    path = work / "scale.db"
    _fresh(path)
    analyzer = make_analyzer()
    started = time.perf_counter()
    titles, paragraphs = paragraph_pool(shared, analyzer)
    pool_seconds = time.perf_counter() - started
    log(f"scale: {len(paragraphs)} paragraphs analyzed in {pool_seconds:.0f} s")
    conn = _scale_db(path)
    rng = random.Random(8)
    facts = {"path": str(path), "paragraphs": len(paragraphs), "pool_seconds": round(pool_seconds, 1),
             "articles": 0, "progress": [], "complete": False}
    index_started = time.perf_counter()
    while facts["articles"] < target:
        _scale_batch(conn, rng, titles, paragraphs, facts["articles"], 10_000)
        facts["articles"] += 10_000
        seconds = time.perf_counter() - index_started
        facts["progress"].append((facts["articles"], round(seconds, 1), _size(path)))
        facts.update(seconds=round(seconds, 1), rate=round(facts["articles"] / seconds, 1), bytes=_size(path))
        _finish(work, "scale", facts)
        log(f"scale: {facts['articles']} articles, {seconds:.0f} s")
    facts["complete"] = True
    conn.close()
    return _finish(work, "scale", facts)


def paragraph_pool(shared: Path, analyzer, every: int = 3) -> tuple[list[str], list[str]]:
    """Analyzed headlines and paragraphs of every ``every``-th real article (the material generated ones reuse)."""
    titles, paragraphs = [], []
    for n, article in enumerate(corpus(shared)):
        if n % every:
            continue
        titles.append(" ".join(analyzer.terms(article.headline or "")))
        paragraphs.extend(" ".join(analyzer.terms(b.text)) for b in article.blocks if len(b.text) > 40)
    return titles, paragraphs


def _scale_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=OFF", "foreign_keys=OFF"):
        conn.execute(f"PRAGMA {pragma}")
    for number, _, sql in migrations():
        conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
    return conn


def generated_docs(titles: list[str], paragraphs: list[str], first: int, size: int,
                   rng: random.Random) -> Iterator[IndexDocument]:
    """Generated articles ``first`` .. ``first + size - 1``: a random title and 3-8 random paragraphs each, days
    in July-August 2015, 20 sources. The same ``rng`` state gives the same articles (SQLite and PostgreSQL
    builds index the very same ones)."""
    days = [f"2015-{m:02d}-{d:02d}" for m in (7, 8) for d in range(1, 29)]
    for n in range(first, first + size):
        body = " ".join(rng.choice(paragraphs) for _ in range(rng.randint(3, 8)))
        yield IndexDocument(f"gen-{n}", rng.choice(titles), body, rng.choice(days), f"source-{n % 20}", "ar", (), ())


def _scale_batch(conn, rng: random.Random, titles: list[str], paragraphs: list[str], first: int, size: int) -> None:
    conn.execute("BEGIN")
    for doc in generated_docs(titles, paragraphs, first, size, rng):
        write_document(conn, doc, count_terms=False)
    conn.execute("COMMIT")


if __name__ == "__main__":  # build in the background: python bench/search_build.py ours|baseline|scale
    import sys

    from common import shared_dir

    work = Path(os.environ.get("RASD_BENCH_WORK", "/tmp/rasd-bench"))
    work.mkdir(parents=True, exist_ok=True)
    builders = {"ours": build_ours, "baseline": build_baseline, "scale": build_scale, "store": build_store,
                "dups": build_dups}
    for name in sys.argv[1:]:
        print(name, builders[name](shared_dir(), work), flush=True)
