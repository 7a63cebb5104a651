"""English spellings of Arabic names: a name-pair dictionary first, the transliteration model for the rest.

``names.tsv`` (shipped in ``rasd/models/kb``, built by ``training/kb.py`` from ANETAC, the Wikidata name tokens
and Google ar2en) maps a folded Arabic word to its English spellings with how often each was seen. A word the
dictionary lacks is spelled by the model, which also chooses between dictionary spellings of a variant
(ترمب has no entry; ترامب, its long-vowel spelling, has "trump") when the model finds one likely enough.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np

from rasd.errors import RasdError
from rasd.kb.translit import Transliterator
from rasd.ner.text import word_key

VARIANT_MARGIN = 2.0  # a variant's spelling is taken when its log-prob is within this of the model's best


def skeleton(key: str) -> str:
    """A folded word without its inner long vowels (ترامب and ترمب share ترمب)."""
    return key[:1] + "".join(c for c in key[1:-1] if c not in "اوي") + key[-1:] if len(key) > 2 else key


class NameSpeller:
    def __init__(self, spellings: dict[str, list[tuple[str, int]]], model: Transliterator):
        self.spellings = spellings
        self.model = model
        self.variants: dict[str, list[str]] = {}
        for key in spellings:
            self.variants.setdefault(skeleton(key), []).append(key)

    @classmethod
    def load(cls, directory: Path | None = None, model: Transliterator | None = None) -> NameSpeller:
        directory = directory or Path(str(resources.files("rasd.models").joinpath("kb")))
        spellings: dict[str, list[tuple[str, int]]] = {}
        try:
            for line in (directory / "names.tsv").read_text(encoding="utf-8").splitlines():
                key, latin, count = line.split("\t")
                spellings.setdefault(key, []).append((latin, int(count)))
        except (OSError, ValueError) as exc:
            raise RasdError("E101", f"cannot load the name list from {directory}: {exc}") from None
        return cls(spellings, model or Transliterator.load())

    def word(self, token: str) -> str:
        """The English spelling of one Arabic name word (lower case)."""
        key = word_key(token)
        known = self.spellings.get(key)
        if known:
            return max(known, key=lambda item: item[1])[0]
        if not any("\u0600" <= c <= "\u06ff" for c in token):
            return token.lower()
        guesses = self.model.candidates(token, beam=4)
        best = guesses[0] if guesses else (token, 0.0)
        for variant in self.variants.get(skeleton(key), ())[:5]:
            latin = max(self.spellings[variant], key=lambda item: item[1])[0]
            score = self.model.score(token, latin)
            if np.isfinite(score) and score >= best[1] - VARIANT_MARGIN:
                best = (latin, score + VARIANT_MARGIN)
        return best[0]

    def name(self, text: str) -> str:
        """An English name for an Arabic name ("ستيف ويتكوف" -> "Steve Witkoff")."""
        return " ".join(_capitalize(self.word(token)) for token in text.split())


def _capitalize(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
