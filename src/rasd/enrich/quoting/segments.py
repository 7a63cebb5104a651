"""Sentences and quoted stretches inside one body block, as offsets into ``Article.text``.

A sentence ends at ``.``, ``!``, ``?`` or ``؟`` followed by a space or the block end, never inside an open
quotation, after a single Latin capital ("U.") or after a common English title ("Mr."). Quoted stretches are
``«…»``, ``“…”``, ``”…“`` and pairs of straight double quotes, taken in order within the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"«": "»", "“": "”", "”": "“", "„": "“", '"': '"'}
_ENDERS = ".!?؟"
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt st jr sr vs no jan feb mar apr aug sept sep oct nov dec inc corp "
    "co ltd prof rev pres".split()
)


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


def quoted_stretches(text: str, start: int, end: int) -> list[Quoted]:
    """Quoted stretches in ``text[start:end]`` (one block), non-nested, in order."""
    found: list[Quoted] = []
    i = start
    while i < end:
        closer = _OPENERS.get(text[i])
        if closer is None:
            i += 1
            continue
        j = text.find(closer, i + 1, end)
        if j == -1:
            i += 1
            continue
        found.append(Quoted(i, j + 1))
        i = j + 1
    return found


def sentences(text: str, start: int, end: int, quotes: list[Quoted]) -> list[tuple[int, int]]:
    """Sentence spans in one block, splitting only outside quoted stretches."""
    inside = _inside_mask(quotes, start, end)
    spans: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end):
        if text[i] not in _ENDERS or inside[i - start]:
            continue
        after = i + 1
        while after < end and text[after] in "\"'”»)":
            after += 1
        if after < end and not text[after].isspace():
            continue
        if text[i] == "." and _is_abbreviation(text, begin, i):
            continue
        spans.append((begin, after))
        begin = after
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        spans.append((begin, end))
    return spans


def _inside_mask(quotes: list[Quoted], start: int, end: int) -> list[bool]:
    mask = [False] * (end - start)
    for q in quotes:
        for k in range(max(q.start, start) + 1, min(q.end, end) - 1):
            mask[k - start] = True
    return mask


_WORD_BEFORE = re.compile(r"(\w+)$")


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    match = _WORD_BEFORE.search(text[max(begin, dot - 12):dot])
    if not match:
        return False
    word = match.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS
