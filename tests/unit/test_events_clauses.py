"""Actors from clause structure (rasd.events.clauses and the protest-noun genitive): Arabic sentences written for
these tests, of the kinds the PLOVER development half shows; no entities listed (phrases are the candidates)."""

from __future__ import annotations

from events_helpers import analyzed, org


def _actors(text: str, type_: str) -> list[list[str]]:
    return [[a.text for a in e.actors] for e in analyzed(text, []).events if e.type == type_]


def test_doer_of_a_relative_clause_after_a_noun_trigger():
    assert ["الطلاب"] in _actors("وكانت المظاهرة التي نظمها الطلاب أمام الجامعة سلمية.", "PROTEST")


def test_relative_clause_without_an_object_suffix_gives_nothing():
    assert ["الطلاب"] not in _actors("وكانت المظاهرة التي شاهد الطلاب صورها سلمية.", "PROTEST")


def test_claimant_of_responsibility_is_the_actor():
    assert ["الجماعة"] in _actors("وتبنت الجماعة المسؤولية عن تفجير السيارة في السوق.", "ASSAULT")


def test_the_one_blamed_is_the_actor():
    assert ["الجماعة"] in _actors("وألقي اللوم على الجماعة في سلسلة من التفجيرات.", "ASSAULT")


def test_plural_support_verb_takes_its_clause_subject():
    found = _actors("وقال شهود إن سكانا من القرية نظموا امس مسيرة إلى مقر البلدية.", "PROTEST")
    assert found and "سكانا" in found[0][0]


def test_protest_noun_followed_by_people_names_them():
    assert ["العاملين"] in _actors("وأنهى اعتصام العاملين في الوكالة يومه الثالث.", "PROTEST")
    assert ["الغضب"] not in _actors("ودعا إلى يوم الغضب في كل المدن.", "PROTEST")


def test_cleft_names_the_doer():
    found = _actors("وقالت الحكومة إن «ميليشيات منفلتة» هي التي هاجمت القرية.", "ASSAULT")
    assert ["ميليشيات منفلتة"] in found


def test_aiming_to_support_is_no_attack_and_a_drone_is_no_march():
    events = analyzed("وتوقع التقرير نمو صناديق حكومية جديدة تستهدف دعم رواد الأعمال.", []).events
    assert [e.type for e in events if e.type in ("ASSAULT", "SUPPORT")] == []
    drone = analyzed("وقالت الشرطة إن طائرات مسيرة تستهدف مواقع الجيش في المدينة.", []).events
    assert [e.type for e in drone] == ["ASSAULT"]


def test_kana_subject_before_qad_and_the_verb_is_the_actor():
    found = _actors("وكانت «ألوية الفتح»، الذراع المسلحة للحركة، قد أطلقت قذائف على المعسكر فجر امس.", "ASSAULT")
    assert ["ألوية الفتح"] in found


def test_a_verb_joined_to_an_earlier_one_shares_its_subject():
    found = _actors("وقال سكان إن دورية من الجيش قامت بتفتيش المنازل واعتدت على الأهالي بالضرب.", "ASSAULT")
    assert found and "دورية" in found[0][0]
    found = _actors("وكانت مجموعة من عشرين مسلحا قد دخلت القرية ليلا وخطفت خمسة اشخاص.", "ASSAULT")
    assert found and "مسلحا" in found[0][0]


def test_a_counted_noun_is_no_verb():
    events = analyzed("وحضر ثلاثون طالبا من الجامعة الندوة.", []).events
    assert [e.type for e in events] == []


def test_protesters_calling_for_something_are_a_protest():
    assert ["متظاهرون"] in _actors("ودعا متظاهرون امس أمام مقر الصحيفة إلى الافراج عن الصحافيين.", "PROTEST")


def test_the_noun_after_inna_is_the_subject_of_the_verb_ending_its_clause():
    found = _actors("وقال مسؤول إن مسلحا ملثما من القرية المجاورة، هاجم دورية للجيش فجر اليوم.", "ASSAULT")
    assert found and "مسلحا" in found[0][0]
    assert not any("يقوم" in a for f in _actors("وطلب منه أن يقوم الجيش بقصف المدينة.", "ASSAULT") for a in f)


def test_a_member_of_an_organization_acts_for_it():
    events = analyzed("وقالت الشرطة إن مسلحا من حركة طالبان هاجم حافلة في كابول.",
                      [org("حركة طالبان", "Taliban")]).events
    actors = [[a.text for a in e.actors] for e in events if e.type == "ASSAULT"]
    assert actors and "حركة طالبان" in actors[0]


def test_a_cleft_before_a_support_verb_names_the_doer_of_its_noun():
    found = _actors("وأكدت الحكومة أن «عصابات مسلحة» هي التي ارتكبت المجازر التي وقعت في القرى.", "ASSAULT")
    assert ["عصابات مسلحة"] in found
    events = analyzed("وأكدت الحكومة أن «عصابات مسلحة» هي التي ارتكبت المجازر التي وقعت في القرى.", []).events
    assert all("التي" not in t.text for e in events for t in e.targets)  # a relative clause is no target


def test_both_sides_of_a_clash_after_bayna_are_its_actors():
    assert ["الجيش", "مسلحين"] in [[a.text.removeprefix("و") for a in f] for f in
                                   [e.actors for e in analyzed("واندلعت اشتباكات بين الجيش ومسلحين في الريف.",
                                                               []).events if e.type == "FIGHT"]]
    clash = analyzed("وشهدت المدينة مواجهات عنيفة بين الشرطة والمتظاهرين ليلا.", []).events
    assert [(e.type, [a.text for a in e.actors], [t.text for t in e.targets]) for e in clash] == [
        ("PROTEST", ["المتظاهرين"], ["الشرطة"])]  # a riot: the protesters against the police
