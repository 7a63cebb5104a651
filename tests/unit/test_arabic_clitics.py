"""rasd.arabic.clitics: splitting proclitics, with rules alone and with the shipped word counts."""

from __future__ import annotations

import doctest

import pytest

from rasd.arabic import clitics as clitics_module
from rasd.arabic.clitics import WordCounts, split_clitics
from rasd.arabic.tokenize import tokenize


@pytest.fixture(scope="module")
def counts() -> WordCounts:
    return WordCounts.load()


def parts(word, counts=None):
    return [t.text for t in split_clitics(word, counts=counts)]


def test_function_words_take_a_conjunction_without_counts():
    assert parts("وقد") == ["و", "قد"]
    assert parts("فهو") == ["ف", "هو"]
    assert parts("والتي") == ["و", "التي"]


@pytest.mark.parametrize("word, expected", [
    ("والده", ["والده"]),          # his father, not و + الده
    ("وزير", ["وزير"]),
    ("واشنطن", ["واشنطن"]),
    ("وقد", ["و", "قد"]),
    ("ولكن", ["و", "لكن"]),
    ("وبالمدرسة", ["و", "ب", "ال", "مدرسة"]),
    ("وسيقول", ["و", "س", "يقول"]),
    ("وملكال", ["و", "ملكال"]),    # unknown to the counts: the rules decide
    ("بريطانيا", ["بريطانيا"]),
])
def test_with_word_counts(word, expected, counts):
    assert parts(word, counts) == expected


def test_counts_are_read_from_the_shipped_file(counts):
    assert counts("في") > counts("وفي") > 0
    assert counts("كلمةغيرموجودة") == 0


def test_tokenize_passes_counts_through(counts):
    assert [t.text for t in tokenize("فالده والده", clitics=True, counts=counts)][-1] == "والده"


def test_docstring_examples():
    assert doctest.testmod(clitics_module).failed == 0
