"""The Arabic quote gold set: well-formed (offsets only, texts unchanged) and the stage above its floors.

Floors are below the figures in bench/results/quotes-*.md (Arabic F1 0.921, speaker accuracy 0.944) so that
a change that lowers them fails here; raise them when the benchmark goes up."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from quotes_gold import GOLD, gold_articles, read_gold  # noqa: E402

F1_FLOOR = 0.90
SPEAKER_FLOOR = 0.92


def test_gold_file_holds_offsets_not_text():
    raw = GOLD.read_text(encoding="utf-8")
    assert not re.search(r"[\u0600-\u06ff]", raw), "the gold file must not copy article text"
    gold = read_gold(GOLD)
    assert len(gold) >= 40 and sum(len(g["quotes"]) for g in gold) >= 200
    forms = {q["form"] for g in gold for q in g["quotes"]}
    assert forms == {"direct", "indirect", "mixed", "no_comment"}


@pytest.mark.slow
def test_gold_offsets_fit_the_derived_texts(shared):
    for g, article in gold_articles(read_gold(GOLD), shared):
        n = len(article.text)
        for q in g["quotes"]:
            assert 0 <= q["start"] < q["end"] <= n
            assert article.text[q["start"]:q["end"]].strip() == article.text[q["start"]:q["end"]]
            assert 0 <= q["speaker"]["start"] < q["speaker"]["end"] <= n


@pytest.mark.slow
def test_stage_stays_above_its_floors_on_the_arabic_gold(shared):
    import quotes as bench

    score = bench.arabic(shared)["all"].figures()
    assert score["f1"] >= F1_FLOOR, score
    assert score["speaker_accuracy"] >= SPEAKER_FLOOR, score
