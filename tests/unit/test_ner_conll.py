import io

from rasd.ner.conll import evaluate, read_conll, spans, write_conll


def test_spans_follow_conlleval_for_stray_inside_tags():
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-ORG", "I-PERS"]) == [
        ("PERS", 0, 2), ("LOC", 3, 5), ("ORG", 5, 6), ("PERS", 6, 7)]


def test_read_and_write_keep_the_layout_and_ignore_extra_columns():
    lines = ["فلاديمير B-PERS x", "بوتين I-PERS x", "", "", "موسكو B-LOC", ""]
    sentences = list(read_conll(lines))
    assert [[row[0] for row in s] for s in sentences] == [["فلاديمير", "بوتين"], ["موسكو"]]
    out = io.StringIO()
    write_conll(out, [(["فلاديمير", "بوتين"], ["B-PERS", "I-PERS"]), (["موسكو"], ["B-LOC"])])
    assert out.getvalue() == "فلاديمير\tB-PERS\nبوتين\tI-PERS\n\nموسكو\tB-LOC\n\n"


def test_exact_span_micro_scores():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    scores = evaluate(gold, pred)
    assert (scores["overall"].correct, scores["overall"].gold, scores["overall"].predicted) == (2, 3, 3)
    assert scores["overall"].f1 == 66.67
    assert scores["PERS"].f1 == 0.0 and scores["LOC"].f1 == 100.0
