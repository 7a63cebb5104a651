"""The patterns that find time expressions, each with a builder that reads a match into a :class:`Spec`.

Patterns run over MATCH-folded text (:mod:`rasd.arabic.normalize`). A rule's span is its group ``x`` when it
has one, else the whole match. Base rules find the core expression ("هذا الشهر", "ديسمبر الماضي", "منذ
يومين"); :data:`WRAPPERS` then look just before a base for words that change its meaning ("في وقت لاحق",
"مطلع", "منذ") and extend the span over them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from rasd.arabic.calendar import hijri_month_number, month_number, weekday_number
from rasd.arabic.normalize import fold
from rasd.arabic.numbers import AMOUNT_WORDS, NUMBER, parse_number
from rasd.arabic.temporal import lexicon as lx
from rasd.arabic.temporal.resolve import Spec

Builder = Callable[[re.Match[str], str], Spec | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder

    @property
    def script(self) -> str | None:
        """"ar" or "en" when the rule needs letters of that script; None for digits-only rules."""
        return self.name.rsplit("_", 1)[-1] if self.name.endswith(("_ar", "_en")) else None


def _compile(pattern: str) -> re.Pattern[str]:
    """Fold the pattern like the text; ة also matches ه; the article ال also matches its fused form in لل."""
    folded = fold(pattern).replace("ة", "[ةه]")
    folded = re.sub(r"(?<![\u0621-\u064a])ال", "(?:ال|(?<=ل)ل)", folded)
    return re.compile(rf"(?<![^\W_])(?:[وف]?[بلك]?(?=\w))?(?P<_e>{folded})(?![^\W_])", re.IGNORECASE)


_PAST, _NEXT, _THIS = lx.alt(lx.PAST_AR), lx.alt(lx.NEXT_AR), lx.alt(lx.THIS_AR)
_MONTH = rf"(?:{lx.MONTH_AR})"
_MONTH_PAIR = rf"(?:شهر\s+)?(?P<m>{lx.MONTH_AR})(?:\s*[/(]\s*{_MONTH}\s*\)?)?"
_YEAR = r"(?:(?:من\s+)?(?:عام|العام|سنة|السنة)\s+)?(?P<y>\d{4})(?:\s?م(?!\w))?"
_WEEKDAY_PREFIX = rf"(?:(?:يوم\s+)?(?:{lx.WEEKDAY_AR})\s*,?\s*(?:الموافق\s+)?)?"
_UNIT = lx.any_unit_ar()
_QUALIFIER = "نحو|حوالي|قرابة|زهاء|ما يقارب|ما يقرب من|اكثر من|ما يزيد عن|ما يزيد على|ما لا يقل عن|اقل من"
_BARE_MONTH_CUE = rf"(?:في|خلال|منذ|حتى|قبل|بعد|بحلول|اعتبارا من|من|{lx.alt('|'.join(lx.PARTS_AR.values()))})\s+"
_EN_NUMBER = "|".join(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "a few", "several", "few", r"\d+"])
_EN_COUNTS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                          "nine", "ten"])} | {"a": 1, "an": 1}


def _int(match: re.Match[str], name: str) -> int | None:
    value = match.group(name) if name in match.re.groupindex else None
    return int(value) if value else None


def _shift(word: str | None) -> int:
    if not word:
        return 0
    folded = fold(word).lower()
    if re.fullmatch(_PAST, folded) or folded in ("last", "past", "previous"):
        return -1
    if re.fullmatch(_NEXT, folded) or folded in ("next", "coming"):
        return 1
    return 0


# ---------------------------------------------------------------------------------------------- builders


def _b_date(match: re.Match[str], _text: str) -> Spec | None:
    month = month_number(match.group("m"))
    day = _int(match, "d")
    if day is None and "ord" in match.re.groupindex and match.group("ord"):
        day = lx.ORDINAL_DAYS.get(" ".join(fold(match.group("ord")).split()))
    if not month or not day or day > 31:
        return None
    rel = match.group("rel") if "rel" in match.re.groupindex else None
    return Spec("date", year=_int(match, "y"), month=month, day=day, shift=_shift(rel))


def _b_numeric(match: re.Match[str], _text: str) -> Spec | None:
    year, month, day = _int(match, "y"), _int(match, "mo"), _int(match, "d")
    if not (year and month and day) or month > 12 or day > 31:
        return None
    return Spec("date", year=year, month=month, day=day)


def _b_month(match: re.Match[str], _text: str) -> Spec | None:
    month = month_number(match.group("m"))
    return Spec("month", year=_int(match, "y"), month=month) if month else None


def _b_month_rel(match: re.Match[str], _text: str) -> Spec | None:
    month = month_number(match.group("m"))
    return Spec("month_rel", month=month, shift=_shift(match.group("rel"))) if month else None


def _b_bare_month(match: re.Match[str], _text: str) -> Spec | None:
    name = fold(match.group("m")).lower()
    if name == "اب" and not match.group("x").startswith("شهر"):
        return None  # آب is also أب "father": only as "شهر آب" (or with a day or year, in other rules)
    month = month_number(name)
    return Spec("month", month=month) if month else None


def _b_year(match: re.Match[str], _text: str) -> Spec | None:
    year = _int(match, "y")
    return Spec("year", year=year) if year and 1800 <= year <= 2200 else None


def _b_hijri(match: re.Match[str], _text: str) -> Spec | None:
    year, day = _int(match, "y"), _int(match, "d")
    month = hijri_month_number(match.group("hm")) if "hm" in match.re.groupindex and match.group("hm") else None
    if year is not None and not 1343 <= year <= 1500:
        return None
    if month and day:
        return Spec("hijri_date", year=year, month=month, day=day) if day <= 30 else None
    if month:
        return Spec("hijri_month", year=year, month=month)
    return Spec("hijri_year", year=year)


def _b_weekday(match: re.Match[str], text: str) -> Spec | None:
    day = weekday_number(match.group("w"))
    if day is None:
        return None
    before = text[max(0, match.start() - 8): match.start()]
    if day == 0 and fold(match.group("w")) == "الاثنين" and re.search(r"(?:بين|كلا|هذين)\s*$", before):
        return None  # "بين الاثنين": the two, not Monday
    rel = match.group("rel")
    if rel and rel.lower() == "this":
        rel = None
    shift = _shift(rel) if rel else (2 if _future_context(text, match.start()) else 0)
    return Spec("weekday", day=day, shift=shift)


def _future_context(text: str, position: int) -> bool:
    """Whether the clause before ``position`` speaks of the future (سيزور، من المقرر، will)."""
    start = max(0, position - 70)
    clause = re.split(r"[.!?\n]", text[start:position])[-1]
    return bool(lx.FUTURE_CUE.search(clause))


_DAY_WORDS = {"اليوم": 0, "الليلة": 0, "هذا الصباح": 0, "هذه الليلة": 0, "امس": -1, "الامس": -1, "البارحة": -1,
              "الليلة الماضية": -1, "اول امس": -2, "امس الاول": -2, "غدا": 1, "الغد": 1, "غد": 1, "بعد غد": 2,
              "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}


def _b_day_word(match: re.Match[str], text: str) -> Spec | None:
    word = _unfused(" ".join(fold(match.group("dw")).lower().split()))
    after = text[match.end(): match.end() + 12]
    if word == "اليوم" and re.match(r"\s+(?:ال(?!خميس|جمعة|سبت|احد|اثنين|ثلاثاء|اربعاء|ي\b|ا\b|ذي|تي)\w+|نفسه|ذاته)", after):
        return None  # اليوم الأول / اليوم الوطني: a day, not today
    return Spec("period", unit="day", shift=_DAY_WORDS[word])


def _unfused(word: str) -> str:
    """The article's fused form after لـ back to its full form: "لليوم" is matched as "ليوم" -> "اليوم"."""
    if word not in _DAY_WORDS and word.startswith("ل") and "ا" + word in _DAY_WORDS:
        return "ا" + word
    return word


def _b_period(match: re.Match[str], _text: str) -> Spec | None:
    unit = lx.period_of(match.group("p"))
    shift = _shift(match.group("rel")) if match.group("rel") else 0
    if match.group("before"):
        shift = -2
    return Spec("period", unit=unit, shift=shift)


def _count(match: re.Match[str]) -> tuple[str, int | None]:
    unit, count = lx.unit_of(match.group("u"))
    words = match.group("n")
    if words:
        count = _EN_COUNTS.get(words.lower()) if words.lower() in _EN_COUNTS else parse_number(words)
        if words.lower() in ("a few", "several", "few"):
            count = None
    return unit, count


def _b_ago(match: re.Match[str], text: str) -> Spec | None:
    if re.match(r"\s+(?:من|على)\s", text[match.end(): match.end() + 6]) and match.group("pre") in ("قبل", "بعد"):
        return None  # قبل يومين من الانتخابات: counted from an event, not from publication
    unit, count = _count(match)
    pre = fold(match.group("pre") or "ago").lower()
    shift = 1 if pre in ("بعد", "in", "within") else -1
    qualifier = fold(match.group("q") or "").lower()
    bound = None
    if count is None:
        count, bound = 3, "before" if shift < 0 else "after"
    if qualifier.startswith(("اكثر", "ما يزيد", "ما لا يقل", "more", "over")):
        bound = "before" if shift < 0 else "after"
    elif qualifier.startswith(("اقل", "less")):
        bound = "after" if shift < 0 else "before"
    unit, count = _normal_unit(unit, count)
    return Spec("ago", unit=unit, count=count, shift=shift, bound=bound, approx=bool(qualifier) and bound is None)


def _normal_unit(unit: str, count: int) -> tuple[str, int]:
    if unit == "hour":
        return "day", count // 24
    if unit == "decade":
        return "year", count * 10
    return unit, count


def _b_recent(match: re.Match[str], _text: str) -> Spec | None:
    unit = lx.period_of(match.group("pp")) if match.group("pp") else lx.unit_of(match.group("u"))[0]
    count = parse_number(match.group("n")) if match.group("n") else None
    if unit == "hour":
        unit, count = "day", max(1, (count or 24) // 24)
    rel = fold(match.group("rel")).lower()
    shift = 1 if re.search(r"مقبل|قادم|coming|next", rel) else -1
    return Spec("recent", unit=unit, count=count or 0, shift=shift)


def _b_vague(match: re.Match[str], _text: str) -> Spec | None:
    word = fold(match.group("v"))
    if "مقبل" in word or "قادم" in word or "coming" in word.lower():
        return Spec("period", unit="day", bound="after")
    return Spec("recent", unit="day", count=30, shift=-1)


_QUARTERS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}
_NOT_YEAR_AFTER = re.compile(fold(rf"\s*(?:%|٪|في المئة|في المائة|بالمئة|{AMOUNT_WORDS}|شخص|اشخاص|قتيل|جندي|طن|برميل|"
                                  r"متر|كيلو|كلم|نقطة|سهم|ميغاواط)(?!\w)"))
_NOT_YEAR_BEFORE = re.compile(fold(r"(?:نحو|حوالي|قرابة|زهاء|اكثر من|اقل من|بلغ|بلغت|رقم|الرقم|القرار|المادة)\s*$"))


def _b_quarter(match: re.Match[str], _text: str) -> Spec | None:
    number = _QUARTERS[fold(match.group("ord"))]
    kind = "q" if fold(match.group("q")) == "الربع" else "h"
    if kind == "h" and number > 2:
        return None
    year = _int(match, "y")
    inner = Spec("year", year=year) if year else Spec("period", unit="year", shift=_shift(match.group("rel")))
    return Spec("part", part=f"{kind}{number}", inner=inner)


def _b_year_range(match: re.Match[str], _text: str) -> Spec | None:
    first, last = int(match.group("y")), int(match.group("y2"))
    if len(match.group("y2")) == 2:  # 2018/19
        last = first // 100 * 100 + last
    if not 1800 <= first < last <= first + 60:
        return None
    return Spec("part", part="years", inner=Spec("year", year=first), count=last - first)


def _b_bare_year(match: re.Match[str], text: str) -> Spec | None:
    """A four-digit number from 1950 to 2049 on its own is a year in news, unless it counts something."""
    if _NOT_YEAR_AFTER.match(text, match.end()) or _NOT_YEAR_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
        return None
    return _b_year(match, text)


def _b_hours(match: re.Match[str], _text: str) -> Spec | None:
    if re.search(r"مقبل|قادم", fold(match.group("rel"))):
        return Spec("recent", unit="day", count=1, shift=1)
    return Spec("period", unit="day")


def _b_bare_period(match: re.Match[str], _text: str) -> Spec | None:
    return Spec("period", unit=lx.period_of(match.group("p")))


def _r(name: str, pattern: str, build: Builder) -> Rule:
    return Rule(name, _compile(pattern), build)


RULES: tuple[Rule, ...] = (
    _r("date_ar", rf"(?P<x>{_WEEKDAY_PREFIX}(?:(?P<d>\d{{1,2}})|(?P<ord>{lx.ORDINAL_DAY}))\s*(?:من\s+)?{_MONTH_PAIR}(?:\s*,?\s*{_YEAR}|\s+(?P<rel>{_PAST}|{_NEXT}))?)",
       _b_date),
    _r("numeric", r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
       r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
       r"|(?P<d2>\d{1,2})[/.-](?P<mo2>\d{1,2})[/.-](?P<y2>\d{4})",
       lambda m, t: _b_numeric_any(m, t)),
    _r("month_year_ar", rf"{_MONTH_PAIR}\s*,?\s*{_YEAR}", _b_month),
    _r("month_rel_ar", rf"{_MONTH_PAIR}\s+(?P<rel>{_PAST}|{_NEXT}|{_THIS})", _b_month_rel),
    _r("bare_month_ar", rf"(?:{_BARE_MONTH_CUE})?(?P<x>{_MONTH_PAIR})(?!\s*\d)",
       lambda m, t: _b_bare_month(m, t) if _cued(m) else None),
    _r("year_ar", r"(?:عام|العام|سنة|السنة)\s+(?P<y>\d{4})(?:\s?م(?!\w))?", _b_year),
    _r("year_cued_ar", rf"(?:{_BARE_MONTH_CUE}|مطلع\s+|نهاية\s+|منتصف\s+|اواخر\s+|بداية\s+)(?P<x>(?P<y>\d{{4}})(?:\s?م)?)(?!\s*[-/.]\d)",
       _b_year),
    _r("hijri_date_ar", rf"(?P<d>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{lx.HIJRI_MONTH})\s+(?:(?:من\s+)?(?:عام|سنة)\s+)?(?P<y>1[34]\d\d)(?:\s?ه)?",
       _b_hijri),
    _r("hijri_month_ar", rf"(?:شهر\s+)?(?P<hm>{lx.HIJRI_MONTH})\s+(?:(?:من\s+)?(?:عام|العام|سنة)\s+)?(?P<y>1[34]\d\d)(?:\s?ه)?",
       _b_hijri),
    _r("hijri_year_ar", r"(?:(?:عام|العام|سنة)\s+)?(?P<y>1[34]\d\d)\s?ه", _b_hijri),
    _r("weekday_ar", rf"(?:(?:{lx.TIME_OF_DAY_AR})\s+|يوم\s+)?(?P<w>{lx.WEEKDAY_AR})(?:\s+(?P<rel>{_PAST}|{_NEXT}))?",
       _b_weekday),
    _r("day_word_ar", rf"(?:(?:{lx.TIME_OF_DAY_AR})\s+)?(?P<dw>اول امس|امس الاول|بعد غد|الليلة الماضية|هذا الصباح|"
       rf"هذه الليلة|اليوم|الليلة|امس|الامس|البارحة|غدا|الغد)(?:\s+(?:{lx.WEEKDAY_AR}))?", _b_day_word),
    _r("period_ar", rf"(?:(?:هذا|هذه)\s+(?P<p>الاسبوع|الشهر|العام|السنة))(?P<rel>)(?P<before>)"
       rf"|(?P<p2>الاسبوع|الشهر|العام|السنة)\s+(?P<before2>قبل\s+)?(?P<rel2>{_PAST}|{_NEXT}|{_THIS})",
       lambda m, t: _b_period_any(m, t)),
    _r("ago_ar", rf"(?P<pre>منذ|قبل|بعد)\s+(?:(?P<q>{_QUALIFIER})\s+)?(?:(?P<n>{NUMBER})\s+)?(?P<u>{_UNIT})", _b_ago),
    _r("recent_ar", rf"(?:(?P<pp>{lx.alt('|'.join(lx.PLURAL_PERIODS_AR.values()))})\s+(?:(?P<n>{NUMBER})\s+)?"
       rf"|ال(?P<n2>\d+|{NUMBER})\s+(?P<u>{_UNIT})\s+)(?P<rel>{lx.alt(lx.LAST_FEW_AR)}|{lx.alt(lx.COMING_FEW_AR)})"
       rf"|(?P<rel2>اخر)\s+(?P<n3>\d+|{NUMBER})\s+(?P<u2>{_UNIT})",
       lambda m, t: _b_recent_any(m, t)),
    _r("quarter_ar", rf"(?P<q>الربع|النصف)\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:من\s+)?"
       rf"(?:(?:(?:هذا|هذه)\s+)?(?:العام|السنة|عام|سنة)(?:\s+(?P<rel>{_PAST}|{_NEXT}|{_THIS}))?(?:\s+(?P<y>\d{{4}}))?"
       r"|(?P<y2>\d{4}))", lambda m, t: _b_quarter_any(m, t)),
    _r("year_range", r"(?:(?:بين|من)\s+)?(?:(?:عامي|العامين|الاعوام|السنوات|عام|العام|سنة)\s+)?(?P<y>\d{4})\s*"
       r"(?:[-–—/]\s*|و\s?|(?:الي|حتي)\s+(?:عام\s+|العام\s+)?)(?P<y2>\d{4}|\d{2}(?!\d))", _b_year_range),
    _r("bare_year", r"(?<!\d)(?<!\d[.,/:])(?P<y>19[5-9]\d|20[0-4]\d)(?![\d%]|[.,/:]\d)", _b_bare_year),
    _r("hours_ar", rf"(?P<pp>الساعات)\s+(?:القليلة\s+)?(?P<rel>الاخيرة|الماضية|المقبلة|القادمة)", _b_hours),
    _r("vague_ar", r"(?P<v>الاونة الاخيرة|الفترة الاخيرة|الفترة المقبلة|الفترة القادمة|المرحلة المقبلة)", _b_vague),
    # English
    _r("date_en", rf"(?P<x>(?:(?:{lx.WEEKDAY_EN}),?\s+)?(?P<m>{lx.MONTH_EN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?)",
       _b_date),
    _r("date_dmy_en", rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{lx.MONTH_EN})\.?(?:,?\s+(?P<y>\d{{4}}))?", _b_date),
    _r("month_year_en", rf"(?P<m>{lx.MONTH_EN})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})", _b_month),
    _r("month_rel_en", rf"(?P<rel>last|next|this|past|coming)\s+(?P<m>{lx.MONTH_EN})", _b_month_rel),
    _r("bare_month_en", rf"(?:in|since|by|until|during|from|early|late|mid-|mid|the end of|the start of)\s*(?P<x>(?P<m>{lx.MONTH_EN}))",
       lambda m, t: _b_bare_month(m, t) if m.group("m")[0].isupper() else None),
    _r("year_en", r"(?:in|since|by|until|during|of|year|early|late|mid-?)\s+(?P<x>(?P<y>\d{4}))(?!\s*[-/.]\d)", _b_year),
    _r("weekday_en", rf"(?:on\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<w>{lx.WEEKDAY_EN})", _b_weekday),
    _r("day_word_en", r"(?P<dw>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|"
       r"this morning|this afternoon|this evening|last night)", _b_day_word),
    _r("period_en", r"(?P<rel>this|last|next)\s+(?P<p>week|month|year)(?P<before>)", _b_period),
    _r("ago_en", rf"(?:(?P<q>more than|less than|about|nearly|almost|over)\s+)?(?P<n>{_EN_NUMBER})\s+(?P<u>days?|weeks?|months?|years?|hours?|decades?)\s+(?P<pre>ago)",
       _b_ago),
    _r("recent_en", rf"(?:in|over|during|for)\s+(?P<x>the\s+(?P<rel>past|last|coming|next)\s+(?:few\s+|(?P<n>\d+)\s+)?(?P<u>days|weeks|months|years))(?P<pp>)(?P<n2>)",
       lambda m, t: _b_recent_any(m, t)),
    _r("recent2_en", r"in\s+(?P<rel>recent)\s+(?P<u>days|weeks|months|years)(?P<pp>)(?P<n>)(?P<n2>)",
       lambda m, t: _b_recent_any(m, t)),
)


def _b_numeric_any(match: re.Match[str], text: str) -> Spec | None:
    if match.group("y2"):
        year, month, day = int(match.group("y2")), int(match.group("mo2")), int(match.group("d2"))
        if month > 12 or day > 31:
            return None
        return Spec("date", year=year, month=month, day=day)
    return _b_numeric(match, text)


def _b_quarter_any(match: re.Match[str], text: str) -> Spec | None:
    if match.group("y2"):
        spec = _b_quarter(match, text)
        return replace(spec, inner=Spec("year", year=int(match.group("y2")))) if spec else None
    return _b_quarter(match, text)


def _b_period_any(match: re.Match[str], text: str) -> Spec | None:
    if match.group("p"):
        return Spec("period", unit=lx.period_of(match.group("p")))
    unit = lx.period_of(match.group("p2"))
    shift = -2 if match.group("before2") else _shift(match.group("rel2"))
    return Spec("period", unit=unit, shift=shift)


def _b_recent_any(match: re.Match[str], text: str) -> Spec | None:
    if "rel2" in match.re.groupindex and match.group("rel2"):
        unit, _ = lx.unit_of(match.group("u2"))
        count = parse_number(match.group("n3"))
        if not count or unit in ("hour", "decade"):
            return None
        return Spec("recent", unit=unit, count=count, shift=-1 if fold(match.group("rel2")) == "اخر" else 1)
    rel = match.group("rel").lower()
    if rel == "recent":
        return Spec("recent", unit=lx.unit_of(match.group("u"))[0], count=0, shift=-1)
    n = match.group("n") or match.group("n2") or None
    if match.group("pp"):
        unit = lx.period_of(match.group("pp"))
    else:
        unit = lx.unit_of(match.group("u"))[0]
    count = parse_number(n) if n else None
    if unit == "hour":
        unit, count = "day", max(1, (count or 24) // 24)
    shift = 1 if re.search(r"مقبل|قادم|coming|next", fold(rel)) else -1
    return Spec("recent", unit=unit, count=count or 0, shift=shift)


def _cued(match: re.Match[str]) -> bool:
    """A month name alone counts only after a cue (في، منذ، خلال ...) or as "شهر X"."""
    return match.start("x") > match.start() or fold(match.group("x")).startswith("شهر")


# -------------------------------------------------------------------------------------------- wrappers

_EARLIER_LATER = re.compile(fold(r"(?<![^\W\d_])[وف]?(?P<s>(?:(?:في|فى)\s+)?(?:وقت|موعد))\s+(?P<w>سابق|مبكر|لاحق|متاخر)\s+(?:من\s+)?$|"
                                 r"(?P<w_en>earlier|later)\s+(?:in\s+|on\s+)?$"), re.IGNORECASE)
_PART = re.compile(fold(rf"(?<![^\W\d_])[وفب]?(?P<w>{lx.alt('|'.join(lx.PARTS_AR.values()))})\s+(?:شهر\s+)?$|"
                        r"(?P<w_en>early|late|mid-|mid|the start of|the beginning of|the middle of|the end of)\s*$"),
                   re.IGNORECASE)
_BOUND = re.compile(fold(r"(?<![^\W\d_])[وف]?(?P<w>منذ|قبل|بعد|since|before|after|until)\s+$"), re.IGNORECASE)
_BOUND_OF = {"منذ": "since", "since": "since", "قبل": "before", "before": "before", "until": "before",
             "بعد": "after", "after": "after"}
_PARTABLE = ("month", "month_rel", "year", "period", "date", "weekday")
_ABSOLUTE = ("date", "month", "year", "month_rel", "hijri_date", "hijri_month", "hijri_year", "part", "weekday",
             "period")


def wrap(spec: Spec, start: int, text: str) -> tuple[Spec, int]:
    """The spec and span start after looking left of ``start`` for earlier/later, part-of and since words."""
    for _ in range(3):
        window = text[max(0, start - 40): start]
        window_start = max(0, start - 40)
        match = _EARLIER_LATER.search(window)
        if match and spec.kind in _PARTABLE and spec.bound is None and spec.kind != "part":
            word = fold(match.group("w") or match.group("w_en")).lower()
            part = "earlier" if word in ("سابق", "مبكر", "earlier") else "later"
            spec, start = Spec("part", part=part, inner=spec), window_start + _start(match, "s", "w_en")
            continue
        match = _PART.search(window)
        if match and spec.kind in ("month", "month_rel", "year", "period") and spec.kind != "part":
            if spec.kind != "period" or spec.unit in ("month", "year"):
                spec = Spec("part", part=lx.part_of(match.group("w") or match.group("w_en")), inner=spec)
                start = window_start + _start(match, "w", "w_en")
                continue
        match = _BOUND.search(window)
        if match and spec.kind in _ABSOLUTE and spec.bound is None:
            bound = _BOUND_OF[fold(match.group("w")).lower()]
            if spec.kind == "weekday" and spec.shift == 2 and bound == "since":
                spec = replace(spec, shift=0)  # "since Monday" is always in the past
            spec = replace(spec, bound=bound)
            start = window_start + _start(match, "w")
            continue
        break
    return spec, start


def _start(match: re.Match[str], *groups: str) -> int:
    return next(match.start(g) for g in groups if match.group(g) is not None)


# Parts of the current period without a modifier ("مطلع العام", "في وقت لاحق من الشهر"): matched only here.
BARE_PERIOD = _compile(
    rf"(?P<x>(?:(?:{lx.alt('|'.join(lx.PARTS_AR.values()))})\s+|(?:في\s+)?وقت\s+(?:سابق|لاحق)\s+من\s+)"
    r"(?P<p>الشهر|العام|السنة|الاسبوع|اليوم))(?!\s+(?:\d|" + _PAST + "|" + _NEXT + "|" + _THIS + r"|قبل))"
)
BARE_PERIOD_EN = re.compile(r"(?<!\w)(?P<x>(?:earlier|later)\s+today)(?!\w)", re.IGNORECASE)
