"""One pass over a page's DOM that finds the elements each part of the page anatomy may be in.

Templates name their parts in ``class``, ``id``, ``itemprop`` and ``rel`` attributes. :func:`index_page`
reads every element once, records its position in page order and files the elements whose names match a
part (kicker, deck, author, date, caption, credit, tags) under that part, so the readers of each part look
at a handful of candidates instead of walking the tree again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement


def _names(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(words) + r")(?:$|[\s_-])")


PARTS: dict[str, re.Pattern[str]] = {
    "kicker": _names("kicker", "overline", "eyebrow", "super-?title", "pre-?title", "up-?title", "top-?line",
                     "surtitle", "strap", "tag-line", "category-label", "article-category", "section-label",
                     "section-name", "category-name", "cat-name", "rubric", "category", "section", "cat"),
    "deck": _names("deck", "dek", "standfirst", "stand-first", "sub-?title", "sub-?headline", "subhead", "summary",
                   "excerpt", "lead", "lede", "intro", "teaser", "strapline", "description", "brief", "abstract",
                   "chapo", "chapeau", "bajada", "article-summary", "sub-?heading"),
    "author": _names("author", "authors", "byline", "by-line", "writer", "reporter", "contributor", "kateb", "katib",
                     "author-name", "article-author", "journalist"),
    "date": _names("date", "time", "datetime", "published", "publish", "pubdate", "posted", "timestamp", "updated",
                   "modified", "article-date", "post-date", "entry-date", "datepublished", "datemodified"),
    "caption": _names("caption", "wp-caption-text", "figcaption", "image-caption", "photo-caption", "img-caption",
                      "media-caption", "caption-text", "image-desc", "photo-desc", "legend"),
    "credit": _names("credit", "credits", "copyright", "photographer", "photo-source", "image-source", "source",
                     "image-credit", "photo-credit", "caption-credit"),
    "tags": _names("tags", "tag-list", "tagcloud", "post-tags", "article-tags", "entry-tags", "keywords", "topics",
                   "hashtags", "labels", "article-topics", "wasm"),
}
NOT_PART = _names("related", "recommend", "more", "sidebar", "widget", "promo", "most-read", "trending", "comments?",
                  "newsletter", "share", "social", "footer", "menu", "nav", "breadcrumbs?", "avatar", "bio", "card",
                  "teaser-list", "list-item", "ticker", "marquee", "masthead", "site-header", "site-branding",
                  "branding", "site-description", "site-title", "tagline", "logo")
# Fragments every part name contains: a quick test that most class names fail, before the exact patterns.
_QUICK = re.compile("kicker|overline|eyebrow|title|line|strap|cat|section|rubric|label|deck|dek|stand|sub|summar|excerpt|lead|"
                    "lede|intro|teaser|descr|brief|abstract|chap|bajada|author|writer|report|contrib|kat|journal|"
                    "date|time|publish|posted|stamp|updated|modified|caption|legend|desc|credit|copyright|photog|"
                    "source|tag|keyword|topic|wasm")


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


class PartMatcher:
    """Which parts a class string names; remembers the answers (class names repeat within and across pages)."""

    def __init__(self, limit: int = 50_000):
        self._known: dict[str, tuple[str, ...]] = {}
        self._limit = limit

    def __call__(self, names: str) -> tuple[str, ...]:
        found = self._known.get(names)
        if found is None:
            lowered = _CAMEL.sub("-", names).lower()  # "NewsWriter" names a writer, "ImageCaption" a caption
            found = tuple(p for p, pattern in PARTS.items() if pattern.search(lowered)) if _QUICK.search(lowered) else ()
            if len(self._known) >= self._limit:
                self._known.clear()
            self._known[names] = found
        return found


def class_of(element: HtmlElement) -> str:
    """Class, id, itemprop and rel of an element, lowercased (camelCase split), to match part names against."""
    get = element.get
    return _CAMEL.sub("-", " ".join(filter(None, (get("class"), get("id"), get("itemprop"), get("rel"))))).lower()


def text_of(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


@dataclass
class PageIndex:
    order: dict[HtmlElement, int] = field(default_factory=dict)
    parts: dict[str, list[HtmlElement]] = field(default_factory=lambda: {name: [] for name in PARTS})
    by_tag: dict[str, list[HtmlElement]] = field(default_factory=dict)
    _furniture: dict[HtmlElement, bool] = field(default_factory=dict)

    def tagged(self, *tags: str) -> list[HtmlElement]:
        found = [e for tag in tags for e in self.by_tag.get(tag, [])]
        return sorted(found, key=self.order.__getitem__) if len(tags) > 1 else found

    def within(self, elements: list[HtmlElement], scope: HtmlElement) -> list[HtmlElement]:
        """The elements that are inside ``scope`` (or are it), by position in page order."""
        first, last = self.order.get(scope, 0), self.order.get(_last_descendant(scope), len(self.order))
        return [e for e in elements if first <= self.order.get(e, -1) <= last]

    def in_furniture(self, element: HtmlElement, stop: HtmlElement | None = None) -> bool:
        """Inside an aside, nav, footer, or a related-stories/share/comments block (up to ``stop``)."""
        for ancestor in element.iterancestors():
            if ancestor is stop:
                return False
            known = self._furniture.get(ancestor)
            if known is None:
                known = ancestor.tag in ("aside", "nav", "footer") or bool(NOT_PART.search(class_of(ancestor)))
                self._furniture[ancestor] = known
            if known:
                return True
        return False


_TAGS_OF_INTEREST = frozenset({"h1", "h2", "time", "figure", "figcaption", "img", "a", "article", "main", "frame",
                               "frameset", "iframe"})


def index_page(tree: HtmlElement, matcher: PartMatcher) -> PageIndex:
    """Page order of every node, the elements of interest by tag, and the candidates for each part."""
    index = PageIndex()
    order, parts, by_tag = index.order, index.parts, index.by_tag
    for position, element in enumerate(tree.iter()):
        order[element] = position
        tag = element.tag
        if tag.__class__ is not str:  # comments and processing instructions
            continue
        if tag in _TAGS_OF_INTEREST:
            by_tag.setdefault(tag, []).append(element)
        get = element.get
        names = f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''}"
        if tag == "a" or tag == "link":
            names += " " + (get("rel") or "")
        if len(names) > 2:
            for part in matcher(names):
                parts[part].append(element)
    return index


def _last_descendant(element: HtmlElement) -> HtmlElement:
    while len(element):
        element = element[-1]
    return element
