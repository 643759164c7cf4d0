"""The tagging pipeline: scan, choose, resolve, refine.

A cheap start pattern, then one combined pattern where it hits, propose where
expressions start (`Grammar.search`); at each hit one probe
pattern tells which rules match there and how far (`Grammar.rules_at`), and the
longest accepted production wins (leftmost-longest, no overlaps). Mentions are
resolved in text order so that anaphoric expressions ("a year earlier", "the
next day") can anchor to what the text already dated.
Refiners then split "1998-2000" ranges and link range ends.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from timeline.temporal.context import EARLIEST_NIGHT_HOUR, RE_RESTATED_UTC_END, RESTATED_LINK, lex_pattern, month_number
from timeline.temporal.grammar import UTC_CLOCK, Grammar, grammar
from timeline.temporal import resolve as R
from timeline.temporal.resolve import Res
from timeline.temporal.rules import PRODUCTIONS, Ctx
from timeline.temporal.tense import ClauseTense
from timeline.temporal.values import TimeMention

_TENSE: dict[str, ClauseTense] = {}


class _Punct:
    """Per-language patterns for span ends and ranges, built from the lexicon."""

    def __init__(self, g: Grammar) -> None:
        lex = g.lex
        abbrevs = [k[:-1] for k in (*lex.table("months"), *lex.table("weekdays")) if k.endswith(".")]
        abbrevs += [a for a in lex.table("tense").get("abbreviations", []) if "." in a]
        alts = "|".join(re.escape(a) for a in sorted(set(abbrevs), key=len, reverse=True))
        #: a final period kept in the span: it ends an abbreviation ("Oct.", "p.m."), not the sentence
        self.abbrev_end = re.compile(r"(?:\b(?:" + alts + r")|\b[a-z])\.$") if alts else re.compile(r"\b[a-z]\.$")
        ranges = lex.table("ranges")
        opens = "|".join(re.escape(w) for w in ranges.get("open", []))
        mids = "|".join(re.escape(w) for w in ranges.get("middle", []))
        self.range_open = re.compile(r"\b(?:" + opens + r")\s+$", re.I) if opens else None
        self.range_mid = re.compile(r"^\s*(?:" + mids + r")\s*$") if mids else None
        #: what joins two months of one year ("February and March", "September or October")
        self.pair_joiners = frozenset(lex.table("ranges").get("pair_joiners", []))
        mf = list(lex.table("tense").get("modal_future", []))
        #: the modals of the future that say it outright (not "would", a future seen from the past)
        wf = [w for w in mf if not w.startswith("would")]
        self.will = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(wf, key=len, reverse=True)) + r")\b", re.I) if wf else None
        #: reporting verbs ("says"): a "will" after one is reported, not the item's own
        self.reporting = frozenset(lex.table("tense").get("reporting", []))
        self.modal_future = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(mf, key=len, reverse=True)) + r")\b", re.I) if mf else None
        # a week named in a sentence ("next week", "this weekend"): a weekday range there is that week's
        ww = [w for w, v in lex.table("units").items() if isinstance(v, list) and v[-1:] == ["week"]]
        self.week_words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ww, key=len, reverse=True)) + r")\b", re.I) if ww else None
        self.pair_fillers = frozenset(lex.table("ranges").get("pair_fillers", []))
        #: "open at 7am and close at 10pm on 12 December": "and", a verb of up to three words and
        #: one of these before the second clock
        clause_preps = "|".join(re.escape(w) for w in ranges.get("pair_clause_preps", []))
        self.pair_clause = re.compile(r"and(?: [a-z]+){1,3} (?:" + clause_preps + r")") if clause_preps else None
        #: words that name a day ("Friday", "today"): a clock spanned with one has a day of its own
        # "9 a.m. Friday", "9 a.m. today", "9pm tonight", "9 a.m. this morning": what names a clock's day
        self.day_words = frozenset(k.rstrip(".") for k in (*lex.table("weekdays"), *lex.table("deictic_days")) if " " not in k)
        #: the weekday names alone ("Monday", "Mon"): a date opening with one names its year itself
        self.weekday_words = frozenset(k.rstrip(".") for k in lex.table("weekdays") if " " not in k)
        phrases = sorted((k for k in (*lex.table("deictic_days"), *lex.table("day_parts_deictic")) if k not in self.day_words), key=len, reverse=True)
        self.day_phrases = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in phrases) + r")\b") if phrases else None
        #: the middles that make two named days a range without "from" ("Friday through Sunday")
        self.bare_middle = frozenset(ranges.get("bare_middle", []))
        cd = lex.table("clock_day")
        alt = lambda ws: "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
        zone = rf"(?:(?:[A-Z][\w.'’-]*|{alt(cd.get('zone_words', []))})\s+){{1,3}}(?i:{re.escape(cd.get('zone_end', 'time'))})" if cd else ""
        name = r"[A-Z][\w'’-]*"
        place = rf"(?:{alt(cd.get('place_preps', []))})\s+{name}(?:\s+(?:(?:{alt(cd.get('place_particles', []))})\s+)?{name}){{0,2}}" if cd else ""
        links = [*cd.get("links", []), *cd.get("part_links", {})] if cd else []
        stops = {w.split()[0] for w in (*links, *cd.get("place_preps", []))} if cd else set()
        #: what may stand between a clock and the day it is on (`_clock_then_day`): a zone, a
        #: bracketed restatement, a place, a noun the clock qualifies, a link ("on the evening of")
        self.clock_day_between = (
            re.compile(
                rf"\)?(?:\s+{zone})?(?:\s*\([^()\n]{{1,40}}\))?(?:\s+{place})?(?:\s*\([^()\n]{{1,40}}\))?(?:\s+(?:{alt(cd.get('fillers', []))})\b)?(?:\s+(?!(?:{alt([*stops, *cd.get('fillers', [])])})\b)(?P<noun>[a-z][a-z-]+))?"
                rf"(?:\s+(?P<link>{alt(links)}))?\s+"
            )
            if cd
            else None
        )
        self.clock_day_parts = {" ".join(k.split()): v for k, v in cd.get("part_links", {}).items()}
        self.clock_day_determiners = frozenset(cd.get("determiners", []))
        self.clock_day_noun_after = frozenset(cd.get("noun_after", []))
        self.clock_day_pm = frozenset(cd.get("pm_parts", []))
        span = lex.table("span")
        approx = "|".join(r"\s+".join(map(re.escape, w.split())) for w in span.get("date_approx_before", []))
        about = "|".join(re.escape(w) for w in span.get("date_about", []))
        about_after = "|".join(r"\s+".join(map(re.escape, w.split())) for w in span.get("date_about_after", []))
        alts = [f"(?P<a>{approx})"] if approx else []
        if about and about_after:
            alts.append(f"(?:{about_after})\\s+(?P<b>{about})")
        #: an approximator before a calendar date ("around 2005", "circa 1900", "in about
        #: 1900"), which the span takes in with mod APPROX (TBAQ: "around Nov. 1")
        self.date_approx = re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")\s+$", re.I) if alts else None
        #: what may stand between the parts of one compound duration, spaces normalised
        self.duration_joiners = frozenset(" ".join(w.replace(",", " , ").split()) for w in span.get("duration_joiners", []))
        #: the words among them ("and"): a comma list ends with one to be a compound
        self.duration_words = frozenset(w for j in self.duration_joiners for w in j.split() if w != ",")
        outside = "|".join(re.escape(w) for w in span.get("mods_outside", []))
        self.mods_outside = re.compile(r"(?:" + outside + r")\s+(?=\S)", re.I) if outside else None
        compared = lex.table("context_words").get("compared_period", [])
        alts = "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in compared)
        #: the period a figure is compared with ("the same period of last year", "the year-ago
        #: quarter"): the narrative stays on the period reported, so it anchors nothing after it
        self.compared = re.compile(alts, re.I) if alts else None
        offsets = lex.table("day_offsets")
        #: phrase -> days to shift ("the day before": -1)
        self.day_offset_dir: dict[str, int] = {
            " ".join(w.split()): k for key, k in (("before", -1), ("after", 1)) for w in offsets.get(key, [])
        }
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(self.day_offset_dir, key=len, reverse=True))
        #: "the day before [last Tuesday]": matched backwards from a named day (searched with endpos)
        dets = "".join("|" + re.escape(w) + r"\s+" for w in lex.table("relations").get("determiners", []))[1:]
        self.day_offset = re.compile(r"\b(?P<w>" + words + r")\s+" + (f"(?:{dets})?" if dets else "") + "$") if words else None
        #: "the Saturday before [Christmas]", "the weekend after [Thanksgiving]": a full weekday
        #: name, "weekend" or "week" counted from the named day after it (searched with endpos)
        cdets = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(offsets.get("counted_determiners", []), key=len, reverse=True))
        cdir = {w: k for key, k in (("counted_before", -1), ("counted_after", 1)) for w in offsets.get(key, [])}
        self.counted_dir: dict[str, int] = cdir
        self.counted_weekdays: dict[str, int] = {k: v for k, v in lex.table("weekdays").items() if len(k) > 5}
        cunits = [w for w, v in lex.table("units").items() if isinstance(v, list) and v[0] in ("W", "WE")]
        cwords = "|".join(re.escape(w) for w in sorted([*self.counted_weekdays, *cunits], key=len, reverse=True))
        self.counted_unit: dict[str, str] = {w: lex.table("units")[w][0] for w in cunits}
        rel = lex.table("relations")
        #: "the week after [next Tuesday]": a relative day is read as "the week after next" instead
        self.counted_skip = frozenset(w for k in ("last", "next", "last_phrases", "next_phrases") for w in rel.get(k, [])) | {"this"}
        self.counted = (
            re.compile(r"\b(?:" + cdets + r")\s+(?P<u>" + cwords + r")\s+(?P<d>" + "|".join(map(re.escape, cdir)) + r")\s+(?:" + dets + r")?$")
            if cdets and cdir and cwords
            else None
        )


_PUNCT: dict[str, _Punct] = {}


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased ("İ")
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low.replace("’", "'")


#: a dateline opening the text ("CHENNAI, DEC. 11.", "HOUSTON, Feb. 2 --"): a place in capitals,
#: a comma, a month and a day
_RE_DATELINE = re.compile(r"\A\s*[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3},[ \t]+(?P<mon>[A-Za-z]{3,9})\.?[ \t]+(?P<d>[0-3]?\d)\b(?![:.,]?\d)")
#: ...or one opening a line after a headline, with a state or country after the place
#: ("WILMINGTON, Delaware, Nov 12 (Reuters) -"), then the agency or the dash that ends it (or
#: the full stop of "NEW DELHI, FEB. 29. The Finance Minister today ...")
_RE_DATELINE_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3}(?:,[ \t]+[A-Z][A-Za-z.'-]+(?:[ \t][A-Z][A-Za-z.'-]+)?)?,[ \t]+"
    r"(?P<mon>[A-Za-z]{3,9})\.?[ \t]+(?P<d>[0-3]?\d)\b(?![:.,]?\d)(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:\(|--|—|–|-[ \t]|\.[ \t]|:[ \t]|$)",
    re.M,
)
#: ...or a place in title case and a colon ("Mumbai, April 2: At 10.48 pm on Saturday ...", the
#: South Asian house style)
_RE_DATELINE_COLON = re.compile(
    r"^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},[ \t]+(?P<mon>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d>[0-3]?\d)\b(?:,?[ \t]+(?:19|20)\d\d)?:[ \t]",
    re.M,
)
#: how far into the text a dateline after a headline may open its line
_DATELINE_REACH = 400
#: how many days before the publication date a dateline may be (a story filed the day before)
_DATELINE_DAYS = 4


def _opening_line(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first line ``pattern`` matches, when it opens within _DATELINE_REACH characters (the
    search runs on past that point, so that a line cut there does not read as ended)."""
    m = pattern.search(text)
    return m if m is not None and m.start() < _DATELINE_REACH else None


def _dateline_day(text: str, ref: dt.date, g: Grammar) -> dt.date | None:
    """The day of a dateline that opens the text (or a line of its first few hundred
    characters, after a headline), when it is a day or few before the publication date: the
    writer's "today" ("CHENNAI, DEC. 11. ... passed away here today", printed on Dec. 12;
    "WILMINGTON, Delaware, Nov 12 (Reuters) - ... earlier this week", published on Monday
    Nov. 14). None otherwise."""
    opening = _RE_DATELINE.match(text)
    m = opening or _opening_line(_RE_DATELINE_LINE, text) or _opening_line(_RE_DATELINE_COLON, text)
    if m is None:
        return None
    place = m.group(0).split(",")[0].strip().lower()
    if place in g.lex.table("weekdays"):
        return None  # "Friday, April 2: Police arrested two men.": a timeline's entry, no place
    if opening is None and not m.group(0).rstrip(" \t").endswith(("(", "-", "—", "–")):
        # a dateline closed by a full stop, a colon or the line's end ("NEW DELHI, FEB. 29.",
        # "Mumbai, April 2:", "KATHMANDU, APRIL 26") only once, as a dateline: not a
        # chronology's or a diary's lines ("TEHRAN, Feb. 28. Iran rejects ...") nor a correction's label
        if _RE_DATELINE_LINE.search(text, m.end(), m.end() + _DATELINE_REACH) or _RE_DATELINE_COLON.search(text, m.end(), m.end() + _DATELINE_REACH):
            return None
        if place in g.lex.table("context_words").get("dateline_not_places", ()):
            return None
    mo = month_number(g.lex.table("months"), m["mon"])
    if mo is None:
        return None
    for y in (ref.year, ref.year - 1):
        try:
            day = dt.date(y, mo, int(m["d"]))
        except ValueError:
            continue
        if 1 <= (ref - day).days <= _DATELINE_DAYS:
            return day
    return None


def tag_text(text: str, ref: dt.date | None, language: str = "en") -> list[TimeMention]:
    """Find and resolve the time expressions of ``text`` (arguments already validated)."""
    g = grammar(language)
    tense = _TENSE.get(language)
    if tense is None:
        tense = _TENSE[language] = ClauseTense(g.lex)
    punct = _PUNCT.get(language)
    if punct is None:
        punct = _PUNCT[language] = _Punct(g)
    low = _lower(text)
    if ref is not None:
        ref = _dateline_day(text, ref, g) or ref
    ctx = Ctx(text, low, ref, g, tense)
    out: list[TimeMention] = []
    pos = 0
    n = len(low)
    search = g.search
    # no expression runs across a blank line ("a curfew begins at 6 p.m." / "Monday, Aug. 29:
    # At 6:10 a.m."): each match ends at the next paragraph break
    breaks = [b.start() for b in _RE_BLANK_LINE.finditer(low)]
    bi = 0
    while pos < n:
        hit = search(low, pos)
        if hit is None:
            break
        s = hit.start()
        while bi < len(breaks) and breaks[bi] < s:
            bi += 1
        found = _best_at(g, ctx, low, s, breaks[bi] if bi < len(breaks) else n)
        if found is None:
            pos = s + 1
            continue
        if found[0] == "skip":
            pos = max(found[1], s + 1)
            continue
        res, rs, re_, rule = found
        if _delay_before(ctx, low, rs):
            pos = s + 1  # "will run a day late this week": a delay; "this week" alone, found next
            continue
        if rule in _COMMON_WORD_RULES and not isinstance(res, list) and _is_title(text, rs, re_):
            pos = max(re_, s + 1)  # "ABC's "This Week"", "USA Today": a name, not a time
            continue
        if isinstance(res, list):  # one match, several TIMEX3s ("April 24 and 25")
            for r, a, b in res:
                out.extend(_emit(text, r, a, b, rule, ctx, punct))
        else:
            out.extend(_emit(text, res, rs, re_, rule, ctx, punct))
            _day_offset(text, low, out, ctx, punct)
        pos = max(re_, s + 1)
    _join_durations(text, out, punct)
    _clock_then_day(text, out, punct)
    _month_pairs(text, out, punct, ctx.ref)
    _clock_pairs(text, out, punct)
    _item_days(text, out, ctx.ref, punct, tense)
    _link_ranges(text, out, punct, ctx.ref, tense.sentence)
    _restated_utc(text, out, ctx)
    _restated_holiday(text, out, punct)
    return out


#: what joins a holiday and the date that restates it ("Christmas Day, Dec. 25")
_RE_RESTATING_COMMA = re.compile(r",[ \t]*")


def _restated_holiday(text: str, out: list[TimeMention], punct: _Punct) -> None:
    """ "on Christmas Day, Dec. 25": a month and day that restate the holiday before them are
    one day. When their years differ, a date with its weekday decides ("Boxing Day, Monday 26
    December"); else a holiday the clause looks ahead to does (the date after the comma has
    no tense of its own)."""
    for i in range(1, len(out)):
        h, m = out[i - 1], out[i]
        if h.rule != "holiday" or m.rule not in ("month_day", "day_month") or m.type != "DATE" or h.type != "DATE":
            continue
        if len(h.value) != 10 or len(m.value) != 10 or h.value[4:] != m.value[4:] or h.value == m.value:
            continue
        if _RE_RESTATING_COMMA.fullmatch(text, h.end, m.start) is None:
            continue
        if m.text.split()[0].lower().rstrip(".,") in punct.weekday_words:
            # "Boxing Day, Monday 26 December": a date with its weekday names its year itself
            out[i - 1] = dataclasses.replace(h, value=m.value, earliest=m.earliest, latest=m.latest, anchor="next mention")
        elif h.tense == "future" and m.tense is None:
            # "will be released on Christmas Day, Dec. 25": the date, cut from the clause by the
            # comma, is the holiday the clause looks ahead to
            out[i] = dataclasses.replace(m, value=h.value, earliest=h.earliest, latest=h.latest, anchor="previous mention")



#: "10:35 a.m. (0735 GMT)": the bracketed restatement right after a clock (group 1: the span)
_RE_UTC_AFTER = re.compile(r"\s*\((" + UTC_CLOCK + r")\)", re.I)
#: a clock's value: day and time ("2016-07-14T22:45"), or time alone ("XXXX-XX-XXT22:45")
_RE_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d|XXXX-XX-XX)T(\d\d):(\d\d)")


#: the first word of a span
_RE_FIRST_WORD = re.compile(r"([a-z]+)\s")


def _delay_before(ctx: Ctx, low: str, rs: int) -> bool:
    """Does a span open with a position word (lexicon position_words) that is a delay after a
    unit ("run a day late this week", "arrived two hours late last night", "landed an hour
    early this morning")?"""
    w = _RE_FIRST_WORD.match(low, rs)
    if w is None or w.group(1) not in ctx.tables["pos_words"]:
        return False
    before = _RE_UNIT_BEFORE.search(low, max(0, rs - 20), rs)  # in the same clause: "years.\n\nEarlier" is no delay
    return before is not None and before.group(1) in ctx.tables["units"]


_RE_UNIT_BEFORE = re.compile(r"([a-z]+)[ \t]+$")


def _restated_utc(text: str, out: list[TimeMention], ctx: Ctx) -> None:
    """ "10:35 a.m. (0735 GMT)": the restated instant is a TIME of its own, on the day the
    offset between the two clocks gives ("4:17 a.m. (0117 GMT)" the same day, "1:40 p.m.
    (0040 GMT)" too, "12:54 a.m. (2354 GMT)" the day before: zones run from 12 hours behind
    UTC to 14 ahead). A restatement joined by a link word ("began at 7pm AEDT, which was 0800
    GMT") is already a mention: it takes the day the offset gives the same way."""
    i = 0
    while i < len(out):
        m = out[i]
        i += 1
        local = _RE_CLOCK_VALUE.fullmatch(m.value) if m.type == "TIME" and m.rule != "clock_utc" else None
        if local is None:
            continue
        utc = _RE_UTC_AFTER.match(text, m.end)
        if utc is not None and not (i < len(out) and out[i].start < utc.end()):
            res = _utc_instant(local, utc[1], m.anchor)
            out.insert(i, _mention(text, res, utc.start(1), utc.end(1), "clock_utc", m.tense, {}))
            i += 1
            continue
        # the next clock, past any duration between ("at 7pm - daylight saving was brought
        # forward two months - which was 0800 GMT")
        j = next((k for k in range(i, min(i + 3, len(out))) if out[k].type == "TIME"), None)
        nxt = out[j] if j is not None else None
        if (
            nxt is not None
            and nxt.rule == "clock"
            and local[1] != "XXXX-XX-XX"
            and _RE_UTC_CLOCK.fullmatch(nxt.text.lower())
            and lex_pattern(ctx, RESTATED_LINK).fullmatch(ctx.low, m.end, nxt.start) is not None
        ):
            res = _utc_instant(local, nxt.text, m.anchor).with_(mod=nxt.mod)
            out[j] = _mention(text, res, nxt.start, nxt.end, nxt.rule, nxt.tense, nxt.extra)


#: a clock in UTC with nothing else in its span ("0800 GMT", "13:00 UTC")
_RE_UTC_CLOCK = re.compile(UTC_CLOCK)


def _utc_instant(local: re.Match[str], utc_text: str, anchor: str | None) -> Res:
    """The UTC clock ``utc_text`` restating the local clock value ``local``, on the day the
    offset between the two gives (zones run from 12 hours behind UTC to 14 ahead)."""
    digits = re.sub(r"\D", "", utc_text)
    hh, mm = int(digits[:-2]), int(digits[-2:])
    local_minutes = int(local[2]) * 60 + int(local[3])  # from the day's start ("T24:00" is 1440)
    lag = local_minutes - (hh * 60 + mm)  # local minus UTC, in minutes
    if lag > 14 * 60:
        lag -= 24 * 60  # "8:48 p.m. (0148 GMT)": five hours behind UTC, which is a day on
    elif lag < -12 * 60:
        lag += 24 * 60  # "12:54 a.m. (2354 GMT)": an hour ahead, UTC still the day before
    day = local[1]
    if day != "XXXX-XX-XX":
        # "midnight (2200 GMT)" is T24:00: minutes from the day's start, not a clock reading
        try:
            d = dt.date.fromisoformat(day) + dt.timedelta(days=(local_minutes - lag) // (24 * 60))
        except (OverflowError, ValueError):  # "9999-12-31T23:00 (0100 GMT)": no such day
            pass
        else:
            return R.clock(d, hh, mm).with_(anchor=anchor)
    return R.clock(None, hh, mm)


#: calendar dates an approximator before them joins ("around 2005"); not a weekday (TBAQ
#: leaves "around" out of "around Wednesday")
_APPROX_DATE_RULES = frozenset({"year", "year_words", "month", "month_day", "day_month", "numeric_date", "slash_ymd",
                                "dotted_dmy", "iso_date", "decade", "decade_words"})

#: rules whose expressions are common lower-case words ("this week", "today", "now")
_COMMON_WORD_RULES = frozenset({"rel_unit", "deictic_day", "deictic_part", "ref_word"})
_RE_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _is_title(text: str, s: int, e: int) -> bool:
    """A capitalised common-word expression inside a sentence is part of a name: a programme
    ("ABC's "This Week"", "VOA Today"), a paper ("USA Today"). Not at a sentence or quotation
    start ("Now we see", ""Today, I'm here"), and not in a title-case headline line."""
    words = _RE_WORDS.findall(text, s, e)
    if not words or not words[0][0].isupper():
        return False
    k = s
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    prev = text[k - 1] if k > 0 else "\n"
    if len(words) == 1:
        # one word: a name only right after another word ("VOA Today", "NBC's Today")
        if not (prev.isalnum() or prev in "'’"):
            return False
    else:
        # several words, all capitalised ("This Week"): a title unless the sentence starts here
        if not all(w[0].isupper() for w in words) or prev in ".!?:\n":
            return False
    # a headline in title case capitalises every word: no evidence of a name there. A headline
    # is short: look no further than 200 characters either way (as the month-name headline
    # test does); the whole line per candidate was quadratic on a long line of names
    lo, hi = max(0, s - 200), min(len(text), e + 200)
    a = text.rfind("\n", lo, s)
    b = text.find("\n", e, hi)
    if (a < 0 and lo > 0) or (b < 0 and hi < len(text)):
        return True  # a line this long is no headline
    a += 1
    line = _RE_WORDS.findall(text, a, hi if b < 0 else b)
    long_words = [w for w in line if len(w) > 3]
    capital = sum(1 for w in long_words if w[0].isupper())
    headline = len(line) <= 20 and len(long_words) >= 3 and capital >= 0.8 * len(long_words)
    if headline and capital < len(long_words):
        # a headline has no final period: a sentence full of names ("He appeared on ABC's
        # This Week and NBC's Meet the Press.") is not one
        tail = text[a : hi if b < 0 else b].rstrip(" \t\r\"'”’")
        headline = not tail.endswith(".")
    return not headline


_RE_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _best_at(g: Grammar, ctx: Ctx, low: str, s: int, limit: int) -> tuple[Res, int, int, str] | None:
    probe = g.rules_at(low[s])
    cands = probe.ends(low, s, limit)
    # longest first; among equals the grammar's order (the probe keeps it; sort is stable)
    if len(cands) > 1:
        cands.sort(key=lambda t: -t[0])
    for end, i in cands:
        name = probe.names[i]
        m = probe.pats[i].match(low, s, limit)
        assert m is not None and m.end() == end, (name, s)
        ctx.s, ctx.e = s, end
        try:
            out = PRODUCTIONS[name](m, ctx)
        except (ValueError, OverflowError):
            # the date falls outside the calendar (before year 1, after 9999; e.g. "next year"
            # said on 9999-12-31): keep the expression, unresolved, and say why
            out = Res("DATE", "XXXX-XX-XX", note="outside the calendar (years 1-9999)")
        if out is None:
            continue
        if isinstance(out, tuple) and out[0] == "skip":
            return out  # type: ignore[return-value]
        if isinstance(out, list):
            return out, s, end, name  # type: ignore[return-value]
        if isinstance(out, tuple):
            res, rs, re_ = out
        else:
            res, rs, re_ = out, s, end
        return res, rs, re_, name
    return None


def _emit(text: str, res: Res, s: int, e: int, rule: str, ctx: Ctx, punct: _Punct) -> list[TimeMention]:
    # a final period that ends the sentence is not part of the expression ("p.m." keeps it)
    if e > s and text[e - 1] == "." and not punct.abbrev_end.search(text[s:e].lower()):
        e -= 1
    while e > s and text[e - 1] in " ,":
        e -= 1
    utc = RE_RESTATED_UTC_END.search(text, s, e)
    if utc is not None and utc.start() > s:
        e = utc.start()  # "10:35 a.m. (0735 GMT)": the same instant restated; read, not spanned
    if punct.mods_outside is not None and res.mod and res.type in ("DURATION", "TIME"):
        lead = punct.mods_outside.match(text, s, e)
        if lead:  # "about five hours" -> "five hours", mod APPROX ("about two years ago" keeps it)
            s = lead.end()
    if punct.date_approx is not None and res.type == "DATE" and res.mod is None and rule in _APPROX_DATE_RULES:
        lead = punct.date_approx.search(text, max(0, s - 30), s)
        if lead:  # "around March 5", "circa 1900": the approximator is in the span
            s, res = lead.start("a" if lead["a"] else "b"), res.with_(mod="APPROX")
    tense = None
    if res.anchor and res.anchor.startswith("reference") and res.type in ("DATE", "TIME"):
        tense = ctx._tense(text, s, e)
    mention = _mention(text, res, s, e, rule, tense, {})
    # "the same period of last year", "the year-ago quarter": a period a figure is compared with
    compared = (
        (res.granularity in ("quarter", "month") or rule == "quarter_rel")
        and punct.compared is not None
        and punct.compared.search(text, s, e) is not None
    )
    ctx.story.tell(ctx, res, s, e, rule, compared)
    return [mention]


_RE_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _day_offset(text: str, low: str, out: list[TimeMention], ctx: Ctx, punct: _Punct) -> None:
    """ "the day before last Tuesday's hearing", "the eve of Christmas": the named day just
    emitted, shifted by a day, over one span that takes in the words before it."""
    y = out[-1] if out else None
    if y is None or punct.day_offset is None or y.type != "DATE" or y.earliest is None:
        return
    if y.granularity != "day" or not _RE_DAY_VALUE.fullmatch(y.value):
        return
    pre = punct.day_offset.search(low, max(0, y.start - 40), y.start)
    if pre is None:
        _counted_day(text, low, out, ctx, punct)
        return
    k = punct.day_offset_dir[" ".join(pre["w"].split())]
    try:
        # the value's day (an estimated day, "the day after Eid al-Fitr", keeps its mod and
        # its interval, shifted)
        res = R.day(dt.date.fromisoformat(y.value) + dt.timedelta(days=k)).with_(anchor=y.anchor)
        if y.mod == "APPROX" and y.latest is not None:
            res = res.with_(mod="APPROX", earliest=y.earliest + dt.timedelta(days=k), latest=y.latest + dt.timedelta(days=k))
    except (OverflowError, ValueError):  # "the day after 9999-12-31": no such day; the named day stays
        return
    while len(out) > 1 and out[-2].end > pre.start():
        out.pop(-2)  # "a day" read as a duration before "after Christmas"
    out[-1] = _mention(text, res, pre.start(), y.end, "day_offset", y.tense, {})
    ctx.story.restate(y.earliest, res)


def _counted_day(text: str, low: str, out: list[TimeMention], ctx: Ctx, punct: _Punct) -> None:
    """ "the Saturday before Christmas", "the weekend after Thanksgiving", "the week before
    Christmas": a weekday, weekend or week counted from the named day just emitted, over one
    span. A weekday or weekend is the nearest one strictly before or after the day; a week is
    the seven days before or after it, named by the ISO week of their middle day."""
    y = out[-1]
    pre = punct.counted.search(low, max(0, y.start - 40), y.start) if punct.counted is not None else None
    if pre is None or low[y.start : y.end].split(" ", 1)[0] in punct.counted_skip:
        return
    k = punct.counted_dir[pre["d"]]
    day = dt.date.fromisoformat(y.value)
    u = pre["u"]
    try:
        if u in punct.counted_weekdays:
            wd = punct.counted_weekdays[u]
            gap = ((day.isoweekday() - wd) % 7 or 7) if k < 0 else ((wd - day.isoweekday()) % 7 or 7)
            res = R.day(day + dt.timedelta(days=k * gap))
        elif punct.counted_unit.get(u) == "WE":
            gap = ((day.isoweekday() - 6) % 7 or 7) if k < 0 else ((6 - day.isoweekday()) % 7 or 7)
            res = R.weekend(day + dt.timedelta(days=k * gap))
        elif punct.counted_unit.get(u) == "W":
            res = R.week(day + dt.timedelta(days=4 * k))
        else:
            return
    except (OverflowError, ValueError):
        return
    while len(out) > 1 and out[-2].end > pre.start():
        out.pop(-2)  # "Saturday" read alone before "before Christmas"
    out[-1] = _mention(text, res.with_(anchor=y.anchor), pre.start(), y.end, "counted_day", y.tense, {})
    ctx.story.restate(y.earliest, res)


def _mention(text: str, res: Res, s: int, e: int, rule: str, tense: str | None, extra: dict) -> TimeMention:
    return TimeMention(
        start=s,
        end=e,
        text=text[s:e],
        type=res.type,
        value=res.value,
        mod=res.mod,
        granularity=res.granularity,
        earliest=res.earliest,
        latest=res.latest,
        rule=rule,
        anchor=res.anchor,
        tense=tense,
        quant=res.quant,
        freq=res.freq,
        note=res.note,
        extra=extra,
    )


#: a one-unit ISO duration ("P3Y", "PT8M", "PT55.154S"): (date or time part, amount, unit)
_RE_ONE_UNIT = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMDHS])$")
#: the order of units in an ISO 8601 duration (weeks are left out: they do not combine)
_UNIT_ORDER = {("", "Y"): 0, ("", "M"): 1, ("", "D"): 2, ("T", "H"): 3, ("T", "M"): 4, ("T", "S"): 5}


def _join_durations(text: str, out: list[TimeMention], punct: _Punct) -> None:
    """ "1 hour 08 minutes 14 seconds", "three years and six months": the parts of one
    compound duration, each a smaller unit than the last, become one DURATION (PT1H8M14S,
    P3Y6M). Only unmodified counts after the first (whose modifier, "about", is the whole's);
    "between 2 and 3 hours" has no smaller unit."""
    i = 0
    while i < len(out) - 1:
        a = out[i]
        parts = [a]
        j = i + 1
        while j < len(out) and _joins(text, parts[-1], out[j], punct, first=len(parts) == 1):
            parts.append(out[j])
            j += 1
        while len(parts) > 1 and _comma_list(text, parts, punct):
            parts.pop()  # "3 years and 2 months, 10 days longer": the "and" compound alone
        j = i + len(parts)
        if len(parts) > 1:
            units = [_RE_ONE_UNIT.match(p.value) for p in parts]
            date = "".join(f"{u[2]}{u[3]}" for u in units if u and not u[1])  # type: ignore[index]
            clock = "".join(f"{u[2]}{u[3]}" for u in units if u and u[1])  # type: ignore[index]
            value = "P" + date + ("T" + clock if clock else "")
            whole = dataclasses.replace(a, end=parts[-1].end, text=text[a.start : parts[-1].end], value=value)
            last = parts[-1]
            if last.rule == "offset":  # elapsed: where it lands and from what, as its last part says
                whole = dataclasses.replace(
                    whole, rule=last.rule, earliest=last.earliest, latest=last.latest, anchor=last.anchor
                )
            out[i : j] = [whole]
        i += 1


def _comma_list(text: str, parts: list[TimeMention], punct: _Punct) -> bool:
    """Commas alone between days, months or years may list alternatives ("one year, 68 days
    or even two months", "20 years, five days a week"): a compound then ends with "and"
    ("14 years, nine months and 20 days"). Clock units joined by commas are one time ("11
    hours, 20 minutes")."""
    if all(p.value.startswith("PT") for p in parts):
        return False
    last = text[parts[-2].end : parts[-1].start]
    return "," in text[parts[0].end : parts[-1].start] and not punct.duration_words & set(last.split())


def _joins(text: str, a: TimeMention, b: TimeMention, punct: _Punct, first: bool) -> bool:
    # a modifier of the first part is the whole's ("about two hours and 30 minutes")
    if a.type != "DURATION" or b.type != "DURATION" or (a.mod and not first) or b.mod:
        return False
    if a.rule != "duration" or b.rule not in ("duration", "offset") or a.quant or b.quant:
        return False  # the last part may be elapsed: "three hours and 54 minutes later"
    ua, ub = _RE_ONE_UNIT.match(a.value), _RE_ONE_UNIT.match(b.value)
    if ua is None or ub is None or "." in ua[2]:
        return False  # only the last part may have decimals ("50 minutes 55.154 seconds")
    ka, kb = _UNIT_ORDER.get((ua[1], ua[3])), _UNIT_ORDER.get((ub[1], ub[3]))
    if ka is None or kb is None or kb <= ka:
        return False
    return " ".join(text[a.end : b.start].replace(",", " , ").split()) in punct.duration_joiners


def _has_own_day(m: TimeMention, punct: _Punct) -> bool:
    """Does a clock's span name its day ("9 a.m. Friday", "9 a.m. today", "9pm tonight")?"""
    if any(w.lower().rstrip(".,") in punct.day_words for w in m.text.split()):
        return True
    return punct.day_phrases is not None and punct.day_phrases.search(" ".join(m.text.lower().split())) is not None


_RE_WORDS_BEFORE = re.compile(r"([A-Za-z][\w.’'-]*)\s*$")
_RE_CLOCK_MARKED = re.compile(r"\d\s*(?:a|p)\.?\s*m\b|\b(?:noon|midday|midnight)\b", re.I)
_RE_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_RE_SENTENCE_GAP = re.compile(r"[.!?:;\n\"“”]")


def _qualified_after_preposition(text: str, start: int, punct: _Punct) -> bool:
    """Does the clock at ``start`` open a noun phrase after a preposition ("during the 5:30
    a.m. count", "before the Tokyo Stock Exchange's 3 p.m. close"), a verb of taking part or
    "said" ("told the city's 10 a.m. briefing Saturday"; lexicon clock_day.noun_after), or at a
    sentence's start ("The 6:15 a.m. train Monday"): a determiner or a possessive right before
    it, then names and possessives back to that word? (Not after another verb: "moved the 1
    p.m. kickoff on Wednesday to Sunday", "lifted the 8 p.m. curfew on Tuesday": the day dates
    the verb.)"""
    pos, seen = start, 0
    while seen < 6:
        w = _RE_WORDS_BEFORE.search(text, max(0, pos - 40), pos)
        if w is None or _RE_SENTENCE_GAP.search(text, w.end(), pos):
            return seen > 0  # "The 6:15 a.m. train Monday was late": the subject's phrase
        word = w.group(1)
        low = word.lower()
        if seen and low in punct.clock_day_noun_after:
            return True
        if low in punct.clock_day_determiners or low.endswith(("'s", "’s")) or (seen and word[:1].isupper()):
            pos, seen = w.start(), seen + 1
            continue
        return False
    return False


def _clock_then_day(text: str, out: list[TimeMention], punct: _Punct) -> None:
    """ "At 4:17 a.m. a year ago today", "at 4:17 pm US Eastern time on July 20, 1969", "the 1
    p.m. start on Sunday": a clock with no day word of its own is on the day named right after
    it, when only what places or qualifies the clock stands between (lexicon clock_day: a zone,
    a place, a bracketed restatement, the noun of a phrase after a preposition, "on", "on the
    evening of"). Without "on", the day must be a weekday or a deictic day ("during the 10 a.m.
    briefing Saturday"). A bracketed restatement between ("at 1 a.m. in Kyiv (2200 GMT) on
    Monday") is dated from the local clock."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "TIME" or a.granularity != "minute" or a.earliest is None or a.value[10:] == "T24:00" or _has_own_day(a, punct):
            continue
        restated = None
        if b.type == "TIME" and b.rule in ("clock", "clock_utc") and i + 2 < len(out) and text[b.start - 1 : b.start] == "(" and text[b.end : b.end + 1] == ")":
            restated, b = i + 1, out[i + 2]  # "at 12:33 p.m. in Madrid (10:33 GMT) on Monday": the day after the bracket
        elif text[: a.start].rstrip()[-1:] == "(" and i > 0 and out[i - 1].type == "TIME" and out[i - 1].end < a.start:
            continue  # the restatement itself: dated from the local clock before it
        if b.type != "DATE" or b.granularity != "day" or b.earliest is None:
            continue
        if _RE_POSSESSIVE_AFTER.match(text, b.end):
            continue  # "spoke at 10 a.m. on Monday's flooding": the day of the topic, not of the clock
        gap = text[a.end : b.start]
        part = None
        if gap.strip():
            m = punct.clock_day_between.fullmatch(gap) if punct.clock_day_between is not None else None
            if m is None or (gap.lstrip().startswith(")") and text[: a.start].rstrip()[-1:] != "("):
                continue
            if m["noun"] is not None and not _qualified_after_preposition(text, a.start, punct):
                continue  # "at 9 a.m. sharp on Monday", "set a 9 a.m. hearing on Wednesday for next month"
            link = " ".join(m["link"].split()).lower() if m["link"] else None
            if link is None and b.rule not in _WEEKDAY_RULES and b.rule != "deictic_day":
                continue
            part = punct.clock_day_parts.get(link) if link else None
        if a.earliest == b.earliest and part is None:
            continue
        if part is None and gap.strip() and b.text.split()[0].lower() in punct.clock_day_determiners:
            named = b.rule not in _WEEKDAY_RULES and len(b.text.split()) > 1 and b.text.split()[1][:1].isupper()
            if not named:
                continue  # "on the second day of the conclave", "on that Friday": a day the story tells ("on the Fourth of July" is a name)
        if a.value[4:10] == b.value[4:10] and b.rule in _MONTH_DAY_RULES and len(b.text.split()) <= 2:
            continue  # "at 4 a.m. on Oct. 16": the clock read the bare date in its own context already
        moved = _shift_days(a, (b.earliest - a.earliest).days)
        if moved is None:
            continue
        hour = int(moved.value[11:13]) if moved.value[11:13].isdigit() else None
        marked = _RE_CLOCK_MARKED.search(a.text) is not None
        if part == "NI" and hour is not None and (hour < EARLIEST_NIGHT_HOUR or (hour == 12 and not marked)):
            # "at 2 a.m. on the night of Monday", "at 12:30 on the night of Thursday": the small hours after it
            moved = _shift_days(moved, 1) or moved
            if hour == 12:
                moved = dataclasses.replace(moved, value=f"{moved.value[:11]}00{moved.value[13:]}")
        elif part == "MO" and hour is not None and 12 < hour and not marked:
            moved = dataclasses.replace(moved, value=f"{moved.value[:11]}{hour - 12:02d}{moved.value[13:]}")  # "at 5:30 on the morning of"
        elif part in punct.clock_day_pm and hour is not None and not marked:
            if (part == "AF" and 0 < hour <= EARLIEST_NIGHT_HOUR) or (part != "AF" and EARLIEST_NIGHT_HOUR <= hour < 12):
                moved = dataclasses.replace(moved, value=f"{moved.value[:11]}{hour + 12:02d}{moved.value[13:]}")
        out[i] = dataclasses.replace(moved, anchor="next mention")
        if restated is not None:
            r = out[restated]
            local = _RE_CLOCK_VALUE.fullmatch(out[i].value)
            res = _utc_instant(local, r.text, "previous mention").with_(mod=r.mod) if local and _RE_UTC_CLOCK.fullmatch(r.text.lower()) else None
            if res is not None and res.earliest is not None:
                out[restated] = dataclasses.replace(r, value=res.value, earliest=res.earliest, latest=res.latest, anchor="previous mention")
            elif (same := _shift_days(r, (out[i].earliest - a.earliest).days)) is not None:  # type: ignore[operator]
                out[restated] = dataclasses.replace(same, anchor="previous mention")  # "(2.32am BST) yesterday": moved with the local clock


def _month_pairs(text: str, out: list[TimeMention], punct: _Punct, ref: dt.date | None) -> None:
    """ "in February and March", "in September or October", "cuts in January and July": two
    bare months joined by "and"/"or", written in calendar order, are of one year. When each
    took a year from the reference on its own and they differ, the pair takes the year in
    which both lie ahead if either clause looks ahead, the one in which both are told of if
    either is past, else the one that keeps both nearest the reference."""
    if ref is None:
        return
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.rule != "month" or b.rule != "month" or a.granularity != "month" or b.granularity != "month" or a.mod or b.mod:
            continue
        if not (a.anchor or "").startswith("reference") or not (b.anchor or "").startswith("reference"):
            continue
        if a.earliest is None or b.earliest is None or a.earliest.year == b.earliest.year or b.earliest.month <= a.earliest.month:
            continue
        if " ".join(text[a.end : b.start].split()) not in punct.pair_joiners:
            continue
        if punct.range_open is not None and punct.range_open.search(text[max(0, a.start - 12) : a.start]):
            continue  # "between January and October": a range (_link_ranges)
        years = sorted({a.earliest.year, b.earliest.year})
        if "future" in (a.tense, b.tense):
            # both still ahead: the first year in which the first month has not begun before the reference's
            year = next((y for y in years if (y, a.earliest.month) >= (ref.year, ref.month)), years[-1])
        elif "past" in (a.tense, b.tense):
            # both told of: the last year in which the second month is not after the reference's
            year = next((y for y in reversed(years) if (y, b.earliest.month) <= (ref.year, ref.month)), years[0])
        else:
            # no tense: the year that keeps the pair nearest the reference (the earlier on a tie)
            def far(y: int) -> int:
                return max(abs((y - ref.year) * 12 + mo - ref.month) for mo in (a.earliest.month, b.earliest.month))  # type: ignore[union-attr]

            year = min(years, key=lambda y: (far(y), y))
        for k, m in ((i, a), (i + 1, b)):
            if m.earliest is not None and m.earliest.year != year:
                moved = _shift_year(m, year - m.earliest.year)
                if moved is not None:
                    out[k] = moved


def _link_ranges(
    text: str, out: list[TimeMention], punct: _Punct, ref: dt.date | None = None, sentence: Callable[[str, int, int], tuple[int, int]] | None = None
) -> None:
    """Mark "from X to Y" / "between X and Y" / "1998-2000" pairs in ``extra`` (TimeML keeps
    them two TIMEX3s)."""
    if punct.range_mid is None:
        return
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME"):
            continue
        between = text[a.end : b.start]
        if not punct.range_mid.match(between):
            continue
        opened = punct.range_open is not None and punct.range_open.search(text[max(0, a.start - 12) : a.start])
        # "conducted Friday through Sunday": two weekdays need no "from"
        days = a.rule in _WEEKDAY_RULES and b.rule in _WEEKDAY_RULES and " ".join(between.split()) in punct.bare_middle
        if opened or days or between.strip() in ("-", "–"):
            back = _day_from_range_end(text, a, b, out[i + 2] if i + 2 < len(out) else None, punct) if opened else None
            if back is None and opened and _end_has_the_day(a, b, punct):
                back = 0 if a.value[10:] <= b.value[10:] else 1  # "between midday and 4pm yesterday"
            if back is not None:
                a = out[i] = _shift_days(a, (b.earliest - a.earliest).days - back) or a  # type: ignore[operator]
            a, b = out[i], out[i + 1] = _order_range(a, b, punct, ref, text, sentence)
            a.extra.setdefault("range", "start")
            a.extra["range_end"] = b.value
            b.extra.setdefault("range", "end")
            b.extra["range_start"] = a.value


def _clocks(a: TimeMention, b: TimeMention) -> bool:
    """Are both mentions clock times (TIME to the minute)?"""
    return a.type == b.type == "TIME" and a.granularity == b.granularity == "minute"


def _day_from_range_end(text: str, a: TimeMention, b: TimeMention, c: TimeMention | None, punct: _Punct) -> int | None:
    """ "open from 7 a.m. to 8 p.m. on Thursday": the day after the end clock (the next
    mention, one word after it) dates the start clock too, when the start has no day of its
    own (no day word in its span, none between the two): the same day when the start is no
    later in the day, else the day before ("from 4pm until 5am on Saturday" runs overnight).
    How many days before the end's day the start is (0 or 1), or None when it does not apply."""
    if c is None or not _clocks(a, b):
        return None
    if a.earliest is None or b.earliest is None or c.earliest is None:
        return None
    if not _dated_by_next_day(text, b, c):
        return None
    # (a bare "noon" has no anchor of its own: "between noon and 2pm on Saturday")
    if (a.anchor is not None and not a.anchor.startswith("reference")) or _has_own_day(a, punct):
        return None
    return 0 if a.value[10:] <= b.value[10:] else 1  # "T07:00" <= "T20:00"


def _end_has_the_day(a: TimeMention, b: TimeMention, punct: _Punct) -> bool:
    """Does a clock range's end name its day in its own span ("between midday and 4pm
    yesterday") while the start names none: the start is on that day too."""
    if not _clocks(a, b):
        return False
    if a.earliest is None or b.earliest is None or a.earliest == b.earliest:
        return False
    if a.anchor is not None and not a.anchor.startswith("reference"):
        return False
    return _has_own_day(b, punct) and not _has_own_day(a, punct)


_RE_CLAUSE_MARK = re.compile(r"[,.;:!?()\[\]\"“”]")


def _dated_by_next_day(text: str, b: TimeMention, c: TimeMention) -> bool:
    """Is the clock ``b`` dated by the day ``c`` written right after it ("8 p.m. on Thursday",
    "3:42am local time on Saturday"): ``c`` a day that ``b`` is on, at most four words later,
    nothing between that would end a phrase?"""
    if c.type not in ("DATE", "TIME") or c.granularity not in ("day", "part_of_day") or c.earliest is None or c.earliest != b.earliest:
        return False
    between = text[b.end : c.start]
    return 1 <= len(between.split()) <= 4 and not _RE_CLAUSE_MARK.search(between)


def _dated_by_day_before(text: str, d: TimeMention, a: TimeMention) -> bool:
    """Is the clock ``a`` dated by the day ``d`` written just before it ("on Thursday at 7am",
    "Thursday night at 11:30"): ``d`` a day that ``a`` is on, at most two words before it,
    nothing between that would end a phrase?"""
    if d.type not in ("DATE", "TIME") or d.granularity not in ("day", "part_of_day") or d.earliest is None or d.earliest != a.earliest:
        return False
    between = text[d.end : a.start]
    return len(between.split()) <= 2 and not _RE_CLAUSE_MARK.search(between)


def _clock_pairs(text: str, out: list[TimeMention], punct: _Punct) -> None:
    """ "The attacks began at 3:31am and 3:42am local time on Saturday": two clocks joined by
    "and"/"or", the second dated by the day right after it, are both on that day, when the
    first names no day of its own."""
    for i in range(len(out) - 2):
        a, b, c = out[i], out[i + 1], out[i + 2]
        if not _clocks(a, b) or a.earliest is None or b.earliest is None:
            continue
        if i > 0 and _dated_by_day_before(text, out[i - 1], a):
            continue  # "on Thursday at 7am and returned at 10pm on Friday": the first has its day
        between = text[a.end : b.start]
        joiner = " ".join(w for w in between.split() if w.lower() not in punct.pair_fillers)  # "at 10:05 and again at 13:40"
        # "polls open at 7am and close at 10pm on 12 December": two clauses' clocks, the first
        # the day before when it is later in the day ("began at 9pm and ended at 2am on Sunday")
        clause = joiner not in punct.pair_joiners and punct.pair_clause is not None and punct.pair_clause.fullmatch(" ".join(between.split())) is not None
        if "," in between or (joiner not in punct.pair_joiners and not clause) or not _dated_by_next_day(text, b, c):
            continue
        if not (a.anchor or "").startswith("reference") or _has_own_day(a, punct):
            continue
        if clause and a.tense == "past" and b.tense == "future":
            continue  # "took effect at 6am and will be reviewed at noon on Friday": two times ("were to open at 7am and opened at 9am on Sunday" is one day)
        back = 1 if clause and a.value[10:] > b.value[10:] else 0
        if (b.earliest - a.earliest).days == back:
            continue
        moved = _shift_days(a, (b.earliest - a.earliest).days - back)
        if moved is not None:
            out[i] = moved


def _order_range(
    a: TimeMention,
    b: TimeMention,
    punct: _Punct,
    ref: dt.date | None = None,
    text: str = "",
    sentence: Callable[[str, int, int], tuple[int, int]] | None = None,
) -> tuple[TimeMention, TimeMention]:
    """A range cannot end before it starts: "between January and October", said in
    November, is this year's January, whatever the month alone would have meant. The end
    that the text did not date itself (a year chosen from the reference) moves by a year."""
    if a.earliest is None or b.latest is None:
        return a, b
    if (
        _clocks(a, b)
        and b.earliest is not None
        and a.earliest != b.earliest
        and ref is not None
        and b.earliest == ref
        and (b.anchor or "").startswith("reference")
        and not _has_own_day(b, punct)
    ):
        # "recorded rain ... ending 8.30 am yesterday, and another 92 mm between 8.30 am and
        # 5.30 pm": an end clock with no day of its own is on its start's day (the next day
        # when it is earlier in the day: overnight)
        moved = _shift_days(b, (a.earliest - b.earliest).days + (1 if b.value[10:] < a.value[10:] else 0))
        if moved is not None:
            b = moved
    if (
        _clocks(a, b)
        and a.earliest == b.earliest
        and b.value[10:] < a.value[10:]
        and (b.anchor or "").startswith("reference")
        and not _has_own_day(b, punct)
    ):
        # "a curfew from 4pm to 5am": a clock range that runs overnight ends the next day,
        # unless the end names its own day ("until 5am today"); told in the past of a day
        # whose next day has not come ("The blackout lasted from 11pm to 2am", published that
        # day), it started the evening before
        if ref is not None and a.tense == "past" and b.earliest >= ref:
            return _shift_days(a, -1) or a, b
        return a, _shift_days(b, 1) or b
    # "from November 20 to November 21, 1991": the end's year is the start's (and the other
    # way round), whatever the bare date alone would have been
    if a.granularity in ("day", "month") and b.granularity in ("day", "month") and a.earliest.year != b.latest.year:
        a_ref, b_ref = (a.anchor or "").startswith("reference"), (b.anchor or "").startswith("reference")
        # the same year, else across a year end ("from December 28 to January 3, 2005")
        if a_ref and b.anchor is None:
            for k in (b.latest.year - a.earliest.year, b.latest.year - a.earliest.year - 1):
                moved = _shift_year(a, k)
                if moved is not None and moved.earliest is not None and moved.earliest <= b.latest:
                    return moved, b
        elif b_ref and a.anchor is None:
            for k in (a.earliest.year - b.latest.year, a.earliest.year - b.latest.year + 1):
                moved = _shift_year(b, k)
                if moved is not None and moved.latest is not None and a.earliest <= moved.latest:
                    return a, moved
    around = _weekday_range_around(a, b, ref, text, punct, sentence)
    if around is not None:
        return around
    if a.earliest <= b.latest:
        if (
            a.rule in _WEEKDAY_RULES
            and b.rule in _WEEKDAY_RULES
            and (b.earliest - a.latest).days > 6
            and (b.anchor or "").startswith("reference")
            and len(b.text.split()) == 1  # not "Tuesday next week"
        ):
            # "conducted from Friday through Sunday", said on a Wednesday: the Sunday after
            # that Friday (the end alone looked ahead, as after "through"), not a week later
            moved = _shift_days(b, -7 * ((b.earliest - a.latest).days // 7))
            return (a, moved) if moved is not None else (a, b)
        return a, b
    if b.rule in _WEEKDAY_RULES and a.rule not in _WEEKDAY_RULES and a.granularity == "day" and (b.anchor or "").startswith("reference"):
        # "from today to Sunday", "from March 23 until Sunday": the first such weekday after
        # the start, not the one before it (nor the start a year back)
        moved = _shift_days(b, 7 * -(-(a.earliest - b.latest).days // 7))
        if moved is not None:
            return a, moved
    if a.rule in _WEEKDAY_RULES and b.rule in _WEEKDAY_RULES:
        if a.tense == "future" and (b.anchor or "").startswith("reference"):
            # "the festival runs Thursday to Saturday", said on a Tuesday: the start looks
            # ahead, the end (read as the nearer Saturday) follows it; "will lie in state from
            # Wednesday until Friday", said on a Friday: the end is next Friday, not today
            moved = _shift_days(b, 7)
            if moved is not None:
                return a, moved
        # "from Monday to Friday", said on a Friday: the Monday before, not a year away
        moved = _shift_days(a, -7) if (a.anchor or "").startswith("reference") else None
        return (moved, b) if moved is not None else (a, b)
    if a.granularity not in ("day", "month") or b.granularity not in ("day", "month"):
        return a, b
    a2 = _shift_year(a, -1) if (a.anchor or "").startswith("reference") else None
    b2 = _shift_year(b, 1) if (b.anchor or "").startswith("reference") else None
    # the start a year earlier, else the end a year later, else both ("between August 1 and
    # July" when August 1 was read as a deadline ahead and July as the last one)
    for x, y in ((a2, b), (a, b2), (a2, b2)):
        if x is not None and y is not None and x.earliest is not None and y.latest is not None and x.earliest <= y.latest:
            return x, y
    return a, b


_WEEKDAY_RULES = frozenset({"weekday"})
_MONTH_DAY_RULES = frozenset({"month_day", "day_month"})


def _weekday_range_around(
    a: TimeMention,
    b: TimeMention,
    ref: dt.date | None,
    text: str = "",
    punct: _Punct | None = None,
    sentence: Callable[[str, int, int], tuple[int, int]] | None = None,
) -> tuple[TimeMention, TimeMention] | None:
    """A range of two bare weekdays that holds the reference day, told in a clause that is not
    past ("where the holiday runs from Tuesday to Thursday", "will run special trains between
    Tuesday and Thursday", said on a Wednesday): the days of this week around it, the start
    behind and the end ahead. None when no such span holds the reference or it does not apply."""
    if ref is None or a.rule not in _WEEKDAY_RULES or b.rule not in _WEEKDAY_RULES or "past" in (a.tense, b.tense):
        return None
    if a.earliest is None or b.earliest is None or len(a.text.split()) != 1 or len(b.text.split()) != 1:
        return None
    if not ((a.anchor or "").startswith("reference") and (b.anchor or "").startswith("reference")):
        return None
    if text and punct is not None and sentence is not None:
        lo, hi = sentence(text, a.start, b.end)
        if punct.week_words is not None and punct.week_words.search(text, lo, hi):
            return None  # "Next week, the summit runs from Monday to Friday": that week's days
        if punct.modal_future is not None and punct.modal_future.search(text, lo, a.start):
            return None  # a start that "will" come is not behind: "will meet from Tuesday to Thursday" is next week's
    wa, wb, wr = a.earliest.isoweekday(), b.earliest.isoweekday(), ref.isoweekday()
    if wa == wb or wr in (wa, wb):
        return None
    start = ref - dt.timedelta(days=(wr - wa) % 7)
    end = start + dt.timedelta(days=(wb - wa) % 7)
    if not start < ref < end:
        return None
    na, nb = _shift_days(a, (start - a.earliest).days), _shift_days(b, (end - b.earliest).days)
    return (na, nb) if na is not None and nb is not None else None


#: what may come before an item's heading on its line: list marks and bold or italic marks
_RE_ITEM_LEAD = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?[*_]*[ \t]*")
#: what ends an item's heading: a colon, or a dash set off with spaces, after bold or italic marks
_RE_ITEM_END = re.compile(r"[*_]*(?::|[ \t]+[-\u2013\u2014][ \t])")


def _item_heading(text: str, out: list[TimeMention], k: int) -> int | None:
    """When ``out[k]`` opens a line as the heading of a list item ("Tuesday: Finance Minister
    Jim Flaherty tables the budget", "Monday and Tuesday: Families ..."), the index of the last
    mention of that heading (the one before its colon), else None."""
    m = out[k]
    line = text.rfind("\n", 0, m.start) + 1
    if _RE_ITEM_LEAD.fullmatch(text, line, m.start) is None:
        return None
    j = k
    while True:
        if _RE_ITEM_END.match(text, out[j].end):
            return j
        if j + 1 >= len(out) or " ".join(text[out[j].end : out[j + 1].start].split()) not in ("and", ",", "&", "or", "to"):
            return None
        j += 1


_RE_ITEM_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])")


def _item_days(
    text: str, out: list[TimeMention], ref: dt.date | None, punct: _Punct, tense: Callable[[str, int, int], str | None] | None = None
) -> None:
    """A chronology told as list items, one per line, each headed by its day ("March 9:
    Speaker rules ...", "Tuesday: Finance Minister tables the budget", "Friday: The government
    is defeated"; or a week ahead, "Today: Zoom reports ...", "Tuesday: ... and we'll find out",
    "Wednesday: A data dump"). A list keeps to one side of the reference: a bare weekday heading
    an item right after an item the list can trust (a day stated or deictic, or a weekday
    whose item says its tense outright; then each item read on the same side, or moved here)
    takes its other reading when its own lies on the other side of the reference (a past one
    for a list in the past, the coming one for a list ahead; "today" counts as ahead). A bare
    weekday whose item says nothing of its tense is not trusted on its own ("Friday: A gunman
    opens fire" may be last Friday), and a tense said outright still decides."""
    if ref is None:
        return
    trusted: set[int] = set()

    def said_tense(k: int) -> str | None:
        """The tense the item says outright: "will" or the like in it ("Monday: Landfall
        around dawn. Winds will spread inland."), else a past tense of one of its sentences (a
        present of a schedule, "Friday: A gunman opens fire", says nothing)."""
        body = _RE_ITEM_END.match(text, out[k].end)
        if body is None:
            return None
        end = text.find("\n", body.end())
        end = len(text) if end < 0 else end
        will = punct.will.search(text, body.end(), end) if punct.will is not None else None
        if will is not None and not any(w in punct.reporting for w in text[body.end() : will.start()].lower().split()):
            return "future"  # (not one reported: "Tuesday: The Government says it will hold a survey")
        if tense is None:
            return None
        for at in [body.end()] + [x.end() for x in _RE_ITEM_SENTENCE.finditer(text, body.end(), end)]:
            if tense(text, at, at + 1) == "past":
                return "past"
        return None

    def side(d: dt.date) -> int:
        return -1 if d < ref else 1  # the reference day itself counts as ahead

    for i, m in enumerate(out):
        if m.earliest is None or m.granularity not in ("day", "part_of_day") or m.earliest != m.latest:
            continue
        if (head := _item_heading(text, out, i)) is None:
            continue
        bare = m.rule in _WEEKDAY_RULES and (m.anchor or "").startswith("reference")
        said = said_tense(head)
        if not bare or said in ("past", "future"):
            trusted.add(i)  # "March 9:", "Today:", "Monday: Parliament will vote"
        # the line before (blank lines between) must be an item headed by a day
        line = text.rfind("\n", 0, m.start) + 1
        prev_end = len(text[:line].rstrip())
        prev_line = text.rfind("\n", 0, prev_end) + 1
        if prev_end <= 0 or not bare:
            continue
        k = next((j for j in range(i - 1, -1, -1) if out[j].start < prev_line), -1) + 1
        if k >= i or out[k].start >= prev_end or (h := _item_heading(text, out, k)) is None or h >= i:
            continue
        before = out[h]
        if h not in trusted or before.earliest is None or (before.earliest == ref and before.rule in _WEEKDAY_RULES):
            continue  # (a weekday item on the reference day itself tells no side; "Today:" is ahead)
        if side(m.earliest) == side(before.earliest):
            trusted.add(i)  # read on the list's side: it may be trusted in turn
            continue
        last = ref - dt.timedelta(days=(ref.weekday() - m.earliest.weekday()) % 7)
        day = last if side(before.earliest) < 0 else last + dt.timedelta(days=7)
        if day == m.earliest or day <= before.earliest or (said == "future" and day < ref) or (said == "past" and day > ref):
            # ("Monday: Parliament will vote": a tense said outright still decides; the list
            # goes forward: "Tuesday: Talks failed. Friday: Mediators return" keeps Friday ahead)
            continue
        moved = _shift_days(m, (day - m.earliest).days)
        if moved is not None:
            out[i] = moved
            trusted.add(i)


def _shift_days(m: TimeMention, k: int) -> TimeMention | None:
    """``m``, a named day, ``k`` days earlier or later (value, interval and all)."""
    if m.earliest is None or m.latest is None or not m.value[:10].count("-") == 2:
        return None
    try:
        e, l = m.earliest + dt.timedelta(days=k), m.latest + dt.timedelta(days=k)
    except OverflowError:  # a week before 0001-01-01
        return None
    return dataclasses.replace(m, earliest=e, latest=l, value=e.isoformat() + m.value[10:])


def _shift_year(m: TimeMention, k: int) -> TimeMention | None:
    """``m`` a year earlier or later; None when the day does not exist then (29 February)."""
    assert m.earliest is not None and m.latest is not None
    try:
        e = m.earliest.replace(year=m.earliest.year + k)
        if m.granularity == "month":
            l = e.replace(day=calendar.monthrange(e.year, e.month)[1])
        else:
            l = m.latest.replace(year=m.latest.year + k)
    except ValueError:
        return None
    return dataclasses.replace(m, earliest=e, latest=l, value=f"{int(m.value[:4]) + k:04d}{m.value[4:]}")
