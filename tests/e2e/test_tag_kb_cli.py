"""``rasd tag`` and ``rasd kb`` as a user runs them."""

from __future__ import annotations

import json

import pytest

from rasd.cli import app
from rasd.ner.conll import evaluate, read_conll

CONLL = "التقى O x\nالرئيس O x\nالروسي O x\nفلاديمير B-PERS x\nبوتين I-PERS x\nفي O x\nموسكو B-LOC x\n\n\nشكرا O\n"


def test_tag_writes_token_tab_tag_in_the_input_layout(cli, tmp_path):
    path = tmp_path / "in.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = cli.invoke(app, ["tag", str(path), "--format", "conll"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    assert [line.split("\t")[0] for line in lines if line] == [
        "التقى", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "شكرا"]
    assert lines[3:5] == ["فلاديمير\tB-PERS", "بوتين\tI-PERS"] and lines[6] == "موسكو\tB-LOC"
    assert lines[7] == "" and lines[8] == "شكرا\tO"


def test_tag_refuses_unknown_formats_and_missing_files(cli, tmp_path):
    assert cli.invoke(app, ["tag", str(tmp_path / "none.conll")]).exit_code == 2
    path = tmp_path / "in.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = cli.invoke(app, ["tag", str(path), "--format", "json"])
    assert result.exit_code == 2 and "conll" in result.stderr


@pytest.mark.slow
def test_tag_scores_on_the_anercorp_test_split(cli, shared):
    path = shared / "data/ner/anercorp-camellab/ANERCorp_CamelLab_test.txt"
    result = cli.invoke(app, ["tag", str(path), "--format", "conll"])
    assert result.exit_code == 0
    gold = [[row[-1] for row in s] for s in read_conll(path.read_text(encoding="utf-8").splitlines())]
    predicted = [[row[1] for row in s] for s in read_conll(result.stdout.splitlines())]
    assert evaluate(gold, predicted)["overall"].f1 >= 64.0  # bench/results/ner-2026-11-29.md: 64.39


def test_kb_add_import_show_and_linking_in_analyze(cli, tmp_path):
    db = str(tmp_path / "kb.db")
    added = cli.invoke(app, ["kb", "add", "سمير الخطيب", "--type", "PER", "--en", "Samir al-Khatib",
                             "--alias", "الخطيب", "--db", db])
    assert added.exit_code == 0, added.output
    csv_path = tmp_path / "kb.csv"
    csv_path.write_text("id,type,name_en,name_ar,aliases\nacme,ORG,Acme Gulf Holding,شركة الخليج القابضة,\n",
                        encoding="utf-8")
    assert cli.invoke(app, ["kb", "import", str(csv_path), "--db", db]).exit_code == 0
    shown = cli.invoke(app, ["kb", "show", "الخطيب", "--json", "--db", db])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["name_en"] == "Samir al-Khatib"
    assert json.loads(cli.invoke(app, ["kb", "show", "acme", "--json", "--db", db]).stdout)["type"] == "ORG"
    assert cli.invoke(app, ["kb", "show", "Vladimir Putin", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["kb", "show", "لا أحد بهذا الاسم", "--db", db]).exit_code == 1
    page = tmp_path / "page.txt"
    page.write_text("رجل أعمال في بيروت\n\nقال رجل الأعمال سمير الخطيب في بيروت إن الخطيب سيزور القاهرة قريباً.\n",
                    encoding="utf-8")
    result = cli.invoke(app, ["analyze", str(page), "--json"], env={"RASD_DB": db})
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    khatib = [e for e in record["entities"] if e["kb_id"] == "user:سمير_خطيب"]
    assert khatib and khatib[0]["name_en"] == "Samir al-Khatib"


def test_ingest_gives_a_person_unknown_to_the_knowledge_base_one_id_across_articles(cli, tmp_path):
    db = str(tmp_path / "store.db")
    pages = []
    for i, body in enumerate(["قال رجل الأعمال سمير الخطيب في بيروت إن الشركة ستتوسع.",
                              "وأكد الخطيب في مقابلة أن سمير الخطيب لن يترشح للانتخابات في لبنان."]):
        page = tmp_path / f"p{i}.txt"
        page.write_text(f"عنوان الخبر رقم {i}\n\n{body}\n", encoding="utf-8")
        pages.append(page)
    result = cli.invoke(app, ["ingest", *map(str, pages), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    ids = []
    for row in json.loads(cli.invoke(app, ["list", "--db", db, "--json"]).stdout)["articles"]:
        record = json.loads(cli.invoke(app, ["show", row["id"], "--db", db, "--json"]).stdout)
        ids += [e["kb_id"] for e in record["entities"] if e["name"] == "سمير الخطيب"]
    assert len(ids) == 2 and ids[0] == ids[1] == "auto:سمير_خطيب"
