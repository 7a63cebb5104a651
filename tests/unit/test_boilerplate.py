"""Which main-text blocks are the article: the rules applied after trafilatura."""

from __future__ import annotations

from rasd.extract.boilerplate import BodyContext, clean
from rasd.extract.htmlbody import RawBlock

PARA = "قال وزير الاقتصاد في مؤتمر صحفي اليوم إن الحكومة ستعرض خطة الإصلاح على البرلمان الأسبوع المقبل."
PARA2 = "وأضاف أن الخطة تتضمن خفض الدعم تدريجياً خلال ثلاث سنوات مع برامج لحماية الأسر محدودة الدخل."


def _texts(blocks, **context):
    return [text for _, text in clean(blocks, BodyContext(**context)).blocks]


def test_header_parts_and_byline_at_the_top_are_taken_out():
    found = clean([RawBlock("heading", "الحكومة تعرض خطة الإصلاح"), RawBlock("paragraph", "بقلم: رامي عادل"),
                   RawBlock("paragraph", "نشر في 12 نوفمبر 2026"), RawBlock("paragraph", PARA)],
                  BodyContext(headline="الحكومة تعرض خطة الإصلاح"))
    assert [t for _, t in found.blocks] == [PARA]
    assert found.authors == ["رامي عادل"] and [d.value for d in found.dates] == ["2026-11-12"]


def test_a_sentence_heading_under_the_headline_is_the_deck():
    found = clean([RawBlock("heading", "الخطة تمتد ثلاث سنوات وتشمل خفض الدعم تدريجياً"), RawBlock("paragraph", PARA)],
                  BodyContext(headline="الحكومة تعرض خطة الإصلاح"))
    assert found.deck == "الخطة تمتد ثلاث سنوات وتشمل خفض الدعم تدريجياً" and len(found.blocks) == 1


def test_read_also_lists_and_teasers_are_dropped():
    blocks = [RawBlock("paragraph", PARA), RawBlock("paragraph", "اقرأ أيضاً"),
              RawBlock("paragraph", "ارتفاع أسعار الذهب في السوق المحلية", 1.0, False, True),
              RawBlock("paragraph", "اقرأ أيضاً: الحكومة تدرس تعديل الضرائب", 0.8),
              RawBlock("paragraph", PARA2), RawBlock("paragraph", "READ MORE: China plague outbreak confirmed", 0.9),
              RawBlock("paragraph", "تابعونا على تليجرام لمتابعة آخر الأخبار")]
    assert _texts(blocks) == [PARA, PARA2]


def test_lists_of_other_stories_go_but_the_article_lists_stay():
    story_list = [RawBlock("paragraph", f"عنوان خبر آخر رقم {n}", 1.0, True, True) for n in range(3)]
    own_list = [RawBlock("paragraph", "الدفعة الأولى قبل الزراعة مباشرة", 0.0, True),
                RawBlock("paragraph", "الدفعة الثانية بعد ستين يوماً", 0.0, True)]
    assert _texts([RawBlock("paragraph", PARA)] + own_list + story_list + [RawBlock("paragraph", PARA2)]) == [
        PARA, "الدفعة الأولى قبل الزراعة مباشرة", "الدفعة الثانية بعد ستين يوماً", PARA2]


def test_prompts_copyright_and_the_closing_blocks():
    blocks = [RawBlock("paragraph", PARA), RawBlock("paragraph", PARA2),
              RawBlock("paragraph", "Sign up for our newsletter to get the news in your inbox."),
              RawBlock("paragraph", "Write to Al Root at allen.root@example.com"),
              RawBlock("paragraph", "جميع الحقوق محفوظة © 2026"), RawBlock("paragraph", "مواضيع ذات صلة"),
              RawBlock("paragraph", "الذهب يرتفع لأعلى مستوى في شهر", 1.0)]
    assert _texts(blocks) == [PARA, PARA2]


def test_lines_with_a_date_and_more_are_text():
    blocks = [RawBlock("paragraph", PARA), RawBlock("paragraph", "Termin: 29.02.2020, 19 Uhr im Stadtsaal"),
              RawBlock("paragraph", PARA2)]
    assert len(_texts(blocks)) == 3


def test_a_caption_repeated_in_the_body_goes_unless_it_is_the_lead():
    caption = "متظاهرون في الساحة الرئيسية وسط العاصمة"
    assert _texts([RawBlock("paragraph", PARA), RawBlock("paragraph", caption), RawBlock("paragraph", PARA2)],
                  captions={caption}) == [PARA, PARA2]
    assert _texts([RawBlock("paragraph", PARA), RawBlock("paragraph", PARA2)], captions={PARA}) == [PARA, PARA2]
