"""A stretch of article text as a folded string whose every character maps back to an ``Article.text`` offset.

Patterns are written against the folded form (hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta
to ha, no diacritics or tatweel, Persian kaf/ya to Arabic), so one spelling of a cue matches every way it is
written. ``origin(i)`` and ``span(i, j)`` turn folded positions back into offsets into the article text.
"""

from __future__ import annotations

from dataclasses import dataclass

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي",
                       "\u2019": "'", "\u2018": "'"})
_DROP = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e",
                                                              "\u200f"}


@dataclass(frozen=True, slots=True)
class TextView:
    """``folded`` with ``index[i]`` = offset in the article text of folded character ``i``."""

    folded: str
    index: tuple[int, ...]
    end_offset: int  # article offset just past the viewed stretch

    def origin(self, i: int) -> int:
        """Article offset of folded position ``i`` (``len(folded)`` maps to the end of the stretch)."""
        return self.index[i] if i < len(self.index) else self.end_offset

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Article ``[start, end)`` covering folded ``[i, j)``."""
        if j <= i:
            start = self.origin(i)
            return start, start
        return self.index[i], self.index[j - 1] + 1


def fold_view(text: str, start: int = 0, end: int | None = None) -> TextView:
    """Fold ``text[start:end]``; dropped characters (diacritics, tatweel, joiners) leave no trace."""
    end = len(text) if end is None else end
    chars: list[str] = []
    index: list[int] = []
    for offset in range(start, end):
        char = text[offset]
        if char in _DROP:
            continue
        chars.append(char.translate(_FOLD))
        index.append(offset)
    return TextView("".join(chars), tuple(index), end)


def fold(text: str) -> str:
    """The folded form of a short string (lexicon entries, speaker heads)."""
    return fold_view(text).folded
