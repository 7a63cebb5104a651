"""CAMEO-style actor codes from the knowledge base, nationality words and agent nouns."""

from __future__ import annotations

from functools import cache

import pytest

from rasd.events.codes import ActorCoder, best_code, nisba
from rasd.kb.base import KBEntry
from rasd.model import Entity


@cache
def coder() -> ActorCoder:
    from rasd.kb.base import KnowledgeBase

    return ActorCoder(KnowledgeBase.load().entries.values())


@pytest.mark.parametrize("text, code", [
    ("المبعوث الأميركي الخاص", "USAGOV"),
    ("الإدارة الأميركية", "USAGOV"),
    ("المدن الأوكرانية", "UKRCVL"),
    ("الشرطة السودانية", "SDNCOP"),
    ("المتظاهرين المصريين", "EGYCVL"),
    ("الكرملين", "RUSGOV"),
    ("كييف", "UKR"),
])
def test_codes_from_words(text, code):
    assert coder().code(text) == code


def test_entity_codes_and_roles():
    witkoff = Entity("e1", "PER", "ستيف ويتكوف", roles=("المبعوث الأميركي الخاص للشرق الأوسط",))
    assert coder().code("ويتكوف", witkoff) == "USAGOV"
    kushner = Entity("e2", "PER", "جاريد كوشنر", roles=("صهر الرئيس دونالد ترمب",))
    assert coder().code("كوشنر", kushner) is None  # a kinship role gives no sector
    linked = ActorCoder([KBEntry("x:1", "ORG", "Acme", "أكمي", (), ("EGYBUS",), "user")], agents={})
    assert linked.code("شيء", Entity("e3", "ORG", "شيء", kb_id="x:1")) == "EGYBUS"


def test_best_code_and_nisba():
    assert best_code(["RU", "RUS"]) == "RUS"
    assert best_code(["RUSCOP", "RUSGOV"]) == "RUSGOV"
    assert best_code([]) is None
    assert (nisba("روسيا"), nisba("مصر"), nisba("عراق")) == ("روسي", "مصري", "عراقي")
