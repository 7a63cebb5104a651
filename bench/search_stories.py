"""Near-duplicate and thread figures for bench/search.py.

Near-duplicates: precision and recall of the pairs rasd groups among all ANT v2.1 files, against the known
duplicates (one article filed under two categories: same URL), plus the hand-checked sample in
``bench/data/search-dups-sample.tsv`` (pairs rasd grouped that are not known duplicates: 1 a real near-copy,
0 not). Threads: ``bench/data/search-threads.tsv`` lists stories labelled by hand (label, article ids of the
story among the store's articles); purity is the share of the system thread holding the story's first article
that belongs to the story, completeness the share of the story's articles in that thread.
"""

from __future__ import annotations

import random
import sqlite3
from itertools import combinations
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DUP_SAMPLE = DATA / "search-dups-sample.tsv"
THREADS = DATA / "search-threads.tsv"


def grouped_pairs(db: Path) -> set[frozenset[str]]:
    conn = sqlite3.connect(db)
    groups: dict[str, list[str]] = {}
    for article_id, canonical in conn.execute("SELECT article_id, canonical_id FROM near_dups"):
        groups.setdefault(canonical, []).append(article_id)
    return {frozenset(p) for ids in groups.values() if len(ids) > 1 for p in combinations(sorted(ids), 2)}


def duplicate_figures(db: Path, known: set[frozenset[str]]) -> dict:
    found = grouped_pairs(db)
    hits = found & known
    sample = _dup_sample()
    return {"known_pairs": len(known), "grouped_pairs": len(found), "grouped_known": len(hits),
            "precision_vs_known": round(len(hits) / len(found), 3) if found else None,
            "recall_vs_known": round(len(hits) / len(known), 3) if known else None,
            "other_pairs": len(found - known), "sample_checked": len(sample),
            "sample_true": sum(sample.values())}


def other_pairs_to_check(db: Path, known: set[frozenset[str]], size: int = 20) -> list[tuple[str, str]]:
    """A seeded random sample of grouped pairs that are not known duplicates (for the hand check)."""
    others = sorted(tuple(sorted(p)) for p in grouped_pairs(db) - known)
    return random.Random(5).sample(others, min(size, len(others)))


def _dup_sample() -> dict[tuple[str, str], int]:
    if not DUP_SAMPLE.exists():
        return {}
    rows = [line.split("\t") for line in DUP_SAMPLE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {(a, b): int(v) for a, b, v, *_ in rows}


def thread_figures(db: Path) -> dict:
    conn = sqlite3.connect(db)
    member = dict(conn.execute("SELECT article_id, thread_id FROM thread_members").fetchall())
    rows = []
    for label, ids in _stories():
        thread = member.get(ids[0])
        members = {a for a, t in member.items() if t == thread}
        inside = len(members & set(ids))
        rows.append({"story": label, "articles": len(ids), "thread": thread, "thread_size": len(members),
                     "purity": round(inside / len(members), 3), "completeness": round(inside / len(ids), 3)})
    mean = {k: round(sum(r[k] for r in rows) / len(rows), 3) if rows else None for k in ("purity", "completeness")}
    return {"stories": len(rows), "mean": mean, "per_story": rows}


def _stories() -> list[tuple[str, list[str]]]:
    if not THREADS.exists():
        return []
    rows = [line.split("\t") for line in THREADS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(label, ids.split(",")) for label, ids in rows]
