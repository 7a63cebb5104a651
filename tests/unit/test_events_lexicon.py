"""Trigger lexicons: generated surface forms, phrases, exclusions — Arabic first."""

from __future__ import annotations

from functools import cache

import pytest

from rasd.events.lexicon import Lexicon, fold_word


@cache
def lexicon(language: str) -> Lexicon:
    return Lexicon.load(language)


def hits(language: str, sentence: str) -> list[tuple[str, str, str | None, bool]]:
    words = [fold_word(w) for w in sentence.split()]
    return [(h.type, words[h.first], h.tense, h.subject_suffix) for h in lexicon(language).find(words)]


@pytest.mark.parametrize("word, type_, tense, plural", [
    ("زار", "CONSULT", "past", False),
    ("والتقيا", "CONSULT", "past", True),      # dual ending: the subject is in the verb
    ("سيزور", "CONSULT", "future", False),
    ("يهاجمون", "ASSAULT", "present", True),
    ("بزيارته", "CONSULT", None, False),      # preposition + masdar + pronoun
    ("الاحتجاجات", "PROTEST", None, False),
    ("احتجاجاً", "PROTEST", None, False),      # accusative tanween folded away
    ("تظاهرة", "PROTEST", None, False),       # the noun, not تظاهر + ه
    ("وأشاد", "SUPPORT", "past", False),
    ("عقوبات", "SANCTION", None, False),
])
def test_arabic_inflected_forms(word, type_, tense, plural):
    (hit,) = hits("ar", word)
    assert hit[0] == type_ and hit[2] == tense and hit[3] is plural


def test_arabic_phrase_wins_over_its_words_and_exclusions_suppress():
    assert hits("ar", "تقترب من التوصل إلى اتفاقات")[0][:2] == ("AGREE", fold_word("التوصل"))
    assert hits("ar", "رفع العقوبات عن إيران")[0][0] == "RETREAT"   # easing sanctions, not imposing them
    assert hits("ar", "المصادر التي طلبت عدم الكشف عن هوياتها") == []
    assert hits("ar", "فجر أمس") == []  # dawn, not a bombing


def test_support_verbs_are_not_triggers():
    assert hits("ar", "عقد") == [] and lexicon("ar").is_support(fold_word("يعقد"))


def test_english_forms():
    assert [h[0] for h in hits("en", "troops attacked the village and shelled roads")] == ["ASSAULT", "ASSAULT"]
    assert hits("en", "officials met on Monday")[0][:3] == ("CONSULT", "met", "past")
    assert hits("en", "officials meet on Monday")[0][2] is None  # the base form says nothing of time
    assert hits("en", "crowds were protesting")[0][:3] == ("PROTEST", "protesting", "present")
    assert hits("en", "they banned the party")[0][0] == "COERCE"


@pytest.mark.parametrize("sentence, expected", [
    ("قطعوا الطريق الدولية", ["PROTEST"]),           # obstructing passage is protest (PLOVER)
    ("احتشد المتظاهرون", ["PROTEST"]),
    ("وخرج متظاهرون من المساجد", ["PROTEST"]),
    ("قاموا بقتل المدنيين", ["ASSAULT"]),            # the masdar قتل after بـ
    ("فجر انتحاري نفسه", ["ASSAULT"]),
    ("وصل الوفد فجر امس", []),                       # dawn, not a bombing
])
def test_arabic_protest_and_assault_triggers_added_for_issue_10(sentence, expected):
    assert [h[0] for h in hits("ar", sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The army lifted the blockade", ["RETREAT", "COERCE"]),  # easing a blockade is RETREAT in PLOVER
    ("The union called off the strike", ["CONCEDE", "PROTEST"]),
    ("Serbia lodged an official protest with Albania", ["DISAPPROVE"]),
    ("The rebels declared a unilateral ceasefire", ["RETREAT"]),
])
def test_english_triggers_added_for_issue_10(sentence, expected):
    assert [h[0] for h in hits("en", sentence)] == expected
