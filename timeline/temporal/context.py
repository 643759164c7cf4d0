"""What every production sees: the document context, shared tables and small helpers.

`Ctx` carries the text, the reference date, the clause-tense finder, the story's position
(``c.story``, story.py: the day, date and year the narrative is on) and the quarter under
discussion; the helpers
normalise captured words and look them up in the language's tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from timeline.temporal import resolve as R
from timeline.temporal.grammar import RESTATED_UTC, numeral
from timeline.temporal.resolve import Res

# patterns used per candidate, compiled once
_RE_SPACES = re.compile(r"\s+")
_RE_CLOCK = re.compile(r"(\d{1,2})(?:[:.h]?(\d\d))?(?::\d\d)?\s*(a\.?\s?m|p\.?\s?m)?")  # "10:30 a.m.", "9.30am", "1630 GMT", "22h00"
#: a clock time restated in UTC in brackets, ending a span: "10:35 a.m. (0735 GMT)"
RE_RESTATED_UTC_END = re.compile(r"\s*" + RESTATED_UTC + "$", re.I)

D = dt.date
Out = Res | tuple[Res, int, int] | tuple[str, int] | list[tuple[Res, int, int]] | None

#: a production may return (SKIP, end) to consume a span without a mention ("6-year-old")
SKIP = "skip"

# words in any script (letters, then letters or apostrophes): "million", "Israel's", "année"
_RE_PREV_WORD = re.compile(r"([^\W\d_][^\W\d_']*)\W*$")
_RE_NEXT_WORD = re.compile(r"^[\s\"“”'’]*([^\W\d_][^\W\d_']*)")
_RE_W = re.compile(r"\w")
#: a lower-case word of letters only (for word sets of lower-cased text)
RE_LOWER_WORD = re.compile(r"[a-z]+")
#: a lower-case word right after spaces ("quarterly results", "a midweek match", "the 2nd instant lottery")
RE_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)")
#: the two lower-case words after a position ("that followed", "was called")
RE_TWO_WORDS_AFTER = re.compile(r"\s+([a-z]+)\s+([a-z]+)")
_RE_LETTER = re.compile(r"[^\W\d_]")


def _is_w(ch: str) -> bool:
    return ch.isalnum() or ch == "_" if ch.isascii() else _RE_W.match(ch) is not None


def _is_letter(ch: str) -> bool:
    return ch.isalpha() if ch.isascii() else _RE_LETTER.match(ch) is not None


#: an amount just before "a year/day" ("$100bn a year", "4% a year", "$ 1,500 a month"); a
#: number followed by a comma and a space ends a date or a list ("on Dec. 1, an hour after"),
#: and one at a line's end a dateline ("KATHMANDU, April 25, 2016 / A year after the quake")
_RE_AMOUNT_END = re.compile(r"(?:[$£€¥][ \t]*\d|\d)(?:[\d,.]*\d)?(?:(?:bn|tn|mn|m|k|b)\.?)?[ \t]*%?[ \t]*\Z")


class Ctx:
    """What productions may consult: the text, reference date, tense and discourse state."""

    def __init__(self, text: str, low: str, ref: D | None, grammar: Any, tense: Callable[[str, int, int], str | None]):
        self.text = text
        self.low = low
        self.ref = ref
        self.g = grammar
        self.lex = grammar.lex
        self._tense = tense
        from timeline.temporal.story import Story  # story.py builds on this module's helpers

        #: where the narrative is: the day, date and year the text is telling of (story.py)
        self.story = Story(text)
        self.last_quarter: tuple[int, int] | None = None
        #: a day already chosen for the weekday starting at this offset ("10:35 a.m. (0735 GMT)
        #: Friday": the clock resolved Friday; the weekday, spanned apart, agrees with it)
        self.day_hint: tuple[int, D] | None = None
        #: ...and a day already chosen for the clock starting at this offset ("Friday at 2:46
        #: p.m.": the day, spanned apart, dates the clock)
        self.clock_hint: tuple[int, D] | None = None
        self.s = 0
        self.e = 0
        self.tables = _tables(grammar.lex)
        self._ref_anchor: str | None = None

    def sentence(self) -> tuple[int, int]:
        """Start and end offsets of the sentence around the candidate (abbreviations kept in)."""
        return self._tense.sentence(self.text, self.s, self.e)  # type: ignore[attr-defined]

    def tense(self) -> str | None:
        return self._tense(self.text, self.s, self.e)

    @property
    def tense_cues(self) -> Any:
        """The language's tense cue tables (``TenseCues``), for rules that read one word."""
        return self._tense.cues  # type: ignore[attr-defined]

    def norm(self, s: str | None) -> str:
        """Whitespace-normalised words, mapped through the lexicon's ``[canonical]`` table,
        so that productions compare role words ("last", "the past", "early") whatever
        the language wrote them as."""
        if not s:
            return ""
        memo = self.tables["norm_memo"]  # a pure function of ``s``, asked for per candidate
        got = memo.get(s)
        if got is None:
            if len(memo) >= 20_000:
                memo.clear()
            got = memo[s] = self._norm_words(s)
        return got

    def _norm_words(self, s: str) -> str:
        n = _norm(s)
        canon = self.tables["canonical"]
        if not canon or not n:
            return n
        if n in canon:
            return canon[n]
        return " ".join(canon.get(w, w) for w in n.split(" "))

    def prev_word(self, pos: int | None = None) -> str:
        pos = self.s if pos is None else pos
        lo = max(0, pos - 40)
        low = self.low
        # The word _RE_PREV_WORD finds holds the last word character before ``pos`` (only
        # non-word characters may follow it), which must be a letter; the regex runs from
        # the start of that letter-or-apostrophe run (earlier starts all fail), not over
        # all 40 characters.
        i = pos
        while i > lo and not _is_w(low[i - 1]):
            i -= 1
        if i == lo or not _is_letter(low[i - 1]):
            return ""
        i -= 1
        while i > lo and (_is_letter(low[i - 1]) or low[i - 1] == "'"):
            i -= 1
        m = _RE_PREV_WORD.search(low, i, pos)
        return m.group(1) if m else ""

    def words_before(self, width: int = 40) -> list[str]:
        """The lower-case words just before the candidate, split on spaces only, so that
        "won't" and "starting at" stay as written (``prev_word`` stops at the apostrophe)."""
        return self.low[max(0, self.s - width) : self.s].split()

    def next_word(self, pos: int | None = None) -> str:
        pos = self.e if pos is None else pos
        m = _RE_NEXT_WORD.match(self.low[pos : pos + 40])
        return m.group(1) if m else ""

    def next_char(self) -> str:
        rest = self.text[self.e : self.e + 3].lstrip(" ")
        return rest[:1]

    def possessive_at(self, pos: int) -> bool:
        """Does a possessive ending ("'s", context_words.possessive) start at ``pos``?"""
        return self.low.startswith(self.tables["possessive"], pos)

    def cap(self, low_pos: int) -> bool:
        """Is the original character at this offset upper-case (proper month/weekday names)?"""
        return self.text[low_pos : low_pos + 1].isupper()

    def ref_anchor(self) -> str | None:
        if self._ref_anchor is None and self.ref:
            self._ref_anchor = f"reference:{self.ref.isoformat()}"
        return self._ref_anchor


_TABLE_CACHE: dict[int, dict[str, Any]] = {}


def _tables(lex: Any) -> dict[str, Any]:
    key = id(lex)
    if key not in _TABLE_CACHE:
        cond = lex.table("reference_word_conditions")
        _TABLE_CACHE[key] = {
            "canonical": lex.table("canonical"),
            "norm_memo": {},
            "context": {k: (set(v) if isinstance(v, list) else v) for k, v in lex.table("context_words").items()},
            "quarter_ordinals": lex.table("quarter_ordinals"),
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
            "season_of_play": lex.table("season_of_play"),
            "holidays": lex.table("holidays"),
            "day_offsets": lex.table("day_offsets"),
            "named_days": lex.table("named_days"),
            "holiday_needs": lex.table("holiday_needs"),
            "holiday_regions": lex.table("holiday_regions"),
            "region_cues": _region_cue_patterns(lex),
            "ambiguous": lex.table("ambiguous_months"),
            "stop_after_number": set(lex.words("stop_after_number")),
            "current_not_before": set(cond.get("current_not_before", [])),
            "ref_conditions": {k: set(v) for k, v in cond.items()},
            "unit_synonyms": lex.table("unit_synonyms"),
            "dir_with_object": frozenset(lex.table("directions").get("with_object", [])),
            "span": {k: (set(v) if isinstance(v, list) else v) for k, v in lex.table("span").items()},
            "year_phrases": lex.table("year_phrases"),
            "year_prefix_mods": lex.table("year_prefix_mods"),
            "year_open_ends": lex.table("year_open_ends"),
            "number_articles": frozenset(lex.table("number_words").get("articles", [])),
            "caps_zones": tuple(lex.table("clock_zones").get("caps_only_after_bare_clock", [])),
            "pod_plurals": lex.table("parts_of_day_plural"),
            "one_words": frozenset(w for w, v in lex.table("numbers").items() if v == 1),
            "last": set(lex.table("relations").get("last", [])),
            "next": set(lex.table("relations").get("next", [])),
            "last_phrases": set(lex.table("relations").get("last_phrases", [])),
            "next_phrases": set(lex.table("relations").get("next_phrases", [])),
            "rel_determiners": list(lex.table("relations").get("determiners", [])),
            "dir_past": frozenset(lex.table("directions").get("past", [])),
            "dir_elapsed": frozenset(lex.table("directions").get("elapsed", [])),
            "dir_with_object": frozenset(lex.table("directions").get("with_object", [])),
            "pos_words": lex.table("position_words"),
            "mid_words": tuple(w.rstrip("-") for w, mod in lex.table("position_words").items() if mod == "MID"),
            "possessive": tuple(lex.table("context_words").get("possessive", [])),
            "clock_mods": lex.table("clock_mods"),
            "set_quants": lex.table("set_quantifiers"),
            "anaphoric_day": lex.table("anaphoric_day"),
            "range_middle": set(lex.table("ranges").get("middle", [])),
            "range_open": set(lex.table("ranges").get("open", [])),
            "range_bare_middle": frozenset(lex.table("ranges").get("bare_middle", [])),
            "zone_offsets": lex.table("zone_offsets"),
            "clock_words": lex.table("clock_words"),
            "zone_end": _zone_end(lex),
            "zone_start": _zone_start(lex),
            "patterns": {},
        }
    return _TABLE_CACHE[key]


_RE_LEX_SLOT = re.compile(r"\{([a-z_]+)(?:\.([a-z_]+))?\}")


def _region_cue_patterns(lex: Any) -> dict[str, re.Pattern[str]]:
    """One pattern per region of lexicon `[region_cues]`, each cue word a whole word and not
    inside a longer name of somewhere else (`[region_cue_exclusions]`: "england" not in "New
    England", "british" not in "British Columbia", "wales" not in "New South Wales")."""
    names = [" ".join(n.lower().split()) for n in lex.table("region_cue_exclusions").get("names", [])]

    def cue(w: str) -> str:
        # a name holding the word: what stands before it a lookbehind, what follows a lookahead
        parts = [(n[: n.find(w)], n[n.find(w) + len(w) :]) for n in names if w in n and n != w]
        behind = "".join(f"(?<!{re.escape(b)})" for b, _ in parts if b)
        ahead = "".join(f"(?!{re.escape(a)})" for _, a in parts if a)
        return behind + re.escape(w) + ahead

    return {
        k: re.compile(r"\b(?:" + "|".join(cue(w) for w in sorted(v, key=len, reverse=True)) + r")(?![\w])")
        for k, v in lex.table("region_cues").items()
    }


def lex_pattern(c: Ctx, template: str, flags: int = 0) -> re.Pattern[str]:
    """``template`` compiled with each ``{name}`` (a lower-case key of the lexicon's
    ``[context_words]``, or ``{table.key}`` for a word list elsewhere, as ``{ranges.middle}``)
    replaced by an alternation of its words, longest first, spaces matching any whitespace ("(?:\\bon|,)" is written "(?:\\b(?:{day_prepositions})|,)"); once
    per lexicon, template and flags."""
    cache = c.tables["patterns"]
    got = cache.get((template, flags))
    if got is None:
        cw = c.tables["context"]

        def alt(mm: re.Match[str]) -> str:
            got = c.lex.table(mm.group(1)).get(mm.group(2), ()) if mm.group(2) else cw.get(mm.group(1), ())
            words = sorted(got, key=lambda w: (-len(w), w))
            return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")" if words else "(?!)"

        got = cache[(template, flags)] = re.compile(_RE_LEX_SLOT.sub(alt, template), flags)
    return got


def _zone_alternation(lex: Any) -> str:
    """The lexicon's time zones and "<place> time", longest first, as one alternation ("" when none)."""
    cz = lex.table("clock_zones")
    pt = cz.get("place_time", "")
    words = list(cz.get("words", [])) + ([f"{p} {pt}" for p in cz.get("places", [])] if pt else [])
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _zone_end(lex: Any) -> re.Pattern[str]:
    """A time zone ending a clock's text ("3 p.m. jst", "10 a.m. beijing time")."""
    alts = _zone_alternation(lex)
    return re.compile(r"\b(?:" + alts + r")\)?$" if alts else r"(?!)")


def _zone_start(lex: Any) -> re.Pattern[str]:
    """A.m./p.m. or a time zone right after a clock's seconds ("14:05:10 CET", "9:15:30 p.m.")."""
    alts = _zone_alternation(lex)
    return re.compile(r"\s*(?:a\.?\s?m\b|p\.?\s?m\b" + ("|(?:" + alts + r")\b" if alts else "") + ")")


def month_number(months: dict[str, int], word: str) -> int | None:
    """The month a written month name stands for, with or without its abbreviation's dot
    ("Aug.", "Aug", "DEC.", "June"; lexicon `[months]`), or None."""
    w = word.lower()
    mo = months.get(w) or months.get(w.rstrip(".")) or months.get(w + ".")
    return mo if isinstance(mo, int) else None


def _norm(s: str | None) -> str:
    return _RE_SPACES.sub(" ", s).replace("’", "'") if s else ""


def _pmod(c: Ctx, s: str | None) -> str | None:
    if not s:
        return None
    return c.tables["pmods"].get(c.norm(s).replace(" ", "").strip(), None) or c.tables["pos_words"].get(c.norm(s).strip())


def _mid_word(c: Ctx, w: str) -> bool:
    """Does ``w`` begin with a position word of the middle ("mid-afternoon", "midday")?"""
    return w.startswith(c.tables["mid_words"])


def _drop_determiners(c: Ctx, rel: str) -> str:
    """``rel`` without the determiners that do not change a relation word ("the past" -> "past")."""
    for det in c.tables["rel_determiners"]:
        rel = rel.replace(det + " ", "")
    return rel


def _dir_of(rel: str, c: Ctx) -> int:
    r = _drop_determiners(c, c.norm(rel))
    if r in c.tables["last"] or r in c.tables["last_phrases"]:
        return -1
    if r in c.tables["next"] or r in c.tables["next_phrases"]:
        return 1
    return 0


def _unres(value: str, gran: str, type_: str = "DATE", note: str = "no reference date") -> Res:
    return Res(type_, value, gran, note=note)


def _anchored(r: Res, c: Ctx) -> Res:
    return r.with_(anchor=c.ref_anchor())


def _year_phrase(c: Ctx, s: str | None) -> int | None:
    s = c.norm(s)
    if not s:
        return None
    if s[:4].isdigit():
        return int(s[:4])
    if c.ref is None:
        return None
    k = next((k for w, k in c.tables["year_phrases"].items() if s.startswith(w)), None)
    return None if k is None else c.ref.year + k


def _shift_q(y: int, q: int, k: int) -> tuple[int, int]:
    n = y * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


#: how much of a season must be left for a plan "in the fall" to be this one
SEASON_AHEAD_DAYS = 30


def _season_pick(ref: D, code: str, d: int, strict: bool) -> Res:
    cands = [R.season(y, code) for y in range(ref.year - 2, ref.year + 2)]
    if d < 0:
        ok = [x for x in cands if (x.latest < ref if strict else x.earliest <= ref)]
        return ok[-1]
    if d > 0:
        # a season said of the future with less than SEASON_AHEAD_DAYS of it left is the next
        # one ("plans to sell shares in the fall", said on 6 December: next autumn)
        ok = [x for x in cands if (x.earliest > ref if strict else x.latest >= ref + dt.timedelta(days=SEASON_AHEAD_DAYS))]
        return ok[0]
    y = ref.year - 1 if code == "WI" and ref.month <= 3 else ref.year
    return R.season(y, code)


#: "at night" makes an hour from this one on p.m.; before it, the small hours ("1:30 at night")
EARLIEST_NIGHT_HOUR = 6


def _spoken_clock(c: Ctx, s: str) -> str:
    """A clock said in words written with digits ("half past two in the morning" -> "2:30 in
    the morning", "a quarter to five" -> "4:45", "six o'clock at night" -> "6 o'clock at
    night"; lexicon ``clock_words``); other text unchanged."""
    cw = c.tables["clock_words"]
    hours = cw.get("hours", {})
    words = s.split()
    if not words:
        return s
    points = cw.get("points", {})
    p = _point_told_from(c, words)
    if p is not None:
        # "one minute past midnight" 0:01, "five minutes before midnight" 23:55, "ten minutes
        # after noon" 12:10 (a zone after it kept: "... midnight local time")
        mins = _spoken_minutes(c, " ".join(words[: p - 1]))
        if mins is None:
            return s
        base = points[words[p]] * 60 + (mins if words[p - 1] in cw.get("point_past", ()) else -mins)
        base %= 24 * 60
        return " ".join([f"{base // 60}:{base % 60:02d}"] + words[p + 1 :])
    k = next((i for i, w in enumerate(words) if w in cw.get("past", ()) or w in cw.get("to", ())), -1)
    if k < 0:
        if words[0] in hours:
            hm = _hour_and_minutes(c, words)
            if hm is not None:
                return hm  # "six thirty-two" -> "6:32", "twelve-thirty p.m." -> "12:30 p.m."
            return " ".join([str(hours[words[0]])] + words[1:])
        head = words[0].split("-")
        if len(head) > 1 and head[0] in hours:
            hm = _hour_and_minutes(c, head + words[1:])
            if hm is not None:
                return hm
        return s
    left, right = " ".join(words[:k]), words[k + 1 :]
    if not right:
        return s
    got = _spoken_minutes(c, left)
    if got is None:
        return s
    mins = got
    h = hours.get(right[0]) or (int(right[0]) if right[0].isdigit() else None)
    if h is None or not 0 < h <= 12:
        return s
    if words[k] in cw.get("to", ()):
        h, mins = (h - 1) or 12, 60 - mins  # "a quarter to five": 4:45
    return " ".join([f"{h}:{mins:02d}"] + right[1:])


def _hour_and_minutes(c: Ctx, words: list[str]) -> str | None:
    """ "six thirty-two" -> "6:32", "seven oh five" -> "7:05" (``words`` start with an hour
    word; the minutes are the next one or two words, hyphens split), what follows kept; None
    when no minutes follow."""
    cw = c.tables["clock_words"]
    h = cw.get("hours", {})[words[0]]
    rest = [p for w in words[1:] for p in w.split("-")]
    zero = cw.get("zero_words", ())
    for n in (2, 1):
        if len(rest) < n:
            continue
        got = rest[:n]
        if n == 2 and got[0] in zero:
            v = numeral(got[1], c.lex)
            mins = int(v) if v is not None and v == int(v) and 1 <= v <= 9 else None
        elif n == 2 and len(got[1]) > 1:
            v = numeral(" ".join(got), c.lex)
            mins = int(v) if v is not None and v == int(v) and 21 <= v <= 59 and v % 10 else None
        elif n == 1:
            v = numeral(got[0], c.lex)
            mins = int(v) if v is not None and v == int(v) and 10 <= v <= 59 else None
        else:
            mins = None
        if mins is not None:
            return " ".join([f"{h}:{mins:02d}"] + rest[n:])
    return None


def _point_told_from(c: Ctx, words: list[str]) -> int | None:
    """The index of the point of the day ("midnight", "noon") that minutes are told from in
    ``words`` ("one minute past midnight local time": 3), or None."""
    cw = c.tables["clock_words"]
    points, links = cw.get("points", {}), (*cw.get("point_past", ()), *cw.get("point_to", ()))
    for i in range(2, len(words)):
        if words[i] in points and words[i - 1] in links:
            return i
    return None


def _spoken_minutes(c: Ctx, left: str) -> int | None:
    """The minutes of "half", "a quarter", "twenty-two minutes", "16 minutes" (1 to 59)."""
    cw = c.tables["clock_words"]
    fractions = cw.get("fractions", {})
    if left in fractions:
        return int(fractions[left])
    lw = left.split()
    if lw and lw[-1] in cw.get("minutes", ()):
        lw = lw[:-1]
    n = numeral(" ".join(lw), c.lex) if lw else None
    if n is None or not 0 < n < 60 or n != int(n):
        return None
    return int(n)


#: marks that may open the line of a list ("- Monday: ...", "* May 21 ...", "# Tour dates")
LIST_MARKS = " \t*•-–—#"


def list_title_above(c: Ctx, reach: int, is_item: Callable[[str], bool]) -> str | None:
    """When the candidate opens its line (after list marks), the nearest non-blank line above
    that is not an item of the same list (``is_item`` of the line, lower-case, list marks
    stripped): the list's title, as that line, lower-case with list marks stripped; None when
    the candidate does not open its line or ``reach`` lines pass first."""
    ls = c.text.rfind("\n", 0, c.s) + 1
    if ls == 0 or c.text[ls : c.s].strip(LIST_MARKS):
        return None
    end = ls - 1
    for _ in range(reach):
        if end <= 0:
            return None
        start = c.text.rfind("\n", 0, end) + 1
        line = c.low[start:end].strip(LIST_MARKS)
        end = start - 1
        if line and not is_item(line):
            return line
    return None


#: the "12" of "12 midnight", "twelve noon": the point itself says the hour
_RE_TWELVE_POINT = re.compile(r"(?:12|twelve)\s+(?=noon|midnight|midday)")


def _clock_parts(c: Ctx, s: str) -> tuple[int, int | None] | str | None:
    s = _spoken_clock(c, _RE_TWELVE_POINT.sub("", _norm(s), count=1))
    for w, code in c.tables["pods"].items():
        if code.startswith("T") and s.startswith(w):
            return code  # "noon", "midday", "midnight": the clock time of that part of day
    mm = _RE_CLOCK.match(s)
    if not mm:
        return None
    h, mi, ap = int(mm.group(1)), mm.group(2), mm.group(3)
    if ap is None and lex_pattern(c, "{pm_parts}").search(s) and not (h < EARLIEST_NIGHT_HOUR and lex_pattern(c, "{night_parts}").search(s)):
        ap = "pm"  # "5:30 in the afternoon", "10:15 at night" (not "2:30 at night", the small hours)
    if ap and ap.startswith("p") and h < 12:
        h += 12
    if ap and ap.startswith("a") and h == 12:
        h = 0
    if h > 24:
        return None
    return h, int(mi) if mi else 0


def _weekday_for(ref: D, wd: int, tense: str | None) -> D:
    """Past or unknown: on or before the reference; future: on or after; present
    ("Arafat meets Albright Monday"): the nearer of the two."""
    if tense == "present":
        back, fwd = R.weekday_near(ref, wd, -1), R.weekday_near(ref, wd, 1)
        return fwd if (fwd - ref) < (ref - back) else back
    return R.weekday_near(ref, wd, 1 if tense == "future" else -1)


def _midnight(c: Ctx, day: D | None, mod: str | None = None) -> Res | None:
    """A bare "midnight" (T24:00, the end of its day) on the reference day said of the
    past ("the quake struck shortly after midnight") is the one that began that day, not
    the coming one; the interval is the boundary's side the modifier names."""
    if day is None or c.ref is None or day != c.ref or day.toordinal() == 1:
        return None
    tense = c.tense()
    if tense not in ("past", None) or (tense is None and (day.month, day.day) == (12, 31)):
        # a clause of no clear tense ("swapping its koruna at the stroke of midnight", "a
        # ceasefire that took effect at midnight") is told of the past, as news is; on New
        # Year's Eve it is the midnight the year turns ("celebrations at midnight")
        return None
    cw = c.tables["context"]
    ahead = cw.get("midnight_ahead_before", ())
    before = c.words_before()
    pw = before[-1] if before else ""
    if pw in c.tables["range_middle"] and 0 <= c.s - c.story.clock_at <= RANGE_START_REACH:
        return None  # "between 11 p.m. and midnight": the end of the day its start is on
    if (pw in ahead or " ".join(before[-2:]) in ahead or pw in c.tables["range_open"] or pw in c.tables["range_middle"]) and _announced_before(c):
        # "called a strike from midnight", "imposed a curfew until midnight": what was announced
        # is ahead; a past deed is not ("queued from midnight", "pulled 34 people out by
        # midnight", "voting was extended until midnight": the midnight that began the day)
        return None
    tail = before[-4:]
    if any(w in cw.get("infinitive_markers", ()) and v in cw.get("scheduled_verbs", ()) for w, v in zip(tail, tail[1:])):
        return None  # "ordered shops to close at midnight": the order is past, the closing not
    eve = day - dt.timedelta(days=1)
    lo = day if mod == "AFTER" else eve
    hi = eve if mod == "BEFORE" else day
    return Res("TIME", f"{eve.isoformat()}T24:00", "minute", lo, hi)


#: how far back (characters) a clock may start the range a midnight ends ("from 10pm until midnight")
RANGE_START_REACH = 25


def _announced_before(c: Ctx) -> bool:
    """Is there, in the clause before the candidate, a verb that announces or orders what is to
    come (context_words.announce_verbs: "called", "declared", "imposed")?"""
    a = max(c.low.rfind(".", 0, c.s), c.low.rfind(";", 0, c.s), c.low.rfind("\n", 0, c.s)) + 1
    return not set(RE_LOWER_WORD.findall(c.low[a : c.s])).isdisjoint(c.tables["context"].get("announce_verbs", ()))


_RE_NEXT_LOWER_WORDS = re.compile(r"\s+([a-z][a-z-]+)(?:\s+[a-z][a-z-]+){0,2}")


def _names_event(c: Ctx, start: int, end: int | None = None, possessive: bool = True) -> set[str]:
    """ "the October 7 attack", "their Oct. 7 raid": a date (``text[start:end]``, the
    candidate's end by default) used as a name for an event; the (up to three) lower-case words
    after it, where the event's noun is (empty when the date is not used so). A possessive
    before it ("Israel's Oct. 7 attack") counts unless ``possessive`` is False."""
    cw = c.tables["context"]
    pw = c.prev_word(start)
    if pw not in cw.get("event_name_determiners", ()) and not (possessive and pw.endswith(c.tables["possessive"] + ("'", "’"))):
        return set()
    e = c.e if end is None else end
    nxt = _RE_NEXT_LOWER_WORDS.match(c.text[e : e + 60])
    if not nxt or nxt.group(1) in cw.get("event_name_not_nouns", ()):
        return set()
    words = []
    for w in nxt.group(0).split():
        if w in cw.get("event_name_stop_words", ()):
            break  # "the March 20 vote on earthquake relief": the noun is before the preposition
        words.append(w)
    return set(words)


_MULTI_QUARTER = r"\b(?:{multi_quarter_periods})\b"


def _longer_period_before(c: Ctx) -> bool:
    """Does the sentence, before the candidate, tell of a period longer than a quarter ("For
    the nine months, losses totaled $212 million, compared with $48.7 million a year earlier",
    "in the first half") with no quarter named after it? Then a year-ago comparison is with
    that period, a year back, not with the quarter a report is about."""
    lo = c.sentence()[0]
    found = None
    for found in lex_pattern(c, _MULTI_QUARTER).finditer(c.low, lo, c.s):
        pass
    return found is not None and "quarter" not in c.low[found.end() : c.s]


_RE_COMMA_APPOSED = re.compile(r"[ \t]*,[ \t]*(?:([a-z]+)[ \t]+)?")


def _comma_apposed(c: Ctx, at: int, s: int, hedges: Iterable[str] = ()) -> bool:
    """Is the text from ``at`` (the end of a mention) to ``s`` (the candidate) only a comma, and
    at most one of ``hedges`` after it ("April 2011, almost two years later", "closed on 1
    February, only 12 days later")? The candidate is then set off beside that mention."""
    m = _RE_COMMA_APPOSED.fullmatch(c.text, at, s) if 0 <= at <= s else None
    return m is not None and (m.group(1) is None or m.group(1) in hedges)


_RE_NON_DIGIT = re.compile(r"\D")


def _ordinal(c: Ctx, s: str) -> int | None:
    """The number of an ordinal as written ("4th", "21st", "fourth"), or None."""
    return int(_RE_NON_DIGIT.sub("", s)) if s[:1].isdigit() else c.tables["ordinals"].get(c.norm(s))


def _unit_code(c: Ctx, u: str) -> tuple[str, str]:
    code, gran = c.tables["units"][c.norm(u)]
    return code, gran


def _qmod(c: Ctx, s: str | None) -> str | None:
    return c.tables["qmods"].get(c.norm(s)) if s else None


_RE_CLAUSE_CUT = re.compile(r"[;!?()]|(?<!\d)[.,:]|[.,:](?!\d)")  # not inside "6.9", "5,000", "2:46"


def _clause_words_before(c: Ctx, pos: int | None = None) -> list[str]:
    """The lower-case words of the clause before ``pos`` (the candidate's start by default),
    back to a comma or stop, at most 120 characters."""
    pos = c.s if pos is None else pos
    return _RE_CLAUSE_CUT.split(c.low[max(0, pos - 120) : pos])[-1].split()


def done_by(c: Ctx, at: int | None = None) -> bool:
    """Is "by <day>" after a plain past clause the time a thing was done by ("the toll reached
    795 by Monday night", "all customers were back online by 11:30 p.m. Monday"), not a deadline
    set in the past ("were told to leave by Monday", "gave the rebels until", "the deadline was
    set for")? Only "by" (context_words.done_by_words), and only with no infinitive, directive
    or deadline word in its clause."""
    cw = c.tables["context"]
    if c.prev_word(at) not in cw.get("done_by_words", ()):
        return False
    words = _clause_words_before(c, at)[:-1]
    cues = c.tense_cues
    # a modal ("could be sworn in by Wednesday", "will finish inspecting ... operated by airlines
    # by Friday") looks ahead, whatever past participle stands nearer
    goal = cues.infinitive | cues.modal_future | cues.modal_possible | set(cw.get("directive_verbs", ())) | set(cw.get("done_by_not_after", ()))
    # fronted ("By Thursday night, most planes were still grounded"): the past clause after it
    return not any(w in goal for w in words)


def _pluperfect_clause(c: Ctx, pos: int | None = None) -> bool:
    """ "had filed reports by Wednesday", "he had met her in March": the clause before ``pos``
    (the candidate's start by default) is in the pluperfect."""
    return any(w in c.tense_cues.pluperfect for w in _clause_words_before(c, pos))


#: the most words of a directive's object before its "to" ("ordered the first group of
#: prospective jurors to return")
_DIRECTED_OBJECT_WORDS = 7


def _directed_or_cancelled(c: Ctx) -> bool:
    """Is the day governed by a directive in the past ("urged residents to stay off the roads
    overnight and into Monday", "called for a moment of silence at 11 a.m. Monday") or by a
    verb that cancels or moves what was planned for it ("canceled classes Monday", "postponed
    their game scheduled for Monday night")? What was directed or planned comes after the
    directive, near the report, on either side of it: the nearer day."""
    words = _clause_words_before(c)[-(_DIRECTED_OBJECT_WORDS + 5) :]
    cw = c.tables["context"]
    directives = cw.get("directive_verbs", ())
    cancels = cw.get("called_off_verbs", ())
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in c.tense_cues.modal_future or w in c.tense_cues.pluperfect:
            return False  # "will cancel classes on Monday", "had urged": their own tense decides
        if len(words) - i <= 6 and (w in cancels or (w == "called" and words[i + 1 : i + 2] == ["off"])):
            # the day of what was cancelled, its object's ("canceled classes Monday", "postponed
            # their game scheduled for Monday night"); not the day of the cancelling ("was
            # cancelled on Friday", "called off on Monday"), nor the new date of what was moved
            # ("postponed until Tuesday morning any action")
            rest = words[i + 2 :] if w == "called" else words[i + 1 :]
            not_after = cw.get("cancelling_day_not_after", ())
            ends = cw.get("cancelled_object_ends", ())
            if any(x in ends and k + 1 < len(rest) and rest[k + 1][:1].isalpha() and rest[k + 1] not in cw.get("cancelled_object_time_words", ()) for k, x in enumerate(rest)):
                # "cancelled after the airspace closed at noon on Thursday": another clause's day
                # (not "cancelled all services after 8pm on Thursday", the object's own time)
                return False
            return bool(rest) and rest[0] not in not_after and c.prev_word() not in not_after
        if w in directives:
            # the day of what was directed, after a preposition of its own ("into Monday", "at 11
            # a.m. Monday"); "asked Katsav to dissolve parliament on Monday" may date the asking
            after = words[i + 1 :]
            # the "to" after the directive's object ("ordered the first group of 40 prospective
            # jurors to return")
            k = after.index("to") if "to" in after[:_DIRECTED_OBJECT_WORDS + 1] else -1
            if c.prev_word() not in cw.get("directed_day_preps", ()):
                # ... or a schedule verb right after the "to" ("ordered the jurors to return
                # Wednesday", "told them to report on Monday"): the day of the return
                return k >= 0 and k + 1 < len(after) and after[k + 1] in c.tense_cues.present_plain
            return k >= 0 or (w == "called" and after[:1] == ["for"])
    return False


_RE_CLAUSE_AFTER = re.compile(r"([^,;:!?\n]*)")
#: how many words after "by <day>" its clause's pluperfect may come ("by Sunday night Bank of America Corp. had agreed")
_PLUPERFECT_AFTER_WORDS = 8


def _went_on_until(c: Ctx, pos: int | None = None) -> bool:
    """A past clause before "until/by <date>" (the words before ``pos``, the candidate's start
    by default) that tells what was done or went on by then: the pluperfect ("had filed
    reports by Wednesday"), a negated past ("did not reopen until Wednesday"; not "did not
    expect to make arrests until Thursday", "was not due to reopen") or a verb of going on
    ("remained in hospital until Monday")."""
    words = _clause_words_before(c, pos)
    if any(w in c.tense_cues.pluperfect for w in words):
        return True
    if pos is None or pos <= c.s:
        # "... and by Sunday night Bank of America had agreed to buy Merrill": its own clause's
        # pluperfect, after it
        clause = _RE_CLAUSE_AFTER.match(c.low, c.e, c.sentence()[1])
        if clause is not None and any(w in c.tense_cues.pluperfect for w in clause.group(1).split()[:_PLUPERFECT_AFTER_WORDS]):
            return True
    if c.prev_word(pos) not in c.tables["context"].get("duration_end_words", ()):
        return False
    cw = c.tables["context"]
    joined = " " + " ".join(words) + " "
    for n in cw.get("negated_past_before_until", ()):
        k = joined.rfind(f" {n} ")
        if k >= 0:
            after = joined[k + len(n) + 2 :].split()
            if not any(w in cw.get("negation_plan_words", ()) for w in after):
                return True  # "the T did not reopen until Wednesday morning": it reopened then
    return _durative_before(c, words)


def _durative_before(c: Ctx, words: list[str]) -> bool:
    """Is the nearest verb of ``words`` (a clause up to its "until", the last word) one of
    going on ("remained in hospital until Monday", "was known as Research In Motion until
    January"), not of giving a deadline ("held talks and gave Hamas until Friday")?"""
    durative = c.tables["context"].get("durative_verbs", ())
    cues = c.tense_cues
    for i in range(len(words) - 2, -1, -1):  # the last word is "until"
        w = words[i]
        if w in durative:
            return True
        nxt = words[i + 1]
        prev = words[i - 1] if i else None
        if cues.classify(w, nxt, prev):
            return False
    return False


def _starts_sentence(c: Ctx, pos: int) -> bool:
    """Does the word at ``pos`` begin a sentence (the text's start, or after a stop, a line
    break or an opening quote)?"""
    before = c.text[max(0, pos - 3) : pos]
    return pos == 0 or before.strip() == "" or before.rstrip(" ").endswith((".", "!", "?", "\n", '"', "“"))


def _alone_on_line(c: Ctx) -> bool:
    """Is the candidate the whole of its line, bar a closing stop or colon (a heading: "The
    week ahead")?"""
    a = c.text.rfind("\n", 0, c.s) + 1
    b = c.text.find("\n", c.e)
    b = len(c.text) if b < 0 else b
    return c.s > 0 and not c.text[a : c.s].strip() and c.text[c.e : b].strip() in ("", ":", ".")


#: the mentions fine enough to place a unit from ("in March 2003 ... the month before": a month
#: or a day; "in 2001 ... the year before": any date)
UNIT_BASE_GRAINS = {
    "week": frozenset({"day", "part_of_day", "minute", "week", "weekend"}),
    "month": frozenset({"day", "part_of_day", "minute", "week", "month"}),
    "year": frozenset({"day", "part_of_day", "minute", "week", "weekend", "month", "quarter", "half", "season", "year"}),
}


#: the note of a period named only as a figure's comparison ("3.6 percent in May, from 3.8 percent
#: the month before"): the story stays on the period reported, so it anchors nothing after it
COMPARED_NOTE = "the period a figure is compared with"
#: a weekday spanned apart from the clock before it ("10pm on Thursday", "10:35 a.m. (0735
#: GMT) Friday"): dated as the clock, which alone places the story
CLOCK_DAY_NOTE = "the day of the clock before it"
#: a mention that frames the story's day ("throughout the day") and does not move the story
FRAME_NOTE = "the frame of the story's day"


_RE_FIGURE_CLAUSE_CUT = re.compile(r"[,;:!?()]|\.(?!\d)")


def _figure_compared(c: Ctx) -> bool:
    """Is the candidate the period a figure is compared with: right after a comparison word
    ("from the year before") or after one and an amount ("from 3.8 percent the month before",
    "up from $3 million the year before")?"""
    cmp_words = c.tables["context"].get("figure_compared_before", ())
    # the clause before it, back to a comma or a stop (not the point of "3.8")
    words = _RE_FIGURE_CLAUSE_CUT.split(c.low[max(0, c.s - 60) : c.s])[-1].split()
    if words and words[-1] in cmp_words:
        return True
    amount = words[-3:]
    return any(any(ch.isdigit() for ch in w) for w in amount) and any(w in cmp_words for w in words[-5:-1])


#: "Jan. 5 and Feb. 9, 2019", "November and December 2019": the year after the last of the
#: pair, for the first
_AND_DATE_YEAR = (
    r"\s*,?\s+{date_coordinators}\s+(?:{day_prepositions}\s+|{in_words}\s+)?(?:(?P<d1>[0-3]?\d){ordinal_suffixes}?\s+(?:{of_words}\s+)?)?"
    r"(?P<mon>[A-Z][a-z]{2,8})\.?(?:\s+(?P<d2>[0-3]?\d){ordinal_suffixes}?)?,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d)"
)


#: between a clock and its restatement in UTC or another zone, in one sentence, for
#: `lex_pattern` ("began at 7pm AEDT, which was 0800 GMT"; lexicon restated_clock_links)
RESTATED_LINK = r"[^.!?\n]{0,120}?(?:,|\s[-–—]+)\s*(?:{restated_clock_links})\s*"

#: an anaphoric day right after a clock ("7:30 the next morning", "9 p.m. that night"): it
#: dates the clock, and the story moves with it, not with the clock
RE_CLOCK_ANAPHOR = re.compile(
    r"\s+(the\s+(?:next|following|previous|same|preceding|prior)\s+(?:day|morning|afternoon|evening|night)"
    r"|that\s+(?:(?:same|very)\s+)?(?:day|morning|afternoon|evening|night))\b"
)

_RE_YEAR_POSSESSIVE = re.compile(r"\b((?:next|last|this)\s+year)['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?")


def _possessive_year(c: Ctx) -> int | None:
    """The year a possessive year phrase earlier in the sentence names, when it names a planned
    event: "Next year's meeting will be held in Toyako in July" (the July of next year); None
    without one, with two, or with another noun ("Last year's champion lost in January")."""
    if c.ref is None:
        return None
    a = c.sentence()[0]
    found = list(_RE_YEAR_POSSESSIVE.finditer(c.low, a, c.s))
    if len(found) != 1:
        return None
    opened = max(c.low.rfind(",", a, found[0].start()), c.low.rfind("(", a, found[0].start()))
    if opened >= 0 and any(ch in c.low[found[0].end() : c.s] for ch in ",;()") and set(c.low[opened : found[0].start()].split()) & set(c.tables["context"].get("possessive_year_aside_openers", ())):
        # "Trump, who opposed the deal during last year's campaign, ordered a review in April":
        # an aside's possessive; not "Last year's final, played in January, ..."
        return None
    phrase, n1, n2 = found[0].groups()
    events = c.tables["context"].get("scheduled_event_nouns", ())
    if n1 not in events and n2 not in events:
        return None  # "Last year's champion lost in January", "Next year's budget will be presented in October"
    y = _year_phrase(c, phrase)
    t = c.tense()
    if y is None or (y < c.ref.year and t == "future") or (y > c.ref.year and t == "past"):
        return None  # "Last year's profit rose, and the company will report in March": another clause
    return y


def _shared_year(c: Ctx, mo: int, d: int = 0) -> int | None:
    """The year a yearless month or month-day takes from the next of a pair: "on Jan. 5 and
    Feb. 9, 2019" (the first is 2019-01-05), "in November and December 2019"; None when no
    such pair follows, or when the first would come after the second; else the year of a
    possessive year phrase before it in the sentence (`_possessive_year`)."""
    m = lex_pattern(c, _AND_DATE_YEAR).match(c.text, c.e)
    if m is None:
        return _possessive_year(c)
    mo2 = month_number(c.tables["months"], m["mon"])
    if mo2 is None or (m["d1"] and m["d2"]):
        return None
    d2 = int(m["d1"] or m["d2"] or 0)
    y = int(m["y"])
    return y if (mo, d) <= (mo2, d2 or 31) else None
