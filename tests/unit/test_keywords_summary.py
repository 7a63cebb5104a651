"""Keywords and summary stages on hand-made Arabic articles (built with an empty idf: every word counts as rare,
so the tests do not depend on the shipped model's numbers)."""

from __future__ import annotations

import pytest

from rasd.arabic.clitics import WordCounts
from rasd.enrich.keywords import KeywordsStage, strip_clitics
from rasd.enrich.summary import SummaryStage, cosine, pick
from rasd.model import Article, Block, Entity, Mention
from rasd.topics.features import Featurizer


def _article(paragraphs: list[str], title: str, entities=()) -> Article:
    text = "\n\n".join(paragraphs)
    blocks, position = [], 0
    for paragraph in paragraphs:
        blocks.append(Block("paragraph", paragraph, position, position + len(paragraph)))
        position += len(paragraph) + 2
    return Article("t", text, tuple(blocks), title=title, headline=title, entities=tuple(entities))


@pytest.fixture(scope="module")
def counts() -> WordCounts:
    return WordCounts.load()


def test_strip_clitics_keeps_the_article_and_short_words(counts):
    words = "لموسكو للشرق للقاء وكوشنر والمبعوثين بالتقدم وبحث".split()
    assert [strip_clitics(w, counts) for w in words] == ["موسكو", "الشرق", "لقاء", "كوشنر", "المبعوثين", "التقدم",
                                                          "بحث"]


LAVROV = ("وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق أمس. وبحث لافروف في دمشق اتفاقَ السلام مع المسؤولين. "
          "وقال لافروف إن اتفاق سلام شامل ممكن، وإن المحادثات في دمشق ستستمر.")


def test_keywords_entities_phrases_and_surface_forms(counts):
    start = LAVROV.index("سيرغي")
    entity = Entity("e1", "PER", "سيرغي لافروف", (Mention(start, start + 12, "سيرغي لافروف"),))
    article = _article([LAVROV], "لافروف في دمشق", [entity])
    keywords = KeywordsStage(Featurizer(), {}, counts).extract(article)
    assert keywords[:3] == ["دمشق", "سيرغي لافروف", "اتفاق السلام"]  # diacritics off; السلام and سلام are one
    assert "لافروف" not in keywords and "السلام" not in keywords and "سلام" not in keywords
    assert not {"إلى", "في", "وقال", "قال", "أمس", "إن"} & set(keywords)


def test_keywords_idf_ranks_rare_words_first(counts):
    article = _article(["قال الرئيس إن الرئيس سيزور كييف، وإن الرئيس سيلتقي زيلينسكي في كييف."], "زيارة")
    keywords = KeywordsStage(Featurizer(), {"رييس": 1.0, "كييف": 6.0}, counts).extract(article)
    assert keywords.index("كييف") < keywords.index("الرئيس")


GAZA = [
    "أعلنت وزارة الصحة في غزة اليوم مقتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي خلال احتجاجات قرب السياج الحدودي "
    "شرق المدينة.",
    "وقالت الوزارة إن ثلاثة فلسطينيين قتلوا برصاص الجيش الإسرائيلي خلال الاحتجاجات قرب السياج الحدودي شرق غزة "
    "اليوم.",
    "وأضافت أن أكثر من مئة شخص أصيبوا بجروح مختلفة، بينهم عشرة من المسعفين والصحفيين الذين كانوا في المكان.",
    "من جهته، قال الجيش الإسرائيلي إنه رد على محاولات لاختراق السياج وإلقاء عبوات ناسفة على الجنود المنتشرين هناك.",
    "وتأتي هذه الاحتجاجات الأسبوعية منذ نهاية مارس الماضي للمطالبة برفع الحصار المفروض على القطاع منذ أكثر من عشر "
    "سنوات.",
    "الطقس جميل.",
]


def test_summary_lead_first_no_repeats_in_text_order():
    article = _article(GAZA, "مقتل ثلاثة فلسطينيين برصاص إسرائيلي في غزة")
    summary = SummaryStage(Featurizer(), {}).extract(article)
    assert summary == [GAZA[0], GAZA[2], GAZA[3]]  # GAZA[1] repeats the lead; GAZA[5] is too short


def test_summary_of_a_short_article_is_what_there_is():
    article = _article(GAZA[:2], "غزة")
    assert SummaryStage(Featurizer(), {}).extract(article) == [GAZA[0]]  # the second repeats the first


def test_pick_never_takes_a_redundant_sentence():
    vectors = [{"a": 1.0, "b": 1.0}, {"a": 1.0, "b": 0.9}, {"c": 1.0}, {"d": 1.0}]
    assert cosine(vectors[0], vectors[1]) > 0.9
    assert pick(vectors, [1.0, 0.99, 0.5, 0.4], 3) == [0, 2, 3]
    assert pick([], [], 3) == []
