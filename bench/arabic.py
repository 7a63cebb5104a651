"""The Arabic text core, measured: time expressions (rasd vs dateparser), throughput, property tests.

1. Time expressions: bench/data/time-expressions.tsv (written by hand: expression in context, reference
   date, expected value and granularity). rasd (``find_times``) is scored exact when it finds the expression
   with the same span, value and granularity. dateparser 1.x is scored on the same rows, in the same run,
   twice: ``search_dates`` over the context (find + resolve) and ``parse`` of the gold expression (resolve
   only), with ``languages=['ar']`` or ``['en']`` and ``RELATIVE_BASE`` = the reference. dateparser returns one
   datetime, so it is scored leniently: correct when the datetime falls in the expected day / ISO week /
   month / year / range, or on the boundary of before/after. rasd is also shown under that lenient rule.
2. Throughput of normalize + tokenize on one core (one Python process), over ANT v2.1 article text.
3. The hypothesis property tests (offset maps round-trip; normalization idempotent), run with pytest.

    PYTHONPATH=src python bench/arabic.py [--shared ../shared] [--mb 8]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, ant_articles, command, default_shared, machine, write  # noqa: E402

from rasd.arabic.analyzer import Analyzer  # noqa: E402
from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.arabic.temporal import find_times  # noqa: E402
from rasd.arabic.tokenize import sentences, tokenize  # noqa: E402

TABLE = ROOT / "bench" / "data" / "time-expressions.tsv"


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
    """Characters per second (best of ``repeat``) for each step, on this one process."""
    analyzer = Analyzer()
    steps = {
        "normalize": lambda: normalize(text),
        "tokenize": lambda: tokenize(text),
        "normalize+tokenize": lambda: tokenize(normalize(text).text),
        "tokenize(clitics)": lambda: tokenize(text, clitics=True),
        "sentences": lambda: sentences(text),
        "analyzer.terms": lambda: analyzer.terms(text),
        "find_times": lambda: find_times(text, "2018-05-10"),
    }
    rates = {}
    for name, step in steps.items():
        best = min(_timed(step) for _ in range(1 if name == "find_times" else repeat))
        rates[name] = round(len(text) / best)
    return rates


def _timed(step) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def property_tests() -> dict:
    tests = ["tests/unit/test_arabic_normalize.py", "tests/unit/test_arabic_tokenize.py"]
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k",
                          "idempotent or round_trips or whole_text or offsets_hold", *tests],
                         cwd=ROOT, capture_output=True, text=True)
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    return {"command": "pytest -q -k 'idempotent or round_trips or whole_text or offsets_hold' " + " ".join(tests),
            "result": last, "ok": run.returncode == 0}


# -------------------------------------------------------------------------------------------- report


def markdown(meta: dict, table: dict, rates: dict, props: dict, misses: list[dict]) -> str:
    n, by_lang = table["rows"], table["by_language"]
    r, d = table["rasd"], table["dateparser"]
    pct = lambda k, total=n: f"{k} ({100 * k / total:.1f}%)"  # noqa: E731
    lines = [
        f"# Arabic text core ({meta['date']})", "", f"Command: `{meta['command']}`", "",
        f"Machine: {meta['machine']['cpu']}, {meta['machine']['cores']} cores, Python {meta['machine']['python']}; "
        f"dateparser {meta['dateparser']}.", "",
        f"## Time expressions: {n} hand-written rows ({by_lang}) in bench/data/time-expressions.tsv", "",
        "| system | found (span overlaps) | exact (span + value + granularity) | value right, lenient | parse of gold span, lenient | seconds |",
        "|---|---|---|---|---|---|",
        f"| rasd find_times | {pct(r['found'])} | {pct(r['exact'])} | {pct(r['lenient'])} | — | {r['seconds']} |",
        f"| dateparser search_dates | {pct(d['found'])} | — | {pct(d['search_lenient'])} | {pct(d['parse_lenient'])} | {d['seconds']} |",
        "", "Lenient: the returned date lies within the expected day / ISO week / month / year / range (or on the "
        "before/after boundary); dateparser has no ranges, weeks or open intervals, so this is the kindest reading "
        "of its output. Per language (rasd exact): "
        + ", ".join(f"{lang} {v['exact']}/{v['rows']}" for lang, v in table["rasd_by_language"].items()) + ".", "",
        f"## Throughput on one core ({rates['chars']:,} characters of ANT v2.1 article text, best of 3)", "",
        "| step | characters per second |", "|---|---|",
        *[f"| {name} | {rate:,} |" for name, rate in rates.items() if name != "chars"], "",
        "## Property tests (hypothesis)", "", f"`{props['command']}`: {props['result']}", "",
        "## rasd misses", "",
        *[f"- {m['id']} «{m['expression']}» expected {m['expected']}, got {m['got'] or 'nothing'}" for m in misses], "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--mb", type=float, default=8.0, help="millions of characters of ANT text for throughput")
    args = parser.parse_args()
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
    text = corpus_text(args.shared, args.mb)
    rates = {"chars": len(text), **throughput(text)}
    print(rates, flush=True)
    props = property_tests()
    meta = {"date": dt.date.today().isoformat(), "command": command(), "machine": machine(),
            "dateparser": dateparser.__version__}
    md, js = write("arabic", meta["date"], markdown(meta, table, rates, props, misses),
                   {**meta, "time_expressions": table, "throughput_chars_per_second": rates,
                    "property_tests": props, "rasd_misses": misses})
    print(f"wrote {md} and {js}")


if __name__ == "__main__":
    main()
