"""rasd.arabic.temporal: finding and resolving time expressions (Arabic first, then English)."""

from __future__ import annotations

import doctest

import pytest

import rasd.arabic.temporal as temporal_module
from rasd.arabic.temporal import find_times, parse_reference

REF = "2026-01-13"  # a Tuesday


def one(text: str, ref: str | None = REF) -> tuple[str, str | None, str]:
    found = find_times(text, ref)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t.text, t.value, t.granularity


@pytest.mark.parametrize("text, expected", [
    ("وقعت الحادثة في 2 ديسمبر 2025 قرب الحدود", ("2 ديسمبر 2025", "2025-12-02", "day")),
    ("صدر القرار يوم الثلاثاء ١٣ يناير ٢٠٢٦", ("يوم الثلاثاء ١٣ يناير ٢٠٢٦", "2026-01-13", "day")),
    ("في 5 كانون الثاني/يناير 2026 أعلنت الوزارة", ("5 كانون الثاني/يناير 2026", "2026-01-05", "day")),
    ("منذ 3 شباط الماضي", ("منذ 3 شباط الماضي", "2025-02-03", "after")),
    ("الموعد في 20 ديسمبر", ("20 ديسمبر", "2025-12-20", "day")),
    ("خلال شهر آذار 2025", ("شهر آذار 2025", "2025-03", "month")),
    ("في جويلية 2024 نظمت الانتخابات", ("جويلية 2024", "2024-07", "month")),
    ("نشر التقرير في 2025-11-03", ("2025-11-03", "2025-11-03", "day")),
    ("بتاريخ 03/11/2025", ("03/11/2025", "2025-11-03", "day")),
])
def test_absolute_arabic_dates(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وفي ديسمبر الماضي زار ويتكوف موسكو", ("ديسمبر الماضي", "2025-12", "month")),
    ("يناير الماضي", ("يناير الماضي", "2025-01", "month")),
    ("في مارس المقبل", ("مارس المقبل", "2026-03", "month")),
    ("يناير الجاري", ("يناير الجاري", "2026-01", "month")),
    ("العام الماضي", ("العام الماضي", "2025", "year")),
    ("والتقى بوتين 6 مرات العام الماضي", ("العام الماضي", "2025", "year")),
    ("السنة المقبلة", ("السنة المقبلة", "2027", "year")),
    ("العام قبل الماضي", ("العام قبل الماضي", "2024", "year")),
    ("الشهر الماضي", ("الشهر الماضي", "2025-12", "month")),
    ("هذا الشهر", ("هذا الشهر", "2026-01", "month")),
    ("الأسبوع المقبل", ("الأسبوع المقبل", "2026-W04", "week")),
    ("الأسبوع الماضي", ("الأسبوع الماضي", "2026-W02", "week")),
    ("عقد الاجتماع أمس", ("أمس", "2026-01-12", "day")),
    ("اليوم الثلاثاء", ("اليوم الثلاثاء", "2026-01-13", "day")),
    ("غداً", ("غداً", "2026-01-14", "day")),
    ("أول أمس", ("أول أمس", "2026-01-11", "day")),
])
def test_relative_arabic(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("الثلاثاء الماضي", ("الثلاثاء الماضي", "2026-01-06", "day")),
    ("الخميس المقبل", ("الخميس المقبل", "2026-01-15", "day")),
    ("وقال الأحد إن", ("الأحد", "2026-01-11", "day")),
    ("مساء الاثنين", ("مساء الاثنين", "2026-01-12", "day")),
    ("وسيزور الوفد موسكو الخميس", ("الخميس", "2026-01-15", "day")),
])
def test_weekdays(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("منذ يومين", ("منذ يومين", "2026-01-11", "day")),
    ("منذ ثلاثة أيام", ("منذ ثلاثة أيام", "2026-01-10", "day")),
    ("منذ أسبوعين", ("منذ أسبوعين", "2025-12-30", "day")),
    ("منذ أكثر من أسبوعين", ("منذ أكثر من أسبوعين", "2025-12-30", "before")),
    ("قبل 5 سنوات", ("قبل 5 سنوات", "2021", "year")),
    ("منذ شهرين", ("منذ شهرين", "2025-11", "month")),
    ("بعد أسبوع", ("بعد أسبوع", "2026-01-20", "day")),
    ("منذ سنوات", ("منذ سنوات", "2023", "before")),
    ("منذ أقل من شهر", ("منذ أقل من شهر", "2025-12", "after")),
])
def test_counts_duals_and_plurals(text, expected):
    assert one(text) == expected


def test_count_from_an_event_is_not_from_publication():
    assert find_times("قبل يومين من الانتخابات", REF) == []


@pytest.mark.parametrize("text, expected", [
    ("في وقت سابق هذا الشهر", ("في وقت سابق هذا الشهر", "2026-01-01..2026-01-12", "range")),
    ("في وقت لاحق هذا الشهر", ("في وقت لاحق هذا الشهر", "2026-01-14..2026-01-31", "range")),
    ("في وقت لاحق من العام الجاري", ("في وقت لاحق من العام الجاري", "2026-01-14..2026-12-31", "range")),
    ("الأيام الأخيرة", ("الأيام الأخيرة", "2026-01-06..2026-01-13", "range")),
    ("خلال الأيام الثلاثة الماضية", ("الأيام الثلاثة الماضية", "2026-01-10..2026-01-13", "range")),
    ("الأيام المقبلة", ("الأيام المقبلة", "2026-01-14..2026-01-20", "range")),
    ("مطلع العام المقبل", ("مطلع العام المقبل", "2027-01-01..2027-03-31", "range")),
    ("أواخر ديسمبر الماضي", ("أواخر ديسمبر الماضي", "2025-12-21..2025-12-31", "range")),
    ("منتصف الشهر", ("منتصف الشهر", "2026-01-11..2026-01-20", "range")),
    ("منذ عام 2011", ("منذ عام 2011", "2011", "after")),
    ("قبل عام 2020", ("قبل عام 2020", "2020", "before")),
])
def test_ranges_parts_and_bounds(text, expected):
    assert one(text) == expected


def test_hijri():
    assert one("في 15 رمضان 1447 هـ") == ("15 رمضان 1447 هـ", "2026-03-04", "day")
    assert one("شهر رمضان 1447هـ")[1:] == ("2026-02-18..2026-03-19", "range")


def test_diacritics_tatweel_and_indic_digits():
    assert one("العامَ الماضـــي") == ("العامَ الماضـــي", "2025", "year")
    assert one("منذُ ٣ أيّام") == ("منذُ ٣ أيّام", "2026-01-10", "day")


@pytest.mark.parametrize("text, expected", [
    ("Talks resumed on January 13, 2026.", ("January 13, 2026", "2026-01-13", "day")),
    ("He said it two weeks ago.", ("two weeks ago", "2025-12-30", "day")),
    ("The unrest began more than two weeks ago.", ("more than two weeks ago", "2025-12-30", "before")),
    ("He met Putin last December.", ("last December", "2025-12", "month")),
    ("They will meet later this month.", ("later this month", "2026-01-14..2026-01-31", "range")),
    ("It happened last Tuesday.", ("last Tuesday", "2026-01-06", "day")),
    ("Prices rose in recent days.", ("in recent days", "2026-01-06..2026-01-13", "range")),
    ("The war has lasted since 2022.", ("since 2022", "2022", "after")),
    ("They met yesterday.", ("yesterday", "2026-01-12", "day")),
    ("next week", ("next week", "2026-W04", "week")),
])
def test_english(text, expected):
    assert one(text) == expected


def test_no_reference_keeps_meaning_and_resolves_absolute():
    found = {t.text: t for t in find_times("في 2 ديسمبر 2025 وفي ديسمبر الماضي ومنذ يومين", None)}
    assert found["2 ديسمبر 2025"].value == "2025-12-02"
    assert found["ديسمبر الماضي"].value is None and found["ديسمبر الماضي"].granularity == "month"
    assert found["منذ يومين"].relative == "publication date - 2 days"


def test_words_that_are_not_times():
    for text in ("مارس الرياضة بانتظام", "أب وابنه", "اليوم الوطني للمملكة", "بين الاثنين خلاف", "أحد المصادر"):
        assert find_times(text, REF) == [], text


def test_bad_reference_is_a_clear_error():
    with pytest.raises(ValueError, match="not ISO-8601"):
        parse_reference("13/01/2026")


def test_docstring_examples():
    assert doctest.testmod(temporal_module).failed == 0


@pytest.mark.parametrize("text, ref, expected", [
    ("خلال الربع الثاني من العام", "2018-07-20", ("الربع الثاني من العام", "2018-04-01..2018-06-30", "range")),
    ("النصف الأول من العام الماضي", "2018-07-20", ("النصف الأول من العام الماضي", "2017-01-01..2017-06-30", "range")),
    ("في الفترة ما بين 2016 و2018", "2018-06-21", ("بين 2016 و2018", "2016-01-01..2018-12-31", "range")),
    ("من عام 1975 حتى عام 1990", "2018-01-01", ("من عام 1975 حتى عام 1990", "1975-01-01..1990-12-31", "range")),
    ("خلال حرب 2014، استخدمت", "2018-03-15", ("2014", "2014", "year")),
    ("بـ2020.", "2018-03-25", ("2020", "2020", "year")),
    ("لتمويل حملته للعام 2007", "2018-03-21", ("للعام 2007", "2007", "year")),
    ("في نهاية شهر تموز/يوليو ظهرت", "2018-08-11", ("نهاية شهر تموز/يوليو", "2018-07-21..2018-07-31", "range")),
    ("في الساعات الأخيرة", "2018-05-06", ("الساعات الأخيرة", "2018-05-06", "day")),
])
def test_quarters_ranges_and_bare_years(text, ref, expected):
    assert one(text, ref) == expected


def test_counted_numbers_are_not_years():
    assert find_times("قتل نحو 2000 شخص ودفعت 2010 دولارات", REF) == []


def test_day_word_fused_with_li_is_read_not_a_key_error():
    """Issue 10: "لليوم" (لـ + اليوم) was matched as "ليوم" and raised KeyError in _b_day_word (5 dev sentences)."""
    sentence = ("وشل الاضراب العام لليوم الثاني معظم مناطق القطاع احتجاجاً على الجريمة؛ واشعل عدد من المتظاهرين، "
                "النار في اطارات السيارات واغلقوا الشوارع")
    assert find_times(sentence, REF) == []  # "لليوم الثاني": the second day of the strike, not today
    assert one("أجلت المحكمة الجلسة للغد", REF) == ("للغد", "2026-01-14", "day")
    assert one("عاد الوفد لليوم ثم غادر", REF) == ("لليوم", "2026-01-13", "day")
