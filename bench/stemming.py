"""Which Arabic stemmer for search: known-item retrieval over the ANT corpus, BM25, one run.

Every analyzer indexes the same articles (ANT v2.1, deduplicated by URL: the body text without its first
line, the lead, which ANT's abstract repeats) and answers the same queries made from a seeded sample of
those articles: the title, the lead (first line, at most 30 words), and three words drawn from the title
("short"). The article a query came from is its one relevant document. We report
MRR (over the full ranking) and recall@10 per analyzer and query set. BM25: k1=1.2, b=0.75.

Analyzers: "none" (SEARCH normalization only), light1/2/3/8/10 (our implementation of Larkey et al.),
snowball (Snowball Arabic via PyStemmer). All share normalization, tokenization and the English path.

    PYTHONPATH=src python bench/stemming.py [--queries 2000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ant import ant_articles, command  # noqa: E402
from common import shared_dir, write_report  # noqa: E402

from rasd.arabic.analyzer import Analyzer  # noqa: E402

FIELDS = ("title", "lead", "short")
ANALYZERS = ("none", "light1", "light2", "light3", "light8", "light10", "snowball")
K1, B = 1.2, 0.75


class BM25:
    """A small in-memory BM25 index over term lists (numpy postings)."""

    def __init__(self, docs: list[list[str]]):
        self.n = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=np.float64)
        norm = K1 * (1 - B + B * lengths / max(lengths.mean(), 1.0))
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                ids, tfs = postings.setdefault(term, ([], []))
                ids.append(index)
                tfs.append(tf)
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, (ids, tfs) in postings.items():
            id_array, tf_array = np.array(ids), np.array(tfs, dtype=np.float64)
            idf = math.log(1 + (self.n - len(ids) + 0.5) / (len(ids) + 0.5))
            self.postings[term] = (id_array, idf * tf_array * (K1 + 1) / (tf_array + norm[id_array]))

    def rank_of(self, query: list[str], relevant: int) -> int:
        scores = np.zeros(self.n)
        for term in set(query):
            if term in self.postings:
                ids, weights = self.postings[term]
                scores[ids] += weights
        target = scores[relevant]
        if target <= 0:
            return self.n
        return int((scores > target).sum()) + 1


def queries(articles: list[dict[str, str]], count: int, seed: int) -> list[tuple[int, dict[str, str]]]:
    rng = random.Random(seed)
    chosen = rng.sample(range(len(articles)), min(count, len(articles)))
    sets = []
    for index in chosen:
        title = articles[index].get("TITLE", "")
        words = [w for w in title.split() if len(w) >= 3]
        sets.append((index, {
            "title": title,
            "lead": " ".join(lead_and_rest(articles[index]["TEXT"])[0].split()[:30]),
            "short": " ".join(rng.sample(words, min(3, len(words)))),
        }))
    return sets


def bootstrap_ci(values: np.ndarray, rounds: int = 1000) -> list[float]:
    """95% bootstrap interval of the mean (seeded)."""
    rng = np.random.default_rng(7)
    means = values[rng.integers(0, len(values), size=(rounds, len(values)))].mean(axis=1)
    return [round(float(np.percentile(means, 2.5)), 4), round(float(np.percentile(means, 97.5)), 4)]


def lead_and_rest(text: str) -> tuple[str, str]:
    """The first line of the body and the rest (the whole body when it is one line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return (lines[0], "\n".join(lines[1:])) if len(lines) > 1 else (lines[0] if lines else "", text)


def evaluate(name: str, articles: list[dict[str, str]], qs) -> dict:
    analyzer = Analyzer(name)
    started = time.perf_counter()
    docs = [analyzer.terms(lead_and_rest(a["TEXT"])[1]) for a in articles]
    analyzed = time.perf_counter() - started
    index = BM25(docs)
    vocabulary = len(index.postings)
    result = {"analyzer": name, "vocabulary": vocabulary, "analyze_seconds": round(analyzed, 1)}
    for field in FIELDS:
        ranks = [index.rank_of(analyzer.terms(q[field]), i) for i, q in qs if q[field].strip()]
        reciprocal = 1 / np.array(ranks, dtype=np.float64)
        result.setdefault("_reciprocal", []).append(reciprocal)
        result[field] = {
            "queries": len(ranks),
            "mrr": round(float(reciprocal.mean()), 4),
            "mrr_ci95": bootstrap_ci(reciprocal),
            "recall@10": round(sum(r <= 10 for r in ranks) / len(ranks), 4),
        }
    return result


def _mrr(cell: dict) -> str:
    low, high = cell["mrr_ci95"]
    return f"{cell['mrr']:.4f} ({low:.3f}-{high:.3f})"


def markdown(rows: list[dict], meta: dict) -> str:
    lines = ["Which Arabic stemmer for search: known-item retrieval on ANT v2.1.", "", f"Index: {meta['documents']} articles (body without its first line, deduplicated by URL). Queries: {meta['queries']} "
             "sampled articles (seed 7); each query's own article is its one relevant document. BM25 k1=1.2 b=0.75. "
             "MRR with its 95% bootstrap interval in brackets; R@10: share of queries with their article in the top 10.",
             "", "| analyzer | vocabulary | title MRR | title R@10 | lead MRR | lead R@10 | short MRR | short R@10 |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['analyzer']} | {r['vocabulary']:,} | {_mrr(r['title'])} | {r['title']['recall@10']:.4f} | "
                     f"{_mrr(r['lead'])} | {r['lead']['recall@10']:.4f} | {_mrr(r['short'])} | "
                     f"{r['short']['recall@10']:.4f} |")
    best = max(rows, key=lambda r: sum(r[f]["mrr"] for f in FIELDS))
    lines += ["", f"Best by mean MRR over the three query sets: **{best['analyzer']}**. Paired difference of its "
              "reciprocal ranks minus each other analyzer's, over all queries of the three sets, with a 95% paired "
              "bootstrap interval (an interval above 0 means the best is better on these queries):", "",
              "| analyzer | best minus this, MRR (95% CI) |", "|---|---|"]
    lines += [f"| {r['analyzer']} | {r['vs_best'][0]:+.4f} ({r['vs_best'][1]:+.4f} to {r['vs_best'][2]:+.4f}) |"
              for r in rows if r is not best]
    return "\n".join(lines) + "\n"


def paired_against_best(rows: list[dict]) -> None:
    """Adds ``vs_best`` = (mean difference, low, high) to each row, from the per-query reciprocal ranks."""
    best = max(rows, key=lambda r: sum(r[f]["mrr"] for f in FIELDS))
    best_rr = np.concatenate(best["_reciprocal"])
    for row in rows:
        diff = best_rr - np.concatenate(row["_reciprocal"])
        low, high = bootstrap_ci(diff)
        row["vs_best"] = [round(float(diff.mean()), 4), low, high]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared folder (default ../shared or $RASD_SHARED)")
    parser.add_argument("--queries", type=int, default=2000, help="how many articles to query for")
    parser.add_argument("--limit", type=int, default=0, help="index only the first N articles (0: all)")
    parser.add_argument("--analyzers", default=",".join(ANALYZERS), help="comma-separated analyzers to compare")
    args = parser.parse_args()
    articles = list(ant_articles(shared_dir(args.shared)))
    if args.limit:
        articles = articles[: args.limit]
    qs = queries(articles, args.queries, seed=7)
    rows = []
    for name in args.analyzers.split(","):
        rows.append(evaluate(name, articles, qs))
        print({k: v for k, v in rows[-1].items() if k != "_reciprocal"}, flush=True)
    paired_against_best(rows)
    for row in rows:
        del row["_reciprocal"]
    meta = {"documents": len(articles), "queries": len(qs)}
    print("wrote", write_report("stemming", command(), markdown(rows, meta), {**meta, "results": rows}))


if __name__ == "__main__":
    main()
