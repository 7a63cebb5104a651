from rasd.ner.gazetteer import ACTOR_PHRASE, LOC_PHRASE, LOC_WORD, PER_WORD, Gazetteer
from rasd.ner.text import word_key


def small() -> Gazetteer:
    words = [(word_key("بوتين"), PER_WORD), (word_key("موسكو"), LOC_WORD)]
    phrases = [([word_key(w) for w in "الولايات المتحدة".split()], LOC_PHRASE),
               ([word_key(w) for w in "حلف شمال أطلسي".split()], ACTOR_PHRASE)]
    return Gazetteer.from_entries(words, phrases)


def test_word_bits_match_prefixed_forms_through_the_stem():
    g = small()
    assert g.word_bits(word_key("بوتين")) == PER_WORD
    assert g.word_bits(word_key("لموسكو")) == LOC_WORD
    assert g.word_bits(word_key("الكرملين")) == 0


def test_phrases_mark_every_token_they_cover_ignoring_the_article():
    keys = [word_key(w) for w in "قوات لحلف شمال الأطلسي في الولايات المتحدة".split()]
    assert small().phrase_bits(keys) == [0, ACTOR_PHRASE, ACTOR_PHRASE, ACTOR_PHRASE, 0, LOC_PHRASE, LOC_PHRASE]


def test_dump_and_load_round_trip(tmp_path):
    path = tmp_path / "gazetteer.tsv"
    small().dump(path)
    again = Gazetteer.load(path)
    assert again.words == small().words and again.phrases == small().phrases
