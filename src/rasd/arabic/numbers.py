"""Numbers as news writes them: digits in every script and Arabic number words, with values and spans.

>>> from rasd.arabic.numbers import find_numbers, parse_number
>>> [(n.text, n.value, n.unit, n.qualifier) for n in find_numbers("ومصير نحو 300 مليار دولار من الأصول")]
[('نحو 300 مليار دولار', 300000000000, 'USD', 'about')]
>>> [(n.text, n.value, n.unit) for n in find_numbers("قالوا إن نحو ٩٠٪ منها قد اكتمل خلال ستة أشهر")]
[('نحو ٩٠٪', 90, '%'), ('ستة', 6, None)]
>>> parse_number("خمسة وعشرين"), parse_number("ثلاثة آلاف وخمسمئة"), parse_number("2.5 مليون")
(25, 3500, 2500000)

Number words: units, teens, tens, hundreds (مئة and مائة spellings), thousands, millions, billions (مليار,
بليون), trillions, duals (ألفين، مليونين) and plurals after a number (ثلاثة آلاف، 3 ملايين), joined by و
("خمسة وعشرين"). Digits: ASCII, Arabic-Indic and Persian, with thousands separators (12,500 / ١٢٬٥٠٠) and
decimals (2.5 / ٢٫٥). Percent: % ٪ في المئة بالمئة. Currencies: dollar, euro, pound, riyal, dirham, dinar,
lira, ruble, yuan. Qualifiers before a number: نحو/حوالي/قرابة (about), أكثر من (more_than), أقل من
(less_than). Offsets point into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.normalize import fold, normalize

_UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
    "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8,
    "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
}
_TEEN_HEADS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200}
_HUNDREDS.update({f"{unit}{h}": value * 100 for unit, value in
                  (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9))
                  for h in ("مئة", "مائة")})
_MULTIPLIERS = {
    "الف": 1000, "الفا": 1000, "الاف": 1000, "الفان": 2000, "الفين": 2000,
    "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6,
    "مليار": 10**9, "مليارات": 10**9, "مليارا": 10**9, "ملياران": 2 * 10**9, "مليارين": 2 * 10**9,
    "بليون": 10**9, "بلايين": 10**9, "تريليون": 10**12, "تريليونات": 10**12,
    "الفي": 2000, "مليوني": 2 * 10**6, "ملياري": 2 * 10**9,
}
_DUAL_MULTIPLIERS = {"الفان", "الفين", "الفي", "مليونان", "مليونين", "مليوني", "ملياران", "مليارين", "ملياري"}
_CURRENCIES = {
    "USD": "دولار|دولارا|دولارات", "EUR": "يورو", "GBP": "جنيه استرليني|جنيها استرلينيا",
    "EGP": "جنيه|جنيها|جنيهات", "SAR": "ريال|ريالا|ريالات", "AED": "درهم|درهما|دراهم",
    "DZD": "دينار|دينارا|دنانير", "TRY": "ليرة|ليرات", "RUB": "روبل|روبلا|روبلات", "CNY": "يوان",
}
_QUALIFIERS = {
    "about": "نحو|حوالي|قرابة|زهاء|ما يقارب|ما يقرب من",
    "more_than": "اكثر من|ما يزيد على|ما يزيد عن|ازيد من",
    "less_than": "اقل من|ما دون",
}


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _with_ha(words: dict[str, int]) -> dict[str, int]:
    """Each word ending in ة also spelled with ه (as often typed)."""
    return {**words, **{w[:-1] + "ه": v for w, v in words.items() if w.endswith("ة")}}


_SMALL = _with_ha({**_UNITS, **_TENS, **_HUNDREDS})
_WORD_VALUES = {**_SMALL, **_MULTIPLIERS}
_SIMPLE = _alternation(_WORD_VALUES)
_TEEN = rf"(?:{_alternation(_TEEN_HEADS)}|{_alternation(_UNITS)})\s+عشرة?"
_WORD = rf"(?:ال)?(?:{_TEEN}|{_SIMPLE})"
_DIGITS = r"\d+(?:[.,]\d+)*"
# A number: digits or words, then more words joined by و ("خمسة وعشرين", "300 مليار", "ثلاثة آلاف وخمسمئة").
NUMBER = rf"(?:{_DIGITS}(?:\s*(?:{_alternation(_MULTIPLIERS)}))?|{_WORD})(?:\s+و\s?{_WORD}|\s+(?:{_alternation(_MULTIPLIERS)}))*"
_PERCENT = r"\s*%|\s+(?:في|بال)\s?(?:المئة|المائة|مئة|مائة)"
_CURRENCY = "|".join(f"(?P<{code}>{names})" for code, names in _CURRENCIES.items())
# Words that, after a number, say it counts something (money, thousands): for telling years from amounts.
AMOUNT_WORDS = "|".join([*_CURRENCIES.values(), _alternation(_MULTIPLIERS)])
_QUALIFIER = "|".join(f"(?P<{name}>{words})" for name, words in _QUALIFIERS.items())
_FIND = re.compile(
    rf"(?<!\w)(?:(?:{_QUALIFIER})\s+)?(?P<number>{NUMBER})(?:(?P<percent>{_PERCENT})|\s+(?:{_CURRENCY}))?(?!\w)"
)


@dataclass(frozen=True, slots=True)
class NumberExpr:
    text: str
    start: int
    end: int
    value: int | float
    unit: str | None = None  # "%", or an ISO 4217 currency code
    qualifier: str | None = None  # "about", "more_than", "less_than"


def find_numbers(text: str) -> list[NumberExpr]:
    """Every number in ``text`` (digits or words), with its value, unit and qualifier."""
    normalized = normalize(text)
    found = []
    for match in _FIND.finditer(normalized.text):
        value = parse_number(match.group("number"))
        if value is None:
            continue
        start, end = normalized.to_original(match.start(), match.end())
        unit = "%" if match.group("percent") else _group_name(match, _CURRENCIES)
        found.append(NumberExpr(text[start:end], start, end, value, unit, _group_name(match, _QUALIFIERS)))
    return found


def _group_name(match: re.Match[str], names) -> str | None:
    return next((name for name in names if match.group(name)), None)


def parse_number(phrase: str) -> int | float | None:
    """The value of a number phrase ("ثلاثة", "خمسة وعشرين", "٣٠٠ مليار", "12,500"), or None."""
    words = fold(phrase).replace(" و", " ").split()
    total, current, seen = 0, 0, False
    for index, word in enumerate(words):
        word = _bare(word)
        if word[0].isdigit():
            current += _digits_value(word)
        elif word in ("عشر", "عشرة", "عشره") and index and _bare(words[index - 1]) in {**_UNITS, **_TEEN_HEADS}:
            current += 10
        elif word in _TEEN_HEADS:
            current += _TEEN_HEADS[word]
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _MULTIPLIERS:
            multiplier = _MULTIPLIERS[word]
            current = multiplier if word in _DUAL_MULTIPLIERS else (current or 1) * multiplier
            total, current = total + current, 0
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return int(value) if float(value).is_integer() else value


def _bare(word: str) -> str:
    word = word[1:] if word.startswith("و") and word[1:] in _WORD_VALUES | _TEEN_HEADS else word
    return word[2:] if word.startswith("ال") and word[2:] in _WORD_VALUES else word


def _digits_value(digits: str) -> int | float:
    """12,500 -> 12500; 2.5 -> 2.5; 2,5 -> 2.5 (a comma before other than three digits is a decimal mark)."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    digits = digits.replace(",", ".")
    if digits.count(".") > 1:
        digits = digits.replace(".", "", digits.count(".") - 1)
    value = float(digits)
    return int(value) if value.is_integer() and "." not in digits else value
