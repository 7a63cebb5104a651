"""Bylines ("بقلم", "كتب", "By") and datelines ("دبي -الشرق", "القاهرة (رويترز) -", "LONDON (Reuters) -").

A dateline stands either on its own line before the body or at the start of the first paragraph; in the
second case :func:`split_inline_dateline` also says where the paragraph's own text begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.extract.furniture import fold
from rasd.model import Dateline

_BYLINE = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|كتبها|اعداد|إعداد|تحرير|تقرير|حوار|ترجمة|ترجمه|المحرر|مراسل|"
    r"by|written by|words by|reporting by|reported by|story by|author)\s*[:：\-–—]?\s+(.+)$",
    re.IGNORECASE,
)
_BYLINE_TRAILER = re.compile(r"^\(?\s*(?:reporting|additional reporting|writing|editing) by\b.*\)?$", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:[،,;؛&]|\band\b|\s+و(?=\s))\s*", re.IGNORECASE)
_NAME_TAIL = re.compile(r"\s*[-–—|]\s*.*$")
_WORD = r"[^\s\-–—:()«»\"]+"
_STANDALONE_DATELINE = re.compile(
    rf"^({_WORD}(?:\s+{_WORD}){{0,2}})\s*(?:[-–—/]\s*|\(\s*)([^\s()\-–—:][^()\-–—:]{{0,30}}?)\s*\)?\s*[:：]?$"
)
_INLINE_DATELINE_AR = re.compile(
    rf"^({_WORD}(?:\s+{_WORD})?)\s*(?:\(([^)]{{2,30}})\)\s*)?[-–—]\s*"
    rf"(?:((?:«[^»]{{2,30}}»|\"[^\"]{{2,30}}\"|{_WORD}(?:\s+{_WORD})?))\s*[-–—:]\s*)?"
)
_INLINE_DATELINE_EN = re.compile(
    r"^([A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    r"\s*(?:\(([^)]{2,30})\))?\s*[-–—]+\s*"
)


@dataclass(frozen=True, slots=True)
class InlineDateline:
    dateline: Dateline
    rest_start: int  # where the paragraph's own text starts


def parse_byline(line: str) -> list[str] | None:
    """The author names of a byline line, or None if the line is not a byline."""
    match = _BYLINE.match(line.strip())
    if not match or len(line.split()) > 14:
        return None
    names = _NAME_TAIL.sub("", match.group(1))
    names = re.sub(r"^(?:the\s+)?", "", names)
    authors = [n.strip(" .:") for n in _NAME_SPLIT.split(names) if n.strip(" .:")]
    return [a for a in authors if 1 <= len(a.split()) <= 5] or None


def is_byline_trailer(line: str) -> bool:
    """Agency trailers such as "(Reporting by ...; Editing by ...)" that close a wire story."""
    return bool(_BYLINE_TRAILER.match(line.strip()))


def parse_standalone_dateline(line: str) -> Dateline | None:
    """A short line of its own that is a dateline: "دبي -الشرق", "القاهرة - رويترز", "LONDON (Reuters)"."""
    text = line.strip()
    if len(text.split()) > 6 or text.endswith((".", "؟", "?", "!")):
        return None
    match = _STANDALONE_DATELINE.match(text)
    if not match:
        return None
    place, agency = match.group(1).strip(), match.group(2).strip(" «»\"")
    if not agency or fold(agency) in _NOT_AGENCY:
        return None
    return Dateline(place=place, agency=agency, text=text)


def split_inline_dateline(paragraph: str) -> InlineDateline | None:
    """A dateline opening the first paragraph ("القاهرة - رويترز - قال ...", "LONDON (Reuters) - ...")."""
    for pattern in (_INLINE_DATELINE_EN, _INLINE_DATELINE_AR):
        match = pattern.match(paragraph)
        if not match or match.end() >= len(paragraph) - 20:
            continue
        place = match.group(1).strip()
        agency = _group(match, 2) or _group(match, 3)
        if pattern is _INLINE_DATELINE_AR and not _arabic_place_like(place):
            continue
        text = paragraph[: match.end()].strip(" -–—:")
        return InlineDateline(Dateline(place=place, agency=agency, text=text), match.end())
    return None


def _group(match: re.Match[str], index: int) -> str | None:
    if index > (match.re.groups or 0) or not match.group(index):
        return None
    return match.group(index).strip(" «»\"")


def _arabic_place_like(place: str) -> bool:
    """One or two words, the first not a verb of saying or a particle: "القاهرة", "نيويورك", "رام الله"."""
    first = fold(place.split()[0])
    if not re.search(r"[\u0600-\u06ff]", place):  # "Singer-guitarists ..." is not a dateline
        return False
    return len(place.split()) <= 2 and first not in _NOT_PLACE and not first.startswith(("قال", "اكد", "ذكر"))


_NOT_PLACE = {"في", "من", "الى", "على", "علي", "عن", "ان", "لكن", "و", "ثم", "كما", "هذا", "هذه", "قد", "لا", "لم"}
_NOT_AGENCY = {"", "خاص", "عاجل"}
