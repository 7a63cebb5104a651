"""rasd.extract.dates: absolute dates in page furniture lines (now found by rasd.arabic.temporal)."""

from __future__ import annotations

import pytest

from rasd.extract.dates import find_dates, first_date


@pytest.mark.parametrize("line, value, text", [
    ("نشر في: الثلاثاء، 13 يناير 2026 - 10:30 م", "2026-01-13T22:30", "الثلاثاء، 13 يناير 2026 - 10:30 م"),
    ("صورة من الاجتماع. 2 ديسمبر 2025 - REUTERS", "2025-12-02", "2 ديسمبر 2025"),
    ("آخر تحديث: ٢٠٢٦/١/١٣", "2026-01-13", "٢٠٢٦/١/١٣"),
    ("13/01/2026 14:00", "2026-01-13T14:00", "13/01/2026 14:00"),
    ("الثلاثاء 24 رجب 1447 هـ", "2026-01-13", "24 رجب 1447 هـ"),
    ("5 كانون الثاني 2026", "2026-01-05", "5 كانون الثاني 2026"),
    ("Published January 13th, 2026 at 9:05 am", "2026-01-13T09:05", "January 13th, 2026 at 9:05 am"),
    ("2026-01-13T10:00:00Z", "2026-01-13T10:00", "2026-01-13T10:00:00Z"),
])
def test_dates_in_lines(line, value, text):
    match = first_date(line)
    assert match is not None
    assert (match.value, line[match.start:match.end]) == (value, text)


def test_relative_and_partial_dates_are_not_furniture_dates():
    assert find_dates("وفي ديسمبر الماضي زار الوفد موسكو") == []
    assert find_dates("وصل في 20 ديسمبر") == []  # no year: not a date the page prints as its own
    assert find_dates("31 فبراير 2026") == []
