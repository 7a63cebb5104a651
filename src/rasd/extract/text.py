"""Scraped-text pages: the page anatomy recovered from plain text, one element per line.

A scraper that keeps only the visible text of a news page leaves a predictable order: the document title
(often with the site's name after a separator), the on-page kicker and headline, a deck, widgets (reading
time, share bars), photo captions (often twice: figcaption and alt text), a byline, a date, a dateline,
the body with its subheadings, and the page's closing blocks (categories, related stories, tags).
:func:`read_layout` walks the lines once through three zones — header, body, tail — classifying each
line by small rules in :mod:`furniture`, :mod:`captions`, :mod:`bylines`, :mod:`readtime` and
:mod:`dates`; :class:`TextPageReader` turns the layout into an :class:`~rasd.model.Article`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from rasd.acquire.hints import PUBLISHED, hint
from rasd.config import Config
from rasd.errors import InputError
from rasd.extract import bylines, captions, furniture
from rasd.extract.blocks import assemble
from rasd.extract.dates import find_dates
from rasd.extract.language import detect_language
from rasd.extract.readtime import parse_reading_time_widget
from rasd.model import Article, BlockKind, Dateline, DateValue, Image, RawDocument, ReadingTime, Source, article_id
from rasd.pipeline import Decoded, ReadOptions

_SITE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|«|·|•)\s+")
_KICKER_SEPARATORS = re.compile(r"\s*(?:\.\.+|…)\s*")
_TERMINAL = (".", "!", "?", "؟", "…", ":", "،", ",", ";", "؛")
_MODIFIED_LABEL = re.compile(r"(?:اخر تحديث|آخر تحديث|تم التحديث|تحديث|محدث|updated|last updated|modified)", re.I)
_DATE_LABEL = re.compile(
    r"(?:نشر|نُشر|تاريخ النشر|بتاريخ|منشور|published|posted|on|في|اخر تحديث|آخر تحديث|تم التحديث|تحديث|updated|last updated|"
    r"الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|بتوقيت|gmt|utc|ت\.غ|م|هـ|ه|am|pm|ص)\b",
    re.I,
)
_HIJRI_MONTHS = re.compile(r"محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة")


@dataclass
class PageLayout:
    """What :func:`read_layout` found, line by line. Mutable only while the layout is being read."""

    title: str | None = None
    site_name: str | None = None
    kicker: str | None = None
    headline: str | None = None
    deck: str | None = None
    published_minutes: int | None = None
    images: list[Image] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    published: DateValue = field(default_factory=DateValue)
    modified: DateValue = field(default_factory=DateValue)
    tags: list[str] = field(default_factory=list)
    body: list[tuple[BlockKind, str]] = field(default_factory=list)


def read_layout(text: str) -> PageLayout:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    layout = PageLayout()
    if not lines:
        return layout
    end = _tail_start(lines)
    _read_tail(lines[end:], layout)
    lines = lines[:end]
    repeated = {line for line, count in Counter(lines).items() if count > 1}
    position = _read_title_block(lines, layout)
    position = _read_header(lines, position, layout, repeated)
    _read_body(lines[position:], layout, repeated)
    return layout


# ------------------------------------------------------------------ tail


def _tail_start(lines: list[str]) -> int:
    for index in range(2, len(lines)):
        if furniture.is_end_marker(lines[index]) or _is_tag_heading(lines[index]):
            return index
    return len(lines)


def _is_tag_heading(line: str) -> bool:
    return furniture.tag_marker(line) is not None and len(line.split()) <= 12


def _read_tail(tail: list[str], layout: PageLayout) -> None:
    in_tags = False
    for line in tail:
        marker = furniture.tag_marker(line)
        if marker is not None:
            layout.tags.extend(furniture.split_tags(marker))
            in_tags = True
        elif furniture.is_end_marker(line):
            in_tags = False
        elif in_tags and len(line.split()) <= 6:
            layout.tags.extend(furniture.split_tags(line))


# ------------------------------------------------------------------ title, kicker, headline


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """("ويتكوف ... بوتين", "الشرق للأخبار") from "ويتكوف ... بوتين | الشرق للأخبار"; the site part is short."""
    separators = list(_SITE_SEPARATORS.finditer(title))
    if not separators:
        return title, None
    last = separators[-1]
    head, site = title[: last.start()].strip(), title[last.end() :].strip()
    too_long = len(site.split()) > 5 or len(site) > 40 or len(site.split()) >= len(head.split())
    if too_long or site.endswith(_TERMINAL) or len(head.split()) < 2:
        return title, None
    return head, site


def _read_title_block(lines: list[str], layout: PageLayout) -> int:
    """Title (and site name), kicker and headline from the first lines; returns the next line's index."""
    title, site = split_site_suffix(lines[0])
    layout.title, layout.site_name = title, site
    for index in range(1, min(len(lines), 4)):
        kicker, headline = _split_kicker(lines[index])
        if _headline_like(headline) and _similar(headline, title):
            layout.headline = headline
            layout.kicker = kicker or _kicker_line(lines, index)
            return index + 1
    kicker, headline = _split_kicker(title)
    layout.headline = headline
    if kicker and site is None:
        layout.kicker, layout.title = kicker, headline
    else:
        layout.headline = title
    return 1


def _headline_like(line: str) -> bool:
    return len(line.split()) <= 25 and not line.endswith((".", "،", ","))


def _split_kicker(line: str) -> tuple[str | None, str]:
    parts = _KICKER_SEPARATORS.split(line, maxsplit=1)
    if len(parts) == 2 and 1 <= len(parts[0].split()) <= 4 and len(parts[1].split()) >= 3:
        return parts[0].strip(), parts[1].strip()
    return None, line


def _kicker_line(lines: list[str], headline_index: int) -> str | None:
    if headline_index < 2:
        return None
    candidate = lines[headline_index - 1]
    if len(candidate.split()) <= 4 and not candidate.endswith(_TERMINAL):
        return candidate
    return None


def _similar(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a, b) >= 70 or fuzz.ratio(a, b) >= 70


# ------------------------------------------------------------------ header


def _read_header(lines: list[str], position: int, layout: PageLayout, repeated: set[str]) -> int:
    """Deck, widgets, captions, byline, date and dateline before the body; returns where the body starts."""
    index = position
    while index < len(lines):
        line = lines[index]
        dateline = parse_reading_time_widget(line) is None and bylines.parse_standalone_dateline(line)
        if dateline and layout.dateline is None:
            layout.dateline = dateline
            return index + 1
        if _take_furniture(line, layout, repeated):
            index += 1
            continue
        if layout.deck is None and _deck_like(lines, index):
            layout.deck = line
            index += 1
            continue
        return index
    return index


def _take_furniture(line: str, layout: PageLayout, repeated: set[str]) -> bool:
    """Consume a line that is a widget, caption, byline, date or furniture; False if it is none of them."""
    minutes = parse_reading_time_widget(line)
    if minutes is not None:
        layout.published_minutes = layout.published_minutes or minutes
        return True
    if _take_caption(line, layout, repeated):
        return True
    authors = bylines.parse_byline(line)
    if authors:
        layout.authors.extend(a for a in authors if a not in layout.authors)
        return True
    if _take_date_line(line, layout):
        return True
    return furniture.is_furniture_line(line)


def _take_caption(line: str, layout: PageLayout, repeated: set[str]) -> bool:
    parts = captions.parse_caption(line)
    if parts is None and line in repeated and len(line.split()) >= 3:
        parts = captions.split_uncredited(line)
    if parts is None:
        return False
    if not any(image.caption == parts.caption for image in layout.images):
        layout.images.append(Image(caption=parts.caption, credit=parts.credit, date=parts.date, date_text=parts.date_text))
    return True


def _take_date_line(line: str, layout: PageLayout) -> bool:
    dates = find_dates(line)
    if not dates or len(line.split()) > 16:
        return False
    rest = line
    for match in reversed(dates):
        rest = rest[: match.start] + " " + rest[match.end :]
    rest = _HIJRI_MONTHS.sub(" ", _DATE_LABEL.sub(" ", rest))
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > 1:
        return False
    value = DateValue(value=dates[0].value, inferred=False, evidence=line)
    if _MODIFIED_LABEL.search(line) and layout.published.value:
        layout.modified = value
    elif _MODIFIED_LABEL.search(line) and not re.search(r"نشر|published|posted", line, re.I):
        layout.modified = value
    else:
        layout.published = layout.published if layout.published.value else value
    return True


def _deck_like(lines: list[str], index: int) -> bool:
    line = lines[index]
    words = len(line.split())
    if words < 4 or words > 45 or bylines.split_inline_dateline(line):
        return False
    if _marker_follows(lines, index):
        return True
    return words <= 35 and not line.endswith((".", "!", "?", "؟"))


def _marker_follows(lines: list[str], index: int) -> bool:
    """A widget, caption, byline, date line or dateline comes within the next three lines."""
    for line in lines[index + 1 : index + 4]:
        if (
            parse_reading_time_widget(line) is not None
            or captions.parse_caption(line)
            or bylines.parse_byline(line)
            or bylines.parse_standalone_dateline(line)
            or (find_dates(line) and len(line.split()) <= 12)
        ):
            return True
    return False


# ------------------------------------------------------------------ body


def _read_body(lines: list[str], layout: PageLayout, repeated: set[str]) -> None:
    skipping_related = False
    for index, line in enumerate(lines):
        if furniture.is_related_heading(line):
            skipping_related = True
            continue
        if skipping_related and _link_like(line):
            continue
        skipping_related = False
        if bylines.is_byline_trailer(line) or _take_furniture(line, layout, repeated):
            continue
        if not layout.body and layout.dateline is None:
            line = _strip_inline_dateline(line, layout)
        kind: BlockKind = "heading" if _heading_like(lines, index, layout) else "paragraph"
        layout.body.append((kind, line))


def _strip_inline_dateline(line: str, layout: PageLayout) -> str:
    found = bylines.split_inline_dateline(line)
    if not found:
        return line
    layout.dateline = found.dateline
    return line[found.rest_start :].strip()


def _link_like(line: str) -> bool:
    return len(line.split()) <= 20 and not line.endswith((".", "!", "?", "؟"))


def _heading_like(lines: list[str], index: int, layout: PageLayout) -> bool:
    line = lines[index]
    if not layout.body or index + 1 >= len(lines):
        return False
    if len(line.split()) > 12 or len(line) > 100 or line.rstrip("\"'»”").endswith(_TERMINAL):
        return False
    following = lines[index + 1]
    return len(following.split()) > len(line.split()) + 5


# ------------------------------------------------------------------ reader


class TextPageReader:
    """Reads scraped-text pages (``text/plain``) into Articles."""

    name = "read.text"
    version = "1"
    media_types = frozenset({"text/plain"})

    def __call__(self, doc: Decoded, raw: RawDocument, options: ReadOptions) -> Article:
        layout = read_layout(doc.text)
        blocks, text = assemble(layout.body)
        if not text:
            raise InputError("E005", "no body paragraphs found in the text", raw.location)
        url = options.url or raw.url
        return Article(
            id=article_id(url, layout.title, text),
            text=text,
            blocks=blocks,
            url=url,
            source=Source(name=layout.site_name, domain=_domain(url)),
            language=detect_language(text),
            title=layout.title,
            kicker=layout.kicker,
            headline=layout.headline,
            deck=layout.deck,
            authors=tuple(layout.authors),
            dateline=layout.dateline,
            published=_published(layout, options, raw),
            modified=layout.modified,
            reading_time=ReadingTime(published_minutes=layout.published_minutes),
            images=tuple(layout.images),
            tags=tuple(layout.tags),
        )


def _published(layout: PageLayout, options: ReadOptions, raw: RawDocument) -> DateValue:
    if options.published:
        return DateValue(value=options.published, inferred=False, evidence="supplied by the user (--published)")
    listed = hint(raw, PUBLISHED)
    if layout.published.value is None and listed:
        return DateValue(value=listed, inferred=False, evidence=f"the {raw.source_kind} record of the page")
    return layout.published


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def make_reader(config: Config) -> TextPageReader:
    return TextPageReader()
