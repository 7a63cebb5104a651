"""Done-when for search: the seed page and a few hundred other articles ingested with `rasd ingest`, then
`rasd search` finds the seed by any spelling, `rasd related` explains its picks, threads and reindex work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_helpers import corpus_lines

from rasd.cli import app

@pytest.fixture(scope="module")
def store(shared: Path, seed_path: Path, tmp_path_factory) -> tuple[str, str]:
    from typer.testing import CliRunner

    cli = CliRunner()
    folder = tmp_path_factory.mktemp("search")
    db = str(folder / "search.db")
    others = folder / "others.jsonl"
    others.write_text("\n".join(corpus_lines(shared)) + "\n", encoding="utf-8")
    seeded = cli.invoke(app, ["ingest", str(seed_path), "--db", db, "--json"])
    assert seeded.exit_code == 0, seeded.output
    (seed_id,) = json.loads(seeded.output)["created"]
    # the others only need reading (the NLP stages would take minutes here); search indexes every article
    result = cli.invoke(app, ["ingest", str(others), "--db", db, "--json"], env={"RASD_STAGES": "readtime"})
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["created"]) == 300
    return db, seed_id


@pytest.mark.parametrize("query", ["ويتكوف", "اوكرانيا", "حلف شمال الاطلسي"])
def test_search_lists_the_seed(cli, store, query):
    db, seed_id = store
    result = cli.invoke(app, ["search", query, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert seed_id in [hit["id"] for hit in found["results"]]
    text = cli.invoke(app, ["search", query, "--db", db])
    assert "ويتكوف وكوشنر يخططان لزيارة موسكو" in text.output and seed_id in text.output


def test_search_for_ukraine_finds_other_articles_too_and_marks_the_original_spelling(cli, store):
    db, seed_id = store
    found = json.loads(cli.invoke(app, ["search", "اوكرانيا", "--db", db, "--json", "--limit", "50"]).output)
    assert found["total"] > 1
    for hit in found["results"]:
        marked = {hit["snippet"][s:e] for s, e in hit["highlights"]}
        assert marked and all("وكرانيا" in m for m in marked), (hit["id"], marked)


def test_related_explains_its_picks(cli, store):
    db, seed_id = store
    result = cli.invoke(app, ["related", seed_id, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    picks = json.loads(result.output)["related"]
    assert picks and all(p["reason"] for p in picks)
    assert all("similar wording" in p["reason"] or p["reason"].startswith("shares: ") for p in picks)
    scores = [p["score"] for p in picks]
    assert scores == sorted(scores, reverse=True)
    text = cli.invoke(app, ["related", seed_id, "--db", db]).output
    assert picks[0]["id"] in text and picks[0]["reason"] in text


def test_thread_timeline_and_reindex(cli, store):
    db, seed_id = store
    thread = json.loads(cli.invoke(app, ["thread", seed_id, "--db", db, "--json"]).output)
    assert seed_id in [e["article_id"] for e in thread["entries"]]
    assert thread["entries"][0]["role"] == "first report"
    assert cli.invoke(app, ["threads", "--db", db]).exit_code == 0
    result = cli.invoke(app, ["reindex", "--db", db])
    assert result.exit_code == 0 and "indexed 301 articles" in result.output
    again = json.loads(cli.invoke(app, ["search", "ويتكوف", "--db", db, "--json"]).output)
    assert seed_id in [hit["id"] for hit in again["results"]]
