"""Month and weekday names as news writes them, and digits in every script.

Gregorian months have two Arabic name sets: the Egyptian/Gulf transliterations (يناير ... ديسمبر) and
the Levantine/Iraqi Syriac names (كانون الثاني ... كانون الأول). Spelling variants seen in news are
listed; matching is done on alef/hamza-folded forms so أبريل, ابريل and إبريل are one entry.
"""

from __future__ import annotations

import re

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ascii_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII; one character for one, so offsets hold."""
    return text.translate(DIGITS)


def fold_alef(text: str) -> str:
    """Alef/hamza variants to bare alef, ى to ي; one character for one."""
    return text.translate(_ALEF_FOLD)


_ALEF_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})

GREGORIAN_AR: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "نوفبر": 11, "ديسمبر": 12,
}
LEVANTINE_AR: dict[str, int] = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
MAGHREB_AR: dict[str, int] = {
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "اوت": 8,
}
ENGLISH: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}

# Folded Arabic month name -> month number, over every set (Levantine "اب" only with a year next to it).
ARABIC_MONTHS: dict[str, int] = {**GREGORIAN_AR, **LEVANTINE_AR, **MAGHREB_AR}


def month_number(name: str) -> int | None:
    """The month a name means (Arabic in any set, or English), or None."""
    key = fold_alef(name.strip()).lower().rstrip(".")
    return ARABIC_MONTHS.get(key) or ENGLISH.get(key)


def _alternation(names: list[str]) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


# Patterns over alef-folded text (fold_alef keeps offsets, so matches map back one to one).
ARABIC_MONTH_PATTERN = _alternation(list(ARABIC_MONTHS))
ENGLISH_MONTH_PATTERN = _alternation(list(ENGLISH))

WEEKDAYS_AR: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الاحد": 6,
}

WEEKDAYS_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# Hijri months (alef-folded spellings), with the variants news uses.
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "جمادي الاولي": 5, "جمادي الاول": 5,
    "جمادي الاخرة": 6, "جمادي الثانية": 6, "جمادي الاخر": 6, "جمادي الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9,
    "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}


def weekday_number(name: str) -> int | None:
    """Monday 0 ... Sunday 6, for an Arabic or English weekday name."""
    key = fold_alef(name.strip()).lower()
    return WEEKDAYS_AR.get(key, WEEKDAYS_EN.get(key))


def hijri_month_number(name: str) -> int | None:
    return HIJRI_MONTHS.get(" ".join(fold_alef(name).split()))
