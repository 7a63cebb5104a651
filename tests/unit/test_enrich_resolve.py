from rasd.enrich.mentions import Found
from rasd.enrich.resolve import group, roles
from rasd.ner.text import tokenize


def mention(text: str, name: str, kind: str = "PER", nth: int = 0) -> Found:
    toks = tuple(tokenize(text))
    words = name.split()
    starts = [i for i in range(len(toks)) if [t for t, _, _ in toks[i:i + len(words)]] == words]
    first = starts[nth]
    last = first + len(words)
    return Found(kind, toks[first][1], toks[last - 1][2], name, toks, first, last)


SENTENCE = "يعتزم المبعوث الأميركي الخاص للشرق الأوسط ستيف ويتكوف، وصهر الرئيس دونالد ترمب، جاريد كوشنر، السفر"


def test_roles_from_titles_and_appositions():
    witkoff = mention(SENTENCE, "ستيف ويتكوف")
    trump = mention(SENTENCE, "دونالد ترمب")
    kushner = mention(SENTENCE, "جاريد كوشنر")
    named = set(range(trump.first, trump.last)) | set(range(witkoff.first, witkoff.last))
    assert roles(witkoff, named) == ["المبعوث الأميركي الخاص للشرق الأوسط"]
    assert roles(trump, named) == ["الرئيس"]
    assert roles(kushner, named) == ["صهر الرئيس دونالد ترمب"]


def test_no_role_across_a_verb_or_a_coordinated_name():
    text = "التقى ويتكوف وجاريد كوشنر"
    assert roles(mention(text, "كوشنر"), set()) == []


def test_grouping_joins_surnames_and_quoted_acronyms_but_not_different_people():
    text = "ترمب. دونالد ترمب. ترمب. نشر قوات لحلف شمال الأطلسي \"الناتو\" في أوكرانيا. جو بايدن"
    items = [("text", mention(text, "ترمب"), None), ("text", mention(text, "دونالد ترمب"), None),
             ("text", mention(text, "ترمب", nth=2), None),
             ("text", mention(text, "شمال الأطلسي", "ORG"), None), ("text", mention(text, "الناتو", "ORG"), None),
             ("text", mention(text, "أوكرانيا", "LOC"), "iso:UKR"), ("text", mention(text, "جو بايدن"), None)]
    clusters = group(items)
    assert [sorted(f.text for _, f in c.members) for c in clusters] == [
        ["ترمب", "ترمب", "دونالد ترمب"], ["الناتو", "شمال الأطلسي"], ["أوكرانيا"], ["جو بايدن"]]
    assert clusters[2].kb_id == "iso:UKR"
