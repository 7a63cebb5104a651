"""Absolute dates written in a line of page text: captions, "نشر في" lines, bylines.

Arabic (Gregorian, Levantine and Maghrebi month names, Hijri, Arabic-Indic digits) and English forms, with an
optional time of day. The dates themselves are found by ``rasd.arabic.temporal``, which also reads relative
expressions ("الشهر الماضي"); this module keeps the absolute days a page prints in its furniture.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rasd.arabic.calendar import ascii_digits, fold_alef
from rasd.arabic.temporal import find_times


@dataclass(frozen=True, slots=True)
class DateMatch:
    value: str  # ISO-8601 date, or date and time ("2026-01-13T10:30")
    start: int
    end: int


_TIME = re.compile(
    r"\s*(?:[-–—,،|]\s*|الساعة\s+|at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*(ص|م|صباحا|مساء|صباحاً|مساءً|am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)


_ISO_TIME = re.compile(r"T(\d{2}:\d{2})")
_YEAR_LIKE = re.compile(r"\d{4}")  # \d: ASCII, Arabic-Indic and Persian digits alike


def find_dates(line: str) -> list[DateMatch]:
    """Every valid absolute date (a day) in ``line``, in order of position; offsets point into ``line``.

    The dates are found by :func:`rasd.arabic.temporal.find_times` (Gregorian in every month-name set, Hijri,
    numeric and ISO forms, Arabic-Indic digits); only absolute, day-level ones are kept, with the time of
    day that follows them, if any.
    """
    if not _YEAR_LIKE.search(line):  # an absolute day always has its year in four digits (any script)
        return []
    folded = fold_alef(ascii_digits(line))  # one character for one: offsets hold
    found = []
    for expr in find_times(line):
        if expr.granularity == "day" and expr.relative is None and expr.value:
            iso_time = _ISO_TIME.search(expr.text)
            if iso_time:
                value, end = f"{expr.value}T{iso_time.group(1)}", expr.end
            else:
                value, end = _with_time(folded, expr.end, expr.value)
            found.append(DateMatch(value, expr.start, end))
    return found


def first_date(line: str) -> DateMatch | None:
    dates = find_dates(line)
    return dates[0] if dates else None


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
    return found[0].value if found else None


def is_copyright_text(text: str) -> bool:
    """A copyright notice ("© 2026 ...", "جميع الحقوق محفوظة"): its year is never a publication date."""
    return bool(_COPYRIGHT.search(text))
