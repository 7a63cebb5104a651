"""The reader's body segments (entities and times by offsets) and its server-drawn chart."""

from __future__ import annotations

from rasd.model import Article, Block, Entity, Mention, TimeExpr
from rasd.web.body import block_segments
from rasd.web.chart import mentions_chart

TEXT = "زار ستيف ويتكوف موسكو هذا الشهر.\n\nوقال ويتكوف إن <b>المحادثات</b> مستمرة."


def make(entities=(), times=()) -> Article:
    first, second = TEXT.split("\n\n")
    blocks = (Block("paragraph", first, 0, len(first)), Block("paragraph", second, len(first) + 2, len(TEXT)))
    return Article(id="x", text=TEXT, blocks=blocks, entities=tuple(entities), times=tuple(times))


def mention(form: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(form, start + 1)
    return Mention(start, start + len(form), form)


def test_segments_cut_the_arabic_text_at_entity_and_time_offsets():
    witkoff = Entity("e1", "PER", "ستيف ويتكوف", (mention("ستيف ويتكوف"), mention("ويتكوف", 1)))
    moscow = Entity("e2", "LOC", "موسكو", (mention("موسكو"),))
    month = TimeExpr("هذا الشهر", TEXT.index("هذا الشهر"), TEXT.index("هذا الشهر") + 9, "2026-01", "month")
    article = make([witkoff, moscow], [month])
    first = block_segments(article, article.blocks[0])
    assert [(s.text, s.kind, s.key) for s in first] == [
        ("زار ", "text", None), ("ستيف ويتكوف", "entity", "PER:ستيف ويتكوف"), (" ", "text", None),
        ("موسكو", "entity", "LOC:موسكو"), (" ", "text", None), ("هذا الشهر", "time", None), (".", "text", None)]
    second = block_segments(article, article.blocks[1])
    assert "".join(s.text for s in second) == article.blocks[1].text
    assert [s.text for s in second if s.kind == "entity"] == ["ويتكوف"]


def test_overlaps_keep_the_longer_entity_and_drop_the_time():
    long = Entity("e1", "PER", "ستيف ويتكوف", (mention("ستيف ويتكوف"),))
    short = Entity("e2", "PER", "ويتكوف", (mention("ويتكوف"),))
    clash = TimeExpr("ويتكوف موسكو", TEXT.index("ويتكوف"), TEXT.index("ويتكوف") + 12, None, "unknown")
    segments = block_segments(make([short, long], [clash]), make().blocks[0])
    assert [s.text for s in segments if s.kind != "text"] == ["ستيف ويتكوف"]


def test_annotations_with_wrong_offsets_are_not_shown():
    wrong = Entity("e1", "PER", "موسكو", (Mention(0, 5, "موسكو"),))  # text[0:5] is "زار س"
    segments = block_segments(make([wrong]), make().blocks[0])
    assert [s.kind for s in segments] == ["text"] and segments[0].text == make().blocks[0].text


def test_chart_draws_one_bar_per_day_and_escapes_labels():
    svg = str(mentions_chart((("2026-01-13", 2), ("2026-01-15", 4), (None, 1)), "<إشارات>", "غير معروف"))
    assert svg.count("<rect") == 3 and "غير معروف" in svg and "&lt;إشارات&gt;" in svg
    assert 'height="118.0"' in svg  # the tallest bar (4 mentions) fills the plot height: 180 - 34 - 28
    assert "<script" not in svg and "style=" not in svg
    assert str(mentions_chart((), "t", "u")) == ""


def test_interface_strings_exist_in_both_languages():
    from rasd.web.i18n import STRINGS

    assert set(STRINGS["ar"]) == set(STRINGS["en"])
    assert STRINGS["ar"]["quotes_panel"] == "الاقتباسات والمصادر" and STRINGS["en"]["quotes_panel"] == "Quotes and sources"
