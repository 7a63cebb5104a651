"""The article body as segments to render: plain text, entity mentions (linked), time expressions.

Annotations are stand-off offsets into ``Article.text``. An annotation whose offsets do not point at its
own text is not shown (a broken annotation must not mislabel the body). Where spans overlap, entity
mentions win over time expressions, and the longer of two overlapping mentions wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.browse import entity_key
from rasd.model import Article, Block


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kind: str = "text"  # text | entity | time
    key: str | None = None  # entity key (for the link)
    label: str | None = None  # entity type, or the time's resolved value


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str
    key: str | None
    label: str | None


def block_segments(article: Article, block: Block) -> list[Segment]:
    """``block``'s text cut into segments at the annotations that fall inside it."""
    spans = _accepted(_entity_spans(article, block))
    spans = _accepted(_time_spans(article, block), taken=spans)
    segments, cursor = [], block.start
    for span in sorted(spans, key=lambda s: s.start):
        if span.start > cursor:
            segments.append(Segment(article.text[cursor:span.start]))
        segments.append(Segment(article.text[span.start:span.end], span.kind, span.key, span.label))
        cursor = span.end
    if cursor < block.end:
        segments.append(Segment(article.text[cursor:block.end]))
    return segments


def _inside(article: Article, block: Block, start: int, end: int, text: str) -> bool:
    return block.start <= start < end <= block.end and article.text[start:end] == text


def _entity_spans(article: Article, block: Block) -> list[_Span]:
    return [
        _Span(m.start, m.end, "entity", entity_key(entity), entity.type)
        for entity in article.entities for m in entity.mentions
        if _inside(article, block, m.start, m.end, m.text)
    ]


def _time_spans(article: Article, block: Block) -> list[_Span]:
    return [_Span(t.start, t.end, "time", None, t.value or t.relative) for t in article.times
            if t.field is None and _inside(article, block, t.start, t.end, t.text)]


def _accepted(candidates: list[_Span], taken: list[_Span] | None = None) -> list[_Span]:
    kept = list(taken or [])
    for span in sorted(candidates, key=lambda s: (s.start, -(s.end - s.start))):
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    return kept
