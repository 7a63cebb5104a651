"""Snippets of the original text around the words a query matched, with the matches marked.

The text is analyzed with the same analyzer as the index (:meth:`Analyzer.spans` keeps each term's span in
the original text), so ``وأوكرانيا`` is marked for the query ``اوكرانيا``, and the marks are offsets into the
snippet, which is a slice of the article's own text (diacritics and spelling as published).
"""

from __future__ import annotations

from rasd.arabic.analyzer import Analyzer, Term
from rasd.search.query import ParsedQuery

SNIPPET_CHARS = 220
LEAD_CHARS = 60


def matched_spans(text: str, query: ParsedQuery, analyzer: Analyzer) -> list[Term]:
    """The spans of ``text`` whose terms the query looks for (whole terms and prefixes)."""
    whole, prefixes = query.highlight_terms()
    if not whole and not prefixes:
        return []
    return [s for s in analyzer.spans(text) if s.term in whole or (prefixes and s.term.startswith(prefixes))]


def snippet(text: str, query: ParsedQuery, analyzer: Analyzer,
            size: int = SNIPPET_CHARS) -> tuple[str, tuple[tuple[int, int], ...]]:
    """(a window of ``text`` with the most distinct matched terms, [start, end) marks in it)."""
    spans = matched_spans(text, query, analyzer)
    if not spans:
        return _cut(text, 0, size), ()
    best = max(spans, key=lambda anchor: (_distinct(spans, anchor.start, size), -anchor.start))
    start = _word_start(text, max(0, best.start - LEAD_CHARS))
    piece = _cut(text, start, size)
    marks = tuple((s.start - start, s.end - start) for s in spans if s.start >= start and s.end <= start + len(piece))
    return piece, marks


def _distinct(spans: list[Term], start: int, size: int) -> int:
    return len({s.term for s in spans if start <= s.start and s.end <= start + size - LEAD_CHARS})


def _word_start(text: str, position: int) -> int:
    if position == 0:
        return 0
    space = text.find(" ", position)
    return space + 1 if 0 <= space < position + 20 else position


def _cut(text: str, start: int, size: int) -> str:
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start + size // 2, end)
        end = space if space > 0 else end
    return text[start:end]
