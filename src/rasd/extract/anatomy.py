"""The visible anatomy of a news page, read from its DOM: headline, kicker, deck, bylines, dates, reading time.

News templates name their parts in class names, in English even on Arabic sites: ``kicker``/``overline``
above the headline, ``deck``/``standfirst``/``subtitle`` under it, ``byline``/``author``, ``date``/``time``.
:func:`read_anatomy` finds the headline (the ``<h1>`` closest to the declared title), then looks for the
other parts around it, in page order: a kicker must come before the headline, a deck after it and before
the body. Images and tags are :mod:`rasd.extract.figures`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement
from rapidfuzz import fuzz

from rasd.extract import bylines
from rasd.extract.dates import find_dates, is_copyright_text, parse_machine_date
from rasd.extract.furniture import fold
from rasd.extract.metadata import DatedValue
from rasd.extract.pageindex import PARTS, PageIndex, class_of, text_of
from rasd.extract.readtime import parse_reading_time_widget

_WIDGET_HINTS = ("قراء", "min read", "mins read", "minute read", "reading time", "read time")
_MODIFIED_WORDS = re.compile(r"اخر تحديث|آخر تحديث|تم التحديث|تحديث|محدث|updated|modified|last update", re.I)
_BY_PREFIX = re.compile(r"^\s*(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|by|written by|words by|author)\s*[:：\-–—]?\s*",
                        re.I)
_NAME_NOISE = re.compile(r"\s*(?:[|•·]|\bupdated\b|\bpublished\b|\d{1,2}[:/.]\d{2}).*$", re.I)


@dataclass
class Anatomy:
    headline: str | None = None
    headline_element: HtmlElement | None = None
    kicker: str | None = None
    deck: str | None = None
    authors: list[str] = field(default_factory=list)
    published: list[DatedValue] = field(default_factory=list)
    modified: list[DatedValue] = field(default_factory=list)
    published_minutes: int | None = None
    furniture: set[str] = field(default_factory=set)  # texts of the parts, to keep them out of the body
    scope: HtmlElement | None = None  # the article's container
    deck_in_header: bool = False  # the deck sits in the article's header, apart from the body


def read_anatomy(tree: HtmlElement, index: PageIndex, titles: list[str]) -> Anatomy:
    """Headline, kicker, deck, bylines, dates and reading time shown on the page."""
    anatomy = Anatomy()
    headline = _find_headline(tree, index, titles)
    if headline is not None:
        anatomy.headline_element, anatomy.headline = headline, _headline_text(headline)
        anatomy.kicker = _find_kicker(headline, anatomy.headline, index)
        deck = _find_deck(headline, anatomy.headline, index)
        if deck is not None:
            anatomy.deck, anatomy.deck_in_header = text_of(deck), _in_header(deck, headline)
    anatomy.scope = scope_of(tree, index, headline)
    _read_bylines(anatomy.scope, index, anatomy)
    _read_dates(anatomy.scope, index, anatomy)
    header = _surroundings(headline, 4) if headline is not None else anatomy.scope
    shown = text_of(header)[:4000].lower()
    if any(hint in shown for hint in _WIDGET_HINTS):  # most pages show no reading time: do not look for one
        anatomy.published_minutes = _reading_time(header)
    anatomy.furniture.update(filter(None, (anatomy.headline, anatomy.kicker)))
    return anatomy


# ------------------------------------------------------------------ headline


def _find_headline(tree: HtmlElement, index: PageIndex, titles: list[str]) -> HtmlElement | None:
    candidates = [h for h in index.tagged("h1") if 2 <= len(text_of(h)) <= 400]
    if not candidates:
        candidates = [e for e in tree.xpath(".//*[self::h2 or self::div or self::span or self::p]"
                                            "[contains(@class, 'headline') or contains(@class, 'title')]")
                      if 2 <= len(text_of(e).split()) <= 40][:20]
    if not candidates:
        return None
    if not titles:
        return candidates[0] if candidates[0].tag == "h1" else None
    scored = [(max(_title_similarity(text_of(c), t) for t in titles), -i, c) for i, c in enumerate(candidates)]
    score, _, best = max(scored, key=lambda s: (s[0], s[1]))
    return best if score >= 60 else None


def _title_similarity(text: str, title: str) -> float:
    return max(fuzz.token_set_ratio(text, title), fuzz.partial_ratio(text, title) if len(text) > 20 else 0)


def _headline_text(headline: HtmlElement) -> str:
    """The headline without a kicker printed inside the same ``<h1>``."""
    text = text_of(headline)
    for child in headline.iterdescendants():
        if isinstance(child.tag, str) and PARTS["kicker"].search(class_of(child)):
            kicker = text_of(child)
            if kicker and text.startswith(kicker):
                return text[len(kicker):].strip(" :-–—|")
    return text


# ------------------------------------------------------------------ kicker and deck


def _surroundings(headline: HtmlElement, levels: int) -> HtmlElement:
    """The headline's ancestor ``levels`` up (not past ``<body>``)."""
    container = headline
    for _ in range(levels):
        parent = container.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        container = parent
    return container


def _find_kicker(headline: HtmlElement, headline_text: str, index: PageIndex) -> str | None:
    position = index.order[headline]
    inside = [e for e in index.within(index.parts["kicker"], headline) if e is not headline]
    nearby = index.within(index.parts["kicker"], _surroundings(headline, 3))
    for element in inside + [e for e in reversed(nearby) if index.order[e] < position]:
        if element.tag in ("label", "button", "input", "option", "meta"):
            continue
        text = text_of(element)
        if 1 <= len(text.split()) <= 6 and (element in inside or text not in headline_text):
            return text
    return None


def _find_deck(headline: HtmlElement, headline_text: str, index: PageIndex) -> HtmlElement | None:
    position = index.order[headline]
    container = _surroundings(headline, 4)
    candidates = index.within(index.parts["deck"], container)
    candidates += [h for h in index.within(index.tagged("h2"), container) if 0 < index.order[h] - position <= 6]
    for element in sorted(candidates, key=index.order.__getitem__):
        distance = index.order[element] - position
        if distance <= 0 or distance > 80 or element.tag in _NOT_DECK_TAGS:
            continue
        names = class_of(element)
        if PARTS["author"].search(names) or PARTS["caption"].search(names) or _NOT_DECK_NAMES.search(names):
            continue
        text = text_of(element)
        if not 4 <= len(text.split()) <= 70 or _similar(text, headline_text) or _TEASER_END.search(text):
            continue
        if any(a.tag in ("figure", "figcaption", "form", "button") for a in element.iterancestors()):
            continue
        if not index.in_furniture(element, container.getparent()):
            return element
    return None


_HEADER_NAMES = re.compile(r"(?:^|[\s_-])(?:header|head|heading|hero|masthead|top|title-?box)(?:$|[\s_-])")


def _in_header(deck: HtmlElement, headline: HtmlElement) -> bool:
    """The deck shares a header box with the headline (``<header>``, ``...__header``), apart from the body."""
    for ancestor in deck.iterancestors():
        if ancestor.tag in ("article", "main", "body"):
            return False
        if ancestor.tag == "header" or _HEADER_NAMES.search(class_of(ancestor)):
            return headline in ancestor.iterdescendants()
    return False


_NOT_DECK_TAGS = frozenset({"label", "button", "input", "img", "script", "style", "a", "li", "meta", "ul", "ol",
                            "body", "article", "section", "main", "form"})


_NOT_DECK_NAMES = re.compile(r"bio|about|profile|comment|newsletter|promo|related|card|teaser-list|footer|"
                             r"signup|sign-up|login|register|subscribe|cookie|consent")
_TEASER_END = re.compile(r"(?:mehr|more|read more|weiterlesen|lire la suite|المزيد|التفاصيل)\W*$|…\s*$|\.\.\.\s*$", re.I)


def _similar(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= 85


# ------------------------------------------------------------------ scope, bylines, dates, reading time


def scope_of(tree: HtmlElement, index: PageIndex, headline: HtmlElement | None) -> HtmlElement:
    """The article's container: the ``<article>`` holding the headline, the only ``<article>``, or the body."""
    if headline is not None:
        for ancestor in headline.iterancestors():
            if ancestor.tag in ("article", "main") or "articlebody" in class_of(ancestor).replace("-", ""):
                return ancestor
    articles = index.tagged("article")
    if len(articles) == 1:
        return articles[0]
    body = tree.find(".//body")
    return body if body is not None else tree


def _read_bylines(scope: HtmlElement, index: PageIndex, anatomy: Anatomy) -> None:
    for element in index.within(index.parts["author"], scope):
        if element.tag in ("img", "meta", "link", "script") or index.in_furniture(element, scope):
            continue
        text = text_of(element)
        names = byline_names(text)
        if names:
            anatomy.furniture.add(text)
            anatomy.authors.extend(n for n in names if n not in anatomy.authors)
        if len(anatomy.authors) >= 6:
            return


def byline_names(text: str) -> list[str]:
    """The names in a byline element's text: "بقلم: أحمد علي"، "By Jane Doe and John Roe | Reuters"."""
    if not text or len(text.split()) > 16 or re.search(r"\d{3,}|@|https?:", text):
        return []
    parsed = bylines.parse_byline(text) or [_BY_PREFIX.sub("", text)]
    names = [_clean_name(part) for name in parsed for part in _split_joined(name)]
    return [n for n in names if n]


_WAW_NAMES = frozenset({"ولد", "وليد", "وائل", "وفاء", "وسام", "وجدي", "وديع", "وهيب", "وصفي", "وضاح", "وداد", "وعد",
                        "وجيه", "ورد", "وردة", "وحيد", "وحيدة", "وهبة", "وهبي", "وصال", "وفيق", "ولاء", "وليم",
                        "ويليام", "والتر", "وسيم", "وئام", "وجدان", "وحيد"})


def _split_joined(name: str) -> list[str]:
    """"محمد صالح وهدى يوسف" is two names: the Arabic "and" is written joined to the next word. Split only
    where both sides keep two words or more, so "وليد سالم" stays one name."""
    words = name.split()
    for position in range(2, len(words) - 1):
        if words[position].startswith("و") and len(words[position]) > 2 and words[position] not in _WAW_NAMES:
            rest = [words[position][1:]] + words[position + 1 :]
            return [" ".join(words[:position])] + _split_joined(" ".join(rest))
    return [name]


def _clean_name(name: str) -> str | None:
    name = _NAME_NOISE.sub("", name).strip(" .,:،-–—|")
    if not name or not 1 <= len(name.split()) <= 5 or re.search(r"\d", name):
        return None
    if fold(name) in ("author", "authors", "by", "الكاتب", "المحرر", "كاتب", "بقلم", "كتب"):
        return None
    return name


_MAX_DATE_ELEMENTS = 8


def _read_dates(scope: HtmlElement, index: PageIndex, anatomy: Anatomy) -> None:
    candidates = index.within(index.tagged("time") + index.parts["date"], scope)
    read = 0
    for element in sorted(set(candidates), key=index.order.__getitem__):
        if read >= _MAX_DATE_ELEMENTS or (anatomy.published and anatomy.modified):
            return  # the article's own dates come first; later ones date other stories or comments
        if element.tag in ("script", "style", "body", "article", "section", "main") or index.in_furniture(element, scope):
            continue
        read += 1
        text = text_of(element)
        if len(text.split()) > 20 or is_copyright_text(text):
            continue
        found = _element_date(element, text)
        if found is None:
            continue
        modified = bool(_MODIFIED_WORDS.search(text + " " + class_of(element)))
        (anatomy.modified if modified else anatomy.published).append(found)
        anatomy.furniture.add(text)


def _element_date(element: HtmlElement, text: str) -> DatedValue | None:
    machine = element.get("datetime") or element.get("content") or element.get("data-date")
    if machine:
        iso = parse_machine_date(machine)
        if iso:
            return DatedValue(iso, f'<{element.tag} datetime="{machine}">')
    dates = find_dates(text)  # Gregorian in every month-name set, and Hijri (Umm al-Qura)
    return DatedValue(dates[0].value, f"page text: {text}") if dates else None


def _reading_time(scope: HtmlElement) -> int | None:
    nodes = scope.xpath(".//text()[contains(., 'قراءة') or contains(., 'قراءه') or contains(., 'read') "
                        "or contains(., 'Read') or contains(., 'READ')][string-length(.) < 60]")
    for node in nodes[:30]:
        element = node.getparent()
        for _ in range(2):  # the figure may sit in a sibling: <span>دقائق القراءة</span><span>4</span>
            if element is None:
                break
            minutes = parse_reading_time_widget(text_of(element))
            if minutes is not None and 0 < minutes < 120:
                return minutes
            element = element.getparent()
    return None
