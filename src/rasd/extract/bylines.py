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
# Given names that start with و, so "وليد" is never read as "and ليد".
_WAW_NAMES = ("وليد", "وائل", "وسام", "وفاء", "وجدي", "وحيد", "ولاء", "وداد", "وديع", "وصفي", "وضاح", "ورد", "وهيب", "وفيق")
_NAME_TAIL = re.compile(r"\s*[-–—|]\s*.*$")
_WORD = r"[^\s\-–—:()«»\"]+"
_STANDALONE_DATELINE = re.compile(
    rf"^({_WORD}(?:\s+{_WORD}){{0,2}})\s*(?:[-–—/]\s*|\(\s*)([^\s()\-–—:][^()\-–—:]{{0,30}}?)\s*\)?\s*[:：]?$"
)
_INLINE_DATELINE_AR = re.compile(
    rf"^({_WORD}(?:\s+{_WORD})?)\s*(?:\(([^)]{{2,30}})\)\s*)?[-–—]\s*"
    rf"(?:((?:«[^»]{{2,30}}»|\"[^\"]{{2,30}}\"|{_WORD}(?:\s+{_WORD}){{0,2}}))\s*[-–—:]\s*)?"
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
    authors = [part for n in _NAME_SPLIT.split(names) for part in _split_attached_waw(n.strip(" .:")) if part]
    return [a for a in authors if 1 <= len(a.split()) <= 5] or None


def _split_attached_waw(names: str) -> list[str]:
    """"أحمد سمير ومنى عبد الرحمن" -> two names: a word with a joined و starts the second name."""
    words = names.split()
    for index in range(2, len(words) - 1):
        word = words[index]
        if word.startswith("و") and len(word) > 2 and not word.startswith(_WAW_NAMES):
            return [" ".join(words[:index]), " ".join([word[1:], *words[index + 1 :]])]
    return [names]


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
    if not agency or fold(agency) in _NOT_AGENCY or agency.isdigit() or _SAYING.match(fold(place)):
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
    """"القاهرة", "نيويورك", "رام الله": Arabic letters, one word (or two with a known first part), no verb."""
    words = [fold(word) for word in place.split()]
    if not all(_ARABIC_WORD.fullmatch(word) for word in words):
        return False
    if len(words) == 2 and words[0] not in _PLACE_FIRST_WORDS:
        return False
    return words[0] not in _NOT_PLACE and not _SAYING.match(words[0])


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_SAYING = re.compile(r"^[وف]?(?:قال|اكد|اضاف|اشار|ذكر|اعلن|اوضح|تابع|لفت|شدد|كشف|نقل|راي|اعتبر|نفي|حذر|بين|قد|لقد)")
_PLACE_FIRST_WORDS = {
    "رام", "ابو", "الدار", "شرم", "بني", "كفر", "دير", "بيت", "عين", "خان", "سيدي", "جبل", "ام", "نيو", "سان",
    "لوس", "هونغ", "ريو", "بوينس", "كوالا", "تل", "الشيخ", "مكة", "المدينة", "البحر", "جنوب", "شمال", "شرق", "غرب",
}
_NOT_PLACE = {"في", "من", "الى", "على", "علي", "عن", "ان", "لكن", "و", "ثم", "كما", "هذا", "هذه", "لا", "لم", "هو", "هي"}
_NOT_AGENCY = {"", "خاص", "عاجل"}
