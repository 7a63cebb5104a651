"""Related stories for an article, each with its reason ("shares: ويتكوف، بوتين; 2 days apart").

Delegates to the story engine: the store finds candidates sharing entities or distinctive terms
(:func:`rasd.stories.sqlite.neighbours`; near-duplicate copies of the article are left out) and
:mod:`rasd.stories.score` combines shared entities, text similarity and closeness in time into a score and
a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.stories.score import scored
from rasd.store import Store


@dataclass(frozen=True, slots=True)
class Related:
    id: str
    headline: str | None
    source: str | None
    published: str | None
    score: float
    reason: str
    shared: tuple[str, ...]  # names of the shared entities


def related(store: Store, article_id: str, limit: int = 10) -> tuple[Related, ...]:
    """The stored articles most related to ``article_id``, best first. NotFound (E202) for an unknown id."""
    target = store.get(article_id)
    found = [hit for candidate in store.neighbours(target.id) if (hit := scored(candidate))]
    found.sort(key=lambda n: (-n.score, n.article_id))
    result = []
    for hit in found[:limit]:
        other = store.get(hit.article_id)
        result.append(Related(other.id, other.headline or other.title, other.source.name, other.published.value,
                              hit.score, hit.reason, hit.shared))
    return tuple(result)
