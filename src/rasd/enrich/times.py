"""Stage ``times``: the time expressions of the body, resolved against the publication date.

Fills ``article.times`` with one :class:`~rasd.model.TimeExpr` per expression in ``article.text`` (offsets
into the text; ``text[start:end] == expr.text``), found and resolved by :mod:`rasd.arabic.temporal`, then
the expressions of the page around the body — kicker, headline, deck, photo captions and the dates printed
with them — each with ``field`` naming where it is ("deck", "images[0].date_text") and offsets into that
field's value. With no
publication date, expressions that depend on it keep ``value=None`` and say what they mean in ``relative``
("publication month - 1"); a publication date marked ``inferred`` is used all the same, since the article
says how it was inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.arabic.temporal import find_times, parse_reference
from rasd.config import Config
from rasd.model import Article, TimeExpr


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
        body = find_times(article.text, reference)
        return replace(article, times=tuple(body) + tuple(_page_times(article, reference)))


def page_fields(article: Article) -> list[tuple[str, str]]:
    """(field name, value) for the page's text outside the body, in reading order."""
    fields = [(name, getattr(article, name)) for name in ("kicker", "headline", "deck")]
    for i, image in enumerate(article.images):
        fields += [(f"images[{i}].caption", image.caption), (f"images[{i}].date_text", image.date_text)]
    return [(name, value) for name, value in fields if value]


def _page_times(article: Article, reference) -> list[TimeExpr]:
    return [replace(expr, field=name) for name, value in page_fields(article) for expr in find_times(value, reference)]


def make_stage(config: Config) -> TimesStage:
    return TimesStage()
