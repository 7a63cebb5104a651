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
