"""Words of time in Arabic and English, as regex fragments over MATCH-folded text.

Everything is written in ordinary spelling and folded with :func:`rasd.arabic.normalize.fold` when the
patterns are compiled, so أ/إ/آ, ى and diacritics need no alternatives here; ة is also matched as ه.
"""

from __future__ import annotations

import re

from rasd.arabic.calendar import ARABIC_MONTHS, ENGLISH, HIJRI_MONTHS, WEEKDAYS_AR, WEEKDAYS_EN
from rasd.arabic.normalize import fold

# unit -> (singular forms, dual forms, plural forms)
UNITS_AR: dict[str, tuple[str, str, str]] = {
    "day": ("يوم|يوما", "يومين|يومان", "أيام"),
    "week": ("أسبوع|أسبوعا", "أسبوعين|أسبوعان", "أسابيع"),
    "month": ("شهر|شهرا", "شهرين|شهران", "أشهر|شهور"),
    "year": ("عام|عاما|سنة|سنه", "عامين|عامان|سنتين|سنتان", "أعوام|سنوات|سنين"),
    "hour": ("ساعة|ساعه", "ساعتين|ساعتان", "ساعات"),
    "decade": ("عقد|عقدا", "عقدين|عقدان", "عقود"),
}
UNITS_EN: dict[str, str] = {
    "day": "days?", "week": "weeks?", "month": "months?", "year": "years?", "hour": "hours?", "decade": "decades?",
}
# The calendar period nouns with the article, and their gender (for agreeing adjectives).
PERIODS_AR: dict[str, str] = {"day": "اليوم", "week": "الأسبوع", "month": "الشهر", "year": "العام|السنة"}
PAST_AR = "الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|المنقضي|المنقضية"
NEXT_AR = "المقبل|المقبلة|القادم|القادمة"
THIS_AR = "الحالي|الحالية|الجاري|الجارية"
LAST_FEW_AR = "الأخير|الأخيرة|الماضية|المنصرمة|القليلة الماضية|القليلة الأخيرة|القليلة المنصرمة"
COMING_FEW_AR = "المقبلة|القادمة|القليلة المقبلة|القليلة القادمة"
PLURAL_PERIODS_AR: dict[str, str] = {
    "day": "الأيام", "week": "الأسابيع", "month": "الأشهر|الشهور", "year": "السنوات|الأعوام|السنين",
}
PARTS_AR: dict[str, str] = {
    "start": "مطلع|بداية|بدايات|أوائل|مستهل|أول", "mid": "منتصف|أواسط|وسط", "end": "أواخر|نهاية|آخر|ختام",
}
PARTS_EN: dict[str, str] = {"start": "early|the start of|the beginning of", "mid": "mid-?|the middle of",
                            "end": "late|the end of"}
TIME_OF_DAY_AR = "صباح|مساء|ليل|ليلة|فجر|ظهر|عصر|ظهيرة|منتصف ليل|منتصف ليلة"
# The future in a clause: سـ before an imperfect verb (not the nouns that start alike), سوف, "scheduled".
_NOT_VERBS = "سياس|سيار|سيطر|سياد|سيناريو|سيول|سيد|سير|سيف|ستة|ستين|ستار|ستوديو|سنة|سنه|سنو|سنين|سند|سنغاف"
FUTURE_CUE = re.compile(fold(rf"(?<!\w)[وف]?(?:سوف|(?!{_NOT_VERBS})س[يتن][^\W\d_]{{3,}}|يعتزم|تعتزم|"
                             r"يعتزمون|المقرر|المتوقع|المرتقب|المنتظر|يخطط|تخطط|will|to be held|is expected|scheduled)"))


_ORDINAL_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")


def _ordinal_days() -> dict[str, int]:
    """الأول -> 1 ... الحادي والثلاثين -> 31 (folded), as days of a month are written in news."""
    days = {fold(word): n for n, word in enumerate(_ORDINAL_UNITS, 1)}
    days[fold("العاشر")] = 10
    for n, word in enumerate(("الحادي", *_ORDINAL_UNITS[1:]), 1):
        days[fold(f"{word} عشر")] = 10 + n
        days[fold(f"{word} والعشرين")] = 20 + n
    days[fold("العشرين")] = 20
    days[fold("الثلاثين")] = 30
    days[fold("الحادي والثلاثين")] = 31
    return days


ORDINAL_DAYS = _ordinal_days()


def alt(words) -> str:
    """A longest-first alternation of words given as a "a|b|c" string or an iterable."""
    if isinstance(words, str):
        words = words.split("|")
    return "|".join(sorted({fold(w) for w in words}, key=len, reverse=True))


MONTH_AR = alt(ARABIC_MONTHS)
MONTH_EN = alt(ENGLISH)
HIJRI_MONTH = alt(HIJRI_MONTHS)
WEEKDAY_AR = alt(WEEKDAYS_AR)
WEEKDAY_EN = alt(WEEKDAYS_EN)
ORDINAL_DAY = alt(ORDINAL_DAYS)


def unit_of(word: str) -> tuple[str, int | None]:
    """("week", 2) for أسبوعين; ("day", None) for أيام (a plural: no count); ("month", 1) for شهر."""
    folded = fold(word).lower()
    for unit, (singular, dual, plural) in UNITS_AR.items():
        for forms, count in ((singular, 1), (dual, 2), (plural, None)):
            if folded in {fold(f) for f in forms.split("|")}:
                return unit, count
    for unit, forms in UNITS_EN.items():
        if re.fullmatch(forms, folded):
            return unit, 1 if not folded.endswith("s") else None
    raise ValueError(f"not a unit of time: {word!r}")


def any_unit_ar() -> str:
    return alt("|".join("|".join(forms) for forms in UNITS_AR.values()))


def period_of(word: str) -> str:
    folded = fold(word)
    for table in (PERIODS_AR, PLURAL_PERIODS_AR):
        for unit, forms in table.items():
            if folded in {fold(f) for f in forms.split("|")}:
                return unit
    english = {"today": "day", "week": "week", "month": "month", "year": "year"}
    return english.get(folded.lower(), "day")


def part_of(word: str) -> str:
    folded = fold(word).lower()
    for part, forms in (*PARTS_AR.items(), *PARTS_EN.items()):
        if any(re.fullmatch(fold(f), folded) for f in forms.split("|")):
            return part
    raise ValueError(f"not a part of a period: {word!r}")
