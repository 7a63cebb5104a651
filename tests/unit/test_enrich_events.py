"""The events stage on hand-built articles (entities listed by hand) — Arabic first, then English."""

from __future__ import annotations

from events_helpers import analyzed, loc, org, per

from rasd.model import Image


def test_visit_with_place_time_and_host():
    article = analyzed("زار وزير الخارجية المصري سامح شكري العاصمة الأردنية عمّان أمس والتقى الملك عبدالله الثاني.",
                       [per("سامح شكري", "Sameh Shoukry"), loc("عمّان", "Amman"), per("عبدالله الثاني", "Abdullah II")],
                       published="2026-03-05")
    (event,) = article.events
    assert (event.type, event.mode, event.status, event.time) == ("CONSULT", "visit", "happened", "2026-03-04")
    assert [a.name_en for a in event.actors] == ["Sameh Shoukry"]
    assert [t.name_en for t in event.targets] == ["Abdullah II"]
    assert event.place.name_en == "Amman"
    assert event.actors[0].code == "EGYGOV"  # from his title: وزير (GOV) + المصري (EGY)
    assert len(event.mentions) == 2  # زار and التقى: one visit


def test_protest_and_its_dispersal_are_two_events():
    article = analyzed("فرقت الشرطة السودانية مظاهرة نظمها طلاب في الخرطوم احتجاجاً على رفع الأسعار.",
                       [loc("الخرطوم", "Khartoum")])
    types = [e.type for e in article.events]
    assert types == ["COERCE", "PROTEST"]
    coerce = article.events[0]
    assert coerce.actors[0].text == "الشرطة السودانية" and coerce.actors[0].code == "SDNCOP"


def test_planned_denied_and_conditional():
    text = ("من المقرر أن يزور الرئيس الفرنسي القاهرة الأسبوع المقبل.\n\n"
            "ونفى المتحدث أن يكون الوفد قد التقى المعارضة.\n\n"
            "وهددت الحكومة بفرض عقوبات إذا استمر القصف.")
    article = analyzed(text, [loc("القاهرة", "Cairo")], published="2026-03-05")
    by_trigger = {e.trigger: e for e in article.events}
    assert by_trigger["يزور"].status == "planned" and by_trigger["يزور"].place.name_en == "Cairo"
    assert by_trigger["يزور"].time == "2026-W11"
    assert by_trigger["التقى"].status == "denied" and by_trigger["التقى"].type == "CONSULT"
    assert by_trigger["وهددت"].status == "happened" and by_trigger["وهددت"].type == "THREATEN"


def test_references_are_not_events():
    article = analyzed("وفي ظل غياب مؤشرات على التوصل إلى اتفاق سلام، قدمت الحكومة خطة بشأن المفاوضات.")
    assert article.events == ()


def test_quotes_make_the_claim_ledger():
    text = ('قال مسؤول في وزارة الدفاع إن الجيش لم يقصف القرية، بينما قال شهود إن الطائرات قصفت القرية فجراً.\n\n'
            'وأكد "المرصد" أن القصف استمر ساعتين.')
    article = analyzed(text)
    assert any(e.type == "ASSAULT" for e in article.events)
    stances = {(c.stance, c.source) for e in article.events for c in e.claims}
    assert ("contests", "مسؤول في وزارة الدفاع") in stances


def test_caption_refines_the_date_and_adds_participants():
    text = "وكان الرئيس بوتين قد التقى المبعوث ويتكوف في موسكو الشهر الماضي."
    caption = "الرئيس الروسي فلاديمير بوتين والمبعوث الأميركي ستيف ويتكوف خلال لقاء في الكرملين. 2 ديسمبر 2025"
    specs = [per("فلاديمير بوتين", "Vladimir Putin", "بوتين"), per("ستيف ويتكوف", "Steve Witkoff", "ويتكوف"),
             loc("موسكو", "Moscow"), org("الكرملين", "Kremlin")]
    article = analyzed(text, specs, published="2026-01-13", images=[Image(caption=caption, date="2025-12-02")])
    (event,) = article.events
    assert event.time == "2025-12-02" and event.page_evidence[0].field == "images[0].caption"
    assert {a.name_en for a in event.actors} == {"Vladimir Putin"}


def test_english_sentence():
    article = analyzed("Protesters rallied in Cairo on Friday. Police arrested dozens of demonstrators.",
                       [loc("Cairo", "Cairo")], published="2026-03-07")
    assert [e.type for e in article.events] == ["PROTEST", "COERCE"]
    assert article.events[0].place.text == "Cairo"


def test_stage_declares_what_it_needs():
    from events_helpers import events_stage

    stage = events_stage()
    assert stage.requires == frozenset({"text", "times", "entities", "quotes"})
    assert stage.provides == frozenset({"events"})
