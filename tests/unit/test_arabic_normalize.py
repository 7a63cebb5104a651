"""rasd.arabic.normalize: folds, offset maps, idempotence (Arabic first, then Latin and mixed)."""

from __future__ import annotations

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic import normalize as normalize_module
from rasd.arabic.normalize import MATCH, SEARCH, Folds, fold, normalize

ARABIC = "".join(chr(c) for c in range(0x0600, 0x0700))
NOISE = "\u0640\u200f\u200e\u200c\u200d\u202b\u202c\ufeff\u00a0ﻻﻷﷲﷺﹰﺃ" + "٠١٢٣٤٥٦٧٨٩۰۹،؛؟٪"
LATIN = "abcdefXYZ .,!?-'0123456789"
texts = st.text(alphabet=st.sampled_from(ARABIC + NOISE + LATIN + " \n"), max_size=60)
any_text = st.text(max_size=40)


def test_arabic_folds_default():
    assert normalize("أإآٱ").text == "اااا"
    assert normalize("مستشفى").text == "مستشفي"
    assert normalize("مُحَمَّدٌ").text == "محمد"
    assert normalize("قـــال").text == "قال"
    assert normalize("٢٠٢٦ و۱۴۰۵").text == "2026 و1405"
    assert normalize("نعم، لا؛ لماذا؟ ٩٠٪").text == "نعم, لا; لماذا? 90%"
    assert normalize("\u200fدبي\u200e").text == "دبي"
    assert normalize("ﻻ").text == "لا"
    assert normalize("الرئيس\u00a0بوتين").text == "الرئيس بوتين"
    assert normalize("سؤال مدرسة").text == "سؤال مدرسة"  # hamza and ta marbuta only for search


def test_superscript_alef_and_quranic_marks_removed():
    assert normalize("هٰذا").text == "هذا"
    assert normalize("الرَّحْمَٰنِ").text == "الرحمن"


def test_search_folds():
    assert normalize("مدرسة سؤال شاطئ BBC", SEARCH).text == "مدرسه سوال شاطي bbc"


def test_folds_can_be_turned_off():
    keep = Folds(alef=False, diacritics=False, digits=False)
    assert normalize("أَحمد ٣", keep).text == "أَحمد ٣"
    assert fold("أَحمد ٣", MATCH) == "احمد 3"


def test_offsets_point_at_original_with_diacritics():
    original = "قالَ الرئيسُ إنّ المفاوضاتِ ستُستأنف"
    n = normalize(original)
    start = n.text.index("المفاوضات")
    a, b = n.to_original(start, start + len("المفاوضات"))
    assert original[a:b] == "المفاوضاتِ"
    start = n.text.index("ستستانف")
    a, b = n.to_original(start, start + len("ستستانف"))
    assert original[a:b] == "ستُستأنف"


def test_offsets_across_deleted_controls_and_expansions():
    original = "\u200fﻻ بد\u200e من ٣ أيام"
    n = normalize(original)
    assert n.text == "لا بد من 3 ايام"
    assert n.offsets[:3] == [1, 1, 2]
    start = n.text.index("ايام")
    assert original[slice(*n.to_original(start, start + 4))] == "أيام"
    assert n.to_original(len(n.text), len(n.text)) == (len(original), len(original))


def test_latin_passes_through():
    n = normalize("Putin met Witkoff, 2 Dec 2025.")
    assert n.text == "Putin met Witkoff, 2 Dec 2025."
    assert n.to_original(6, 9) == (6, 9)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalization_is_idempotent(text):
    for folds in (MATCH, SEARCH):
        once = normalize(text, folds).text
        assert normalize(once, folds).text == once


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_idempotent_on_any_unicode(text):
    once = normalize(text, SEARCH).text
    assert normalize(once, SEARCH).text == once


@settings(max_examples=300, deadline=None)
@given(texts)
def test_offset_map_round_trips(text):
    n = normalize(text)
    offsets = n.offsets
    assert len(offsets) == len(n.text) + 1
    assert offsets == sorted(offsets)
    for i, char in enumerate(n.text):
        assert char in fold(text[offsets[i]])  # every normalized char comes from the char it points at
    # at every boundary where the map moves on, the original slice normalizes to the normalized slice
    bounds = [i for i in range(len(n.text) + 1) if i in (0, len(n.text)) or offsets[i] != offsets[i - 1]]
    for s, e in zip(bounds, bounds[1:]):
        a, b = n.to_original(s, e)
        assert fold(text[a:b]) == n.text[s:e]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_whole_text_maps_to_whole_original(text):
    n = normalize(text)
    if n.text:
        a, b = n.to_original(0, len(n.text))
        assert fold(text[a:b]) == n.text


def test_docstring_examples():
    assert doctest.testmod(normalize_module).failed == 0
