"""rasd.arabic.numbers: digits in every script and Arabic number words, with values and spans."""

from __future__ import annotations

import doctest

import pytest

from rasd.arabic import numbers as numbers_module
from rasd.arabic.numbers import find_numbers, parse_number


@pytest.mark.parametrize("phrase, value", [
    ("ستة", 6), ("عشرين", 20), ("مليار", 10**9), ("خمسة وعشرين", 25), ("ثلاثة عشر", 13), ("أحد عشر", 11),
    ("مئتين", 200), ("ثلاثمائة", 300), ("ألفين وخمسمئة", 2500), ("ثلاثة آلاف", 3000), ("تسعمائة وتسعة وتسعين", 999),
    ("300 مليار", 300 * 10**9), ("٣٠٠ مليار", 300 * 10**9), ("2.5 مليون", 2_500_000), ("٢٫٥", 2.5),
    ("١٢٬٥٠٠", 12500), ("12,500", 12500), ("3 ملايين", 3_000_000), ("مليونين", 2_000_000), ("ستّة", 6),
])
def test_parse_number(phrase, value):
    assert parse_number(phrase) == value


def test_not_a_number():
    assert parse_number("الرئيس") is None
    assert find_numbers("أحد المصادر قال") == []


def test_find_with_units_and_qualifiers():
    found = find_numbers("ومصير نحو 300 مليار دولار من أصول البنك المركزي، وقالوا إن نحو 90% منها اكتمل")
    assert [(n.text, n.value, n.unit, n.qualifier) for n in found] == [
        ("نحو 300 مليار دولار", 300 * 10**9, "USD", "about"), ("نحو 90%", 90, "%", "about")]


def test_percent_words_and_indic_digits():
    found = find_numbers("ارتفع بنسبة ١٥٪ ثم 20 في المئة")
    assert [(n.text, n.value, n.unit) for n in found] == [("١٥٪", 15, "%"), ("20 في المئة", 20, "%")]


def test_offsets_point_into_original_with_diacritics():
    text = "قُتل أكثرُ من عشرينَ شخصاً"
    (number,) = find_numbers(text)
    assert text[number.start:number.end] == number.text == "أكثرُ من عشرينَ"
    assert number.value == 20 and number.qualifier == "more_than"


def test_english_digits():
    assert [(n.text, n.value) for n in find_numbers("about 1,200 people and 3.5 percent")] == [
        ("1,200", 1200), ("3.5", 3.5)]


def test_docstring_examples():
    assert doctest.testmod(numbers_module).failed == 0
