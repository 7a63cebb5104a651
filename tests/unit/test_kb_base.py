from rasd.kb.base import KBEntry, KnowledgeBase, alias_key, read_entries, write_entries


def entries():
    return [
        KBEntry("iso:RUS", "LOC", "Russia", "روسيا", ("روسيا الاتحادية",), ("RU", "RUS"), "country"),
        KBEntry("cameo:حلف_شمال_اطلسي", "ORG", None, "حلف شمال أطلسي", (), ("IGO",), "cameo"),
        KBEntry("rasd:nato", "ORG", "NATO", "حلف شمال الأطلسي", ("الناتو",), (), "curated"),
        KBEntry("rasd:p-putin", "PER", "Vladimir Putin", "فلاديمير بوتين", ("بوتين",), (), "curated"),
    ]


def test_alias_key_folds_article_spelling_and_nisba():
    assert alias_key("حلف شمال الأطلسي") == alias_key("حلف_شمال_أطلسي_") == "حلف شمال اطلسي"
    assert alias_key("البنك المركزي الروسية") == alias_key("بنك مركزي روسي")
    assert alias_key("للشرق الأوسط") == alias_key("الشرق الاوسط")
    assert alias_key("Vladimir Putin") == "vladimir putin"


def test_lookup_prefers_the_curated_entry_and_respects_the_type():
    kb = KnowledgeBase(entries())
    assert kb.lookup("حلف شمال الأطلسي").id == "rasd:nato"
    assert kb.lookup("الناتو", "ORG").name_en == "NATO"
    assert kb.lookup("روسيا", "ORG").id == "iso:RUS"  # places and organizations are often confused
    assert kb.lookup("بوتين", "LOC") is None
    assert kb.lookup("Vladimir Putin").id == "rasd:p-putin"


def test_user_entries_win_over_the_seed():
    kb = KnowledgeBase(entries()).with_entries([KBEntry("user:x", "PER", "V. V. Putin", "بوتين", (), (), "user")])
    assert kb.lookup("بوتين").id == "user:x"
    assert KnowledgeBase(entries()).lookup("بوتين").id == "rasd:p-putin"


def test_tsv_round_trip(tmp_path):
    write_entries(tmp_path / "e.tsv", entries())
    assert read_entries(tmp_path / "e.tsv") == entries()


def test_shipped_seed_has_countries_actors_and_curated_entries():
    kb = KnowledgeBase.load()
    assert kb.entries["iso:UKR"].name_en == "Ukraine"
    assert kb.lookup("أوكرانيا").id == "iso:UKR"
    assert kb.lookup("الكرملين", "ORG").name_en == "Kremlin"
    assert any(e.source == "cameo" and "IRQGOV" in e.codes for e in kb.entries.values())
