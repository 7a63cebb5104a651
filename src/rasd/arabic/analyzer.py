"""One analyzer for search: text -> index terms, Arabic and English, the same at index and query time.

>>> from rasd.arabic.analyzer import Analyzer
>>> analyzer = Analyzer()
>>> analyzer.terms("وقالت الوزارةُ إن المفاوضات Negotiations ستُستأنف في ٢٠٢٦")
['قالت', 'وزار', 'ان', 'مفاوض', 'negoti', 'ستستانف', 'في', '2026']
>>> [(t.term, t.start, t.end) for t in analyzer.spans("المفاوضات")]
[('مفاوض', 0, 9)]

Arabic words: :data:`~rasd.arabic.normalize.SEARCH` normalization (alef, ya, ta marbuta, hamza folds;
diacritics, tatweel, controls removed; digits to ASCII), then the light stemmer (:data:`rasd.arabic.stem.DEFAULT`,
chosen by bench/stemming.py). Latin words: lowercased, Snowball English. Numbers: ASCII digits as written.
``analyzer.key`` names the configuration; an index records it, and must be rebuilt when it changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.clitics import WordCounts, split_clitics
from rasd.arabic.normalize import SEARCH, normalize
from rasd.arabic.stem import DEFAULT, stemmer

_TERM = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_CACHE_LIMIT = 200_000
VERSION = "1"


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    start: int  # offsets into the text given to :meth:`Analyzer.spans`
    end: int


def analyzer_key(arabic_stemmer: str = DEFAULT, english_stemmer: str = "snowball_en", clitics: bool = False) -> str:
    """The key of the analyzer these settings build (see :attr:`Analyzer.key`), without building it."""
    return f"ar:{arabic_stemmer}{'+clitics' if clitics else ''},en:{english_stemmer}/{VERSION}"


class Analyzer:
    """Terms for indexing and querying. Owns its stemmers and a word cache; build one and reuse it."""

    def __init__(self, arabic_stemmer: str = DEFAULT, english_stemmer: str = "snowball_en", clitics: bool = False):
        self.arabic_stemmer = arabic_stemmer
        self.clitics = clitics
        self._counts = WordCounts.load() if clitics else None
        self.english_stemmer = english_stemmer
        self._stem_ar = stemmer(arabic_stemmer)
        self._stem_en = stemmer(english_stemmer) if english_stemmer != "none" else stemmer("none")
        self._cache: dict[str, str] = {}

    @property
    def key(self) -> str:
        """What produced the terms ("ar:light10,en:snowball_en/1"): store it with an index."""
        return analyzer_key(self.arabic_stemmer, self.english_stemmer, self.clitics)

    def terms(self, text: str) -> list[str]:
        """The index terms of ``text``, in order (repeats kept, for term frequencies and phrases)."""
        folded = normalize(text, SEARCH).text
        term = self.term
        return [term(word) for word in _TERM.findall(folded)]

    def spans(self, text: str) -> list[Term]:
        """Terms with the span of ``text`` each came from (for highlighting snippets)."""
        normalized = normalize(text, SEARCH)
        found = []
        for match in _TERM.finditer(normalized.text):
            start, end = normalized.to_original(match.start(), match.end())
            found.append(Term(self.term(match.group()), start, end))
        return found

    def term(self, word: str) -> str:
        """The term for one word already normalized with SEARCH folds."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if word[0].isdigit():
            result = word
        elif _ARABIC.match(word):
            result = self._stem_ar(self.without_clitics(word))
        else:
            result = self._stem_en(word.lower())
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def without_clitics(self, word: str) -> str:
        """An Arabic word (SEARCH-normalized) without its proclitics (و ف، ب ل ك لل، ال) when ``clitics`` is on:
        لحلف -> حلف, وبالمدرسه -> مدرسه (:func:`rasd.arabic.clitics.split_clitics` with the shipped word counts)."""
        if not self.clitics:
            return word
        return split_clitics(word, counts=self._counts)[-1].text


def analyze(text: str) -> list[str]:
    """Terms of ``text`` with a fresh default :class:`Analyzer` (for one-off use; reuse an Analyzer in loops)."""
    return Analyzer().terms(text)
