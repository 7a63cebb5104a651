"""Training the topic model: vocabulary and idf from training articles, then masked one-vs-rest logistic
regression by mini-batch Adam (numpy only; used by training/topics.py and bench/topics.py).

Labels are partly known: ``targets`` holds 1.0, 0.0 or NaN (unknown) per article and label; unknown cells add
nothing to the loss. Positives are weighted by ``sqrt(negatives / positives)`` so a rare label (politics: 513
articles) is still learned without pushing every score up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

from rasd.topics.model import SparseRows, TopicModel, Vocabulary

EPOCHS = 6
BATCH = 512


def build_vocabulary(feature_lists: Iterable[list[str]], min_df: int = 3, max_size: int = 40_000) -> Vocabulary:
    """The ``max_size`` features found in the most articles (at least ``min_df``), with smoothed idf."""
    df: Counter = Counter()
    n = 0
    for features in feature_lists:
        df.update(set(features))
        n += 1
    kept = sorted((f for f, c in df.items() if c >= min_df), key=lambda f: (-df[f], f))[:max_size]
    kept.sort()
    idf = np.array([np.log((1 + n) / (1 + df[f])) + 1.0 for f in kept], dtype=np.float32)
    return Vocabulary(kept, idf)


def fit(matrix: SparseRows, targets: np.ndarray, labels: list[str], size: int, epochs: int = EPOCHS,
        rate: float = 0.05, l2: float = 1e-6) -> tuple[np.ndarray, np.ndarray]:
    """Weights [size x labels] and biases for ``targets`` [rows x labels] (1, 0 or NaN), by mini-batch Adam
    over the rows in the order given (:func:`train_model` shuffles them once, with a fixed seed)."""
    weights = np.zeros((size, len(labels)), dtype=np.float64)
    bias = np.zeros(len(labels))
    for c in range(len(labels)):
        weights[:, c], bias[c] = _fit_one(matrix, targets[:, c], size, epochs, rate, l2)
    return weights, bias


def _fit_one(matrix: SparseRows, target: np.ndarray, size: int, epochs: int, rate: float,
             l2: float) -> tuple[np.ndarray, float]:
    known = ~np.isnan(target)
    y = np.where(known, target, 0.0)
    positives, negatives = float((y * known).sum()), float(((1 - y) * known).sum())
    if positives == 0 or negatives == 0:
        return np.zeros(size), -10.0 if positives == 0 else 10.0
    sample = known * np.where(y > 0.5, np.sqrt(negatives / positives), 1.0)
    sample /= sample.mean()
    params = np.zeros(size + 1)
    adam = _Adam(size + 1, rate)
    for _ in range(epochs):
        for start in range(0, matrix.n, BATCH):
            grad = _gradient(matrix, start, min(start + BATCH, matrix.n), params, y, sample, size)
            grad[:size] += l2 * params[:size]
            params -= adam.step(grad)
    return params[:size], float(params[size])


def _gradient(matrix: SparseRows, start: int, stop: int, params: np.ndarray, y: np.ndarray, sample: np.ndarray,
              size: int) -> np.ndarray:
    """The mean logistic-loss gradient over rows [start, stop) (a contiguous batch)."""
    lo, hi = matrix.indptr[start], matrix.indptr[stop]
    rows, cols, data = matrix.rows[lo:hi] - start, matrix.indices[lo:hi], matrix.data[lo:hi]
    logits = np.bincount(rows, weights=data * params[cols], minlength=stop - start) + params[size]
    error = (1.0 / (1.0 + np.exp(-logits)) - y[start:stop]) * sample[start:stop] / (stop - start)
    return np.append(np.bincount(cols, weights=data * error[rows], minlength=size), error.sum())


class _Adam:
    def __init__(self, size: int, rate: float, beta1: float = 0.9, beta2: float = 0.999):
        self.m, self.v, self.t = np.zeros(size), np.zeros(size), 0
        self.rate, self.beta1, self.beta2 = rate, beta1, beta2

    def step(self, grad: np.ndarray) -> np.ndarray:
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * grad
        self.v = self.beta2 * self.v + (1 - self.beta2) * grad * grad
        m_hat = self.m / (1 - self.beta1 ** self.t)
        v_hat = self.v / (1 - self.beta2 ** self.t)
        return self.rate * m_hat / (np.sqrt(v_hat) + 1e-8)


def train_model(feature_lists: list[list[str]], targets: np.ndarray, labels: list[str], **options) -> TopicModel:
    """Vocabulary, vectors and weights from training articles: the whole training in one call."""
    vocabulary = build_vocabulary(feature_lists)
    order = np.random.default_rng(0).permutation(len(feature_lists))
    matrix = SparseRows.stack([vocabulary.vector(feature_lists[i]) for i in order])
    weights, bias = fit(matrix, targets[order], labels, len(vocabulary.terms), **options)
    return TopicModel(vocabulary, weights, bias, labels)
