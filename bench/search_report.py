"""The markdown of bench/results/search-DATE.md from bench/search.py's figures."""

from __future__ import annotations


def _mb(n: int | None) -> str:
    return f"{n / 1e6:,.0f} MB" if n else "—"


def markdown(d: dict) -> str:
    return "\n".join([_quality(d), _latency(d), _builds(d), _dups(d), _threads(d)])


def _quality(d: dict) -> str:
    q = d["quality"]
    rows = "\n".join(f"| {r['id']} | {r['query']} | {r['relevant']} | {r['ours']['mrr']:.2f} | {r['ours']['ndcg10']:.2f}"
                     f" | {r['baseline']['mrr']:.2f} | {r['baseline']['ndcg10']:.2f} |" for r in q["per_query"])
    return f"""## Search quality ({q['queries']} hand-written Arabic queries, same run)

Relevance judged by hand: the top 10 of both systems pooled per query, each pooled article judged relevant or
not from its title and lead ({q['judged_articles']} relevant judgements in `bench/data/search-judgements.tsv`);
unjudged articles count as not relevant. Ours: rasd's analyzer (normalization, clitics, light10) + BM25 over
head and body; baseline: FTS5 `unicode61` over the raw title and text, the query words as typed (all required).
Near-duplicate folding is off for both.

| system | MRR | nDCG@10 |
| --- | --- | --- |
| rasd analyzer + BM25 | {q['mean']['ours']['mrr']:.3f} | {q['mean']['ours']['ndcg10']:.3f} |
| FTS5 unicode61, raw text | {q['mean']['baseline']['mrr']:.3f} | {q['mean']['baseline']['ndcg10']:.3f} |

<details><summary>per query</summary>

| id | query | relevant | ours MRR | ours nDCG@10 | baseline MRR | baseline nDCG@10 |
| --- | --- | --- | --- | --- | --- | --- |
{rows}

</details>
"""


def _lat_row(label: str, articles, t: dict | None) -> str:
    if not t:
        return f"| {label} | — | not measured | | |"
    return f"| {label} | {articles:,} | {t['p50_ms']} ms | {t['p95_ms']} ms | {t['mean_ms']} ms |"


def _latency(d: dict) -> str:
    lat, b = d["latency"], d["builds"]
    scale, small = b["scale"], lat.get("small", {})
    n = b["ours"]["articles"]
    rows = [
        _lat_row("rasd, page of 20 + total + 4 facets", n, lat["ours"]),
        _lat_row("rasd, page of 20 + total", n, lat["ours_no_facets"]),
        _lat_row("FTS5 unicode61, page of 20 only", b["baseline"]["articles"], lat["baseline"]),
        _lat_row("rasd, page + total + facets, smaller index (first articles)", small.get("articles", 0), small or None),
        _lat_row("rasd, page + total, smaller index", small.get("articles", 0), lat.get("small_no_facets")),
        _lat_row("rasd, generated index, page + total + facets", scale.get("articles", 0), lat.get("scale")),
        _lat_row("rasd, generated index, page + total", scale.get("articles", 0), lat.get("scale_no_facets")),
        _lat_row("snippets of one result page (20 articles)", n, lat["snippets_per_page"]),
    ]
    generated = ("Generated index: NOT measured in this run (`--scale 0`): see the build section." if scale.get("skipped")
                 else f"Generated index: {'complete' if scale.get('complete') else 'stopped at this size (the largest measured)'}; target 1,000,000.")
    table = "\n".join(rows)
    generated += _growth(n, lat, scale)
    return f"""## Latency ({lat['ours']['queries']} queries: the hand-written ones, then 1-3 headline words drawn at random)

Ours: parse and analyze the query, then in SQLite the BM25 page of 20, the total, and (with facets) four facet
counts over all matches (source, language, entity, topic). Snippets of a page are timed apart (200 pages).

| what | articles | p50 | p95 | mean |
| --- | --- | --- | --- | --- |
{table}

{generated}
"""


def _growth(n: int, lat: dict, scale: dict) -> str:
    """How the cost grows from the ~59k real index to the generated one, from the measured figures."""
    if scale.get("skipped") or not lat.get("scale"):
        return ""
    big, factor = scale["articles"], scale["articles"] / n
    parts, ratios = [], []
    for label, small, large in (("with facets", lat["ours"], lat["scale"]),
                                ("without facets", lat["ours_no_facets"], lat["scale_no_facets"])):
        p50, p95 = large["p50_ms"] / small["p50_ms"], large["p95_ms"] / small["p95_ms"]
        parts.append(f"{label}, p50 x{p50:.0f} and p95 x{p95:.0f}")
        ratios += [p50, p95]
    shape = ("about linear" if all(factor / 2 <= r <= factor * 2 for r in ratios) else
             "less than linear" if all(r < factor for r in ratios) else
             "more than linear" if all(r > factor for r in ratios) else "between sub- and super-linear")
    return (f"\n\nCost growth: {factor:.0f}x the articles ({n:,} -> {big:,}) costs {'; '.join(parts)}: {shape} "
            f"(x{factor:.0f} would be linear). A query's cost follows how many articles match it (the total "
            "and the facet counts visit every match; BM25 ranks every match), and a common word matches a fixed "
            "share of the articles, so the slowest queries grow with the index. Index size grows linearly "
            f"({_mb(scale.get('bytes'))} for {big:,} generated articles).")


def _row(label: str, facts: dict) -> str:
    if facts.get("prebuilt"):
        timed = f"{facts['sample']:,} (first articles, timed in this run) | {facts['seconds']:,} | {facts['rate']}"
        return f"| {label} | {timed} | {_mb(facts.get('bytes'))} for all {facts['articles']:,} |"
    return (f"| {label} | {facts['articles']:,} | {facts.get('seconds', 0):,} | {facts.get('rate', 0)} |"
            f" {_mb(facts.get('bytes'))} |")


def _generated_row(scale: dict) -> str:
    if scale.get("skipped"):
        return "| generated ~1M articles | not built in this run (`--scale 0`) | | | |"
    label = f"generated (index write path without term counts; paragraphs pre-analyzed in {scale['pool_seconds']:,.0f} s)"
    return _row(label, scale)


def _builds(d: dict) -> str:
    b = d["builds"]
    scale = b["scale"]
    steps = ", ".join(f"{n:,} in {t:,.0f} s ({_mb(size)})" for n, t, size in scale.get("progress", [])
                      if n % 100_000 == 0 or n == scale["articles"])
    prebuilt = ("The two ~59k indexes were built before this run by the same write paths, in one interleaved pass "
                "(`--prebuilt`); their build rates are timed here on the first 2,000 articles into fresh indexes."
                if b["ours"].get("prebuilt") else "")
    return f"""## Index size and ingest rate

| build | articles | seconds | articles/s | size |
| --- | --- | --- | --- | --- |
{_row("rasd index write path (analyzer, FTS5, filter rows, term counts), real corpus", b["ours"])}
{_row("FTS5 unicode61 on raw text", b["baseline"])}
{_row("full `store.put` (raw input, record, index, term counts, near-duplicates, threads), SaudiNewsNet 2015-07-21", b["store"])}
{_row("index + near-duplicate grouping, all ANT files", b["dups"])}
{_generated_row(scale)}

{prebuilt}

Generated build progress (articles, cumulative seconds, size): {steps or 'none'}.
The machine's 2 cores were shared with other jobs (several test suites) during every build and run, so
rates are lower bounds and latencies upper bounds.
"""


def _dups(d: dict) -> str:
    n = d["near_duplicates"]
    return f"""## Near-duplicates (all {d['builds']['dups']['articles']:,} ANT v2.1 files)

Known duplicates: the same URL filed under two categories ({n['known_pairs']:,} pairs). rasd grouped
{n['grouped_pairs']:,} pairs, {n['grouped_known']:,} of them known: precision against the known pairs
{n['precision_vs_known']}, recall {n['recall_vs_known']}. The {n['other_pairs']:,} other grouped pairs are not
all errors (re-publications under other URLs): of a seeded random sample of {n['sample_checked']} checked by
hand (`bench/data/search-dups-sample.tsv`), {n['sample_true']} are real near-copies.
"""


def _threads(d: dict) -> str:
    t = d["threads"]
    rows = "\n".join(f"| {r['story']} | {r['articles']} | {r['thread_size']} | {r['purity']} | {r['completeness']} |"
                     for r in t["per_story"])
    return f"""## Threads ({t['stories']} stories labelled by hand, store of {d['builds']['store']['articles']:,} articles)

Stories in `bench/data/search-threads.tsv`: articles of one story found by reading the store's articles on it.
Purity: share of the system thread (the one holding the story's first article) that is about the story;
completeness: share of the story's articles in that thread. Mean purity {t['mean']['purity']},
mean completeness {t['mean']['completeness']}.

| story | articles | thread size | purity | completeness |
| --- | --- | --- | --- | --- |
{rows}
"""
