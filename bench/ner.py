"""Named entities: rasd's tagger on the ANERcorp CAMeL test split (exact-span micro F1, overall and per type),
tagging speed on one core, model size and load time, beside a plain feature CRF (python-crfsuite, the usual
baseline) trained in the same run; and transliteration exact match / CER on the Google ar2en test split.

    OMP_NUM_THREADS=1 PYTHONPATH=src python bench/ner.py [--shared ../shared] [--no-crf]

The tagger's figures are scored from the output of ``rasd tag FILE --format conll``, the command users run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, shared_dir, write_report  # noqa: E402

from rasd.kb.translit import Transliterator, accuracy  # noqa: E402
from rasd.ner.conll import evaluate, read_conll  # noqa: E402
from rasd.ner.tagger import Tagger, model_dir  # noqa: E402
from rasd.ner.text import word_key  # noqa: E402

PUBLISHED = {"BiLSTM-CRF": 81.7, "mBERT": 78.4, "AraBERTv0.1": 83.1}
TYPES = ("PERS", "LOC", "ORG", "MISC")


def conll(path: Path) -> list[list[list[str]]]:
    return list(read_conll(path.read_text(encoding="utf-8").splitlines()))


def tag_with_cli(test: Path) -> tuple[list[list[str]], float]:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1"}
    runner = "import sys; from rasd.cli import main; sys.argv[0] = 'rasd'; main()"
    result = subprocess.run([sys.executable, "-c", runner, "tag", str(test), "--format", "conll"], env=env,
                            capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    return [[row[1] for row in s] for s in read_conll(result.stdout.splitlines())], seconds


def speed(sentences: list[list[str]], repeats: int = 5) -> dict:
    """Tagging speed, best of ``repeats``: wall-clock and CPU time of this process (one thread, OMP_NUM_THREADS=1).

    On a shared machine the wall clock also counts time other jobs hold the core; CPU time does not.
    """
    started = time.perf_counter()
    tagger = Tagger.load()
    load = time.perf_counter() - started
    tokens = sum(map(len, sentences))
    wall, cpu = zip(*(_timed(tagger, sentences) for _ in range(repeats)))
    article = sentences[:20]
    article_tokens = sum(map(len, article))
    per_article = min(_timed(tagger, article)[0] for _ in range(5))
    return {"load_s": round(load, 3), "tokens": tokens, "seconds": round(min(wall), 3),
            "tokens_per_s": round(tokens / min(wall)), "cpu_seconds": round(min(cpu), 3),
            "tokens_per_cpu_s": round(tokens / min(cpu)), "article_tokens": article_tokens,
            "article_ms": round(1000 * per_article, 1)}


def _timed(tagger: Tagger, sentences) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    tagger.tag(sentences)
    return time.perf_counter() - wall, time.process_time() - cpu


def crf_features(tokens: list[str], i: int) -> list[str]:
    feats = ["bias"]
    for d in (-2, -1, 0, 1, 2):
        j = i + d
        if 0 <= j < len(tokens):
            key = word_key(tokens[j])
            feats.append(f"w[{d}]={key}")
            if d == 0:
                feats += [f"p{n}={key[:n]}" for n in (1, 2, 3)] + [f"s{n}={key[-n:]}" for n in (1, 2, 3)]
        else:
            feats.append(f"w[{d}]=<pad>")
    return feats


def crf_baseline(train, test) -> tuple[list[list[str]], float]:
    import pycrfsuite

    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in train:
        tokens = [row[0] for row in sentence]
        trainer.append([crf_features(tokens, i) for i in range(len(tokens))], [row[-1] for row in sentence])
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 150})
    model_path = Path("/tmp/rasd-bench-ner.crfsuite")
    trainer.train(str(model_path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    out = []
    for sentence in test:
        tokens = [row[0] for row in sentence]
        out.append(tagger.tag([crf_features(tokens, i) for i in range(len(tokens))]))
    return out, time.perf_counter() - started


def model_size_mb() -> float:
    return round(sum(f.stat().st_size for f in model_dir().iterdir() if f.is_file()) / 1e6, 1)


def table(rows: dict[str, dict]) -> str:
    lines = ["| system | overall P | overall R | overall F1 | " + " | ".join(f"{t} F1" for t in TYPES) + " |",
             "|---|---|---|---|" + "---|" * len(TYPES)]
    for name, scores in rows.items():
        o = scores["overall"]
        per = " | ".join(str(scores[t].f1) if t in scores else "-" for t in TYPES)
        lines.append(f"| {name} | {o.precision} | {o.recall} | **{o.f1}** | {per} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--no-crf", action="store_true", help="skip the CRF baseline (saves a few minutes)")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    folder = shared / "data/ner/anercorp-camellab"
    test_path = folder / "ANERCorp_CamelLab_test.txt"
    test = conll(test_path)
    gold = [[row[-1] for row in s] for s in test]
    predicted, cli_seconds = tag_with_cli(test_path)
    rows = {"rasd BiLSTM-CRF (numpy), via `rasd tag`": evaluate(gold, predicted)}
    crf_seconds = None
    if not args.no_crf:
        crf_tags, crf_seconds = crf_baseline(conll(folder / "ANERCorp_CamelLab_train.txt"), test)
        rows["CRF baseline (python-crfsuite, words/affixes/±2 window)"] = evaluate(gold, crf_tags)
    fast = speed([[row[0] for row in s] for s in test])
    load = os.getloadavg()
    size = model_size_mb()
    google = [(ar, en) for ar, en in (line.split() for line in
              (shared / "data/gazetteer/google-ar2en-transliteration/ar2en-test.txt").read_text().splitlines()
              if len(line.split()) == 2)]
    translit = accuracy(Transliterator.load(), google)
    published = ", ".join(f"{k} {v}" for k, v in PUBLISHED.items())
    markdown = "\n\n".join([
        "## ANERcorp CAMeL test split (exact-span micro F1, conlleval)",
        table(rows),
        f"Published on this split (not rerun here): {published}.",
        "## Speed and size (one core, OMP_NUM_THREADS=1, features included)",
        f"Load average when measured: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} cores "
        "(the machine is shared; speed figures scale with it).",
        f"- `rasd tag` on the test file, end to end (process start, model load, tagging, output): {cli_seconds:.2f} s",
        f"- tagging only, best of 5: {fast['tokens']} tokens in {fast['seconds']} s wall-clock = "
        f"**{fast['tokens_per_s']} tokens/s**; in {fast['cpu_seconds']} s of CPU time = "
        f"**{fast['tokens_per_cpu_s']} tokens per CPU second** (what one unshared core would do, roughly)",
        f"- one article-sized batch ({fast['article_tokens']} tokens): {fast['article_ms']} ms wall-clock",
        f"- model load: {fast['load_s']} s; model on disk: {size} MB",
        f"- CRF baseline train+tag time: {crf_seconds:.0f} s" if crf_seconds else "- CRF baseline: skipped",
        "## Transliteration (Google ar2en test split, words unseen in training)",
        f"- {translit['words']} Arabic words: exact match **{translit['exact']}%**, character error rate "
        f"**{translit['cer']}%** (best beam spelling, lower case, any reference counts)",
    ])
    data = {"anercorp_test": {name: {k: vars(v) for k, v in s.items()} for name, s in rows.items()},
            "speed": fast, "load_average": load, "model_mb": size, "cli_seconds": round(cli_seconds, 2),
            "translit_google_test": translit,
            "published": PUBLISHED}
    command = "OMP_NUM_THREADS=1 PYTHONPATH=src python bench/ner.py" + (" --no-crf" if args.no_crf else "")
    print(write_report("ner", command, markdown, data))


if __name__ == "__main__":
    main()
