"""rasd.arabic.stem and rasd.arabic.analyzer: the light family, Snowball, one analyzer for both languages."""

from __future__ import annotations

import doctest

import pytest

from rasd.arabic import analyzer as analyzer_module
from rasd.arabic import stem as stem_module
from rasd.arabic.analyzer import Analyzer
from rasd.arabic.stem import light1, light2, light3, light8, light10, stem, stemmer


def test_light_family_on_normalized_arabic():
    assert light1("بالسيارات") == "سيارات"
    assert light1("ولد") == "ولد"
    assert light2("والمدرسه") == "مدرسه"
    assert light2("وزير") == "زير"  # Larkey's rule: و off when three letters remain
    assert light3("والمدرسه") == "مدرس"
    assert light8("المعلمون") == "معلم"
    assert light8("للمعلمين") == "للمعلم"  # لل is light10's
    assert light10("للمعلمين") == "معلم"
    assert light10("سياراتها") == "سيار"
    assert light10("في") == "في"


def test_suffix_keeps_two_letters():
    assert light10("ابن") == "ابن"
    assert light10("ماه") == "ما"


def test_snowball_arabic_and_english():
    assert stem("المدرسون", "snowball") == "مدرس"
    assert stem("negotiations", "snowball_en") == "negoti"


def test_unknown_stemmer_is_an_error():
    with pytest.raises(ValueError, match="unknown stemmer 'porter9'"):
        stemmer("porter9")


def test_analyzer_arabic_variants_meet():
    analyzer = Analyzer()
    assert analyzer.terms("المدرسة") == analyzer.terms("والمدرسه") == analyzer.terms("للمدرسةِ")
    assert analyzer.terms("أوكرانيا") == analyzer.terms("اوكرانيا")
    assert analyzer.terms("٢٠٢٦") == ["2026"]


def test_analyzer_english_and_mixed():
    analyzer = Analyzer()
    assert analyzer.terms("Sanctions on RUSSIA") == ["sanction", "on", "russia"]
    assert analyzer.terms("عقوبات Sanctions") == ["عقوب", "sanction"]


def test_analyzer_spans_point_at_original():
    text = "قالَ الرئيسُ بوتين"
    spans = Analyzer().spans(text)
    assert [text[t.start:t.end] for t in spans] == ["قالَ", "الرئيسُ", "بوتين"]
    assert [t.term for t in spans] == ["قال", "رييس", "بوت"]  # light10 takes ين off names too


def test_analyzer_key_names_configuration():
    assert Analyzer("snowball").key == "ar:snowball,en:snowball_en/1"


def test_docstring_examples():
    assert doctest.testmod(stem_module).failed == 0
    assert doctest.testmod(analyzer_module).failed == 0
