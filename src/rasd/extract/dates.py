"""Absolute dates written in a line of page text: captions, "نشر في" lines, bylines.

Arabic (Gregorian, Levantine and Maghrebi month names, Arabic-Indic digits) and English forms, with an
optional time of day. Relative expressions ("الشهر الماضي") are the business of ``rasd.arabic.temporal``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rasd.arabic.calendar import (
    ARABIC_MONTH_PATTERN,
    ENGLISH_MONTH_PATTERN,
    ascii_digits,
    fold_alef,
    month_number,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    value: str  # ISO-8601 date, or date and time ("2026-01-13T10:30")
    start: int
    end: int


_DAY_MONTH_YEAR_AR = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({ARABIC_MONTH_PATTERN})\s*[،,]?\s*(?:عام\s+|سنة\s+)?(\d{{4}})(?!\d)"
)
_MONTH_DAY_YEAR_EN = re.compile(
    rf"\b({ENGLISH_MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_DAY_MONTH_YEAR_EN = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+({ENGLISH_MONTH_PATTERN})\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])")
_TIME = re.compile(  # used with .match(text, pos): anchored at pos (a "^" would only match at 0)
    r"\s*(?:[-–—,،|]\s*|الساعة\s+|at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*(ص|م|صباحا|مساء|صباحاً|مساءً|am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)


def find_dates(line: str) -> list[DateMatch]:
    """Every valid absolute date in ``line``, in order of position; offsets point into ``line``."""
    text = fold_alef(ascii_digits(line))
    found: list[DateMatch] = []
    for pattern, order in (
        (_DAY_MONTH_YEAR_AR, "dmy"),
        (_MONTH_DAY_YEAR_EN, "mdy"),
        (_DAY_MONTH_YEAR_EN, "dmy"),
        (_ISO, "ymd"),
        (_NUMERIC_DMY, "dmy_numeric"),
    ):
        for match in pattern.finditer(text):
            if any(match.start() < f.end and f.start < match.end() for f in found):
                continue
            value = _to_iso(match.groups(), order)
            if value:
                value, end = _with_time(text, match.end(), value)
                found.append(DateMatch(value, match.start(), end))
    return sorted(found, key=lambda f: f.start)


def first_date(line: str) -> DateMatch | None:
    dates = find_dates(line)
    return dates[0] if dates else None


def _to_iso(groups: tuple[str, ...], order: str) -> str | None:
    if order == "dmy":
        day, month, year = int(groups[0]), month_number(groups[1]), int(groups[2])
    elif order == "mdy":
        month, day, year = month_number(groups[0]), int(groups[1]), int(groups[2])
    elif order == "ymd":
        year, month, day = (int(g) for g in groups)
    else:
        day, month, year = (int(g) for g in groups)
    if not month:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _with_time(text: str, pos: int, value: str) -> tuple[str, int]:
    match = _TIME.match(text, pos)
    if not match:
        return value, pos
    hour, minute, meridiem = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
    if meridiem.startswith(("م", "pm", "p.m")) and hour < 12:
        hour += 12
    if meridiem.startswith(("ص", "am", "a.m")) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return value, pos
    return f"{value}T{hour:02d}:{minute:02d}", match.end()


# --------------------------------------------------------------------------- Hijri dates

_HIJRI_MONTH_NAMES: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الثانية": 6, "جمادي الاخره": 6,
    "جمادي الاخرة": 6, "جمادي الاخر": 6, "جمادي الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذو القعدة": 11, "ذي القعده": 11, "ذي القعدة": 11, "ذو الحجه": 12, "ذو الحجة": 12,
    "ذي الحجه": 12, "ذي الحجة": 12,
}
_HIJRI_MONTH_PATTERN = "|".join(sorted((re.escape(n) for n in _HIJRI_MONTH_NAMES), key=len, reverse=True))
_HIJRI_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({_HIJRI_MONTH_PATTERN})\s*[،,]?\s*(?:عام\s+|سنة\s+)?(1[34]\d\d)(?!\d)\s*(?:هـ|ه\b|للهجرة|هجري|هجرية)?"
)


@dataclass(frozen=True, slots=True)
class HijriMatch:
    value: str  # the Gregorian ISO date (Umm al-Qura calendar)
    hijri: str  # the Hijri date as "YYYY-MM-DD" (AH)
    start: int
    end: int


def find_hijri_dates(line: str) -> list[HijriMatch]:
    """Hijri dates written in ``line`` ("27 جمادى الأولى 1448 هـ"), converted with the Umm al-Qura calendar."""
    from hijridate import Hijri  # imported here: only pages that carry a Hijri date pay for it

    text = fold_alef(ascii_digits(line))
    found = []
    for match in _HIJRI_DATE.finditer(text):
        day, month, year = int(match.group(1)), _HIJRI_MONTH_NAMES[match.group(2)], int(match.group(3))
        try:
            gregorian = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        found.append(HijriMatch(gregorian.isoformat(), f"{year:04d}-{month:02d}-{day:02d}", match.start(), match.end()))
    return found


# --------------------------------------------------------------------------- machine-readable dates

_ISO_DATETIME = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$", re.I
)
_SLASHED_YMD = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\D|$)")
_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright|حقوق (?:النشر|الطبع)|جميع الحقوق)", re.I)


def parse_machine_date(value: str) -> str | None:
    """ISO-8601 from a date a page gives for machines (meta tags, JSON-LD, ``<time datetime>``, feeds).

    Keeps the time and the UTC offset when the value has them ("2026-11-28T09:30:00+03:00"); a date alone
    stays a date. RFC 2822 dates (feeds, HTTP) and "2026/11/28" are understood; None if nothing valid.
    """
    text = ascii_digits(value.strip())
    if not text:
        return None
    match = _ISO_DATETIME.match(text)
    if match:
        return _iso_from_parts(match.groups())
    match = _SLASHED_YMD.match(text)
    if match:
        return _valid_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return _rfc2822(text) or _human(text)


def _iso_from_parts(groups: tuple[str | None, ...]) -> str | None:
    year, month, day, hour, minute, second, zone = groups
    date = _valid_date(int(year), int(month), int(day))
    if date is None or hour is None:
        return date
    if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
        return date
    zone = (zone or "").upper()
    if zone and zone != "Z" and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return f"{date}T{hour}:{minute}:{second or '00'}{'+00:00' if zone == 'Z' else zone}"


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    from email.utils import parsedate_to_datetime

    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}", text):
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat()


def _human(text: str) -> str | None:
    found = find_dates(text)
    if found:
        return found[0].value
    hijri = find_hijri_dates(text)
    return hijri[0].value if hijri else None


def is_copyright_text(text: str) -> bool:
    """A copyright notice ("© 2026 ...", "جميع الحقوق محفوظة"): its year is never a publication date."""
    return bool(_COPYRIGHT.search(text))
