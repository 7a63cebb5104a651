"""Settle the attributions found in one sentence: drop duplicates, cut each content where the next
attribution's clause begins or the reporter's voice takes over, find participle subjects, and decide the form.

Form: content that is one quoted stretch is ``direct`` (the content is then what is inside the marks);
content with a quoted stretch of three words or more inside it is ``mixed``; otherwise ``indirect``.
Shorter quoted stretches are scare quotes ("أحدث", "the deal") and leave the form indirect.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rasd.enrich.quoting.found import Found, SpeakerParse, Span, trim

_MIN_PARTIAL_WORDS = 3
_CONTENT_TRIM = " \t\n.،,;؛:-–—"


def settle(text: str, hits: list[Found], quoted: list[Span], breaks: re.Pattern[str],
           subject: Callable[[int], SpeakerParse | None], boundaries: tuple[int, ...] = ()) -> list[Found]:
    """``boundaries``: positions where a new clause of someone's starts even without a hit of its own."""
    hits = _dedupe(sorted(hits, key=lambda h: h.cue[0]))
    boundaries = tuple(boundaries) + tuple(h.clause_start for h in hits if h.postposed)
    hits = _attach_postposed(text, hits)
    forward = [h for h in hits if not h.postposed]
    for h in hits:
        h.content = _cut(text, h, hits, quoted, breaks, boundaries)
    for i, h in enumerate(forward):
        if h.speaker.span is None:
            earlier = [g for g in forward[:i] if g.speaker.span is not None]
            h.speaker = _inherit(earlier[-1].speaker, h.speaker) if earlier else _inherit(
                subject(h.clause_start) or h.speaker, h.speaker)
    settled = []
    for h in hits:
        if h.content[1] <= h.content[0]:
            continue
        if h.form != "no_comment":
            h.form, h.content = form_of(text, h.content, quoted)
        settled.append(h)
    return settled


def _inherit(source: SpeakerParse, own: SpeakerParse) -> SpeakerParse:
    return replace(source, via=own.via or source.via)


def _dedupe(hits: list[Found]) -> list[Found]:
    """A cue inside another hit's cue or speaker ("حسبما ذكرت": one cue) is not a second attribution."""
    kept: list[Found] = []
    for h in hits:
        covered = any(o is not h and o.cue[0] <= h.cue[0] and h.cue[1] <= o.cue[1] and o.cue != h.cue
                      for o in hits)
        in_speaker = any(o is not h and o.speaker.span and o.speaker.span[0] <= h.cue[0] < o.speaker.span[1]
                         for o in hits)
        same = any(k.cue == h.cue for k in kept)
        if not (covered or in_speaker or same):
            kept.append(h)
    return kept


def _attach_postposed(text: str, hits: list[Found]) -> list[Found]:
    """"قال X إن ...، بحسب رويترز": a postposed source after another attribution is its outlet, not a quote."""
    kept = []
    for h in hits:
        if h.postposed:
            earlier = [g for g in hits if not g.postposed and g.clause_start < h.clause_start]
            if earlier:
                host = earlier[-1]
                if host.speaker.via is None and h.speaker.outlet and h.speaker.span:
                    host.speaker = replace(host.speaker, via=h.speaker.span)
                continue
        kept.append(h)
    return kept


def _cut(text: str, h: Found, hits: list[Found], quoted: list[Span], breaks: re.Pattern[str],
         boundaries: tuple[int, ...]) -> Span:
    start, end = h.content
    if h.postposed:
        earlier = [g.content[1] for g in hits if g is not h and g.content[1] <= h.clause_start
                   and g.clause_start < h.clause_start]
        start = max([start] + earlier)
    nested = [g for g in hits if g is not h and g.speaker.span and abs(g.speaker.span[0] - start) <= 1]
    cuts = [g.clause_start for g in hits if g is not h and g not in nested] + list(boundaries)
    for boundary in cuts:
        if start < boundary < end and not _in_quote(boundary, quoted):
            end = boundary
    for m in breaks.finditer(text, start, end):
        if not _in_quote(m.start(), quoted):
            end = m.start()
            break
    return trim(text, start, end, _CONTENT_TRIM)


def _in_quote(pos: int, quoted: list[Span]) -> bool:
    return any(a < pos < b for a, b in quoted)


def form_of(text: str, content: Span, quoted: list[Span]) -> tuple[str, Span]:
    """(form, content span): direct content is the inside of its marks."""
    start, end = content
    for a, b in quoted:
        if a == start and b >= end:
            return "direct", trim(text, a + 1, b - 1, " \t\n،,")
    partial = [q for q in quoted if start <= q[0] and q[1] <= end
               and len(text[q[0] + 1:q[1] - 1].split()) >= _MIN_PARTIAL_WORDS]
    return ("mixed" if partial else "indirect"), content
