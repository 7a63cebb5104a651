"""Numeric kernels of the numpy tagger: a packed bidirectional LSTM over a batch of sentences, and Viterbi.

Sentences are processed together, one time step at a time, as matrix-matrix products; the batch is *packed*
(sorted longest first, so the sentences still running at step ``t`` are a prefix of the batch): no work is
spent on padding. Input projections are computed before the loop for all tokens at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Packing:
    """Where the token of each packed row sits: sentence ``rows``, position ``fw`` (forward) / ``bw`` (backward).

    Rows are step-major (all sentences' first tokens, then their second tokens, ...); ``counts[t]`` sentences
    are still running at step ``t``, and they are the first ``counts[t]`` of the longest-first order.
    """

    rows: np.ndarray  # (N,) sentence of each packed row
    fw: np.ndarray  # (N,) position of the token the forward LSTM reads at that row
    bw: np.ndarray  # (N,) position of the token the backward LSTM reads at that row
    counts: np.ndarray  # (T,) sentences running at each step
    mirror: np.ndarray  # (N,) the packed row whose fw position is this row's bw position

    def unpack(self, packed: np.ndarray, width: int) -> np.ndarray:
        """Packed rows (N x ...) laid out by sentence and position (B x width x ...), zero at padding."""
        out = np.zeros((int(self.rows.max(initial=-1)) + 1, width, *packed.shape[1:]), dtype=packed.dtype)
        out[self.rows, self.fw] = packed
        return out


def pack(lengths: np.ndarray) -> Packing:
    order = np.argsort(-lengths, kind="stable")
    ordered = lengths[order]
    steps = int(ordered[0]) if len(ordered) else 0
    running = np.arange(steps)[:, None] < ordered[None, :]  # (T, B): step-major, a prefix of each row is true
    step, slot = np.nonzero(running)
    rows = order[slot]
    back = lengths[rows] - 1 - step
    where = np.zeros((len(lengths), steps), dtype=np.int64)
    where[rows, step] = np.arange(len(rows))
    return Packing(rows, step, back, running.sum(axis=1), where[rows, back])


def prepare_lstm_weights(w_ih: np.ndarray, w_hh: np.ndarray, bias: np.ndarray) -> tuple[np.ndarray, ...]:
    """Torch-layout LSTM weights (gate rows i, f, g, o) transposed for ``x @ w``, the i, f, o rows halved.

    With the sigmoid gates halved, one ``tanh`` over all four gates gives ``tanh(x / 2)`` for them, and
    ``sigmoid(x) = tanh(x / 2) / 2 + 1 / 2``; the cell gate keeps its plain ``tanh``.
    """
    size = w_hh.shape[1]
    scale = np.full(4 * size, 0.5, dtype=np.float32)
    scale[2 * size:3 * size] = 1.0
    return ((w_ih * scale[:, None]).T.copy(), (w_hh * scale[:, None]).T.copy(), (bias * scale).astype(np.float32))


def run_lstm(x: np.ndarray, w_hh: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Hidden states (N x H) of one LSTM direction over packed inputs ``x`` (N x 4H, projections + bias)."""
    size = w_hh.shape[0]
    n = int(counts[0]) if len(counts) else 0
    h = np.zeros((n, size), dtype=np.float32)
    c = np.zeros((n, size), dtype=np.float32)
    gates = np.empty((n, 4 * size), dtype=np.float32)
    out = np.empty((x.shape[0], size), dtype=np.float32)
    offset = 0
    for count in counts.tolist():
        g, hn, cn = gates[:count], h[:count], c[:count]
        np.matmul(hn, w_hh, out=g)
        g += x[offset:offset + count]
        np.tanh(g, out=g)
        sig = g[:, :2 * size]  # input and forget gates
        sig *= 0.5
        sig += 0.5
        o = g[:, 3 * size:]
        o *= 0.5
        o += 0.5
        i, f, cell = g[:, :size], g[:, size:2 * size], g[:, 2 * size:3 * size]
        cn *= f
        i *= cell
        cn += i
        np.tanh(cn, out=hn)
        hn *= o
        out[offset:offset + count] = hn
        offset += count
    return out


def viterbi(emissions: np.ndarray, counts: np.ndarray, transitions: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> np.ndarray:
    """Best tag of every packed row under the CRF (``emissions``: N x K packed rows, as :func:`pack` lays out)."""
    n = int(counts[0]) if len(counts) else 0
    score = start + emissions[:n]
    back = np.zeros(emissions.shape, dtype=np.int16)
    offsets = np.concatenate([[0], np.cumsum(counts)]).tolist()
    last = np.zeros((n, emissions.shape[1]), dtype=score.dtype)  # final scores, as sentences end
    for t, count in enumerate(counts.tolist()):
        if t:
            candidates = score[:count, :, None] + transitions
            best = candidates.argmax(axis=1)
            back[offsets[t]:offsets[t + 1]] = best
            score = np.take_along_axis(candidates, best[:, None, :], 1)[:, 0] + emissions[offsets[t]:offsets[t + 1]]
        ending = count - (counts[t + 1] if t + 1 < len(counts) else 0)
        last[count - ending:count] = score[count - ending:count]
    return _backtrack(back, (last + end).argmax(axis=1), counts, offsets)


def _backtrack(back: np.ndarray, last: np.ndarray, counts: np.ndarray, offsets: list[int]) -> np.ndarray:
    """Follow the back pointers from each sentence's best last tag, all sentences at once."""
    path = np.zeros(back.shape[0], dtype=np.int64)
    tag = last.astype(np.int64)
    for t in range(len(counts) - 1, -1, -1):
        count, rows = int(counts[t]), slice(offsets[t], offsets[t + 1])
        tag_t = tag[:count]  # sentences ending after step t already hold their tag here
        path[rows] = tag_t
        if t:
            tag[:count] = back[rows][np.arange(count), tag_t]
    return path
