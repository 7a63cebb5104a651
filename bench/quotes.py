"""Benchmark the quotes stage: detection P/R/F1 (content overlap >= 50%) and speaker accuracy.

    PYTHONPATH=src python bench/quotes.py [--shared ../shared] [--out bench/results]

Data: the hand-annotated Arabic gold set (bench/data/quotes-gold.jsonl; its dev and test halves are also
reported apart: the rules were revised looking at dev errors only) and PolNeAR dev (English, brat standoff,
``quotes/polnear-train-dev.tar.gz``). A predicted quote matches a gold one when their content spans share at
least half of the longer span; matching is one-to-one, greedy by overlap. Speaker accuracy is over matched
quotes: right when the predicted speaker mention (or the earlier mention it was resolved to) overlaps the gold
speaker span, or their folded texts are equal. Writes bench/results/quotes-DATE.md and .json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_gold import GOLD, gold_articles, read_gold  # noqa: E402

from rasd.enrich.quotes import extract_quotes  # noqa: E402
from rasd.enrich.quoting.textview import fold  # noqa: E402
from rasd.model import Article, Block, Quote  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = "data/quotes/polnear-train-dev.tar.gz"
DEV_ARTICLES = 20  # the first 20 gold articles are the dev half
REFERENCES = [("Gender Gap Tracker (English, own data)", "F1 83.7, speaker accuracy 86.5"),
              ("BBC citron (English, PARC-like data)", "source F1 82.0")]


@dataclass
class GoldQuote:
    start: int
    end: int
    speaker: tuple[int, int] | None
    form: str | None = None
    kind: str | None = None
    via: bool = False


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    form_right: int = 0
    kind_right: int = 0
    kind_total: int = 0
    via_right: int = 0
    by_form: dict = field(default_factory=dict)

    def add(self, other: Score) -> None:
        for name in ("gold", "predicted", "matched", "speaker_right", "form_right", "kind_right", "kind_total",
                     "via_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for form, (g, m) in other.by_form.items():
            a, b = self.by_form.get(form, (0, 0))
            self.by_form[form] = (a + g, b + m)

    def figures(self) -> dict:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out = {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
               "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
               "speaker_accuracy": round(self.speaker_right / self.matched, 3) if self.matched else 0.0}
        if self.kind_total:
            out["form_accuracy"] = round(self.form_right / self.matched, 3)
            out["kind_accuracy"] = round(self.kind_right / self.kind_total, 3)
            out["via_agreement"] = round(self.via_right / self.matched, 3)
            out["recall_by_form"] = {k: round(m / g, 3) for k, (g, m) in sorted(self.by_form.items()) if g}
        return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if inter > 0 and longer > 0 else 0.0


def match(preds: list[Quote], golds: list[GoldQuote]) -> list[tuple[Quote, GoldQuote]]:
    pairs = sorted(((overlap((p.start, p.end), (g.start, g.end)), i, j) for i, p in enumerate(preds)
                    for j, g in enumerate(golds)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((preds[i], golds[j]))
    return out


def speaker_right(text: str, q: Quote, g: GoldQuote) -> bool:
    if g.speaker is None:
        return False
    spans = [(q.speaker.start, q.speaker.end)]
    if q.speaker.antecedent is not None:
        spans.append((q.speaker.antecedent.start, q.speaker.antecedent.end))
    for s in spans:
        if s[0] is not None and s[0] < g.speaker[1] and g.speaker[0] < s[1]:
            return True
    return fold(q.speaker.text).strip() == fold(text[g.speaker[0]:g.speaker[1]]).strip()


def score_article(article: Article, golds: list[GoldQuote]) -> Score:
    preds = extract_quotes(article)
    s = Score(gold=len(golds), predicted=len(preds))
    pairs = match(preds, golds)
    s.matched = len(pairs)
    for q, g in pairs:
        s.speaker_right += speaker_right(article.text, q, g)
        if g.form is not None:
            s.form_right += q.form == g.form
            s.via_right += bool(q.via) == g.via
            if speaker_right(article.text, q, g):
                s.kind_total += 1
                s.kind_right += q.speaker.kind == g.kind
    matched_golds = {id(g) for _q, g in pairs}
    for g in golds:
        if g.form is not None:
            total, hit = s.by_form.get(g.form, (0, 0))
            s.by_form[g.form] = (total + 1, hit + (id(g) in matched_golds))
    return s


# --------------------------------------------------------------------------- Arabic gold


def arabic(shared: Path) -> dict[str, Score]:
    scores = {"all": Score(), "dev": Score(), "test": Score()}
    for n, (g, article) in enumerate(gold_articles(read_gold(GOLD), shared)):
        golds = [GoldQuote(q["start"], q["end"], (q["speaker"]["start"], q["speaker"]["end"]), q["form"],
                           q["speaker"]["kind"], q["via"] is not None) for q in g["quotes"]]
        s = score_article(article, golds)
        scores["all"].add(s)
        scores["dev" if n < DEV_ARTICLES else "test"].add(s)
    return scores


# --------------------------------------------------------------------------- PolNeAR


_SPAN = re.compile(r"^(T\d+)\t(\w[\w-]*) ([\d ;]+)\t", re.M)
_REL = re.compile(r"^E\d+\t(.*)$", re.M)


def polnear(shared: Path) -> Score:
    total = Score()
    texts, anns = {}, {}
    with tarfile.open(shared / POLNEAR) as tar:
        for m in tar:
            if not m.isfile() or "/dev/" not in m.name:
                continue
            body = tar.extractfile(m).read().decode("utf-8")
            name = Path(m.name).name
            if "/text/" in m.name:
                texts[name[:-4]] = body
            elif "/attributions/" in m.name:
                anns.setdefault(name.rsplit("_", 1)[0], []).append((name, body))
    for key in sorted(texts):
        if key not in anns:
            continue
        _name, ann = sorted(anns[key])[0]
        total.add(score_article(_english_article(key, texts[key]), _polnear_quotes(ann)))
    return total


def _polnear_quotes(ann: str) -> list[GoldQuote]:
    spans = {}
    for tid, _label, offsets in _SPAN.findall(ann):
        parts = [tuple(map(int, p.split())) for p in offsets.split(";")]
        spans[tid] = max(parts, key=lambda p: p[1] - p[0])  # a discontinuous span: its longest part
    quotes = []
    for rel in _REL.findall(ann):
        roles = dict(part.split(":") for part in rel.split())
        if "Content" in roles and roles["Content"] in spans:
            source = spans.get(roles.get("Source", ""))
            quotes.append(GoldQuote(*spans[roles["Content"]], source))
    return quotes


def _english_article(key: str, text: str) -> Article:
    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block("paragraph", line, offset, offset + len(line)))
        offset += len(line) + 1
    return Article(id=key, text=text, blocks=tuple(blocks), language="en")


# --------------------------------------------------------------------------- report


def report(results: dict, command: str, seconds: float) -> str:
    today = results["date"]
    lines = [f"# quotes benchmark — {today}", "", f"Command: `{command}`", "",
             f"Machine: {results['machine']}; run time {seconds:.1f} s.", "",
             "| data | quotes (gold) | predicted | precision | recall | F1 | speaker accuracy |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, fig in results["figures"].items():
        lines.append(f"| {name} | {fig['gold']} | {fig['predicted']} | {fig['precision']:.3f} | "
                     f"{fig['recall']:.3f} | {fig['f1']:.3f} | {fig['speaker_accuracy']:.3f} |")
    ar = results["figures"]["Arabic gold (all)"]
    lines += ["", f"Arabic, over matched quotes: form accuracy {ar['form_accuracy']:.3f}, speaker kind accuracy "
              f"(where the speaker is right) {ar['kind_accuracy']:.3f}, via-outlet agreement "
              f"{ar['via_agreement']:.3f}; recall by gold form: "
              + ", ".join(f"{k} {v:.3f}" for k, v in ar["recall_by_form"].items()) + ".",
              "", "Published reference points (English, other data; not rerun here — no Arabic tool exists and "
              "the English tools need spaCy models this machine cannot download):", ""]
    lines += [f"- {name}: {fig}" for name, fig in REFERENCES]
    lines += ["", "Matching: a predicted quote matches a gold quote when their content spans overlap by at least "
              "50% of the longer span (one-to-one, greedy). Speaker accuracy counts matched quotes whose "
              "speaker mention (or the mention it was resolved to) overlaps the gold speaker span. PolNeAR "
              "annotates every attribution, including beliefs and unsourced ones, so its recall ceiling for "
              "a speech-cue extractor is lower.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Quote detection and speaker accuracy on Arabic gold and PolNeAR dev.")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    ar = arabic(args.shared)
    en = polnear(args.shared)
    figures = {"Arabic gold (all)": ar["all"].figures(), "Arabic gold (dev half)": ar["dev"].figures(),
               "Arabic gold (test half)": ar["test"].figures(), "PolNeAR dev (English)": en.figures()}
    today = dt.date.today().isoformat()
    results = {"date": today, "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
               f"{platform.python_version()}", "figures": figures}
    command = "PYTHONPATH=src python bench/quotes.py" + ("" if argv is None else " " + " ".join(argv))
    seconds = time.perf_counter() - started
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"quotes-{today}.json").write_text(json.dumps({**results, "command": command}, indent=1,
                                                              ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / f"quotes-{today}.md").write_text(report(results, command, seconds), encoding="utf-8")
    print(json.dumps(figures, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
