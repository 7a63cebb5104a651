"""The shipped NER tagger: a BiLSTM-CRF with character CNN, word vectors and gazetteer flags, run with numpy.

Weights are trained by ``training/ner.py`` (PyTorch, training only) and shipped in ``rasd/models/ner``:
``weights.npz`` (arrays), ``vocab.txt`` (one key per vector row, from row 1), ``trained.txt`` and
``chars.txt`` (vocabularies of the trained word table and the character table), ``gazetteer.tsv`` and
``tags.txt``. Tags are ANERcorp's BIO over PERS, LOC, ORG, MISC.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from rasd.errors import RasdError
from rasd.ner.features import TOKEN_FLAGS, Batch, Lexicon, encode
from rasd.ner.gazetteer import Gazetteer

BATCH_TOKENS = 16384  # padded tokens per batch: long sentences do not pad short ones


def model_dir() -> Path:
    return Path(str(resources.files("rasd.models").joinpath("ner")))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def _table(path: Path, first: int) -> dict[str, int]:
    return {key: i for i, key in enumerate(_lines(path), start=first)}


def load_lexicon(directory: Path) -> Lexicon:
    return Lexicon(vectors=_table(directory / "vocab.txt", 1), trained=_table(directory / "trained.txt", 1),
                   chars=_table(directory / "chars.txt", 2), gazetteer=Gazetteer.load(directory / "gazetteer.tsv"))


class Tagger:
    """Tags sentences of ANERcorp-style tokens. Build once (``Tagger.load()``), call many times."""

    def __init__(self, weights: dict[str, np.ndarray], lexicon: Lexicon, tags: Sequence[str]):
        self.lexicon = lexicon
        self.tags = tuple(tags)
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.pretrained, self.trained, self.char_emb = w["pretrained"], w["trained"], w["char_emb"]
        f, c, k = w["conv_w"].shape
        self.conv_w, self.conv_b = w["conv_w"].transpose(2, 1, 0).reshape(k * c, f), w["conv_b"]
        self.lstm = {}
        for side in ("fw", "bw"):
            ih, hh, bias = (_scale_cell_gate(w[f"{side}_{n}"]) for n in ("ih", "hh", "b"))
            self.lstm[side] = (ih[:, :-TOKEN_FLAGS].T.copy(), ih[:, -TOKEN_FLAGS:].T.copy(), hh.T.copy(), bias)
        self.out_w, self.out_b = w["out_w"].T.copy(), w["out_b"]
        self.transitions, self.start, self.end = w["transitions"], w["start"], w["end"]

    @classmethod
    def load(cls, directory: Path | None = None) -> Tagger:
        directory = directory or model_dir()
        try:
            with np.load(directory / "weights.npz") as data:
                weights = dict(data)
            return cls(weights, load_lexicon(directory), _lines(directory / "tags.txt"))
        except (OSError, KeyError, ValueError) as exc:
            raise RasdError("E101", f"cannot load the NER model from {directory}: {exc}") from None

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for every token of every sentence, in order."""
        result: list[list[str]] = [[] for _ in sentences]
        for chunk in _batches(sentences):
            paths = self._tag_batch(encode([sentences[i] for i in chunk], self.lexicon))
            for i, path in zip(chunk, paths):
                result[i] = [self.tags[t] for t in path]
        return result

    def _tag_batch(self, b: Batch) -> list[list[int]]:
        types = self._type_features(b)
        hidden = [self._lstm(types, b, side) for side in ("fw", "bw")]
        emissions = _dense(np.concatenate(hidden, axis=2), self.out_w) + self.out_b
        return viterbi(emissions, b.lengths, self.transitions, self.start, self.end)

    def _type_features(self, b: Batch) -> np.ndarray:
        chars = self.char_emb[b.chars]  # (U, L, C)
        padded = np.pad(chars, ((0, 0), (1, 1), (0, 0)))
        width = chars.shape[1]
        windows = np.concatenate([padded[:, i:i + width] for i in range(3)], axis=2)
        conv = _dense(windows, self.conv_w) + self.conv_b
        conv[b.chars == 0] = -1e4
        char_features = np.tanh(conv.max(axis=1))
        return np.concatenate([self.pretrained[b.word], self.pretrained[b.stem], self.trained[b.trained],
                               char_features, b.type_flags], axis=1)

    def _lstm(self, types: np.ndarray, b: Batch, side: str) -> np.ndarray:
        w_type, w_token, w_hh, bias = self.lstm[side]
        positions = None if side == "fw" else _rev_positions(b)
        index = b.index if positions is None else np.take_along_axis(b.index, positions, 1)
        flags = b.token_flags if positions is None else np.take_along_axis(b.token_flags, positions[..., None], 1)
        x = (types @ w_type + bias)[index.T] + _dense(flags.transpose(1, 0, 2), w_token)  # (T, B, 4H), time-major
        steps, n = index.shape[1], index.shape[0]
        size = w_hh.shape[0]
        h = np.zeros((n, size), dtype=np.float32)
        c = np.zeros((n, size), dtype=np.float32)
        out = np.empty((steps, n, size), dtype=np.float32)
        for t in range(steps):
            # gates i, f, g, o; the g columns were scaled by 2 at load, so 2*sigmoid - 1 is their tanh
            s = _sigmoid(x[t] + h @ w_hh)
            c = s[:, size:2 * size] * c + s[:, :size] * (2 * s[:, 2 * size:3 * size] - 1)
            h = s[:, 3 * size:] * np.tanh(c)
            out[t] = h
        out = out.transpose(1, 0, 2)
        return out if positions is None else np.take_along_axis(out, positions[..., None], 1)


def _scale_cell_gate(w: np.ndarray) -> np.ndarray:
    """LSTM weights (rows i, f, g, o) with the g rows doubled: tanh(x) = 2 * sigmoid(2x) - 1."""
    size = w.shape[0] // 4
    w = w.copy()
    w[2 * size:3 * size] *= 2
    return w


def _batches(sentences: Sequence[Sequence[str]]) -> list[list[int]]:
    """Indices of non-empty sentences, by length, in batches of at most BATCH_TOKENS padded tokens."""
    order = sorted((i for i in range(len(sentences)) if sentences[i]), key=lambda i: len(sentences[i]))
    batches: list[list[int]] = []
    for i in order:
        if batches and len(sentences[i]) * (len(batches[-1]) + 1) <= BATCH_TOKENS:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


def _dense(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``x @ w`` over the last axis as one 2-D product (numpy runs 3-D products item by item)."""
    return (x.reshape(-1, x.shape[-1]) @ w).reshape(*x.shape[:-1], w.shape[1])


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * np.tanh(0.5 * x) + 0.5


def _rev_positions(b: Batch) -> np.ndarray:
    """Per sentence, positions reversed inside its length (padding stays at the end)."""
    steps = np.arange(b.index.shape[1])[None, :]
    lengths = b.lengths[:, None]
    return np.where(steps < lengths, lengths - 1 - steps, steps)


def viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> list[list[int]]:
    """Best tag path of each sentence under the CRF (emissions: B x T x K)."""
    n, steps, _ = emissions.shape
    score = start + emissions[:, 0]
    back = np.zeros((n, steps, emissions.shape[2]), dtype=np.int64)
    for t in range(1, steps):
        candidates = score[:, :, None] + transitions
        best = candidates.argmax(axis=1)
        nxt = np.take_along_axis(candidates, best[:, None, :], 1)[:, 0] + emissions[:, t]
        live = (t < lengths)[:, None]
        score = np.where(live, nxt, score)
        back[:, t] = best
    paths = []
    for s in range(n):
        length = int(lengths[s])
        tag = int((score[s] + end).argmax())
        path = [tag]
        for t in range(length - 1, 0, -1):
            tag = int(back[s, t, tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths
