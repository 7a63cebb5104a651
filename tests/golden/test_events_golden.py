"""Golden cases for the events stage: text, hand-listed entities and the expected events, all written by hand.

Each expected event is found by type and trigger; its status, time, place and claim ledger must be as written;
each expected actor or target must share a word with one of rasd's (and have the code given, when one is given);
``absent_types`` must not appear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from events_helpers import analyzed

from rasd.events.lexicon import fold_word

CASES = sorted((Path(__file__).parent / "events").glob("*.json"))


def words(text: str) -> set[str]:
    return {fold_word(w) for w in text.split()}


def check_args(expected: list, found, role: str) -> None:
    for text, code in expected:
        match = [a for a in found if words(a.text) & words(text)]
        assert match, f"{role} {text!r} not among {[a.text for a in found]}"
        if code is not None:
            assert match[0].code == code, f"{role} {text!r}: code {match[0].code} != {code}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_events(path: Path):
    case = json.loads(path.read_text(encoding="utf-8"))
    article = analyzed(case["text"], case["entities"], published=case["published"], source=case["source"])
    for want in case["events"]:
        found = [e for e in article.events if e.type == want["type"] and e.trigger == want["trigger"]]
        assert found, f"{want['type']} {want['trigger']!r} not among {[(e.type, e.trigger) for e in article.events]}"
        event = found[0]
        assert event.status == want["status"]
        for key in ("time", "asserted_by", "contested_by"):
            if key in want:
                value = getattr(event, key)
                assert (list(value) if isinstance(value, tuple) else value) == want[key], key
        if "place" in want:
            assert event.place is not None and event.place.text == want["place"]
        if "about_starts" in want:
            assert event.about and event.about.startswith(want["about_starts"])
        check_args(want.get("actors", []), event.actors, "actor")
        check_args(want.get("targets", []), event.targets, "target")
        text = article.text
        assert text[event.trigger_span.start:event.trigger_span.end] == event.trigger
    assert not {e.type for e in article.events} & set(case.get("absent_types", []))
