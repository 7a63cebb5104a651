"""Search queries: parsing and analysis (backend-independent), and the FTS5 expression the SQLite store runs."""

from __future__ import annotations

import pytest

from rasd.errors import RasdError
from rasd.search.query import Clause, make_analyzer, parse, prefix_term
from rasd.search.sqlite import fts5_expression


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer()


def test_spelling_variants_of_a_word_give_one_term(analyzer):
    forms = ["أوكرانيا", "اوكرانيا", "وأوكرانيا", "لأوكرانيا", "أُوكْرانيا", "أوكـــرانيا"]
    assert {parse(form, analyzer).clauses for form in forms} == {(Clause(("اوكرانيا",)),)}


def test_words_phrases_prefixes_and_exclusions(analyzer):
    query = parse('"حلف شمال الأطلسي" الاوكر* -روسيا', analyzer)
    assert query.clauses == (
        Clause(("حلف", "شمال", "اطلس")),
        Clause(("اوكر",), prefix=True),
        Clause(("روسيا",), exclude=True),
    )
    assert fts5_expression(query) == '("حلف شمال اطلس" AND "اوكر" *) NOT ("روسيا")'


def test_definite_article_and_conjunction_come_off_a_prefix(analyzer):
    assert prefix_term("والمفاوض", analyzer) == "مفاوض"
    assert prefix_term("لحلف", analyzer) == "حلف"
    assert prefix_term("Negot", analyzer) == "negot"
    assert prefix_term("٢٠٢", analyzer) == "202"


def test_queries_that_cannot_run_are_refused_with_a_reason(analyzer):
    with pytest.raises(RasdError, match="only excludes"):
        parse("-روسيا", analyzer)
    with pytest.raises(RasdError, match="too short"):
        parse("ب*", analyzer)


def test_empty_and_punctuation_only_queries_match_everything(analyzer):
    assert parse("", analyzer).empty and parse(" ، . ", analyzer).empty
    assert fts5_expression(parse("", analyzer)) == ""


def test_a_proclitic_preposition_comes_off_so_phrases_match_across_it(analyzer):
    assert parse('"حلف شمال الاطلسي"', analyzer).clauses == parse('"لحلف شمال الأطلسي"', analyzer).clauses


def test_the_search_analyzer_key_is_known_without_building_it():
    from rasd.search.query import make_analyzer, search_analyzer_key

    assert search_analyzer_key() == make_analyzer().key == "ar:light10+clitics,en:snowball_en/1"
