"""The shipped topic model: a vocabulary with idf weights and one logistic scorer per label (numpy only).

An article's features (:mod:`rasd.topics.features`) become a sparse vector, ``(1 + log tf) * idf``, L2
normalized; each label's score is ``sigmoid(x . w + b)``, independent of the others, so an article can be
politics and conflict at once. Files in ``src/rasd/models/topics/``: ``vocab.txt`` (one feature per line),
``weights.npz`` (``idf``, ``weights`` [features x labels], ``bias``, ``labels``); ``MODEL_CARD.md`` says how
they were trained (``training/topics.py``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "topics"


@dataclass(frozen=True)
class SparseRows:
    """Rows of a sparse matrix in CSR form, with the row of every stored value (for bincount products)."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    rows: np.ndarray

    @classmethod
    def stack(cls, vectors: list[tuple[np.ndarray, np.ndarray]]) -> SparseRows:
        lengths = np.array([len(i) for i, _ in vectors], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        indices = np.concatenate([i for i, _ in vectors] or [np.zeros(0, np.int32)]).astype(np.int32)
        data = np.concatenate([d for _, d in vectors] or [np.zeros(0, np.float32)]).astype(np.float32)
        rows = np.repeat(np.arange(len(vectors), dtype=np.int32), lengths)
        return cls(indptr, indices, data, rows)

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    def dot(self, w: np.ndarray) -> np.ndarray:
        """X @ w for a vector w over features."""
        return np.bincount(self.rows, weights=self.data * w[self.indices], minlength=self.n)

    def tdot(self, g: np.ndarray, size: int) -> np.ndarray:
        """X.T @ g for a vector g over rows."""
        return np.bincount(self.indices, weights=self.data * g[self.rows], minlength=size)


class Vocabulary:
    """Feature -> column, with idf; turns a feature list into a weighted, normalized sparse vector."""

    def __init__(self, terms: list[str], idf: np.ndarray):
        self.terms = terms
        self.index = {t: i for i, t in enumerate(terms)}
        self.idf = idf.astype(np.float32)

    def word_idf(self) -> dict[str, float]:
        """The idf of every one-word feature (keywords and summaries weigh words with it)."""
        return {t: float(v) for t, v in zip(self.terms, self.idf) if " " not in t}

    def vector(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(f for f in features if f in self.index)
        cols = np.fromiter((self.index[f] for f in counts), dtype=np.int32, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        values = (1.0 + np.log(tf)) * self.idf[cols]
        norm = float(np.sqrt((values * values).sum())) or 1.0
        return cols, (values / norm).astype(np.float32)


class TopicModel:
    """Vocabulary plus per-label weights and biases; :meth:`scores` gives each label's probability."""

    def __init__(self, vocabulary: Vocabulary, weights: np.ndarray, bias: np.ndarray, labels: list[str]):
        self.vocabulary = vocabulary
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.labels = labels

    def scores(self, features: list[str]) -> dict[str, float]:
        cols, values = self.vocabulary.vector(features)
        logits = values @ self.weights[cols] + self.bias
        probs = 1.0 / (1.0 + np.exp(-logits))
        return {label: float(p) for label, p in zip(self.labels, probs)}

    def score_rows(self, matrix: SparseRows) -> np.ndarray:
        """Probabilities [rows x labels] for many vectors at once (benchmarks)."""
        logits = np.stack([matrix.dot(self.weights[:, c]) for c in range(len(self.labels))], axis=1) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocab.txt").write_text("\n".join(self.vocabulary.terms) + "\n", encoding="utf-8")
        np.savez_compressed(folder / "weights.npz", idf=self.vocabulary.idf.astype(np.float16),
                            weights=self.weights.astype(np.float16), bias=self.bias, labels=np.array(self.labels))

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> TopicModel:
        terms = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
        with np.load(folder / "weights.npz") as z:
            vocabulary = Vocabulary(terms, z["idf"].astype(np.float32))
            return cls(vocabulary, z["weights"], z["bias"], [str(x) for x in z["labels"]])
