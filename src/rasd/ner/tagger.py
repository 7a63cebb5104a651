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
from rasd.ner.lstm import Packing, pack, prepare_lstm_weights, run_lstm, viterbi

BATCH_TOKENS = 16384  # tokens per batch (packed: no padding in the LSTM)


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
        self.pretrained, self.trained = w["pretrained"], w["trained"]
        self.char_taps, self.conv_b = _char_taps(w["char_emb"], w["conv_w"]), w["conv_b"]
        sides = [prepare_lstm_weights(w[f"{side}_ih"], w[f"{side}_hh"], w[f"{side}_b"]) for side in ("fw", "bw")]
        self.w_type = np.concatenate([ih[:-TOKEN_FLAGS] for ih, _, _ in sides], axis=1)  # both sides at once
        self.w_token = np.concatenate([ih[-TOKEN_FLAGS:] for ih, _, _ in sides], axis=1)
        self.bias = np.concatenate([bias for _, _, bias in sides])
        self.w_hh = [hh for _, hh, _ in sides]
        size = self.w_hh[0].shape[0]
        self.out_fw, self.out_bw, self.out_b = w["out_w"][:, :size].T.copy(), w["out_w"][:, size:].T.copy(), w["out_b"]
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
        names = np.array(self.tags, dtype=object)
        for chunk in _batches(sentences):
            batch = encode([sentences[i] for i in chunk], self.lexicon)
            packing = pack(batch.lengths)
            best = viterbi(self._packed_emissions(batch, packing), packing.counts, self.transitions, self.start,
                           self.end)
            laid_out = packing.unpack(best, batch.index.shape[1])
            for row, i in enumerate(chunk):
                result[i] = names[laid_out[row, :int(batch.lengths[row])]].tolist()
        return result

    def emissions(self, b: Batch) -> np.ndarray:
        """CRF emission scores (B x T x K; zero at padding) of an encoded batch."""
        packing = pack(b.lengths)
        return packing.unpack(self._packed_emissions(b, packing), b.index.shape[1])

    def _packed_emissions(self, b: Batch, p: Packing) -> np.ndarray:
        """Emission scores (N x K) of the batch's tokens in packed order (see :func:`rasd.ner.lstm.pack`)."""
        projected = self._type_features(b) @ self.w_type + self.bias  # (U, 8H): both directions
        half = projected.shape[1] // 2
        scores = np.empty((len(p.rows), len(self.out_b)), dtype=np.float32)
        for side, positions, out in ((0, p.fw, self.out_fw), (1, p.bw, self.out_bw)):
            x = projected[b.index[p.rows, positions], side * half:(side + 1) * half]
            flags = b.token_flags[p.rows, positions]
            marked = flags.any(axis=1)
            x[marked] += flags[marked] @ self.w_token[:, side * half:(side + 1) * half]
            hidden = run_lstm(x, self.w_hh[side], p.counts)
            if side == 0:
                np.matmul(hidden, out, out=scores)
            else:
                scores[p.mirror] += hidden @ out
        scores += self.out_b
        return scores

    def _type_features(self, b: Batch) -> np.ndarray:
        return np.concatenate([self.pretrained[b.word], self.pretrained[b.stem], self.trained[b.trained],
                               self._char_features(b.chars), b.type_flags], axis=1)

    def _char_features(self, chars: np.ndarray) -> np.ndarray:
        """Character CNN (width 3, max-pooled, tanh) as sums of per-character tap tables: no windows, no product."""
        width = max(1, int((chars != 0).sum(axis=1).max(initial=1)))
        padded = np.pad(chars[:, :width], ((0, 0), (1, 1)))
        conv = self.char_taps[0][padded[:, :-2]] + self.char_taps[1][padded[:, 1:-1]]
        conv += self.char_taps[2][padded[:, 2:]]
        conv[padded[:, 1:-1] == 0] = -1e4
        return np.tanh(conv.max(axis=1) + self.conv_b)


def _char_taps(char_emb: np.ndarray, conv_w: np.ndarray) -> np.ndarray:
    """(3, chars, filters): what each character adds to a filter at each of the window's three places."""
    taps = np.einsum("nc,fck->knf", char_emb, conv_w).astype(np.float32)
    taps[:, 0] = 0.0  # padding outside the word contributes nothing (as zero-padding does)
    return taps

def _batches(sentences: Sequence[Sequence[str]]) -> list[list[int]]:
    """Indices of non-empty sentences, by length, in batches of at most BATCH_TOKENS tokens (one at least)."""
    order = sorted((i for i in range(len(sentences)) if sentences[i]), key=lambda i: len(sentences[i]))
    batches: list[list[int]] = []
    tokens = 0
    for i in order:
        if batches and tokens + len(sentences[i]) <= BATCH_TOKENS:
            batches[-1].append(i)
            tokens += len(sentences[i])
        else:
            batches.append([i])
            tokens = len(sentences[i])
    return batches
