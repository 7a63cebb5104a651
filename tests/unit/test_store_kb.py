import pytest

from rasd.errors import RasdError
from rasd.store import open_store
from rasd.store.kb import entries_from_csv, entry_from_fields, put_entries, read_user_entries


def test_entries_are_stored_replaced_and_read_back(db_path):
    with open_store(db_path) as store:
        put_entries(store, [entry_from_fields(None, "per", "ستيف ويتكوف", "Steve Witkoff", ["ويتكوف"])])
        put_entries(store, [entry_from_fields(None, "PER", "ستيف ويتكوف", "Steven Witkoff", ["ويتكوف"])])
    (entry,) = read_user_entries(db_path)
    assert (entry.id, entry.type, entry.name_en, entry.aliases) == ("user:ستيف_ويتكوف", "PER", "Steven Witkoff",
                                                                   ("ويتكوف",))


def test_reading_a_store_without_the_knowledge_base_tables_gives_nothing(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    assert read_user_entries(path) == []


def test_bad_entries_are_refused_with_reasons(tmp_path):
    with pytest.raises(RasdError, match="PERSON"):
        entry_from_fields(None, "PERSON", "بوتين")
    csv_path = tmp_path / "kb.csv"
    csv_path.write_text("id,type,name_en,name_ar,aliases\n,ORG,Asharq,الشرق للأخبار,الشرق\n,XYZ,,اسم,\n",
                        encoding="utf-8")
    with pytest.raises(RasdError, match="line 3"):
        entries_from_csv(csv_path)


def test_the_same_person_in_two_articles_gets_one_kb_id_and_others_do_not(db_path):
    from rasd.model import Article, Entity, Mention
    from rasd.store.kb import link_across_articles

    first = Article(id="a1", text="ستيف ويتكوف ثم ويتكوف", entities=(
        Entity("e1", "PER", "ستيف ويتكوف", (Mention(0, 11, "ستيف ويتكوف"), Mention(15, 21, "ويتكوف")),
               name_en="Steve Witkoff"),
        Entity("e2", "LOC", "دبي", (), kb_id=None)))
    second = Article(id="a2", text="قال ويتكوف", entities=(
        Entity("e1", "PER", "ويتكوف", (Mention(4, 10, "ويتكوف"),), name_en="Witkoff"),
        Entity("e2", "PER", "جاريد كوشنر", ())))
    with open_store(db_path) as store:
        one = link_across_articles(store, first)
        two = link_across_articles(store, second)
    assert one.entities[0].kb_id == two.entities[0].kb_id == "auto:ستيف_ويتكوف"
    assert two.entities[0].name_en == "Steve Witkoff"  # the fuller name the store already knows
    assert two.entities[1].kb_id == "auto:جاريد_كوشنر"
    assert one.entities[1].kb_id is None  # places are linked by the seed or not at all
