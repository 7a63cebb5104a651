"""End to end: `rasd analyze SEED --published 2026-01-13 --json` resolves the seed's time expressions as
expected.json says (temporal_expressions_if_published_2026_01_13)."""

from __future__ import annotations

import json

from rasd.cli import app


def _analyze(cli, seed_path, *extra):
    result = cli.invoke(app, ["analyze", str(seed_path), "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _expected_value(value: str) -> tuple[str, str | None]:
    """("2025-12-30", "before") from "before 2025-12-30"; ("2026-01", None) from "2026-01"."""
    if value.startswith(("before ", "after ")):
        bound, _, rest = value.partition(" ")
        return rest, bound
    return value, None


def _field_value(record: dict, field: str | None) -> str:
    """The text a time expression's offsets point into: the body, or a page field ("images[0].date_text")."""
    if field is None:
        return record["text"]
    if field.startswith("images["):
        index, _, name = field.removeprefix("images[").partition("].")
        return record["images"][int(index)][name]
    return record[field]


def test_seed_deck_time_points_into_the_deck(cli, seed_path):
    record = _analyze(cli, seed_path, "--published", "2026-01-13")
    deck = [t for t in record["times"] if t["field"] == "deck"]
    assert [(t["text"], t["value"]) for t in deck] == [("هذا الشهر", "2026-01")]
    assert record["deck"][deck[0]["start"]:deck[0]["end"]] == "هذا الشهر"


def test_seed_times_resolve_as_expected(cli, seed_path, shared):
    expected = json.loads((shared / "seed" / "expected.json").read_text())["temporal_expressions_if_published_2026_01_13"]
    record = _analyze(cli, seed_path, "--published", "2026-01-13")
    text = record["text"]
    times = {t["text"]: t for t in record["times"] if t["field"] is None}
    for t in record["times"]:
        assert _field_value(record, t["field"])[t["start"]:t["end"]] == t["text"]
    for expression, value in expected.items():
        want, bound = _expected_value(value)
        if expression not in text:  # the caption date: printed with the photo, outside the body text
            assert expression == "2 ديسمبر 2025"
            on_page = [t for t in record["times"] if t["field"] == "images[0].date_text"]
            assert [(t["text"], t["value"], t["granularity"]) for t in on_page] == [(expression, want, "day")]
            assert [image["date"] for image in record["images"]] == [want]
            continue
        assert expression in times, f"{expression} not found in {sorted(times)}"
        assert times[expression]["value"] == want, expression
        if bound:
            assert times[expression]["granularity"] == bound
    assert times["في وقت لاحق هذا الشهر"]["granularity"] == "range"
    assert times["العام الماضي"]["granularity"] == "year"


def test_seed_times_without_publication_date_keep_their_meaning(cli, seed_path):
    record = _analyze(cli, seed_path)
    times = {t["text"]: t for t in record["times"]}
    assert times["ديسمبر الماضي"]["value"] is None
    assert times["ديسمبر الماضي"]["relative"] == "December before the publication month"
    assert times["منذ أكثر من أسبوعين"]["granularity"] == "before"
    assert times["منذ أكثر من أسبوعين"]["relative"] == "before (publication date - 2 weeks)"
