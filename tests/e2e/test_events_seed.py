"""The seed page's six events (../shared/seed/expected.json), with the shared reading's entities as the entities
stage's output and the real times and quotes stages; and once more through the default pipeline, NER included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.model import Event
from rasd.service import analyze_path
from events_helpers import STAGES_BEFORE_EVENTS, events_stage, with_entities


@pytest.fixture(scope="module")
def seed_events(seed_path: Path, shared: Path) -> list[Event]:
    expected = json.loads((shared / "seed" / "expected.json").read_text(encoding="utf-8"))
    config = load_config(stages=STAGES_BEFORE_EVENTS)
    article = analyze_path(seed_path, config, published="2026-01-13")
    article = with_entities(article, expected["entities"])
    return list(events_stage()(article).events)


def names(args) -> set[str]:
    return {a.name_en or a.text for a in args}


def one(events: list[Event], type_: str, status: str, time: str) -> Event:
    found = [e for e in events if e.type == type_ and e.status == status and e.time == time]
    assert len(found) == 1, [(e.type, e.status, e.time, e.trigger) for e in events]
    return found[0]


def test_planned_meeting_asserted_by_sources_via_bloomberg_and_contested_by_the_white_house(seed_events):
    event = one(seed_events, "CONSULT", "planned", "2026-01")
    assert names(event.actors) == {"Steve Witkoff", "Jared Kushner"}
    assert "Vladimir Putin" in names(event.targets)
    assert event.place.name_en == "Moscow" and event.place.code == "RUS"
    assert {"intended", "tentative", "not_final"} <= set(event.notes)
    asserts = [c for c in event.claims if c.stance == "asserts" and c.quote is not None]
    assert asserts[0].source == "مصادر مطلعة via بلومبرغ" and asserts[0].kind == "anonymous"
    (contest,) = [c for c in event.claims if c.stance == "contests"]
    assert contest.source == "مسؤول في البيت الأبيض" and contest.kind == "anonymous_official"
    assert contest.cue.startswith("ليس مقرر")
    assert event.contested_by == ("مسؤول في البيت الأبيض",)
    assert len(event.mentions) >= 4  # "للقاء"، "الاجتماع ربما يعقد"، "هذا الاجتماع ليس مقرراً"، "عقد هذا الاجتماع"


def test_december_meeting_happened_on_the_day_the_caption_gives(seed_events):
    event = one(seed_events, "CONSULT", "happened", "2025-12-02")
    assert names(event.actors) == {"Steve Witkoff", "Jared Kushner"}
    assert {"Vladimir Putin", "Kirill Dmitriev"} <= names(event.targets)
    assert event.place.name_en == "Moscow"
    assert event.duration == "قرابة 5 ساعات" and "no_progress" in event.notes
    assert [p.field for p in event.page_evidence] == ["images[0].caption"]


def test_six_meetings_last_year_are_another_event(seed_events):
    event = one(seed_events, "CONSULT", "happened", "2025")
    assert names(event.actors) == {"Steve Witkoff"} and names(event.targets) == {"Vladimir Putin"}
    assert event.place.name_en == "Russia" and event.count == 6


def test_sanctions_prepared_conditional_on_trump(seed_events):
    (event,) = [e for e in seed_events if e.type == "SANCTION"]
    assert event.status == "conditional" and "prepared" in event.notes
    assert [a.code for a in event.actors] == ["USAGOV"] and event.actors[0].text == "الإدارة الأميركية"
    assert [t.code for t in event.targets] == ["RUS"]


def test_russia_keeps_shelling_ukrainian_cities(seed_events):
    (event,) = [e for e in seed_events if e.type == "ASSAULT"]
    assert event.status == "ongoing" and names(event.actors) == {"Russia"}
    assert [t.text for t in event.targets] == ["المدن الأوكرانية", "البنية التحتية الحيوية"]
    assert event.targets[0].code == "UKRCVL"


def test_agreement_close_and_hoped_for_at_davos_later_this_month(seed_events):
    (event,) = [e for e in seed_events if e.type == "AGREE"]
    assert event.status == "planned" and {"close", "hoped"} <= set(event.notes)
    assert {"United States", "Europe", "Ukraine"} <= names(event.actors)
    assert event.about == "الضمانات الأمنية" and event.time == "2026-01-14..2026-01-31"


def test_every_offset_points_at_its_text(seed_events, seed_path):
    config = load_config(stages=STAGES_BEFORE_EVENTS)
    text = analyze_path(seed_path, config, published="2026-01-13").text
    for event in seed_events:
        assert text[event.trigger_span.start:event.trigger_span.end] == event.trigger
        for arg in event.actors + event.targets + ((event.place,) if event.place else ()):
            if arg.start is not None:
                assert text[arg.start:arg.end] == arg.text


def test_default_pipeline_finds_the_six_event_types(seed_path: Path):
    from rasd.ner.tagger import model_dir

    if not (model_dir() / "weights.npz").is_file():
        pytest.skip("the NER model is not in this checkout (src/rasd/models/ner/weights.npz)")
    article = analyze_path(seed_path, load_config(), published="2026-01-13")
    kinds = {(e.type, e.status, e.time) for e in article.events}
    assert {("CONSULT", "planned", "2026-01"), ("CONSULT", "happened", "2025"),
            ("AGREE", "planned", "2026-01-14..2026-01-31")} <= kinds
    assert {"SANCTION", "ASSAULT"} <= {e.type for e in article.events}
    planned = next(e for e in article.events if e.status == "planned" and e.type == "CONSULT")
    assert "مسؤول في البيت الأبيض" in planned.contested_by
    assert any(c.via == "بلومبرغ" and c.stance == "asserts" for c in planned.claims)


def test_without_a_publication_date_the_photo_dates_the_past_meeting_not_the_planned_one(seed_path: Path):
    from rasd.ner.tagger import model_dir

    if not (model_dir() / "weights.npz").is_file():
        pytest.skip("the NER model is not in this checkout (src/rasd/models/ner/weights.npz)")
    article = analyze_path(seed_path, load_config())
    consult = {e.status: e for e in article.events if e.type == "CONSULT" and e.status in ("planned", "happened")}
    assert consult["planned"].time is None  # "هذا الشهر" needs the publication date
    assert consult["planned"].page_evidence == ()
    dated = [e for e in article.events if e.type == "CONSULT" and e.time == "2025-12-02"]
    assert [e.status for e in dated] == ["happened"] and dated[0].page_evidence
