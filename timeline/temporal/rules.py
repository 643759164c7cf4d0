"""Productions: what each grammar rule's match means, resolved against the context.

Each production takes the rule's match (on the lower-cased text) and the
document context (reference date, clause tense, what the text already dated)
and returns a `Res` (optionally with a trimmed span), or None to reject the
candidate so that a shorter rule may take the place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from timeline.temporal import resolve as R
from timeline.temporal.grammar import numeral, spoken_year
from timeline.temporal.resolve import Res

D = dt.date
Out = Res | tuple[Res, int, int] | tuple[str, int] | list[tuple[Res, int, int]] | None

#: a production may return (SKIP, end) to consume a span without a mention ("6-year-old")
SKIP = "skip"

_UNIT_GRAN = {"S": "second", "M": "month", "H": "hour", "D": "day", "W": "week", "WE": "weekend", "Q": "quarter",
              "Y": "year", "DE": "decade", "CE": "century", "ML": "millennium", "W2": "week"}
_DIR_PAST = {"ago", "earlier", "before", "previously", "back"}
_POS_MOD = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "mid-": "MID"}
_PREP_BEFORE_BARE_UNIT = {"for", "over", "within", "in", "than", "after", "took", "take", "takes", "taken", "lasted",
                          "spent", "spend", "spending", "last", "lasting", "through", "throughout", "during", "from"}
_RE_PREV_WORD = re.compile(r"([A-Za-z']+)\W*$")
_RE_NEXT_WORD = re.compile(r"^[\s\"“”'’]*([A-Za-z']+)")
_RE_RATE = re.compile(r"(?:%|\bpercent|\bcents?|\bdollars?|\$[\d,.]+(?:\s+(?:million|billion|trillion))?|[\d,.]+\s+[a-z]+|\d)\s*$")
_RE_SET_CUE = re.compile(r"(?:\btimes|\bonce|\btwice|\bthrice|%|\bpercent|\bcents?|\bdollars?|\$[\d,.]+(?:\s+(?:million|billion|trillion))?|\d)\s*$")


class Ctx:
    """What productions may consult: the text, reference date, tense and discourse state."""

    def __init__(self, text: str, low: str, ref: D | None, grammar: Any, tense: Callable[[str, int, int], str | None]):
        self.text = text
        self.low = low
        self.ref = ref
        self.g = grammar
        self.lex = grammar.lex
        self._tense = tense
        self.last_date: Res | None = None  # latest mention placed on the calendar
        self.last_quarter: tuple[int, int] | None = None
        self.s = 0
        self.e = 0
        self.tables = _tables(grammar.lex)

    def tense(self) -> str | None:
        return self._tense(self.text, self.s, self.e)

    def norm(self, s: str | None) -> str:
        """Whitespace-normalised words, mapped through the lexicon's ``[canonical]`` table,
        so that productions compare role words ("last", "the past", "early") whatever
        the language wrote them as."""
        n = _norm(s)
        canon = self.tables["canonical"]
        if not canon or not n:
            return n
        if n in canon:
            return canon[n]
        return " ".join(canon.get(w, w) for w in n.split(" "))

    def prev_word(self, pos: int | None = None) -> str:
        pos = self.s if pos is None else pos
        m = _RE_PREV_WORD.search(self.low, max(0, pos - 40), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int | None = None) -> str:
        pos = self.e if pos is None else pos
        m = _RE_NEXT_WORD.match(self.low[pos : pos + 40])
        return m.group(1) if m else ""

    def next_char(self) -> str:
        rest = self.text[self.e : self.e + 3].lstrip(" ")
        return rest[:1]

    def cap(self, low_pos: int) -> bool:
        """Is the original character at this offset upper-case (proper month/weekday names)?"""
        return self.text[low_pos : low_pos + 1].isupper()

    def ref_anchor(self) -> str | None:
        return f"reference:{self.ref.isoformat()}" if self.ref else None


_TABLE_CACHE: dict[int, dict[str, Any]] = {}


def _tables(lex: Any) -> dict[str, Any]:
    key = id(lex)
    if key not in _TABLE_CACHE:
        cond = lex.table("reference_word_conditions")
        _TABLE_CACHE[key] = {
            "canonical": lex.table("canonical"),
            "months": lex.table("months"),
            "weekdays": lex.table("weekdays"),
            "units": lex.table("units"),
            "qmods": lex.table("quantity_mods"),
            "pmods": {k.replace(" ", ""): v for k, v in lex.table("position_mods").items()},
            "pods": lex.table("parts_of_day"),
            "deictic": lex.table("deictic_days"),
            "deictic_parts": lex.table("day_parts_deictic"),
            "seasons": lex.table("seasons"),
            "ordinals": lex.table("ordinals"),
            "sets": lex.table("sets"),
            "refwords": lex.table("reference_words"),
            "holidays": lex.table("holidays"),
            "ambiguous": lex.table("ambiguous_months"),
            "stop_after_number": set(lex.words("stop_after_number")),
            "current_not_before": set(cond.get("current_not_before", [])),
            "last": set(lex.table("relations").get("last", [])),
            "next": set(lex.table("relations").get("next", [])),
        }
    return _TABLE_CACHE[key]


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s).replace("’", "'") if s else ""


def _pmod(c: Ctx, s: str | None) -> str | None:
    if not s:
        return None
    return c.tables["pmods"].get(c.norm(s).replace(" ", "").strip(), None) or _POS_MOD.get(c.norm(s).strip())


def _dir_of(rel: str, c: Ctx) -> int:
    r = c.norm(rel).replace("the ", "")
    if r in c.tables["last"] or r == "this past":
        return -1
    if r in c.tables["next"] or r == "this coming":
        return 1
    return 0


def _unres(value: str, gran: str, type_: str = "DATE", note: str = "no reference date") -> Res:
    return Res(type_, value, gran, note=note)


def _anchored(r: Res, c: Ctx) -> Res:
    return r.with_(anchor=c.ref_anchor())


# ---------------------------------------------------------------- absolute dates


def p_iso_date(m: re.Match[str], c: Ctx) -> Out:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        day = D(y, mo, d)
    except ValueError:
        return None
    if m["hh"]:
        return R.clock(day, int(m["hh"]), int(m["mi"]))
    return R.day(day)


def p_compact_date(m: re.Match[str], c: Ctx) -> Out:
    # "20240714": no time part (the pattern has no hh group, so p_iso_date cannot be reused)
    try:
        return R.day(D(int(m["y"]), int(m["m"]), int(m["d"])))
    except ValueError:
        return None


def p_numeric_date(m: re.Match[str], c: Ctx) -> Out:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) >= 50 else 2000 + int(ys))
    for mo, d in ((a, b), (b, a)):  # US month/day first, then day/month
        try:
            return R.day(D(y, mo, d))
        except ValueError:
            continue
    return None


def p_year_range(m: re.Match[str], c: Ctx) -> Out:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else int(str(y1)[:2] + y2s)
    if not y1 < y2 <= y1 + 100:
        return None
    # TimeML tags the two ends separately; the tagger splits this span (see tagger._split_range)
    return Res("DATE", f"{y1:04d}", "year", D(y1, 1, 1), D(y2, 12, 31), note=f"range:{y2:04d}")


def _year_for_md(c: Ctx, mo: int, d: int, wd: int | None) -> int | None:
    if c.ref is None:
        return None
    if wd is not None:  # "Sunday, July 14": the year whose date falls on that weekday, nearest the reference
        for k in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
            y = c.ref.year + k
            try:
                if D(y, mo, d).isoweekday() == wd:
                    return y
            except ValueError:
                continue
    return R.month_day_year(c.ref, mo, d, c.tense())


def _names_event(c: Ctx, start: int) -> bool:
    """ "the October 7 attack", "their Oct. 7 raid": a date used as a name for an event."""
    pw = c.prev_word(start)
    if pw not in ("the", "their", "his", "her", "its", "our", "this", "that", "last", "hamas'", "israel's"):
        return False
    nxt = re.match(r"\s+([a-z][a-z-]+)", c.text[c.e : c.e + 30])
    return bool(nxt) and nxt.group(1) not in ("and", "to", "or", "through", "until", "at", "in", "on", "of", "is", "was")


def _year_for_md_tense(c: Ctx, mo: int, d: int, tense: str) -> int | None:
    return R.month_day_year(c.ref, mo, d, tense) if c.ref else None


def p_month_day(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("mon")):
        return None
    g = m.groupdict()
    mo = c.tables["months"][c.norm(m["mon"])]
    d = int(g.get("d")) if g.get("d") else c.tables["ordinals"].get(c.norm(g.get("dw")), 0)
    if not 1 <= d <= 31:
        return None
    wd = c.tables["weekdays"].get(c.norm(g.get("wd"))) if g.get("wd") else None
    if g.get("wd") and not c.cap(m.start("wd")):
        return None
    if g.get("y"):
        y: int | None = int(g.get("y"))
        anchor = None
    elif _names_event(c, m.start("mon") if not g.get("wd") else c.s):
        y = _year_for_md_tense(c, mo, d, "past")  # "the October 7 attack": a known event
        anchor = c.ref_anchor()
    else:
        y = _year_for_md(c, mo, d, wd)
        anchor = c.ref_anchor()
        if y is None:
            if c.ref is None:
                if d > 29 and mo == 2 or d > 30 and mo in (4, 6, 9, 11):
                    return None
                return _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
            return None
    try:
        day = D(y, mo, d)
    except ValueError:
        return Res("DATE", f"{y:04d}-{mo:02d}", "month", *_month_bounds(y, mo), note=f"no day {d} in {y}-{mo:02d}")
    r = R.day(day).with_(anchor=anchor)
    pm = _pmod(c, g.get("pmod"))
    if pm:
        r = r.with_(mod=pm)
    if g.get("d2"):
        d2 = int(g.get("d2"))
        try:
            second = R.day(D(y, mo, d2)).with_(anchor=anchor)
        except ValueError:
            second = None
        if second is not None and d < d2:
            if g.get("sep") in ("-", "–"):  # "July 14-15": one expression covering both days
                return r.with_(latest=second.latest, note=f"range to {second.value}")
            # "April 24 and 25": TimeML tags the two days separately
            return [(r, c.s, m.end("d") if g.get("d") else m.end("dw")), (second, m.start("d2"), m.end("d2"))]
    if g.get("time"):
        t = _clock_parts(g.get("time"))
        if t:
            r2 = R.part_of_day(day, t) if isinstance(t, str) else R.clock(day, *t)
            return r2.with_(anchor=anchor)
    return r


def _month_bounds(y: int, mo: int) -> tuple[D, D]:
    r = R.month(y, mo)
    return r.earliest, r.latest


def p_day_month(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("mon")):
        return None
    if m["wd"] and not c.cap(m.start("wd")):
        return None
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    # "the 14 July" style must not swallow "92 dead in March": require a year, a weekday or an ordinal suffix
    # unless the number directly precedes the month ("14 July")
    return p_month_day(m, c)


#: words before a bare "May"/"March" that make it the month whatever follows
_MONTH_PREPS = {"in", "since", "until", "till", "by", "during", "from", "through", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "between", "and", "or", "to"}


def p_month(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("mon")):
        return None
    key = c.norm(m["mon"])
    mo = c.tables["months"][key]
    rel, y = c.norm(m["rel"]), m["y"]
    if m["yrel"]:
        y = _year_phrase(c, m["yrel"])
        if y is None:
            return _unres(f"XXXX-{mo:02d}", "month")
    elif m["yw"]:
        y = spoken_year(m["yw"], c.lex)
        if y is None:
            return None
    elif not y and re.match(r"\s+[0-3]?\d(?!\d)", c.low[c.e : c.e + 4]):
        return None  # "last Oct. 23": the month-day rule takes it from the month on
    mod = _pmod(c, m["pmod"])
    if not y and not rel and not mod:
        if len(key) <= 4 and key not in ("may", "june", "july"):
            return None  # "Jan", "Dec." alone are names or abbreviations of something else
        amb = c.tables["ambiguous"].get(key)
        if amb is not None and c.prev_word() not in _MONTH_PREPS:
            nxt = c.next_word()
            if nxt in amb or c.low[c.e : c.e + 1] == "-":
                return None
            pw = c.prev_word()
            if not pw or c.text[max(0, c.s - 2) : c.s].strip() in (".", "") and c.s > 0 and c.text[c.s - 2 : c.s - 1] in ".!?\n":
                # sentence-initial "May" followed by a verb-like word: the modal
                if nxt.endswith(("s", "ed")) or nxt in ("be", "have", "not"):
                    return None
    if y:
        r = R.month(int(y), mo)
    elif c.ref is None:
        return _unres(f"XXXX-{mo:02d}", "month")
    else:
        ref = c.ref
        if rel:
            d = _dir_of(rel, c)
            if d < 0:
                yy = ref.year if mo < ref.month else ref.year - 1
            elif d > 0:
                yy = ref.year if mo > ref.month else ref.year + 1
            else:
                yy = ref.year
        else:
            yy = R.month_year(ref, mo, c.tense())
        r = _anchored(R.month(yy, mo), c)
    if mod:
        r = R.apply_position(r, mod)
    return r


def p_year(m: re.Match[str], c: Ctx) -> Out:
    y = int(m["y"])
    fiscal, mod = m["fiscal"], _pmod(c, m["pmod"])
    if not fiscal and not mod:
        nxt = c.next_word()
        if nxt in c.tables["stop_after_number"] or c.next_char() == "%":
            return None
        if c.text[c.e : c.e + 1] == "-":
            return None
        pw = c.prev_word()
        if pw in ("no", "number", "flight", "route", "room", "page", "bus", "interstate", "highway", "paragraph",
                  "article", "resolution", "section", "rule", "code", "model", "version", "at"):
            return None
        if c.s > 0 and c.text[c.s - 1 : c.s] in ("-", "–", ":"):
            return None
        if not 1600 <= y <= 2100:
            return None
    r = R.year(y)
    if m["orlater"]:
        t = c.norm(m["orlater"])
        r = r.with_(mod="ON_OR_AFTER" if ("later" in t or "after" in t or "beyond" in t) else "ON_OR_BEFORE")
    if mod:
        r = R.apply_position(r, mod)
    return r


def p_year_words(m: re.Match[str], c: Ctx) -> Out:
    y = spoken_year(m["yw"], c.lex)
    if y is None:
        return None
    r = R.year(y)
    mod = _pmod(c, m["pmod"])
    return R.apply_position(r, mod) if mod else r


def p_decade_words(m: re.Match[str], c: Ctx) -> Out:
    k = c.lex.table("year_words").get("decades", {}).get(m["w"])
    if k is None:
        return None
    r = R.decade(1900 + 10 * k)
    mod = _POS_MOD.get((m["pmod"] or "").rstrip("-"))
    return R.apply_position(r, mod) if mod else r


def p_year_apos(m: re.Match[str], c: Ctx) -> Out:
    yy = int(m["yy"])
    pw = c.prev_word()
    if pw not in ("in", "of", "since", "until", "by", "fiscal", "from", "to", "and", "summer", "spring", "fall", "winter", "class"):
        return None
    return R.year((1900 if yy >= 30 else 2000) + yy)


def p_decade(m: re.Match[str], c: Ctx) -> Out:
    cc = m["c"]
    if not cc:
        return None
    dd = int(m["dd"])
    y = (1900 if cc == "'" else int(cc) * 100) + dd * 10
    r = R.decade(y)
    mod = _pmod(c, m["pmod"])
    return R.apply_position(r, mod) if mod else r


def p_century(m: re.Match[str], c: Ctx) -> Out:
    n = m["n"]
    k = int(re.sub(r"\D", "", n)) if n[0].isdigit() else c.tables["ordinals"].get(c.norm(n))
    if not k or k > 21:
        return None
    r = R.century(k - 1)
    mod = _pmod(c, m["pmod"])
    return R.apply_position(r, mod) if mod else r


# ---------------------------------------------------------------- quarters, halves, seasons

_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}


def _year_phrase(c: Ctx, s: str | None) -> int | None:
    s = c.norm(s)
    if not s:
        return None
    if s[:4].isdigit():
        return int(s[:4])
    if c.ref is None:
        return None
    if s.startswith("this year") or s.startswith("the year"):
        return c.ref.year
    if s.startswith("last year"):
        return c.ref.year - 1
    if s.startswith("next year"):
        return c.ref.year + 1
    return None


def p_quarter(m: re.Match[str], c: Ctx) -> Out:
    q = _QORD[c.norm(m["q"])]
    yr = c.norm(m["yr"])
    det = c.norm(m["det"])
    start = c.s
    hyphen_adj = c.low[m.end("q") : m.end("q") + 1] == "-" and not (m["y2"] or m["y3"])
    if det in ("a", "its", "their", "that") or (hyphen_adj and det == "the"):
        start = m.start("yr") if m["yr"] else m.start("q")
        # keep "fiscal" inside the span
        pre = c.low[start - 7 : start]
        if pre.endswith("fiscal "):
            start -= 7
    y = _year_phrase(c, m["y2"] or m["y3"]) or (_year_phrase(c, yr) if yr and not yr.startswith("year") else None)
    if y is None:
        if c.ref is None:
            return (_unres(f"XXXX-Q{q}", "quarter"), start, c.e)
        if det in ("last",) and not yr:
            y = c.ref.year - 1 if q >= (c.ref.month - 1) // 3 + 1 else c.ref.year
        elif det == "next" and not yr:
            y = c.ref.year + 1 if q <= (c.ref.month - 1) // 3 + 1 else c.ref.year
        else:
            y = R.quarter_year(c.ref, q, c.tense())
        if yr.startswith("year"):
            y -= 1
    r = R.quarter(y, q)
    if not yr.startswith("year"):
        c.last_quarter = (y, q)
    return (r.with_(anchor=c.ref_anchor()) if not (m["y2"] or m["y3"] or (yr and yr[:1].isdigit())) else r, start, c.e)


def _shift_q(y: int, q: int, k: int) -> tuple[int, int]:
    n = y * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


_RE_ENDED = re.compile(r"\s+(?:which\s+)?(?:ended|ending|ends|that\s+ended)\s+([A-Z][a-z]+\.?)\s+\d")


def p_quarter_rel(m: re.Match[str], c: Ctx) -> Out:
    det, which, what = c.norm(m["det"]), c.norm(m["which"]), m["what"]
    yrs, ago = c.norm(m["yrs"]), bool(m["ago"])
    mid = c.norm(c.low[m.start("what") - 14 : m.start("what")])
    if "year-earlier" in mid or "year-ago" in mid:
        which = "year-earlier"
    if ago or yrs.startswith(("last", "a year")):
        which = "year-earlier"
    elif yrs.startswith("this"):
        which = "same"
    if which[:1].isdigit():  # "the 1988 period": that year's quarter under discussion
        if c.last_quarter is None and what == "period":
            return None
        q = c.last_quarter[1] if c.last_quarter else 0
        return R.quarter(int(which), q) if q else R.year(int(which))
    if what == "period" and not (ago or yrs) and which not in (
        "latest", "year-earlier", "year-ago", "same", "current", "just-ended", "just ended", "corresponding", "comparable"
    ):
        return None
    if which in ("corresponding", "comparable") and not ago:
        which = "same"
    if c.ref is None:
        return _unres("XXXX-QX", "quarter")
    cur = (c.ref.year, (c.ref.month - 1) // 3 + 1)
    base = c.last_quarter or _shift_q(*cur, -1)
    if which == "latest" and what == "quarter":
        yq = _shift_q(*cur, -1)
    elif which in ("current",) or (det == "this" and not which):
        yq = cur
    elif which in ("past", "previous", "prior") or (det == "last" and not which) or which == "last":
        yq = _shift_q(*cur, -1)
    elif which in ("coming",) or det == "next":
        yq = _shift_q(*cur, 1)
    elif which in ("year-earlier", "year-ago"):
        yq = _shift_q(*base, -4)
    elif which == "first":
        return None
    else:  # "the quarter", "the latest quarter", "the same quarter", "the fiscal quarter"
        yq = base
        ended = _RE_ENDED.match(c.text, c.e)
        if ended and c.cap(ended.start(1)):
            mo = c.tables["months"].get(c.norm(ended.group(1)).lower())
            if mo:
                yy = c.ref.year if mo <= c.ref.month else c.ref.year - 1
                yq = (yy, (mo - 1) // 3 + 1)
    r = R.quarter(*yq).with_(anchor=c.ref_anchor())
    if which not in ("year-earlier", "year-ago"):
        c.last_quarter = yq
    return r


def p_half(m: re.Match[str], c: Ctx) -> Out:
    h = 1 if m["h"] == "first" else 2
    y = _year_phrase(c, m["y2"]) or _year_phrase(c, m["yr"])
    if y is None:
        if c.ref is None:
            return _unres(f"XXXX-H{h}", "half")
        y = c.ref.year
        if c.tense() == "past" and h == 2 and c.ref.month <= 6:
            y -= 1
    return R.half(y, h)


def p_season(m: re.Match[str], c: Ctx) -> Out:
    code = c.tables["seasons"][m["s"]]
    rel = c.norm(m["rel"])
    mod = _POS_MOD.get(rel.replace("the ", "")) if rel else None
    if not rel and not m["y"]:
        return None  # "prices fall", "spring" (the verb/noun) without a determiner
    if m["y"]:
        r = R.season(int(m["y"]), code)
    elif c.ref is None:
        return _unres(f"XXXX-{code}", "season")
    else:
        d = _dir_of(rel, c) if rel not in ("the", "early", "late", "the early", "the late", "mid", "mid-") else 0
        if d == 0 and rel != "this":
            t = c.tense()
            d = -1 if t == "past" else (1 if t == "future" else 0)
        r = _season_pick(c.ref, code, d, strict=rel in ("last", "next"))
        r = _anchored(r, c)
    return R.apply_position(r, mod) if mod else r


def _season_pick(ref: D, code: str, d: int, strict: bool) -> Res:
    cands = [R.season(y, code) for y in range(ref.year - 2, ref.year + 2)]
    if d < 0:
        ok = [x for x in cands if (x.latest < ref if strict else x.earliest <= ref)]
        return ok[-1]
    if d > 0:
        ok = [x for x in cands if (x.earliest > ref if strict else x.latest >= ref)]
        return ok[0]
    y = ref.year - 1 if code == "WI" and ref.month <= 3 else ref.year
    return R.season(y, code)


def p_season_year(m: re.Match[str], c: Ctx) -> Out:
    return R.season(int(m["y"]), c.tables["seasons"][m["s"]])


# ---------------------------------------------------------------- weekdays and deictic days


def _clock_parts(s: str) -> tuple[int, int | None] | str | None:
    s = _norm(s)
    if s.startswith(("noon", "midday")):
        return "T12:00"
    if s.startswith("midnight"):
        return "T24:00"
    mm = re.match(r"(\d{1,2})(?::(\d\d))?\s*(a\.?\s?m|p\.?\s?m)?", s)
    if not mm:
        return None
    h, mi, ap = int(mm.group(1)), mm.group(2), mm.group(3)
    if ap is None and re.search(r"in the (afternoon|evening)", s):
        ap = "pm"
    if ap and ap.startswith("p") and h < 12:
        h += 12
    if ap and ap.startswith("a") and h == 12:
        h = 0
    if h > 24:
        return None
    return h, int(mi) if mi else 0


def _with_time(c: Ctx, day: D | None, pod: str | None, time: str | None, pre: str | None) -> Res | None:
    """A day refined by a part of day or a clock time, or None when neither is present."""
    if time:
        t = _clock_parts(time)
        if t is not None:
            if day is None:
                return Res("TIME", "XXXX-XX-XX" + (t if isinstance(t, str) else f"T{t[0]:02d}:{t[1]:02d}"), "minute")
            return R.part_of_day(day, t) if isinstance(t, str) else R.clock(day, *t)
    code = None
    if pre:
        code = c.tables["pods"].get(c.norm(pre)) or c.tables["pods"].get(c.norm(pre).split(" ")[-1])
    if pod:
        code = c.tables["pods"].get(c.norm(pod))
    if code is None:
        return None
    if day is None:
        return Res("TIME", f"XXXX-XX-XXT{code}" if not code.startswith("T") else f"XXXX-XX-XX{code}", "part_of_day")
    return R.part_of_day(day, code)


def p_weekday(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("wd")):
        return None
    wd = c.tables["weekdays"][m["wd"]]
    if m["mon"] and m["d"] is None and m["dw"] is None:
        return None
    if m["mon"]:  # "this coming Sunday, March eighth": the date decides
        r = p_month_day(m, c)
        if r is None:
            return None
        return r
    rel = c.norm(m["rel"])
    mod = _POS_MOD.get(rel.rstrip("-") if rel.startswith("mid") else rel)
    if c.ref is None:
        r = _with_time(c, None, m["pod"], m["time"], m["pre"]) or _unres("XXXX-XX-XX", "day")
        return r.with_(mod=mod) if mod else r
    ref = c.ref
    if rel in ("last", "this past", "the previous"):
        day = R.weekday_near(ref - dt.timedelta(days=1), wd, -1)
    elif rel in ("next", "this coming", "the following"):
        day = R.weekday_near(ref + dt.timedelta(days=1), wd, 1)
    elif rel == "this":
        day = R.weekday_near(ref, wd, 0)
    else:
        t = c.tense() if c.low[c.e : c.e + 2] != "'s" else None  # "Wednesday's ruling" is known news
        day = _weekday_for(ref, wd, t)
    r = _with_time(c, day, m["pod"], m["time"], m["pre"])
    r = _as_date(r) if r is not None else R.day(day)
    r = _anchored(r, c)
    return R.apply_position(r, mod) if mod else r


def _weekday_for(ref: D, wd: int, tense: str | None) -> D:
    """Past or unknown: on or before the reference; future: on or after; present
    ("Arafat meets Albright Monday"): the nearer of the two."""
    if tense == "present":
        back, fwd = R.weekday_near(ref, wd, -1), R.weekday_near(ref, wd, 1)
        return fwd if (fwd - ref) < (ref - back) else back
    return R.weekday_near(ref, wd, 1 if tense == "future" else -1)


def _as_date(r: Res) -> Res:
    """A named day's part ("Saturday evening") is a DATE in TimeBank; clock times stay TIME."""
    return r.with_(type="DATE") if r.granularity == "part_of_day" else r


def p_weekday_plural(m: re.Match[str], c: Ctx) -> Out:
    key = "wd" if m["wd"] else "wd1"
    if not c.cap(m.start(key)):
        return None
    wd = c.tables["weekdays"][m[key][:-1] if key == "wd" else m[key]]
    v = f"XXXX-WXX-{wd}"
    pod = m["pod"] or m["pod1"]
    if pod:
        v += "T" + c.tables["pods"][pod[:-1]]
    return Res("SET", v, "day", quant="EVERY")


def p_deictic_day(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    k = c.tables["deictic"][w]
    rel = c.norm(m["rel"])
    mod = _POS_MOD.get(rel.rstrip("-") if rel.startswith("mid") else rel)
    if c.ref is None:
        r = _with_time(c, None, m["pod"], m["time"], m["pre"]) or _unres("XXXX-XX-XX", "day")
        return r.with_(mod=mod) if mod else r
    day = c.ref + dt.timedelta(days=k)
    r = _with_time(c, day, m["pod"], m["time"], m["pre"])
    r = _as_date(r) if r is not None else R.day(day)
    r = _anchored(r, c)
    if m["pre"] and c.norm(m["pre"]).startswith("mid"):
        mod = "MID"
    return R.apply_position(r, mod) if mod else r


def p_deictic_part(m: re.Match[str], c: Ctx) -> Out:
    k, code = c.tables["deictic_parts"][c.norm(m["w"])]
    rel = c.norm(m["rel"])
    mod = _POS_MOD.get(rel)
    if c.ref is None:
        r = Res("TIME", f"XXXX-XX-XXT{code}", "part_of_day", note="no reference date")
    else:
        r = _anchored(R.part_of_day(c.ref + dt.timedelta(days=k), code), c)
    return r.with_(mod=mod) if mod else r


def p_part_of_day(m: re.Match[str], c: Ctx) -> Out:
    code = c.tables["pods"][m["pod"]]
    the = m["the"]
    if the in ("each", "every"):
        return Res("SET", f"XXXX-XX-XXT{code}", "part_of_day", quant=the.upper())
    day = _anaphor_day(c)
    if day is None:
        return Res("TIME", f"XXXX-XX-XXT{code}", "part_of_day")
    rel = c.norm(m["rel"])
    r = R.part_of_day(day, code).with_(anchor=c.ref_anchor() if the != "that" else "previous mention")
    mod = _POS_MOD.get(rel.rstrip("-") if rel else "")
    return r.with_(mod=mod) if mod else r


def _anaphor_day(c: Ctx) -> D | None:
    if c.last_date is not None and c.last_date.granularity in ("day", "part_of_day", "minute") and c.last_date.earliest:
        return c.last_date.earliest
    return c.ref


def p_overnight(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m.group(0))
    pw = c.prev_word()
    if w in ("noon", "midnight", "midday", "dawn", "dusk") and pw not in ("at", "by", "until", "before", "after", "till", "around", "about", "since", "from", "past"):
        return None
    code = c.tables["pods"].get(w) or c.tables["pods"].get(w.replace("-", ""), "AF")
    day = _anaphor_day(c)
    if w == "overnight" and day is not None and day == c.ref:
        day = c.ref - dt.timedelta(days=1)
    if day is None:
        return Res("TIME", ("XXXX-XX-XX" + code) if code.startswith("T") else f"XXXX-XX-XXT{code}", "part_of_day")
    r = R.part_of_day(day, code)
    return r.with_(mod="MID") if w.startswith("mid") and code == "AF" else r


def p_clock(m: re.Match[str], c: Ctx) -> Out:
    t = c.norm(m["t"])
    has_marker = bool(re.search(r"[ap]\.?\s?m|gmt|utc|[ecmp][sd]t\b|\bet\b|\bpt\b|local|o'clock|in the", t))
    if not has_marker:
        pw = c.prev_word(m.start("t"))
        if pw not in ("at", "by", "until", "till", "from", "around", "about", "before", "after", "since", "to", "and"):
            return None
    parts = _clock_parts(t)
    if parts is None:
        return None
    if m["wd"]:
        w = c.norm(m["wd"])
        if w in c.tables["weekdays"]:
            if not c.cap(m.start("wd")):
                return None
            if c.ref is None:
                day = None
            else:
                day = _weekday_for(c.ref, c.tables["weekdays"][w], c.tense())
        else:
            k = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
            day = c.ref + dt.timedelta(days=k) if c.ref else None
    elif m["mon"]:
        if not c.cap(m.start("mon")):
            return None
        mo, d = c.tables["months"][c.norm(m["mon"])], int(m["d"])
        y = _year_for_md(c, mo, d, None)
        try:
            day = D(y, mo, d) if y else None
        except ValueError:
            day = None
    else:
        day = _anaphor_day(c)
    if isinstance(parts, str):
        r = R.part_of_day(day, parts) if day else Res("TIME", "XXXX-XX-XX" + parts, "minute")
    else:
        r = R.clock(day, *parts)
    q = c.norm(m["qmod"])
    if q:
        r = r.with_(mod="APPROX" if q in ("about", "around", "approximately") else ("BEFORE" if "before" in q else "AFTER"))
    return r.with_(anchor=c.ref_anchor() if day else None)


# ---------------------------------------------------------------- relative units


def _unit_name(u: str) -> str:
    u = _norm(u)
    if u in ("fiscal year", "calendar year"):
        return "year"
    return u


def p_rel_unit(m: re.Match[str], c: Ctx) -> Out:
    if c.low[c.e : c.e + 1] == "-":
        return None  # "the year-ago quarter"
    rel_full = c.norm(m["rel"])
    unit = _unit_name(m["u"])
    pos = None
    mpos = re.match(r"(early|late|earlier|later|mid-?)\s+(?:in\s+)?", rel_full)
    rel = rel_full
    if mpos:
        pos = mpos.group(1)
        rel = rel_full[mpos.end():]
    mod = _POS_MOD.get(pos.rstrip("-") if pos and pos.startswith("mid") else pos) if pos else None
    if m.group(0).endswith(("'s end", "’s end")):
        mod = "END"
    # durations: "the past year", "the last week", "the next month", "all year", "the whole year"
    if rel == "the full":
        rel = "this"
    if rel in ("the past", "past", "the last", "the next", "the coming", "all", "the whole", "the entire") and not pos:
        code = {"week": "W", "month": "M", "year": "Y", "weekend": "WE", "decade": "DE", "century": "CE"}[unit]
        val = {"DE": "P10Y", "CE": "P100Y"}.get(code, f"P1{code}")
        return Res("DURATION", val, unit)
    if rel == "the":
        pw = c.prev_word()
        if unit in ("decade", "century"):
            return None
        if pw in ("for", "during", "over", "through", "throughout") and unit != "weekend":
            code = {"week": "W", "month": "M", "year": "Y"}[unit]
            return Res("DURATION", f"P1{code}", unit)
        if unit == "week" and pw not in ("in", "of", "this", "during", "earlier", "later", "since", "by"):
            return None
    if c.ref is None:
        xv = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "weekend": "XXXX-WXX-WE", "decade": "XXX", "century": "XX"}[unit]
        return _unres(xv, unit).with_(mod=mod)
    base = c.ref
    anchor = c.ref_anchor()
    if rel in ("that", "the same", "the previous", "the following", "the preceding", "the prior"):
        if c.last_date is not None and c.last_date.earliest is not None:
            base = c.last_date.earliest
            anchor = "previous mention"
        k = {"that": 0, "the same": 0, "the previous": -1, "the preceding": -1, "the prior": -1, "the following": 1}[rel]
    elif rel == "the":
        k = 0
        if unit == "weekend":  # the weekend just past unless the clause looks ahead
            t = c.tense()
            k = 0 if (t == "future" or c.ref.isoweekday() >= 6) else -1
    elif rel == "the latest":
        k = -1 if unit in ("year", "month", "week") else 0
    else:
        k = _dir_of(rel, c)
    if unit == "weekend":
        r = R.weekend(base + dt.timedelta(days=7 * k))
    else:
        r = R.unit_of(R.shift(base, k, unit), unit)
    r = r.with_(anchor=anchor)
    if pos in ("earlier", "later") and k == 0 and anchor == c.ref_anchor():
        # "earlier this month": from the start of the month to the day before the reference
        if pos == "earlier":
            r = r.with_(mod="START", latest=max(r.earliest, base - dt.timedelta(days=1)))
        else:
            r = r.with_(mod="END", earliest=min(r.latest, base + dt.timedelta(days=1)))
        return r
    return R.apply_position(r, mod) if mod else r


def p_year_end(m: re.Match[str], c: Ctx) -> Out:
    if m["u2"]:
        unit, which = m["u2"], m["which"]
        if c.ref is None:
            return _unres("XXXX", unit)
        if unit == "year" and c.last_quarter is not None:
            return R.quarter(*_shift_q(*c.last_quarter, -4)).with_(anchor="previous mention")
        return R.unit_of(R.shift(c.ref, -1, unit), unit).with_(anchor=c.ref_anchor())
    unit = m["u"]
    if c.ref is None:
        return _unres({"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}[unit], unit).with_(mod="END")
    if unit == "quarter" and c.last_quarter:
        r = R.quarter(*c.last_quarter)
    else:
        r = R.unit_of(c.ref, unit)
    return R.apply_position(_anchored(r, c), "END")


def p_position_unit(m: re.Match[str], c: Ctx) -> Out:
    pm = c.norm(m["pm"])
    mod = "END" if ("end" in pm or "close" in pm) else ("MID" if "middle" in pm else "START")
    unit = m["u"]
    txt = c.norm(m.group(0))
    k = -1 if " last " in txt else (1 if " next " in txt else 0)
    if unit == "day":
        return None
    if unit in c.tables["seasons"]:
        if c.ref is None:
            return _unres(f"XXXX-{c.tables['seasons'][unit]}", "season").with_(mod=mod)
        r = _season_pick(c.ref, c.tables["seasons"][unit], k, strict=k != 0)
        return R.apply_position(_anchored(r, c), mod)
    if c.ref is None:
        xv = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[unit]
        return _unres(xv, unit).with_(mod=mod)
    base, anchor = c.ref, c.ref_anchor()
    if " that " in txt and c.last_date is not None and c.last_date.earliest:
        base, anchor = c.last_date.earliest, "previous mention"
    if unit == "quarter":
        yq = c.last_quarter if (c.last_quarter and k == 0) else _shift_q(base.year, (base.month - 1) // 3 + 1, k)
        r = R.quarter(*yq)
    else:
        r = R.unit_of(R.shift(base, k, unit), unit)
    return R.apply_position(r.with_(anchor=anchor), mod)


# ---------------------------------------------------------------- offsets and durations


def _unit_code(c: Ctx, u: str) -> tuple[str, str]:
    code, gran = c.tables["units"][c.norm(u)]
    return code, gran


def _qmod(c: Ctx, s: str | None) -> str | None:
    return c.tables["qmods"].get(c.norm(s)) if s else None


def p_offset(m: re.Match[str], c: Ctx) -> Out:
    direction = c.norm(m["dir"])
    if direction in ("before", "after", "on"):
        nc = c.next_char()
        if nc and nc not in ".,;:)\"”'’!?" and c.text[c.e : c.e + 1] != "\n":
            return None
    code, gran = _unit_code(c, m["u"])
    mod = _qmod(c, m["qmod"]) or ("APPROX" if m["orso"] else None)
    sign = -1 if direction in _DIR_PAST else 1
    anchored_to_text = direction not in ("ago", "from now", "hence")
    if m["vague"]:
        v = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Res("DATE", v, "ref", anchor=c.ref_anchor())
    n = numeral(m["n"], c.lex)
    if n is None or n <= 0 or n > 5000:
        return None
    if gran in ("second", "minute", "hour"):
        if c.ref is None:
            return _unres("XXXX-XX-XX", "day")
        return R.day(c.ref).with_(anchor=c.ref_anchor(), mod="APPROX")
    base, anchor = c.ref, c.ref_anchor()
    if anchored_to_text and c.last_date is not None and c.last_date.earliest is not None and c.last_date.type in ("DATE", "TIME"):
        base, anchor = c.last_date.earliest, "previous mention"
    if base is None:
        xv = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
              "year": "XXXX", "decade": "XXX", "century": "XX"}.get(gran, "XXXX")
        return _unres(xv, gran).with_(mod=mod)
    unit = {"millennium": "century"}.get(gran, gran)
    if code == "W2":
        n, unit = 2 * n, "week"
    # a year ago / a year earlier in a text about quarters: the same quarter a year before
    if unit == "year" and n == int(n) and c.last_quarter is not None and not mod:
        yq = c.last_quarter if anchor != "previous mention" or c.last_date is None or c.last_date.granularity == "quarter" else None
        if yq is not None and (anchor == "previous mention" or yq[0] == base.year or yq[0] == base.year - (1 if base.month <= 3 else 0)):
            return R.quarter(*_shift_q(*yq, -4 * int(n) * (1 if sign < 0 else -1))).with_(anchor=anchor)
    target = R.shift(base, sign * n, unit)
    r = R.unit_of(target, unit if unit != "weekend" else "week").with_(anchor=anchor)
    if mod:
        e, l = R.offset_window(base, n, unit, sign, mod)
        r = r.with_(mod=mod, earliest=e, latest=l)
    return r


def p_vague_ago(m: re.Match[str], c: Ctx) -> Out:
    d = c.norm(m["dir"])
    return Res("DATE", "PAST_REF" if d in _DIR_PAST else "FUTURE_REF", "ref", anchor=c.ref_anchor())


def _dur_value(n: float, code: str) -> str:
    timey = code in ("H", "S") or code == "MIN"
    if code == "W2":
        n, code = n * 2, "W"
    if code == "DE":
        n, code = n * 10, "Y"
    elif code == "CE":
        n, code = n * 100, "Y"
    elif code == "ML":
        n, code = n * 1000, "Y"
    if n != int(n):
        # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        conv = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S"), "Q": (3, "M")}
        if code in ("W", "Q"):
            k, code2 = conv[code]
            return _dur_value(n * k, code2)
        if code in conv:
            k, code2 = conv[code]
            whole = int(n)
            rest = _dur_value((n - whole) * k, code2)
            if not whole:
                return rest
            head = _dur_value(whole, code)
            if code2 in ("H", "MIN", "S") and code not in ("H", "MIN", "S"):
                return head + rest[1:]  # P1DT12H
            return head + rest[(2 if rest.startswith("PT") else 1):]
    ni = int(round(n))
    if code == "MIN":
        return f"PT{ni}M"
    return f"PT{ni}{code}" if timey else f"P{ni}{code}"


def p_duration(m: re.Match[str], c: Ctx) -> Out:
    u = c.norm(m["u"])
    code, gran = _unit_code(c, u)
    if gran == "minute":
        code = "MIN"
    mod = _qmod(c, m["qmod"])
    the, rel = c.norm(m["the"]), c.norm(m["rel"])
    start = c.s
    if the in ("its", "their", "his", "her", "our", "a", "each of the", "each of those", "all of the", "these", "those", "that") and (rel or the != "a"):
        start = m.start("rel") if rel else (m.start("qmod") if m["qmod"] else m.start("n") if m["n"] else m.start("vague"))
    elif the == "a" and not rel:
        vq = c.norm(m["vague"] or m["n"])
        if m["qmod"] or not vq.startswith(("few", "couple")):
            start = m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague"))
    elif the == "the" and not rel and c.low[m.start("u") - 1 : m.start("u")] == "-":
        start = m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague"))  # "the 30-day period"
    if the and not rel and the not in ("a",) and start == c.s and the != "the":
        start = m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague"))
    nxt = c.next_word()
    suffix = c.norm(m["suffix"])
    if gran in ("year", "decade") and (suffix in ("-old", " old") or (nxt == "old" and c.low[c.e : c.e + 5] == " old")):
        return (SKIP, c.e + (4 if nxt == "old" and not suffix else 0))  # ages are not times
    if c.low[c.e : c.e + 1] == "-":
        return None  # "a year-earlier period": the adjective is its own expression
    if u.startswith("quarter") and nxt == "of":
        return None  # "three quarters of the vote"
    if u in ("second", "seconds") and (m["n"] or "").strip() in ("a", "an", "one") and nxt and c.next_char().isalpha():
        return None  # "a second day of talks"
    if u in ("night", "nights") and not m["n"]:
        return None
    if m["vague"]:
        vq = c.norm(m["vague"])
        if vq == "some" and gran != "time":
            return (Res("DURATION", f"PX{'T' if code in ('H', 'MIN', 'S') else ''}{ {'MIN': 'M', 'W2': 'W'}.get(code, code)}", gran), start, c.e)
        val = f"PX{ {'MIN': 'M', 'W2': 'W'}.get(code, code)}"
        if code in ("H", "MIN", "S"):
            val = "PT" + val[1:]
        return (Res("DURATION", val, gran, mod=mod), start, c.e)
    n = numeral(m["n"], c.lex)
    if n is None or n <= 0 or n > 100000:
        return None
    if n == 1 and u.endswith("s") and not m["nhi"] and c.norm(m["n"]) in ("a", "an", "one"):
        return None  # "a decades-long battle": the article belongs to the noun
    if m["n"] and m["n"].strip() in ("a", "an") and not rel and not mod:
        before = c.low[max(0, c.s - 40) : c.s]
        if _RE_RATE.search(before):
            return (SKIP, c.e)  # "$500 million a year", "four flights a week": a rate, not a time
        if _RE_SET_CUE.search(before) or nxt in ("per",):
            pw = c.prev_word()
            freq = {"once": "1X", "twice": "2X", "thrice": "3X"}.get(pw)
            if pw == "times":
                mm = re.search(r"(\w+)[-\s]+times\s*$", before)
                k = numeral(mm.group(1), c.lex) if mm else None
                freq = f"{int(k)}X" if k else None
            return (Res("SET", _dur_value(1, code), gran, freq=freq), start, c.e)
    if m["nhi"]:
        mod = mod or "EQUAL_OR_MORE"
    if suffix == "or so":
        mod = "APPROX"
    if "and a half" in suffix:
        n += 0.5
    return (Res("DURATION", _dur_value(n, code), gran, mod=mod), start, c.e)


def p_duration_vague(m: re.Match[str], c: Ctx) -> Out:
    u = m["u"]
    code, gran = _unit_code(c, u)
    rel = m["rel"]
    if rel in ("first", "final", "early", "later", "latter") and not m["the"]:
        return None
    if rel in ("next", "last", "past", "following", "previous", "preceding") and not m["the"]:
        if rel not in ("past",):
            return None
    if rel in ("recent", "past") and gran == "year":  # "in recent years": TimeML values it PAST_REF
        return Res("DATE", "PAST_REF", "ref", anchor=c.ref_anchor())
    val = {"DE": "PXDE", "CE": "PXCE"}.get(code, f"PX{'M' if gran == 'minute' else code}")
    if code in ("H", "S") or gran == "minute":
        val = "PT" + val[1:]
    return Res("DURATION", val, gran)


def p_duration_ahead(m: re.Match[str], c: Ctx) -> Out:
    code, gran = _unit_code(c, m["u"])
    val = {"DE": "PXDE"}.get(code, f"PX{code}")
    return Res("DURATION", ("PT" + val[1:]) if code == "H" else val, gran)


def p_duration_bare(m: re.Match[str], c: Ctx) -> Out:
    code, gran = _unit_code(c, m["u"])
    if not m["long"]:
        pw = c.prev_word()
        if pw not in _PREP_BEFORE_BARE_UNIT:
            return None
        if c.next_word() in ("of", "old", "before", "after", "ago", "later", "earlier"):
            return None
    val = {"DE": "PXDE", "CE": "PXCE"}.get(code, f"PX{'M' if gran == 'minute' else code}")
    if code in ("H", "S") or gran == "minute":
        val = "PT" + val[1:]
    return Res("DURATION", val, gran)


# ---------------------------------------------------------------- sets, reference words, holidays, anaphora


def p_set_word(m: re.Match[str], c: Ctx) -> Out:
    value, quant = c.tables["sets"][c.norm(m["w"])]
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour", "Q": "quarter"}.get(value[-1], None)
    return Res("SET", value, gran, quant=quant or None)


def p_set_every(m: re.Match[str], c: Ctx) -> Out:
    q = m["q"].upper()
    other = m["other"] == "other"
    if m["wd"]:
        if not c.cap(m.start("wd")):
            return None
        w = m["wd"]
        wd = c.tables["weekdays"].get(w) or c.tables["weekdays"].get(w[:-1])
        return Res("SET", f"XXXX-WXX-{wd}", "day", quant=q)
    u = m["u"]
    if not u:
        return None
    if u in ("morning", "night", "evening", "afternoon"):
        return Res("SET", f"XXXX-XX-XXT{c.tables['pods'][u]}", "part_of_day", quant=q)
    if u in c.tables["seasons"]:
        return Res("SET", f"XXXX-{c.tables['seasons'][u]}", "season", quant=q)
    if u == "weekend":
        return Res("SET", "XXXX-WXX-WE", "weekend", quant=q)
    k = 2 if other else 1
    v = {"day": f"P{k}D", "week": f"P{k}W", "month": f"P{k}M", "year": f"P{k}Y", "quarter": f"P{k}Q", "hour": f"PT{k}H"}[u]
    return Res("SET", v, u, quant=q)


def p_ref_word(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    value = c.tables["refwords"][w]
    nxt, pw = c.next_word(), c.prev_word()
    if w == "current":
        if not nxt or nxt in c.tables["current_not_before"] or not c.next_char().isalpha():
            return None
    if w == "recent" and (not c.next_char().isalpha() or nxt in ("past",)):
        return None
    if w == "future" and pw not in ("the", "near", "distant", "foreseeable", "immediate") and not c.next_char().isalpha():
        return None
    if w == "once":
        if pw not in ("was", "were", "had", "has", "have", "is", "are", "'s", "it", "he", "she", "they") or nxt in ("again", "more", "a", "an", "the"):
            return None
    if w == "soon" and (pw == "as" or nxt == "as"):
        return None
    if w == "the past" and nxt in c.tables["units"]:
        return None
    return Res("DATE", value, "ref", anchor=c.ref_anchor())


def p_holiday(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("h")):
        return None
    spec = c.tables["holidays"][c.norm(m["h"])]
    if m["y"]:
        y: int | None = int(m["y"])
    elif c.ref is None:
        if spec.count("-") == 1 and spec[0].isdigit():
            return _unres(f"XXXX-{spec}", "day")
        return _unres("XXXX-XX-XX", "day")
    else:
        t = c.tense()
        y = c.ref.year
        this = R.holiday(spec, y)
        if this is None:
            return None
        if t == "past" and this > c.ref:
            y -= 1
        elif t == "future" and this < c.ref:
            y += 1
        elif t is None and (this - c.ref).days > 90:
            y -= 1
    d = R.holiday(spec, y)
    if d is None:
        return None
    r = R.day(d)
    return r if m["y"] else _anchored(r, c)


def p_anaphoric_day(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    if w.endswith(("after", "before")) and c.next_char().isalnum():
        return None  # "the day after an Israeli strike": anchored to an event, not a date
    base = _anaphor_day(c)
    if base is None:
        return _unres("XXXX-XX-XX", "day", note="nothing to anchor to")
    k = 0
    if any(x in w for x in ("next", "following", "after")):
        k = 1
    elif any(x in w for x in ("previous", "preceding", "prior", "before")):
        k = -1
    day = base + dt.timedelta(days=k)
    anchor = "previous mention" if c.last_date is not None else c.ref_anchor()
    for part in ("morning", "evening", "night", "afternoon"):
        if w.endswith(part):
            return R.part_of_day(day, c.tables["pods"][part]).with_(anchor=anchor)
    return R.day(day).with_(anchor=anchor)


PRODUCTIONS: dict[str, Callable[[re.Match[str], Ctx], Out]] = {
    name[2:]: fn for name, fn in globals().items() if name.startswith("p_") and callable(fn)
}
