"""Arabic -> Latin transliteration of names: a character seq2seq (trained by ``training/translit.py``) run with numpy.

``Transliterator.candidates(word)`` gives the beam's spellings with log-probabilities; ``score(word, latin)``
rates a given spelling (used to choose between spellings a name list offers). Shipped in
``rasd/models/translit``: ``weights.npz``, ``source.txt`` and ``target.txt`` (the character tables).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import regex

from rasd.errors import RasdError

_MARKS = regex.compile(r"[\u064B-\u065F\u0670\u0640\u200C-\u200F]")
PAD, BOS, EOS = 0, 1, 2
UNK = 1  # source side: a letter the model has not seen


def source_form(word: str) -> str:
    """The Arabic word as the model reads it: no diacritics or tatweel."""
    return _MARKS.sub("", word).replace("ٱ", "ا")


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * np.tanh(0.5 * x) + 0.5


class Transliterator:
    def __init__(self, weights: dict[str, np.ndarray], source: list[str], target: list[str]):
        self.w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.source = {c: i for i, c in enumerate(source, 3)}
        self.target = ["", "", ""] + target

    @classmethod
    def load(cls, directory: Path | None = None) -> Transliterator:
        directory = directory or Path(str(resources.files("rasd.models").joinpath("translit")))
        try:
            with np.load(directory / "weights.npz") as data:
                weights = dict(data)
            lines = [(directory / n).read_text(encoding="utf-8").split("\n")[:-1] for n in ("source.txt", "target.txt")]
        except (OSError, KeyError, ValueError) as exc:
            raise RasdError("E101", f"cannot load the transliteration model from {directory}: {exc}") from None
        return cls(weights, *lines)

    # ------------------------------------------------------------------ encoder

    def _gru(self, x: np.ndarray, h: np.ndarray, ih, hh, bih, bhh) -> np.ndarray:
        gi, gh = x @ ih.T + bih, h @ hh.T + bhh
        n = h.shape[-1]
        r, z = _sigmoid(gi[..., :n] + gh[..., :n]), _sigmoid(gi[..., n:2 * n] + gh[..., n:2 * n])
        cand = np.tanh(gi[..., 2 * n:] + r * gh[..., 2 * n:])
        return (1 - z) * cand + z * h

    def _encode(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        ids = [self.source.get(c, UNK) for c in source_form(word)] or [UNK]
        x = self.w["src_emb"][ids]
        states = []
        for side in ("fw", "bw"):
            g = [self.w[f"enc_{side}_{n}"] for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
            h = np.zeros(g[1].shape[1], dtype=np.float32)
            out = []
            for step in (x if side == "fw" else x[::-1]):
                h = self._gru(step, h, *g)
                out.append(h)
            states.append(np.array(out if side == "fw" else out[::-1]))
        enc = np.concatenate(states, axis=1)  # (S, 2E)
        return enc, np.tanh(enc.mean(0) @ self.w["init_w"].T + self.w["init_b"])

    def _step(self, enc: np.ndarray, prev: np.ndarray, h: np.ndarray, ctx: np.ndarray):
        """One decoder step for a beam: prev (K,), h (K, D), ctx (K, 2E) -> log-probs (K, V), h, ctx."""
        w = self.w
        h = self._gru(np.concatenate([w["tgt_emb"][prev], ctx], 1), h, w["cell_ih"], w["cell_hh"], w["cell_bih"],
                      w["cell_bhh"])
        scores = (h @ w["attn_w"].T) @ enc.T  # (K, S)
        scores = np.exp(scores - scores.max(1, keepdims=True))
        ctx = (scores / scores.sum(1, keepdims=True)) @ enc
        logits = np.tanh(np.concatenate([h, ctx], 1) @ w["combine_w"].T + w["combine_b"]) @ w["proj_w"].T + w["proj_b"]
        logits = logits - logits.max(1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(1, keepdims=True)), h, ctx

    # ------------------------------------------------------------------ decoding

    def candidates(self, word: str, beam: int = 5, max_len: int = 24) -> list[tuple[str, float]]:
        """Up to ``beam`` spellings (lower case) with their log-probabilities, best first."""
        enc, h0 = self._encode(word)
        live = [((), 0.0)]
        h, ctx = h0[None, :], np.zeros((1, enc.shape[1]), dtype=np.float32)
        done: list[tuple[tuple[int, ...], float]] = []
        for _ in range(max_len):
            prev = np.array([seq[-1] if seq else BOS for seq, _ in live])
            logp, h, ctx = self._step(enc, prev, h, ctx)
            scored = [(s + logp[k, v], k, v) for k, (_, s) in enumerate(live) for v in np.argsort(-logp[k])[:beam]]
            scored.sort(key=lambda item: -item[0])
            keep, rows = [], []
            for score, k, v in scored:
                if v == EOS:
                    done.append((live[k][0], score))
                elif v > EOS and len(keep) < beam:
                    keep.append((live[k][0] + (int(v),), score))
                    rows.append(k)
            if not keep or len(done) >= beam and done and max(d[1] for d in done) > keep[0][1]:
                break
            live, h, ctx = keep, h[rows], ctx[rows]
        done.sort(key=lambda item: -item[1])
        return [("".join(self.target[i] for i in seq), score) for seq, score in done[:beam]]

    def score(self, word: str, latin: str) -> float:
        """Log-probability of the spelling ``latin`` (lower case) for ``word``; -inf with unknown letters."""
        index = {c: i for i, c in enumerate(self.target) if c}
        if any(c not in index for c in latin):
            return float("-inf")
        enc, h = self._encode(word)
        h, ctx, prev, total = h[None, :], np.zeros((1, enc.shape[1]), dtype=np.float32), BOS, 0.0
        for v in [index[c] for c in latin] + [EOS]:
            logp, h, ctx = self._step(enc, np.array([prev]), h, ctx)
            total += float(logp[0, v])
            prev = v
        return total

    def transliterate(self, word: str) -> str:
        best = self.candidates(word, beam=4)
        return best[0][0] if best else ""


def levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def accuracy(model: Transliterator, pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Exact match (any reference spelling) and character error rate of the best spelling, per Arabic word."""
    refs: dict[str, set[str]] = {}
    for ar, en in pairs:
        refs.setdefault(ar, set()).add(en.lower())
    exact, edits, chars = 0, 0, 0
    for ar, options in refs.items():
        guess = model.transliterate(ar)
        exact += guess in options
        best = min(options, key=lambda ref: levenshtein(guess, ref))
        edits += levenshtein(guess, best)
        chars += len(best)
    return {"words": len(refs), "exact": round(100 * exact / max(1, len(refs)), 2),
            "cer": round(100 * edits / max(1, chars), 2)}
