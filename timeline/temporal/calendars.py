"""Calendar arithmetic for holidays of non-Gregorian calendars (no dependencies).

- Hebrew calendar: exact, by the standard arithmetic rules (the molad of Tishrei, the four
  postponements (dehiyyot), leap years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle).
- Islamic calendar: the arithmetical (tabular) calendar fixes which lunation a month is;
  its first day is then estimated from the astronomical new moon (the conjunction) by the
  rule Saudi Arabia's Umm al-Qura calendar approximates: a month begins the day after the
  first sunset in Mecca that follows the conjunction. Observed dates depend on moon
  sighting and differ between countries (often a day later, in South Asia sometimes two),
  so callers give an interval around this value (``ISLAMIC_EARLY``/``ISLAMIC_LATE``).
- New moons: Meeus, *Astronomical Algorithms* (2nd ed.) ch. 49 (mean new moon plus the
  periodic and planetary terms; within a minute or two for modern dates); the December
  solstice: Meeus ch. 27 (mean value plus the 24 periodic terms).
- Lunar New Year (Chinese, Vietnamese Tet, Korean Seollal): the second new moon after the
  start of the month holding the winter solstice, by calendar day in the country's time
  zone, or the third when a leap month comes between (2033-34; leap months by the major
  solar terms, the sun's longitude from Meeus ch. 25).
- Diwali: the new moon (Amavasya) that closes the lunar month in which the sun enters
  sidereal Libra (about 17 October; sun's longitude: Meeus ch. 25, Lahiri ayanamsa), dated
  by the evening on which the Amavasya holds in India; almanacs differ by a day in close
  years, so callers give an interval.

Dates are ``datetime.date`` (proleptic Gregorian); ``date.toordinal()`` is the fixed day
number (R.D.) of Reingold and Dershowitz's *Calendrical Calculations*.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

D = dt.date

# ---------------------------------------------------------------- Hebrew calendar

#: Hebrew month numbers (biblical order): Nisan = 1 ... Elul = 6, Tishrei = 7 ... Shevat = 11,
#: Adar (Adar I in a leap year) = 12, Adar II = 13.
NISAN, IYYAR, SIVAN, TISHREI, KISLEV, ADAR, ADAR_II = 1, 2, 3, 7, 9, 12, 13

#: fixed day number of the day before 1 Tishrei AM 1 (Reingold & Dershowitz's epoch - 1)
_HEBREW_EPOCH = -1373428


def hebrew_leap(y: int) -> bool:
    """Is Hebrew year ``y`` a leap year (13 months)? Years 3, 6, 8, 11, 14, 17, 19 of the cycle."""
    return (7 * y + 1) % 19 < 7


def _elapsed_days(y: int) -> int:
    """Days from the epoch to 1 Tishrei of Hebrew year ``y``, with all postponements.

    The molad of Tishrei is counted in parts (1080 to the hour) from the molad of AM 1
    (BaHaRaD: day 2, 5 hours, 204 parts); the new year is postponed a day if the molad is at
    or after noon (molad zaken), if it falls on Sunday, Wednesday or Friday (lo ADU rosh), if a
    common year's molad is Tuesday at or after 9h 204p (GaTaRaD), or if the year after a leap
    year has its molad on Monday at or after 15h 589p (BeTUTaKPaT)."""
    months = 235 * ((y - 1) // 19) + 12 * ((y - 1) % 19) + (7 * ((y - 1) % 19) + 1) // 19
    parts = 204 + 793 * (months % 1080)
    hours = 5 + 12 * months + 793 * (months // 1080) + parts // 1080
    day = 1 + 29 * months + hours // 24
    parts = 1080 * (hours % 24) + parts % 1080
    if (
        parts >= 19440  # molad at or after noon (18h in Hebrew hours from 6 p.m.)
        or (day % 7 == 2 and parts >= 9924 and not hebrew_leap(y))  # GaTaRaD
        or (day % 7 == 1 and parts >= 16789 and hebrew_leap(y - 1))  # BeTUTaKPaT
    ):
        day += 1
    if day % 7 in (0, 3, 5):  # lo ADU rosh: not Sunday, Wednesday or Friday
        day += 1
    return day


def hebrew_year_days(y: int) -> int:
    """Length of Hebrew year ``y`` in days (353-355 or 383-385)."""
    return _elapsed_days(y + 1) - _elapsed_days(y)


def hebrew_month_days(y: int, m: int) -> int:
    """Days in month ``m`` of Hebrew year ``y`` (Heshvan and Kislev vary with the year)."""
    if m in (2, 4, 6, 10, 13):
        return 29
    if m == 12:
        return 30 if hebrew_leap(y) else 29
    if m == 8:  # Heshvan: 30 in a complete year
        return 30 if hebrew_year_days(y) % 10 == 5 else 29
    if m == 9:  # Kislev: 29 in a deficient year
        return 29 if hebrew_year_days(y) % 10 == 3 else 30
    return 30


def hebrew_to_date(y: int, m: int, d: int) -> D:
    """The Gregorian date of day ``d`` of month ``m`` (1 = Nisan ... 13 = Adar II) of Hebrew
    year ``y`` (the year begins with Tishrei, month 7). The Hebrew day begins at the
    previous sunset; this is the daytime's date.

    >>> hebrew_to_date(5784, TISHREI, 1)
    datetime.date(2023, 9, 16)
    """
    last = 13 if hebrew_leap(y) else 12
    n = d
    if m < TISHREI:
        n += sum(hebrew_month_days(y, k) for k in range(TISHREI, last + 1))
        n += sum(hebrew_month_days(y, k) for k in range(1, m))
    else:
        n += sum(hebrew_month_days(y, k) for k in range(TISHREI, m))
    return D.fromordinal(_HEBREW_EPOCH + _elapsed_days(y) + n - 1)


def hebrew_holiday(y: int, m: int, d: int) -> D:
    """A holiday on ``d`` ``m`` of Hebrew year ``y``; month 12 (Adar) means the Adar of Purim,
    which is Adar II in a leap year."""
    if m == ADAR and hebrew_leap(y):
        m = ADAR_II
    return hebrew_to_date(y, m, d)


def hebrew_in_year(m: int, d: int, g: int) -> list[D]:
    """The dates in Gregorian year ``g`` of the Hebrew day ``d`` ``m`` (at most one: a Hebrew
    year begins in September or October, so months Tishrei-Adar II of year g + 3761 and
    Nisan-Elul of year g + 3760 cover a Gregorian year)."""
    out = [hebrew_holiday(hy, m, d) for hy in (g + 3760, g + 3761)]
    return [x for x in out if x.year == g]


# ---------------------------------------------------------------- astronomy (Meeus)

_JD_ORDINAL = 1721424.5  # JD at 0h UT of the day whose ordinal is 0


def _sin(deg: float) -> float:
    return math.sin(math.radians(deg))


def _delta_t(year: float) -> float:
    """TT - UT in seconds (Espenak & Meeus polynomials, coarse outside 1900-2050)."""
    if year < 1941:
        return 24.0
    if year < 1961:
        t = year - 1950
        return 29.07 + 0.407 * t - t * t / 233 + t**3 / 2547
    if year < 1986:
        t = year - 1975
        return 45.45 + 1.067 * t - t * t / 260 - t**3 / 718
    if year < 2005:
        t = year - 2000
        return 63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3 + 0.000651814 * t**4 + 0.00002373599 * t**5
    if year < 2050:
        t = year - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t * t
    return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)


def _jde_to_utc(jde: float) -> dt.datetime:
    """A Julian Ephemeris Day (TT) as a naive UTC datetime."""
    approx_year = 2000 + (jde - 2451545.0) / 365.25
    jd = jde - _delta_t(approx_year) / 86400
    days = jd - _JD_ORDINAL
    ordinal = math.floor(days)
    return dt.datetime.combine(D.fromordinal(ordinal), dt.time()) + dt.timedelta(days=days - ordinal)


_NM_TERMS = (  # (coefficient, power of E, multiples of M, M', F, Omega) - Meeus table 49.A, new moon
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1), (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0), (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0), (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)
_NM_PLANETARY = (  # (coefficient, A0, A1 per lunation) - Meeus, the 14 additional corrections
    (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
)
_SYNODIC = 29.530588861


def new_moon_jde(k: int) -> float:
    """The true new moon of lunation ``k`` (k = 0: 6 January 2000) as a JDE (TT); Meeus ch. 49.

    >>> round(new_moon_jde(-283), 5)  # Meeus example 49.a: 1977 February 18, 3h37m TD
    2443192.65118
    """
    t = k / 1236.85
    jde = 2451550.09766 + _SYNODIC * k + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m = 2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t**3
    mp = 201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t**3 - 0.000000058 * t**4
    f = 160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t**3 + 0.000000011 * t**4
    om = 124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t**3
    for coef, pe, a, b, c, o in _NM_TERMS:
        jde += coef * e**pe * _sin(a * m + b * mp + c * f + o * om)
    jde += sum(coef * _sin(a0 + a1 * k - (0.009173 * t * t if a0 == 299.77 else 0)) for coef, a0, a1 in _NM_PLANETARY)
    return jde


def new_moon_utc(k: int) -> dt.datetime:
    """The new moon (conjunction) of lunation ``k`` as a naive UTC datetime."""
    return _jde_to_utc(new_moon_jde(k))


def full_moon_utc(k: int) -> dt.datetime:
    """The full moon after new moon ``k`` as a naive UTC datetime: Meeus's phase formula at
    k + 0.5 with the new moon's periodic terms (the full moon's differ by at most a few
    thousandths of a day, minutes).

    >>> full_moon_utc(lunation_near(D(2024, 3, 10))).strftime("%Y-%m-%d")  # 25 March 2024, 07:00 UTC
    '2024-03-25'
    """
    return _jde_to_utc(new_moon_jde(k + 0.5))  # type: ignore[arg-type]


def lunation_near(d: D) -> int:
    """The lunation number ``k`` of the new moon nearest to date ``d``."""
    k = round((d.toordinal() + _JD_ORDINAL - 2451550.09766) / _SYNODIC)
    best = min((k - 1, k, k + 1), key=lambda j: abs((new_moon_utc(j).date() - d).days))
    return best


def new_moons_after(moment: dt.datetime, n: int) -> list[dt.datetime]:
    """The first ``n`` new moons (UTC) strictly after ``moment`` (naive UTC)."""
    k = lunation_near(moment.date()) - 1
    out: list[dt.datetime] = []
    while len(out) < n:
        nm = new_moon_utc(k)
        if nm > moment:
            out.append(nm)
        k += 1
    return out


_SOLSTICE_TERMS = (  # Meeus table 27.C: (A, B, C)
    (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
    (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
    (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
    (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
    (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
    (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
)


def december_solstice_utc(y: int) -> dt.datetime:
    """The December (winter) solstice of Gregorian year ``y`` in UTC; Meeus ch. 27 (years
    1000-3000: mean value, table 27.B, plus the periodic terms of table 27.C)."""
    yy = (y - 2000) / 1000
    jde0 = 2451900.05952 + 365242.74049 * yy - 0.06223 * yy**2 - 0.00823 * yy**3 + 0.00032 * yy**4
    t = (jde0 - 2451545.0) / 36525
    w = 35999.373 * t - 2.47
    dl = 1 + 0.0334 * math.cos(math.radians(w)) + 0.0007 * math.cos(math.radians(2 * w))
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _SOLSTICE_TERMS)
    return _jde_to_utc(jde0 + 0.00001 * s / dl)


# ---------------------------------------------------------------- Lunar New Year


def _local_midnight(d: D, tz: dt.timedelta) -> dt.datetime:
    """0h local on day ``d`` (a zone ``tz`` east of UTC), as naive UTC."""
    return dt.datetime.combine(d, dt.time()) - tz


def _new_moon_on_or_before(d: D, tz: dt.timedelta) -> D:
    """The local day of the last new moon whose local day is on or before ``d``."""
    k = lunation_near(d) + 1
    while (new_moon_utc(k) + tz).date() > d:
        k -= 1
    return (new_moon_utc(k) + tz).date()


def _month_starts(first: D, n: int, tz: dt.timedelta) -> list[D]:
    """Local days of ``n`` successive new moons, from the one on day ``first``."""
    moons = new_moons_after(_local_midnight(first, tz) - dt.timedelta(seconds=1), n)
    return [(nm + tz).date() for nm in moons]


def _has_major_term(a: D, b: D, tz: dt.timedelta) -> bool:
    """Does the month from day ``a`` to the day before ``b`` hold a major solar term
    (zhongqi: the sun's longitude passing a multiple of 30 degrees)?"""
    la, lb = sun_longitude(_local_midnight(a, tz)), sun_longitude(_local_midnight(b, tz))
    return int(la // 30) != int(lb // 30)


@lru_cache(maxsize=512)
def lunar_new_year(y: int, utc_offset: int = 8) -> D:
    """The Lunar New Year (1st day of the 1st month) in Gregorian year ``y``, in the time zone
    ``utc_offset`` hours east of UTC (8: China, 7: Vietnam's Tet, 9: Korea's Seollal), by the
    modern (1645) rules: the month holding the winter solstice (the day of it, local) is the
    11th; the New Year is the second new moon after that month begins, or the third when the
    year from that 11th month to the next has 13 months and its leap month (the first
    without a major solar term) comes before the New Year (2033-34).

    >>> lunar_new_year(2024)
    datetime.date(2024, 2, 10)
    """
    tz = dt.timedelta(hours=utc_offset)
    m11 = _new_moon_on_or_before((december_solstice_utc(y - 1) + tz).date(), tz)
    next_m11 = _new_moon_on_or_before((december_solstice_utc(y) + tz).date(), tz)
    starts = _month_starts(m11, 15, tz)
    n = starts.index(next_m11) if next_m11 in starts else 12
    if n == 13 and not all(_has_major_term(starts[i], starts[i + 1], tz) for i in (1, 2)):
        return starts[3]  # a leap 11th or 12th month first
    return starts[2]


# ---------------------------------------------------------------- Islamic calendar

_ISLAMIC_EPOCH = D(622, 7, 19).toordinal()  # 1 Muharram AH 1 = 16 July 622 Julian (tabular)

#: how far observed first days may fall from ``islamic_to_date``'s estimate (days)
ISLAMIC_EARLY, ISLAMIC_LATE = 1, 2

#: Islamic months: 1 Muharram, 3 Rabi al-Awwal, 9 Ramadan, 10 Shawwal, 12 Dhu al-Hijjah
MUHARRAM, RABI_I, RAMADAN, SHAWWAL, DHU_AL_HIJJAH = 1, 3, 9, 10, 12


def islamic_tabular(y: int, m: int, d: int) -> D:
    """Day ``d`` of month ``m`` of year AH ``y`` in the arithmetical (tabular, civil) Islamic
    calendar: 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29."""
    return D.fromordinal(_ISLAMIC_EPOCH - 1 + (y - 1) * 354 + (3 + 11 * y) // 30 + 29 * (m - 1) + m // 2 + d)


# sunset in Mecca, roughly (18:30 local = 15:30 UTC; it varies by about an hour in the year)
_MECCA_SUNSET_UTC = dt.time(15, 30)


def islamic_month_start(y: int, m: int) -> D:
    """The estimated first day of month ``m`` of AH ``y``: the day after the first sunset in
    Mecca at or after the month's astronomical new moon (what Saudi Arabia's Umm al-Qura
    calendar approximates). The lunation is the one nearest the tabular calendar's date. This
    is an ESTIMATE: where the month starts with a sighting of the crescent it may begin a day
    earlier or one or two days later (``ISLAMIC_EARLY``, ``ISLAMIC_LATE``)."""
    tab = islamic_tabular(y, m, 1)
    nm = new_moon_utc(lunation_near(tab - dt.timedelta(days=1)))
    sunset_day = nm.date() if nm.time() < _MECCA_SUNSET_UTC else nm.date() + dt.timedelta(days=1)
    return sunset_day + dt.timedelta(days=1)


def islamic_to_date(y: int, m: int, d: int) -> D:
    """The estimated Gregorian date of day ``d`` of month ``m`` of AH ``y`` (see
    ``islamic_month_start``; an estimate to within ``ISLAMIC_EARLY``/``ISLAMIC_LATE`` days).

    >>> islamic_to_date(1445, RAMADAN, 1)
    datetime.date(2024, 3, 11)
    """
    return islamic_month_start(y, m) + dt.timedelta(days=d - 1)


def islamic_month_span(y: int, m: int) -> tuple[D, D]:
    """The estimated first and last days of month ``m`` of AH ``y``."""
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return islamic_month_start(y, m), islamic_month_start(ny, nm) - dt.timedelta(days=1)


def islamic_in_year(m: int, d: int, g: int) -> list[D]:
    """The estimated dates in Gregorian year ``g`` of the Islamic day ``d`` ``m`` (one, or two
    in the years where the 354-day Islamic year fits twice, e.g. Eid al-Fitr in 2000)."""
    ah = (g - 622) * 33 // 32  # about the AH year beginning in g
    out = [islamic_to_date(h, m, d) for h in range(ah - 1, ah + 3)]
    return sorted(x for x in out if x.year == g)


# ---------------------------------------------------------------- Diwali

_IST = dt.timedelta(hours=5, minutes=30)
#: the Amavasya must still hold in the evening worship (pradosh, about 18:00-20:30 IST): a
#: new moon before this hour IST is the next day's, Diwali being the evening before
_EVENING = dt.time(20, 0)


def sun_longitude(moment: dt.datetime) -> float:
    """The sun's apparent tropical longitude in degrees at ``moment`` (naive UTC); Meeus
    ch. 25, low accuracy (about 0.01 degree, a quarter of an hour of the sun's motion)."""
    jd = (moment - dt.datetime(2000, 1, 1, 12)).total_seconds() / 86400 + 2451545.0
    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t
    c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * _sin(m) + (0.019993 - 0.000101 * t) * _sin(2 * m) + 0.000289 * _sin(3 * m)
    om = 125.04 - 1934.136 * t
    return (l0 + c - 0.00569 - 0.00478 * _sin(om)) % 360


def _sidereal_ingress(y: int, longitude: float, guess: dt.datetime) -> dt.datetime:
    """The moment (UTC) near ``guess`` in year ``y`` the sun reaches sidereal ``longitude``:
    its tropical longitude reaches that plus the Lahiri ayanamsa (23.853 degrees at 2000,
    growing 50.29 arc-seconds a year)."""
    target = (longitude + 23.853 + 0.013969 * (y - 2000)) % 360
    t = guess
    for _ in range(5):  # Newton steps at the sun's mean speed (0.9856 degree a day)
        diff = (target - sun_longitude(t) + 180) % 360 - 180
        t += dt.timedelta(days=diff / 0.9856)
    return t


def tula_sankranti(y: int) -> dt.datetime:
    """The moment (UTC) in October of year ``y`` the sun enters sidereal Libra (180 degrees)."""
    return _sidereal_ingress(y, 180, dt.datetime(y, 10, 17))


def meena_sankranti(y: int) -> dt.datetime:
    """The moment (UTC) in March of year ``y`` the sun enters sidereal Pisces (330 degrees)."""
    return _sidereal_ingress(y, 330, dt.datetime(y, 3, 14))


#: Holika Dahan is on the full moon's own day (IST) when the full moon falls after 15:00 IST,
#: else on the day before: fitted to the observed dates of 2015-2026, all twelve right
_HOLIKA_EVENING = dt.timedelta(hours=15)


def holi(y: int) -> D:
    """Holi (Dhulandi, the day of colours) in Gregorian year ``y``, APPROXIMATE to a day: the
    day after Holika Dahan, the evening of the Purnima (full-moon lunar day) of Phalguna,
    Phalguna being the lunar month (new moon to new moon) in which the sun enters sidereal
    Pisces (`meena_sankranti`). Holika Dahan is the full moon's day in IST when the full moon
    falls after 15:00 IST, else the day before: a threshold on the moment, not the almanacs'
    lunar-day reckoning, right for every year 2015-2026 (6 March 2015 ... 4 March 2026); in a
    year whose full moon falls near the threshold the value may be a day off, which the
    tagger's interval (+-1 day, mod APPROX) still holds.

    >>> holi(2016), holi(2022), holi(2023), holi(2026)
    (datetime.date(2016, 3, 24), datetime.date(2022, 3, 18), datetime.date(2023, 3, 8), datetime.date(2026, 3, 4))
    """
    ms = meena_sankranti(y)
    k = lunation_near(ms.date())
    if new_moon_utc(k) > ms:
        k -= 1  # the lunation that holds the sankranti begins with the new moon before it
    fm = full_moon_utc(k) + _IST
    dahan = (fm - _HOLIKA_EVENING).date()
    return dahan + dt.timedelta(days=1)


def diwali(y: int) -> D:
    """Diwali (Lakshmi Puja) in Gregorian year ``y``, APPROXIMATE to a day: the new moon
    (conjunction) that ends the lunar month in which the sun enters sidereal Libra
    (`tula_sankranti`; that month is Ashvin, Kartika where months end at full moon), dated
    by the evening in India on which the Amavasya (new-moon lunar day) holds: the day of a
    conjunction after 20:00 IST, else the day before. Almanacs differ by a day in close
    years (2024: 31 October for most, 1 November for some). The rule is a threshold on the
    conjunction's time, not the almanacs' lunar-day (tithi) reckoning: in years whose
    conjunction falls between about 17:30 and 20:30 IST the value can be a day early (2003,
    2004, 2013); the tagger's interval (+-1 day, mod APPROX) still holds the day observed.

    >>> diwali(2023)
    datetime.date(2023, 11, 12)
    """
    nm = new_moons_after(tula_sankranti(y), 1)[0] + _IST  # the conjunction in IST
    day = nm.date()
    return day if nm.time() >= _EVENING else day - dt.timedelta(days=1)


def purnima(y: int, longitude: int, after_hour: int = 6) -> D:
    """The full-moon day (Purnima) of the Hindu lunar month in which the sun enters sidereal
    ``longitude`` in Gregorian year ``y`` (months new moon to new moon: 210, Scorpio, is
    Kartika, whose full moon is Guru Nanak Jayanti; 30 Vaishakha, Buddha Purnima; 90 Ashadha,
    Guru Purnima; 120 Shravana, Raksha Bandhan), APPROXIMATE to a day: the full moon's own day
    in IST when it falls after ``after_hour`` (sunrise, 6, for a festival of the day the
    Purnima holds at sunrise; 13 for one kept in its afternoon), else the day before. Right for
    every date checked, 2016-2025 (Guru Nanak Jayanti, Buddha and Guru Purnima, Raksha
    Bandhan: 28 of 28).

    >>> purnima(2024, 210), purnima(2023, 120, 13)
    (datetime.date(2024, 11, 15), datetime.date(2023, 8, 30))
    """
    # the sun's tropical longitude is about 280 degrees on 1 January; the sidereal sign is
    # about 24 degrees behind it
    guess = dt.datetime(y, 1, 1) + dt.timedelta(days=((longitude + 24 - 280) % 360) / 0.9856)
    ingress = _sidereal_ingress(y, longitude, guess)
    k = lunation_near(ingress.date())
    if new_moon_utc(k) > ingress:
        k -= 1  # the lunation that holds the ingress begins with the new moon before it
    fm = full_moon_utc(k) + _IST
    return fm.date() if fm.hour >= after_hour else fm.date() - dt.timedelta(days=1)


# ---------------------------------------------------------------- lexicon specs


def is_spec(spec: str) -> bool:
    """Is a lexicon holiday spec one of this module's ("hebrew:7:1", "islamic:9:*",
    "lunar_new_year:8", "diwali")?"""
    return all(part.split("@")[0].split(":")[0] in ("hebrew", "islamic", "lunar_new_year", "diwali", "holi", "purnima") for part in spec.split("|"))


@lru_cache(maxsize=1024)
def occurrences(spec: str, g: int) -> tuple[tuple[D, D, D], ...]:
    """The occurrences of a holiday spec in Gregorian year ``g``, each as (value day,
    earliest, latest). Specs: "hebrew:M:D" (exact), "islamic:M:D" (estimate, widened by
    ``ISLAMIC_EARLY``/``ISLAMIC_LATE``), "islamic:M:*" (the whole month: its estimated first
    to last day, widened likewise; the value day is the first), "lunar_new_year:H" (exact;
    H = the country's UTC offset in hours), "diwali", "holi" and "purnima:L[:H]" (estimates,
    +-1 day); "<spec>@K" is the
    day K days after (before, for K < 0): "lunar_new_year:8@-1", the New Year's Eve. (An
    occurrence shifted across the year's end stays with its holiday's year.) "A|B": the
    occurrences of either."""
    if "|" in spec:  # either of two holidays ("islamic:10:1|islamic:12:10": a bare "Eid")
        return tuple(sorted(o for part in spec.split("|") for o in occurrences(part, g)))
    spec, _, shift = spec.partition("@")
    if shift:
        k = dt.timedelta(days=int(shift))
        return tuple((d + k, lo + k, hi + k) for d, lo, hi in occurrences(spec, g))
    kind, *rest = spec.split(":")
    one = dt.timedelta(days=1)
    if kind == "hebrew":
        return tuple((d, d, d) for d in hebrew_in_year(int(rest[0]), int(rest[1]), g))
    if kind == "islamic":
        m = int(rest[0])
        early, late = dt.timedelta(days=ISLAMIC_EARLY), dt.timedelta(days=ISLAMIC_LATE)
        if rest[1] == "*":
            out = []
            for first in islamic_in_year(m, 1, g):
                ah = _ah_of(first, m)
                a, b = islamic_month_span(ah, m)
                out.append((a, a - early, b + late))
            return tuple(out)
        return tuple((d, d - early, d + late) for d in islamic_in_year(m, int(rest[1]), g))
    if kind == "lunar_new_year":
        d = lunar_new_year(g, int(rest[0]) if rest else 8)
        return ((d, d, d),)
    if kind == "diwali":
        d = diwali(g)
        return ((d, d - one, d + one),)
    if kind == "holi":
        d = holi(g)
        return ((d, d - one, d + one),)
    if kind == "purnima":  # "purnima:L" or "purnima:L:H" (see `purnima`)
        d = purnima(g, int(rest[0]), int(rest[1]) if len(rest) > 1 else 6)
        return ((d, d - one, d + one),)
    raise ValueError(f"not a calendar spec: {spec!r}")


def _ah_of(first: D, m: int) -> int:
    """The AH year whose month ``m`` begins on ``first``."""
    ah = (first.year - 622) * 33 // 32
    return min(range(ah - 2, ah + 3), key=lambda h: abs((islamic_tabular(h, m, 1) - first).days))
