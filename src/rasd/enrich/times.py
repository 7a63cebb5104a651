"""Stage ``times``: the time expressions of the body, resolved against the publication date.

Fills ``article.times`` with one :class:`~rasd.model.TimeExpr` per expression in ``article.text`` (offsets
into the text; ``text[start:end] == expr.text``), found and resolved by :mod:`rasd.arabic.temporal`. With no
publication date, expressions that depend on it keep ``value=None`` and say what they mean in ``relative``
("publication month - 1"); a publication date marked ``inferred`` is used all the same, since the article
says how it was inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.arabic.temporal import find_times, parse_reference
from rasd.config import Config
from rasd.model import Article


@dataclass(frozen=True, slots=True)
class TimesStage:
    name: str = "times"
    version: str = "1"
    requires: frozenset[str] = frozenset({"text", "published"})
    provides: frozenset[str] = frozenset({"times"})

    def __call__(self, article: Article) -> Article:
        try:
            reference = parse_reference(article.published.value)
        except ValueError as exc:
            article = article.with_warning(self.name, "E301", f"publication date not used: {exc}")
            reference = None
        return replace(article, times=tuple(find_times(article.text, reference)))


def make_stage(config: Config) -> TimesStage:
    return TimesStage()
