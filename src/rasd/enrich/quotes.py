"""Stage ``quotes``: who said what — attributed statements with speaker, cue, content span and form.

For every body paragraph the stage finds quoted stretches and sentences (:mod:`.quoting.segments`), runs
the Arabic or English cue patterns over each sentence (:mod:`.quoting.arabic`, :mod:`.quoting.english`),
attributes long quoted sentences that have no cue of their own to the speaker just quoted (a quote running
on), then resolves implicit and anaphoric speakers, links speakers to ``article.entities`` when the
``entities`` stage ran (and works from the phrase grammar alone when it did not), and counts the sourcing
profile. Every span is stand-off: ``text[q.start:q.end] == q.content``. docs/quotes.md describes the API;
docs/quote-guidelines.md says what counts as a quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.config import Config
from rasd.enrich.quoting.arabic import clause_subject, find_arabic
from rasd.enrich.quoting.english import find_english
from rasd.enrich.quoting.found import Found, SpeakerParse, Span, to_article, tokens
from rasd.enrich.quoting.resolve import build_quotes, sourcing_of
from rasd.enrich.quoting.segments import Quoted, quoted_stretches, sentences
from rasd.enrich.quoting.textview import TextView, fold_view
from rasd.model import Article, Quote

_RUN_ON_MIN_WORDS = 6
_RUN_ON_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class QuotesStage:
    name: str = "quotes"
    version: str = "1"
    requires: frozenset[str] = frozenset({"text"})
    provides: frozenset[str] = frozenset({"quotes", "sourcing"})

    def __call__(self, article: Article) -> Article:
        quotes = extract_quotes(article)
        return replace(article, quotes=tuple(quotes), sourcing=sourcing_of(quotes))


def make_stage(config: Config) -> QuotesStage:
    return QuotesStage()


def extract_quotes(article: Article) -> list[Quote]:
    """The article's quotes in text order (the stage's work, callable on its own)."""
    found: list[Found] = []
    for start, end in _paragraphs(article):
        found += _paragraph(article.text, start, end, found)
    return build_quotes(article.text, found, article.entities)


def _paragraphs(article: Article) -> list[Span]:
    blocks = [(b.start, b.end) for b in article.blocks if b.kind == "paragraph"]
    if blocks or not article.text:
        return blocks
    spans, offset = [], 0
    for part in article.text.split("\n\n"):
        spans.append((offset, offset + len(part)))
        offset += len(part) + 2
    return spans


def _paragraph(text: str, start: int, end: int, earlier: list[Found]) -> list[Found]:
    quoted = quoted_stretches(text, start, end)
    found: list[Found] = []
    for s, e in sentences(text, start, end, quoted):
        view = fold_view(text, s, e)
        local = _local_quotes(view, quoted)
        finder = find_arabic if _is_arabic(view.folded) else find_english
        hits = finder(view, local)
        if not hits:
            hits = _run_on(view, local, earlier + found)
        found += hits
    return found


def _local_quotes(view: TextView, quoted: list[Quoted]) -> list[Span]:
    """The block's quoted stretches inside this sentence, in folded coordinates."""
    position = {view.origin(i): i for i in range(len(view.folded))}
    local = []
    for q in quoted:
        a, b = position.get(q.start), position.get(q.end - 1)
        if a is not None and b is not None:
            local.append((a, b + 1))
    return local


def _is_arabic(folded: str) -> bool:
    letters = [c for c in folded if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return bool(letters) and arabic >= 0.3 * len(letters)


def _run_on(view: TextView, local: list[Span], earlier: list[Found]) -> list[Found]:
    """A sentence that is mostly one long quotation, with no cue, continues the speaker just quoted."""
    if not earlier or not local:
        return []
    a, b = max(local, key=lambda q: q[1] - q[0])
    words = len(view.folded[a + 1:b - 1].split())
    if words < _RUN_ON_MIN_WORDS or (b - a) < _RUN_ON_SHARE * len(view.folded.strip()):
        return []
    start, end = view.span(a + 1, b - 1)
    subject = clause_subject(view.folded, tokens(view.folded), a) if _is_arabic(view.folded) else None
    if subject is not None:
        subject = to_article(view, Found((0, 0), (0, 0), "direct", subject, (0, 0))).speaker
    elif view.origin(0) - earlier[-1].sentence[1] > 400:
        return []
    return [Found((start, start), (start, end), "direct", subject or SpeakerParse(None),
                  view.span(0, len(view.folded)), clause_start=start, notes=["run-on"])]
