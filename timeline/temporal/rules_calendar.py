"""Productions for calendar expressions: dates, months, years, decades, quarters, seasons, holidays.

Partial dates get their year from the clause tense and the reference
(see `timeline.temporal.resolve.month_day_year`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.temporal.context import (
    RE_LOWER_WORD,
    RE_LOWER_WORD_AFTER,
    _directed_or_cancelled,
    SKIP,
    month_number,
    Ctx,
    D,
    Out,
    _anchored,
    _clock_parts,
    _dir_of,
    _drop_determiners,
    _longer_period_before,
    _names_event,
    _ordinal,
    _pmod,
    _season_pick,
    _clause_words_before,
    _shared_year,
    _shift_q,
    _starts_sentence,
    _unres,
    _durative_before,
    _year_phrase,
    lex_pattern,
    list_title_above,
)
from timeline.temporal import calendars as CAL
from timeline.temporal import resolve as R
from timeline.temporal.resolve import Res
from timeline.temporal.grammar import numeral, spoken_year

# patterns used per candidate, compiled once
_RE_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]+)")
_ORDINAL_RANGE = r"\s*(?:{ordinal_range_joiners}|-|–)\s*\d+{ordinal_suffixes}\s+[a-z]"
_RE_NEXT_WORD_ANY = re.compile(r" +([A-Za-z][A-Za-z-]*)")
_RE_DAY_AFTER = re.compile(r"\s+[0-3]?\d(?!\d)")
_RE_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_RE_HYPHEN_WORD = re.compile(r"-[a-z]")

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


p_slash_ymd = p_compact_date  # "2010/03/05"


def p_dotted_dmy(m: re.Match[str], c: Ctx) -> Out:
    """ "05.03.2010", day first; not inside a longer dotted number ("10.1.2.2010")."""
    if c.text[c.s - 1 : c.s] == "." or (c.text[c.e : c.e + 1] == "." and c.text[c.e + 1 : c.e + 2].isdigit()):
        return None
    if c.prev_word() in c.tables["context"].get("version_words", ()):
        return None  # "version 1.2.2010"
    return p_compact_date(m, c)


_UNIT_OR_NUMBER_AFTER = r"\s*(?:\d|{numeric_date_units}\b)"
#: a time preposition opening its clause: "By 2030 families will pay more", "From 2010 visitors doubled"
_CLAUSE_PREP = r"(?:^|[.!?]\s+|\n|;\s*){clause_time_preps}\s+$"


def p_numeric_date(m: re.Match[str], c: Ctx) -> Out:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) >= 50 else 2000 + int(ys))
    prefer_day_first = a <= 12 and b <= 12 and _day_first_cached(c)
    orders = ((b, a, True), (a, b, False)) if prefer_day_first else ((a, b, False), (b, a, True))
    for mo, d, day_first in orders:  # US month/day first, then day/month (the other way where the article writes day first)
        if day_first and len(ys) != 4 and ((a <= 12 and not prefer_day_first) or lex_pattern(c, _UNIT_OR_NUMBER_AFTER).match(c.low, c.e)):
            continue  # day first with a short year only when the day cannot be a month: "13/05/24", not "24/7/52 weeks"
        try:
            return R.day(D(y, mo, d))
        except ValueError:
            continue
    return None


def p_listing_md(m: re.Match[str], c: Ctx) -> Out:
    """A yearless "9/14" opening a listing's line ("9/14 - Philadelphia, PA @ Tower Theater"):
    month first, or day first where the article writes dates so (or the first cannot be a
    month); its year as any yearless date's."""
    a, b = int(m["a"]), int(m["b"])
    if (a, b) == (24, 7):
        return None  # "24/7": round the clock
    day_first = _day_first_cached(c)
    if a > 12 and not day_first:
        return None
    mo, d = (b, a) if day_first and b <= 12 else (a, b)
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(2000, mo)[1]):
        return None
    if c.ref is None:
        return _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
    y = _year_for_md(c, mo, d, None)
    return _anchored(R.day(D(y, mo, d)), c) if y is not None else None


_RE_NUMERIC_DATE = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")


def _day_first(c: Ctx) -> bool:
    """Does the article write numeric dates day first? Its own unambiguous ones decide
    ("25/03/2019" day first, "03/25/2019" month first); else the country that places it (its
    opening, else the one country it names), when that country writes them day first (lexicon
    `day_first_regions`: Britain, Ireland, India, Nigeria...); else month first, as US copy."""
    firsts = seconds = False
    for mm in _RE_NUMERIC_DATE.finditer(c.text):
        a, b = int(mm.group(1)), int(mm.group(2))
        firsts = firsts or a > 12 >= b
        seconds = seconds or b > 12 >= a
    if firsts != seconds:
        return firsts
    return _article_region(c) in c.tables["context"].get("day_first_regions", ())


def _day_first_cached(c: Ctx) -> bool:
    """`_day_first`, worked out once per text (it reads the whole article)."""
    if c.story.day_first is None:
        c.story.day_first = _day_first(c)
    return c.story.day_first


def _article_region(c: Ctx) -> str | None:
    """The country whose cue words (lexicon `[region_cues]`) the article's opening holds, else
    the one country the whole article names; None when none, or several, do."""
    cues = c.tables["region_cues"]
    hi = min(REGION_OPENING, len(c.low))
    first = None  # the region named first ("LONDON - Flights to New York resumed": Britain)
    for region, cue in cues.items():
        if (hit := cue.search(c.low, 0, hi)) is not None and (first is None or hit.start() < first[0]):
            first = (hit.start(), str(region))
    if first is not None:
        return first[1]
    found = _countries_named(c)
    return found[0] if len(found) == 1 else None


def _countries_named(c: Ctx) -> list[str]:
    """The regions (lexicon `[region_cues]`) whose cue words the whole article holds."""
    return [str(r) for r, cue in c.tables["region_cues"].items() if cue.search(c.low)]


def _split_year(y1: int, y2s: str) -> Res | None:
    """ "2022-23", "2024/25": a season or fiscal year across two calendar years; one DATE, the
    first year's value stretched to the end of the second (None when the two do not follow).
    The second year may cross a century ("1999-00", "fiscal 1999/2000" written short)."""
    y2 = _second_year(y1, y2s)
    if y2 != y1 + 1:
        return None
    return R.year(y1).with_(latest=D(y2, 12, 31), note=f"split year to {y2:04d}")


def _second_year(y1: int, y2s: str) -> int:
    """The second year of "1998-2000", "1950-53", "1999-00": written in full, or the first
    year's century with its last two digits, the next century when that is not after it."""
    if len(y2s) == 4:
        return int(y2s)
    y2 = y1 // 100 * 100 + int(y2s)
    return y2 + 100 if y2 <= y1 else y2


#: a digit group joined on by a hyphen, a slash or a dot: the range was part of a longer code
_RE_MORE_DIGITS = re.compile(r"[-/.]\d")


def p_year_range(m: re.Match[str], c: Ctx) -> Out:
    y1 = int(m["y1"])
    if _RE_MORE_DIGITS.match(c.text, c.e) or (c.s > 0 and c.text[c.s - 1] in "-/+" and c.s > 1 and c.text[c.s - 2].isdigit()):
        return (SKIP, c.e)  # "call 1800-11-0420": a phone number or a code, not 1800-1811
    if m["ys"]:
        # "2006/07" is one season; "1995/98" is not a split year: the year named first
        return _split_year(y1, m["ys"]) or (R.year(y1), c.s, m.end("y1"))
    y2s = m["y2"]
    split = _split_year(y1, y2s) if len(y2s) == 2 else None
    if split is not None:
        return split  # "the 2022-23 season": one season or fiscal year, not two years
    y2 = _second_year(y1, y2s)
    if not y1 < y2 <= y1 + 100:
        return None
    # "1998-2000": TimeML tags the two years separately (the tagger links them as a range)
    return [(R.year(y1), c.s, m.end("y1")), (R.year(y2), m.start("y2"), m.end("y2"))]


_COMMEMORATION = r"\b(?:{commemoration_words})\b"
#: how many years back a month-day stated with its year may be restated without one (older:
#: an anniversary, "Nov. 11, 1918 ... services on Nov. 11")
RESTATED_DAY_YEARS = 2


def _year_for_md(c: Ctx, mo: int, d: int, wd: int | None) -> int | None:
    return _year_for_md_from(c, mo, d, wd)[0]


def _year_for_md_from(c: Ctx, mo: int, d: int, wd: int | None) -> tuple[int | None, bool]:
    """The year of a yearless month-day, and whether the story's stated year gave it."""
    if c.ref is None:
        return None, False
    if wd is not None:  # "Sunday, July 14": the year whose date falls on that weekday, nearest the reference
        for k in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
            y = c.ref.year + k
            try:
                if D(y, mo, d).isoweekday() == wd:
                    return y, False
            except ValueError:
                continue
    shared = _shared_year(c, mo, d)
    if shared is not None:
        return shared, False  # "on Jan. 5 and Feb. 9, 2019"
    restated = c.story.stated_days.get((mo, d))
    if (
        restated is not None
        and c.ref.year - RESTATED_DAY_YEARS <= restated < c.ref.year
        and c.tense() == "past"
        and not lex_pattern(c, _COMMEMORATION).search(c.low, *c.sentence())
    ):
        # "on Thursday 3 March last year ... had sent him messages on the afternoon of 3 March";
        # not an anniversary ("Nov. 11, 1918 ... services on Nov. 11"), nor a day ahead
        return restated, True
    if (end := _range_end_year(c, mo, d)) is not None:
        return end, True  # "from late August through Jan. 31": the first Jan. 31 after late August
    story = c.story.year_for(c, mo, d)
    if story is not None:
        return story, True  # "In 2008, Lehman Brothers collapsed on Sept. 15"
    when = _when_clause_year(c)
    if when is not None:
        return when, True  # "the worst blackout since 2001, when the northern grid failed on January 2"
    direct = _past_verb_before(c) or _opens_past_sentence(c) or _subject_of_past_verb(c)
    tense = "future" if _date_being_set(c) else c.tense()
    if tense is None and _schedule_list_item(c):
        tense = "future"  # "Tour dates:\nMay 21 Glasgow Barrowland\nMay 23 Manchester Apollo": dates to come
    if tense is None and _scheduled_participle_before(c):
        tense = "present"  # "With the Olympics opening on Aug. 5": as "open on Aug. 5", the nearer one
    ahead = _runs_up_to(c)
    if tense == "present" and _event_is_on(c):
        tense, ahead = "future", True  # "the general election is Nov. 6": the coming one, however far
    y = R.month_day_year(c.ref, mo, d, tense, direct, ahead)
    if tense == "past" and not direct and (moved := _moved_to_year(c, mo, d)) is not None:
        y = moved  # "extended the deadline to Nov. 30", "postponed the vote until March 3"
    near = c.story.year_near_stated(c, mo, d)
    if near is not None and near != y and (y is None or abs((D(y, mo, d) - c.ref).days) > NEAR_STATED_NEWS_DAYS or (c.story.stated_in_sentence(c) and c.tense() == "past")):
        # "found dead on the morning of 4 November 1997. ... killed between 11.40pm on 3
        # November": the year of the day stated just before, a few days from it; not when the
        # reference's reading is the news of the last weeks ("the Sept. 11, 2001 attacks ...
        # markets fell on September 10", said on 15 September 2008)
        return near, True
    return y, False


#: how far back (characters) a range's start may end before "to/through <month-day>"
RANGE_START_GAP = 12
_RE_RANGE_GAP = re.compile(r"[\s,]*([a-z]+|[-–])[\s]*\Z")


def _range_end_year(c: Ctx, mo: int, d: int) -> int | None:
    """The year of a yearless month-day that ends a range whose start the text just dated
    ("from late August through Jan. 31", "between Nov. 3, 2019 and March 1"): the first such
    day on or after the start; None when the day is no range's end."""
    told = c.story.date
    if told is None or told.earliest is None or told.granularity not in ("day", "month", "part_of_day", "minute"):
        return None
    if not 0 <= c.s - c.story.date_at <= RANGE_START_GAP:
        return None
    gap = _RE_RANGE_GAP.match(c.low, c.story.date_at, c.s)
    if gap is None or gap.group(1) not in c.tables["range_middle"]:
        return None
    if c.prev_word(c.story.date_start) not in c.tables["range_open"]:
        return None  # "on Jan. 5 and Feb. 9": a list, not a range
    start = told.earliest
    end = None
    for y in range(start.year, start.year + 5):  # the first such day on or after the start (29 February: a leap year's)
        try:
            end = D(y, mo, d)
        except ValueError:
            continue
        if end >= start:
            break
    if end is None or end < start:
        return None
    # a range that reaches past the reference is left to the clause ("The season runs from June 1
    # through Nov. 30": the range itself puts its start before its end)
    return end.year if end <= c.ref else None


#: how far ahead (days) a date a past clause moved something to may lie ("extended the deadline
#: to Nov. 30", said on Oct. 11)
MOVED_TO_DAYS = 183


def _moved_to_year(c: Ctx, mo: int, d: int) -> int | None:
    """The year of a date a past verb of moving a date (``date_moving_verbs``: "extended",
    "postponed", "pushed back") moved something to ("to/until Nov. 30"): the coming one, when it
    lies at most MOVED_TO_DAYS ahead."""
    cw = c.tables["context"]
    if c.ref is None or c.prev_word() not in cw.get("moved_to_preps", ()):
        return None
    if not set(_clause_words_before(c)) & set(cw.get("date_moving_verbs", ())):
        return None
    for y in (c.ref.year, c.ref.year + 1):
        try:
            day = D(y, mo, d)
        except ValueError:
            continue
        if 0 <= (day - c.ref).days <= MOVED_TO_DAYS:
            return y
    return None


def _moved_to(c: Ctx, at: int) -> bool:
    """Does a past verb of moving a date (``date_moving_verbs``) move something to the time at
    ``at``, through one of ``moved_to_preps`` ("slipped to the fall", "postponed until the spring")?"""
    cw = c.tables["context"]
    return c.prev_word(at) in cw.get("moved_to_preps", ()) and bool(set(_clause_words_before(c, at)) & set(cw.get("date_moving_verbs", ())))


#: how near the reference (days) a yearless day's own reading keeps it from the year of a day
#: stated just before (`Story.year_near_stated`)
NEAR_STATED_NEWS_DAYS = 30


def _ing_forms(verbs: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The -ing forms of plain verbs ("open" -> "opening", "close" -> "closing", "shut" ->
    "shutting", "begin" -> "beginning"): every spelling a form may take, for lookup only."""
    out = set()
    for v in verbs:
        out |= {v + "ing", v[:-1] + "ing", v + v[-1] + "ing"}
    return frozenset(out)


def _scheduled_participle_before(c: Ctx) -> bool:
    """Is the date right after a bare -ing form of a schedule verb ("the Olympics opening on
    Aug. 5", "talks starting Monday"; lexicon context.scheduled_verbs), a clause with no finite
    verb of its own?"""
    words = c.words_before(30)
    if words and words[-1] in c.tables["context"].get("day_prepositions", ()):
        words.pop()
    if not words:
        return False
    forms = c.tables["patterns"].get("scheduled_ing")
    if forms is None:
        forms = c.tables["patterns"]["scheduled_ing"] = _ing_forms(c.tables["context"].get("scheduled_verbs", ()))
    return words[-1] in forms


#: how many words before "is" a scheduled event's noun may stand ("the general election is")
EVENT_IS_WORDS = 4


def _event_is_on(c: Ctx) -> bool:
    """Is the date the complement of a present copula whose subject is a scheduled event
    ("the general election is Nov. 6", "Polling day is on May 22"; lexicon
    context.scheduled_event_nouns, context.event_date_copulas)?"""
    cw = c.tables["context"]
    words = [w.strip(",") for w in c.words_before(60)]
    if words and words[-1] in cw.get("day_prepositions", ()):
        words.pop()
    if not words or words[-1] not in cw.get("event_date_copulas", ()):
        return False
    return not cw.get("scheduled_event_nouns", frozenset()).isdisjoint(words[-1 - EVENT_IS_WORDS : -1])


#: (after the year, up to two lower-case words of the noun it dates: "the 2002 drought, when")
_RE_WHEN_CLAUSE = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,2},?[ \t]+when[ \t]+[^.;:!?\n()\"“”]*$")


def _when_clause_year(c: Ctx) -> int | None:
    """The year a "<year>, when ..." clause elaborates, for a yearless date inside it ("the worst
    blackout since 2001, when the northern grid failed on January 2"): the last mention is that
    year, stated, and only the "when" clause stands between."""
    told = c.story.date
    if told is None or told.granularity != "year" or told.earliest is None or c.story.date_rule != "year":
        return None
    if not 0 <= c.s - c.story.date_at <= 120 or _RE_WHEN_CLAUSE.fullmatch(c.text, c.story.date_at, c.s) is None:
        return None
    return told.earliest.year


def _date_being_set(c: Ctx) -> bool:
    """ "He had set May 14 as the election date", "designated Nov. 29 as a day of solidarity": a
    date a verb of setting names, followed by "as", is one still to come when it was set."""
    cw = c.tables["context"]
    if c.prev_word() not in cw.get("date_setting_verbs", ()):
        return False
    return c.next_word() in cw.get("date_setting_after", ())


_RE_ON_BEFORE = re.compile(r"\bon\s+$")


_RE_EVENT_BEFORE_DATE = re.compile(r"([a-z-]+)\s+(?:on\s+|of\s+)?$")
_RE_NEXT_WORDS = re.compile(r"[ \t]+([a-z][a-z'-]*)(?:[ \t]+([a-z][a-z'-]*))?")


def _subject_of_past_verb(c: Ctx) -> bool:
    """ "a 6.4 aftershock on Feb. 20 brought down more buildings": a date inside the subject of a
    past verb that follows it is when that happened, not a deadline a few weeks ahead."""
    words = _RE_NEXT_WORDS.match(c.low, c.e)
    if words is None:
        return False
    before = _RE_EVENT_BEFORE_DATE.search(c.low, max(0, c.s - 30), c.s)
    if before is not None and before.group(1) in c.tables["context"].get("scheduled_event_nouns", ()):
        return False  # "The snap election on July 4 caught MPs by surprise": a planned event, still ahead
    w1, w2 = words.group(1), words.group(2)
    cw = c.tables["context"]
    if w1 in cw.get("copulas_and_auxiliaries", ()) or w2 in cw.get("reduced_relative_next", ()):
        return False  # "April 11 was a probable date", "a launch date of April 12 proposed for"
    return c.tense_cues.classify(w1, w2, None, finite=True) == "past"


def _opens_past_sentence(c: Ctx) -> bool:
    """ "On May 12, an aftershock killed 150 more people": a date that opens a past sentence,
    set off by a comma, is when it happened, as a story tells it, not a deadline a few weeks
    ahead (those follow their verb: "must return by Jan. 14", "will expire on Nov. 6")."""
    if not c.low.startswith(",", c.e):
        return False
    on = _RE_ON_BEFORE.search(c.low, max(0, c.s - 6), c.s)
    return _starts_sentence(c, on.start() if on else c.s)


def _quarter_tense(c: Ctx, q: int) -> str | None:
    """The clause tense for a quarter, except that the results of the quarter just ended are
    reported after it: "will open the fourth-quarter earnings season next Monday", written in
    January, is last year's fourth quarter."""
    t = c.tense()
    if t != "future" or c.ref is None:
        return t
    cur = (c.ref.month - 1) // 3 + 1
    if q != (cur - 2) % 4 + 1:  # not the quarter before the reference's
        return t
    results = c.tables["context"].get("quarter_results_after", ())
    if c.next_word() in results:
        return "past"
    before = _clause_words_before(c)[-3:]
    if len(before) >= 2 and before[-1] in ("for", "of") and before[-2] in results:
        return "past"  # "will report results for the fourth quarter", said in January
    return t


def _runs_up_to(c: Ctx) -> bool:
    """ "will last until March 3", "will stay open through May 2", "will run from February 9": a
    deadline word or a time preposition right before the date in a clause with a future
    auxiliary, so the date lies ahead, not a few weeks back (which "will be tried for the Oct. 7
    attack", a date naming an event, may be)."""
    cw = c.tables["context"]
    if c.prev_word() in cw.get("deadline_before", ()):
        return any(w in c.tense_cues.modal_future for w in _clause_words_before(c))
    if c.prev_word() not in cw.get("future_date_before", ()):
        return False
    # "will run from", "will be held on": the auxiliary's own verb, at most two words before the
    # preposition, no adverb among them ("will apply retroactively from February 1" is not)
    words = _clause_words_before(c)
    modals = cw.get("future_date_modals", ())
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in modals), None)
    if k is None:
        return False
    between = words[k + 1 : -1]
    return len(between) <= 2 and not any(w.endswith("ly") for w in between)


_WORDS_BEFORE = r"((?:[a-z][a-z'’]*\s+){1,3})(?:{day_prepositions}\s+)?$"
# the same with a clock between them and the date ("died at 3 p.m. on Aug. 2")
_WORDS_BEFORE_CLOCK = r"((?:[a-z][a-z'’]*\s+){1,3})\d{1,2}(?:[:.]?\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?(?:\s+[a-z]{2,5})?\s+(?:{day_prepositions}\s+)?$"


def _past_verb_before(c: Ctx) -> bool:
    """A past verb of ending or happening right before the date ("the quarter ended Oct. 31",
    "he died on May 2"): the date is when that happened, not a deadline ahead. Only those
    verbs: "declared January 2 a day of mourning" or "if the government fell on Dec. 8" name
    dates still to come."""
    m = lex_pattern(c, _WORDS_BEFORE_CLOCK).search(c.low, max(0, c.s - 60), c.s)
    clock = m is not None
    if m is None:
        m = lex_pattern(c, _WORDS_BEFORE).search(c.low, max(0, c.s - 40), c.s)
    if m is None:
        return False
    words = m.group(1).split()
    cw = c.tables["context"]
    if words and (words[-1] in cw.get("day_prepositions", ()) or (clock and words[-1] in cw.get("clock_after", ()) and words[-1] not in cw.get("deadline_before", ()))):
        words.pop()  # "died on", "died at (3 p.m. on)"; not "must return by (6 p.m. on)"
    happened = cw.get("happened_verbs", ())
    # one word ("ended") or a phrase ("took effect", "went into force") right before the date,
    # not a plan's passive ("to be held on Jan. 9")
    for k in range(len(words)):
        if " ".join(words[k:]) in happened:
            return not (k > 0 and words[k - 1] in cw.get("happened_not_after", ()))
    # "(net income rose in) the quarter ending June 30", "the year to March 31": a period's end
    if len(words) >= 2 and words[-1] in cw.get("period_end_before", ()) and words[-2] in cw.get("period_nouns", ()):
        return True
    # or a one-word verb with its object between ("attacked Mumbai on Nov. 26"), unless the
    # last word points ahead ("struck a deal due by Jan. 5")
    if words and (words[-1] in cw.get("deadline_before", ()) or words[-1] in cw.get("object_ahead_before", ())):
        return False
    return any(w in happened for w in words[:-1])


#: "the September 11 attacks in 2001", "the Oct. 7 attack of 2023": an event noun (one to
#: three lower-case words) and the year it happened in
_EVENT_YEAR = r"(?:\s+[a-z][a-z-]*){1,3}\s+(?:{in_words}|{of_words})\s+((?:1[5-9]|20)\d\d)(?!\d)"


def _plan_toward_event(c: Ctx, start: int) -> bool:
    """Does the clause before the event-naming date at ``start`` look toward it: an infinitive
    ("voted to put a levy on the March 4 ballot") or "for/until" before its determiner
    ("campaigned for the Nov. 6 election")? Not "won ... in the March 4 ballot", "boycotted the
    January 30 election", "referring to the January 28 poll"."""
    words = _clause_words_before(c, start)
    cw = c.tables["context"]
    if len(words) >= 2 and words[-2] in cw.get("event_plan_before", ()):
        return True
    plan = cw.get("plan_infinitive_verbs", ())
    # "voted 4-1 Thursday night to put": a few words may stand between the verb and "to"
    return any(words[i] == "to" and any(w in plan for w in words[max(0, i - 4) : i]) for i in range(1, len(words) - 1))


_RE_RELATIVE_AFTER_EVENT = re.compile(r"[^.;:!?]{0,40}?,\s+(?:which|that|where|when)\s+((?:[\w'’-]+\s+){1,4})")


def _event_told_past(c: Ctx) -> bool:
    """Does a relative clause right after the event-naming date tell it in the past ("the May
    14 election, which Erdogan won in a runoff")?"""
    m = _RE_RELATIVE_AFTER_EVENT.match(c.low, c.e)
    return m is not None and c.tense_cues.first_finite(m.group(1).split()) == "past"


#: how many lines up a list of dates may run from its title ("Tour dates:")
SCHEDULE_LINES = 20
_RE_LINE_DATE = re.compile(r"(?:[a-z]+\.?\s+\d{1,2}\b|\d{1,2}\s+[a-z]+)")


def _schedule_list_item(c: Ctx) -> bool:
    """Does the date open a line of a list of dates under a title of a schedule (lexicon
    context_words.schedule_titles, the title's last words: "Tour dates:", "Fixtures",
    "Gravel Heart Live dates:"), with only such dated lines between?"""
    months = c.tables["months"]

    def is_date_line(line: str) -> bool:
        if line.endswith(":"):
            return False  # a title, whatever it starts with
        return _RE_LINE_DATE.match(line) is not None and any(w in months for w in line.replace(".", " ").split()[:2])

    title = list_title_above(c, SCHEDULE_LINES, is_date_line)
    if title is None:
        return False
    titles = c.tables["context"].get("schedule_titles", ())
    head = title.rstrip(":").strip()
    return (title.endswith(":") or head in titles) and any(head == t or head.endswith(" " + t) for t in titles)


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
    elif g.get("yrel"):  # "Nov. 27 last year", "on 3 March next year"
        y = _year_phrase(c, g["yrel"])
        anchor = c.ref_anchor()
        if y is None:
            return _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
    elif named := _names_event(c, m.start("mon") if not g.get("wd") else c.s):
        # "the October 7 attack": a known event, the last such date, even a few weeks ahead
        # ("the September 11 attacks" said in August); "the Nov. 6 election" in a present or
        # future clause is dated by it, else it is the nearer one; any other ("the Nov. 18
        # issue") is past unless a few weeks ahead
        cw = c.tables["context"]
        t = c.tense()
        later = lex_pattern(c, _EVENT_YEAR).match(c.text, c.e) if named & set(cw.get("known_event_nouns", ())) else None
        if later is not None and _valid_date(int(later.group(1)), mo, d):
            y = int(later.group(1))  # "the September 11 attacks in 2001": the year said after the event
        elif named & set(cw.get("known_event_nouns", ())):
            y = R.month_day_year(c.ref, mo, d, "past", True) if c.ref else None
        elif named & set(cw.get("scheduled_event_nouns", ())) and (
            t in ("future", "present") or (_plan_toward_event(c, m.start("mon")) and not _event_told_past(c))
        ):
            # dated by a present or future clause; in a past one the nearer only when the clause
            # looks toward it ("voted to put a levy on the March 4 ballot", said in November: the
            # coming one), unless a past relative clause tells it ("the May 14 election, which
            # Erdogan won")
            y = R.month_day_year(c.ref, mo, d, t if t in ("future", "present") else "present") if c.ref else None
        else:
            y = _year_for_md_tense(c, mo, d, "past")
        anchor = c.ref_anchor()
    else:
        y, from_story = _year_for_md_from(c, mo, d, wd)
        anchor = "story year" if from_story else c.ref_anchor()
        if y is None:
            if c.ref is None:
                if d > 29 and mo == 2 or d > 30 and mo in (4, 6, 9, 11):
                    return None
                return _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
            return None
    if y is None:  # an event-naming date ("the October 7 attack") with no reference date
        return _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
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
            return None  # "29-30 February", "31-32 March": no such second day, no range
        if d < d2:
            if g.get("sep") in ("-", "–"):  # "July 14-15": one expression covering both days
                return r.with_(latest=second.latest, note=f"range to {second.value}")
            # "April 24 and 25": TimeML tags the two days separately
            return [(r, c.s, m.end("d") if g.get("d") else m.end("dw")), (second, m.start("d2"), m.end("d2"))]
    if g.get("time"):
        t = _clock_parts(c, g.get("time"))
        if t:
            r2 = (R.part_of_day(day, t) if isinstance(t, str) else R.clock(day, *t)).with_(anchor=anchor)
            date_end = max(m.end(k) for k in ("d", "dw", "y", "yrel") if g.get(k))
            if c.low[date_end : date_end + 2] in ("st", "nd", "rd", "th"):
                date_end += 2  # "May 27th"
            if _RE_AT_SIGNAL.search(c.low, date_end, m.start("time")):
                # "Jan. 11 at 7 p.m.": two expressions, "at" a signal between them (as "10pm on
                # Thursday"); "Nov. 2, 2010, 9 a.m." stays one
                return [(r, c.s, date_end), (r2, m.start("time"), m.end("time"))]
            return r2
    return r


_RE_AT_SIGNAL = re.compile(r"\bat\b")


def _month_bounds(y: int, mo: int) -> tuple[D, D]:
    r = R.month(y, mo)
    return r.earliest, r.latest


def p_day_month(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("mon")):
        return None
    if m["wd"] and not c.cap(m.start("wd")):
        return None
    if m["dw"]:
        # "the Fourth of July", "on the twenty-first of March": a spelled ordinal, after "the"
        # or capitalised (not "a fourth of March's rainfall")
        if not (c.low.startswith("the", c.s) or c.text[m.start("dw")].isupper()) or m["sep"] or c.possessive_at(m.end("mon")):
            return None  # not "the fourth of May's cabinet ministers" (Theresa May's), "the first of June's three Tests"
        return p_month_day(m, c)
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    # "the 14 July" style must not swallow "92 dead in March": require a year, a weekday or an ordinal suffix
    # unless the number directly precedes the month ("14 July")
    if not m["d2"]:
        return p_month_day(m, c)
    # "5-7 January", "3 and 4 March", "from 5 to 7 January": day first, as "March 3-5"
    if int(m["d2"]) <= d:
        return None  # not a range of days ("30-1 March"): the last day alone, matched later
    out = p_month_day(m, c)
    if isinstance(out, list):
        # "3 and 4 March": two TIMEX3s, "3" and "4 March" (the month is the second's)
        (r1, _, _), (r2, _, _) = out
        return [(r1, c.s, m.end("dsuf") if m["dsuf"] else m.end("d")), (r2, m.start("d2"), c.e)]
    return out


_RE_LIST_DAY = re.compile(r"([0-3]?\d)(?:st|nd|rd|th)?")


def p_day_list(m: re.Match[str], c: Ctx) -> Out:
    """ "December 13, 14 and 16", "11, 12, 16, 19 and 20 July": each day of a list of three or
    more rising days of one month its own DATE (the month's name with the first, or with the
    last when it comes after); the year as for the first alone, or the one written."""
    month_first = bool(m["mon"])
    mon_key, rest_key, first_key = ("mon", "rest", "d1") if month_first else ("mon2", "rest2", "d2")
    if not c.cap(m.start(mon_key)):
        return None
    mo = c.tables["months"][c.norm(m[mon_key])]
    spans = [(m.start(first_key), m.end(first_key))] + [x.span(1) for x in _RE_LIST_DAY.finditer(c.low, m.start(rest_key), m.end(rest_key))]
    days = [int(c.low[a:b]) for a, b in spans]
    if any(not 1 <= d <= 31 for d in days) or any(b <= a for a, b in zip(days, days[1:])):
        return None
    nxt = c.next_word()
    cw = c.tables["context"]
    if nxt in c.tables["stop_after_number"] or nxt in cw.get("rate_words_counted", ()) or (month_first and nxt in cw.get("count_nouns", ())):
        return None  # "on December 13, 14 and 16 people were hurt", "between March 1, 2 and 3 million": counts
    y_txt = m["y"] or m["y2"]
    if y_txt:
        y: int | None = int(y_txt)
        anchor = None
    else:
        y, from_story = _year_for_md_from(c, mo, days[0], None)
        anchor = "story year" if from_story else c.ref_anchor()
    out: list[tuple[Res, int, int]] = []
    for i, (d, (a, b)) in enumerate(zip(days, spans)):
        if y is None:
            r = _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
        else:
            try:
                r = R.day(D(y, mo, d)).with_(anchor=anchor)
            except ValueError:
                return None  # "February 28, 29 and 30": no such day
        if i == 0 and month_first:
            a = c.s  # "December 13": the month with the first
        if i == len(days) - 1 and not month_first:
            b = m.end("y2") if m["y2"] else m.end("mon2")  # "20 July": the month with the last
        out.append((r, a, b))
    return out


_RE_BANK_HOLIDAY_AFTER = re.compile(r"[ \t]+bank[ \t]+holiday\b")


#: words of the data published for the month after them ("the figures for October")
_DATA_PERIOD_BEFORE = r"\b(?:{data_period_before})\s+$"


def p_month(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("mon")):
        return None
    key = c.norm(m["mon"])
    mo = c.tables["months"][key]
    rel, y = c.norm(m["rel"]), m["y"]
    if not y and _RE_BANK_HOLIDAY_AFTER.match(c.low, m.end("mon")):
        return None  # "the early May bank holiday", "the August bank holiday": the holiday's name
    ayrel = m["ayrel"] or m["ayrel2"]  # "in October of that year", "in December that year"
    if ayrel and not (y or m["yw"] or m["yrel"]):
        # "In October of that year", "in March of the following year": the year of the date the
        # story told last, moved by one for "following/next/previous/preceding"
        told = c.story.date
        if told is None or told.earliest is None:
            return _unres(f"XXXX-{mo:02d}", "month")
        step = c.tables["context"].get("year_anaphor_steps", {}).get(c.norm(ayrel).split()[-1], 0)
        r = R.month(told.earliest.year + step, mo).with_(anchor="previous mention")
        mod = _pmod(c, m["pmod"])
        return R.apply_position(r, mod) if mod else r
    if m["yrel"]:
        y = _year_phrase(c, m["yrel"])
        if y is None:
            return _unres(f"XXXX-{mo:02d}", "month")
    elif m["yw"]:
        y = spoken_year(m["yw"], c.lex)
        if y is None:
            return None
    elif not y and _RE_DAY_AFTER.match(c.low[c.e : c.e + 4]):
        return None  # "last Oct. 23": the month-day rule takes it from the month on
    mod = _pmod(c, m["pmod"])
    if not y and not rel and not mod:
        if len(key) <= 4 and key not in c.tables["context"].get("short_month_names", ()) and not _month_range_end(c):
            return None  # "Jan", "Dec." alone are names or abbreviations of something else
        amb = c.tables["ambiguous"].get(key)
        after_prep = c.prev_word() in c.tables["context"].get("month_after", ())
        if _month_names_someone(c, after_prep) and not (key not in c.tables["ambiguous"] and _names_a_contract(c)):
            return None  # "Theresa May said", "Mrs. May", "the Million Man March", "April Ryan" (not "Euronext November wheat")
        if not after_prep and _RE_NAME_AFTER.match(c.text[c.e : c.e + 3]) and c.low[c.s - 2 : c.s] not in (", ", "(", "'s"):
            return None  # "June Carter said": a first name before a surname
        if amb is not None and not after_prep:
            nxt = c.next_word()
            if nxt in amb or c.low[c.e : c.e + 1] == "-":
                return None
            pw = c.prev_word()
            if not pw or c.text[max(0, c.s - 2) : c.s].strip() in (".", "") and c.s > 0 and c.text[c.s - 2 : c.s - 1] in ".!?\n":
                # sentence-initial "May" followed by a verb-like word: the modal
                cw = c.tables["context"]
                if nxt.endswith(tuple(cw.get("verb_suffixes", ()))) or nxt in cw.get("modal_may_next", ()):
                    return None
    if rel in ("that", "the following", "the previous", "the preceding") and not y:
        # "captured that December", "took office the following January": counted from the
        # month or day the story is on
        told = c.story.date
        if told is None or told.earliest is None or told.granularity not in ("day", "part_of_day", "minute", "week", "month", "season", "quarter", "year"):
            return None  # no story to count from: the month alone ("the autumn of 1988, ... until the following June": 1989)
        if rel == "that" and not _that_determiner_at(c, c.s):
            return None  # "said that October was the wettest": a conjunction
        ly, lm = told.earliest.year, told.earliest.month
        if rel == "that":
            yy = ly if mo >= lm or told.granularity == "year" else ly + 1  # "elected in November 2008 ... that January": 2009
        elif rel == "the following":
            yy = ly if mo > lm else ly + 1
        else:
            yy = ly if mo < lm else ly - 1
        r = R.month(yy, mo).with_(anchor="previous mention")
        return R.apply_position(r, mod) if mod else r
    story = None  # the year of the story told, when it gave the month's
    if y:
        r = R.month(int(y), mo)
    elif c.ref is None:
        return _unres(f"XXXX-{mo:02d}", "month")
    else:
        ref = c.ref
        if rel:
            d = _dir_of(rel, c)
            # a speaker says "last month", not "last February", in March (and "next month",
            # not "next April"): "last/next <month>" skips the adjacent month by a year, except
            # as the end of a period ("the 12 months to last March", said in April)
            if d < 0:
                yy = ref.year if mo < ref.month else ref.year - 1
                period_end = c.prev_word() in c.tables["context"].get("period_end_before", ())
                if (ref.month - mo) % 12 == 1 and not period_end:
                    yy -= 1
            elif d > 0:
                yy = ref.year if mo > ref.month else ref.year + 1
                if (mo - ref.month) % 12 == 1:
                    yy += 1
            else:
                yy = ref.year
        elif (held := _month_of_day_before(c, mo)) is not None:
            yy = held  # "by Burns Night in January": the month of the day just named
        else:
            t = c.tense()
            cw = c.tables["context"]
            if c.possessive_at(c.e) and t != "past":
                # "will cooperate in the probe of February's killing": an event that is only
                # told once it has happened, whatever the clause (not "ahead of January's
                # parliamentary contest", "for February's Olympics")
                poss = _RE_POSSESSIVE_NOUN.match(c.low, c.e)
                known = cw.get("known_event_nouns", ())
                if poss and (poss.group(1) in known or poss.group(2) in known):
                    t = "past"
            if t == "past" and c.prev_word() in cw.get("deadline_before", ()) and 0 < (mo - ref.month) % 12 <= 3 and not _durative_before(c, _clause_words_before(c)):
                # "gave them until mid-November": a deadline ahead of a past clause (not what
                # went on until then: "was known as Research In Motion until January")
                t = "future"
            poss_noun = _RE_POSSESSIVE_NOUN.match(c.low, c.e)
            if t == "future" and (
                c.next_word() in cw.get("data_period_after", ())
                or lex_pattern(c, _DATA_PERIOD_BEFORE).search(c.low, max(0, c.s - 30), c.s) is not None
                or (
                    poss_noun is not None
                    and poss_noun.group(1) in cw.get("data_period_after", ())
                    and set(c.low[c.sentence()[0] : c.s].split()) & set(cw.get("data_release_verbs", ()))
                )
            ):
                # "will publish its June jobs report on Friday", "will publish December's
                # figures on January 9", said early in the next month: the nearer month
                t = "present"
            if _names_a_contract(c):
                # "crude for December delivery dived", "the March contract expired last week":
                # a traded contract's month, this one or ahead (the month just gone in a past clause)
                ahead = (mo - ref.month) % 12
                t = "past" if ahead == 11 and c.tense() == "past" else "future"
            shared = _shared_year(c, mo)
            if shared is None:
                shared = _coming_year_in_sentence(c, mo)  # "Next year, Abu Dhabi joins with a twilight race in November"
            story = c.story.year_for(c, mo) if t == "past" and shared is None else None
            if shared is None and story is None:
                story = _when_clause_year(c)  # "It will reopen in 2013, when the works end in March"
            yy = shared if shared is not None else story if story is not None else R.month_year(ref, mo, t)
        r = _anchored(R.month(yy, mo), c)
        if not rel and story is not None:
            r = r.with_(anchor="story year")
    if mod:
        r = R.apply_position(r, mod)
    return r


_RE_IN_MONTH_GAP = re.compile(r"[ \t]+in[ \t]+")


def _month_of_day_before(c: Ctx, mo: int) -> int | None:
    """The year of a day named right before "in <month>" that falls in that month ("draft
    legislation by Burns Night in January", "on the 14th in March"): the month holds it."""
    told = c.story.date
    if told is None or told.earliest is None or told.granularity != "day" or told.earliest.month != mo:
        return None
    if _RE_IN_MONTH_GAP.fullmatch(c.text, c.story.date_at, c.s) is None:
        return None
    return told.earliest.year


def _coming_year_in_sentence(c: Ctx, mo: int | None = None) -> int | None:
    """A year after the reference's that opens the sentence ("Next year, Abu Dhabi joins with a
    twilight race in November", "In 2010 the race moves to November"): a bare month after it,
    in a clause that is not past, is in that year; the reference's own ("This year, with the
    Olympics in August, Greece may be the exception") only for a month still ahead in a clause
    that looks ahead ("This year, farmers are still reeling from the floods in December" is last
    December)."""
    d = c.story.date
    if d is None or d.granularity != "year" or d.earliest is None or c.ref is None or d.earliest.year < c.ref.year:
        return None
    a = c.sentence()[0]
    if not a <= c.story.date_at <= c.s or len(c.text[a : c.story.date_at].split()) > 3:
        return None  # only a year that opens the sentence ("Next year, ...", "In 2010, ..."), not a forecast's
    if d.earliest.year > c.ref.year and c.tense() == "past":
        return None
    if d.earliest.year == c.ref.year and (c.tense() not in (None, "future") or mo is None or mo < c.ref.month):
        return None  # the reference's year only for a month still ahead in a clause that looks ahead
    return d.earliest.year  # ("This year, with the Olympics in Athens in August, Greece may be ...": this year's)


_RE_RANGE_TOKENS = re.compile(r"[a-z]+\.?|[-–]")
_RE_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?")


def _month_range_end(c: Ctx) -> bool:
    """ "From Jan. to Oct.", "Jan.-Oct.": an abbreviated month is a month as one end of a
    range whose other end is a month too."""
    middle = c.tables["range_middle"] - c.tables["context"].get("list_joiners", set())  # "Jan and Dean": names
    months = c.tables["months"]
    after = _RE_RANGE_TOKENS.findall(c.low, c.e, c.e + 16)[:2]
    if len(after) == 2 and after[0] in middle and after[1] in months:
        return True
    before = _RE_RANGE_TOKENS.findall(c.low, max(0, c.s - 16), c.s)[-2:]
    return len(before) == 2 and before[1] in middle and before[0] in months


_RE_WORDS_AFTER_MONTH = re.compile(r"((?:\s+[a-z]+){1,3})")


def _names_a_contract(c: Ctx) -> bool:
    """ "for December delivery", "for delivery in January", "the March contract", "April
    futures": a month that names a traded contract; not "its March deliveries rose" (a figure)
    nor "took delivery in March" (an event)."""
    cw = c.tables["context"]
    nxt = c.next_word()
    if nxt in cw.get("contract_month_before", ()):
        # ("January crude output fell": a figure for the month, not a contract)
        after = _RE_WORDS_AFTER_MONTH.match(c.low, c.e)
        return after is None or not set(after.group(1).split()) & set(cw.get("contract_figure_nouns", ()))
    if nxt in cw.get("contract_month_for_before", ()) and c.prev_word() in cw.get("contract_month_for", ()):
        return True  # "for December delivery"
    before = c.words_before()[-3:]
    return " ".join(before) in cw.get("contract_month_after", ())


def _that_determiner_at(c: Ctx, pos: int) -> bool:
    """Is the "that" at ``pos`` a determiner: at a sentence start or after a preposition ("That
    December, ...", "in that December"), not the conjunction after "said"?"""
    if _starts_sentence(c, pos):
        return True
    pw = c.prev_word(pos)
    if pw in c.tables["context"].get("that_day_after", ()):
        return True
    # "captured that December" is the story's; "said that October was..." a conjunction
    return pw not in c.tense_cues.reporting and pw not in c.tables["context"].get("that_conjunction_after", ())


_RE_WORD_BEFORE = re.compile(r"([A-Za-z]+)(\.?)(\s+)$")
_NAME_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def _name_patterns(c: Ctx) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(" and <Name>" after, "<Name> and " before, ", who" after) a month: the words are the
    lexicon's context_words.name_coordinators and .name_relatives."""
    key = id(c.lex)
    if key not in _NAME_PATTERNS:
        cw = c.tables["context"]
        co = "|".join(map(re.escape, sorted(cw.get("name_coordinators", ())))) or "(?!)"
        rel = "|".join(map(re.escape, sorted(cw.get("name_relatives", ())))) or "(?!)"
        _NAME_PATTERNS[key] = (
            re.compile(r"\s+(?:" + co + r")\s+([A-Z][a-z]+)\b"),
            re.compile(r"\b([A-Z][a-z]+)\s+(?:" + co + r")\s+$"),
            re.compile(r",\s+(?:" + rel + r")\b"),
        )
    return _NAME_PATTERNS[key]


def _month_names_someone(c: Ctx, after_prep: bool) -> bool:
    """A bare capitalised month name that is a person's or a thing's name: after a title or
    a capitalised first name ("Theresa May", "Prime Minister May", "Mrs. May", "the Million
    Man March"), before a verb only a person does ("May said", "a spokesman for May
    declined") or ", who", coordinated with a name ("May and Juncker met", "Merkel and
    May"), or a first name itself after "and" ("June Jordan and April Ryan"). All word
    lists are in the lexicon's context words."""
    cw = c.tables["context"]
    text = c.text
    and_name, name_and, who_after = _name_patterns(c)
    nxt = c.next_word()
    if nxt in cw.get("month_modifier_nouns", ()):
        return False  # "Toyota May sales": the month's figures
    if c.prev_word() in cw.get("kin_nouns", ()):
        return True  # "Steenkamp's mother, June, sat", "his wife June"
    before = _RE_WORD_BEFORE.search(text, max(0, c.s - 30), c.s)
    if before is not None and "\n" not in before.group(3):
        w, dot = before.group(1), before.group(2)
        lw = w.lower()
        if lw in cw.get("name_titles", ()):
            return True
        if (not dot and len(w) > 1 and w[0].isupper() and w[1:].islower() and not _is_function_word(c, lw)
                and not _is_time_word(c, lw)):  # not "said Friday March was the deadliest month"
            a = before.start(1)
            if (a == 0 or text[a - 1] not in "'’-") and not _in_headline(c):
                return True
    if after_prep:
        # "Merkel and May met": coordinated with a name that is not itself a time
        pair = name_and.search(text, max(0, c.s - 30), c.s)
        if pair is None or _is_time_word(c, pair.group(1).lower()):
            return False
        return not _is_function_word(c, pair.group(1).lower())
    if nxt in cw.get("name_verbs_after", ()) or who_after.match(text, c.e):
        # the subject of the verb: at the start of a clause, or "a spokesman for May said"
        # (not "the bank's review for April says")
        pw = c.prev_word()
        if not pw or not _is_function_word(c, pw):
            return True
        return c.prev_word(c.s - len(pw) - 1) in cw.get("name_agents_before", ())
    pair = and_name.match(text, c.e)
    return pair is not None and not _is_time_word(c, pair.group(1).lower())


_RE_LINE_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _in_headline(c: Ctx) -> bool:
    """Is the candidate on a short line that capitalises its words ("Facebook Plans May IPO")?
    There a capital letter is no sign of a name."""
    # a headline is short: look no further than 200 characters either way (a long line is
    # not one, and the search stays bounded on dense input)
    lo, hi = max(0, c.s - 200), min(len(c.text), c.e + 200)
    a = c.text.rfind("\n", lo, c.s)
    b = c.text.find("\n", c.e, hi)
    if (a < 0 and lo > 0) or (b < 0 and hi < len(c.text)):
        return False
    line = c.text[a + 1 : hi if b < 0 else b]
    words = _RE_LINE_WORDS.findall(line)
    long_words = [w for w in words if len(w) > 3]
    if len(words) > 20 or len(long_words) < 3 or line.rstrip(" \t\r\"'”’").endswith("."):
        return False
    return sum(1 for w in long_words if w[0].isupper()) >= 0.8 * len(long_words)


def _is_function_word(c: Ctx, w: str) -> bool:
    cw = c.tables["context"]
    return (
        w in cw.get("month_after", ())
        or w in cw.get("front_words", ())
        or w in cw.get("month_name_not_after", ())
        or w in c.tables["last"]
        or w in c.tables["next"]
        or w in c.tables["months"]
    )


def _is_time_word(c: Ctx, w: str, whole: bool = False) -> bool:
    """A month, weekday, season or holiday's first word ("May and June", "Easter and May"; with
    ``whole``, a holiday's whole one-word name only, not "Holocaust" of "Holocaust Memorial
    Day"), or a festival the tagger does not date ("Ramadan and June"; lexicon
    context_words.festivals)."""
    t = c.tables
    holiday = w in t["holidays"] if whole else any(h.split(" ")[0] == w for h in t["holidays"])
    return (w in t["months"] or w in t["weekdays"] or w in t["seasons"] or holiday
            or w in t["context"].get("festivals", ()))


#: days after a reported period's end within which a clause that is not past still speaks of
#: it (its results are reported in the weeks after it)
PERIOD_JUST_OVER_DAYS = 45


def _period_end_year(c: Ctx, mo: int, current_ok: bool = False) -> int:
    """The year of the month a reported period ends with ("the October-December quarter",
    "the quarter to June"): in a past clause the last such month already over (or, with
    ``current_ok``, the current one); ahead in a future one; else the reference's year, as
    for "the fourth quarter" (`R.quarter_year`)."""
    assert c.ref is not None
    t = c.tense()
    if t != "past" and not current_ok:
        # a quarter or half just over, its figures still to come ("Infosys will open the
        # October-December quarter results season on January 12", said on January 2)
        last = c.ref.year if mo < c.ref.month else c.ref.year - 1
        end = R.month(last, mo).latest
        if end is not None and (c.ref - end).days <= PERIOD_JUST_OVER_DAYS:
            return last
    if t == "future":
        return R.month_year(c.ref, mo, "future")
    if t == "past":
        return c.ref.year if (mo < c.ref.month or (current_ok and mo == c.ref.month)) else c.ref.year - 1
    return c.ref.year


_BASELINE_BEFORE = r"\b(?:{baseline_before})\s+(?:the\s+)?$"


def _months_ending(c: Ctx, y: int, mo: int, n: int, quarter: bool, labelled: bool = True) -> Res:
    """The ``n`` months up to the end of ``mo`` of ``y``: a calendar quarter or half when they
    are one, else the year holding them ("the January-May period": 1998, its interval the five
    months), or across a year's end the first month's value stretched to the last month's end
    ("the November-January period"); a period the text calls a quarter ("the November quarter") is
    the calendar quarter of its middle month, as for "the quarter ended Nov. 30", and one it calls
    a half (``labelled``: "the April-September half", a fiscal half) keeps its first month."""
    end = R.month(y, mo).latest
    first = R.add_months(dt.date(y, mo, 1), -(n - 1))
    assert end is not None
    if n == 3 and (first.month % 3 == 1 or quarter):
        mid = R.add_months(first, 1)
        q = (mid.month - 1) // 3 + 1
        r = R.quarter(mid.year, q)
        if first.month % 3 != 1:
            r = _ending_on(r, end)
        if not lex_pattern(c, _BASELINE_BEFORE).search(c.low, max(0, c.s - 20), c.s):
            # not the quarter a figure is compared with ("up 6% from the January-March quarter"):
            # "the quarter" after it is still the one reported
            _discuss_quarter(c, r, (mid.year, q), True)
    elif n == 6 and first.month in (1, 7):
        r = R.half(first.year, 1 if first.month == 1 else 2)
    elif first.year == y and not labelled:
        # "the January-May period", "June-August": no TIMEX3 value of its own; the year that
        # holds it, with the months as its interval
        r = R.year(y).with_(earliest=first, latest=end, note=f"months {first.month:02d}-{mo:02d}")
    else:
        r = R.month(first.year, first.month).with_(latest=end, note=f"range to {y:04d}-{mo:02d}")
    return r if c.ref is None else _anchored(r, c)


def p_month_span(m: re.Match[str], c: Ctx) -> Out:
    if not (c.cap(m.start("m1")) and c.cap(m.start("m2"))):
        return None
    sep, what = c.norm(m["sep"]).strip(), c.norm(m["what"])
    if sep.isalpha() and not what:
        return None  # "January to March": two months, linked as a range
    if c.prev_word() in c.tables["range_open"]:
        return None  # "from January-March"
    months = c.tables["months"]
    m1, m2 = months[c.norm(m["m1"])], months[c.norm(m["m2"])]
    n = (m2 - m1) % 12 + 1
    if n < 2 or (what == "quarter" and n != 3) or (what == "half" and n != 6):
        return None
    start = c.s if what else m.start("m1")  # "the" belongs to "the October-December quarter"
    if m["y"]:
        y = int(m["y"])
    elif c.ref is None:
        return (_unres(f"XXXX-{m1:02d}", "month"), start, c.e)
    else:
        # a reported period ("the October-December quarter") is over in a past clause; plain
        # months may end with the current one ("the show ran March-May", said in May)
        y = _period_end_year(c, m2, current_ok=not what)
    return (_months_ending(c, y, m2, n, what == "quarter", what in ("quarter", "half")), start, c.e)


def p_month_quarter(m: re.Match[str], c: Ctx) -> Out:
    """ "the December quarter" (Apple, Australian miners), "the June half": the quarter or
    half that ends with that month."""
    if not c.cap(m.start("mon")):
        return None
    mo = c.tables["months"][c.norm(m["mon"])]
    n = 3 if m["what"] == "quarter" else 6
    if n == 6 and mo not in (6, 12):
        return None
    if m["y"]:
        y = int(m["y"])
    elif c.ref is None:
        return _unres("XXXX-QX" if n == 3 else "XXXX-HX", "quarter" if n == 3 else "half")
    else:
        y = _period_end_year(c, mo)
    return _months_ending(c, y, mo, n, n == 3)


#: two groups of digits right before a year, one space between, or an international prefix
#: and groups: a phone number's groups ("0131 200 2000", "(212) 555 2010", "+972 3 555 2023";
#: not "the Fortune 500 2015 list")
_RE_DIGIT_GROUP_BEFORE = re.compile(r"(?:(?:\(\d{2,5}\)|\d{2,5})[ -]\d{3,5}|\+\d{1,3}(?:[ -]\d{1,5})+) $")


#: one to three capitalised words and a street word after a number ("1600 Elm Street", "221 Baker St.")
_STREET_AFTER = r"[ \t]+(?:[A-Z][A-Za-z'.-]*[ \t]+){1,3}(?:{street_words})(?![A-Za-z])"


#: a result word right before a team's name ("beat Meiji 24")
_RE_SCORE_BEFORE = re.compile(r"\b(?:beat|beats|defeated|edged|thrashed|v|vs|versus)\.?\s+$")


def p_era_year(m: re.Match[str], c: Ctx) -> Out:
    """ "Heisei 10", "Reiwa 1": a year of a Japanese era, its Gregorian year (lexicon era_years);
    capitalised, as the era's name is."""
    era = c.text[m.start("era") : m.end("era")]
    if not era.istitle():
        return None  # "SHOWA 12 MONTHS TO MARCH": a company's name in capitals
    if c.next_word() in c.tables["units"]:
        return None  # "Showa 12 months": a count
    if _RE_SCORE_BEFORE.search(c.low, max(0, c.s - 12), c.s):
        return None  # "Teikyo beat Meiji 24-17", "Meiji 7-0 Hosei": a team's score
    base = c.lex.table("era_years").get(c.norm(m["era"]))
    if base is None:
        return None
    return R.year(base + int(m["n"]))


def p_year(m: re.Match[str], c: Ctx) -> Out:
    y = int(m["y"])
    if m["prepost"]:
        if m["pmod"] or m["fiscal"] or m["orlater"] or not 1600 <= y <= 2100:
            return None
        # "post-1959 politics", "pre-1990 levels": an open period after/before the year
        return Res("DATE", f"{y:04d}", "year", mod=c.tables["year_prefix_mods"].get(c.norm(m["prepost"])))
    if _RE_DECIMAL_AFTER.match(c.text, c.e):
        return None  # "the index rose to 2019.66": a number, not a year
    if not m["fiscal"] and not m["pmod"] and _RE_DIGIT_GROUP_BEFORE.search(c.text, max(0, c.s - 16), c.s):
        return None  # "call 0131 200 2000", "(212) 555 2010": a phone number's last group
    era = _before_christ(c, c.e)
    if era is not None:
        return (SKIP, era)  # "around 2000 BC", "from 1354 to 1345 B.C.": no year of the calendar used here
    fiscal, mod = m["fiscal"], _pmod(c, m["pmod"])
    if m["ys"]:
        if not fiscal or m["prepost"] or m["orlater"]:
            return None  # a bare "2022-23" is the year_range rule's
        split = _split_year(y, m["ys"])
        if split is None:  # "fiscal 1995/98": not a split year; the year named first
            return (R.apply_position(R.year(y), mod) if mod else R.year(y), c.s, m.end("y"))
        return R.apply_position(split, mod) if mod else split
    if not fiscal and not mod:
        nxt = c.next_word()
        pw = c.prev_word()
        cw = c.tables["context"]
        if nxt in c.tables["stop_after_number"] or c.next_char() == "%":
            # "92 killed", but "the tsunami in 2004 killed 230,000 people", "informed the school
            # in 2009 of a previous episode"
            if not (nxt in cw.get("casualty_verbs", ()) and pw in cw.get("casualty_year_before", ())) and not (
                nxt == "of" and 1600 <= y <= 2099 and pw in cw.get("year_of_before", ()) and not _of_a_group(c)
            ):
                return None
        if nxt in cw.get("count_nouns", ()) and not (_word_before_in(c, cw.get("year_determiners", ())) or lex_pattern(c, _CLAUSE_PREP, re.I).search(c.text, max(0, c.s - 30), c.s)):
            return None  # "2000 euros", "rose by 2000 euros" (not "the 2018 cases", "By 2030 families")
        if c.text[c.e : c.e + 1] == "-":
            return None
        if _counted_after_quantifier(c, pw, nxt):
            return None  # "more than 2000 images", "about 1900 submissions": a count
        if _RE_DESIGNATION.match(c.text, c.e):
            return None  # "the asteroid 2012 DA14", "2003 UB313": a catalogue designation
        if pw in cw.get("not_year_after", ()):
            return None  # "Flight 1549", "the Russell 2000", "the Peugeot 2008"
        if pw not in cw.get("year_before_street_ok", ()) and lex_pattern(c, _STREET_AFTER).match(c.text, c.e):
            return None  # "called to 1600 Elm Street": a house number (not "By 2011 Main Street shops had closed")
        if c.s > 0 and c.text[c.s - 1 : c.s] in ("-", "–", ":"):
            return None
        if not 1600 <= y <= 2099:
            # "in 1066", "by 2100", "until 2200": a year this far off only after a time
            # preposition, and never before a count ("in 1200 households")
            if not (_word_before_in(c, cw.get("far_year_after", ())) or _in_year_range(c) or _year_list(c) or _year_after_phrase_end(c)):
                return None
            if nxt in cw.get("count_nouns", ()) or _range_of_counts(c):
                return None  # "in 1200 households", "from 1500 to 2000 feet", "from 1200 to 1500 yuan"
            after = _RE_NEXT_WORD_ANY.match(c.text, c.e)
            if after and after.group(1)[:1].islower() and after.group(1) not in cw.get("far_year_before", ()):
                return None  # "in 1100 locations": a count before a noun; "in 1492 Columbus", "in 1066 and" stay
        elif y < 1900 and pw not in cw.get("month_after", ()) and not _word_before_in(c, cw.get("old_year_after", ())) and not _year_list(c) and not _year_after_phrase_end(c):
            if not (c.low[max(0, c.s - 25) : c.s].rstrip().endswith(tuple(c.tables["span"].get("date_approx_before", ()))) and _year_ends_phrase(c)):
                return None  # "1600 Pennsylvania Avenue": an old bare number is a year only after a preposition
            # "began its long retreat around 1850.": an approximate old year ending its phrase
    r = R.year(y)
    if m["orlater"]:
        t = c.norm(m["orlater"])
        r = r.with_(mod=c.tables["year_open_ends"].get(t.split()[-1], "ON_OR_BEFORE"))
    if mod:
        r = R.apply_position(r, mod)
    return r


_SEP = r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
_RE_LIST_BEFORE = re.compile(r"((?:\b\d{4}" + _SEP + r"){1,8})$")
_RE_LIST_AFTER = re.compile(r"(?:" + _SEP + r"\d{4}\b(?![.,]\d))*")
_RE_OF_OBJECT = re.compile(r"\s+of\s+([a-z]+)")


_RE_OF_GROUP = re.compile(r"\s+of\s+(?:the|those|these|its|their|our|all)\s+(?:\d|[a-z]*[a-rt-z]s\b)")  # (a plural: not "the mass grave")


def _of_a_group(c: Ctx) -> bool:
    """Is the number a count of a group after "of" ("in 2000 of them", "in 1800 of the 2,000
    households", "before 2000 of the protesters"), not a year ("convicted in 2009 of the murder")?"""
    m = _RE_OF_OBJECT.match(c.low, c.e)
    if m is not None and m.group(1) in c.tables["context"].get("count_of_objects", ()):
        return True
    return _RE_OF_GROUP.match(c.low, c.e) is not None


#: the widest gap between two years of a list ("in 1216, 1217 and 1225"; "the reforms of 1832, 1867 and 1884")
YEAR_LIST_GAP = 60


def _year_list(c: Ctx) -> bool:
    """Is the number one of a list of three or more rising years, joined by commas ("in 1216,
    1217 and 1225", "the returns of 1377, 1379 and 1380"), whose first follows a word that
    takes a year (context_words.month_after, old_year_after, far_year_after) and whose last is
    no count ("in 1200, 1300 and 1400 homes")?"""
    before = _RE_LIST_BEFORE.search(c.low, max(0, c.s - 80), c.s)
    after = _RE_LIST_AFTER.match(c.low, c.e)
    head = before.start() if before else c.s
    tail = after.end() if after else c.e
    years = [int(y) for y in re.findall(r"\d{4}", c.low[head:tail])]
    if len(years) < 3 or "," not in c.low[head:tail]:
        return False
    if any(not 1000 <= y <= 2100 for y in years) or any(not 0 < b - a <= YEAR_LIST_GAP for a, b in zip(years, years[1:])):
        return False  # (not "crowds of 1500, 1800 and 2000": counts far apart)
    if all(y % 10 == 0 for y in years):
        return False  # "attendances of 1200, 1250 and 1300": round counts
    cw = c.tables["context"]
    pw = c.prev_word(head)
    if pw not in cw.get("month_after", ()) and pw not in cw.get("old_year_after", ()) and pw not in cw.get("far_year_after", ()):
        return False
    nxt = c.next_word(tail)
    return nxt not in c.tables["stop_after_number"] and nxt not in cw.get("count_nouns", ())


_RE_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\]\"”’—–]|$)")
#: a year followed by two capitals and a number: an asteroid's or comet's designation
_RE_DESIGNATION = re.compile(r"[ \t][A-Z]{2}\d{1,4}\b")


def _counted_after_quantifier(c: Ctx, pw: str, nxt: str) -> bool:
    """Is the number a count of the plural noun after it, after a word of quantity ("about
    1900 submissions", "more than 2000 images", "nearly 1500 homes")? Not after a preposition
    of time ("in about 1990 sales rose"), nor "later than 2000"."""
    cw = c.tables["context"]
    if pw not in cw.get("count_quantifiers", ()) or not nxt or not nxt.endswith("s") or nxt in cw.get("far_year_before", ()):
        return False
    after = _RE_NEXT_WORD_ANY.match(c.text, c.e)
    if after is None or not after.group(1)[:1].islower():
        return False  # "over 1998 Christmas Eve killing": a name follows, not a counted noun
    q = c.low.rfind(pw, 0, c.s)
    before = c.prev_word(q)
    if pw == "than":
        return before in cw.get("count_comparatives", ())
    return before not in cw.get("year_determiners", ()) and before not in cw.get("far_year_after", ())


def _year_after_phrase_end(c: Ctx) -> bool:
    """ "well into 1859.", "as early as 1818,": a number after one of lexicon
    context_words.year_after_phrase_end that ends its phrase (a stop, a comma, a bracket)."""
    return _word_before_in(c, c.tables["context"].get("year_after_phrase_end", ())) and bool(_RE_PHRASE_END.match(c.text, c.e))


def _year_ends_phrase(c: Ctx) -> bool:
    """Does the number end its phrase (a stop, a comma, a bracket) or stand before a word that
    may follow a year ("around 1850 and", "around 1850, when"), not a noun it counts ("around
    1850 people")?"""
    return bool(_RE_PHRASE_END.match(c.text, c.e)) or c.next_word() in c.tables["context"].get("far_year_before", ())


_RE_DECIMAL_AFTER = re.compile(r"[.,]\d")
_ERA: dict[int, re.Pattern[str]] = {}


def _before_christ(c: Ctx, pos: int) -> int | None:
    """Where a "BC" era marker ends after a year at ``pos`` ("2000 BC", "1345 B.C.E."), or after
    a second year the first one is a range with ("1354 to 1345 B.C."); None when there is none.
    The era words are the lexicon's context_words.era_before_christ."""
    key = id(c.lex)
    if key not in _ERA:
        words = sorted(c.tables["context"].get("era_before_christ", ()), key=len, reverse=True)
        middle = sorted((w for w in c.tables["range_middle"] if w.isalpha()), key=len, reverse=True)
        era = "|".join(re.escape(w).replace(r"\.", r"\.\s?") for w in words) or "(?!)"
        mid = "|".join(map(re.escape, middle)) or "(?!)"
        _ERA[key] = re.compile(r"(?:\s*(?:[-–]|\s(?:" + mid + r")\s)\s*\d{1,4})?\s+(?:" + era + r")(?!\w)")
    m = _ERA[key].match(c.low, pos)
    return m.end() if m else None


_RE_RANGE_TO_NUMBER = re.compile(r"\s*(?:[-–]|\s([a-z]+)\s)\s*\d[\d,.]*\s+([a-z%]+)")


def _range_of_counts(c: Ctx) -> bool:
    """Is the number the first of a range of counts ("1500 to 2000 feet": a word of the
    lexicon's stop_after_number or count_nouns after the second number)?"""
    m = _RE_RANGE_TO_NUMBER.match(c.low, c.e)
    if m is None or (m.group(1) and m.group(1) not in c.tables["range_middle"]):
        return False
    return m.group(2) in c.tables["stop_after_number"] or m.group(2) in c.tables["context"].get("count_nouns", ())


_RE_RANGE_NEXT_YEAR = re.compile(r"\s+([a-z]+)\s+[12]\d\d\d(?!\d|[.,]\d)")
_RE_RANGE_PREV_YEAR = re.compile(r"\b([a-z]+)\s+[12]\d\d\d\s+([a-z]+)\s+$")


def _in_year_range(c: Ctx) -> bool:
    """Is the number one end of a range of four-digit numbers opened by "from"/"between"
    ("between 1260 and 1390", "from 1368 to 1420")? (Counts are told apart by the caller.)"""
    t = c.tables
    if c.prev_word() in t["range_open"]:
        nxt = _RE_RANGE_NEXT_YEAR.match(c.low, c.e)
        return nxt is not None and nxt.group(1) in t["range_middle"]
    before = _RE_RANGE_PREV_YEAR.search(c.low, max(0, c.s - 40), c.s)
    return before is not None and before.group(1) in t["range_open"] and before.group(2) in t["range_middle"]


def _word_before_in(c: Ctx, words: set[str] | tuple[str, ...]) -> bool:
    """Is the word (or two-word phrase: "as of") right before the candidate one of ``words``?"""
    pw = c.prev_word()
    if not pw:
        return False
    if pw in words:
        return True
    before = c.words_before()
    return len(before) >= 2 and " ".join(before[-2:]) in words


def p_fiscal_yy(m: re.Match[str], c: Ctx) -> Out:
    """ "FY25", "FY24/25" (capital F): the fiscal year of that name (a split one from its first)."""
    if not c.text[c.s : c.s + 1] == "F":
        return None
    y = _two_digit_year(int(m["yy"]), c.ref)
    if m["ys"]:
        return _split_year(y, m["ys"])
    return R.year(y)


def p_year_words(m: re.Match[str], c: Ctx) -> Out:
    y = spoken_year(m["yw"], c.lex)
    if y is None:
        return None
    r = R.year(y)
    mod = _pmod(c, m["pmod"])
    return R.apply_position(r, mod) if mod else r


def p_decade_words(m: re.Match[str], c: Ctx) -> Out:
    yw = c.lex.table("year_words")
    k = yw.get("decades", {}).get(c.norm(m["w"]))
    if k is None:
        return None
    century = yw.get("decade_centuries", {}).get(c.norm(m["cw"])) if m["cw"] else 19
    if century is None or (m["cw"] and k == 10):
        return None
    r = R.decade(century * 100 + 10 * k)  # "the nineteen-sixties", "the Roaring Twenties"
    mod = c.tables["pos_words"].get(m["pmod"] or "")
    return R.apply_position(r, mod) if mod else r


def p_year_apos(m: re.Match[str], c: Ctx) -> Out:
    yy = int(m["yy"])
    pw = c.prev_word()
    if pw not in c.tables["context"].get("year_apos_after", ()):
        return None
    return R.year((1900 if yy >= 30 else 2000) + yy)


def p_decade(m: re.Match[str], c: Ctx) -> Out:
    cc = m["c"]
    if not cc:
        if not _bare_decade(m, c):
            return None
        cc = "'"  # "the 60s", "the late 80s": the 1900s' decade
    dd = int(m["dd"])
    if dd == 0 and cc.isdigit() and int(cc) < 20:
        # "the 1800s", "the late 1900s": the hundred years, a century (not 1800-1809); "the
        # 2000s" stays the decade
        r = R.century(int(cc))
    else:
        r = R.decade((1900 if cc == "'" else int(cc) * 100) + dd * 10)
    mod = _pmod(c, m["pmod"])
    return R.apply_position(r, mod) if mod else r


def _bare_decade(m: re.Match[str], c: Ctx) -> bool:
    """ "the 60s" with neither century nor apostrophe is a decade of the 1900s after "the", from
    the 30s to the 90s ("the 20s", "the 10s" could be either century), in a sentence about
    neither temperatures, scores, prices nor ages ("highs in the 60s", "shares in the low 80s",
    "players in their 20s"; lexicon context.bare_decade_not_near)."""
    if not m.group(0).lower().startswith("the") or not 3 <= int(m["dd"]) <= 9:
        return False
    a, b = c.sentence()
    words = set(RE_LOWER_WORD.findall(c.low[a : c.s] + " " + c.low[c.e : b]))  # (not the decade's own "mid-")
    if not words.isdisjoint(c.tables["context"].get("bare_decade_not_near", ())) or "°" in c.low[a:b]:
        return False
    nxt = c.next_word()
    if nxt in c.tables["deictic"] or nxt in c.tables["weekdays"]:
        return False  # "sunny and in the 80s tomorrow": a temperature
    # a hot spell told of before ("Seattle's heat wave ... we had a week in the 90s")
    before = set(RE_LOWER_WORD.findall(c.low[max(0, c.s - BARE_DECADE_WEATHER_CHARS) : c.s]))
    return before.isdisjoint(c.tables["context"].get("bare_decade_weather", ()))


#: how far back (characters) weather words make "the 90s" a temperature
BARE_DECADE_WEATHER_CHARS = 1500



def p_century(m: re.Match[str], c: Ctx) -> Out:
    n = m["n"]
    k = _ordinal(c, n)
    if not k or k > 21:
        return None
    r = R.century(k - 1)
    mod = _pmod(c, m["pmod"])
    return R.apply_position(r, mod) if mod else r


# ---------------------------------------------------------------- quarters, halves, seasons



def _discuss_quarter(c: Ctx, r: Res, yq: tuple[int, int], strong: bool = False) -> None:
    """Remember the quarter a report is about (for "the year-ago quarter", "a year earlier");
    a forecast ("the third quarter of 1990", said in 1989) is not the one being reported.

    A report names its quarter as an adjective ("third-quarter profit") or with its end
    ("the quarter ended Sept. 30"): those always set it. Any other mention ("after a flat
    second quarter", "into the fourth quarter") is context and sets it only when no quarter
    has been named yet."""
    if c.ref is None or r.earliest is None or r.earliest <= c.ref:
        if strong or c.last_quarter is None:
            c.last_quarter = yq


def p_quarter(m: re.Match[str], c: Ctx) -> Out:
    q = c.tables["quarter_ordinals"].get(c.norm(m["q"]))
    if q is None:
        return None
    yr = c.norm(m["yr"])
    det = c.norm(m["det"])
    start = c.s
    hyphen_adj = c.low[m.end("q") : m.end("q") + 1] == "-" and not (m["y2"] or m["y3"])
    fiscal_before = next((w for w in c.tables["context"].get("fiscal_words", ()) if c.low[max(0, c.s - len(w) - 1) : c.s] == w + " "), None)
    fiscal = c.norm(m["fiscal"]) == "fiscal" or bool(m["fiscal2"]) or fiscal_before is not None
    if m["pmod"]:
        pass  # "the end of the third quarter", "early fourth-quarter trading": spanned whole
    elif det in ("a", "its", "their", "that") or (hyphen_adj and det == "the"):
        start = m.start("yr") if m["yr"] else m.start("q")
        # keep "fiscal" inside the span
        for w in c.tables["context"].get("fiscal_words", ()):
            if c.low[start - len(w) - 1 : start].endswith(w + " "):
                start -= len(w) + 1
                break
    y = _year_phrase(c, m["y2"] or m["y3"]) or (_year_phrase(c, yr) if yr and not yr.startswith("year") else None)
    if y is None and not yr and _about_a_game(c):
        return None  # "with 23 seconds left in the second quarter"
    if y is None:
        if c.ref is None:
            return (_unres(f"XXXX-Q{q}", "quarter"), start, c.e)
        if det in ("last",) and not yr:
            y = c.ref.year - 1 if q >= (c.ref.month - 1) // 3 + 1 else c.ref.year
        elif det == "next" and not yr:
            y = c.ref.year + 1 if q <= (c.ref.month - 1) // 3 + 1 else c.ref.year
        elif fiscal and c.tense() != "future":
            # "fiscal fourth-quarter revenue rose", said in July: a fiscal year's label, which
            # news (and TimeML) gives the year of the report, not the last calendar Q4
            y = c.ref.year
        else:
            y = R.quarter_year(c.ref, q, _quarter_tense(c, q))
        if yr.startswith("year"):
            y -= 1
    ended = _ended_pattern(c).match(c.text, c.e)
    end_date = None
    if ended and not (m["y2"] or m["y3"] or (yr and yr[:1].isdigit())) and c.ref is not None:
        # "the second quarter ended Oct. 31": the year the quarter ended in (a past end)
        mo_end = c.tables["months"].get(c.norm(ended.group(1)).lower())
        day_end = _RE_DAY_AFTER_MONTH.match(c.text, ended.end(1))
        if mo_end and day_end:
            said = int(day_end.group(2)) if day_end.group(2) else None  # "ended Oct. 31, 2014"
            y_end = said or R.month_day_year(c.ref, mo_end, int(day_end.group(1)), "past", True)
            if y_end is not None:
                end_date = _valid_date(y_end, mo_end, int(day_end.group(1)))
                if not fiscal or said:
                    y = y_end  # ("fiscal fourth quarter ended Sept. 30, 2022": the year stated)
                # a fiscal quarter keeps its label ("its fiscal second quarter, which ended
                # December 31", said in January 2009: 2009-Q2); its end gives the calendar
                # months it covers (earliest/latest), whatever quarter the label names
    r = R.quarter(y, q)
    if ended and end_date is not None:
        r = _ending_on(r, end_date)
    if not yr.startswith("year"):
        strong = hyphen_adj or ended is not None
        if fiscal and r.earliest is not None and c.ref is not None and r.earliest > c.ref and c.tense() != "future":
            # a fiscal label reported on (its calendar interval may lie ahead): under discussion
            if strong or c.last_quarter is None:
                c.last_quarter = (y, q)
        else:
            _discuss_quarter(c, r, (y, q), strong)
    pmod = _pmod(c, m["pmod"])
    if pmod:
        r = R.apply_position(r, pmod)
    return (r.with_(anchor=c.ref_anchor()) if not (m["y2"] or m["y3"] or (yr and yr[:1].isdigit())) else r, start, c.e)




def _valid_date(y: int, mo: int, d: int) -> D | None:
    try:
        return D(y, mo, d)
    except ValueError:
        return None


def _ending_on(r: Res, end: D) -> Res:
    """A fiscal quarter stated to end on a day ("its fourth quarter ended Sept. 26") covers the
    three months up to that day, whatever calendar quarter its value names."""
    try:
        return r.with_(earliest=R.add_months(end + dt.timedelta(days=1), -3), latest=end)
    except (ValueError, OverflowError):  # within three months of year 1 or after 9999-12-31
        return r


_ENDED: dict[int, re.Pattern[str]] = {}
_RE_DAY_AFTER_MONTH = re.compile(r"\s+(\d{1,2})\b(?:,?\s+((?:1[5-9]|20)\d\d)\b)?")


def _ended_pattern(c: Ctx) -> re.Pattern[str]:
    """ "the quarter ended Sept. 30": the words come from the lexicon's context_words.ended."""
    key = id(c.lex)
    if key not in _ENDED:
        words = sorted(c.tables["context"].get("ended", ()), key=len, reverse=True)
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
        # a comma before a relative's "which ended" ("its fiscal fourth quarter, which ended June 30")
        _ENDED[key] = re.compile(r",?\s+(?:" + alts + r")\s+([A-Z][a-z]+\.?)\s+\d", re.I)
    return _ENDED[key]


_TO_MONTH: dict[int, re.Pattern[str]] = {}


def _to_month_pattern(c: Ctx) -> re.Pattern[str]:
    """ "the quarter ended June", "the quarter to June", "the quarter ending in April" (no day
    number after the month): the words come from context_words.ended and .period_end_before."""
    key = id(c.lex)
    if key not in _TO_MONTH:
        cw = c.tables["context"]
        words = sorted(set(cw.get("ended", ())) | set(cw.get("period_end_before", ())), key=len, reverse=True)
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
        ins = "|".join(re.escape(w) for w in sorted(cw.get("in_words", ()), key=len, reverse=True)) or "(?!)"
        _TO_MONTH[key] = re.compile(r",?\s+(?:" + alts + r")\s+(?:(?:" + ins + r")\s+)?([A-Z][a-z]+\.?)(?!\s*\d)(?!\w)", re.I)
    return _TO_MONTH[key]


def _quarter_ends_now(ref: D) -> bool:
    """Is ``ref`` one of a quarter's last three days ("the Nikkei ended the quarter down 4.6
    percent", on March 31: this quarter, the one just ending)?"""
    q_end_month = ((ref.month - 1) // 3 + 1) * 3
    last = D(ref.year, q_end_month, calendar.monthrange(ref.year, q_end_month)[1])
    return (last - ref).days <= 2


def p_quarter_rel(m: re.Match[str], c: Ctx) -> Out:
    det, which, what = c.norm(m["det"]), c.norm(m["which"]), m["what"]
    yrs, ago = c.norm(m["yrs"]), bool(m["ago"])
    if c.e == m.end("what") and _RE_HYPHEN_WORD.match(c.low, c.e):
        return None  # "the quarter-final", "the quarter-century": a compound noun
    mid = c.norm(c.low[m.start("what") - 14 : m.start("what")])
    if "year-earlier" in mid or "year-ago" in mid:
        which = "year-earlier"
    if ago or yrs.startswith(("last", "a year")):
        which = "year-earlier"
    elif yrs.startswith("this"):
        which = "same"
    if what == "period" and c.last_quarter is None and (which in ("same", "corresponding", "comparable", "year-earlier", "year-ago") or m["ofy"]):
        # no quarterly report under way: "the same period (of 2004 | last year)" is the last
        # period the text named ("the first nine months of 2005"), in that year or a year before
        if m["ofy"]:
            return R.year(int(m["ofy"]))
        if c.ref is not None and ("last" in yrs.split() or "last" in c.norm(m["ago"]).split()):
            return R.year(c.ref.year - 1).with_(anchor=c.ref_anchor())  # "last year" is deictic
        if c.ref is not None and "this" in yrs.split():
            return R.year(c.ref.year).with_(anchor=c.ref_anchor())  # "this year's period"
        last = c.story.date
        if last is None or last.earliest is None:
            return _unres("XXXX", "year", note="nothing named before it")
        k = -1 if which in ("year-earlier", "year-ago") else 0
        # the year only: the period named before is often a span the text gave by its end
        # ("from January to October ... the same period"), which a month would misstate
        return R.year(last.earliest.year + k).with_(anchor="previous mention")
    if m["ofy"]:
        ofy = int(m["ofy"])
        if which in ("same", "corresponding", "comparable"):
            # "the same period/quarter of 1996" in a quarterly report: that quarter of 1996
            if c.last_quarter:
                return R.quarter(ofy, c.last_quarter[1])
            if what == "period":
                return R.year(ofy)
            # which quarter is not known here: TimeML's "2004-QX", over the whole year
            return R.year(ofy).with_(value=f"{ofy:04d}-QX", granularity="quarter")
        if which in ("last", "final") and what == "quarter":
            return R.quarter(ofy, 4)  # "the last quarter of 2004"
        return None  # "the latest quarter of 2005": not a phrase this rule reads
    if which[:1].isdigit():  # "the 1988 period": that year's quarter under discussion
        if c.last_quarter is None and what == "period":
            return None
        q = c.last_quarter[1] if c.last_quarter and not _longer_period_before(c) else 0
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
    base = c.last_quarter or (cur if _quarter_ends_now(c.ref) else _shift_q(*cur, -1))
    strong = which in ("latest", "just-ended", "just ended")  # names the reported quarter
    end_date: D | None = None  # "the quarter ended Sept. 26": the day it is said to end
    if which == "latest" and what == "quarter":
        yq = _shift_q(*cur, -1)
    elif which in ("current",) or (det == "this" and not which):
        # "This quarter's loss", after a report on the quarter just ended: results are only
        # reported for a finished quarter, so the possessive names the one under discussion
        finished = c.last_quarter is not None and c.last_quarter < cur
        reported = finished and c.low[c.e : c.e + 2] == "'s" and what == "quarter" and c.tense() != "future"
        yq = c.last_quarter if reported and c.last_quarter is not None else cur
    elif which in ("previous", "prior", "preceding") and c.last_quarter is not None:
        # "1.6 percent in the first quarter, down from 3.4 percent in the previous quarter":
        # the quarter before the one under discussion
        yq = _shift_q(*c.last_quarter, -1)
    elif which in ("past", "previous", "prior", "preceding") or (det == "last" and not which) or which == "last":
        yq = _shift_q(*cur, -1)
    elif which in ("coming",) or det == "next":
        yq = _shift_q(*cur, 1)
    elif which in ("year-earlier", "year-ago"):
        yq = _shift_q(*base, -4)
    elif which == "first":
        return None
    else:  # "the quarter", "the latest quarter", "the same quarter", "the fiscal quarter"
        yq = base
        ended = _ended_pattern(c).match(c.text, c.e)
        if ended and c.cap(ended.start(1)):
            strong = True
            mo = c.tables["months"].get(c.norm(ended.group(1)).lower())
            if mo:
                day_end = _RE_DAY_AFTER_MONTH.match(c.text, ended.end(1))
                said = day_end.group(2) if day_end else None  # "the quarter ended Oct. 31, 2014"
                # a quarter ending ahead in a future clause ("revenue will rise in the quarter
                # ending June 30"); else the last one
                # "the quarter ended Sept. 30" is over, whatever the clause says of its report
                link = c.norm(c.text[ended.start() : ended.start(1)].strip(" ,\t\n"))
                ahead = c.tense() == "future" and link not in c.tables["context"].get("ended_past", ())
                yy = int(said) if said else R.month_year(c.ref, mo, "future" if ahead else "past")
                # the three months ending then, named by the calendar quarter of their middle
                # month: "the quarter ended Sept. 30" is Q3, "the quarter ended July 31" Q2
                mid = mo - 1 or 12
                yq = (yy - (mid == 12), (mid - 1) // 3 + 1)
                end_date = _valid_date(yy, mo, int(day_end.group(1))) if day_end else None
        elif (to_month := _to_month_pattern(c).match(c.text, c.e)) and c.cap(to_month.start(1)):
            # "the quarter ended June", "the quarter to June", "the quarter ending in April": no
            # day, the month alone ends it
            mo = month_number(c.tables["months"], to_month.group(1))
            if mo:
                return _months_ending(c, _period_end_year(c, mo), mo, 3, True).with_(anchor=c.ref_anchor())
    r = R.quarter(*yq).with_(anchor=c.ref_anchor())
    if end_date is not None:
        r = _ending_on(r, end_date)
    if which not in ("year-earlier", "year-ago"):
        _discuss_quarter(c, r, yq, strong)
    return r


_OF_SOMETHING = r"\s+{of_words}\s+\S"
_RE_DECADE_DIGITS = re.compile(r"(?<!\d)(\d|\d{3})0s$")


def p_half(m: re.Match[str], c: Ctx) -> Out:
    h = 1 if c.norm(m["h"] or m["hq"]) == "first" else 2
    if m["dec"]:  # "the last half of the '80s": the decade's end, not a year's half
        digits = _RE_DECADE_DIGITS.search(c.norm(m["dec"]))
        if digits is None:
            return None
        d = digits.group(1)  # "198" of "the 1980s", "8" of "the '80s" (this century's first two decades)
        d3 = int(d) if len(d) == 3 else (190 + int(d) if int(d) >= 2 else 200 + int(d))
        return R.apply_position(R.decade(d3 * 10), "START" if h == 1 else "END")
    if not (m["y2"] or m["yr"]) and lex_pattern(c, _OF_SOMETHING).match(c.text, c.e):
        return None  # "the first half of the match", "the second half of his term": not a year's
    if not (m["y2"] or m["yr"]) and (c.tables["units"].get(c.next_word(), ("", ""))[1] == "century" or _about_a_game(c)):
        return None  # "his second half century" (50 runs); "In the second half, Angola scored"
    y = _year_phrase(c, m["y2"]) or _year_phrase(c, m["yr"])
    pmod = _pmod(c, m["pmod"])
    if y is None:
        if c.ref is None:
            return _unres(f"XXXX-H{h}", "half").with_(mod=pmod)
        y = _half_year(c, h)
    r = R.half(y, h)
    return R.apply_position(r, pmod) if pmod else r


def _half_year(c: Ctx, h: int) -> int:
    """The year of a bare "second half": last year's in a past clause written in the first half,
    and a "first half" ahead in a future clause written in the second."""
    assert c.ref is not None
    t = c.tense()
    if t == "past" and h == 2 and c.ref.month <= 6:
        return c.ref.year - 1
    return c.ref.year + 1 if (t == "future" and h == 1 and c.ref.month > 6) else c.ref.year


_RE_COMMA_NAME = re.compile(r",\s+[A-Z]")
#: the word after the one after the season ("fall in [crude] prices")
_RE_NEXT_TOKEN_AFTER = re.compile(r"\s+[a-z'’]+\s+([A-Za-z][\w'’-]*)")


def _bare_season(c: Ctx) -> bool:
    """ "before summer", "by spring", "the onset of winter", "the northern hemisphere winter":
    a season with no determiner after a preposition of time (or "the onset of"), ending its
    phrase; not "in spring water", "they spring into action", "a fall in prices"."""
    cw = c.tables["context"]
    if c.low[c.s : c.e] != c.low[c.s : c.e].strip() or " " in c.low[c.s : c.e]:
        return False
    if not (_word_before_in(c, cw.get("season_bare_after", ())) or c.prev_word() in cw.get("season_bare_after_noun", ()) or _after_season_and(c)):
        return False
    if _word_before_in(c, cw.get("season_bare_after_lower", ())) and (c.cap(c.s) or c.text[c.e : c.e + 1] == "-"):
        return False  # "a letter from Summer", "from spring-fed lakes": a name, a compound
    if c.prev_word() in cw.get("season_bare_after_phrase_end", ()) and c.next_word() not in cw.get("season_phrase_end", ()):
        return False  # "once winter sets in"; not "leaves that once fall from the trees"
    if c.cap(c.s) and not _starts_sentence(c, c.s) and _RE_COMMA_NAME.match(c.text, c.e):
        return False  # "They met in Spring, Texas": a place
    after = c.text[c.e : c.e + 2].lstrip(" ")[:1]
    nxt = c.next_word()
    if c.norm(c.low[c.s : c.e]) in cw.get("season_also_nouns", ()) and nxt in cw.get("season_noun_before", ()):
        # "dragged down by fall in crude prices": a drop; not "harvest begins in fall in Iowa",
        # "spring in the mountains", "fall of last year"
        then = _RE_NEXT_TOKEN_AFTER.match(c.text, c.e)
        if then is not None and then.group(1)[:1].islower() and then.group(1) not in cw.get("season_noun_ok_after", ()):
            return False
    if nxt in cw.get("season_coordinators", ()) or nxt in cw.get("season_range_middles", ()):
        return _joined_season_ends(c)
    return after == "" or not after.isalnum() or _is_function_word(c, nxt) or nxt in cw.get("season_phrase_end", ())


#: "and late summer", "or early winter": the words of a season joined after the candidate
_RE_JOINED_SEASON = re.compile(r"\s+[a-z]+\s+(?:(?:early|late|mid)[ -]?)?([a-z]+)\b(?:\s+([a-z'’]+))?")


def _joined_season_ends(c: Ctx) -> bool:
    """A season joined to what follows ("in the fall and winter", "from spring to summer") is
    a time when what it is joined to is a season that ends its phrase too; not "fall and winter
    sales", "from winter to spring wheat", "from spring and well water" (a noun's modifiers)."""
    cw = c.tables["context"]
    then = _RE_NEXT_TOKEN_AFTER.match(c.low, c.e)
    head = then.group(1).split("'")[0].split("’")[0] if then is not None else ""
    cues = c.tense_cues
    verb = (
        head in cues.irregular_past
        or head in cues.present_plain
        or cues.classify(head, None, None) is not None
        or (len(head) > 4 and head.endswith(("ed", "ly")))
        or head in cw.get("season_join_adverbs", ())
    )
    if then is None or verb or _is_function_word(c, head) or head in cw.get("fronted_subject_openers", ()):
        # "a dry end to winter and a dry start to spring", "since autumn and they're looking",
        # "prices climbed in summer and fell in autumn": the season ends its phrase
        return True
    m = _RE_JOINED_SEASON.match(c.low, c.e)
    if m is None or m.group(1) not in c.tables["seasons"]:
        return False
    nxt = m.group(2)
    return nxt is None or _is_function_word(c, nxt) or nxt in cw.get("season_phrase_end", ())


def _after_season_and(c: Ctx) -> bool:
    """Is the season the second of two joined ("until the summer or fall", "in the fall and
    winter", "in the spring and autumn of next year")?"""
    before = c.words_before()
    return (
        len(before) >= 2
        and before[-1] in c.tables["context"].get("season_coordinators", ())
        and before[-2].strip(",") in c.tables["seasons"]
    )


def _season_names_something(c: Ctx) -> bool:
    """ "the Spring Festival", "the Winter Olympics": the season word is part of a name."""
    return c.next_word() in c.tables["context"].get("season_not_before", ())


def _plain_present_clause(c: Ctx) -> bool:
    """Is a clause read as looking ahead only for a plural present fixture verb ("Canadians
    travel south in winter", "Storks arrive in spring"), with no word of the future in it (a
    habit, then)?"""
    cues = c.tense_cues
    words = _clause_words_before(c)
    if not any(w in cues.fixture_plain for w in words):
        return False  # "Harvest begins in fall": a schedule, read ahead
    return not any(w in cues.modal_future or w in cues.future_alone or w in cues.infinitive for w in words)


def p_season(m: re.Match[str], c: Ctx) -> Out:
    if not (m["y"] or m["yw"]) and _season_names_something(c):
        return None
    code = c.tables["seasons"][m["s"]]
    if m["adjdet"]:
        # "the wettest autumn on record", "an unusually mild winter": the weather of a season
        # gone by or under way (one ahead only in a clause that looks ahead), spanned alone;
        # not a title ("The Long Summer Evening") nor "a hot spring resort"
        adj = c.low[: m.start("s")].split()[-1]
        if c.text[m.start("s")].isupper() or f"{adj} {c.norm(m['s'])}" in c.tables["context"].get("season_adjective_pairs_not", ()):
            return None
        cw = c.tables["context"]
        hemi = adj in cw.get("season_hemisphere_words", ())  # a name, not the weather of one gone by
        if hemi and (c.norm(m["adjdet"]) != "the" or c.next_word() in cw.get("season_modified_nouns", ())):
            return None  # "their northern summer timetables", "the southern winter solstice": a season naming a noun
        # "the southern autumn" (March to May): picked as the months it covers, named by its code
        south = adj in cw.get("season_southern_words", ())
        r = _season_plain(c, _SOUTHERN_MONTHS_OF[code] if south else code, m, past_unless_future=not hemi)
        if south and isinstance(r, Res):
            r = r.with_(value=r.value[:-2] + code)
        if hemi:
            return r  # "the southern summer": the season's name, spanned whole
        return (r, m.start("s"), c.e) if isinstance(r, Res) else r
    rel = c.norm(m["rel"])
    mod = c.tables["pos_words"].get(_drop_determiners(c, rel)) if rel else None
    y_said = int(m["y"]) if m["y"] else (spoken_year(m["yw"], c.lex) if m["yw"] else None)
    if m["yrel"]:  # "by spring next year", "in summer last year"
        y_said = _year_phrase(c, m["yrel"])
        if y_said is None:
            return _unres(f"XXXX-{code}", "season")
    cw = c.tables["context"]
    if rel == "the" and not y_said and c.norm(m["s"]) in cw.get("season_also_nouns", ()):
        # "the fall of Saddam", "the fall in prices": a collapse, a drop; the season only after a
        # preposition of time, and not before "of"/"in" ("in the fall", "by the fall")
        pw = c.prev_word(m.start("rel"))
        of_ok = pw == "of" and c.prev_word(c.low.rfind("of", 0, m.start("rel"))) in cw.get("season_the_after_of", ())
        to_ok = pw == "to" and (c.prev_word(c.low.rfind("to", 0, m.start("rel"))) in cw.get("season_the_after_to", ()) or _moved_to(c, m.start("rel")))
        if (pw not in cw.get("season_the_after", ()) and not of_ok and not to_ok) or c.next_word() in cw.get("season_noun_before", ()):
            return None  # ("for most of the fall": the season)
    if not rel and not y_said:
        if not _bare_season(c):
            return None  # "prices fall", "spring" (the verb/noun) without a determiner
        t = c.tense()
        coming = c.next_word() in cw.get("season_coming_before", ())
        if coming and c.ref is not None:
            return _anchored(_season_pick(c.ref, code, 1, strict=False), c)  # "with winter approaching": the next one
        if c.ref is not None and (t == "present" or (t == "future" and _plain_present_clause(c))):
            # "demand is highest in winter", "Canadians travel south in winter": any winter
            return Res("DATE", f"XXXX-{code}", "season")
    if rel in ("that", "the following", "the previous", "the next", "later that", "earlier that") and not y_said:
        # "The band formed in 1994. That summer, ...", "the following spring": from the story
        told = c.story.date
        if told is None or told.earliest is None or (rel == "the next" and not c.story.told_past(c, "year")):
            return None if rel != "the next" else _season_next(c, code)
        if rel in ("that", "later that", "earlier that") and not _that_determiner_at(c, m.start("rel")):
            return None
        ly = told.earliest.year
        anchor_season = R.season(ly, code)
        whole_year = told.granularity == "year"  # "formed in 1994. The following spring": 1995's
        if rel in ("the following", "the next"):
            r = anchor_season if (anchor_season.earliest > told.earliest and not whole_year) else R.season(ly + 1, code)
        elif rel == "the previous":
            r = anchor_season if (anchor_season.latest < told.earliest and not whole_year) else R.season(ly - 1, code)
        else:
            r = anchor_season
        return r.with_(anchor="previous mention")
    if y_said:
        r = R.season(y_said, code)
    elif c.ref is None:
        return _unres(f"XXXX-{code}", "season")
    else:
        d = _dir_of(rel, c)  # 0 for "the", "early", "the late", "mid-"...
        t = c.tense()
        if d == 0 and rel != "this":
            # a present clause looks at the season still to come or under way ("the country
            # faces large debt repayments in the spring", said in December)
            d = -1 if t == "past" else (1 if t in ("future", "present") else 0)
            if (
                d < 0
                and rel
                and c.prev_word(m.start("rel")) in c.tables["context"].get("deadline_before", ())
                and not _durative_before(c, _clause_words_before(c, m.start("rel")))
            ):
                coming = _season_pick(c.ref, code, 1, strict=True)
                if coming.earliest is not None and (coming.earliest - c.ref).days <= SEASON_DEADLINE_DAYS:
                    d = 1  # "said it had enough reserves to last until the spring", said on 2 January
            if d < 0 and rel and _moved_to(c, m.start("rel")):
                d = 1  # "Tax reform has slipped to the fall", "postponed the vote until the spring": ahead
        story_year = c.story.year_for(c, _SEASON_START.get(code, 1)) if d < 0 and rel not in ("last",) else None
        if story_year is not None:
            # "the economy grew 9.1 percent in 2003, despite the SARS outbreak that hit spending in
            # the spring": the story's stated year
            r = R.season(story_year, code).with_(anchor="story year")
        else:
            r = _season_pick(c.ref, code, d, strict=rel in ("last", "next"))
            if d > 0 and rel in c.tables["next"] and r.earliest is not None and (r.earliest - c.ref).days <= SEASON_NEXT_SKIP_DAYS:
                r = R.season(r.earliest.year + 1, code)  # "next fall" said on 13 September: not this one, about to begin
            r = _anchored(r, c)
    return R.apply_position(r, mod) if mod else r


#: how many words before "a/the <adjective> <season>" a preposition of time gone by may stand
#: ("after a wet summer and a long winter")
SEASON_AFTER_WORDS = 6


#: the northern season whose months a southern one covers (the southern summer is December to February)
_SOUTHERN_MONTHS_OF = {"SP": "FA", "SU": "WI", "FA": "SP", "WI": "SU"}


def _season_plain(c: Ctx, code: str, m: re.Match[str], past_unless_future: bool = False) -> Out:
    """A season with no year, read from the clause's tense: the last one in a past clause (the
    story's year when it told one), the coming or current one otherwise (with
    ``past_unless_future``, the last one unless a present or future clause looks ahead)."""
    if m["y"] or m["yw"] or m["yrel"]:
        return None
    if c.ref is None:
        return _unres(f"XXXX-{code}", "season")
    t = c.tense()
    if past_unless_future:
        # the weather of one gone by ("after a wet summer", "an unusually mild winter had left"),
        # or of the one under way or coming in a present or future clause ("bracing for a harsh
        # winter"), the last one with no tense
        after = bool(set(_clause_words_before(c, m.start("adjdet"))[-SEASON_AFTER_WORDS:]) & set(c.tables["context"].get("season_after_past", ())))
        if t is None and not after:
            # no tense ("Growers fear a dry spring"): this year's (the winter that began last
            # December, early in a year)
            return _anchored(R.season(c.ref.year - 1 if code == "WI" and c.ref.month <= 3 else c.ref.year, code), c)
        d = -1 if after or t not in ("present", "future") else 1
    else:
        d = -1 if t == "past" else (1 if t in ("future", "present") else 0)
    story_year = c.story.year_for(c, _SEASON_START.get(code, 1)) if d < 0 else None
    if story_year is not None:
        return R.season(story_year, code).with_(anchor="story year")
    return _anchored(_season_pick(c.ref, code, d, strict=False), c)


#: how soon a season must begin for "until the spring" in a past clause to be the coming one
SEASON_DEADLINE_DAYS = 200
#: a season beginning this soon is "this" one: "next <season>" is the one after it
SEASON_NEXT_SKIP_DAYS = 45

#: the month a season's TIMEX3 code starts in, for the story's year ("In 2003 ... in the spring")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_next(c: Ctx, code: str) -> Out:
    """ "the next summer" with no story to count from: the coming one."""
    if c.ref is None:
        return _unres(f"XXXX-{code}", "season")
    return _anchored(_season_pick(c.ref, code, 1, strict=True), c)


#: how many days into January a bare "New Year" is still the one just past
NEW_YEAR_DAY_REACH = 7


def p_new_year_period(m: re.Match[str], c: Ctx) -> Out:
    """ "early in the new year", "into the New Year": the year about to begin, said in its
    last quarter (or the one just begun, said in its first); left alone at other times and
    before a holiday word ("the New Year holiday")."""
    cw = c.tables["context"]
    if not m["the"]:
        # "over New Year", "between Christmas and New Year": the holiday, 1 January
        if c.text[c.s : c.s + 8] != "New Year" or c.prev_word() not in cw.get("new_year_day_after", ()) or c.next_word() in cw.get("new_year_not_before", ()):
            return None
        if c.ref is None:
            return _unres("XXXX-01-01", "day")
        if not (c.ref.month >= 10 or (c.ref.month == 1 and c.ref.day <= NEW_YEAR_DAY_REACH)):
            return None  # (later in January "over New Year" is more often the lunar one)
        return _anchored(R.day(D(c.ref.year + (1 if c.ref.month >= 10 else 0), 1, 1)), c)
    if c.prev_word() not in cw.get("new_year_after", ()) or c.next_word() in cw.get("new_year_not_before", ()) or c.next_word() == "of":
        return None  # (not "greeted the new year of the horse")
    if c.ref is None:
        return _unres("XXXX", "year")
    if c.ref.month >= 10:
        y = c.ref.year + 1
    elif c.ref.month <= 3:
        y = c.ref.year
    else:
        return None
    before = c.words_before()[-2:]
    mod = c.tables["pos_words"].get(before[0]) if len(before) == 2 and before[1] in cw.get("in_words", ()) else None  # "early in the new year"
    r = _anchored(R.year(y), c)
    return R.apply_position(r, mod) if mod else r


def p_seasons_ago(m: re.Match[str], c: Ctx) -> Out:
    """ "two summers ago": the summer before last (the last one over counts as one ago);
    "two summers later/on/earlier": the years elapsed, a DURATION on "two summers" alone."""
    n = numeral(m["n"], c.lex)
    if n is None or n != int(n) or not 1 <= n <= 100:
        return None
    code = c.tables["seasons"][m["s"]]
    if c.norm(m["dir"]) != "ago":
        return Res("DURATION", f"P{int(n)}Y", "year"), c.s, m.end("s") + 1
    if c.ref is None:
        return _unres(f"XXXX-{code}", "season")
    last = _season_pick(c.ref, code, -1, strict=True)
    y = int(last.value[:4]) - (int(n) - 1)
    return _anchored(R.season(y, code), c)


def p_season_year(m: re.Match[str], c: Ctx) -> Out:
    if _season_names_something(c):
        return None  # "the 2008 Summer Olympics": the year alone is the time
    return R.season(int(m["y"]), c.tables["seasons"][m["s"]])



def p_edge_day(m: re.Match[str], c: Ctx) -> Out:
    """ "the last day of June", "the first day of 2005", "the last day of the month": the
    first or last day of a month or year (a month without a year read as "in June" is)."""
    first = c.norm(m["edge"]) == "first"
    if m["mon"]:
        if not c.cap(m.start("mon")):
            return None
        mo = c.tables["months"][c.norm(m["mon"])]
        if m["y"]:
            y = int(m["y"])
        elif c.ref is None:
            if not first and mo == 2:  # 28 or 29 days: the month's end is all that is known
                return _unres("XXXX-02", "month").with_(mod="END")
            last = calendar.monthrange(2001, mo)[1]  # a common year: February is handled above
            return _unres(f"XXXX-{mo:02d}-{1 if first else last:02d}", "day")
        else:
            y = R.month_year(c.ref, mo, c.tense())
        span = R.month(y, mo)
    elif m["y2"]:
        span = R.year(int(m["y2"]))
    else:
        if c.ref is None:
            return None
        rel, unit = c.norm(m["rel"]), m["unit"]
        step = {"next": 1, "last": -1}.get(rel, 0)
        if rel == "the" and c.story.date is not None and c.story.date.earliest is not None and c.story.date.granularity in ("month", "day"):
            base = c.story.date.earliest  # "took office on June 3 ... by the last day of the month": June's
            anchor = "previous mention"
        else:
            base, anchor = c.ref, c.ref_anchor()
        if unit == "month":
            first_day = R.add_months(base.replace(day=1), step)
            span = R.month(first_day.year, first_day.month)
        else:
            span = R.year(base.year + step)
        return R.day(span.earliest if first else span.latest).with_(anchor=anchor)  # type: ignore[arg-type]
    return R.day(span.earliest if first else span.latest).with_(anchor=c.ref_anchor() if not (m["y"] or m["y2"]) else None)  # type: ignore[arg-type]


def p_ordinal_day(m: re.Match[str], c: Ctx) -> Out:
    """ "on the 24th", "the 15th of next month": a day of the month named elsewhere (the month
    the text is on, else the reference's), after a word that makes it a date, not a rank
    ("the 24th person", "the 20th century")."""
    inst = c.lex.table("month_of_instant").get(c.norm(m["inst"])) if m["inst"] else None
    if inst is None and (not any(c.low.startswith(d + " ", c.s) for d in c.tables["rel_determiners"]) or c.prev_word() not in c.tables["context"].get("ordinal_day_after", ())):
        return None  # "sunk to 21st in the world": a rank ("the 2nd instant" is a date wherever it stands)
    if lex_pattern(c, _ORDINAL_RANGE).match(c.low, c.e):
        return None  # "the 11th to 13th century"
    nxt = _RE_NEXT_WORD_ANY.match(c.text, c.e)
    if inst is not None and c.norm(m["inst"]) == "instant" and RE_LOWER_WORD_AFTER.match(c.text, c.e):
        return None  # "won the 2nd instant lottery prize": an adjective, no month
    if nxt and not m["rel"] and inst is None and nxt.group(1).lower() not in c.tables["context"].get("ordinal_day_before", ()):
        return None  # "on the 24th floor", "appealed to the 11th Circuit"
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    a, b = c.sentence()
    if not set(RE_LOWER_WORD.findall(c.low[a:b])).isdisjoint(c.tables["context"].get("ordinal_day_not_near", ())):
        return None  # "his wedge to the 15th at 3.53pm": a hole
    if c.ref is None:
        return _unres(f"XXXX-XX-{d:02d}", "day")
    if inst is not None:
        base, anchor = R.add_months(c.ref.replace(day=1), int(inst)), c.ref_anchor()  # "the 27th ultimo": last month's
    elif m["rel"]:
        base, anchor = R.add_months(c.ref.replace(day=1), _dir_of(m["rel"], c)), c.ref_anchor()
    elif c.story.date is not None and c.story.date.earliest is not None and c.story.date.granularity in ("day", "month", "part_of_day", "minute"):
        base, anchor = c.story.date.earliest.replace(day=1), "previous mention"
        if c.story.date.granularity != "month" and d < c.story.date.earliest.day:
            base = R.add_months(base, 1)  # "began on Sept. 28 and ended on the 3rd": October's
    else:
        base, anchor = c.ref.replace(day=1), c.ref_anchor()
        if c.tense() == "future" and d < c.ref.day:
            base = R.add_months(base, 1)  # "will rule on the 5th", said on the 20th: next month's
        elif c.tense() == "past" and d > c.ref.day:
            base = R.add_months(base, -1)
    try:
        return R.day(base.replace(day=d)).with_(anchor=anchor)
    except ValueError:
        return None


def p_named_day(m: re.Match[str], c: Ctx) -> Out:
    """ "the 9/11 attacks": a day known by a name, with its one date (lexicon `[named_days]`),
    after a word that makes it a name ("since 9/11", not "he shot 9/11 from the field") or before
    a noun of what happened on it ("behind 7/7 attacks", "9/11 hijackers")."""
    cw = c.tables["context"]
    nxt = c.next_word()
    if any(ch.isalpha() for ch in m["nd"]):
        if nxt not in cw.get("named_day_month_before", ()):
            return None  # "the Sept. 11 deadline", "the September 11 attack on the consulate": a date like any other
    elif nxt not in cw.get("named_day_before", ()) and c.prev_word() not in cw.get("named_day_after", ()):
        return None
    return R.day(D.fromisoformat(c.tables["named_days"][c.norm(m["nd"])]))


_RE_THAT_BEFORE = re.compile(r"\b(?:[Tt]hat|[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+previous)[ \t]+$")


def _holiday_told_from(c: Ctx, spec: str) -> tuple[D, int] | None:
    """ "The quarry opened in the summer of 1979. By that Christmas, ...", "the following
    Easter": the holiday counted from the date the story told last (that one: on or after
    it; the following: after it; the previous: before it), and where the word starts. None
    with no such word or story."""
    before = _RE_THAT_BEFORE.search(c.text, max(0, c.s - 20), c.s)
    told = c.story.date
    if before is None or told is None or told.earliest is None or told.latest is None:
        return None
    word = before.group(0).split()[-1].lower()
    if word == "that" and not _that_determiner_at(c, before.start()):
        return None  # "said that Christmas was quiet": a conjunction
    y0 = told.earliest.year
    days = [d for k in (y0 - 1, y0, y0 + 1) if (d := R.holiday(spec, k)) is not None]
    if word == "previous":
        found = [d for d in days if d < told.earliest]
        return (found[-1], before.start()) if found else None
    start = told.earliest if word == "that" else told.latest + dt.timedelta(days=1)
    found = [d for d in days if d >= start]
    return (found[0], before.start()) if found else None


def _wk(m: re.Match[str]) -> str | None:
    """The week or weekend a holiday names: after it ("Easter week") or before it ("the week
    of Thanksgiving")."""
    return m["wk"] or m["wkpre"]


#: a holiday on a fixed month and day ("12-25")
_RE_FIXED_SPEC = re.compile(r"\d\d-\d\d")


def p_holiday(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("h")) and not c.norm(m["h"]).endswith("bank holiday") and c.norm(m["h"]) not in c.tables["context"].get("holidays_lower_case", ()):
        return None  # "the early May bank holiday", "the spring bank holiday" are written in lower case
    words = c.text[m.start("h") : m.end("h")].split()
    if len(words) > 1 and words[0].lower() in c.tables["months"] and not all(w[:1].isupper() for w in words):
        if not _RE_BANK_HOLIDAY_AFTER.match(c.low, m.start("h") + len(words[0])):
            return None  # "on a warm May day in 1945": a day of May, not May Day ("the August bank holiday" is one)
    nw = c.next_word()
    if not _wk(m) and not m["y"] and nw in c.tables["context"]["holiday_not_before"] and not _verb_with_particle(c, nw):
        return (SKIP, c.e)  # "Christmas Island", "the Good Friday Agreement": a name or a thing, not the day
    spec = _regional_spec(c, c.norm(m["h"]))
    pw = c.prev_word()
    if pw in c.tables["set_quants"] and not _wk(m) and not m["y"]:
        # "every Christmas", "each New Year's Eve": the holiday every year (a movable one has no
        # fixed month and day to write); not "every Christmas party" (holiday_not_before, above)
        if nw in c.tables["context"].get("holiday_season_after", ()):
            return None  # "every Christmas season": a season, not the day
        fixed = spec if spec is not None and _RE_FIXED_SPEC.fullmatch(spec) else None
        return Res("SET", f"XXXX-{fixed}" if fixed else "XXXX-XX-XX", "day", quant=c.tables["set_quants"][pw]), c.low.rfind(pw, 0, c.s), c.e
    if spec is None:
        return _unres("XXXX-XX-XX", "day")  # "Labour Day", "Youth Day" with no country to say which
    if not CAL.is_spec(spec) and _other_namesake(c):
        return (SKIP, c.e)  # "Holocaust Remembrance Day", "Israel's Independence Day", "Orthodox Christmas"
    if not _wk(m) and not m["y"] and (dated := _holiday_date_after(c, spec)) is not None:
        return dated  # "Easter Monday, 24 April 1916": the date written after it
    if CAL.is_spec(spec):
        r = _calendar_holiday(m, c, spec)
        if isinstance(r, Res) and m["mrel"]:
            return r, c.s, m.end("h")  # "Ramadan next month": the month phrase apart
        return r
    cw = c.tables["context"]
    named_week = c.norm(m["h"]).endswith(tuple(cw.get("week_holiday_ends", ())))  # "Holy Week", "Golden Week"
    if named_week:
        before = c.low[max(0, c.s - 20) : c.s]
        if c.prev_word() in cw.get("indefinite_articles", ()) or before.rstrip().endswith(tuple(cw.get("week_holiday_not_after", ()))):
            return None  # "enjoyed a Golden Week in Paris"; "the May Day Golden Week" is another one
    week = _wk(m) == "week" or named_week
    told: tuple[D, int] | None = None
    y = int(m["y"]) if m["y"] else _year_phrase(c, m["yrel"]) if m["yrel"] else None
    if m["mrel"] and c.ref is not None:
        # "Christmas next month": the occurrence in that month; a holiday that does not fall in
        # it ("Independence Day next month" in an Indian story) is two expressions
        w = c.norm(m["mrel"]).split()[0]
        k = -1 if w in c.tables["last"] else 1 if w in c.tables["next"] else 0
        first = R.add_months(c.ref.replace(day=1), k)
        d = R.holiday(spec, first.year)
        if d is not None and (d.year, d.month) == (first.year, first.month):
            return R.day(d).with_(anchor=c.ref_anchor())
    if y is not None:
        d = R.holiday(spec, y)
    elif m["yrel"] or (m["mrel"] and c.ref is None):
        return _unres("XXXX-XX-XX", "day")
    elif c.ref is None:
        if re.fullmatch(r"\d\d-\d\d", spec):
            return _unres(f"XXXX-{spec}", "day")
        return _unres("XXXX-XX-XX", "day")
    elif (told := _holiday_told_from(c, spec)) is not None:
        d, told_from = told  # "By that Christmas", "the following Easter": from the story's date
    else:
        # each occurrence as (the day it is placed by, its first day, its last day, the day):
        # a holiday's week is placed by its Monday and is under way all week ("as Easter week
        # began")
        occ = []
        shift = dt.timedelta(days=_day_offset_before(c))
        days = {k: R.holiday(spec, k) for k in range(c.ref.year - 1, c.ref.year + 2) if 1 <= k <= 9999}
        if None in days.values():
            # a day not held every year (29 February, Super Tuesday): looked for four years either way
            days.update({k: R.holiday(spec, k) for k in range(c.ref.year - 4, c.ref.year + 5) if 1 <= k <= 9999 and k not in days})
        for k in sorted(days):
            day = days[k]
            if day is not None:
                # a holiday's week is placed by its Monday; a holiday that is itself a week ("Holy
                # Week", "Golden Week") runs the seven days from its first
                # ("the eve of the Lunar New Year": placed by its eve)
                key = day if named_week else _monday_of(day) if week else day + shift
                occ.append((key, key, key + dt.timedelta(days=6) if week else key, day))
        if (md := _month_day_after(c)) is not None and (fits := [o for o in occ if (o[3].month, o[3].day) == md]) and len(fits) < len(occ):
            occ = fits  # "Easter Sunday, April 20": of the occurrences on that day (a fixed holiday's are all), as the clause says
        pick = _pick_occurrence(c, occ)
        d = pick[3] if pick else (occ[0][3] if len(occ) == 1 else None)
        apposed = c.story.apposed_day(c)
        if apposed is not None and apposed in days.values():
            d = apposed  # "returns on May 5, Children's Day": the day just named, restated
    if d is None:
        return None
    if _wk(m):  # "Easter week", "Thanksgiving weekend": the week (end) around the day
        # a holiday on a Monday or Tuesday closes the weekend before it ("New Year's weekend" 2007)
        r = R.week(d) if week else R.weekend(d - dt.timedelta(days=7) if d.weekday() <= 1 else d)
    else:
        r = R.day(d)
    if m["mrel"]:
        return _anchored(r, c), c.s, m.end("h")  # the month phrase is an expression of its own
    if told is not None:
        return r.with_(anchor="previous mention"), told_from, c.e  # the span takes "that"
    return r if m["y"] else r.with_(anchor=c.ref_anchor()) if m["yrel"] else _anchored(r, c)


#: a month and day without a year right after a holiday, set off by a comma ("Lunar New Year's Day, Jan. 29")
_RE_HOLIDAY_MD = re.compile(
    r",[ \t]*(?:(?P<mon>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<mon2>[A-Z][a-z]{2,8})\.?)(?![\w,]|,?[ \t]+\d)"
)


def _month_day_after(c: Ctx) -> tuple[int, int] | None:
    """The month and day a holiday is restated by ("around Lunar New Year's Day, Jan. 29"), which
    picks its occurrence; None when there is none or it names no month."""
    dm = _RE_HOLIDAY_MD.match(c.text, c.e)
    if dm is None:
        return None
    mo = month_number(c.tables["months"], dm["mon"] or dm["mon2"])
    return (mo, int(dm["d"] or dm["d2"])) if mo is not None else None


def _day_offset_before(c: Ctx) -> int:
    """The days "the eve of", "the day after" (lexicon day_offsets) right before the holiday
    shift it by: the occurrence is picked by the day meant ("Stocks closed early on the eve of
    the Lunar New Year", said on the eve, is this year's), not by the holiday itself."""
    cache = c.tables["patterns"]
    got = cache.get("day_offset_before")
    if got is None:
        shifts = {" ".join(w.split()): k for key, k in (("before", -1), ("after", 1)) for w in c.tables["day_offsets"].get(key, ())}
        alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(shifts, key=len, reverse=True)) or "(?!)"
        got = cache["day_offset_before"] = (re.compile(r"\b(" + alts + r")\s+(?:the\s+)?$"), shifts)
    pat, shifts = got
    m = pat.search(c.low, max(0, c.s - 24), c.s)
    return shifts[" ".join(m.group(1).split())] if m else 0


def _counted_period(c: Ctx) -> bool:
    """Is a counted offset before the holiday a stretch ending on it ("in the two weeks before
    Christmas", "spent two weeks before Christmas in hospital"; lexicon
    day_offsets.counted_period_before), not a day?"""
    cm = _counted_offset_match(c)
    if cm is None:
        return False
    before = c.low[max(0, cm.start() - 20) : cm.start()].split()
    return bool(before) and before[-1] in c.tables["day_offsets"].get("counted_period_before", ())


def _counted_offset_match(c: Ctx) -> re.Match[str] | None:
    """The counted offset right before the holiday ("nine days before "), as a match of the
    text (groups: the count, the unit, the direction), or None."""
    cache = c.tables["patterns"]
    counted = cache.get("counted_offset_before")
    if counted is None:
        do = c.tables["day_offsets"]
        alts = {w: -1 for w in do.get("counted_before", ())} | {w: 1 for w in do.get("counted_after", ())}
        dirs = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(alts, key=len, reverse=True)) or "(?!)"
        counted = cache["counted_offset_before"] = (
            re.compile(r"\b(\d{1,3}|[a-z]+)[\s-]+(days?|weeks?)\s+(" + dirs + r")\s+(?:the\s+)?$"),
            {" ".join(w.split()): k for w, k in alts.items()},
        )
    return counted[0].search(c.low, max(0, c.s - 40), c.s)


def _counted_offset_before(c: Ctx) -> int:
    """The days a counted offset right before the holiday puts the day meant from it ("nine
    days before Christmas": -9, "two weeks after Easter": 14; lexicon day_offsets.counted_*),
    or 0."""
    cm = _counted_offset_match(c)
    if cm is None:
        return 0
    n = numeral(cm.group(1), c.lex)
    if n is None or n != int(n) or not 0 < n <= 60:
        return 0
    dirs_of = c.tables["patterns"]["counted_offset_before"][1]
    return int(n) * (7 if cm.group(2).startswith("week") else 1) * dirs_of[" ".join(cm.group(3).split())]


# a date with its year right after a holiday, set off by a comma ("Easter Monday, 24 April 1916")
_RE_HOLIDAY_DATE = re.compile(
    r",[ \t]*(?:(?P<mon>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<mon2>[A-Z][a-z]{2,8})\.?),?[ \t]+(?P<y>(?:1[5-9]|20)\d\d)(?!\d)"
)


def _holiday_date_after(c: Ctx, spec: str) -> Out:
    """A holiday followed by its own date and year ("Easter Monday, 24 April 1916", "Christmas
    Day, Dec. 25, 1914"): one expression, the date it states; not the next item of a list
    ("on Christmas Day, 26 December 2024 or 1 January 2025")."""
    dm = _RE_HOLIDAY_DATE.match(c.text, c.e)
    if dm is None:
        return None
    mo = month_number(c.tables["months"], dm["mon"] or dm["mon2"])
    if mo is None:
        return None
    try:
        d = D(int(dm["y"]), mo, int(dm["d"] or dm["d2"]))
    except ValueError:
        return None
    if CAL.is_spec(spec):
        own = [o[0] for o in CAL.occurrences(spec, d.year)]
        if not any(abs((o - d).days) <= 1 for o in own):
            return None
    elif R.holiday(spec, d.year) != d:
        return None
    return R.day(d), c.s, dm.end()


_RE_CAP_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \t]+$")


def _verb_with_particle(c: Ctx, nw: str) -> bool:
    """ "spent Valentine's Day stocking up": the word after the holiday is a verb with its
    particle, not a noun the holiday names ("a Christmas stocking")."""
    at = c.low.find(nw, c.e)
    return nw.endswith("ing") and at >= 0 and c.next_word(at + len(nw)) in c.tables["context"].get("verb_particles", ())


#: how much of an article's opening (dateline, headline, lead) places it in a country
REGION_OPENING = 400
#: the region of a `[holiday_regions]` entry that stands for any other country with cue words
ELSEWHERE = "elsewhere"


def _regional_spec(c: Ctx, key: str) -> str | None:
    """The spec of a holiday whose date depends on the country (lexicon `[holiday_regions]`):
    the first region whose cue words are in the holiday's sentence or the article's opening
    ("AUCKLAND -- ... Labour Day" is New Zealand's fourth Monday of October, "TORONTO --
    ... through Labour Day" Canada's first Monday of September), else the one country the
    whole article names; else the holiday's own entry; None when it has none."""
    regions = c.tables["holiday_regions"].get(key)
    if regions:
        a, b = c.sentence()
        cues = c.tables["region_cues"]
        if (own := _region_named_before(c, regions)) is not None:
            return own  # "Greek Independence Day", "Italian Liberation Day": the country named in it
        # the holiday's own sentence first ("WELLINGTON -- ... U.S. markets were shut for Labor
        # Day"), then the article's opening
        listed = {region for region, _ in regions}
        for lo, hi in ((a, b), (0, min(REGION_OPENING, len(c.low)))):
            for region, spec in regions:
                if region == ELSEWHERE:
                    # a country the holiday is not listed for ("Election day has been declared a
                    # public holiday" in South Africa): no date to give
                    if any(r not in listed and cue.search(c.low, lo, hi) for r, cue in cues.items()):
                        return None
                    continue
                cue = cues.get(region)
                if cue is not None and cue.search(c.low, lo, hi):
                    return str(spec)
        # else the whole article, when it names one country only (a travel guide to Stratford
        # that names Toronto two sentences before "until Labour Day")
        found = _countries_named(c)
        if len(found) == 1:
            (only,) = found
            for region, spec in regions:
                if region == only:
                    return str(spec)
            if ELSEWHERE in listed:
                return None
    return c.tables["holidays"].get(key)


def _region_named_before(c: Ctx, regions: list[tuple[str, str]]) -> str | None:
    """The spec of the region a capitalised word right before a holiday names, when the
    holiday lists that region ("Greek Independence Day" is Greece's: 25 March)."""
    m = _RE_CAP_WORD_BEFORE.search(c.text, max(0, c.s - 30), c.s)
    if m is None:
        return None
    w = m.group(1).lower()
    for region, spec in regions:
        cue = c.tables["region_cues"].get(region)
        if cue is not None and cue.fullmatch(w):
            return str(spec) if spec else None
    return None


def _other_namesake(c: Ctx) -> bool:
    """Is a holiday name the end of a longer name, another country's or faith's day on another
    date: a capitalised word right before it inside a sentence ("Holocaust Remembrance Day",
    "Mexican Independence Day", "Israel's Independence Day", "Orthodox Christmas"), that is not a
    function or time word or a greeting ("On Christmas Day", "Last Christmas", "Merry
    Christmas")?"""
    m = _RE_CAP_WORD_BEFORE.search(c.text, max(0, c.s - 30), c.s)
    if m is None:
        return False
    w = m.group(1).lower().rstrip(".")
    cw = c.tables["context"]
    name = c.norm(c.low[c.s : c.e])
    if w.endswith(("'s", "’s")):
        # "Israel's Independence Day" (not "London's New Year's Day Parade", one date everywhere,
        # nor "Tuesday's Election Day", "America's Independence Day")
        return False  # a possessor ("Macy's", "Tuesday's", "Israel's") is not told apart: the day stays
    if _starts_sentence(c, m.start(1)) or name not in cw.get("namesake_holidays", ()) or w in cw.get("us_words", ()):
        return False
    if _region_named_before(c, c.tables["holiday_regions"].get(name, [])) is not None:
        return False  # "Greek Independence Day": the listed country's own day
    return not (_is_function_word(c, w) or _is_time_word(c, w, whole=True) or w in cw.get("holiday_greetings", ()))


#: days before a holiday within which even a past clause speaks of it, not of last year's
#: ("China's stock markets closed for the Spring Festival holiday", the day before it; "the rush
#: for Diwali has already begun", five days before it)
HOLIDAY_JUST_AHEAD = 7

#: days after a holiday within which a present clause still speaks of it ("It's Christmas Eve", in a quote reported on Jan. 3)
HOLIDAY_JUST_PAST = 14
#: how many words before a holiday an "after" may stand and still put it behind ("after the
#: warmest June bank holiday")
HOLIDAY_AFTER_WORDS = 4


_RE_FOR_HOLIDAY = re.compile(r"\b(?:for|before|ahead\s+of|over|by|until|till)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
#: a purpose infinitive before the holiday ("to celebrate Eid", "to mark Diwali")
_TO_HOLIDAY = r"\bto\s+(?:{holiday_purpose_verbs})\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"


def _for_holiday(c: Ctx) -> bool:
    """Is the holiday what something was done for, before or over ("closed for the week-long
    Spring Festival holiday", "shut since Monday for the Lunar New Year"), not the day something
    happened on ("killed by a stray firework on Independence Day")?"""
    if _RE_FOR_HOLIDAY.search(c.low, max(0, c.s - 40), c.s) is not None:
        return True
    if lex_pattern(c, _TO_HOLIDAY).search(c.low, max(0, c.s - 40), c.s) is not None:
        return True  # "left the capital yesterday to celebrate Eid-ul-Fitr with their families"
    # "urged parents to postpone Halloween trick-or-treating", "Christmas shopping was slow":
    # the holiday names what is done for it, a noun after it (not a verb or a function word)
    nw = c.next_word()
    return bool(nw) and c.text[c.e : c.e + 1] == " " and c.text[c.e + 1 : c.e + 2].islower() and not _is_function_word(c, nw) and c.tense_cues.classify(nw, None, None) is None


#: how far ahead a holiday held every few years may lie for a past clause to mean it, not the last one
RARE_HOLIDAY_AHEAD = 120


def _pick_occurrence(c: Ctx, occ: list[tuple[D, ...]], same_day_is_past: bool = True) -> tuple[D, ...] | None:
    """Which occurrence of a holiday a text without a year means, for every kind of holiday.
    ``occ``: its occurrences around the reference, each (the day it is placed by, first day,
    last day, ...). After "last"/"next": the one before/after the reference. Else the one
    under way at the reference; else the most recent in a past clause and the next in a
    future clause, or in a present one when it falls later in the reference's year;
    otherwise the next if it is at most 90 days ahead, else the last; one at most two weeks gone
    after "after/since/following" is that one whatever the clause ("Sunshine to last for exams
    after warmest June bank holiday"). Said in the weeks before the year's end, a past clause is about the coming
    one ("millions were expected to travel for the Lunar New Year", "fireworks were still
    planned for New Year's Eve") unless a past verb of happening governs it ("he died on New
    Year's Day"). ``same_day_is_past``: an occurrence placed on the reference day counts as
    the last one (not for a month-long festival, which begins then)."""
    ref = c.ref
    assert ref is not None
    occ = sorted(occ)
    prev = [o for o in occ if o[0] < ref or (o[0] == ref and same_day_is_past)]
    nxt = [o for o in occ if o[0] > ref]
    now = [o for o in occ if o[1] <= ref <= o[2]]
    pw = c.prev_word()
    if pw == "past" and c.prev_word(c.low.rfind("past", 0, c.s)) not in ("this", "the"):
        pw = None  # "schools to stay closed past Easter": the preposition, not "this past Easter"
    if pw in c.tables["last"]:
        if not prev:
            return None
        return prev[-2] if now and prev[-1] == now[0] and len(prev) > 1 else prev[-1]
    if pw in c.tables["next"]:
        return nxt[0] if nxt else None
    if now:
        return now[0]
    p, n = (prev[-1] if prev else None), (nxt[0] if nxt else None)
    if p is None or n is None:
        return p or n
    t = c.tense()
    clause = _clause_words_before(c)
    framed = c.story.frame is not None and c.story.frame[0] == p[0].year  # "Four years ago, Super Tuesday fell on March 7"
    if t == "past" and not framed and (n[0] - ref).days <= RARE_HOLIDAY_AHEAD < 2 * 365 < (ref - p[0]).days:
        # a day held every few years ("to focus on Super Tuesday", weeks away): not the one years back
        return n
    if t == "past":
        ahead, back = (n[0] - ref).days, (ref - p[0]).days
        if (k := _counted_offset_before(c)) < 0 and not _directed_or_cancelled(c) and not _counted_period(c) and not set(clause) & set(
            c.tables["context"].get("counted_offset_ahead_cues", ())
        ):
            # "a city shaken nine days before Christmas", said nine days before it: the day meant
            # (not the holiday) is the one told of, the last that is not still ahead
            told = [o for o in occ if o[0] + dt.timedelta(days=k) <= ref]
            return told[-1] if told else p
        if _directed_or_cancelled(c):
            # "urged families not to gather over the Easter long weekend": what was directed lies
            # near the report, on either side: the nearer one
            return n if ahead < back else p
        # said in the weeks before the year's end, or in the days right before the holiday
        # ("markets closed for the Spring Festival holiday on Wednesday", the day before it)
        near = (ahead <= 45 and n[0].year > ref.year or (ahead <= HOLIDAY_JUST_AHEAD and _for_holiday(c))) and back > 180
        return n if near and not _past_verb_before(c) else p
    if t == "present" and (ref - p[0]).days <= HOLIDAY_JUST_PAST < (n[0] - ref).days:
        return p  # "'It's Christmas Eve and I'm stuck at the airport,' she told the BBC", said Jan. 3
    if (ref - p[0]).days <= HOLIDAY_JUST_PAST < (n[0] - ref).days and set(clause[-HOLIDAY_AFTER_WORDS:]) & set(c.tables["context"].get("event_over_after", ())):
        return p  # "Sunshine to last for exams after warmest June bank holiday in years", the day after it
    if (
        t == "future"
        and (ref - p[0]).days <= HOLIDAY_JUST_PAST < (n[0] - ref).days
        and set(clause) & set(c.tables["context"].get("future_gone_cues", ()))
        and not set(clause) & set(c.tables["context"].get("holiday_plain_future", ()))
        and not any(w.endswith(tuple(c.tables["context"].get("holiday_plain_future_suffixes", ()))) for w in clause)
    ):
        return p  # "We were told it would be ready before Easter", said two days after it: a future gone by
    if t == "future" or (t == "present" and n[0].year == ref.year):
        return n  # "the parade is on Thanksgiving", said in May: this year's, still to come
    return n if (n[0] - ref).days <= 90 else p


def p_nth_weekday(m: re.Match[str], c: Ctx) -> Out:
    """ "the third Monday of April", "the last Friday of the month", "the first Tuesday in
    November 2024": that day of the month; without a year, the occurrence a holiday's rules
    would pick (`_pick_occurrence`: the clause's tense, "next"/"last" before it)."""
    if not c.cap(m.start("wd")) or (m["mon"] and not c.cap(m.start("mon"))):
        return None
    wd = c.tables["weekdays"][m["wd"]]
    nth = m["nth"]
    k = -1 if nth in ("last", "final") else (int(nth[0]) if nth[0].isdigit() else c.tables["ordinals"].get(nth))
    if k is None or k > 5:
        return None

    def day_in(y: int, mo: int) -> D | None:
        if k < 0:
            last = R.add_months(D(y, mo, 1), 1) - dt.timedelta(days=1)
            return R.weekday_near(last, wd, -1)
        d = R.weekday_near(D(y, mo, 1), wd, 1) + dt.timedelta(weeks=k - 1)
        return d if d.month == mo else None  # "the fifth Monday" of a month with four

    if m["mrel"]:
        if c.ref is None:
            return _unres("XXXX-XX-XX", "day")
        base = R.add_months(c.ref.replace(day=1), _dir_of(m["mrel"], c))
        d = day_in(base.year, base.month)
        return _anchored(R.day(d), c) if d else None
    mo = c.tables["months"][c.norm(m["mon"])]
    if m["y"]:
        d = day_in(int(m["y"]), mo)
        return R.day(d) if d else None
    if c.ref is None:
        return _unres(f"XXXX-{mo:02d}-XX", "day")
    occ = [(d, d, d) for y in (c.ref.year - 1, c.ref.year, c.ref.year + 1) if (d := day_in(y, mo))]
    pick = _pick_occurrence(c, occ) if occ else None
    return _anchored(R.day(pick[0]), c) if pick else None


_RE_CAP_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _calendar_holiday(m: re.Match[str], c: Ctx, spec: str) -> Out:
    """A holiday of another calendar (lexicon spec "hebrew:M:D", "islamic:M:D", "islamic:M:*",
    "lunar_new_year:H", "diwali"; arithmetic in `calendars`).

    Which one: a stated year's ("Ramadan 2024", "Ramadan last year"), else as for every holiday (`_pick_occurrence`).

    What: a Hebrew holiday or the Lunar New Year is its (first) day, exactly. An Islamic day
    or Diwali is the estimated day with mod APPROX and an earliest/latest that allows for
    moon sighting or almanacs (see `calendars`). Ramadan, a lunar month, is the Gregorian
    month holding most of it (it has no TIMEX3 value of its own), mod APPROX, with
    earliest/latest its estimated first and last days, widened likewise.

    Not dated: a festival that is also a person's name (context_words.festival_given_names)
    where the month rules see a person ("Tariq Ramadan", "Taha Yassin Ramadan", "Ramadan
    said", "Saddam and Ramadan"; not after a word of context_words.festival_name_ok, "Muslim
    Ramadan") or before a capitalised word ("Ramadan Abdullah Shallah"); the name of an
    event or a thing (context_words.holiday_not_before: "the Tet Offensive", "the Yom Kippur
    War"); a word that needs a context (lexicon `[holiday_needs]`: "Spring Festival"
    only in a sentence about China); an all-capitals abbreviation ("TET")."""
    h = c.text[m.start("h") : m.end("h")]  # as written (the rules match lower-cased text)
    cw = c.tables["context"]
    key = c.norm(m["h"])
    if h.isupper() and key in cw.get("holiday_acronyms", ()):
        return None  # "the TET exam": an abbreviation; "MUSLIMS BEGIN RAMADAN FAST" is the month
    needs = c.tables["holiday_needs"].get(key)
    if needs:
        a, b = c.sentence()
        if not any(re.search(r"\b" + re.escape(w) + r"\b", c.low[a:b]) for w in needs):
            return None
    if key in cw.get("festival_given_names", ()):
        name_ok = cw.get("festival_name_ok", ())
        if c.prev_word() not in name_ok and (_month_names_someone(c, False) or _month_names_someone(c, True)):
            return None  # "Tariq Ramadan", "Ramadan said", "Saddam and Ramadan"
        if c.next_word() in cw.get("name_verbs_after", ()) or c.next_word() in cw.get("festival_person_verbs", ()):
            return None  # "Ramadan rested his big shooters": someone acting; not "Ramadan ended"
        if after := _RE_CAP_WORD_AFTER.match(c.text, c.e):
            w = after.group(1).lower()  # "Ramadan Abdullah Shallah": a given name before a surname
            if w not in name_ok and not _is_function_word(c, w) and not _is_time_word(c, w):
                return None
    if not m["y"] and c.next_word() in cw["holiday_not_before"]:
        return (SKIP, c.e)
    near_only = cw.get("holiday_near_only", {}).get(key)
    year = int(m["y"]) if m["y"] else _year_phrase(c, m["yrel"]) if m["yrel"] else None  # "Ramadan last year"
    if year is not None:
        occ = CAL.occurrences(spec, year)
        if not occ or (near_only and len(occ) > 1):
            return None  # "Eid 2024": which one?
        pick = occ[0]
    elif c.ref is None:
        return _unres("XXXX-XX-XX", "day")
    else:
        y = c.ref.year
        occ = [o for k in (y - 1, y, y + 1) if 1 <= k <= 9999 for o in CAL.occurrences(spec, k)]
        shift = dt.timedelta(days=_day_offset_before(c))  # "the eve of the Lunar New Year": placed by its eve
        pick = _pick_occurrence(c, [tuple(x + shift for x in o) for o in occ], same_day_is_past=not spec.endswith("*"))
        if pick is None:
            return None
        pick = tuple(x - shift for x in pick)
        if (md := _month_day_after(c)) is not None and (fits := [o for o in occ if (o[0].month, o[0].day) == md]) and len(fits) < len(occ):
            # "Lunar New Year's Day, Jan. 29": of the occurrences on that day, as the clause says
            pick = _pick_occurrence(c, [tuple(x + shift for x in o) for o in fits], same_day_is_past=not spec.endswith("*"))
            pick = tuple(x - shift for x in pick) if pick is not None else min(fits, key=lambda o: abs((o[0] - c.ref).days))  # type: ignore[operator]
        named_wd = _weekday_named_after(c) if not spec.endswith("*") else None
        if named_wd is not None and _day_of_window(pick[1], pick[2], named_wd) is None:
            # "Since Holi falls on a Friday, ...": the nearest occurrence that can fall on it
            fits = [o for o in occ if _day_of_window(o[1], o[2], named_wd) is not None and abs((o[0] - c.ref).days) <= 200]
            if fits:
                pick = min(fits, key=lambda o: abs((o[0] - c.ref).days))
        if near_only and c.prev_word() not in c.tables["last"] and c.prev_word() not in c.tables["next"]:
            if abs((pick[0] - c.ref).days) > near_only:
                return None  # "Muslims celebrated Eid" months from either Eid: which one?
    d, lo, hi = pick
    if _wk(m):
        r = R.week(d) if _wk(m) == "week" else R.weekend(d)
    elif spec.endswith("*"):
        first, last = lo + dt.timedelta(days=CAL.ISLAMIC_EARLY), hi - dt.timedelta(days=CAL.ISLAMIC_LATE)
        y_, mo_ = _majority_month(first, last)
        r = Res("DATE", f"{y_:04d}-{mo_:02d}", "month", lo, hi, mod="APPROX")
    elif (lo, hi) != (d, d) and (named := _weekday_told_in(c, lo, hi)) is not None:
        # "Eid is likely to be celebrated on Monday": the estimate's day the clause names
        r = R.day(named)
    elif (lo, hi) != (d, d):
        r = Res("DATE", d.isoformat(), "day", lo, hi, mod="APPROX")
    else:
        r = R.day(d)
    return r if m["y"] else _anchored(r, c)


_RE_ON_WEEKDAY_LATER = re.compile(r"[^.;:!?\n(]{0,60}?\bon\s+(?:a\s+)?([a-z]+)\b")


def _weekday_named_after(c: Ctx) -> int | None:
    """The weekday (full name) a holiday's clause names after it ("Eid is likely to be
    celebrated on Monday", "Holi falls on a Friday"), or None."""
    mm = _RE_ON_WEEKDAY_LATER.match(c.low, c.e)
    if mm is None or len(mm.group(1)) < 6:
        return None
    return c.tables["weekdays"].get(mm.group(1))


def _day_of_window(lo: D, hi: D, wd: int) -> D | None:
    """The one day of ``lo``..``hi`` that falls on weekday ``wd``; None when none or several do."""
    hits = [lo + dt.timedelta(days=k) for k in range((hi - lo).days + 1) if (lo + dt.timedelta(days=k)).isoweekday() == wd]
    return hits[0] if len(hits) == 1 else None


def _weekday_told_in(c: Ctx, lo: D, hi: D) -> D | None:
    """The one day of an estimated holiday's window (``lo``..``hi``) that falls on the weekday
    its clause names after it; None when the clause names none, or it is not in the window."""
    wd = _weekday_named_after(c)
    return _day_of_window(lo, hi, wd) if wd is not None else None


def _majority_month(first: dt.date, last: dt.date) -> tuple[int, int]:
    """The (year, month) holding most days of the span first..last (the earlier on a tie)."""
    best, n, d = (first.year, first.month), 0, first
    counts: dict[tuple[int, int], int] = {}
    while d <= last:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
        d += dt.timedelta(days=1)
    for k, v in counts.items():
        if v > n:
            best, n = k, v
    return best


def _monday_of(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def p_week_of(m: re.Match[str], c: Ctx) -> Out:
    """ "the first week of July", "the last weekend of May", "the week of March 6", "the week
    beginning June 4", "the week commencing 12 March"."""
    mon, d_s = ("mon", "d") if m["mon"] else ("mon2", "d2")
    if not c.cap(m.start(mon)):
        return None
    mo = c.tables["months"][c.norm(m[mon])]
    n, unit = c.norm(m["n"]), m["u"]
    if not n and not m[d_s]:
        return None
    if m["beg"] and (n or not m[d_s]):
        return None  # "the first week beginning": no such form
    if m["y"]:
        y: int | None = int(m["y"])
    elif c.ref is None:
        return _unres("XXXX-WXX" + ("-WE" if unit == "weekend" else ""), unit)
    elif m[d_s]:
        y = _year_for_md(c, mo, int(m[d_s]), None)
    else:
        y = R.month_year(c.ref, mo, c.tense())
    if y is None:
        return None
    last = R.month(y, mo).latest
    if m[d_s]:
        if int(m[d_s]) > last.day or int(m[d_s]) < 1:
            return None
        day = dt.date(y, mo, int(m[d_s]))
        if m["beg"] and day.isoweekday() not in (1, 7):
            return None  # "the week starting March 6", a Wednesday: seven days from it, no ISO week
    elif n in ("last", "final"):
        # the last week mostly in the month (ISO's own rule for a year's weeks: four days)
        day = last - dt.timedelta(days=3)
        if unit == "weekend":  # the last Saturday of the month
            day = last - dt.timedelta(days=(last.isoweekday() - 6) % 7)
    else:
        first = dt.date(y, mo, 1)
        if unit == "weekend":  # the nth Saturday of the month
            first += dt.timedelta(days=(6 - first.isoweekday()) % 7)
        else:  # the nth week mostly in the month: "the first week of March" 2009 is 2-8 March
            first += dt.timedelta(days=3)
        day = first + dt.timedelta(days=7 * (c.tables["ordinals"][n] - 1))
        if day.month != mo:
            return None
    r = R.weekend(day) if unit == "weekend" else R.week(day)
    return r if m["y"] else _anchored(r, c)


def p_quarter_code(m: re.Match[str], c: Ctx) -> Out:
    """ "Q2 2024", "H1 2023", "Q3'24", "Q3 of 2009", "3Q97" (written in capitals); a bare "Q3"
    after "in", "for the"... in a sentence about money or output is the quarter the clause's
    tense points to, as "the third quarter" is."""
    k = m["k"] or m["k2"]
    if not c.text[m.start("k" if m["k"] else "k2")].isupper() or c.next_char() in ("-", "–"):
        return None  # "the H1-B visa"
    n = int(m["n"] or m["n2"])
    if k == "h" and n > 2:
        return None
    fy = m["fy"] or m["fy2"]
    if m["y"] or m["y4"] or m["y5"]:
        ys = m["y"] or m["y4"] or m["y5"]
        y = int(ys) if ys[0] != "'" else _two_digit_year(int(ys[1:]), c.ref)
    elif m["yy"]:
        y = _two_digit_year(int(m["yy"]), c.ref)
    elif fy:
        y = int(fy) if len(fy) == 4 else _two_digit_year(int(fy), c.ref)  # "Q4 FY24": the fiscal label
    else:
        cw = c.tables["context"]
        before_noun = c.next_word() in cw.get("bare_quarter_before", ()) and not _name_before(c)
        if k == "h" and _sentence_words(c) & cw.get("half_code_not_topic", set()) and c.next_word() not in cw.get("half_code_results", ()):
            return None  # "the plant's H2 output": hydrogen, not the second half ("H2 profit" is)
        if not before_noun and (c.prev_word() not in cw.get("bare_quarter_after", ()) or not _about_business(c)):
            return None  # "Audi Q3", "the Lakers led in Q4", "answers to Q1"
        if c.ref is None:
            return _unres(f"XXXX-{'H' if k == 'h' else 'Q'}{n}", "half" if k == "h" else "quarter")
        if k == "h":
            return R.half(_half_year(c, n), n).with_(anchor=c.ref_anchor())
        y = R.quarter_year(c.ref, n, _quarter_tense(c, n))
        r = R.quarter(y, n)
        _discuss_quarter(c, r, (y, n), False)
        return r.with_(anchor=c.ref_anchor())
    return R.half(y, n) if k == "h" else R.quarter(y, n)


_RE_CAP_WORD_END = re.compile(r"(?<![\w'’])([A-Z][\w&.-]*)\s+$")


def _name_before(c: Ctx) -> bool:
    """Is the word before a capitalised name ("Audi Q3 sales"), not a possessive ("Apple's Q1
    revenue") nor a determiner or preposition ("The Q1 profit", "In Q1 sales rose")?"""
    m = _RE_CAP_WORD_END.search(c.text, max(0, c.s - 40), c.s)
    return m is not None and m.group(1).lower() not in c.tables["context"].get("bare_quarter_determiners", ())


def _two_digit_year(yy: int, ref: D | None) -> int:
    """ "3Q97", "Q3'00": the year of that name from 89 years before the reference to 10 after."""
    if ref is None:
        return (1900 if yy >= 30 else 2000) + yy
    y = ref.year - ref.year % 100 + yy
    if y > ref.year + 10:
        return y - 100
    return y + 100 if y <= ref.year - 90 else y


_RE_TOPIC_WORDS = re.compile(r"[a-z%]+")


def _about_business(c: Ctx) -> bool:
    """Does the sentence around a bare quarter code speak of results (lexicon words)?"""
    return bool(_sentence_words(c) & c.tables["context"].get("bare_quarter_topic", set()))


_RE_SCORE = re.compile(r"(?<![\w/.-])\d{1,3}-\d{1,3}(?![\w/-]|\.\d)")
#: a score after the period phrase (" 54-43") or as the sentence's last word
_RE_SCORE_AFTER = re.compile(r"\s+\d{1,3}-\d{1,3}(?![\w/-]|\.\d)")
_RE_FINAL_SCORE = re.compile(r"(?<![\w/.-])\d{1,3}-\d{1,3}[.!]?[\"'”’)]*\s*$")


def _about_a_game(c: Ctx) -> bool:
    """Does the sentence speak of a game and not of results? Then "the second quarter", "the
    first half" are periods of play ("a score midway through the second quarter")."""
    a, b = c.sentence()
    words = set(_RE_TOPIC_WORDS.findall(c.low, a, c.s)) | set(_RE_TOPIC_WORDS.findall(c.low, c.e, b))
    cw = c.tables["context"]
    # the period's own word in another mention ("in the first quarter, ... in the second
    # quarter") is no topic either way
    words -= set(cw.get("period_words", ()))
    if words & cw.get("bare_quarter_topic", set()):
        return False
    if words & cw.get("game_topic", set()):
        return True
    loose = len(words & cw.get("game_topic_loose", set()))
    if loose >= 2 or (loose == 1 and _RE_SCORE.search(c.text, a, b) is not None):
        return True
    # a score right after the period ("to close the third quarter 54-43") or ending the
    # sentence ("... in the first half and held on to win 2-1."); not "737-800 jets", "aged
    # 5-11", "voted 51-49 in the second quarter"
    return _RE_SCORE_AFTER.match(c.text, c.e) is not None or _RE_FINAL_SCORE.search(c.text, a, b) is not None


def _sentence_words(c: Ctx) -> set[str]:
    a, b = c.sentence()
    return set(_RE_TOPIC_WORDS.findall(c.low, a, b))
