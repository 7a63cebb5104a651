"""A stretch of article text as a folded string whose every character maps back to an ``Article.text`` offset.

Patterns are written against the folded form — :func:`rasd.arabic.normalize.normalize` with hamza-carrying
alefs to bare alef, alef maqsura to ya, ta marbuta to ha, no diacritics, tatweel or zero-width controls, and
no-break spaces as spaces — so one spelling of a cue matches every way it is written. ``origin(i)`` and
``span(i, j)`` turn folded positions back into offsets into the article text (a span takes along the
diacritics written on its last letter).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.arabic.normalize import Folds, Normalized, normalize
from rasd.arabic.normalize import fold as _fold

# Arabic-script punctuation stays as written ("،" and "," are both handled by the patterns).
QUOTE_FOLDS = Folds(ta_marbuta=True, punctuation=False)


@dataclass(frozen=True, slots=True)
class TextView:
    """``folded`` text of ``article_text[offset:offset + len(original)]`` with its offset map."""

    normalized: Normalized
    offset: int

    @property
    def folded(self) -> str:
        return self.normalized.text

    def origin(self, i: int) -> int:
        """Article offset of folded position ``i`` (``len(folded)`` maps to the end of the stretch)."""
        return self.offset + self.normalized.index(i)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Article ``[start, end)`` covering folded ``[i, j)``."""
        start, end = self.normalized.to_original(i, j)
        return self.offset + start, self.offset + end


def fold_view(text: str, start: int = 0, end: int | None = None) -> TextView:
    """The folded view of ``text[start:end]``."""
    end = len(text) if end is None else end
    return TextView(normalize(text[start:end], QUOTE_FOLDS), start)


def fold(text: str) -> str:
    """The folded form of a short string (lexicon entries, speaker heads)."""
    return _fold(text, QUOTE_FOLDS)
