"""Topic classifier figures: accuracy and macro-F1 on a time split and leave-one-outlet-out, the politics and
conflict labels, and speed of the topics, keywords and summary stages in articles per second.

    PYTHONPATH=src python bench/topics.py [--shared ../shared] [--epochs 6]

Data: ANT v2.1 (five outlets, 2018-02..08, deduplicated by URL), ANT v1.1 (JawharaFM, the only politics label)
and the Arabic PLOVER ASSAULT sentences, read from ../shared. Each split trains a fresh model exactly as
training/topics.py does. Section accuracy is over articles filed under economy, sport, technology or culture
(the sections that are topics); "4-way" picks the best of those four labels, "all labels" the best of every
label (politics, conflict and society included), which is how the stage is used.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from common import shared_dir, write_report  # noqa: E402

from rasd.topics.corpus import Doc, featurize, read_all, targets  # noqa: E402
from rasd.topics.features import Featurizer  # noqa: E402
from rasd.topics.fit import EPOCHS, train_model  # noqa: E402
from rasd.topics.labels import CORPUS_MAP, LABELS, SECTIONS, weak_lexicons  # noqa: E402
from rasd.topics.model import SparseRows, TopicModel  # noqa: E402
from topics_report import report  # noqa: E402

KEYS = [label.key for label in LABELS]
SECTION_KEYS = [k for k in KEYS if k in SECTIONS]
SAMPLE = Path(__file__).resolve().parent / "data" / "topics-sample.tsv"
TEST_MONTH = {"ant-v2.1": "2018-08", "ant-v1.1": "2017-06"}


class Bench:
    def __init__(self, shared: Path, epochs: int):
        started = time.perf_counter()
        self.docs = read_all(shared)
        self.featurizer = Featurizer()
        self.lexicons = weak_lexicons(self.featurizer.analyzer)
        self.features, self.weak = featurize(self.docs, self.featurizer, self.lexicons)
        self.table = targets(self.docs, self.weak, KEYS)
        self.epochs = epochs
        self.prepare_seconds = time.perf_counter() - started

    def train(self, selected: np.ndarray) -> TopicModel:
        return train_model([self.features[i] for i in selected], self.table[selected], KEYS, epochs=self.epochs)

    def probabilities(self, model: TopicModel, selected: np.ndarray) -> np.ndarray:
        rows = SparseRows.stack([model.vocabulary.vector(self.features[i]) for i in selected])
        return model.score_rows(rows)


def section_of(doc: Doc) -> str | None:
    mapped = [CORPUS_MAP[c] for c in doc.categories if CORPUS_MAP.get(c) in SECTIONS]
    return mapped[0] if len(mapped) == 1 else None


def section_scores(bench: Bench, model: TopicModel, selected: np.ndarray) -> dict:
    """Accuracy and macro-F1 over the section articles of ``selected`` (4-way and all labels)."""
    chosen = np.array([i for i in selected if section_of(bench.docs[i])], dtype=np.int64)
    if len(chosen) == 0:
        return {"articles": 0}
    gold = [section_of(bench.docs[i]) for i in chosen]
    probs = bench.probabilities(model, chosen)
    four = [SECTION_KEYS[j] for j in np.argmax(probs[:, [KEYS.index(k) for k in SECTION_KEYS]], axis=1)]
    every = [KEYS[j] for j in np.argmax(probs, axis=1)]
    return {"articles": len(chosen), "four_way": _scores(gold, four), "all_labels": _scores(gold, every)}


def _scores(gold: list[str], predicted: list[str]) -> dict:
    classes = sorted(set(gold))
    f1s = {}
    for c in classes:
        tp = sum(g == c and p == c for g, p in zip(gold, predicted))
        fp = sum(g != c and p == c for g, p in zip(gold, predicted))
        fn = sum(g == c and p != c for g, p in zip(gold, predicted))
        f1s[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    return {"accuracy": round(accuracy, 4), "macro_f1": round(sum(f1s.values()) / len(f1s), 4),
            "f1": {c: round(v, 4) for c, v in f1s.items()}}


def binary(gold: list[int], predicted: list[int]) -> dict:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(bool(g) == bool(p) for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0
    return {"n": len(gold), "positives": sum(gold), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "accuracy": round(accuracy, 4)}


def time_split(bench: Bench) -> dict:
    """Train on every month before each ANT corpus's latest month; test on those latest months."""
    test = np.array([i for i, d in enumerate(bench.docs) if TEST_MONTH.get(d.corpus) == d.month])
    train = np.array([i for i, d in enumerate(bench.docs) if d.month < TEST_MONTH.get(d.corpus, "9999")])
    model = bench.train(train)
    v21 = np.array([i for i in test if bench.docs[i].corpus == "ant-v2.1"])
    result = {"train": len(train), "test": len(test), "sections": section_scores(bench, model, v21),
              "politics": politics_scores(bench, model, test), "sample": sample_scores(bench, model),
              "places": place_topics(bench, model, v21)}
    return result


def politics_scores(bench: Bench, model: TopicModel, test: np.ndarray) -> dict:
    """Politics as a yes/no label on the held-out ANT v1.1 month (articles filed under a labelled category)."""
    column = KEYS.index("politics")
    known = np.array([i for i in test if bench.docs[i].corpus == "ant-v1.1"
                      and set(bench.docs[i].categories) & set(CORPUS_MAP)])
    probs = bench.probabilities(model, known)[:, column]
    return binary([int(bench.table[i, column]) for i in known], [int(p >= 0.5) for p in probs])


def sample_scores(bench: Bench, model: TopicModel) -> dict:
    """The lexicons' weak labels and the model against the hand-checked sample, for conflict and politics."""
    judged = read_sample()
    index = {d.docno: i for i, d in enumerate(bench.docs)}
    rows = np.array([index[docno] for docno in judged])
    probs = bench.probabilities(model, rows)
    result = {}
    for label in ("conflict", "politics"):
        gold = [judged[bench.docs[i].docno][label] for i in rows]
        weak = [bench.weak[i][label] for i in rows]
        decided = [(g, int(w)) for g, w in zip(gold, weak) if w is not None]
        result[label] = {
            "model": binary(gold, [int(p >= 0.5) for p in probs[:, KEYS.index(label)]]),
            "lexicon_decided": binary([g for g, _ in decided], [w for _, w in decided]),
            "lexicon_unknown": {"n": sum(w is None for w in weak),
                                "yes_by_hand": sum(g for g, w in zip(gold, weak) if w is None)}}
    return result


def read_sample() -> dict[str, dict[str, int]]:
    rows = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    return {row[0]: {"conflict": int(row[1]), "politics": int(row[2])} for row in rows}


def place_topics(bench: Bench, model: TopicModel, selected: np.ndarray) -> dict:
    """What the model calls the articles ANT files under places (internationalNews, middleEast)."""
    places = np.array([i for i in selected if section_of(bench.docs[i]) is None
                       and {"internationalNews", "middleEast"} & set(bench.docs[i].categories)])
    probs = bench.probabilities(model, places)
    top = np.argmax(probs, axis=1)
    share = {k: round(float((top == j).mean()), 4) for j, k in enumerate(KEYS)}
    confident = {k: round(float((probs[:, j] >= 0.5).mean()), 4) for j, k in enumerate(KEYS)}
    return {"articles": len(places), "top_label_share": share, "share_scoring_0.5": confident}


def leave_one_outlet_out(bench: Bench) -> dict:
    outlets = sorted({d.outlet for d in bench.docs if d.corpus == "ant-v2.1"})
    results = {}
    for outlet in outlets:
        held = np.array([i for i, d in enumerate(bench.docs) if d.corpus == "ant-v2.1" and d.outlet == outlet])
        train = np.array([i for i, d in enumerate(bench.docs) if not (d.corpus == "ant-v2.1" and d.outlet == outlet)])
        model = bench.train(train)
        results[outlet] = section_scores(bench, model, held)
        print(f"  {outlet}: {results[outlet]}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--speed-articles", type=int, default=300)
    args = parser.parse_args()
    bench = Bench(shared_dir(args.shared), args.epochs)
    print(f"prepared {len(bench.docs)} documents in {bench.prepare_seconds:.0f} s", flush=True)
    started = time.perf_counter()
    results = {"documents": len(bench.docs), "epochs": args.epochs, "time_split": time_split(bench)}
    print(f"time split: {results['time_split']}", flush=True)
    results["leave_one_outlet_out"] = leave_one_outlet_out(bench)
    results["training_seconds"] = round(time.perf_counter() - started, 1)
    from topics_speed import speed  # noqa: E402  (loads the shipped model and stages)
    results["speed"] = speed(bench.docs, args.speed_articles)
    command = "PYTHONPATH=src python bench/topics.py" + "".join(f" {a}" for a in sys.argv[1:])
    path = write_report("topics", command, report(results), results)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
