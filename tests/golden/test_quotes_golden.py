"""Golden cases for the quotes stage: body text in, the quotes a careful reader finds, written by hand.

Each ``quotes/<case>.txt`` is body text (paragraphs separated by a blank line); ``<case>.expected.json``
lists every quote in text order with speaker, kind, cue, form, content, via and denial, and the sourcing.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.enrich.quotes import make_stage
from rasd.model import Article, Block

HERE = Path(__file__).parent / "quotes"
CASES = sorted(p.name.removesuffix(".txt") for p in HERE.glob("*.txt"))


def _article(text: str) -> Article:
    blocks, offset = [], 0
    for part in text.strip().split("\n\n"):
        blocks.append(Block("paragraph", part, offset, offset + len(part)))
        offset += len(part) + 2
    return Article(id="golden", text=text.strip(), blocks=tuple(blocks))


@pytest.mark.parametrize("case", CASES)
def test_quotes_golden(case):
    article = make_stage(load_config(environ={}))(_article((HERE / f"{case}.txt").read_text(encoding="utf-8")))
    expected = json.loads((HERE / f"{case}.expected.json").read_text(encoding="utf-8"))
    got = [{"speaker": q.speaker.text, "kind": q.speaker.kind, "implicit": q.speaker.implicit, "cue": q.cue,
            "form": q.form, "content": q.content, "via": q.via, "denial": q.denial,
            **({"antecedent": q.speaker.antecedent.text} if q.speaker.antecedent else {})}
           for q in article.quotes]
    assert got == expected["quotes"]
    assert asdict(article.sourcing) == expected["sourcing"]
    for q in article.quotes:
        assert article.text[q.start:q.end] == q.content
