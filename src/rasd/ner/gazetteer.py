"""Gazetteer features for the tagger: which name lists a token, or a run of tokens, belongs to.

Single words carry a bit mask (a person-name token, a place-name token, an organization-name token);
phrases (country names, actor names) mark every token they cover. Everything is keyed by
:func:`rasd.ner.text.word_key`; a prefixed form ("وبوتين") also matches through its stem. The lists ship
with the model (``gazetteer.tsv``) and are built from ``../shared/data/gazetteer`` by ``training/ner.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.ner.text import stem_key

PER_WORD, LOC_WORD, ORG_WORD, LOC_PHRASE, ACTOR_PHRASE = 1, 2, 4, 8, 16
BITS = (PER_WORD, LOC_WORD, ORG_WORD, LOC_PHRASE, ACTOR_PHRASE)
MAX_PHRASE = 6


@dataclass
class Gazetteer:
    words: dict[str, int] = field(default_factory=dict)
    phrases: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)  # first key -> phrase -> bits

    def add_word(self, key: str, bits: int) -> None:
        if len(key) >= 2:
            self.words[key] = self.words.get(key, 0) | bits

    def add_phrase(self, keys: Sequence[str], bits: int, stemmed: bool = False) -> None:
        keys = tuple(keys) if stemmed else tuple(stem_key(k) for k in keys)
        if 2 <= len(keys) <= MAX_PHRASE:
            bucket = self.phrases.setdefault(keys[0], {})
            bucket[keys] = bucket.get(keys, 0) | bits

    def word_bits(self, key: str, stem: str | None = None) -> int:
        """Bits of ``key``, or of its stem (``stem_key(key)``, computed unless given) when the key is not listed."""
        bits = self.words.get(key)
        return bits if bits is not None else self.words.get(stem_key(key) if stem is None else stem, 0)

    def phrase_bits(self, keys: Sequence[str], stems: Sequence[str] | None = None) -> list[int]:
        """Per token, the bits of every phrase that covers it (longest match at each start).

        ``stems`` are the keys' ``stem_key`` forms when the caller has them already.
        """
        out = [0] * len(keys)
        stems = [stem_key(k) for k in keys] if stems is None else stems
        for i in range(len(keys)):
            bucket = self.phrases.get(stems[i])
            if not bucket:
                continue
            for n in range(min(MAX_PHRASE, len(keys) - i), 1, -1):
                bits = bucket.get(tuple(stems[i:i + n]))
                if bits:
                    for j in range(i, i + n):
                        out[j] |= bits
                    break
        return out

    # ------------------------------------------------------------------ file form

    def dump(self, path: Path) -> None:
        lines = [f"{key}\t{bits}" for key, bits in sorted(self.words.items())]
        lines += [f"{' '.join(p)}\t{bits}" for bucket in self.phrases.values() for p, bits in sorted(bucket.items())]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        gazetteer = cls()
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, bits = line.rpartition("\t")
            if " " in key:
                gazetteer.add_phrase(key.split(" "), int(bits), stemmed=True)
            elif key:
                gazetteer.words[key] = int(bits)
        return gazetteer

    @classmethod
    def from_entries(cls, words: Iterable[tuple[str, int]], phrases: Iterable[tuple[Sequence[str], int]]) -> Gazetteer:
        gazetteer = cls()
        for key, bits in words:
            gazetteer.add_word(key, bits)
        for keys, bits in phrases:
            gazetteer.add_phrase(keys, bits)
        return gazetteer
