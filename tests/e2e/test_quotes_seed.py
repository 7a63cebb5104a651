"""End to end: the seed page's 8 quotes (../shared/seed/expected.json) come out of `rasd analyze --json` with
the speaker, kind, via and form listed there, and the sourcing profile counts them; then the same with
entities present (hand-made here, as the entities stage would give them), linking speakers to entities."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from rasd.cli import app
from rasd.config import load_config
from rasd.enrich.quotes import make_stage
from rasd.model import Article, Entity, Mention
from rasd.pipeline import BUILTIN_READERS, Pipeline, _load
from rasd.service import analyze_raw
from rasd.acquire.files import iter_inputs

QUOTE_MARKS = "\"«»“” "


def _expected(shared):
    return json.loads((shared / "seed" / "expected.json").read_text())["quotes"]


def _find(quotes, content_starts):
    want = content_starts.strip(QUOTE_MARKS)
    found = [q for q in quotes if q["content"].strip(QUOTE_MARKS).startswith(want)]
    assert len(found) == 1, (content_starts, [q["content"][:40] for q in quotes])
    return found[0]


def _speaker_names(q):
    names = {q["speaker"]["text"]}
    if q["speaker"].get("antecedent"):
        names.add(q["speaker"]["antecedent"]["text"])
    return names


def _check_seed(record, expected):
    text = record["text"]
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["content"]
        assert text[q["cue_start"]:q["cue_end"]] == q["cue"]
        if q["speaker"]["start"] is not None:
            assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
        if q["via"]:
            assert text[q["via_start"]:q["via_end"]] == q["via"]
    for e in expected:
        q = _find(record["quotes"], e["content_starts"])
        assert e["speaker"] in _speaker_names(q), (e, q["speaker"])
        assert q["speaker"]["kind"] == e["speaker_kind"], e
        assert q["form"] == e["form"], e
        assert q["via"] == e.get("via"), e
    official = _find(record["quotes"], "مثل هذا الاجتماع ليس مقرراً")
    assert official["speaker"]["affiliation"] == "البيت الأبيض"  # expected.json: "White House"
    according = _find(record["quotes"], "يعتزم المبعوث الأميركي")  # "حسبما ذكرت مصادر مطلعة لـ"بلومبرغ""
    assert (according["speaker"]["text"], according["speaker"]["kind"], according["via"]) == (
        "مصادر مطلعة", "anonymous", "بلومبرغ")
    assert record["sourcing"] == {"named": 1, "anonymous": 5, "official": 2, "organization": 1, "via_outlet": 2,
                                  "no_comment": 1, "denials": 0, "total": 9, "speakers": 5}


def test_seed_quotes_from_the_cli(cli, seed_path, shared):
    result = cli.invoke(app, ["analyze", str(seed_path), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert len(record["quotes"]) == 9
    _check_seed(record, _expected(shared))
    # The default pipeline runs the entities stage: the named speaker and the organization link to entities.
    entities = {e["id"]: e for e in record["entities"]}
    trump = _find(record["quotes"], "ليس على وفاق")["speaker"]
    assert entities[trump["entity_id"]]["name_en"] == "Donald Trump"
    kremlin = _find(record["quotes"], "لم يرد الكرملين")["speaker"]
    assert entities[kremlin["entity_id"]]["name_en"] == "Kremlin"


class _HandEntities:
    """The entities the seed names, as the entities stage would record them (hand-made for this test)."""

    name, version = "entities", "test"
    requires = frozenset({"text"})
    provides = frozenset({"entities"})
    NAMES = {"PER:trump": ("PER", ["الرئيس ترمب", "دونالد ترمب"]), "ORG:kremlin": ("ORG", ["الكرملين"]),
             "ORG:white-house": ("ORG", ["البيت الأبيض"]), "ORG:bloomberg": ("ORG", ["بلومبرغ"])}

    def __call__(self, article: Article) -> Article:
        entities = []
        for ident, (etype, names) in self.NAMES.items():
            mentions = [Mention(i, i + len(n), n) for n in names for i in _all(article.text, n)]
            entities.append(Entity(ident, etype, names[0], tuple(sorted(mentions, key=lambda m: m.start))))
        return replace(article, entities=tuple(entities))


def _all(text, needle):
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)


def test_seed_quotes_link_speakers_to_entities(seed_path, shared):
    config = load_config(environ={})
    pipeline = Pipeline([_load(r)(config) for r in BUILTIN_READERS], [_HandEntities(), make_stage(config)])
    (raw,) = list(iter_inputs([str(seed_path)], config.max_input_bytes))
    from rasd.serialize import article_to_json

    record = article_to_json(analyze_raw(raw, pipeline))
    _check_seed(record, _expected(shared))
    by_content = {q["content"][:12]: q["speaker"] for q in record["quotes"]}
    trump = _find(record["quotes"], "ليس على وفاق")["speaker"]
    assert (trump["entity_id"], trump["kind"]) == ("PER:trump", "named")
    kremlin = _find(record["quotes"], "لم يرد الكرملين")["speaker"]
    assert (kremlin["entity_id"], kremlin["kind"]) == ("ORG:kremlin", "organization")
    white_house = _find(record["quotes"], "مثل هذا الاجتماع")["speaker"]
    assert (white_house["entity_id"], white_house["kind"]) == (None, "anonymous_official")
    assert len(by_content) == 9


@pytest.mark.parametrize("stages", [("readtime",), ("readtime", "quotes")])
def test_quotes_stage_is_optional_in_the_pipeline(cli, seed_path, shared, stages, monkeypatch):
    monkeypatch.setenv("RASD_STAGES", ",".join(stages))
    result = cli.invoke(app, ["analyze", str(seed_path), "--json"])
    record = json.loads(result.output)
    assert (len(record["quotes"]) == 9) is ("quotes" in stages)
    assert (record["sourcing"] is None) is ("quotes" not in stages)


def test_seed_quotes_printed_for_a_person(cli, seed_path):
    result = cli.invoke(app, ["analyze", str(seed_path)])
    assert result.exit_code == 0, result.output
    assert "مسؤول في البيت الأبيض [anonymous_official] قال (indirect): مثل هذا الاجتماع ليس مقرراً" in result.output
    assert "الكرملين [organization] لم يرد (no_comment)" in result.output
    assert "sourcing: named 1 · anonymous 5 · anonymous officials 2 · organizations 1 · via outlets 2" in result.output
