"""What the sentence patterns find, before speakers are resolved and records are built.

Positions here are offsets into ``Article.text``. A :class:`Found` whose speaker is ``implicit`` names no
speaker at its cue ("وأضاف: ..."); :mod:`.resolve` takes the speaker from the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rasd.enrich.quoting.textview import TextView

Span = tuple[int, int]
TOKEN = re.compile(r"[\w%]+|[^\w\s]")
PUNCT_STRIP = " \t\n.،,;؛:-–—"


@dataclass(frozen=True, slots=True)
class SpeakerParse:
    """A speaker phrase: its span, kind, the head word, the affiliation and the outlet it spoke through."""

    span: Span | None
    kind: str | None = None  # named | anonymous | anonymous_official | organization; None: implicit
    head: str | None = None  # folded head noun without ال ("مصادر")
    definite: bool = False
    affiliation: Span | None = None
    via: Span | None = None
    outlet: bool = False  # the speaker is a news outlet ("صحيفة محلية", "Reuters")


@dataclass(slots=True)
class Found:
    cue: Span
    content: Span
    form: str  # direct | indirect | mixed | no_comment
    speaker: SpeakerParse
    sentence: Span
    denial: bool = False
    feminine: bool | None = None  # from the cue's inflection, for resolving implicit speakers
    clause_start: int = 0  # where this attribution's clause begins (for cutting an earlier content)
    postposed: bool = False  # the content comes before the cue ("...، حسبما ذكرت ...")
    notes: list[str] = field(default_factory=list)

    @property
    def implicit(self) -> bool:
        return self.speaker.span is None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, token) for words and single punctuation marks in ``text[start:end]``."""
    end = len(text) if end is None else end
    return [(m.start() + start, m.end() + start, m.group()) for m in TOKEN.finditer(text[start:end])]


def trim(text: str, start: int, end: int, chars: str = PUNCT_STRIP) -> Span:
    """``[start, end)`` without leading or trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def to_article(view: TextView, hit: Found) -> Found:
    """The hit with every folded-sentence position turned into an ``Article.text`` offset."""

    def span(s: Span | None) -> Span | None:
        return None if s is None else view.span(*s)

    sp = hit.speaker
    speaker = replace(sp, span=span(sp.span), affiliation=span(sp.affiliation), via=span(sp.via))
    return replace(hit, cue=span(hit.cue), content=span(hit.content), speaker=speaker,
                   sentence=view.span(0, len(view.folded)), clause_start=view.origin(hit.clause_start))
