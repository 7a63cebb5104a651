"""End to end: `rasd analyze SEED --json` and `rasd ingest` + `rasd show` give the seed's topics (politics and
conflict, war and peace), keywords (the envoys, Moscow, the peace agreement) and a three-sentence summary."""

from __future__ import annotations

import json

import pytest

from rasd.cli import app

POLITICS, CONFLICT = "medtop:11000000", "medtop:16000000"


@pytest.fixture(scope="module")
def record(seed_path):
    from typer.testing import CliRunner
    result = CliRunner().invoke(app, ["analyze", str(seed_path), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_seed_top_topics_are_politics_and_conflict(record):
    codes = [t["code"] for t in record["topics"]]
    assert set(codes[:2]) == {POLITICS, CONFLICT}
    assert all(t["score"] >= 0.5 for t in record["topics"][:2])
    labels = {t["code"]: t["label_ar"] for t in record["topics"]}
    assert labels[POLITICS] == "سياسة" and labels[CONFLICT] == "نزاعات وحروب وسلام"


def test_seed_keywords_name_the_envoys_moscow_and_the_peace_agreement(record):
    keywords = record["keywords"]
    assert 5 <= len(keywords) <= 10
    for wanted in ("ويتكوف", "كوشنر", "موسكو"):
        assert any(wanted in k for k in keywords), (wanted, keywords)
    # the page's peace plan is written اتفاق سلام / اتفاق السلام / مقترحات السلام (never "خطة السلام")
    assert any("سلام" in k and len(k.split()) >= 2 for k in keywords), keywords
    assert not {"في", "إن", "قال", "وقال", "الذي"} & set(keywords)


def test_seed_summary_three_sentences_from_the_body_lead_first(record):
    summary = record["summary"]
    assert len(summary) == 3 and len(set(summary)) == 3
    assert all(sentence in record["text"] for sentence in summary)
    assert summary[0].startswith("يعتزم المبعوث الأميركي الخاص للشرق الأوسط ستيف ويتكوف")
    positions = [record["text"].index(sentence) for sentence in summary]
    assert positions == sorted(positions)


def test_ingest_then_show_prints_topics_keywords_and_summary(cli, seed_path, db_path):
    assert cli.invoke(app, ["ingest", str(seed_path), "--db", str(db_path)]).exit_code == 0
    listed = json.loads(cli.invoke(app, ["list", "--db", str(db_path), "--json"]).output)
    shown = cli.invoke(app, ["show", listed["articles"][0]["id"], "--db", str(db_path)])
    assert shown.exit_code == 0, shown.output
    assert "سياسة politics medtop:11000000" in shown.output
    assert "keywords:" in shown.output and "كوشنر" in shown.output
    assert "summary: 3" in shown.output


def test_web_reader_shows_arabic_topic_names_keywords_and_summary(tmp_path, seed_path):
    from fastapi.testclient import TestClient

    from rasd.api import create_app
    from rasd.config import load_config
    from rasd.service import ingest, open_store

    config = load_config(environ={}, db=str(tmp_path / "web.db"))
    with open_store(config.db) as store:
        (seed_id,) = ingest([str(seed_path)], store, config).created
    with TestClient(create_app(config)) as client:
        arabic = client.get(f"/articles/{seed_id}").text
        english = client.get(f"/articles/{seed_id}?lang=en").text
    assert ">سياسة</a>" in arabic and ">نزاعات وحروب وسلام</a>" in arabic
    assert ">politics</a>" in english and ">conflict, war and peace</a>" in english
    assert "/search?topic=medtop%3A11000000" in arabic
    assert '<span class="chip" dir="auto">جاريد كوشنر</span>' in arabic
    assert "الملخص" in arabic
