"""Calendar arithmetic for the tagger: anchoring to a reference date with tense.

Each helper turns a calendar unit (day, week, month, quarter, season, year,
decade...) into its TIMEX3 value and its inclusive earliest/latest interval, and
chooses *which* one a partial expression means from the clause's tense.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, fields, replace

from timeline.temporal import calendars

D = dt.date

#: season code -> (start month, start day, end month, end day); WI crosses the year end
_SEASONS = {"SP": (3, 20, 6, 20), "SU": (6, 21, 9, 22), "FA": (9, 23, 12, 20), "WI": (12, 21, 3, 19)}


@dataclass(frozen=True, slots=True)
class Res:
    """A resolved value before it becomes a TimeMention."""

    type: str
    value: str
    granularity: str | None = None
    earliest: D | None = None
    latest: D | None = None
    mod: str | None = None
    anchor: str | None = None
    quant: str | None = None
    freq: str | None = None
    note: str | None = None

    def with_(self, **kw: object) -> "Res":
        # what dataclasses.replace does, without its per-call introspection (once per mention)
        if not kw.keys() <= _RES_FIELDS:
            return replace(self, **kw)  # raises the usual TypeError
        return Res(*[kw[f] if f in kw else getattr(self, f) for f in _RES_ORDER])


_RES_ORDER = tuple(f.name for f in fields(Res))
_RES_FIELDS = frozenset(_RES_ORDER)


# ---------------------------------------------------------------- units -> values


def day(d: D) -> Res:
    return Res("DATE", d.isoformat(), "day", d, d)


def month(y: int, m: int) -> Res:
    last = calendar.monthrange(y, m)[1]
    return Res("DATE", f"{y:04d}-{m:02d}", "month", D(y, m, 1), D(y, m, last))


def year(y: int) -> Res:
    return Res("DATE", f"{y:04d}", "year", D(y, 1, 1), D(y, 12, 31))


def quarter(y: int, q: int) -> Res:
    m0 = 3 * (q - 1) + 1
    return Res("DATE", f"{y:04d}-Q{q}", "quarter", D(y, m0, 1), month(y, m0 + 2).latest)


def half(y: int, h: int) -> Res:
    return Res("DATE", f"{y:04d}-H{h}", "half", D(y, 1 if h == 1 else 7, 1), D(y, 6, 30) if h == 1 else D(y, 12, 31))


def season(y: int, code: str) -> Res:
    m1, d1, m2, d2 = _SEASONS[code]
    start = D(y, m1, d1)
    end = D(y + 1 if code == "WI" else y, m2, d2)
    return Res("DATE", f"{y:04d}-{code}", "season", start, end)


def week(d: D) -> Res:
    iy, iw, _ = d.isocalendar()
    mon = d - dt.timedelta(days=d.weekday())
    return Res("DATE", f"{iy:04d}-W{iw:02d}", "week", mon, mon + dt.timedelta(days=6))


def weekend(d: D) -> Res:
    """The weekend of the ISO week containing ``d``."""
    iy, iw, _ = d.isocalendar()
    sat = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return Res("DATE", f"{iy:04d}-W{iw:02d}-WE", "weekend", sat, sat + dt.timedelta(days=1))


def decade(y: int) -> Res:
    y0 = y - y % 10
    return Res("DATE", f"{y0 // 10:03d}", "decade", D(y0, 1, 1), D(y0 + 9, 12, 31))


def century(c0: int) -> Res:
    """``c0`` is the TIMEX3 century prefix (19 for the 1900s)."""
    return Res("DATE", f"{c0:02d}", "century", D(max(c0 * 100, 1), 1, 1), D(c0 * 100 + 99, 12, 31))


def part_of_day(d: D, code: str) -> Res:
    if code.startswith("T"):  # T12:00 noon, T24:00 midnight
        return Res("TIME", f"{d.isoformat()}{code}", "minute", d, d)
    return Res("TIME", f"{d.isoformat()}T{code}", "part_of_day", d, d)


def clock(d: D | None, hour: int, minute: int | None, second: int | None = None) -> Res:
    hm = f"T{hour:02d}:{minute or 0:02d}" + (f":{second:02d}" if second is not None else "")
    if d is None:
        return Res("TIME", f"XXXX-XX-XX{hm}", "minute")
    return Res("TIME", f"{d.isoformat()}{hm}", "minute", d, d)


# ---------------------------------------------------------------- arithmetic


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d: D, n: int) -> D:
    y = d.year + n
    return D(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


def shift(d: D, n: float, unit: str) -> D:
    """``d`` moved by ``n`` units (fractions allowed for days/weeks; months/years rounded)."""
    if unit == "day":
        return d + dt.timedelta(days=round(n))
    if unit in ("week", "weekend"):
        return d + dt.timedelta(days=round(7 * n))
    if unit == "month":
        return add_months(d, round(n))
    if unit == "quarter":
        return add_months(d, round(3 * n))
    if unit == "year":
        return add_years(d, round(n))
    if unit == "decade":
        return add_years(d, round(10 * n))
    if unit == "century":
        return add_years(d, round(100 * n))
    if unit == "half":
        return add_months(d, round(6 * n))
    return d  # hours/minutes/seconds do not move a day-level date


def unit_of(d: D, unit: str) -> Res:
    """The calendar unit of size ``unit`` containing ``d``."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "weekend":
        return weekend(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if unit == "decade":
        return decade(d.year)
    if unit == "century":
        return century(d.year // 100)
    return year(d.year)


def weekday_near(ref: D, wd: int, direction: int) -> D:
    """Weekday ``wd`` (1=Mon..7=Sun): -1 most recent on or before ``ref``,
    +1 next on or after ``ref``, 0 the one in ref's ISO week."""
    delta = wd - ref.isoweekday()
    if direction < 0:
        return ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return ref + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return ref + dt.timedelta(days=delta)


#: how far ahead (days) a yearless month-day in a clause with no tense cue may lie and still be
#: the coming one ("Elections on March 5", a headline in September: the next March is too far)
NO_TENSE_AHEAD_DAYS = 120


def month_day_year(ref: D, m: int, d: int, tense: str | None, direct: bool = False, ahead: bool = False) -> int | None:
    """The year of "October 7" said at ``ref`` in a clause of ``tense``.

    Past: the latest such date on or before ref, or a deadline a few weeks ahead ("extended to
    Nov. 20"), unless a past verb governs the date itself (``direct``: "the quarter ended Oct. 31").
    Future: the earliest on or after, or a recent date ("will be tried for the Oct. 7 attack"),
    unless the date is what something runs up to (``ahead``: "will last until March 3").
    Otherwise: the coming occurrence when it lies at most NO_TENSE_AHEAD_DAYS ahead, else the
    last one (news rarely mentions far-off dates without a future cue).
    Returns None for impossible days (31 April; 29 February in no candidate year).
    """
    def ok(y: int) -> bool:
        return d <= calendar.monthrange(y, m)[1]

    past = next((y for y in range(ref.year, ref.year - 5, -1) if ok(y) and D(y, m, d) <= ref), None)
    future = next((y for y in range(ref.year, ref.year + 5) if ok(y) and D(y, m, d) >= ref), None)
    # a deadline a few weeks ahead in a past-tense clause ("ruled he must return by Jan. 14"),
    # or a recent date in a future clause ("will be tried for the Oct. 7 attack"), is still the near one
    if tense == "past":
        if not direct and past is not None and future is not None and (ref - D(past, m, d)).days > 180 and (D(future, m, d) - ref).days <= 45:
            return future
        return past
    if tense == "future":
        if not ahead and past is not None and future is not None and (D(future, m, d) - ref).days > 180 and (ref - D(past, m, d)).days <= 45:
            return past
        return future
    if tense == "present" and past is not None and future is not None:
        # "voters go to the polls on Nov. 5", "the law takes effect Jan. 1": the nearer one
        return future if (D(future, m, d) - ref) < (ref - D(past, m, d)) else past
    # no tense cue: the coming occurrence if it is near enough ahead, else the last one
    if future is not None and (D(future, m, d) - ref).days <= NO_TENSE_AHEAD_DAYS:
        return future
    return past


def month_year(ref: D, m: int, tense: str | None) -> int:
    """The year of a bare month name ("in October") at ``ref`` with ``tense``."""
    if tense == "past":
        return ref.year if m <= ref.month else ref.year - 1
    if tense == "future":
        return ref.year if m >= ref.month else ref.year + 1
    ahead = (m - ref.month) % 12  # months until the next such month (0 = this month)
    if ahead == 0:
        return ref.year
    if ahead <= (5 if tense == "present" else 3):  # present: the nearer one
        return ref.year if m > ref.month else ref.year + 1
    return ref.year if m < ref.month else ref.year - 1


def quarter_year(ref: D, q: int, tense: str | None) -> int:
    """The year of "the third quarter" at ``ref``: financial news reports the
    latest quarter of the same year unless the clause looks forward; a quarter two or more
    ahead of the reference's, in a clause that does not look forward, is last year's."""
    cur = (ref.month - 1) // 3 + 1
    if tense == "future" and q < cur - 1:
        return ref.year + 1
    if q > cur and tense == "past":
        return ref.year - 1
    if q >= cur + 2 and tense != "future":
        return ref.year - 1  # "GDP rebounds to 7.2% in Q3", said in March: last year's, reported
    return ref.year


def apply_position(r: Res, mod: str) -> Res:
    """Narrow an interval for START/MID/END ("early July" -> its first third)."""
    if r.earliest is None or r.latest is None:
        return r.with_(mod=mod)
    span = (r.latest - r.earliest).days + 1
    third = max(span // 3, 1)
    if mod == "START":
        return r.with_(mod=mod, latest=r.earliest + dt.timedelta(days=third - 1))
    if mod == "END":
        return r.with_(mod=mod, earliest=r.latest - dt.timedelta(days=third - 1))
    if mod == "MID":
        if span < 3:  # "mid-afternoon yesterday": the day itself has no middle third of days
            return r.with_(mod=mod)
        e = r.earliest + dt.timedelta(days=third)
        return r.with_(mod=mod, earliest=e, latest=max(e, r.latest - dt.timedelta(days=third)))
    return r.with_(mod=mod)


def offset_window(ref: D, n: float, unit: str, sign: int, mod: str | None) -> tuple[D, D]:
    """Earliest/latest of "N units ago/later", widened by approximation and bounds.

    APPROX: N +- 20% (at least half a unit); LESS_THAN (nearly, almost): between
    0.8 N and N units away; MORE_THAN (more than, over): between N and 1.5 N.
    """
    def at(k: float) -> Res:
        try:
            return _at(k)
        except (ValueError, OverflowError):  # "more than 1,400 years ago": the window opens before year 1
            return day(D.min if sign < 0 else D.max)

    def _at(k: float) -> Res:
        if unit in ("day", "week", "weekend"):
            days = k * (7 if unit != "day" else 1)
            return unit_of(ref + dt.timedelta(days=sign * round(days)), "day")
        months = k * {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}.get(unit, 0)
        return unit_of(add_months(ref, sign * round(months)), unit if unit in ("month", "quarter") else "month")

    lo, hi = n, n
    if mod == "APPROX":
        lo, hi = n - max(0.2 * n, 0.5), n + max(0.2 * n, 0.5)
    elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        lo, hi = n - max(0.2 * n, 0.5), n
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        lo, hi = n, n * 1.5 + 0.5
    a, b = at(max(lo, 0)), at(hi)
    first, last = (b, a) if sign < 0 else (a, b)
    return first.earliest, last.latest


def easter(y: int) -> D:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31
    return D(y, mo, (h + l - 7 * m + 114) % 31 + 1)


def orthodox_easter(y: int) -> D:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar
    (13 days between 1900 and 2099; the gap grows by a day in each century year not divisible
    by 400)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    mo, day = divmod(d + e + 114, 31)
    gap = y // 100 - y // 400 - 2
    return D(y, mo, day + 1) + dt.timedelta(days=gap)


def holiday(spec: str, y: int) -> D | None:
    """A holiday's date in year ``y`` from its lexicon spec (MM-DD, n:weekday:month, easter[-k],
    oeaster[-k] (Orthodox),
    MM-DD~weekday (that weekday nearest the day), "<spec>;leap;YYYY=MM-DD" (only in years
    divisible by four, with moved years named),
    or another calendar's spec: its first (estimated) day in ``y``, see `calendars`)."""
    if ";" in spec:
        # "1:2:3;leap;2008=02-05": the rule, held only in years divisible by four ("leap"),
        # with the years it was moved named
        base, *parts = spec.split(";")
        for part in parts:
            if part == "leap":
                if y % 4:
                    return None
            else:
                yy, _, moved = part.partition("=")
                if int(yy) == y:
                    return holiday(moved, y)
        return holiday(base, y)
    if calendars.is_spec(spec):
        occ = calendars.occurrences(spec, y)
        return occ[0][0] if occ else None
    if spec.startswith("oeaster"):
        k = int(spec[7:] or 0)
        return orthodox_easter(y) + dt.timedelta(days=k)
    if spec.startswith("easter"):
        k = int(spec[6:] or 0)
        return easter(y) + dt.timedelta(days=k)
    if spec.count(":") == 2:
        spec, _, plus = spec.partition("+")
        n, wd, m = (int(x) for x in spec.split(":"))
        if plus:
            return holiday(spec, y) + dt.timedelta(days=int(plus))
        if n > 0:
            first = D(y, m, 1)
            off = (wd - first.isoweekday()) % 7
            return first + dt.timedelta(days=off + 7 * (n - 1))
        last = D(y, m, calendar.monthrange(y, m)[1])
        return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    if "~" in spec:  # "01-29~1": the Monday nearest 29 January
        base, _, wd = spec.partition("~")
        day = holiday(base, y)
        if day is None:
            return None
        k = (int(wd) - day.isoweekday()) % 7
        return day + dt.timedelta(days=k - 7 if k > 3 else k)
    m, d = (int(x) for x in spec.split("-"))
    if d > calendar.monthrange(y, m)[1]:
        return None
    return D(y, m, d)
