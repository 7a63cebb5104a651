"""Time expressions in Arabic and English news, found and resolved against a reference date.

>>> from rasd.arabic.temporal import find_times
>>> text = "قال ترمب في وقت سابق هذا الشهر إن الاجتماع سيعقد في وقت لاحق هذا الشهر، بعد لقاء ديسمبر الماضي."
>>> [(t.text, t.value, t.granularity) for t in find_times(text, "2026-01-13")]
[('في وقت سابق هذا الشهر', '2026-01-01..2026-01-12', 'range'), ('في وقت لاحق هذا الشهر', '2026-01-14..2026-01-31', 'range'), ('ديسمبر الماضي', '2025-12', 'month')]
>>> [(t.text, t.value, t.granularity) for t in find_times("تشهد إيران اضطرابات منذ أكثر من أسبوعين", "2026-01-13")]
[('منذ أكثر من أسبوعين', '2025-12-30', 'before')]
>>> t = find_times("زار الوفد موسكو الثلاثاء الماضي")[0]      # no reference date: unresolved, meaning kept
>>> (t.text, t.value, t.granularity, t.relative)
('الثلاثاء الماضي', None, 'day', 'the Tuesday before publication')

Found: Gregorian dates and months (يناير ... ديسمبر; كانون الثاني ... كانون الأول; جانفي، فيفري ...; "كانون
الثاني/يناير"), years (عام 2025), numeric dates, Hijri dates, months and years (15 رمضان 1447 هـ), weekdays
(الثلاثاء، الثلاثاء الماضي، مساء الأحد), today/yesterday/tomorrow, calendar periods (هذا الشهر، الأسبوع
الماضي، العام المقبل، العام قبل الماضي), months relative to publication (ديسمبر الماضي), counts back and forward
with numbers, duals and plurals (منذ يومين، منذ ثلاثة أيام، قبل 5 سنوات، بعد أسبوع، منذ أكثر من أسبوعين),
recent and coming spans (الأيام الأخيرة، الأسابيع الثلاثة الماضية، الـ24 ساعة الماضية، الأيام المقبلة), parts of
periods (مطلع العام، أواخر ديسمبر، منتصف الشهر المقبل، في وقت سابق/لاحق هذا الشهر), and since/before/after
(منذ عام 2011، قبل 2020). English: dates, months, years, weekdays, today/yesterday, this/last/next week,
"two weeks ago", "earlier this month", "in recent days", "since 2011".

Values and granularities are described in :mod:`rasd.arabic.temporal.resolve`. Offsets point into the
text given (through the normalization offset map), so ``text[t.start:t.end] == t.text``.
"""

from __future__ import annotations

import datetime as dt
import re

from rasd.arabic.normalize import normalize
from rasd.arabic.temporal import lexicon as lx
from rasd.arabic.temporal.resolve import Spec, describe, resolve
from rasd.arabic.temporal.rules import BARE_PERIOD, BARE_PERIOD_EN, RULES, wrap
from rasd.model import TimeExpr

__all__ = ["find_times", "parse_reference", "Spec", "resolve", "describe"]


def parse_reference(reference: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A date from a date, datetime or ISO string ("2026-01-13", "2026-01-13T10:30:00Z"); None stays None."""
    if reference is None or isinstance(reference, dt.date) and not isinstance(reference, dt.datetime):
        return reference  # type: ignore[return-value]
    if isinstance(reference, dt.datetime):
        return reference.date()
    try:
        return dt.date.fromisoformat(reference[:10])
    except ValueError as exc:
        raise ValueError(f"reference date {reference!r} is not ISO-8601 (YYYY-MM-DD)") from exc


def find_times(text: str, reference: dt.date | dt.datetime | str | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``reference`` (e.g. the publication date).

    Without a reference, expressions that depend on one keep ``value=None`` and say what they mean in
    ``relative``; absolute ones ("2 ديسمبر 2025") are resolved all the same.
    """
    ref = parse_reference(reference)
    normalized = normalize(text)
    found: list[TimeExpr] = []
    for start, end, spec in _select(_candidates(normalized.text)):
        value, granularity = _safe_resolve(spec, ref)
        if value is None and not spec.relative:
            continue  # an impossible date (31 February): not a time expression after all
        ostart, oend = normalized.to_original(start, end)
        found.append(TimeExpr(text[ostart:oend], ostart, oend, value, granularity, describe(spec)))  # type: ignore[arg-type]
    return found


def _safe_resolve(spec: Spec, ref: dt.date | None) -> tuple[str | None, str]:
    try:
        return resolve(spec, ref)
    except (ValueError, OverflowError):  # the calendar refuses the date (30 February, Hijri out of range)
        return None, "unknown"


_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0621-\u064a]")


def _candidates(text: str) -> list[tuple[int, int, Spec]]:
    found: list[tuple[int, int, Spec]] = []
    scripts = {"en": bool(_LATIN.search(text)), "ar": bool(_ARABIC.search(text))}
    for rule in RULES:
        if rule.script and not scripts[rule.script]:
            continue  # English patterns need Latin letters, Arabic ones Arabic letters
        for match in rule.pattern.finditer(text):
            spec = rule.build(match, text)
            if spec is None:
                continue
            group = "x" if "x" in rule.pattern.groupindex and match.group("x") else "_e"
            start, end = match.span(group)
            if start > match.start() and text[start - 1:start + 1] == "لل":
                start -= 1  # للعام 2007: the article is fused with the preposition; the span keeps both
            spec, start = wrap(spec, start, text)
            found.append((start, end, spec))
    found.extend(_bare_periods(text))
    return found


def _bare_periods(text: str) -> list[tuple[int, int, Spec]]:
    found = []
    for match in [*BARE_PERIOD.finditer(text), *BARE_PERIOD_EN.finditer(text)]:
        phrase = match.group("x")
        unit = lx.period_of(match.group("p")) if "p" in match.re.groupindex else "day"
        if re.search(r"سابق|earlier", phrase, re.IGNORECASE):
            part = "earlier"
        elif re.search(r"لاحق|later", phrase, re.IGNORECASE):
            part = "later"
        else:
            part = lx.part_of(phrase.split()[0])
        spec, start = wrap(Spec("part", part=part, inner=Spec("period", unit=unit)), match.start("x"), text)
        found.append((start, match.end("x"), spec))
    return found


def _select(candidates: list[tuple[int, int, Spec]]) -> list[tuple[int, int, Spec]]:
    """Longest first, then leftmost; no two chosen spans overlap. Returned in text order."""
    chosen: list[tuple[int, int, Spec]] = []
    for start, end, spec in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, spec))
    return sorted(chosen, key=lambda c: c[0])
