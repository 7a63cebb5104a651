"""The quotes stage as a pipeline part, its text view and segments, the speaker grammar, speaker resolution
with and without entities, and the sourcing profile."""

from __future__ import annotations

from dataclasses import replace

from rasd.config import DEFAULT_STAGES, load_config
from rasd.enrich.quotes import QuotesStage, make_stage
from rasd.enrich.quoting.segments import quoted_stretches, sentences
from rasd.enrich.quoting.speakers import parse_speaker
from rasd.enrich.quoting.textview import fold, fold_view
from rasd.model import Article, Block, Entity, Mention, Sourcing
from rasd.pipeline import BUILTIN_STAGES, Stage, default_registry


def article(text: str, entities: tuple[Entity, ...] = ()) -> Article:
    return Article(id="t", text=text, blocks=(Block("paragraph", text, 0, len(text)),), language="ar",
                   entities=entities)


def test_stage_is_declared_registered_and_runs_after_entities_when_present():
    stage = make_stage(load_config(environ={}))
    assert isinstance(stage, Stage) and isinstance(stage, QuotesStage)
    assert (stage.name, stage.requires, stage.provides) == ("quotes", frozenset({"text"}),
                                                             frozenset({"quotes", "sourcing"}))
    assert BUILTIN_STAGES["quotes"] == "rasd.enrich.quotes:make_stage" and "quotes" in DEFAULT_STAGES
    if "entities" in DEFAULT_STAGES:
        assert DEFAULT_STAGES.index("entities") < DEFAULT_STAGES.index("quotes")
    assert isinstance(default_registry().create("quotes", load_config(environ={})), QuotesStage)


def test_stage_does_not_mutate_and_fills_quotes_and_sourcing():
    a = article("وقال مصدر مطلع إن الوفد وصل.")
    out = make_stage(load_config(environ={}))(a)
    assert a.quotes == () and a.sourcing is None
    assert len(out.quotes) == 1 and out.sourcing == Sourcing(anonymous=1, total=1, speakers=1)


def test_text_view_maps_folded_positions_back_through_diacritics_and_tatweel():
    text = "xx أَعلـــنَ الوزيرُ"
    view = fold_view(text, 3)
    assert view.folded == "اعلن الوزير"
    start = view.folded.index("الوزير")
    assert text[slice(*view.span(start, start + 6))] == "الوزيرُ"
    assert fold("إِنَّ مدرسة") == "ان مدرسه"


def test_quoted_stretches_and_sentences_never_split_a_quotation():
    text = 'قال: "الأمر انتهى. لن نعود". ثم غادر.'
    quotes = quoted_stretches(text, 0, len(text))
    assert [(text[q.start:q.end]) for q in quotes] == ['"الأمر انتهى. لن نعود"']
    assert [text[s:e] for s, e in sentences(text, 0, len(text), quotes)] == ['قال: "الأمر انتهى. لن نعود".',
                                                                            "ثم غادر."]


def _speaker(region: str):
    view = fold_view(region)
    sp = parse_speaker(view.folded, 0, len(view.folded))
    span = None if sp.span is None else region[slice(*view.span(*sp.span))]
    via = None if sp.via is None else region[slice(*view.span(*sp.via))]
    aff = None if sp.affiliation is None else region[slice(*view.span(*sp.affiliation))]
    return span, sp.kind, aff, via


def test_speaker_grammar():
    assert _speaker("مسؤول في البيت الأبيض، ") == ("مسؤول في البيت الأبيض", "anonymous_official", "البيت الأبيض",
                                                  None)
    assert _speaker('مصادر مطلعة لـ"بلومبرغ"') == ("مصادر مطلعة", "anonymous", None, "بلومبرغ")
    assert _speaker("المصادر التي طلبت عدم الكشف عن هوياتها، قولها") == ("المصادر", "anonymous", None, None)
    assert _speaker("وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي،")[:2] == (
        "وزير الخارجية الروسي سيرغي لافروف", "named")
    assert _speaker("الكرملين")[1] == "organization"
    assert _speaker("منظمة إغاثية دولية")[1] == "anonymous"  # an unnamed organization
    assert _speaker('منظمة "أطباء بلا حدود"')[1] == "organization"
    assert _speaker("في بيان")[0] is None  # only an adverbial: the speaker is implicit


def test_entities_correct_kinds_and_link_speakers():
    text = "وقالت موسكو إن العقوبات لن تغير موقفها. وقال لافروف إن الحوار ممكن. وقال مسؤول في الكرملين إن اللقاء أجل."
    moscow = Entity("LOC:moscow", "LOC", "موسكو", (Mention(5, 10, "موسكو"),))
    lavrov = Entity("PER:lavrov", "PER", "لافروف", (Mention(text.index("لافروف"), text.index("لافروف") + 6, "لافروف"),))
    at = text.index("الكرملين")
    kremlin = Entity("ORG:kremlin", "ORG", "الكرملين", (Mention(at, at + 8, "الكرملين"),))
    plain = make_stage(load_config(environ={}))(article(text))
    linked = make_stage(load_config(environ={}))(article(text, (moscow, lavrov, kremlin)))
    assert [q.speaker.kind for q in plain.quotes] == ["named", "named", "anonymous_official"]
    assert [(q.speaker.kind, q.speaker.entity_id) for q in linked.quotes] == [
        ("organization", "LOC:moscow"), ("named", "PER:lavrov"), ("anonymous_official", None)]
    assert linked.sourcing == replace(Sourcing(), named=1, official=1, organization=1, total=3, speakers=3)
