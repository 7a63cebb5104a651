from types import SimpleNamespace

from rasd.enrich.mentions import clitic_length, find_mentions
from rasd.ner.text import word_key

VOCAB = {word_key(w): rank for rank, w in enumerate(
    "في من موسكو كوشنر واشنطن وليد الشرق بوتين حلف ليد وكوشنر الكهرباء".split(), start=1)}


def test_glued_conjunctions_and_prepositions_are_trimmed_only_when_the_rest_is_the_commoner_word():
    assert clitic_length("وكوشنر", VOCAB) == 1
    assert clitic_length("لموسكو", VOCAB) == 1
    assert clitic_length("للشرق", VOCAB) == 2
    assert clitic_length("واشنطن", VOCAB) == 0  # "اشنطن" is no word
    assert clitic_length("وليد", VOCAB) == 0  # "ليد" is rarer than "وليد"
    assert clitic_length("ويتكوف", VOCAB) == 0  # neither is known: keep the name whole
    assert clitic_length("بوتين", VOCAB) == 0


class FakeTagger:
    """Tags by a word list, so mention offsets and trimming can be checked without the trained model."""

    def __init__(self, tags: dict[str, str]):
        self.tags = tags
        self.lexicon = SimpleNamespace(vectors=VOCAB)

    def tag(self, sentences):
        return [[self.tags.get(t, "O") for t in s] for s in sentences]


def test_mentions_have_exact_offsets_and_facilities_take_their_head_noun():
    text = "زار وكوشنر موسكو.\n\nوما زال التحكم في محطة زابوروجيا للطاقة النووية مسألة."
    tagger = FakeTagger({"وكوشنر": "B-PERS", "موسكو": "B-LOC", "زابوروجيا": "B-LOC"})
    found = find_mentions(text, tagger)
    assert [(f.type, f.text) for f in found] == [
        ("PER", "كوشنر"), ("LOC", "موسكو"), ("FAC", "محطة زابوروجيا للطاقة النووية")]
    assert all(text[f.start:f.end] == f.text for f in found)


def test_a_name_after_lil_keeps_its_article_for_display():
    text = "المبعوث الخاص للشرق الأوسط"
    (found,) = find_mentions(text, FakeTagger({"للشرق": "B-LOC", "الأوسط": "I-LOC"}))
    assert (found.text, found.article_dropped) == ("شرق الأوسط", True)


def test_widen_takes_the_longest_known_name_around_a_tagged_piece():
    from rasd.enrich.mentions import widen

    text = "على هامش منتدى دافوس الاقتصادي العالمي في وقت لاحق"
    (found,) = find_mentions(text, FakeTagger({"دافوس": "B-LOC"}))
    known = {"منتدى دافوس الاقتصادي العالمي": "ORG", "منتدى دافوس": "ORG"}.get
    wide = widen(found, text, known, VOCAB)
    assert (wide.type, wide.text) == ("ORG", "منتدى دافوس الاقتصادي العالمي")
    assert text[wide.start:wide.end] == wide.text
    assert widen(found, text, {}.get, VOCAB) is found
    text = "نشر قوات لحلف شمال الأطلسي"
    (found,) = find_mentions(text, FakeTagger({"الأطلسي": "B-LOC"}))
    assert widen(found, text, {"حلف شمال الأطلسي": "ORG"}.get, VOCAB).text == "حلف شمال الأطلسي"


def test_coordinated_people_are_split_and_listed_names_are_found_where_the_tagger_saw_nothing():
    from rasd.enrich.mentions import scan_known, sentence_tokens

    text = "التقى ستيف ويتكوف وكوشنر مسؤولاً في البيت الأبيض."
    tagger = FakeTagger({"ستيف": "B-PERS", "ويتكوف": "I-PERS", "وكوشنر": "I-PERS"})
    assert [f.text for f in find_mentions(text, tagger)] == ["ستيف ويتكوف", "كوشنر"]
    known = {"البيت الأبيض": "ORG"}.get
    (found,) = scan_known(text, sentence_tokens(text), known, {"بيت"}, VOCAB)
    assert (found.type, found.text, text[found.start:found.end]) == ("ORG", "البيت الأبيض", "البيت الأبيض")


def test_a_rare_word_after_a_facility_noun_is_a_facility_name():
    text = "السيطرة على محطة زابوروجيا للطاقة النووية ومحطة الكهرباء"
    (found,) = find_mentions(text, FakeTagger({}))
    assert (found.type, found.text) == ("FAC", "محطة زابوروجيا للطاقة النووية")
