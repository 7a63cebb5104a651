"""Photo captions in page text: the caption, the date it gives, and the credit.

News pages print captions as "caption. 2 ديسمبر 2025 - REUTERS", "caption (رويترز)", "caption. Photo: AFP",
"تصوير: محمد علي"; scrapers often repeat the line (figcaption, then alt text). :func:`parse_caption` splits
one line; it returns None when the line carries no credit, so a plain sentence is never taken for a caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.extract.dates import find_dates

AGENCIES_AR = (
    "رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "ا.ف.ب", "فرانس برس", "وكالة فرانس برس", "أسوشيتد برس", "اسوشيتد برس",
    "أ ب", "الأناضول", "الاناضول", "وام", "واس", "سانا", "قنا", "كونا", "بترا", "د ب أ", "إ ب أ", "ا ب ا",
    "غيتي", "جيتي", "غيتي إيماجز", "بلومبرغ", "شينخوا", "إرنا", "ارنا", "رويترز/أرشيفية", "أرشيفية", "ارشيفية",
    "الأرشيف", "الارشيف", "أرشيف", "ارشيف",
    "الشرق", "وسائل التواصل", "مواقع التواصل", "إكس", "تلغرام",
)
AGENCIES_EN = (
    "Reuters", "AFP", "AP", "EPA", "EPA-EFE", "Getty Images", "Getty", "Bloomberg", "Anadolu", "Anadolu Agency",
    "Xinhua", "WANA", "Sputnik", "TASS", "Shutterstock", "Alamy", "File photo", "Handout", "Supplied", "Wikimedia",
)
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES_AR + AGENCIES_EN), key=len, reverse=True))
# A run of capitals, maybe joined by "/", "via", "-": "REUTERS", "AFP/Getty", "EPA-EFE", "AFP via Getty Images".
_CAPS = r"[A-Z][A-Z.\-]{1,}(?:\s*(?:/|via|-)\s*[A-Z][A-Za-z.\-]+(?: [A-Z][a-z]+)*)*"
_CREDIT_LABEL = r"(?:photo|image|picture|credit|source|تصوير|الصورة|صورة|مصدر الصورة|المصدر|الصور)"

_TRAILING_CREDIT = re.compile(rf"\s*[-–—|/]\s*((?:{_AGENCY})(?:\s*/\s*\S+)?|{_CAPS})\s*\.?$")
_PAREN_CREDIT = re.compile(rf"\s*[(\[]\s*(?:{_CREDIT_LABEL}\s*(?:[:：]|by\b)?\s*)?((?:{_AGENCY})[^)\]]*|{_CAPS}|[^)\]]{{2,40}}?)\s*[)\]]\s*\.?$", re.I)
_LABELLED_CREDIT = re.compile(rf"(?:^|[.،,\s-]\s*)({_CREDIT_LABEL})\s*[:：]\s*([^:：]{{2,60}}?)\s*\.?$", re.I)
_WIRE_CREDIT = re.compile(r"(?<=[.!?])\s+((?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|SANA|WAFA)(?:/[^/\s][^/]*)*)\s*$")
_LABEL_ONLY_PAREN = re.compile(rf"^\s*(?:{_CREDIT_LABEL})\s*(?:[:：]|by\b)", re.I)


@dataclass(frozen=True, slots=True)
class CaptionParts:
    caption: str | None
    credit: str | None
    date: str | None
    date_text: str | None = None  # the date as written in the line


def parse_caption(line: str) -> CaptionParts | None:
    """Split a caption line into caption, date and credit; None if it has no recognisable credit."""
    line = line.strip()
    credit, rest = _split_credit(line)
    if credit is None or len(rest.split()) < 3:
        return None
    caption, date, date_text = _split_date(rest)
    return CaptionParts(caption=caption or None, credit=credit, date=date, date_text=date_text)


def split_uncredited(line: str) -> CaptionParts:
    """A line known to be a caption (repeated as alt text) but without a credit: caption and date only."""
    caption, date, date_text = _split_date(line.strip())
    return CaptionParts(caption=caption or None, credit=None, date=date, date_text=date_text)


def _split_credit(line: str) -> tuple[str | None, str]:
    match = _TRAILING_CREDIT.search(line)
    if match and match.start() > 0:
        return match.group(1).strip(), line[: match.start()].strip()
    match = _WIRE_CREDIT.search(line)
    if match:
        return match.group(1).strip(), line[: match.start()].strip()
    match = _LABELLED_CREDIT.search(line)
    if match and match.start() > 0:
        return match.group(2).strip(), line[: match.start()].strip()
    match = _PAREN_CREDIT.search(line)
    if match and match.start() > 0 and _credit_like(match.group(0)):
        return match.group(1).strip(), line[: match.start()].strip()
    return None, line


def _credit_like(paren: str) -> bool:
    inner = paren.strip(" .()[]")
    return bool(
        _LABEL_ONLY_PAREN.match(inner)
        or re.fullmatch(rf"(?:{_AGENCY})(?:\s*/\s*\S+)?", inner)
        or re.fullmatch(_CAPS, inner)
    )


def _split_date(text: str) -> tuple[str, str | None, str | None]:
    """(caption, ISO date, the date as written) from a caption line that may end with its date."""
    dates = find_dates(text)
    if not dates:
        return text.rstrip(" -–—,،"), None, None
    last = dates[-1]
    if text[last.end :].strip(" .-–—,،"):
        return text.rstrip(" -–—,،"), None, None  # a date inside the caption is part of what it says
    caption = text[: last.start].rstrip(" -–—,،")
    return caption, last.value[:10], text[last.start : last.end]
