"""Sentences and quoted stretches inside one body block, as offsets into ``Article.text``.

Sentences come from :func:`rasd.arabic.tokenize.sentences` and never end inside a quotation. Quoted stretches are
``«…»``, ``“…”``, ``”…“`` and pairs of straight double quotes, taken in order within the block.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.arabic.tokenize import sentences as arabic_sentences

_OPENERS = {"«": "»", "“": "”", "”": "“", "„": "“", '"': '"'}


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
    """Sentence spans in one block: :func:`rasd.arabic.tokenize.sentences`, re-joined where a boundary falls
    inside a quoted stretch (that splitter protects «…» only; a quotation in "…" or “…” is one unit here)."""
    spans: list[tuple[int, int]] = []
    for sentence in arabic_sentences(text[start:end]):
        s, e = sentence.start + start, sentence.end + start
        if spans and any(q.start < s < q.end for q in quotes):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans
