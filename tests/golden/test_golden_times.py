"""Golden files for the `times` stage: tests/golden/times/NAME.txt + NAME.expected.json, written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.enrich.times import make_stage
from rasd.model import Article, DateValue

CASES = sorted((Path(__file__).parent / "times").glob("*.txt"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_times(case: Path):
    expected = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = case.read_text(encoding="utf-8").strip()
    article = Article(id=case.stem, text=text, published=DateValue(expected["published"]))
    times = make_stage(load_config(environ={}))(article).times
    assert all(text[t.start:t.end] == t.text for t in times)
    got = [(t.text, t.value, t.granularity) for t in times]
    assert got == [(w["text"], w["value"], w["granularity"]) for w in expected["times"]]
    for t, want in zip(times, expected["times"]):
        if "relative" in want:
            assert t.relative == want["relative"], t.text
