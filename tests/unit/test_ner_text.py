from rasd.ner.text import stem_key, tokenize, word_key


def test_tokens_keep_clitics_and_split_punctuation_with_exact_offsets():
    text = "قال الرئيسُ بوتين، إن «الناتو» يتوسع ٢٠٢٥."
    tokens = tokenize(text)
    assert [t for t, _, _ in tokens] == ["قال", "الرئيسُ", "بوتين", "،", "إن", "«", "الناتو", "»", "يتوسع", "٢٠٢٥", "."]
    assert all(text[s:e] == t for t, s, e in tokens)


def test_word_key_folds_spelling_variants():
    assert word_key("أوكرانيـــا") == word_key("اوكرانيا")
    assert word_key("مُوسْكُو") == "موسكو"
    assert word_key("مصطفى") == "مصطفي"
    assert word_key("القاهرة") == "القاهره"
    assert word_key("٢٠٢٥") == word_key("1999") == "0000"
    assert word_key("REUTERS") == "reuters"


def test_stem_key_strips_one_prefix_and_keeps_short_words():
    assert stem_key("والكرملين") == "كرملين"
    assert stem_key("لموسكو") == "موسكو"
    assert stem_key("بان") == "بان"
    assert stem_key("Reuters") == "Reuters"
