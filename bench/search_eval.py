"""Search quality for bench/search.py: the hand-written queries, hand-judged relevance, MRR and nDCG@10 for
rasd's analyzer + BM25 and for FTS5's plain unicode61 tokenizer over the raw text.

Queries: ``bench/data/search-queries.tsv`` (id, query). Judgements: ``bench/data/search-judgements.tsv`` (query
id, article id, 1 relevant / 0 not), made by pooling the top 10 of both systems (``--pool`` prints the pool)
and reading each pooled article's title and lead. Unjudged articles count as not relevant.
"""

from __future__ import annotations

import math
import re
import sqlite3
from pathlib import Path

from rasd.search.query import make_analyzer, parse
from rasd.search.records import Filters
from rasd.search.sqlite import run_query

DATA = Path(__file__).resolve().parent / "data"
QUERIES = DATA / "search-queries.tsv"
JUDGEMENTS = DATA / "search-judgements.tsv"
DEPTH = 10


def queries() -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(qid, text) for qid, text in rows]


def judgements() -> dict[str, set[str]]:
    """Relevant article ids per query id."""
    relevant: dict[str, set[str]] = {}
    if JUDGEMENTS.exists():
        for line in JUDGEMENTS.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                qid, aid, grade = line.split("\t")[:3]
                relevant.setdefault(qid, set())
                if int(grade) > 0:
                    relevant[qid].add(aid)
    return relevant


def ours(conn: sqlite3.Connection, analyzer, text: str, depth: int = DEPTH) -> list[str]:
    """rasd's ranking (no near-duplicate folding, so both systems rank the same articles)."""
    page = run_query(conn, parse(text, analyzer), Filters(), limit=depth, facets=False, collapse=False)
    return [aid for aid, _ in page.rows]


def baseline_expression(text: str) -> str:
    """The query as FTS5 takes it with no analysis: each word (or quoted phrase) quoted, all required."""
    parts = re.findall(r'"([^"]+)"|(\S+)', text)
    return " AND ".join('"' + (phrase or word).replace('"', "") + '"' for phrase, word in parts)


def baseline(conn: sqlite3.Connection, text: str, depth: int = DEPTH) -> list[str]:
    rows = conn.execute("SELECT aid FROM raw WHERE raw MATCH ? ORDER BY bm25(raw, 0, 3.0, 1.0) LIMIT ?",
                        (baseline_expression(text), depth))
    return [row[0] for row in rows]


def mrr(ranked: list[str], relevant: set[str]) -> float:
    return next((1.0 / n for n, aid in enumerate(ranked, start=1) if aid in relevant), 0.0)


def ndcg(ranked: list[str], relevant: set[str], depth: int = DEPTH) -> float:
    gain = sum(1.0 / math.log2(n + 1) for n, aid in enumerate(ranked[:depth], start=1) if aid in relevant)
    ideal = sum(1.0 / math.log2(n + 1) for n in range(1, min(len(relevant), depth) + 1))
    return gain / ideal if ideal else 0.0


def evaluate(ours_db: Path, baseline_db: Path) -> dict:
    """Per-query and mean MRR and nDCG@10 of both systems over the judged queries."""
    analyzer = make_analyzer()
    relevant = judgements()
    ours_conn, base_conn = sqlite3.connect(ours_db), sqlite3.connect(baseline_db)
    rows = []
    for qid, text in queries():
        if not relevant.get(qid):  # judged, but nothing relevant in either pool (counted apart)
            continue
        a, b = ours(ours_conn, analyzer, text), baseline(base_conn, text)
        rows.append({"id": qid, "query": text, "relevant": len(relevant[qid]),
                     "ours": {"mrr": mrr(a, relevant[qid]), "ndcg10": ndcg(a, relevant[qid])},
                     "baseline": {"mrr": mrr(b, relevant[qid]), "ndcg10": ndcg(b, relevant[qid])}})
    mean = {system: {metric: round(sum(r[system][metric] for r in rows) / max(1, len(rows)), 3)
                     for metric in ("mrr", "ndcg10")} for system in ("ours", "baseline")}
    return {"queries": len(rows), "judged_articles": sum(len(v) for v in relevant.values()), "mean": mean,
            "per_query": rows}


def pool(ours_db: Path, baseline_db: Path, titles: dict[str, tuple[str, str]]) -> str:
    """The pooled top 10 of both systems for each query, to judge by hand (title and lead of each)."""
    analyzer = make_analyzer()
    ours_conn, base_conn = sqlite3.connect(ours_db), sqlite3.connect(baseline_db)
    lines = []
    for qid, text in queries():
        a, b = ours(ours_conn, analyzer, text), baseline(base_conn, text)
        lines.append(f"## {qid} {text}")
        for aid in dict.fromkeys(a + b):
            title, lead = titles.get(aid, ("?", ""))
            lines.append(f"{qid}\t{aid}\t{'O' if aid in a else '-'}{'B' if aid in b else '-'}\t{title} | {lead}")
    return "\n".join(lines) + "\n"
