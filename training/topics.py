"""Rebuild src/rasd/models/topics/: the topic classifier, from ANT v2.1 + v1.1 and the PLOVER ASSAULT sentences.

Reads ../shared/data (never copies it), merges ANT articles filed under two categories (by URL), turns each
article into stemmed unigram and bigram features, labels it by docs/topics.md (corpus categories mapped to IPTC
codes; conflict and world politics from the lexicons' weak labels), and trains one masked logistic scorer per label. Deterministic.

    PYTHONPATH=src python training/topics.py [--shared ../shared] [--epochs 6]
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path

import numpy as np

from rasd.topics.corpus import featurize, read_all, targets
from rasd.topics.features import Featurizer
from rasd.topics.fit import EPOCHS, train_model
from rasd.topics.labels import LABELS, weak_lexicons
from rasd.topics.model import MODEL_DIR

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("RASD_SHARED") or str(ROOT.parent / "shared"))
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--out", default=str(MODEL_DIR))
    args = parser.parse_args()
    started = time.perf_counter()
    docs = read_all(Path(args.shared))
    featurizer = Featurizer()
    features, weak = featurize(docs, featurizer, weak_lexicons(featurizer.analyzer))
    labels = [label.key for label in LABELS]
    table = targets(docs, weak, labels)
    print(f"{len(docs)} documents ({dict(Counter(d.corpus for d in docs))}), "
          f"featurized in {time.perf_counter() - started:.0f} s")
    for c, label in enumerate(labels):
        column = table[:, c]
        print(f"  {label:10s} positives {int(np.nansum(column)):6d}  negatives {int((column == 0).sum()):6d}")
    model = train_model(features, table, labels, epochs=args.epochs)
    model.save(Path(args.out))
    print(f"vocabulary {len(model.vocabulary.terms)}; saved to {args.out} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
