"""The small rules of page anatomy: captions, credits, bylines, datelines, dates, widgets, furniture."""

import pytest

from rasd.extract.bylines import parse_byline, parse_standalone_dateline, split_inline_dateline
from rasd.extract.captions import parse_caption
from rasd.extract.dates import find_dates
from rasd.extract.furniture import is_end_marker, is_furniture_line, is_related_heading, tag_marker
from rasd.extract.readtime import estimate_minutes, parse_reading_time_widget
from rasd.extract.text import split_site_suffix


@pytest.mark.parametrize(
    "line, caption, date, credit",
    [
        ("المبعوث الروسي خلال اجتماع في الكرملين. 2 ديسمبر 2025 - REUTERS",
         "المبعوث الروسي خلال اجتماع في الكرملين.", "2025-12-02", "REUTERS"),
        ("نواب خلال جلسة مناقشة الموازنة في بيروت (أ ف ب)", "نواب خلال جلسة مناقشة الموازنة في بيروت", None, "أ ف ب"),
        ("لاعبو الفريق يحتفلون بالهدف - تصوير: خالد العتيبي", "لاعبو الفريق يحتفلون بالهدف", None, "خالد العتيبي"),
        ("متظاهرون في ساحة التحرير بالقاهرة ١٢ يناير ٢٠٢٦ - رويترز", "متظاهرون في ساحة التحرير بالقاهرة", "2026-01-12", "رويترز"),
        ("A man walks past a damaged building in Kyiv, Ukraine, March 3, 2026. REUTERS/Jane Doe",
         "A man walks past a damaged building in Kyiv, Ukraine", "2026-03-03", "REUTERS/Jane Doe"),
        ("Protesters gather outside parliament (Photo by John Smith/AFP via Getty Images)",
         "Protesters gather outside parliament", None, "John Smith/AFP via Getty Images"),
    ],
)
def test_caption_lines(line, caption, date, credit):
    parts = parse_caption(line)
    assert (parts.caption, parts.date, parts.credit) == (caption, date, credit)


@pytest.mark.parametrize("line", [
    "وقال المتحدث إن المحادثات ستستأنف (في وقت لاحق).",
    "دبي -الشرق",
    "The talks will resume next week (officials said).",
])
def test_sentences_are_not_captions(line):
    assert parse_caption(line) is None


@pytest.mark.parametrize("line, authors", [
    ("كتب: أحمد سمير ومنى عبد الرحمن", ["أحمد سمير", "منى عبد الرحمن"]),
    ("بقلم: د. سعاد المنصوري", ["د. سعاد المنصوري"]),
    ("كتب - وليد خالد", ["وليد خالد"]),
    ("By Jane Holloway and Tom Ashby", ["Jane Holloway", "Tom Ashby"]),
    ("By Omar Haddad, Gulf correspondent", ["Omar Haddad", "Gulf correspondent"]),
])
def test_bylines(line, authors):
    assert parse_byline(line) == authors


def test_sentence_starting_like_a_byline_is_not_one():
    assert parse_byline("كتب الرئيس رسالة مطولة إلى نظيره الفرنسي تناول فيها العلاقات الثنائية وآفاق التعاون بين البلدين") is None


@pytest.mark.parametrize("line, place, agency", [
    ("دبي -الشرق", "دبي", "الشرق"),
    ("القاهرة - رويترز", "القاهرة", "رويترز"),
    ("بيروت - «المدينة»", "بيروت", "المدينة"),
    ("رام الله - وفا", "رام الله", "وفا"),
    ("LONDON (Reuters)", "LONDON", "Reuters"),
])
def test_standalone_datelines(line, place, agency):
    dateline = parse_standalone_dateline(line)
    assert (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize("line", ["مسودة مقترحات \"جديدة\"", "موقف المعارضة", "وقال المتحدث إن الوفد وصل."])
def test_headings_are_not_datelines(line):
    assert parse_standalone_dateline(line) is None


@pytest.mark.parametrize("paragraph, place, agency, rest", [
    ("القاهرة (رويترز) - قرر البنك المركزي المصري اليوم الإبقاء على أسعار الفائدة دون تغيير.", "القاهرة", "رويترز", "قرر البنك"),
    ("أبوظبي - وام: أعلنت وزارة التربية والتعليم إطلاق برنامج وطني جديد للتدريب.", "أبوظبي", "وام", "أعلنت وزارة"),
    ("غزة - أعلنت وزارة الصحة في القطاع ارتفاع عدد الضحايا منذ الصباح.", "غزة", None, "أعلنت وزارة"),
    ("LONDON (Reuters) - British consumer price inflation fell more sharply than expected.", "LONDON", "Reuters", "British"),
    ("WASHINGTON (AP) — The Senate approved a short-term spending bill late Friday.", "WASHINGTON", "AP", "The Senate"),
])
def test_inline_datelines(paragraph, place, agency, rest):
    found = split_inline_dateline(paragraph)
    assert (found.dateline.place, found.dateline.agency) == (place, agency)
    assert paragraph[found.rest_start:].startswith(rest)


@pytest.mark.parametrize("paragraph", [
    "وقال المتحدث - في بيان صدر اليوم - إن الوفد سيصل غداً إلى العاصمة للمشاركة في المحادثات.",
    "The minister - speaking after the meeting - said the talks would resume on Monday morning.",
])
def test_dashes_inside_sentences_are_not_datelines(paragraph):
    assert split_inline_dateline(paragraph) is None


@pytest.mark.parametrize("line, values", [
    ("نُشر في 12 مارس 2025 10:30 ص", ["2025-03-12T10:30"]),
    ("الثلاثاء 14 كانون الثاني 2025", ["2025-01-14"]),
    ("تاريخ النشر: ١٥ يناير ٢٠٢٦", ["2026-01-15"]),
    ("الأربعاء 15 جانفي 2025", ["2025-01-15"]),
    ("آخر تحديث: 03/02/2026 14:20", ["2026-02-03T14:20"]),
    ("January 14, 2026 7:05 PM GMT", ["2026-0114T19:05".replace("01", "01-", 1)]),
    ("Published: 3 March 2026", ["2026-03-03"]),
    ("بين 2 ديسمبر 2025 و 30 فبراير 2026", ["2025-12-02"]),  # 30 February does not exist
])
def test_dates_in_lines(line, values):
    assert [d.value for d in find_dates(line)] == values


@pytest.mark.parametrize("line, minutes", [
    ("time reading iconدقائق القراءة - 4", 4),
    ("مدة القراءة: 3 دقائق", 3),
    ("٥ دقائق قراءة", 5),
    ("5 min read", 5),
    ("Reading time: 7 minutes", 7),
])
def test_reading_time_widgets(line, minutes):
    assert parse_reading_time_widget(line) == minutes


def test_reading_time_widget_needs_reading_words():
    assert parse_reading_time_widget("استمرت المفاوضات قرابة 5 ساعات") is None
    assert parse_reading_time_widget("بعد 10 دقائق من بداية المباراة سجل الفريق هدفه الأول") is None


def test_estimated_minutes_round_up_and_never_zero():
    assert estimate_minutes(504, 138) == 4
    assert estimate_minutes(10, 138) == 1


@pytest.mark.parametrize("title, head, site", [
    ("ويتكوف وكوشنر يخططان لزيارة موسكو قريباً للقاء بوتين | الشرق للأخبار",
     "ويتكوف وكوشنر يخططان لزيارة موسكو قريباً للقاء بوتين", "الشرق للأخبار"),
    ("UK inflation eases more than expected in December | Reuters", "UK inflation eases more than expected in December", "Reuters"),
    ("Title - with a dash in the middle of a long headline", "Title - with a dash in the middle of a long headline", None),
    ("رئيس الوزراء: لن نتراجع عن الإصلاحات", "رئيس الوزراء: لن نتراجع عن الإصلاحات", None),
])
def test_site_suffix(title, head, site):
    assert split_site_suffix(title) == (head, site)


def test_furniture_rules():
    assert is_end_marker("قصص قد تهمك") and is_end_marker("الأكثر قراءة") and is_end_marker("Most read")
    assert is_end_marker("جميع الحقوق محفوظة © 2026")
    assert tag_marker("الوسوم: مصر، البنك المركزي") == "مصر، البنك المركزي"
    assert tag_marker("تصنيفات") == ""
    assert tag_marker("مواضيع كثيرة نوقشت خلال الاجتماع") is None
    assert is_related_heading("اقرأ أيضاً") and is_related_heading("Read more")
    assert is_furniture_line("اقرأ أيضاً: الجنيه يستقر أمام الدولار")
    assert is_furniture_line("فيسبوك تويتر واتساب") and is_furniture_line("Share this article")
    assert not is_furniture_line("وقال المتحدث إن الوفد سيشارك في المحادثات")
