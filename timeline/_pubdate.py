"""Publication dates: spot one in an article's first lines, or parse one given in a manifest.

Header detection is a fixed set of regular expressions over the first few non-empty
lines, built once from ``resources/header_dates_en.toml``; a line qualifies only when it
is short and mostly a date (plus labels, a byline, a dateline), so dates inside body
sentences are never taken. Nothing here looks at the clock.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline._ellipsis import ellipsize

__all__ = ["HeaderDate", "find_header_date", "parse_date_value", "DateValueError"]

_RESOURCE = Path(__file__).parent / "resources" / "header_dates_en.toml"

#: how many non-empty lines at the top of an article are searched
HEADER_LINES = 6
#: lines longer than this are never "mostly a date" (only a leading label + date counts)
_MAX_LINE = 160
#: at most this many leftover words (capitalised: places, agencies, names) on a date line
_MAX_LEFTOVER = 3
_MIN_YEAR, _MAX_YEAR = 1800, 2200


class DateValueError(ValueError):
    """A given date value is not a usable publication date (message says why)."""


@dataclass(frozen=True, slots=True)
class HeaderDate:
    value: _dt.date | _dt.datetime
    start: int  # offsets of the date as written, into the article text
    end: int
    line_start: int  # offsets of the whole header line
    line_end: int
    label: str  # "published" | "updated" | "" (no label)
    rest: str  # text after the date on a labelled line (often the headline), else ""


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    with _RESOURCE.open("rb") as f:
        data = tomllib.load(f)
    lex = data["lexicon"]
    months = {k.lower(): int(v) for k, v in data["months"].items()}
    tz_offsets = {k.lower(): int(v) for k, v in data.get("tz_offsets", {}).items()}

    M = rf"(?:{_alt(list(months))})\.?"
    W = rf"(?:{_alt(lex['weekdays'])})\.?,?"
    D = r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
    Y = r"(?:1[89][0-9]{2}|2[0-9]{3})"
    TZ = rf"(?:{_alt(lex['timezones'])})"
    ampm = r"(?:\s*[ap]\.?\s?m\b\.?)"
    T = (
        rf"(?P<hh>[01]?[0-9]|2[0-3])[:.h](?P<mi>[0-5][0-9])(?::(?P<ss>[0-5][0-9]))?(?P<ap>{ampm})?"
        rf"(?:\s*\(?(?P<tz>{TZ}|(?:GMT|UTC)?[+-][0-9]{{1,2}}(?::?[0-9]{{2}})?)\)?(?![\w]))?"
    )
    date_forms = (
        # 2024-07-14, 2024-07-14T10:00:00Z, 2024-07-14 10:00+02:00
        rf"(?P<iy>{Y})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9])"
        r"(?:[T ](?P<ih>[0-2][0-9]):(?P<imi>[0-5][0-9])(?::(?P<is>[0-5][0-9])(?:[.,][0-9]+)?)?"
        r"(?P<itz>Z|[+-][0-2][0-9]:?[0-5][0-9])?)?",
        # 2024/07/14, 2024.07.14
        rf"(?P<sy>{Y})[/.](?P<sm>[01]?[0-9])[/.](?P<sd>[0-3]?[0-9])",
        # Sun Jul 14 2024, July 14, 2024, Sunday, July 14th, 2024
        rf"(?:{W}\s+)?(?P<m1>{M})\s+(?P<d1>{D}),?\s+(?P<y1>{Y})",
        # 14 July 2024, Sunday 14th of July, 2024
        rf"(?:{W}\s+)?(?:the\s+)?(?P<d2>{D})(?:\s+of)?\s+(?P<m2>{M}),?\s+(?P<y2>{Y})",
        # 14/07/2024, 7/14/2024, 14.07.2024 (only when the day/month order is unambiguous)
        rf"(?P<na>[0-3]?[0-9])[/.-](?P<nb>[0-3]?[0-9])[/.-](?P<nc>{Y})",
    )
    date_re = rf"(?<![\w/.-])(?:{'|'.join(f'(?:{f})' for f in date_forms)})(?![\w/-]|\.[0-9])"
    time_tail = rf"(?:\s*(?:,|\bat\b|-|–|—|\||·|•)?\s*{T})?"
    full = re.compile(date_re + time_tail, re.IGNORECASE)

    labels = _alt(lex["labels"])
    updates = _alt(lex["update_labels"])
    label_re = re.compile(
        rf"^[\s\W]*(?:(?P<pub>{labels})|(?P<upd>{updates}))\b(?:\s*(?:on|at))?\s*[:\-–—|]?\s*(?:{W}\s+)?",
        re.IGNORECASE,
    )
    byline_re = re.compile(
        rf"^[\s\W]*(?:{_alt(lex['byline'])})\s+((?:[^\s|/·•—–,]+\s*){{1,{int(lex['byline_max_words'])}}})",
        re.IGNORECASE,
    )
    ignorable = {w.lower() for w in lex["filler"]}
    ignorable |= {w.lower() for w in lex["labels"] for w in w.split()}
    ignorable |= {w.lower() for w in lex["update_labels"] for w in w.split()}
    ignorable |= {w.lower() for w in lex["weekdays"]} | {w.lower() for w in lex["timezones"]}
    ignorable |= set(months)
    return {
        "months": months,
        "tz_offsets": tz_offsets,
        "date": full,
        "label": label_re,
        "byline": byline_re,
        "ignorable": frozenset(ignorable),
    }


_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def _build(m: re.Match[str], months: dict[str, int], tz_offsets: dict[str, int]) -> _dt.date | _dt.datetime | None:
    """The date (or datetime) a match of the date regex stands for; None if impossible."""
    g = m.groupdict()
    try:
        if g["iy"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            day = _dt.date(y, mo, d)
            if g["ih"] is None:
                return day
            tz = None
            if g["itz"]:
                tz = _dt.UTC if g["itz"].upper() == "Z" else _offset(g["itz"])
            sec = int(g["is"]) if g["is"] else 0
            return _dt.datetime(y, mo, d, int(g["ih"]), int(g["imi"]), sec, tzinfo=tz)
        if g["sy"]:
            day = _dt.date(int(g["sy"]), int(g["sm"]), int(g["sd"]))
        elif g["m1"]:
            day = _dt.date(int(g["y1"]), months[g["m1"].rstrip(".").lower()], int(re.match(r"\d+", g["d1"])[0]))
        elif g["m2"]:
            day = _dt.date(int(g["y2"]), months[g["m2"].rstrip(".").lower()], int(re.match(r"\d+", g["d2"])[0]))
        else:
            a, b, y = int(g["na"]), int(g["nb"]), int(g["nc"])
            if a > 12 and b <= 12:
                day = _dt.date(y, b, a)
            elif b > 12 and a <= 12:
                day = _dt.date(y, a, b)
            elif a == b:
                day = _dt.date(y, a, b)
            else:
                return None  # 05/06/2024: day-month order unknown, refuse to guess
    except (ValueError, KeyError):
        return None  # February 30 and the like
    if g.get("hh") is None:
        return day
    hh, mi = int(g["hh"]), int(g["mi"])
    ap = (g.get("ap") or "").strip().lower()
    if ap:
        if not 1 <= hh <= 12:
            return day
        hh = hh % 12 + (12 if ap.startswith("p") else 0)
    tz = None
    if g.get("tz"):
        t = g["tz"].lower()
        if t in tz_offsets:
            tz = _dt.timezone(_dt.timedelta(hours=tz_offsets[t])) if tz_offsets[t] else _dt.UTC
        elif re.search(r"[+-]", t):
            tz = _offset(re.sub(r"^(gmt|utc)", "", t))
    sec = int(g["ss"]) if g.get("ss") else 0
    return _dt.datetime(day.year, day.month, day.day, hh, mi, sec, tzinfo=tz)


def _offset(s: str) -> _dt.timezone:
    sign = -1 if s[0] == "-" else 1
    digits = s[1:].replace(":", "")
    hours = int(digits[:2]) if len(digits) >= 3 else int(digits)
    minutes = int(digits[2:4]) if len(digits) >= 3 else 0
    if hours > 14 or minutes > 59:
        raise ValueError(f"bad UTC offset {s!r}")
    delta = _dt.timedelta(hours=hours, minutes=minutes)
    return _dt.UTC if not delta else _dt.timezone(sign * delta)


def _in_range(v: _dt.date) -> bool:
    return _MIN_YEAR <= v.year <= _MAX_YEAR


def _header_lines(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``n`` non-empty lines, found without splitting the whole text."""
    out: list[tuple[int, int]] = []
    pos, size = 0, len(text)
    while pos < size and len(out) < n:
        nl = text.find("\n", pos)
        end = size if nl < 0 else nl
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = end + 1
    return out


def find_header_date(text: str, *, lines: int = HEADER_LINES) -> HeaderDate | None:
    """The publication date stated in the first ``lines`` non-empty lines, or None.

    A line is a date line when it starts with a label (``Published:``, ``date``...) followed
    by a date, or when it holds a date and, besides a byline, labels and time of day, at
    most three other words, all capitalised (a dateline: ``GAZA CITY, July 14, 2024 (AFP)``).
    A publication label beats no label, which beats an ``Updated`` label; then the first line wins.
    """
    lex = _lexicon()
    best: tuple[int, HeaderDate] | None = None
    for ls, le in _header_lines(text, lines):
        found = _date_line(text, ls, le, lex)
        if found is None:
            continue
        rank = {"published": 0, "": 1, "updated": 2}[found.label]
        if best is None or rank < best[0]:
            best = (rank, found)
            if rank == 0:
                break
    return None if best is None else best[1]


def _date_line(text: str, ls: int, le: int, lex: dict[str, Any]) -> HeaderDate | None:
    line = text[ls : min(le, ls + 4 * _MAX_LINE)]
    lm = lex["label"].match(line)
    if lm:
        m = lex["date"].match(line, lm.end())
        if m:
            value = _build(m, lex["months"], lex["tz_offsets"])
            if value is not None and _in_range(value):
                label = "published" if lm.group("pub") else "updated"
                rest = line[m.end() :].strip(" \t\r|-–—·•,:;")
                return HeaderDate(value, ls + m.start(), ls + m.end(), ls, le, label, rest)
    if le - ls > _MAX_LINE:
        return None
    for m in lex["date"].finditer(line):
        value = _build(m, lex["months"], lex["tz_offsets"])
        if value is None or not _in_range(value):
            continue
        leftover = line[: m.start()] + " " + line[m.end() :]
        bm = lex["byline"].match(line[: m.start()])
        if bm:  # "By Jane Doe // " : the name is not leftover text
            leftover = line[bm.end() : m.start()] + " " + line[m.end() :]
        words = [w.rstrip(".") for w in _WORD.findall(leftover)]
        words = [w for w in words if w and w.lower() not in lex["ignorable"]]
        if len(words) <= _MAX_LEFTOVER and all(w[0].isupper() for w in words):
            label = "published" if (lm and lm.group("pub")) else ("updated" if lm else "")
            return HeaderDate(value, ls + m.start(), ls + m.end(), ls, le, label, "")
        return None  # a sentence that happens to contain a date
    return None


# -- dates given as values (manifest cells, table columns) --------------------------------

_RELATIVE = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|now|ago|last|next|this|recently|hence|since|"
    r"earlier|later|hours?|minutes?|days?|weeks?)\b",
    re.IGNORECASE,
)


def parse_date_value(value: Any) -> _dt.date | _dt.datetime | None:
    """A publication date given as a value; None for a missing value.

    Accepts ``date``/``datetime`` (pandas ``Timestamp`` too), ISO 8601 strings, the header
    forms above, and other absolute free-form dates (through dateparser). Refuses numbers,
    relative expressions ("yesterday", "2 days ago") and anything that would depend on
    today's date: raises `DateValueError` saying why.
    """
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    if type(value).__name__ in ("NaTType",):
        return None
    if isinstance(value, _dt.datetime):
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        if value.tzinfo is None and value.time() == _dt.time(0):
            value = value.date()
        _check_range(value)
        return value
    if isinstance(value, _dt.date):
        _check_range(value)
        return value
    if isinstance(value, (bool, int, float)):
        raise DateValueError(f"{value!r} is a number, not a date; write dates as ISO 8601, e.g. 2024-07-14")
    if not isinstance(value, str):
        raise DateValueError(f"{type(value).__name__} {value!r} is not a date")
    s = value.strip()
    if not s:
        return None
    try:
        v: _dt.date | _dt.datetime = _dt.date.fromisoformat(s)
    except ValueError:
        try:
            v = _dt.datetime.fromisoformat(s)
        except ValueError:
            v = None  # type: ignore[assignment]
    if v is not None:
        if isinstance(v, _dt.datetime) and v.tzinfo is None and v.time() == _dt.time(0) and "T" not in s and ":" not in s:
            v = v.date()
        _check_range(v)
        return v
    lex = _lexicon()
    m = lex["date"].fullmatch(s.rstrip("."))
    if m:
        built = _build(m, lex["months"], lex["tz_offsets"])
        if built is None:
            raise DateValueError(f"{s!r} is not a valid calendar date (or its day/month order is ambiguous)")
        _check_range(built)
        return built
    if _RELATIVE.search(s):
        raise DateValueError(
            f"{s!r} is relative to the day it is read; give the publication date itself, e.g. 2024-07-14"
        )
    if len(s) > 100 or not re.search(r"[0-9]", s):
        raise DateValueError(f"{ellipsize(s)!r} is not a date with a day, month and year")
    return _dateparser(s)


def _check_range(v: _dt.date) -> None:
    if not _in_range(v):
        raise DateValueError(f"year {v.year} is outside {_MIN_YEAR}-{_MAX_YEAR}: not a plausible publication date")


def _dateparser(s: str) -> _dt.date | _dt.datetime:
    """Free-form absolute dates through dateparser; refuses what depends on today's date."""
    import dateparser  # heavy: loaded only for dates the fast paths did not understand

    def parse(base: _dt.datetime) -> _dt.datetime | None:
        return dateparser.parse(
            s,
            settings={
                "RELATIVE_BASE": base,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["custom-formats", "absolute-time"],
                "RETURN_AS_TIMEZONE_AWARE": False,
                "STRICT_PARSING": True,
            },
        )

    try:
        a = parse(_dt.datetime(2001, 2, 3, 4, 5, 6))
        if a is None:
            raise DateValueError(f"{s!r} is not a date with a day, month and year")
        b = parse(_dt.datetime(2011, 12, 13, 14, 15, 16))
    except DateValueError:
        raise
    except Exception as exc:  # dateparser raises a variety of internal errors on odd input
        raise DateValueError(f"{s!r} could not be read as a date ({type(exc).__name__})") from None
    if a != b:
        raise DateValueError(f"{s!r} depends on today's date; give the publication date itself, e.g. 2024-07-14")
    _check_range(a)
    has_time = bool(re.search(r"\d[:h.]\d\d", s))
    return a if has_time else a.date()
