"""Stopwords, topic features, the conflict lexicon and choosing topics from scores (no shipped model needed)."""

from __future__ import annotations

from rasd.arabic.analyzer import Analyzer
from rasd.arabic.stopwords import is_stopword
from rasd.enrich.topics import choose
from rasd.topics.corpus import Doc, _date, targets
from rasd.topics.features import Featurizer
from rasd.topics.labels import conflict_lexicon, politics_lexicon


def test_arabic_stopwords_fold_diacritics_hamza_and_conjunctions():
    assert is_stopword("الّذي") and is_stopword("وقال") and is_stopword("فإنّ") and is_stopword("إلى")
    assert not is_stopword("موسكو") and not is_stopword("السلام") and not is_stopword("وزير")
    assert is_stopword("the") and not is_stopword("peace")


def test_features_are_stemmed_content_words_and_pairs():
    featurizer = Featurizer()
    assert featurizer.features("وقالت الحكومةُ إن المفاوضاتِ ستُستأنف ٢٠٢٦") == [
        "حكوم", "مفاوض", "ستستانف", "حكوم مفاوض", "مفاوض ستستانف"]
    assert featurizer.features("The ministers said peace talks") == ["minist", "peac", "talk", "minist peac",
                                                                    "peac talk"]


def test_conflict_lexicon_counts_words_and_phrases_through_clitics():
    analyzer = Analyzer()
    lexicon = conflict_lexicon(analyzer)
    terms = analyzer.terms("شنّت القوات غاراتٍ وقصفاً على المسلحين، وقُتل ١٢ في الاشتباكات قبل وقفِ إطلاقِ النار")
    hits, distinct = lexicon.hits(terms)
    # غارات، المسلحين، قُتل (stemmed like قتلى)، الاشتباكات، وقف إطلاق النار; قصفاً keeps its alef of tanween
    # after light10 stemming (قصفا), so the lexicon misses it
    assert (hits, distinct) == (5, 5)
    assert lexicon.weak_label(terms) == 1.0  # 5 hits of 5 entries
    assert lexicon.weak_label(analyzer.terms("قتلى وجرحى")) is None  # 2 hits: between the thresholds
    assert lexicon.weak_label(analyzer.terms("فاز الفريق بالمباراة أمس")) == 0.0


def test_politics_lexicon_needs_many_hits():
    analyzer = Analyzer()
    lexicon = politics_lexicon(analyzer)
    text = ("التقى وزيرُ الخارجية السفيرَ في البيت الأبيض قبل القمة، وبحثا العقوبات والمفاوضات مع الحكومة والبرلمان "
            "ورئيس الوزراء")
    assert lexicon.hits(analyzer.terms(text)) == (11, 11)  # وزير الخارجية: the phrase and وزير; رئيس الوزراء too
    assert lexicon.weak_label(analyzer.terms(text)) == 1.0
    assert lexicon.weak_label(analyzer.terms("قال الوزير إن الحكومة والبرلمان سيدعمان الفريق")) is None  # 3 hits
    assert lexicon.weak_label(analyzer.terms("فاز الفريق بالمباراة")) == 0.0


def test_targets_follow_the_corpus_mapping():
    def doc(corpus, *categories):
        return Doc(corpus, "d", "u", "o", categories, "2018-03-01", "", "")
    docs = [doc("ant-v2.1", "sport"), doc("ant-v2.1", "middleEast"), doc("ant-v1.1", "politic"),
            doc("ant-v1.1", "localNews"), doc("plover-assault", "ASSAULT")]
    labels = ["politics", "conflict", "economy", "sport", "society"]
    weak = [{"conflict": 1.0, "politics": 1.0}, {"conflict": 1.0, "politics": None},
            {"conflict": 0.0, "politics": 0.0}, {"conflict": None, "politics": 1.0}, {"conflict": 0.0}]
    table = targets(docs, weak, labels)
    rows = [[None if v != v else v for v in row] for row in table.tolist()]
    assert rows[0] == [0.0, 0.0, 0.0, 1.0, None]  # sport: never conflict or politics, whatever the lexicons say
    assert rows[1] == [None, 1.0, 0.0, 0.0, None]  # a place section: politics from the lexicon (here unknown)
    assert rows[2] == [1.0, 0.0, 0.0, 0.0, 0.0]  # the corpus label wins over the lexicon
    assert rows[3] == [1.0, None, None, None, None]  # localNews: the lexicon decides politics
    assert rows[4] == [None, 1.0, None, None, None]  # an ASSAULT sentence


def test_docno_dates_in_both_orders():
    assert _date("SK-sport-12-20180817") == "2018-08-17"
    assert _date("JA-politic-3-30092016") == "2016-09-30"
    assert _date("no-date") is None


def test_choose_confident_topics_or_uncertain():
    topics = choose({"politics": 0.91, "conflict": 0.77, "economy": 0.31, "sport": 0.01})
    assert [(t.code, t.label_ar, t.score) for t in topics] == [("medtop:11000000", "سياسة", 0.91),
                                                              ("medtop:16000000", "نزاعات وحروب وسلام", 0.77)]
    unsure = choose({"politics": 0.41, "economy": 0.25, "sport": 0.02})
    assert [(t.code, t.score) for t in unsure] == [("uncertain", 0.41), ("medtop:11000000", 0.41),
                                                   ("medtop:04000000", 0.25)]


def test_exports_leave_out_the_uncertain_marker():
    from rasd.export.jsonld import to_jsonld
    from rasd.export.ninjs import to_ninjs
    from rasd.model import Article

    article = Article("a1", "نص", topics=choose({"politics": 0.41, "economy": 0.1}), keywords=("موسكو",))
    assert article.topics[0].code == "uncertain"
    subjects = to_ninjs(article)["subjects"]
    assert [s["uri"].rsplit("/", 1)[-1] for s in subjects if s["rel"] == "about"] == ["11000000"]
    assert [t["termCode"] for t in to_jsonld(article)["about"]] == ["medtop:11000000"]
