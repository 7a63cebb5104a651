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
_TIME = re.compile(
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
