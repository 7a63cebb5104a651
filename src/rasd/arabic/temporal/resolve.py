"""What a time expression means (:class:`Spec`) and its value against a reference date.

A Spec is the reading of an expression independent of any date: "the December before the reference",
"14 days before the reference, or earlier". :func:`resolve` turns it into ``(value, granularity)``;
:func:`describe` says in words what it means relative to the publication date, for when there is none.

Values: day ``2026-01-13``, week ``2026-W02`` (ISO week), month ``2026-01``, year ``2026``, range
``2026-01-14..2026-01-31`` (days, both ends included); ``before``/``after`` carry the boundary (a day, month
or year) that the time lies before or after.

Conventions (documented choices, tested): a bare weekday is the latest such day on or before the
reference (news reports the past), or the next on or after it when the sentence speaks of the future;
"الماضي" means strictly before the reference's day/month; a day and month without a year take the year
that puts them nearest the reference; "the last few days" is the 7 days up to the reference, and "the last
few weeks/months/years" 3 of them; parts of a month are days 1-10, 11-20 and 21-end; parts of a year are
January-March, May-August and October-December.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass

from hijridate import Hijri

Unit = str  # "day" | "week" | "month" | "year"
FEW = {"day": 7, "week": 3, "month": 3, "year": 3}
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Spec:
    """One reading. ``kind`` decides which other fields matter:

    - ``date`` (year?, month, day), ``month`` (year?, month), ``year`` (year): absolute; a missing year is
      the one nearest the reference, or with ``shift`` -1/+1 (٣ شباط الماضي) the last before/first after it.
    - ``hijri_date`` / ``hijri_month`` / ``hijri_year``: the same in the Hijri calendar.
    - ``month_rel``: month ``month`` with ``shift`` -1 (الماضي), +1 (المقبل) or 0 (this year's).
    - ``weekday``: ``day`` 0-6 (Monday 0) with ``shift`` -1 (الماضي), +1 (المقبل), 0 (nearest past), 2 (nearest future).
    - ``period``: the calendar ``unit`` containing the reference, moved by ``shift`` (الأسبوع الماضي: week, -1).
    - ``ago``: ``count`` ``unit``s before (``shift`` -1) or after (+1) the reference (منذ يومين: day, 2).
    - ``recent``: the last (``shift`` -1) or next (+1) ``count`` ``unit``s around the reference.
    - ``part``: ``part`` of the period given by ``inner``: start / mid / end / earlier / later, a quarter
      (q1-q4) or half (h1, h2) of a year, or ``years``: from the year ``inner`` to ``count`` years later.
    ``bound`` turns the result into an open interval: "before" its start, "after" its end, "since" its start
    (granularity "after"); ``approx`` marks "نحو".
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    unit: Unit | None = None
    count: int = 1
    shift: int = 0
    part: str | None = None
    inner: Spec | None = None
    bound: str | None = None
    approx: bool = False

    @property
    def relative(self) -> bool:
        """Whether the value depends on the reference date."""
        if self.kind in ("date", "month", "hijri_date", "hijri_month"):
            return self.year is None
        if self.kind in ("year", "hijri_year"):
            return False
        if self.kind == "part" and self.inner is not None:
            return self.part in ("earlier", "later") or self.inner.relative
        return True


@dataclass(frozen=True, slots=True)
class Interval:
    start: dt.date
    end: dt.date
    granularity: str  # day | week | month | year | range


def resolve(spec: Spec, reference: dt.date | None) -> tuple[str | None, str]:
    """``(value, granularity)``; value None when the spec needs a reference and there is none."""
    if spec.relative and reference is None:
        return None, _granularity_without_value(spec)
    interval = interval_of(spec, reference)
    if spec.bound == "before":
        return _format(Interval(interval.start, interval.start, _unit_granularity(interval))), "before"
    if spec.bound == "after":
        return _format(Interval(interval.end, interval.end, _unit_granularity(interval))), "after"
    if spec.bound == "since":
        return _format(Interval(interval.start, interval.start, _unit_granularity(interval))), "after"
    return _format(interval), interval.granularity


def _granularity_without_value(spec: Spec) -> str:
    if spec.bound:
        return "after" if spec.bound == "since" else spec.bound
    if spec.kind in ("date", "hijri_date", "weekday") or spec.kind == "ago" and spec.unit in ("day", "week"):
        return "day"
    if spec.kind in ("month", "month_rel", "hijri_month") or spec.kind == "ago" and spec.unit == "month":
        return "month"
    if spec.kind == "period":
        return spec.unit or "unknown"
    if spec.kind == "ago":
        return spec.unit or "unknown"
    return "range"


def _unit_granularity(interval: Interval) -> str:
    return "day" if interval.granularity in ("range", "week") else interval.granularity


def interval_of(spec: Spec, ref: dt.date | None) -> Interval:
    """The days a spec covers, with the granularity it is stated in."""
    handler = _HANDLERS[spec.kind]
    return handler(spec, ref)


def _date(spec: Spec, ref: dt.date | None) -> Interval:
    assert spec.month and spec.day
    if spec.year is not None:
        day = dt.date(spec.year, spec.month, spec.day)
    elif spec.shift:
        assert ref is not None
        years = range(ref.year - 1, ref.year + 2)
        days = [_safe_date(y, spec.month, spec.day) for y in years]
        day = max(d for d in days if d < ref) if spec.shift < 0 else min(d for d in days if d > ref)
    else:
        assert ref is not None
        day = min((_safe_date(y, spec.month, spec.day) for y in (ref.year - 1, ref.year, ref.year + 1)),
                  key=lambda d: (abs((d - ref).days), d > ref))
    return Interval(day, day, "day")


def _safe_date(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def _month(spec: Spec, ref: dt.date | None) -> Interval:
    assert spec.month
    year = spec.year
    if year is None:
        assert ref is not None
        distance = spec.month - ref.month
        year = ref.year - 1 if distance > 6 else ref.year + 1 if distance < -6 else ref.year
    return month_interval(year, spec.month)


def month_interval(year: int, month: int) -> Interval:
    last = _calendar.monthrange(year, month)[1]
    return Interval(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _year(spec: Spec, ref: dt.date | None) -> Interval:
    year = spec.year if spec.year is not None else ref.year  # type: ignore[union-attr]
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _month_rel(spec: Spec, ref: dt.date | None) -> Interval:
    assert ref is not None and spec.month
    year = ref.year
    if spec.shift < 0 and spec.month >= ref.month:
        year -= 1
    elif spec.shift > 0 and spec.month <= ref.month:
        year += 1
    return month_interval(year, spec.month)


def _weekday(spec: Spec, ref: dt.date | None) -> Interval:
    assert ref is not None and spec.day is not None
    back = (ref.weekday() - spec.day) % 7
    ahead = (spec.day - ref.weekday()) % 7
    if spec.shift == -1:
        day = ref - dt.timedelta(days=back or 7)
    elif spec.shift == 1:
        day = ref + dt.timedelta(days=ahead or 7)
    elif spec.shift == 2:
        day = ref + dt.timedelta(days=ahead)
    else:
        day = ref - dt.timedelta(days=back)
    return Interval(day, day, "day")


def _period(spec: Spec, ref: dt.date | None) -> Interval:
    assert ref is not None
    if spec.unit == "day":
        day = ref + dt.timedelta(days=spec.shift)
        return Interval(day, day, "day")
    if spec.unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=spec.shift)
        return Interval(monday, monday + dt.timedelta(days=6), "week")
    if spec.unit == "month":
        year, month = add_months(ref.year, ref.month, spec.shift)
        return month_interval(year, month)
    year = ref.year + spec.shift
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _ago(spec: Spec, ref: dt.date | None) -> Interval:
    assert ref is not None
    n = spec.count * spec.shift
    if spec.unit in ("day", "week"):
        day = ref + dt.timedelta(days=n * (7 if spec.unit == "week" else 1))
        return Interval(day, day, "day")
    if spec.unit == "month":
        year, month = add_months(ref.year, ref.month, n)
        return month_interval(year, month)
    year = ref.year + n
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _recent(spec: Spec, ref: dt.date | None) -> Interval:
    assert ref is not None
    count = spec.count or FEW[spec.unit or "day"]
    if spec.unit == "month":
        year, month = add_months(ref.year, ref.month, count * spec.shift)
        far = _safe_date(year, month, ref.day)
    elif spec.unit == "year":
        far = _safe_date(ref.year + count * spec.shift, ref.month, ref.day)
    else:
        far = ref + dt.timedelta(days=count * spec.shift * (7 if spec.unit == "week" else 1))
    if spec.shift < 0:
        return Interval(far, ref, "range")
    return Interval(ref + dt.timedelta(days=1), far, "range")


_PARTS_OF_MONTH = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
_PARTS_OF_YEAR = {"start": (1, 3), "mid": (5, 8), "end": (10, 12)}


def _part(spec: Spec, ref: dt.date | None) -> Interval:
    assert spec.inner is not None
    whole = interval_of(spec.inner, ref)
    if spec.part in ("earlier", "later"):
        return _earlier_later(spec.part, whole, ref)
    if whole.granularity == "month":
        first, last = _PARTS_OF_MONTH[spec.part or "start"]
        return Interval(whole.start.replace(day=first), _safe_date(whole.start.year, whole.start.month, last), "range")
    if spec.part == "years":  # a span of years: inner is the first, count how many more
        return Interval(whole.start, dt.date(whole.start.year + spec.count, 12, 31), "range")
    if whole.granularity == "year" and spec.part and spec.part[0] in "qh" and spec.part[1:].isdigit():
        size = 3 if spec.part[0] == "q" else 6
        first = (int(spec.part[1:]) - 1) * size + 1
        return Interval(dt.date(whole.start.year, first, 1), month_interval(whole.start.year, first + size - 1).end, "range")
    if whole.granularity == "year":
        first, last = _PARTS_OF_YEAR[spec.part or "start"]
        return Interval(dt.date(whole.start.year, first, 1), month_interval(whole.start.year, last).end, "range")
    return whole


def _earlier_later(part: str, whole: Interval, ref: dt.date | None) -> Interval:
    if ref is None or not whole.start <= ref <= whole.end:
        return whole
    if whole.start == whole.end:
        return whole
    if part == "earlier":
        return Interval(whole.start, max(whole.start, ref - dt.timedelta(days=1)), "range")
    return Interval(min(whole.end, ref + dt.timedelta(days=1)), whole.end, "range")


def _hijri_date(spec: Spec, ref: dt.date | None) -> Interval:
    year = spec.year if spec.year is not None else _hijri_year_of(ref)
    day = Hijri(year, spec.month, spec.day).to_gregorian()
    return Interval(dt.date(day.year, day.month, day.day), dt.date(day.year, day.month, day.day), "day")


def _hijri_month(spec: Spec, ref: dt.date | None) -> Interval:
    year = spec.year if spec.year is not None else _hijri_year_of(ref)
    first = Hijri(year, spec.month, 1)
    start = first.to_gregorian()
    end = Hijri(year, spec.month, first.month_length()).to_gregorian()
    return Interval(dt.date(start.year, start.month, start.day), dt.date(end.year, end.month, end.day), "range")


def _hijri_year(spec: Spec, ref: dt.date | None) -> Interval:
    start = Hijri(spec.year, 1, 1).to_gregorian()
    last = Hijri(spec.year, 12, 1)
    end = Hijri(spec.year, 12, last.month_length()).to_gregorian()
    return Interval(dt.date(start.year, start.month, start.day), dt.date(end.year, end.month, end.day), "range")


def _hijri_year_of(ref: dt.date | None) -> int:
    from hijridate import Gregorian

    assert ref is not None
    return Gregorian(ref.year, ref.month, ref.day).to_hijri().year


_HANDLERS = {
    "date": _date, "month": _month, "year": _year, "month_rel": _month_rel, "weekday": _weekday,
    "period": _period, "ago": _ago, "recent": _recent, "part": _part, "hijri_date": _hijri_date,
    "hijri_month": _hijri_month, "hijri_year": _hijri_year,
}


def _format(interval: Interval) -> str:
    if interval.granularity == "day":
        return interval.start.isoformat()
    if interval.granularity == "week":
        year, week, _ = interval.start.isocalendar()
        return f"{year}-W{week:02d}"
    if interval.granularity == "month":
        return interval.start.strftime("%Y-%m")
    if interval.granularity == "year":
        return str(interval.start.year)
    return f"{interval.start.isoformat()}..{interval.end.isoformat()}"


def describe(spec: Spec) -> str | None:
    """The meaning relative to the publication date, in words; None for absolute expressions."""
    if not spec.relative:
        return None
    text = _describe(spec)
    return f"{spec.bound} ({text})" if spec.bound else text


def _describe(spec: Spec) -> str:
    kind = spec.kind
    if kind in ("date", "hijri_date"):
        return f"day {spec.day} of month {spec.month}{' (Hijri)' if kind == 'hijri_date' else ''}, year nearest publication"
    if kind in ("month", "hijri_month"):
        return f"{_MONTH_NAMES[spec.month or 0] if kind == 'month' else f'Hijri month {spec.month}'} nearest publication"
    if kind == "month_rel":
        where = {-1: "before", 1: "after", 0: "of the year of"}[spec.shift]
        return f"{_MONTH_NAMES[spec.month or 0]} {where} the publication month"
    if kind == "weekday":
        where = {-1: "before", 1: "after", 0: "on or before", 2: "on or after"}[spec.shift]
        return f"the {_WEEKDAY_NAMES[spec.day or 0]} {where} publication"
    if kind == "period":
        return f"publication {spec.unit}{_signed(spec.shift)}"
    if kind == "ago":
        return f"publication date{_signed(spec.count * spec.shift)} {spec.unit}s"
    if kind == "recent":
        count = spec.count or FEW[spec.unit or "day"]
        return f"the {count} {spec.unit}s {'before' if spec.shift < 0 else 'after'} publication"
    if kind == "part" and spec.inner is not None:
        inner = _describe(spec.inner) if spec.inner.relative else "the period"
        if spec.part == "earlier":
            return f"{inner}, before the publication date"
        if spec.part == "later":
            return f"{inner}, after the publication date"
        return f"{spec.part} of {inner}"
    return kind


def _signed(n: int) -> str:
    return "" if n == 0 else f" + {n}" if n > 0 else f" - {-n}"
