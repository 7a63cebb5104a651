"""rasd.arabic.tokenize: sentences, tokens with offsets, clitic separation (Arabic first)."""

from __future__ import annotations

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic import tokenize as tokenize_module
from rasd.arabic.tokenize import sentences, split_clitics, tokenize, words


def _texts(spans):
    return [s.text for s in spans]


def test_arabic_sentences_with_abbreviations_and_question_mark():
    text = "قال د. محمد إن الاجتماع انتهى. هل سيعود الوفد؟ لا أحد يعرف!"
    assert _texts(sentences(text)) == ["قال د. محمد إن الاجتماع انتهى.", "هل سيعود الوفد؟", "لا أحد يعرف!"]


def test_sentence_inside_guillemets_is_not_split():
    text = "وقال: «لن نتراجع. سنواصل العمل». ثم غادر."
    assert _texts(sentences(text)) == ["وقال: «لن نتراجع. سنواصل العمل».", "ثم غادر."]


def test_closing_quote_stays_with_its_sentence_and_lines_split():
    text = 'وأضاف أن "الوضع صعب." وتابع حديثه\nسطر جديد بلا نقطة'
    assert _texts(sentences(text)) == ['وأضاف أن "الوضع صعب."', "وتابع حديثه", "سطر جديد بلا نقطة"]


def test_decimal_numbers_do_not_end_sentences():
    assert len(sentences("ارتفع المؤشر 3.5 في المئة. وانخفض الدولار.")) == 2


def test_english_sentences_with_abbreviations():
    text = "Mr. Witkoff met Dr. Dmitriev in Moscow. Talks lasted five hours."
    assert _texts(sentences(text)) == ["Mr. Witkoff met Dr. Dmitriev in Moscow.", "Talks lasted five hours."]


def test_sentence_offsets_point_into_text():
    text = "  أولاً. ثانياً؟\n\nثالثاً  "
    for s in sentences(text):
        assert text[s.start:s.end] == s.text
    assert _texts(sentences(text)) == ["أولاً.", "ثانياً؟", "ثالثاً"]


def test_tokens_keep_diacritics_and_tatweel():
    tokens = tokenize("قالَ الرئيـــس، ٣٠٠ مليار")
    assert [(t.text, t.kind) for t in tokens] == [
        ("قالَ", "word"), ("الرئيـــس", "word"), ("،", "punct"), ("٣٠٠", "number"), ("مليار", "word")]


def test_numbers_with_separators_and_percent():
    assert [t.text for t in tokenize("نحو 90% و2.5 مليون و١٢٬٥٠٠")] == [
        "نحو", "90", "%", "و", "2.5", "مليون", "و", "١٢٬٥٠٠"]


def test_clitics_split():
    pairs = [(t.text, t.kind) for t in tokenize("وبالمدرسة للمرة وسيقول فالحكومة كتابهم", clitics=True)]
    assert pairs == [
        ("و", "clitic"), ("ب", "clitic"), ("ال", "clitic"), ("مدرسة", "word"),
        ("لل", "clitic"), ("مرة", "word"),
        ("و", "clitic"), ("س", "clitic"), ("يقول", "word"),
        ("ف", "clitic"), ("ال", "clitic"), ("حكومة", "word"),
        ("كتابهم", "word"),
    ]


def test_words_that_only_look_like_clitics_stay_whole():
    for word in ("وزير", "بريطانيا", "الذين", "كما", "سيارة", "لندن", "فلسطين", "بين", "وقت"):
        assert [t.text for t in split_clitics(word)] == [word], word


def test_clitic_offsets_with_diacritics():
    word = "وَبِالْمَدْرَسَةِ"
    tokens = split_clitics(word, 10)
    assert [t.text for t in tokens] == ["وَ", "بِ", "الْ", "مَدْرَسَةِ"]
    assert [(t.start, t.end) for t in tokens] == [(10, 12), (12, 14), (14, 17), (17, 27)]


def test_latin_words_never_split():
    assert [t.text for t in tokenize("Bloomberg, wall", clitics=True)] == ["Bloomberg", ",", "wall"]


def test_words_drops_punctuation():
    assert [t.text for t in words("قال: «نعم».")] == ["قال", "نعم"]


alphabet = st.sampled_from("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةـَُِّْ٠١٢٣abcXYZ019.,!?؟،«»\"' \n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=alphabet, max_size=80), st.booleans())
def test_token_offsets_hold(text, clitics):
    tokens = tokenize(text, clitics=clitics)
    for token in tokens:
        assert text[token.start:token.end] == token.text
        assert token.text
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert "".join(t.text for t in tokens) == "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=alphabet, max_size=80))
def test_sentence_offsets_hold(text):
    for s in sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text


def test_docstring_examples():
    assert doctest.testmod(tokenize_module).failed == 0
