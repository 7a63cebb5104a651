"""Arabic attribution patterns, one construction per test (hand-written sentences; Arabic first)."""

from __future__ import annotations

import pytest

from rasd.enrich.quotes import extract_quotes
from rasd.model import Article, Block


def article(*paragraphs: str) -> Article:
    blocks, offset = [], 0
    for p in paragraphs:
        blocks.append(Block("paragraph", p, offset, offset + len(p)))
        offset += len(p) + 2
    return Article(id="t", text="\n\n".join(paragraphs), blocks=tuple(blocks), language="ar")


def quotes(*paragraphs: str):
    a = article(*paragraphs)
    found = extract_quotes(a)
    for q in found:
        assert a.text[q.start:q.end] == q.content
        assert q.cue_start is None or a.text[q.cue_start:q.cue_end] == q.cue
        if q.speaker.start is not None:
            assert a.text[q.speaker.start:q.speaker.end] == q.speaker.text
    return found


def test_verb_first_with_comma_before_complementizer():
    (q,) = quotes("وقال مسؤول في وزارة الخارجية، إن المحادثات ستستأنف الأسبوع المقبل.")
    assert (q.speaker.text, q.speaker.kind, q.speaker.affiliation) == (
        "مسؤول في وزارة الخارجية", "anonymous_official", "وزارة الخارجية")
    assert (q.cue, q.form, q.content) == ("قال", "indirect", "المحادثات ستستأنف الأسبوع المقبل")


def test_diacritics_and_tatweel_do_not_hide_a_cue_and_offsets_stay_exact():
    (q,) = quotes("وقـــالَ الوزيرُ سامي عادل إنَّ الاتفاقَ نهائيٌّ.")
    assert q.cue == "قـــالَ"
    assert q.speaker.text == "الوزيرُ سامي عادل" and q.speaker.kind == "named"
    assert q.content == "الاتفاقَ نهائيٌّ"


def test_direct_quote_after_colon():
    (q,) = quotes('وأضاف المتحدث باسم الجيش: "لن نسمح بتكرار الهجوم مهما كلف الأمر".')
    assert (q.form, q.content) == ("direct", "لن نسمح بتكرار الهجوم مهما كلف الأمر")
    assert q.speaker.kind == "named"  # a definite spokesman of a named body is on the record


def test_guillemets_and_quote_after_complementizer_is_direct():
    (q,) = quotes("وأشار أحد الشهود إلى أن «القصف استمر طوال الليل دون توقف».")
    assert (q.form, q.content, q.speaker.text, q.speaker.kind) == (
        "direct", "القصف استمر طوال الليل دون توقف", "أحد الشهود", "anonymous")


def test_partial_quotation_is_mixed_and_scare_quotes_are_not():
    mixed, plain = quotes('وقال الرئيس إن العلاقات "تمر بمرحلة صعبة جدا" مع الجارة.',
                          'وذكرت الصحيفة أن الخطة "الجديدة" جاهزة.')
    assert (mixed.form, mixed.content) == ("mixed", 'العلاقات "تمر بمرحلة صعبة جدا" مع الجارة')
    assert (plain.form, plain.speaker.kind) == ("indirect", "organization")


def test_chain_through_an_outlet():
    (q,) = quotes("ونقلت وكالة رويترز عن مصدر دبلوماسي قوله إن الوفد غادر العاصمة.")
    assert (q.speaker.text, q.speaker.kind, q.via) == ("مصدر دبلوماسي", "anonymous_official", "وكالة رويترز")


def test_source_told_an_outlet_gives_via():
    (q,) = quotes('وقال مصدر مطلع لـ"الشرق الأوسط" إن الاجتماع أُلغي.')
    assert (q.speaker.text, q.speaker.kind, q.via) == ("مصدر مطلع", "anonymous", "الشرق الأوسط")


def test_postposed_according_to():
    (q,) = quotes("قتل ثلاثة أشخاص في الانفجار، بحسب ما أعلنت الشرطة المحلية.")
    assert (q.content, q.speaker.text, q.speaker.kind) == ("قتل ثلاثة أشخاص في الانفجار", "الشرطة المحلية",
                                                           "organization")


def test_sentence_initial_according_to():
    (q,) = quotes("ووفقاً لوزارة الصحة، فإن عدد المصابين ارتفع إلى 40.")
    assert (q.speaker.text, q.content) == ("وزارة الصحة", "عدد المصابين ارتفع إلى 40")


def test_according_to_a_plan_is_not_a_source():
    assert quotes("وتجري الانتخابات وفقا للخطة في موعدها.") == []


def test_participle_takes_the_clause_subject():
    (q,) = quotes("وأشاد دبلوماسيون غربيون بالاتفاق، قائلين إنه خطوة كبيرة.")
    assert (q.speaker.text, q.speaker.kind, q.content) == ("دبلوماسيون غربيون", "anonymous_official", "خطوة كبيرة")


def test_participle_after_a_quote_shares_its_speaker():
    first, second = quotes("وقال الوزير إن الحوار مستمر، مضيفا أن الحكومة لن تتراجع.")
    assert first.content == "الحوار مستمر"
    assert (second.speaker.text, second.content) == ("الوزير", "الحكومة لن تتراجع")


def test_kana_subject_before_the_cue():
    (q,) = quotes("وكانت وزارة الدفاع قد أعلنت في وقت سابق أن القوات انسحبت.")
    assert (q.speaker.text, q.speaker.kind) == ("وزارة الدفاع", "organization")


def test_no_comment_forms():
    silent, refused = quotes("ولم ترد السفارة على طلب للتعليق.", "ورفض متحدث باسم الشركة التعليق.")
    assert (silent.form, silent.speaker.text, silent.content) == ("no_comment", "السفارة",
                                                                  "لم ترد السفارة على طلب للتعليق")
    assert (refused.form, refused.speaker.text, refused.speaker.kind) == ("no_comment", "متحدث باسم الشركة",
                                                                          "anonymous_official")


def test_denial_with_clause_and_with_noun_object():
    clause, noun = quotes("ونفى المتحدث باسم الحكومة أن تكون القوات قد انسحبت.", "وتنفي الشركة صحة هذه التقارير.")
    assert clause.denial and clause.content == "تكون القوات قد انسحبت"
    assert noun.denial and (noun.speaker.text, noun.content) == ("الشركة", "صحة هذه التقارير")


def test_content_stops_where_another_attribution_or_the_reporter_begins():
    first, second = quotes("وقال مسؤول إن الاجتماع لم يحدد، ولم يرد المكتب على طلب للتعليق.")
    assert first.content == "الاجتماع لم يحدد" and second.form == "no_comment"
    (q,) = quotes('وقال الرئيس إنه "غير راض" عن النتائج، لكن من غير الواضح ما سيفعله.')
    assert q.content == '"غير راض" عن النتائج'


def test_implicit_speaker_resolves_to_the_last_one():
    _first, q = quotes("وقالت المنظمة إن المساعدات وصلت.", 'وأضافت: "نحتاج إلى المزيد من الدعم العاجل".')
    assert (q.speaker.text, q.speaker.implicit, q.speaker.kind) == ("المنظمة", True, "organization")


def test_definite_source_refers_back_to_the_indefinite_one():
    first, second = quotes("وذكرت مصادر مطلعة أن المفاوضات تعثرت.", "وقالت المصادر إن الوسطاء سيعودون.")
    assert second.speaker.text == "المصادر" and second.speaker.antecedent.text == "مصادر مطلعة"


def test_a_quotation_running_on_keeps_its_speaker():
    _q, run_on = quotes('وقال الوزير: "سنواصل العمل".', '"لن نتوقف قبل أن نحقق كل أهدافنا في المنطقة".')
    assert (run_on.form, run_on.speaker.text, run_on.cue) == ("direct", "الوزير", "")


@pytest.mark.parametrize("text", ["أعلنت الشركة أرباحا قياسية هذا العام.", 'وشاهد الجمهور فيلم "الطريق إلى البيت".'])
def test_no_attribution(text):
    assert quotes(text) == []
