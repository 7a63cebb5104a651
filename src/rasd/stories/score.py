"""How related two articles are: shared entities, text similarity and closeness in time, with the reason.

Backend-independent: a store finds candidates and gives, for each, the shared entities, the cosine
similarity of the two articles' tf-idf term vectors (analyzer terms, head terms counted
:data:`rasd.stories.sqlite.HEAD_BOOST` times) and the days between them; this module scores and explains.

``score = ENTITY_WEIGHT * min(1, shared / FULL_ENTITIES) + TEXT_WEIGHT * cosine + TIME_WEIGHT * closeness``
with ``closeness = 1 / (1 + days / 7)`` (0 when a date is unknown); when either article has no entities
(not analyzed for them), the entity weight goes to the text: ``(ENTITY_WEIGHT + TEXT_WEIGHT) * cosine``.
A candidate is related when it shares an entity or its cosine reaches :data:`MIN_TEXT`.
"""

from __future__ import annotations

from dataclasses import dataclass

ENTITY_WEIGHT = 0.45
TEXT_WEIGHT = 0.45
TIME_WEIGHT = 0.10
FULL_ENTITIES = 3
MIN_TEXT = 0.08
REASON_NAMES = 5


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A candidate related article, with what connects it to the article asked about."""

    article_id: str
    shared: tuple[str, ...]  # names of the shared entities (as the asked-about article gives them)
    cosine: float
    days: int | None
    entities: bool = True  # both articles have entities (else the score rests on the text)
    score: float = 0.0
    reason: str = ""


def closeness(days: int | None) -> float:
    return 0.0 if days is None else 1.0 / (1.0 + days / 7.0)


def scored(candidate: Neighbour) -> Neighbour | None:
    """The candidate with its score and reason, or None when it is not related enough."""
    if not candidate.shared and candidate.cosine < MIN_TEXT:
        return None
    if candidate.entities:
        meaning = ENTITY_WEIGHT * min(1.0, len(candidate.shared) / FULL_ENTITIES) + TEXT_WEIGHT * candidate.cosine
    else:
        meaning = (ENTITY_WEIGHT + TEXT_WEIGHT) * candidate.cosine
    score = meaning + TIME_WEIGHT * closeness(candidate.days)
    return Neighbour(candidate.article_id, candidate.shared, candidate.cosine, candidate.days, candidate.entities,
                     round(score, 4), reason(candidate.shared, candidate.cosine, candidate.days))


def reason(shared: tuple[str, ...], text: float, days: int | None) -> str:
    """"shares: ويتكوف، بوتين; similar wording (0.42); 2 days apart"."""
    parts = []
    if shared:
        more = f" (+{len(shared) - REASON_NAMES} more)" if len(shared) > REASON_NAMES else ""
        parts.append("shares: " + "، ".join(shared[:REASON_NAMES]) + more)
    if text >= MIN_TEXT:
        parts.append(f"similar wording ({text:.2f})")
    if days is not None:
        parts.append("same day" if days == 0 else f"{days} day{'s' if days != 1 else ''} apart")
    return "; ".join(parts)


def days_between(a: str | None, b: str | None) -> int | None:
    import datetime as dt

    if not (a and b):
        return None
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
