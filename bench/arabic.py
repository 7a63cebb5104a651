"""The Arabic text core, measured: time expressions (rasd vs dateparser), throughput, property tests.

1. Time expressions: bench/data/time-expressions.tsv (written by hand: expression in context, reference
   date, expected value and granularity). rasd (``find_times``) is scored exact when it finds the expression
   with the same span, value and granularity. dateparser 1.x is scored on the same rows, in the same run,
   twice: ``search_dates`` over the context (find + resolve) and ``parse`` of the gold expression (resolve
   only), with ``languages=['ar']`` or ``['en']`` and ``RELATIVE_BASE`` = the reference. dateparser returns one
   datetime, so it is scored leniently: correct when the datetime falls in the expected day / ISO week /
   month / year / range, or on the boundary of before/after. rasd is also shown under that lenient rule.
2. Time expressions in real news: 120 ANT v2.1 sentences labelled by hand (bench/data/ant-times*.tsv, offsets
   only): a development set (60, looked at while writing rules) and a test set (60, labelled before rasd was
   run on it). Recall (exact and lenient), rasd's spurious finds, and dateparser on the same gold.
3. Throughput of normalize + tokenize on one core (one Python process), over ANT v2.1 article text.
4. The hypothesis property tests (offset maps round-trip; normalization idempotent), run with pytest.

    PYTHONPATH=src python bench/arabic.py [--shared ../shared] [--mb 8]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ant import ant_articles, command  # noqa: E402
from common import ROOT, shared_dir, write_report  # noqa: E402

from rasd.arabic.analyzer import Analyzer  # noqa: E402
from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.arabic.temporal import find_times  # noqa: E402
from rasd.arabic.tokenize import sentences, tokenize  # noqa: E402

TABLE = ROOT / "bench" / "data" / "time-expressions.tsv"
ANT_SETS = {"development": ROOT / "bench" / "data" / "ant-times.tsv",
            "test": ROOT / "bench" / "data" / "ant-times-test.tsv"}


def load_table(path: Path = TABLE) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if row["expression"] not in row["context"]:
            raise SystemExit(f"row {row['id']}: expression not in its context")
    return rows


# ------------------------------------------------------------------------------------------- scoring


def _bounds(value: str, granularity: str) -> tuple[dt.date, dt.date]:
    """The days an expected value covers (a before/after boundary covers its own unit)."""
    if ".." in value:
        a, b = value.split("..")
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    if "-W" in value:
        year, week = value.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return monday, monday + dt.timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def lenient(day: dt.date, value: str, granularity: str) -> bool:
    start, end = _bounds(value, granularity)
    return start <= day <= end


def _value_start(value: str | None, granularity: str) -> dt.date | None:
    return _bounds(value, granularity)[0] if value else None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_rasd(rows: list[dict[str, str]]) -> tuple[dict, list[dict]]:
    exact = found = correct = 0
    misses = []
    started = time.perf_counter()
    for row in rows:
        gold = _gold_span(row)
        times = find_times(row["context"], row["reference"])
        hits = [t for t in times if _overlaps((t.start, t.end), gold)]
        same = [t for t in hits if (t.start, t.end) == gold and t.value == row["value"]
                and t.granularity == row["granularity"]]
        exact += bool(same)
        found += bool(hits)
        correct += any(t.value and lenient(_value_start(t.value, t.granularity), row["value"], row["granularity"])
                       for t in hits)
        if not same:
            misses.append({"id": row["id"], "expression": row["expression"], "expected": row["value"],
                           "got": [(t.text, t.value, t.granularity) for t in hits]})
    seconds = time.perf_counter() - started
    return {"exact": exact, "found": found, "lenient": correct, "seconds": round(seconds, 3)}, misses


def _gold_span(row: dict[str, str]) -> tuple[int, int]:
    start = row["context"].index(row["expression"])
    return start, start + len(row["expression"])


def score_dateparser(rows: list[dict[str, str]]) -> dict:
    import dateparser
    from dateparser.search import search_dates

    found = searched = parsed = 0
    started = time.perf_counter()
    for row in rows:
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(row["reference"])}
        languages = [row["lang"]]
        gold = _gold_span(row)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results = search_dates(row["context"], languages=languages, settings=settings) or []
            single = dateparser.parse(row["expression"], languages=languages, settings=settings)
        hits = []
        for text, when in results:
            at = row["context"].find(text)
            if at >= 0 and _overlaps((at, at + len(text)), gold):
                hits.append(when)
        found += bool(hits)
        searched += any(lenient(when.date(), row["value"], row["granularity"]) for when in hits)
        parsed += bool(single) and lenient(single.date(), row["value"], row["granularity"])
    seconds = time.perf_counter() - started
    return {"found": found, "search_lenient": searched, "parse_lenient": parsed, "seconds": round(seconds, 3)}


# ------------------------------------------------------------------------------------ real text (ANT)


def load_ant_sentences(shared: Path, path: Path = ANT_SETS["test"]) -> list[dict]:
    """The labelled ANT sentences: text, reference and gold (start, end, value, granularity) in sentence offsets."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    wanted = {row["docno"] for row in rows}
    texts = {a["DOCNO"]: a["TEXT"] for a in ant_articles(shared) if a.get("DOCNO") in wanted}
    sentences_by_key: dict[tuple[str, int], dict] = {}
    for row in rows:
        s, e = int(row["sentence_start"]), int(row["sentence_end"])
        item = sentences_by_key.setdefault((row["docno"], s), {
            "docno": row["docno"], "reference": row["reference"], "lang": "ar",
            "text": texts[row["docno"]][s:e], "gold": []})
        if row["start"]:
            item["gold"].append((int(row["start"]) - s, int(row["end"]) - s, row["value"], row["granularity"]))
    return list(sentences_by_key.values())


def score_ant(items: list[dict]) -> tuple[dict, list[dict]]:
    """rasd and dateparser on real sentences: recall of the gold, and rasd's precision."""
    gold_total = sum(len(i["gold"]) for i in items)
    exact = lenient_hits = predicted = spurious = 0
    misses = []
    for item in items:
        times = find_times(item["text"], item["reference"])
        predicted += len(times)
        spurious += sum(not any(_overlaps((t.start, t.end), g[:2]) for g in item["gold"]) for t in times)
        for start, end, value, granularity in item["gold"]:
            hits = [t for t in times if _overlaps((t.start, t.end), (start, end))]
            ok = any((t.start, t.end, t.value, t.granularity) == (start, end, value, granularity) for t in hits)
            exact += ok
            lenient_hits += any(t.value and lenient(_value_start(t.value, t.granularity), value, granularity)
                                for t in hits)
            if not ok:
                misses.append({"docno": item["docno"], "expression": item["text"][start:end], "expected": value,
                               "got": [(t.text, t.value, t.granularity) for t in hits]})
    false_positives = [{"docno": i["docno"], "text": t.text, "value": t.value} for i in items
                       for t in find_times(i["text"], i["reference"])
                       if not any(_overlaps((t.start, t.end), g[:2]) for g in i["gold"])]
    dp = score_dateparser([{"context": i["text"], "reference": i["reference"], "lang": "ar",
                            "expression": i["text"][g[0]:g[1]], "value": g[2], "granularity": g[3]}
                           for i in items for g in i["gold"]])
    return {"sentences": len(items), "gold": gold_total, "rasd_exact": exact, "rasd_lenient": lenient_hits,
            "rasd_predicted": predicted, "rasd_spurious": spurious, "dateparser": dp}, misses + false_positives


# ---------------------------------------------------------------------------------------- throughput


def corpus_text(shared: Path, megabytes: float) -> str:
    parts, size = [], 0
    for article in ant_articles(shared):
        parts.append(article["TEXT"])
        size += len(article["TEXT"])
        if size >= megabytes * 1_000_000:
            break
    return "\n\n".join(parts)


def throughput(text: str, repeat: int = 3) -> dict[str, float]:
    """Characters per second of CPU time (best of ``repeat``) for each step, in this one process.

    CPU time (``time.process_time``), not wall time: the machine is shared, and a process that waits for a
    core does no work meanwhile. One process, one thread: one core.
    """
    analyzer = Analyzer()
    sample = text[:1_000_000]
    steps = {
        "normalize": (text, lambda: normalize(text)),
        "tokenize": (text, lambda: tokenize(text)),
        "normalize+tokenize": (text, lambda: tokenize(normalize(text).text)),
        "tokenize(clitics)": (text, lambda: tokenize(text, clitics=True)),
        "sentences": (text, lambda: sentences(text)),
        "analyzer.terms": (text, lambda: analyzer.terms(text)),
        "find_times (first 1M chars)": (sample, lambda: find_times(sample, "2018-05-10")),
    }
    rates = {}
    for name, (source, step) in steps.items():
        best = min(_timed(step) for _ in range(repeat))
        rates[name] = round(len(source) / best)
    return rates


def _timed(step) -> float:
    started = time.process_time()
    step()
    return time.process_time() - started


def property_tests() -> dict:
    tests = ["tests/unit/test_arabic_normalize.py", "tests/unit/test_arabic_tokenize.py"]
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k",
                          "idempotent or round_trips or whole_text or offsets_hold", *tests],
                         cwd=ROOT, capture_output=True, text=True)
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    return {"command": "pytest -q -k 'idempotent or round_trips or whole_text or offsets_hold' " + " ".join(tests),
            "result": last, "ok": run.returncode == 0}


# -------------------------------------------------------------------------------------------- report


def _real_rows(real: dict) -> list[str]:
    rows = ["| set | sentences | gold | rasd exact | rasd lenient | rasd finds (spurious) | dateparser found | dateparser lenient | dateparser parse of gold, lenient |",
            "|---|---|---|---|---|---|---|---|---|"]
    for name, r in real.items():
        g, d = r["gold"], r["dateparser"]
        pct = lambda k: f"{k} ({100 * k / g:.1f}%)"  # noqa: E731
        rows.append(f"| {name} | {r['sentences']} | {g} | {pct(r['rasd_exact'])} | {pct(r['rasd_lenient'])} | "
                    f"{r['rasd_predicted']} ({r['rasd_spurious']}) | {pct(d['found'])} | {pct(d['search_lenient'])} | "
                    f"{pct(d['parse_lenient'])} |")
    return rows


def markdown(meta: dict, table: dict, real: dict, rates: dict, props: dict, misses: list[dict]) -> str:
    n, by_lang = table["rows"], table["by_language"]
    r, d = table["rasd"], table["dateparser"]
    pct = lambda k, total=n: f"{k} ({100 * k / total:.1f}%)"  # noqa: E731
    lines = [
        f"The Arabic text core measured; dateparser {meta['dateparser']} compared in the same run.", "",
        f"## Time expressions: {n} hand-written rows ({by_lang}) in bench/data/time-expressions.tsv", "",
        "| system | found (span overlaps) | exact (span + value + granularity) | value right, lenient | parse of gold span, lenient | seconds |",
        "|---|---|---|---|---|---|",
        f"| rasd find_times | {pct(r['found'])} | {pct(r['exact'])} | {pct(r['lenient'])} | — | {r['seconds']} |",
        f"| dateparser search_dates | {pct(d['found'])} | — | {pct(d['search_lenient'])} | {pct(d['parse_lenient'])} | {d['seconds']} |",
        "", "Lenient: the returned date lies within the expected day / ISO week / month / year / range (or on the "
        "before/after boundary); dateparser has no ranges, weeks or open intervals, so this is the kindest reading "
        "of its output. Per language (rasd exact): "
        + ", ".join(f"{lang} {v['exact']}/{v['rows']}" for lang, v in table["rasd_by_language"].items()) + ".", "",
        "## Time expressions in real news (ANT v2.1 sentences, labelled by hand)", "",
        *_real_rows(real), "",
        "The development set was looked at while writing rules; the test set was labelled before rasd ran on it.",
        "Test-set misses and spurious finds:", "",
        *[f"- {m['docno']}: " + (f"«{m['expression']}» expected {m['expected']}, got {m['got'] or 'nothing'}"
                                 if "expression" in m else f"spurious «{m['text']}» -> {m['value']}")
          for m in real["test"]["misses"]], "",
        f"## Throughput on one core ({rates['chars']:,} characters of ANT v2.1 article text; CPU time of this one "
        f"process, best of 3; load average while measured: {meta['load']})", "",
        "| step | characters per second |", "|---|---|",
        *[f"| {name} | {rate:,} |" for name, rate in rates.items() if name != "chars"], "",
        "## Property tests (hypothesis)", "", f"`{props['command']}`: {props['result']}", "",
        "## rasd misses on the hand-written table", "",
        *[f"- {m['id']} «{m['expression']}» expected {m['expected']}, got {m['got'] or 'nothing'}" for m in misses], "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared folder (default ../shared or $RASD_SHARED)")
    parser.add_argument("--mb", type=float, default=8.0, help="millions of characters of ANT text for throughput")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    import dateparser

    rows = load_table()
    rasd_scores, misses = score_rasd(rows)
    table = {"rows": len(rows), "rasd": rasd_scores, "dateparser": score_dateparser(rows),
             "by_language": ", ".join(f"{sum(r['lang'] == lang for r in rows)} {lang}" for lang in ("ar", "en")),
             "rasd_by_language": {}}
    for lang in ("ar", "en"):
        subset = [r for r in rows if r["lang"] == lang]
        table["rasd_by_language"][lang] = {"rows": len(subset), "exact": score_rasd(subset)[0]["exact"]}
    print(table, flush=True)
    real = {}
    for name, path in ANT_SETS.items():
        real[name], real_misses = score_ant(load_ant_sentences(shared, path))
        real[name]["misses"] = real_misses
    print({k: {x: y for x, y in v.items() if x != "misses"} for k, v in real.items()}, flush=True)
    text = corpus_text(shared, args.mb)
    rates = {"chars": len(text), **throughput(text)}
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(rates, flush=True)
    props = property_tests()
    meta = {"dateparser": dateparser.__version__, "load": load}
    print("wrote", write_report("arabic", command(), markdown(meta, table, real, rates, props, misses),
                                {**meta, "time_expressions": table, "real_text": real,
                                 "throughput_chars_per_second": rates, "property_tests": props, "rasd_misses": misses}))


if __name__ == "__main__":
    main()
