"""Golden cases for the ``entities`` stage: hand-written Arabic texts and, beside each, the entities a careful
reader finds (type, body mentions in order, roles, English name, knowledge-base id where the seed has it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.enrich.entities import make_stage
from rasd.model import Article

HERE = Path(__file__).parent / "entities"
CASES = sorted(p.name.removesuffix(".txt") for p in HERE.glob("*.txt"))


@pytest.fixture(scope="module")
def stage(tmp_path_factory):
    return make_stage(load_config(environ={}, db=str(tmp_path_factory.mktemp("kb") / "absent.db")))


@pytest.mark.parametrize("case", CASES)
def test_golden_entities(case: str, stage) -> None:
    text = (HERE / f"{case}.txt").read_text(encoding="utf-8")
    expected = json.loads((HERE / f"{case}.expected.json").read_text(encoding="utf-8"))
    article = stage(Article(id=case, text=text))
    found = {tuple(m.text for m in e.mentions): e for e in article.entities}
    for want in expected["entities"]:
        entity = found.get(tuple(want["mentions"]))
        assert entity is not None, f"{want['mentions']} not grouped as one entity: {sorted(found)}"
        assert entity.type == want["type"], want
        for key in ("roles", "name_en", "kb_id"):
            if key in want:
                assert (list(entity.roles) if key == "roles" else getattr(entity, key)) == want[key], (want, entity)
    mentioned = {m.text for e in article.entities for m in e.mentions}
    for text_ in expected["not_entities"]:
        assert text_ not in mentioned
    for entity in article.entities:
        assert all(text[m.start:m.end] == m.text for m in entity.mentions)
