"""Absolute dates written in a line of page text: captions, "نشر في" lines, bylines.

Arabic (Gregorian, Levantine and Maghrebi month names, Hijri, Arabic-Indic digits) and English forms, with an
optional time of day. The dates themselves are found by ``rasd.arabic.temporal``, which also reads relative
expressions ("الشهر الماضي"); this module keeps the absolute days a page prints in its furniture.
"""

from __future__ import annotations

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


def find_dates(line: str) -> list[DateMatch]:
    """Every valid absolute date (a day) in ``line``, in order of position; offsets point into ``line``.

    The dates are found by :func:`rasd.arabic.temporal.find_times` (Gregorian in every month-name set, Hijri,
    numeric and ISO forms, Arabic-Indic digits); only absolute, day-level ones are kept, with the time of
    day that follows them, if any.
    """
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
