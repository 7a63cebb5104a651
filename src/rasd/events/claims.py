"""The claim ledger of an event in one article: who asserts it and who contests it, linked to the quotes.

A mention inside a quote's content is that speaker's claim: it contests the event when the mention is denied
("مثل هذا الاجتماع ليس مقرراً") or the quote is a denial (نفى), else it asserts it. A mention outside every quote
is the article's own claim. A speaker that refers back to an earlier one ("المصادر" -> "مصادر مطلعة") is named
by the earlier mention, and keeps the outlet the statement came through ("via بلومبرغ") when an earlier quote of
the same speaker gave it.
"""

from __future__ import annotations

from rasd.events.mentions import Mention
from rasd.model import Article, Claim, Quote


def claims_for(article: Article, mentions: list[Mention]) -> tuple[Claim, ...]:
    found: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        if mention.where != "text":
            continue
        claim = _claim(article, mention)
        if claim is not None and (claim.stance, claim.source) not in seen:
            seen.add((claim.stance, claim.source))
            found.append(claim)
    quoted = [c for c in found if c.quote is not None]
    return tuple(quoted + [c for c in found if c.quote is None])


def _claim(article: Article, mention: Mention) -> Claim | None:
    for index, quote in enumerate(article.quotes):
        if quote.start <= mention.start < quote.end:
            contests = mention.negated or quote.denial
            name, via = speaker_name(article.quotes, quote)
            source = f"{name} via {via}" if via else name
            return Claim("contests" if contests else "asserts", source, quote.speaker.kind, quote.start, quote.end,
                         index, quote.speaker.entity_id, via, mention.cue if contests else None)
    if mention.negated:
        return None
    name = article.source.name or "article"
    return Claim("asserts", name, "article", mention.sentence[0], mention.sentence[1])


def speaker_name(quotes: tuple[Quote, ...], quote: Quote) -> tuple[str, str | None]:
    """The speaker as first named, and the outlet the statement came through (own, or the first naming's)."""
    speaker = quote.speaker
    name = speaker.antecedent.text if speaker.antecedent is not None else speaker.text
    via = quote.via
    if via is None:
        for other in quotes:
            first = other.speaker.antecedent.text if other.speaker.antecedent is not None else other.speaker.text
            if first == name and other.via:
                via = other.via
                break
    return name, via
