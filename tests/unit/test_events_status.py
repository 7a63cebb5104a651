"""Status and notes from the words around a trigger — Arabic first."""

from __future__ import annotations

from rasd.events.lexicon import fold_word
from rasd.events.status import read_status


def status_of(sentence: str, trigger: str, tense: str | None = None, support: str | None = None):
    words = [fold_word(w) for w in sentence.split()]
    first = words.index(fold_word(trigger))
    at = words.index(fold_word(support)) if support else None
    return read_status(words, first, first, tense, at, set())


def test_intention_and_tentative_notes():
    reading = status_of("يعتزم الوزير السفر إلى موسكو للقاء الرئيس", "للقاء")
    assert reading.status == "planned" and reading.notes == ("intended",)
    reading = status_of("إن الاجتماع ربما يعقد هذا الشهر لكن التخطيط ليس نهائياً", "الاجتماع")
    assert reading.notes == ("tentative", "not_final")


def test_denied_after_and_before():
    reading = status_of("وقال مسؤول إن مثل هذا الاجتماع ليس مقرراً في الوقت الراهن", "الاجتماع")
    assert reading.status == "denied" and reading.negated and reading.cue.startswith("ليس")
    assert status_of("لم يزر الوزير القاهرة", "يزر", "present").status == "denied"
    assert status_of("ما زالت القوات تقصف المدينة", "تقصف", "present").status == "ongoing"  # "still", not a negation


def test_condition_after_the_trigger_makes_it_conditional():
    reading = status_of("أعدت الإدارة عقوبات إضافية في حال قرر الرئيس ذلك", "عقوبات")
    assert reading.status == "conditional" and "prepared" in reading.notes


def test_nearest_cue_decides():
    sentence = "أعدت الإدارة عقوبات بشأن استمرار رفض روسيا للاتفاق"
    assert status_of(sentence, "رفض").status == "ongoing"


def test_tense_and_english():
    assert status_of("زار الوزير القاهرة", "زار", "past").status == "happened"
    assert status_of("سيزور الوزير القاهرة", "سيزور", "future").status == "planned"
    assert status_of("the minister plans to visit Cairo", "visit").status == "planned"
    assert status_of("the minister did not visit Cairo", "visit").status == "denied"
