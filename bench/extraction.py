"""HTML extraction benchmark: rasd's HTML reader side by side with trafilatura (and readability-lxml).

Four figures, one run, written to bench/results/extraction-YYYY-MM-DD.md and .json:

1. Body text F1 on the ScrapingHub article-extraction benchmark (181 pages), computed as its evaluate.py
   does: 4-token shingles, per-page TP/FP/FN normalised to sum 1, mean precision and mean recall, F1 of
   the two means. rasd's body is ``Article.text``; trafilatura runs with the settings of its own
   evaluation (comments out, tables in); readability-lxml's summary is turned into text.
2. Snippet accuracy on trafilatura-eval (must / must-not snippets, (TP + TN) / all, whitespace
   normalised as trafilatura's eval_common.py does). rasd's reading is the headline, deck and body (the
   snippets are "main text", and rasd keeps the headline and deck as fields of their own); the body-only
   figure is reported too.
3. Field accuracy on the shared Arabic pages and on the hand-written Arabic pages in tests/golden/html:
   title, kicker, deck, authors, published date, captions, body, side by side with trafilatura's
   metadata where it has the field.
4. Speed: pages per second on one core (process time), rasd's reader (bytes to Article) against
   trafilatura.extract (bytes to text), interleaved page by page over the ScrapingHub pages.

Run:  python bench/extraction.py --shared ../shared
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import re
import statistics
import sys
import tarfile
import time
from collections import Counter
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import trafilatura  # noqa: E402
from lxml import html as lxml_html  # noqa: E402
from readability import Document  # noqa: E402

from rasd.errors import InputError  # noqa: E402
from rasd.extract.decode import decode  # noqa: E402
from rasd.extract.html import HTMLPageReader  # noqa: E402
from rasd.model import Article, RawDocument  # noqa: E402
from rasd.pipeline import ReadOptions  # noqa: E402

TRAFILATURA = {"include_comments": False, "include_tables": True}
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


# ------------------------------------------------------------------ the tools


def rasd_read(reader: HTMLPageReader, data: bytes, url: str | None, name: str) -> Article | None:
    raw = RawDocument(content=data, location=name, media_type="text/html", url=url)
    try:
        return reader(decode(raw), raw, ReadOptions())
    except InputError:
        return None


def readability_text(data: bytes) -> str:
    summary = Document(data).summary(html_partial=True)
    tree = lxml_html.fromstring(summary)
    for element in tree.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "tr", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content()


# ------------------------------------------------------------------ 1. ScrapingHub body F1


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    a, b = shingles(true), shingles(pred)
    keys = a.keys() | b.keys()
    tp = sum(min(a[k], b[k]) for k in keys)
    fp = sum(max(0, b[k] - a[k]) for k in keys)
    fn = sum(max(0, a[k] - b[k]) for k in keys)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def scrapinghub(shared: Path, reader: HTMLPageReader) -> dict:
    folder = shared / "data" / "extraction" / "scrapinghub"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    counts: dict[str, list] = {"rasd": [], "trafilatura": [], "readability-lxml": []}
    failures = Counter()
    for key, item in gold.items():
        data = gzip.open(folder / "html" / f"{key}.html.gz").read()
        article = rasd_read(reader, data, item.get("url"), key)
        failures["rasd"] += article is None
        texts = {"rasd": article.text if article else "",
                 "trafilatura": trafilatura.extract(data, **TRAFILATURA) or "",
                 "readability-lxml": readability_text(data)}
        for tool, text in texts.items():
            failures[tool] += tool != "rasd" and not text
            counts[tool].append(tp_fp_fn(item.get("articleBody", ""), text))
    return {"pages": len(gold), **{tool: {**prf(c), "empty": failures[tool]} for tool, c in counts.items()}}


# ------------------------------------------------------------------ 2. trafilatura-eval snippets


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def snippet_counts(item: dict, result: str | None) -> tuple[int, int, int, int]:
    text = _norm(result)
    tp = sum(_norm(w) in text for w in item["with"]) if result else 0
    fp = sum(_norm(w) in text for w in item["without"]) if result else 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def snippet_scores(total: list[int]) -> dict[str, float]:
    tp, fp, fn, tn = total
    return {"accuracy": round((tp + tn) / (tp + fp + fn + tn), 4), "precision": round(tp / (tp + fp), 4),
            "recall": round(tp / (tp + fn), 4), "f1": round(2 * tp / (2 * tp + fp + fn), 4),
            "tp_fp_fn_tn": total}


def trafilatura_eval(shared: Path, reader: HTMLPageReader) -> dict:
    folder = shared / "data" / "extraction" / "trafilatura-eval"
    evaldata = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    with tarfile.open(folder / "trafilatura-eval-pages.tar.xz") as archive:
        pages = {m.name.rsplit("/", 1)[-1]: archive.extractfile(m).read() for m in archive if m.isfile()}
    totals = {"rasd": [0] * 4, "rasd (body only)": [0] * 4, "trafilatura": [0] * 4}
    for url, item in evaldata.items():
        data = pages[item["file"]]
        article = rasd_read(reader, data, url if url.startswith("http") else None, item["file"])
        results = {
            "rasd": "\n".join(filter(None, [article.headline, article.deck, article.text])) if article else None,
            "rasd (body only)": article.text if article else None,
            "trafilatura": trafilatura.extract(data, **TRAFILATURA),
        }
        for tool, result in results.items():
            totals[tool] = [a + b for a, b in zip(totals[tool], snippet_counts(item, result))]
    return {"pages": len(evaldata), **{tool: snippet_scores(total) for tool, total in totals.items()}}


# ------------------------------------------------------------------ 3. field accuracy on Arabic pages


def trafilatura_fields(data: bytes, url: str | None) -> dict:
    document = trafilatura.bare_extraction(data, url=url, with_metadata=True, **TRAFILATURA)
    if document is None:
        return {}
    authors = [a.strip() for a in re.split(r";", document.author or "") if a.strip()]
    return {"title": document.title, "authors": authors, "published": (document.date or None),
            "source_name": document.sitename, "text": document.text or ""}


def rasd_fields(article: Article | None) -> dict:
    if article is None:
        return {}
    return {"title": article.title, "kicker": article.kicker, "deck": article.deck, "authors": list(article.authors),
            "published": article.published.value, "source_name": article.source.name,
            "captions": [[i.caption, i.credit] for i in article.images if i.caption],
            "text": "\n".join(filter(None, [article.text]))}


def body_ok(text: str, expected: dict) -> bool:
    """The body starts and ends where the page's does and carries none of the page's furniture."""
    text = _norm(text)
    return (_norm(expected["first_paragraph_starts"]) in text[:400]
            and _norm(expected["last_paragraph_ends"]) in text[-400:]
            and not any(_norm(s) in text for s in expected["not_in_text"]))


def golden_pages(reader: HTMLPageReader) -> list[dict]:
    rows = []
    for path in sorted((ROOT / "tests" / "golden" / "html").glob("*.html")):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        data, url = path.read_bytes(), expected.get("fetched_url")
        gold = {"title": expected["title"], "kicker": expected["kicker"], "deck": expected["deck"],
                "authors": expected["authors"], "published": expected["published"],
                "source_name": expected["source_name"],
                "captions": [[i["caption"], i["credit"]] for i in expected["images"] if i["caption"]]}
        rows.append({"page": path.stem, "gold": gold, "check_body": lambda text, e=expected: body_ok(text, e),
                     "rasd": rasd_fields(rasd_read(reader, data, url, path.name)),
                     "trafilatura": trafilatura_fields(data, url)})
    return rows


def shared_arabic_pages(shared: Path, reader: HTMLPageReader) -> list[dict]:
    folder = shared / "data" / "extraction" / "arabic-pages"
    cnn = json.loads((folder / "cnn-arabic-2013" / "arabic_article.newspaper4k-metadata.json").read_text("utf-8"))
    cnn_data = (folder / "cnn-arabic-2013" / "arabic_article.html").read_bytes()
    assabah = json.loads((folder / "assabah-tn" / "evaldata-entry.json").read_text("utf-8"))
    assabah_data = (folder / "assabah-tn" / assabah["file"]).read_bytes()
    return [
        {"page": "cnn-arabic-2013", "gold": {"title": cnn["title"], "authors": cnn["authors"],
                                             "published": cnn["publish_date"]},
         "check_body": lambda text: tp_fp_fn(cnn["text"], text)[0] >= 0.9,
         "rasd": rasd_fields(rasd_read(reader, cnn_data, None, "cnn")), "trafilatura": trafilatura_fields(cnn_data, None)},
        {"page": "assabah-tn", "gold": {"title": assabah["title"]},
         "check_body": lambda text: snippet_counts(assabah, text)[0] == len(assabah["with"])
         and snippet_counts(assabah, text)[1] == 0,
         "rasd": rasd_fields(rasd_read(reader, assabah_data, assabah["url"], "assabah")),
         "trafilatura": trafilatura_fields(assabah_data, assabah["url"])},
    ]


def field_equal(field: str, got, want) -> bool:
    if field == "published":
        return (got or "")[:10] == (want or "")[:10]
    if field in ("title", "kicker", "deck", "source_name"):
        return _norm(got) == _norm(want)
    return got == want


def field_accuracy(rows: list[dict]) -> dict:
    fields = ["title", "kicker", "deck", "authors", "published", "source_name", "captions", "body"]
    table: dict[str, dict] = {}
    for tool in ("rasd", "trafilatura"):
        scores = {}
        for field in fields:
            judged = [row for row in rows if field == "body" or field in row["gold"]]
            if field != "body" and judged and not any(field in row[tool] or not row[tool] for row in judged):
                scores[field] = None  # the tool has no such field
                continue
            right = sum(row["check_body"](row[tool].get("text", "")) if field == "body"
                        else field_equal(field, row[tool].get(field), row["gold"][field]) for row in judged)
            scores[field] = {"right": right, "pages": len(judged)}
        table[tool] = scores
    return table


# ------------------------------------------------------------------ 4. speed


def speed(shared: Path, reader: HTMLPageReader, rounds: int) -> dict:
    folder = shared / "data" / "extraction" / "scrapinghub"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(gzip.open(folder / "html" / f"{k}.html.gz").read(), v.get("url"), k) for k, v in gold.items()]
    spent = {"rasd": 0.0, "trafilatura": 0.0}
    for _ in range(rounds):
        for data, url, key in pages:
            started = time.process_time()
            trafilatura.extract(data, **TRAFILATURA)
            spent["trafilatura"] += time.process_time() - started
            started = time.process_time()
            rasd_read(reader, data, url, key)
            spent["rasd"] += time.process_time() - started
    count = len(pages) * rounds
    rates = {tool: round(count / seconds, 2) for tool, seconds in spent.items()}
    return {"pages": count, "pages_per_second": rates, "rasd_vs_trafilatura": round(rates["rasd"] / rates["trafilatura"], 3)}


# ------------------------------------------------------------------ report


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    versions = {name: metadata.version(name) for name in ("trafilatura", "readability-lxml", "lxml", "htmldate")}
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform(),
            "versions": versions}


def report_markdown(result: dict) -> str:
    sh, te, fa, sp = result["scrapinghub"], result["trafilatura_eval"], result["field_accuracy"], result["speed"]
    lines = [f"# HTML extraction benchmark — {result['date']}", "", f"Command: `{result['command']}`", "",
             f"Machine: {result['machine']['cpu']}, {result['machine']['cores']} cores, Python "
             f"{result['machine']['python']}; " + ", ".join(f"{k} {v}" for k, v in result["machine"]["versions"].items()),
             "", f"## 1. Body text F1, ScrapingHub benchmark ({sh['pages']} pages)", "",
             "| tool | precision | recall | F1 | empty results |", "|---|---|---|---|---|"]
    lines += [f"| {tool} | {s['precision']:.4f} | {s['recall']:.4f} | **{s['f1']:.4f}** | {s['empty']} |"
              for tool, s in sh.items() if tool != "pages"]
    lines += ["", f"## 2. Snippet accuracy, trafilatura-eval ({te['pages']} pages)", "",
              "| tool | accuracy | precision | recall | F1 | TP/FP/FN/TN |", "|---|---|---|---|---|---|"]
    lines += [f"| {tool} | **{s['accuracy']:.4f}** | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | "
              f"{'/'.join(map(str, s['tp_fp_fn_tn']))} |" for tool, s in te.items() if tool != "pages"]
    lines += ["", "rasd's reading for the snippets is headline + deck + body; 'body only' is `Article.text` alone.",
              "", f"## 3. Field accuracy, Arabic pages ({fa['pages']} pages: {', '.join(fa['names'])})", "",
              "| field | rasd | trafilatura |", "|---|---|---|"]
    for field in fa["table"]["rasd"]:
        cells = []
        for tool in ("rasd", "trafilatura"):
            score = fa["table"][tool][field]
            cells.append("— (no such field)" if score is None else f"{score['right']}/{score['pages']}")
        lines.append(f"| {field} | {cells[0]} | {cells[1]} |")
    lines += ["", "Dates are compared on the day; body is right when it starts and ends where the page's body does and "
              "carries none of the page's furniture (hand-written pages), shingle F1 >= 0.9 against the newspaper4k "
              "gold (CNN Arabic), all must and no must-not snippets (Assabah).", "",
              f"## 4. Speed, one core ({sp['pages']} page reads each, interleaved)", "",
              "| tool | pages / second |", "|---|---|"]
    lines += [f"| {tool} | {rate} |" for tool, rate in sp["pages_per_second"].items()]
    lines += ["", f"rasd / trafilatura: **{sp['rasd_vs_trafilatura']:.2f}x** (rasd reads the whole page anatomy; "
              "trafilatura.extract returns the main text only).", "",
              "## Caveats", "",
              "- These are development-set figures: rasd's rules were written while reading its errors on these same "
              "ScrapingHub and trafilatura-eval pages, and the hand-written Arabic pages were written together with "
              "the reader. No held-out set was kept; treat the margins over trafilatura as optimistic.",
              "- On trafilatura-eval, rasd's body alone (`Article.text`) scores below trafilatura; the lead comes from "
              "counting the headline and deck rasd keeps in their own fields (some snippets are titles).",
              "- Speed is process time on a shared 2-core machine, rasd and trafilatura interleaved page by page so "
              "that load falls on both; rasd runs trafilatura's fast pass (its full pass only for short results).",
              ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--speed-rounds", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    if not (args.shared / "data" / "extraction").is_dir():
        sys.exit(f"no extraction data under {args.shared} (give --shared or set RASD_SHARED)")
    reader = HTMLPageReader()
    rows = shared_arabic_pages(args.shared, reader) + golden_pages(reader)
    result = {
        "date": dt.date.today().isoformat(),
        "command": f"python bench/extraction.py --shared {args.shared} --speed-rounds {args.speed_rounds}",
        "machine": machine(),
        "scrapinghub": scrapinghub(args.shared, reader),
        "trafilatura_eval": trafilatura_eval(args.shared, reader),
        "field_accuracy": {"pages": len(rows), "names": [r["page"] for r in rows], "table": field_accuracy(rows)},
        "speed": speed(args.shared, reader, args.speed_rounds),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"extraction-{result['date']}"
    stem.with_suffix(".json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    stem.with_suffix(".md").write_text(report_markdown(result), encoding="utf-8")
    print(report_markdown(result))


if __name__ == "__main__":
    main()
