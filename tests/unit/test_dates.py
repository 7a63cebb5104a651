"""Dates in page text and in machine-readable markup: Hijri dates, times after dates, ISO and RFC 2822."""

from __future__ import annotations

from rasd.extract.dates import find_dates, first_date, is_copyright_text, parse_machine_date


def test_hijri_dates_a_page_prints_convert_with_umm_al_qura():
    assert [f.value for f in find_dates("الجمعة 10 جمادى الآخرة 1448 هـ")] == ["2026-11-20"]
    assert find_dates("١٥ رمضان ١٤٤٧هـ")[0].value == "2026-03-04"
    assert find_dates("1 ذو الحجة 1447 للهجرة")[0].value == "2026-05-18"
    assert find_dates("31 محرم 1448 هـ") == []


def test_gregorian_date_with_time_after_a_dash():
    assert find_dates("الخميس 26 نوفمبر 2026 - 11:20 ص")[0].value == "2026-11-26T11:20"
    assert find_dates("الخميس، 26 نوفمبر 2026 - 03:15 م")[0].value == "2026-11-26T15:15"
    assert find_dates("نشر بتاريخ: ٢٧ تشرين الثاني ٢٠٢٦ - ٠٩:٤٠")[0].value == "2026-11-27T09:40"
    assert first_date("November 19, 2019 at 10:02 pm").value == "2019-11-19T22:02"


def test_machine_dates():
    assert parse_machine_date("2026-11-28T09:30:00+0300") == "2026-11-28T09:30:00+03:00"
    assert parse_machine_date("2019-11-19T08:57:40.000Z") == "2019-11-19T08:57:40+00:00"
    assert parse_machine_date("2026-11-28") == "2026-11-28"
    assert parse_machine_date("Tue, 19 Nov 2019 10:02:00 GMT") == "2019-11-19T10:02:00+00:00"
    assert parse_machine_date("2019/11/19 10:00") == "2019-11-19"
    assert parse_machine_date("٢٠٢٦-١١-٢٨") == "2026-11-28"
    assert parse_machine_date("12 نوفمبر 2026") == "2026-11-12"
    assert parse_machine_date("2026-02-30") is None and parse_machine_date("soon") is None


def test_copyright_notices():
    assert is_copyright_text("جميع الحقوق محفوظة © 2025")
    assert is_copyright_text("Copyright 2019 Hawaii News Now")
    assert not is_copyright_text("نشر في 12 نوفمبر 2026")
