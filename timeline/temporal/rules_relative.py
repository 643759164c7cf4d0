"""Productions for relative expressions: last/next/this units, offsets, durations, sets, reference words.

Offsets count from the reference ("ago") or from the last date the text placed
("earlier", "later"); approximate ones become windows (`resolve.offset_window`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.temporal.context import (
    _alone_on_line,
    done_by,
    COMPARED_NOTE,
    UNIT_BASE_GRAINS,
    Ctx,
    D,
    Out,
    SKIP,
    _RE_AMOUNT_END,
    _anchored,
    _dir_of,
    _figure_compared,
    _clause_words_before,
    _comma_apposed,
    _went_on_until,
    _longer_period_before,
    _ordinal,
    _norm,
    _pmod,
    _qmod,
    _season_pick,
    _starts_sentence,
    _shift_q,
    lex_pattern,
    RE_LOWER_WORD_AFTER,
    RE_TWO_WORDS_AFTER,
    _unit_code,
    _unres,
    _weekday_for,
)
from timeline.temporal import resolve as R
from timeline.temporal.resolve import Res
from timeline.temporal.story import DATE_SENTENCES, STORY_WEEKDAY_GAP
from timeline.temporal.quotes import SPEECH_ANCHOR, speech_day
from timeline.temporal.grammar import numeral
from timeline.temporal.rules_calendar import _about_a_game

# patterns used per candidate, compiled once
_RE_POS_LEAD = re.compile(r"(early|late|earlier|later|mid-?)\s+(?:in\s+)?")

# ---------------------------------------------------------------- relative units


def _unit_name(c: Ctx, u: str) -> str:
    u = _norm(u)
    return c.tables["unit_synonyms"].get(u, u)


#: the TIMEX3 value of a unit with no reference to place it ("last week" -> "XXXX-WXX")
_UNDERSPECIFIED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}


#: "the year 325", "the year of 2002": the number after "the year" (three or four digits)
_YEAR_NUMBER_AFTER = r"\s+(?:{of_words}\s+)?(\d{3,4})(?!\d)(?![,.]\d|\s*[-–/]\s*\d)"  # not "2002-2003"


def _the_year_named(c: Ctx) -> Out:
    """ "the year" told by the words around it: "the year 325" (the number after it, in the
    span), "born in 1990, the year Beijing hosted the Games" (the year just before it, in
    apposition), or None when neither; "It was the year the wall fell" (a year a clause
    describes, no other) is not the current year: SKIP."""
    num = lex_pattern(c, _YEAR_NUMBER_AFTER).match(c.low, c.e)
    if num is not None and 0 < int(num.group(1)) <= 9999:
        return (R.year(int(num.group(1))), c.s, num.end())
    told = c.story.date
    if told is not None and told.granularity == "year" and told.earliest is not None and c.text[c.story.date_at : c.s].strip() == ",":
        return R.year(told.earliest.year).with_(anchor="previous mention")
    if (
        told is not None
        and told.earliest is not None
        and c.ref is not None
        and c.ref.month == 1
        and told.earliest.year == c.ref.year - 1
        and (
            (c.tense() == "past" and c.story.in_sentences(c, c.story.date_at, 2))
            or (c.tense() is None and c.story.in_sentences(c, c.story.date_at, 1))
        )
    ):
        # "closed out their worst year on Tuesday [Dec. 31], finishing the year down 16.8
        # percent", written on Jan. 2: the year just ended that the story is in
        return R.year(told.earliest.year).with_(anchor="previous mention")
    nxt = _RE_NEXT_TOKEN.match(c.text, c.e)
    if nxt is not None and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in c.tables["context"].get("clause_subject_words", ())):
        then = _RE_NEXT_TOKEN.match(c.text, nxt.end())
        obj = _RE_NEXT_TOKEN.match(c.text, then.end()) if then is not None else None
        transitive = obj is not None and obj.group(1).lower() in c.tense_cues.object_determiners
        if then is not None and then.group(1).lower() in c.tables["context"].get("stretch_after", ()) and not transitive:
            return None  # "the fiscal year that ended on March 31": a period, its end told ("that ended the Cold War" is not)
        return (SKIP, c.e)  # "the year the wall fell", "the year Beijing hosted the Games"
    return None


_RE_NEXT_TOKEN = re.compile(r"[ \t]+([A-Za-z][\w'’]*)")
#: "the last year to see growth": "to" and a lower-case word (no month, no number)
_RE_TO_WORD = re.compile(r"\s+to\s+([a-z]{2,})\b")




#: "after/before" and a determiner: the unit of time is a span of its own ("a day after the explosion"),
#: not a rate's ("15 miles an hour before weakening")
_RE_SPAN_OBJECT = re.compile(r"\s+(?:after|before)\s+(?:the|a|an|his|her|its|their|this|that)\b")


def p_hour_span(m: re.Match[str], c: Ctx) -> Out:
    """ "in the last hour", "within the next hour": the hour counted from now, a DURATION (PT1H)."""
    return Res("DURATION", "PT1H", "hour")


def p_rel_unit(m: re.Match[str], c: Ctx) -> Out:
    if c.low[c.e : c.e + 1] == "-":
        return None  # "the year-ago quarter"
    rel_full = c.norm(m["rel"])
    unit = _unit_name(c, m["u"])
    pos = None
    mpos = _RE_POS_LEAD.match(rel_full)
    rel = rel_full
    if mpos:
        pos = mpos.group(1)
        rel = rel_full[mpos.end():]
    mod = c.tables["pos_words"].get(pos) if pos else None
    if m.group(0).endswith(("'s end", "’s end")):
        mod = "END"
    if (m["ahead"] or m["ahead2"]) and rel == "the" and not pos:
        if _alone_on_line(c):
            return None  # "The week ahead" as a section's heading
        if unit != "week":
            return Res("DURATION", "P1M" if unit == "month" else "P1Y", unit)  # "in the year ahead": the next twelve months
        if c.ref is None:
            return _unres(_UNDERSPECIFIED[unit], unit)
        # "a guide to the week ahead": the week now starting (the next one from a Saturday or Sunday)
        ahead = c.ref + dt.timedelta(days=7 if c.ref.isoweekday() >= 6 else 0)
        return R.week(ahead).with_(anchor=c.ref_anchor())
    # "the past year", "the last decade", "the next year": the previous/next calendar unit
    # (TBAQ gold: DATE 5 times, DURATION once; see docs/dates.md); "all year", "the whole
    # year" and "the past century" are stretches of time
    if rel == "the" and unit == "year" and c.prev_word() in c.tables["context"].get("of_words", ()) and (
        c.prev_word(c.s - 3) in c.tables["context"].get("award_nouns", ())
        or (c.text[m.start("u") : m.start("u") + 1].isupper() and c.text[c.s : c.s + 1].islower())
    ):
        return None  # "player of the year", "Song of the Year": an award ("goal of the year" is the year)
    if rel == "the full":
        b = c.sentence()[1]
        ahead = any(w.strip(",.;:") in c.tables["context"].get("forecast_words", ()) for w in c.low[c.e : b].split()[:8])
        named = _the_year_named(c) if unit == "year" and not pos and not ahead else None
        if named is not None:
            return named  # "grew 9.2 percent in 2011 ... for the full year", said in January
        rel = "this"
    if rel == "the next" and not pos and c.story.told_past(c, unit):
        rel = "the following"  # "He was elected in November 2008. The next year, he won the Nobel."
    if (
        not pos
        and (rel in ("the past", "the last") and unit in ("week", "month", "year") or rel == "the past" and unit == "decade")
        and c.next_word() not in c.tables["context"].get("final_unit_after", ())
        and not (
            rel == "the last"
            and (
                c.next_word() in c.tables["context"].get("final_unit_after_last", ())
                or ((tw := _RE_TO_WORD.match(c.text, c.e)) is not None and tw.group(1) not in c.tables["context"].get("stretch_to_not_before", ()))
            )
        )
    ):
        # "over the past week", "for the last month", "in the past year": the stretch that ends
        # now, as "the past two weeks" is P2W; a calendar unit would misdate most of it (the
        # probes' gold: P1W 6, P1M 1, P1Y 5, a calendar unit 0; TBAQ: "for the last week" on a
        # Friday is that week, "over the past year" once the year before, "past decade" P10Y,
        # "the last decade" the decade before, kept)
        return Res("DURATION", {"week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y"}[unit], unit)
    if rel in ("the past", "the last", "the next", "the coming") and not pos and unit != "century":
        rel = "last" if rel in ("the past", "the last") else "next"
    if rel in ("past", "the past", "the last", "the next", "the coming", "all", "the whole", "the entire") and not pos:
        code = {"week": "W", "month": "M", "year": "Y", "weekend": "WE", "decade": "DE", "century": "CE"}[unit]
        val = {"DE": "P10Y", "CE": "P100Y"}.get(code, f"P1{code}")
        return Res("DURATION", val, unit)
    if rel == "the":
        pw = c.prev_word()
        if unit in ("decade", "century"):
            return None
        if unit == "year" and not pos:
            named = _the_year_named(c)
            if named is not None:
                return named
        ended = c.next_word() in c.tables["context"].get("stretch_after", ()) or _to_period_end(c)
        if pos and ended and c.next_word() in c.tense_cues.relatives:
            # "earlier in the week that they would not stop": "that" opens a clause of its own,
            # not the stretch's end ("early in the week that followed", "the year which ended")
            after_rel = RE_TWO_WORDS_AFTER.match(c.low, c.e)
            ended = after_rel is not None and after_rel.group(2) in c.tables["context"].get("stretch_relative_verbs", ())
        if unit != "weekend" and (ended or (not pos and pw in c.tables["context"].get("stretch_the_after", ()))):
            # "the year ended June 30", "throughout the year": a stretch of time, not the calendar year
            code = {"week": "W", "month": "M", "year": "Y"}[unit]
            return Res("DURATION", f"P1{code}", unit)
        if unit == "week" and not pos and pw not in c.tables["context"].get("the_week_after", ()):
            return None
    if c.ref is None:
        return _unres(_UNDERSPECIFIED[unit], unit).with_(mod=mod)
    base = c.ref
    anchor = c.ref_anchor()
    if rel in ("that", "the same", "the previous", "the following", "the preceding", "the prior"):
        if c.story.date is not None and c.story.date.earliest is not None:
            base = c.story.date.earliest
            anchor = "previous mention"
        k = {"that": 0, "the same": 0, "the previous": -1, "the preceding": -1, "the prior": -1, "the following": 1}[rel]
    elif rel == "the":
        k = 0
        framed = unit == "week" and c.prev_word() in c.tables["context"].get("week_frame_before", ())
        d = c.story.date_within(c) if pos and unit in UNIT_BASE_GRAINS else None
        if framed and not pos:
            # "for the week": the week of a day told in its own sentence ("On Friday, March 7, 2008,
            # the Dow fell 3 percent for the week"), none when the sentence tells a longer time ("In
            # 2008 Lehman collapsed and the Dow fell 18 percent for the week"), else the current one
            told = c.story.date
            if told is not None and told.earliest is not None and c.story.in_sentences(c, c.story.date_at, 0):
                if told.granularity in ("year", "decade", "century"):
                    return (SKIP, c.e)
                if told.granularity in UNIT_BASE_GRAINS["week"]:
                    d = told
        if d is not None and d.latest is not None and d.latest < c.ref and c.tense() == "future" and not framed:
            d = None  # "It was founded in March 2021. Later in the year it will expand": the coming one
        if d is not None and d.granularity in UNIT_BASE_GRAINS[unit]:
            # "He was arrested on March 3, 2021. Later in the month, he was released": the
            # story's month, as "later that month" is
            assert d.earliest is not None
            base, anchor = d.earliest, "previous mention"
        if unit == "weekend":  # the weekend just past unless the clause looks ahead
            t = c.tense()
            k = 0 if (t == "future" or c.ref.isoweekday() >= 6) else -1
            if (
                k < 0
                and t != "past"
                and c.ref.isoweekday() >= WEEKEND_NEXT_FROM
                and c.prev_word() not in c.tables["context"].get("weekend_back_before", ())
                and not c.possessive_at(c.e)
            ):
                # "Heads of state arrive in London over the weekend", said on a Friday: tomorrow's
                # (not "Sales figures from the weekend show", "the weekend's storms")
                k = 0
            if k < 0 and t == "present" and c.ref.isoweekday() >= WEEKEND_AHEAD_FROM and any(
                w.strip(",") in c.tables["context"].get("expectation_words", ()) for w in _clause_words_before(c)
            ):
                # "More rain is likely over the weekend", said on a Wednesday: the coming one (not
                # "Police are still investigating a shooting at the weekend")
                k = 0
            if k < 0 and c.prev_word() in c.tables["context"].get("deadline_before", ()) and not _went_on_until(c):
                k = 0  # "warned of rolling blackouts through the weekend", "postpone it until the weekend"
            if (
                k < 0
                and c.prev_word() in c.tables["context"].get("weekend_for_words", ())
                and c.ref.isoweekday() >= WEEKEND_FOR_AHEAD_FROM
                and not c.possessive_at(c.e)
                and (t != "past" or set(_clause_words_before(c)) & set(c.tables["context"].get("weekend_ahead_words", ())))
            ):
                k = 0  # "hotels reported occupancy of 95 per cent for the long weekend", said on a Thursday
            if k == 0 and t == "future" and c.ref.isoweekday() == 7 and not pos and not c.possessive_at(c.e) and c.prev_word() in c.tables["context"].get("weekend_next_after_on_sunday", ()):
                # "it won't feel like spring until the weekend", said on a Sunday: the next one (not
                # "reopen on Monday after the weekend", "rain will continue through the weekend")
                k = 1
            told = c.story.day.earliest if c.story.day is not None and c.story.told_day_near(c) else None
            if t == "past" and not pos and told is not None and (c.ref - told).days >= STORY_WEEKDAY_GAP:
                # a story told forward from a day weeks back ("On Friday, the canal authority
                # said ... More tugs arrived over the weekend"): the weekend on or after that day
                base, k, anchor = told, 0, "previous mention"
    elif rel == "the latest":
        k = -1 if unit in ("year", "month", "week") else 0
    else:
        k = _dir_of(rel, c)
        if unit in ("week", "weekend") and (said := speech_day(c)) is not None:
            # '"Last week was the hardest of my life," the singer said on Saturday night':
            # counted from the day the quotation was said
            base, anchor = said, SPEECH_ANCHOR
        if rel == "this" and unit == "week" and base.isoweekday() == 7 and (
            pos == "later" or (pos != "earlier" and c.tense() == "future")
        ):
            # "business scheduled for this week", "later this week", said on a Sunday: the week
            # ahead (the ISO week ends that Sunday)
            k = 1
        if (
            rel == "this"
            and unit == "weekend"
            and base.isoweekday() <= THIS_WEEKEND_BACK_UNTIL
            and c.tense() == "past"
            and c.prev_word() not in (*c.tables["context"].get("weekend_for_words", ()), *c.tables["context"].get("deadline_before", ()))
            and not c.possessive_at(c.e)
            and not _sentence_calls_off(c)
        ):
            # '"This weekend changed Wall Street forever"', said on a Monday: the weekend just
            # gone (the ISO week's own weekend is still ahead); not "bookings for this weekend had
            # doubled", what the past clause looks to
            k = -1
    if unit == "weekend":
        r = R.weekend(base + dt.timedelta(days=7 * k))
    else:
        r = R.unit_of(R.shift(base, k, unit), unit)
    r = r.with_(anchor=anchor)
    if rel == "the same" and unit in ("week", "month") and (back := _year_back_after(c)) is not None:
        # "the same month last year", "the same week a year earlier": that unit, a year back
        assert r.earliest is not None
        return R.unit_of(R.shift(r.earliest, -1, "year"), unit).with_(anchor=anchor), c.s, back
    if pos in ("earlier", "later") and k == 0 and anchor == c.ref_anchor():
        # "earlier this month": from the start of the month to the day before the reference
        if pos == "earlier":
            r = r.with_(mod="START", latest=max(r.earliest, base - dt.timedelta(days=1)))
        else:
            r = r.with_(mod="END", earliest=min(r.latest, base + dt.timedelta(days=1)))
        return r
    return R.apply_position(r, mod) if mod else r


def _year_back_after(c: Ctx) -> int | None:
    """Where a phrase right after the candidate that moves it a year back ends ("the same month
    [last year]", "[a year earlier]"; lexicon context.year_back_after), or None."""
    m = lex_pattern(c, _YEAR_BACK).match(c.low, c.e)
    return m.end() if m else None


_YEAR_BACK = r"[ \t]+(?:{year_back_after})\b"
_TO_MONTH = r"\s+{period_to}\s+(?:{month_prefixes}-)?([A-Z][a-z]+\.?)"


def _to_period_end(c: Ctx) -> bool:
    """ "the year to March 31", "the week to May 10", "the year through June": a stretch of
    time ending then (as "the year ended June 30"), not the calendar unit ("the year to come")."""
    m = lex_pattern(c, _TO_MONTH).match(c.text, c.e)
    if m is None:
        return False
    word = m.group(1).lower()  # "March." may end the sentence: "mar." is a month, "march." not
    return word in c.tables["months"] or word.rstrip(".") in c.tables["months"]


def p_unit_after_next(m: re.Match[str], c: Ctx) -> Out:
    """ "the week after next", "the year before last": two units from the reference's."""
    unit = _unit_name(c, m["u"])
    if c.ref is None:
        return _unres(_UNDERSPECIFIED[unit], unit)
    k = 2 if m["after"] else -2
    if unit == "weekend":
        return R.weekend(c.ref + dt.timedelta(days=7 * k)).with_(anchor=c.ref_anchor())
    return R.unit_of(R.shift(c.ref, k, unit), unit).with_(anchor=c.ref_anchor())


def p_unit_before_after(m: re.Match[str], c: Ctx) -> Out:
    """ "He had left the year before.", "it went public the year after", "The week after, he was
    charged": the unit before (after) the one the story last placed, counted from its last date
    of that grain or finer in the paragraph, else from the reference. With an object ("the year
    before the election") it is another construction: rejected, the shorter rules read it."""
    nc = c.next_char()
    if nc and (nc.isalnum() or nc in "$£€"):
        return None
    unit = _unit_name(c, m["u"])
    k = -1 if c.norm(m["dir"]) in c.tables["dir_past"] else 1
    if c.ref is None:
        return _unres(_UNDERSPECIFIED[unit], unit)
    grains = UNIT_BASE_GRAINS["week" if unit == "weekend" else unit]
    d = c.story.date_within(c)
    base, anchor = c.ref, c.ref_anchor()
    # "3.6 percent in May, from 3.8 percent the month before": a figure's comparison, which the
    # story does not move to ("and 5 percent from the year before" still compares with May)
    note = COMPARED_NOTE if _figure_compared(c) else None
    if d is not None:
        assert d.earliest is not None
        if d.granularity not in grains:
            return _unres(_UNDERSPECIFIED[unit], unit, note="the story's last date is coarser than the unit")
        base, anchor = d.earliest, "previous mention"
        if unit == "year" and d.granularity in ("quarter", "month") and c.story.date_at >= c.sentence()[0]:
            # "profit rose to $5 million in the third quarter from $3 million the year before",
            # "exports rose in April from the year before": the same quarter (month) a year back
            if d.granularity == "quarter":
                yq = _shift_q(d.earliest.year, (d.earliest.month - 1) // 3 + 1, 4 * k)
                return R.quarter(*yq).with_(anchor=anchor, note=note)
            if note:
                return R.month(d.earliest.year + k, d.earliest.month).with_(anchor=anchor, note=note)
    if unit == "weekend":
        return R.weekend(base + dt.timedelta(days=7 * k)).with_(anchor=anchor, note=note)
    return R.unit_of(R.shift(base, k, unit), unit).with_(anchor=anchor, note=note)


def p_ordinal_weekend(m: re.Match[str], c: Ctx) -> Out:
    """ "its second weekend", "the film's opening weekend" (a run counted in weekends): the weekend of a box-office report,
    the one just past (or this one, said on a Saturday or Sunday), unless the clause looks ahead
    ("opens its second weekend on Friday": the coming one)."""
    if c.ref is None:
        return _unres("XXXX-WXX-WE", "weekend")
    k = 0 if c.ref.isoweekday() >= 6 or c.tense() == "future" else -1
    return R.weekend(c.ref + dt.timedelta(days=7 * k)).with_(anchor=c.ref_anchor())


def _sentence_calls_off(c: Ctx) -> bool:
    """Does the candidate's sentence cancel or postpone something ("said this weekend's sale was
    postponed", "announced that the festival this weekend was cancelled")? Lexicon
    context_words: called_off_verbs and calling_off_forms."""
    return lex_pattern(c, _CALLS_OFF).search(c.low, *c.sentence()) is not None


_CALLS_OFF = r"\b(?:{called_off_verbs}|{calling_off_forms})\b"


#: from this ISO weekday on (Thursday), "for the weekend" is the coming one in a clause that is
#: not past, or one that speaks of bookings or expectations
WEEKEND_FOR_AHEAD_FROM = 4
#: up to this ISO weekday (Wednesday), "this weekend" in a past clause is the one just gone
THIS_WEEKEND_BACK_UNTIL = 3
#: from this ISO weekday on (Wednesday), "the weekend" in a present clause is the coming one
WEEKEND_AHEAD_FROM = 3
#: from this ISO weekday on (Friday), "the weekend" in any clause that is not past is the coming one
WEEKEND_NEXT_FROM = 5


def p_year_end(m: re.Match[str], c: Ctx) -> Out:
    if m["u3"]:
        return _mid_unit(m["u3"], c)
    if m["u2"]:
        unit, which = m["u2"], m["which"]
        if c.ref is None:
            return _unres("XXXX", unit)
        if unit == "year" and c.last_quarter is not None and not _longer_period_before(c):
            return R.quarter(*_shift_q(*c.last_quarter, -4)).with_(anchor="previous mention")
        return R.unit_of(R.shift(c.ref, -1, unit), unit).with_(anchor=c.ref_anchor())
    unit = m["u"]
    if c.ref is None:
        return _unres(_UNDERSPECIFIED[unit], unit).with_(mod="END")
    if unit == "quarter" and c.last_quarter:
        r = R.quarter(*c.last_quarter)
    else:
        # "since year-end" looks back to the last one; "by year-end" to the coming one
        # (a past clause's "by year's end" is a deadline ahead, unless done by then: "expected
        # another cut by year's end"; "had cut 500 jobs by year-end")
        cw = c.tables["context"]
        t = c.tense()
        deadline = c.prev_word() in cw.get("done_by_words", ()) and not done_by(c)  # "lasted until year-end" went on to the last one
        back = (t == "past" and not deadline) or c.prev_word() in cw.get("year_end_back_after", ())
        r = R.unit_of(R.shift(c.ref, -1, unit) if back else c.ref, unit)
    return R.apply_position(_anchored(r, c), "END")


def _mid_unit(unit: str, c: Ctx) -> Out:
    """ "by mid-year", "at midmonth": the middle of the current year (month), or of the last
    one in a past clause said before its middle (not after "by": "forecast famine by
    mid-year"), or of the next in a future clause said after it."""
    if c.ref is None:
        return _unres(_UNDERSPECIFIED[unit], unit).with_(mod="MID")
    t = c.tense()
    if t == "past" and c.prev_word() in c.tables["context"].get("deadline_before", ()):
        t = None
    r = R.unit_of(c.ref, unit)
    assert r.earliest is not None and r.latest is not None
    half = r.earliest + (r.latest - r.earliest) / 2
    k = -1 if (t == "past" and c.ref < half) else (1 if (t == "future" and c.ref > half) else 0)
    if k:
        r = R.unit_of(R.shift(c.ref, k, unit), unit)
    return R.apply_position(_anchored(r, c), "MID")


def p_position_unit(m: re.Match[str], c: Ctx) -> Out:
    pm = c.norm(m["pm"])
    mod = _pmod(c, pm)
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
        return _unres(_UNDERSPECIFIED[unit], unit).with_(mod=mod)
    base, anchor = c.ref, c.ref_anchor()
    if " that " in txt and c.story.date is not None and c.story.date.earliest:
        base, anchor = c.story.date.earliest, "previous mention"
    if unit == "quarter":
        yq = c.last_quarter if (c.last_quarter and k == 0) else _shift_q(base.year, (base.month - 1) // 3 + 1, k)
        r = R.quarter(*yq)
    else:
        r = R.unit_of(R.shift(base, k, unit), unit)
    return R.apply_position(r.with_(anchor=anchor), mod)


# ---------------------------------------------------------------- offsets and durations


def p_offset(m: re.Match[str], c: Ctx) -> Out:
    code, gran = _unit_code(c, m["u"])
    mod = _qmod(c, m["qmod"]) or ("APPROX" if m["orso"] else None)
    n = numeral(m["n"], c.lex) if m["n"] else None
    if n is not None and n <= 0:
        return None
    if n is not None and n > 5000:
        direction = c.norm(c.low[m.start("dir") : m.start("agot")] if m["agot"] else m["dir"]).strip()
        if direction not in c.tables["context"].get("offset_from_reference", ()):
            return None  # "10,000 days later": the duration alone
        sign = -1 if direction in c.tables["dir_past"] else 1
        if gran in ("year", "decade", "century", "millennium"):
            return _beyond_calendar(c, sign, mod)  # "65 million years ago"
        try:  # "10,000 days ago": a day in the calendar, else the past or the future
            return _offset_from(m, c, code, gran, mod, n)
        except (OverflowError, ValueError):
            return _beyond_calendar(c, sign, mod)
    return _offset_from(m, c, code, gran, mod, n)


def _offset_from(m: re.Match[str], c: Ctx, code: str, gran: str, mod: str | None, n: float | None) -> Out:
    """An offset counted from the reference or the text ("two days ago", "a week from Friday",
    "a decade ago today")."""
    if not (m["agot"] or m["fromw"]):
        return _offset(m, c, c.norm(m["dir"]), code, gran, mod, n)
    exact = _offset_exact(m, c, code, gran, mod, n)
    if exact is not None or m["fromw"]:
        return exact  # or nothing: "valid for 30 days from today" is a duration and a day
    # "a decade ago today", "a few weeks ago today": an offset of the usual grain, "today" apart
    ago_end = m.start("agot")
    while c.low[ago_end - 1].isspace():
        ago_end -= 1
    r = _offset(m, c, c.norm(c.low[m.start("dir") : ago_end]), code, gran, mod, n)
    return (r, c.s, ago_end) if isinstance(r, Res) else r


def _offset(m: re.Match[str], c: Ctx, direction: str, code: str, gran: str, mod: str | None, n: float | None) -> Out:
    if direction in c.tables["dir_with_object"]:
        nc = c.next_char()
        if nc and nc not in ".,;:)\"”'’!?" and c.text[c.e : c.e + 1] != "\n":
            return None
    sign = -1 if direction in c.tables["dir_past"] else 1
    anchored_to_text = direction not in c.tables["context"].get("offset_from_reference", ())
    # "three days later", "a few hours earlier": TimeML marks the elapsed time, a DURATION, and
    # leaves the direction word to a SIGNAL; the mention still carries where it lands
    elapsed = direction in c.tables["dir_elapsed"] and gran in (_VAGUE_ELAPSED_UNITS if m["vague"] else _ELAPSED_UNITS)
    if m["vague"]:
        if elapsed:
            return (Res("DURATION", _vague_dur_value(code, gran), gran), c.s, _before_dir(m, c))
        v = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Res("DATE", v, "ref", anchor=c.ref_anchor())
    if n is None:
        return None
    if gran in ("second", "minute", "hour"):
        # lands on (about) the day counted from, moved by whole days: the reference for "two
        # hours ago", the day the text is on for "Five minutes later", "72 hours later"; the
        # elapsed time keeps only its own mod
        day = (c.story.day_within(c) or c.ref) if anchored_to_text else c.ref
        if day is not None and c.ref is not None and day > c.ref and sign < 0 and c.tense() != "future":
            day = c.ref  # a planned day does not anchor a past narrative (as for days, below)
        if day is None:
            r = _unres("XXXX-XX-XX", "day")
        else:
            anchor = "previous mention" if day != c.ref else c.ref_anchor()
            hours = n * {"hour": 1.0, "minute": 1 / 60, "second": 1 / 3600}[gran]
            near = day + dt.timedelta(days=sign * int(hours // 24))
            # the hour of day is not known: a part of a day more may cross into the next
            far = near
            if hours % 24 and D.min < near < D.max:
                far = near + dt.timedelta(days=sign)
            r = R.day(near).with_(anchor=anchor, mod="APPROX", earliest=min(near, far), latest=max(near, far))
        return _as_elapsed(r.with_(mod=mod), n, code, gran, m, c) if elapsed else r
    base, anchor = c.ref, c.ref_anchor()
    if not anchored_to_text and (said := speech_day(c)) is not None:
        # '"Chile is not the same country it was 69 days ago," Pinera said on Wednesday night':
        # counted from the day the quotation was said
        base, anchor = said, SPEECH_ANCHOR
    if anchored_to_text and c.story.date is not None and c.story.date.earliest is not None and c.story.date.type in ("DATE", "TIME"):
        # a planned date (after the reference) does not anchor a past-tense narrative:
        # "is due to address Congress on July 24. A day earlier, 90 were killed"
        ahead = c.ref is not None and c.story.date.earliest > c.ref
        if not (ahead and sign < 0 and c.tense() != "future"):
            base, anchor = c.story.date.earliest, "previous mention"
    if anchored_to_text and anchor == "previous mention" and direction in c.tables["dir_elapsed"] and _apposed_to_mention(c):
        # "not found until April 2011, almost two years later": the date is written just before;
        # the offset says how long after something else it was, an elapsed time
        return _as_elapsed(c.story.date.with_(mod=mod), n, code, gran, m, c)  # type: ignore[union-attr]
    if anchored_to_text and sign > 0 and anchor != "previous mention" and (c.tense() != "future" or not _modal_in_sentence(c)):
        # "Two years on, little has changed", "A decade later, the city was rebuilt": counted
        # from an event the text has not dated; the reference is not it. The elapsed time only.
        return _as_elapsed(Res("DURATION", "", gran, mod=mod), n, code, gran, m, c)
    if base is None:
        return _unres(_UNDERSPECIFIED.get(gran, "XXXX"), gran).with_(mod=mod)
    unit = {"millennium": "century"}.get(gran, gran)
    if code == "W2":
        n, unit, code = 2 * n, "week", "W"  # a fortnight: two weeks (counted once)
    if unit in ("year", "decade", "century") and not 1 <= base.year + sign * n * {"year": 1, "decade": 10, "century": 100}[unit] <= 9999:
        return _beyond_calendar(c, sign, mod)  # "2,500 years ago": before year 1
    # a year ago / a year earlier in a text about quarters: the same quarter a year before
    # a figure for a period longer than a quarter in this sentence: that period a year back
    longer = unit == "year" and n == 1 and not mod and _longer_period_before(c)
    if unit == "year" and n == 1 and c.last_quarter is not None and not mod and not longer:
        yq = c.last_quarter if (
            anchor != "previous mention" or c.story.date is None or c.story.date.granularity == "quarter"
            or _report_day(c)
        ) else None
        if yq is not None and (anchor == "previous mention" or yq[0] == base.year or yq[0] == base.year - (1 if base.month <= 3 else 0)):
            return R.quarter(*_shift_q(*yq, -4 * int(n) * (1 if sign < 0 else -1))).with_(anchor=anchor)
    if unit == "year" and n == 1 and not mod and sign < 0 and not longer and (month := _figure_month(c)) is not None:
        # "exports rose in April from a year earlier / a year ago": the same month a year back
        return R.month(month.year - 1, month.month).with_(anchor="previous mention")
    target = R.shift(base, sign * n, unit)
    if (
        anchored_to_text
        and sign > 0
        and anchor == "previous mention"
        and unit in ("year", "decade", "century")
        and c.ref is not None
        and (
            (target.year == c.ref.year and c.tense() != "past")
            # (a verbless headline too: "Leap day couple mark their 11th anniversary, 44 years on")
            or (target.year > c.ref.year and (c.tense() != "future" or not _modal_in_sentence(c)))
        )
    ):
        # "The plant exploded in 1986. Thirty years on, the zone is empty", "Twenty years later,
        # I still cannot climb stairs": in a present clause, counted up to the present (or past
        # it, from some other event than the one dated last: "Seventy-one years on, the festival
        # runs four theatres"), the text measures how long it has been; the elapsed time, as
        # TBAQ's "twenty years after" (not a past event: "despair just over a year later", nor
        # a plan: "hold polls again two years later")
        r = R.unit_of(min(target, c.ref), "year").with_(anchor=anchor)
        return _as_elapsed(r.with_(mod=mod) if mod else r, n, code, gran, m, c)
    # "a decade ago", "a century ago": the year that many years back (2015 -> 2005), not the
    # calendar decade it falls in ("200", the 2000s)
    grain = "year" if unit in ("decade", "century") else unit if unit != "weekend" else "week"
    if mod == "EQUAL" and unit != "weekend":
        # "exactly 100 years ago", "exactly a month ago": that very day, so many units back
        return R.day(target).with_(anchor=anchor, mod=mod)
    r = R.unit_of(target, grain).with_(anchor=anchor)
    if mod:
        e, l = R.offset_window(base, n, unit, sign, mod)
        r = r.with_(mod=mod, earliest=e, latest=l)
    return _as_elapsed(r, n, code, gran, m, c) if elapsed else r


def _report_day(c: Ctx) -> bool:
    """Is the last date placed the day of the report ("..., the company said on Wednesday"),
    a day in the week up to the reference, in an earlier sentence? It does not replace the
    quarter the report is about as what "a year earlier" compares with. (In the same
    sentence, "said Friday that it lost $673 million through the first nine months, compared
    with earnings a year earlier", the figure may be of another period.)"""
    d = c.story.date
    if d is None or c.ref is None or d.earliest is None or d.granularity not in ("day", "part_of_day", "minute"):
        return False
    if c.story.date_at >= c.sentence()[0]:
        return False
    return 0 <= (c.ref - d.earliest).days <= 7


def _figure_month(c: Ctx) -> D | None:
    """The month of a figure compared with "a year earlier/ago" in the same sentence
    ("exports rose 1.5 percent in April from a year earlier"): its first day, or None. Only
    a named month ("reported last month that its profit slumped" dates the report), and not
    one more than a year before the reference ("a year ago" is deictic); and only as the
    object of a comparison ("from / than / compared with a year earlier", lexicon
    figure_compared_before), not in apposition ("took office in June, a year ago")."""
    if c.prev_word() not in c.tables["context"].get("figure_compared_before", ()):
        return None
    d = c.story.date
    if d is None or d.granularity != "month" or d.earliest is None or c.ref is None or c.story.date_rule != "month":
        return None
    if c.story.date_at < c.sentence()[0] or not 0 <= (c.ref - d.earliest).days <= 400:
        return None
    return d.earliest


def _beyond_calendar(c: Ctx, sign: int, mod: str | None) -> Res:
    """An offset that lands before year 1 or after 9999 ("2,500 years ago", "65 million years
    ago"): the past or the future, said so, with no calendar date to give."""
    v = "PAST_REF" if sign < 0 else "FUTURE_REF"
    return Res("DATE", v, "ref", mod=mod, anchor=c.ref_anchor(), note="outside the calendar (years 1-9999)")


def _offset_exact(m: re.Match[str], c: Ctx, code: str, gran: str, mod: str | None, n: float | None) -> Out:
    """ "two weeks ago today", "a year from tomorrow", "a week from Friday": counted from a
    named day, so the day itself, not the unit it falls in (None when it is not that)."""
    if n is None or gran not in ("day", "week", "month", "quarter", "year"):
        return None
    planned = False
    if m["fromw"]:
        cw = c.tables["context"]
        if c.next_word() in c.tables["range_middle"] or c.next_char() in c.tables["range_middle"]:
            return None  # "open for two days from Tuesday to Thursday": a duration, then a range
        if c.next_word() in c.tables["pods"]:
            return None  # "two weeks from Friday morning": the duration and "Friday morning"
        pw = c.prev_word()
        planned = c.prev_word(c.s - len(pw) - 1) in cw.get("plan_for", ())
        if pw in cw.get("stretch_before", ()) and not planned:
            return None  # "valid for 30 days from today", not "scheduled for a week from Friday"
    agot = c.norm(m["agot"]) if m["agot"] else ""
    parts = c.tables["deictic_parts"]
    shifts = c.lex.table("relations").get("ago_unit_shift", {})
    rel, _, tail = agot.partition(" ")
    if rel in shifts and (tail in c.tables["seasons"] or tail in c.tables["months"]) and c.ref is not None:
        # "two years ago this summer", "a year ago this September": that season or month of the
        # year counted back from the reference's (or the one before or after it)
        if gran not in ("year", "decade"):
            return None
        y = c.ref.year + shifts[rel] - int(n * (10 if gran == "decade" else 1))
        if tail in c.tables["seasons"]:
            return R.season(y, c.tables["seasons"][tail]).with_(anchor=c.ref_anchor(), mod=mod)
        return R.month(y, c.tables["months"][tail]).with_(anchor=c.ref_anchor(), mod=mod)
    if rel in shifts and agot not in parts:
        # "25 years ago this month", "20 years ago last month": that month (week) that many units back
        if gran not in ("year", "month", "week") or c.ref is None:
            return _unres("XXXX-XX", "month").with_(mod=mod) if c.ref is None else None
        base = R.shift(c.ref, shifts[rel], tail)
        return R.unit_of(R.shift(base, -n * (2 if code == "W2" else 1), gran), tail).with_(anchor=c.ref_anchor(), mod=mod)
    if c.ref is None:
        return _unres("XXXX-XX-XX", "day").with_(mod=mod)
    if agot in parts:
        # "ten years ago this morning", "ten years ago tonight": that part of the day that many units back
        k, pod = parts[agot]
        n2, unit2 = (2 * n, "week") if code == "W2" else (n, gran)
        return R.part_of_day(R.shift(c.ref + dt.timedelta(days=k), -n2, unit2), pod).with_(anchor=c.ref_anchor(), mod=mod)
    if agot and agot not in c.tables["deictic"] and agot in c.tables["weekdays"]:
        # "a week ago Sunday": counted back from the last Sunday
        base, sign = _weekday_for(c.ref, c.tables["weekdays"][agot], "past"), -1
    elif agot:
        base, sign = c.ref + dt.timedelta(days=c.tables["deictic"].get(agot, 0)), -1
    else:
        w, sign = c.norm(m["fromw"]), 1
        if w in c.tables["deictic"]:
            base = c.ref + dt.timedelta(days=c.tables["deictic"][w])
        else:  # "a week from Friday": the coming Friday, the last one in a past clause unless planned
            past = c.tense() == "past" and not planned
            base = _weekday_for(c.ref, c.tables["weekdays"][w], "past" if past else "future")
    n, unit = (2 * n, "week") if code == "W2" else (n, gran)
    r = R.day(R.shift(base, sign * n, unit)).with_(anchor=c.ref_anchor())
    if mod:
        e, l = R.offset_window(base, n, unit, sign, mod)
        r = r.with_(mod=mod, earliest=e, latest=l)
    return r


def _ordinal_second(c: Ctx, nxt: str) -> bool:
    """Is "a second" the ordinal ("a second day", "a second, earlier show", "a second €130bn
    bailout"), not the unit ("for a second", "a second later", "a second, then")? Before a word,
    a figure or a currency sign it is, unless the word is one a unit goes on with (context_words.
    second_unit_next: "later", "or", "ago"); after a comma, when an adjective and a noun follow."""
    ch = c.next_char()
    if nxt and ch.isalpha():
        return nxt not in c.tables["context"].get("second_unit_next", ())
    if ch and (ch.isdigit() or ch in "$£€¥"):
        return True
    return ch == "," and _RE_COMMA_ADJ_NOUN.match(c.low, c.e) is not None


#: ", earlier show", ", possibly larger, wave": a comma, then modifiers of a noun to come
_RE_COMMA_ADJ_NOUN = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+(?:er|est|ed|al|ive|ful|ous|ic)\b")


def _modal_in_sentence(c: Ctx) -> bool:
    """Does the sentence hold a modal of the future ("would hold polls again two years later"),
    not only a present that reads as a schedule ("Fifty years on, the veterans return"), nor
    after a fronted "N years on," ("Ten years on, survivors will gather")?"""
    a, b = c.sentence()
    if c.low[c.e - 3 : c.e] == " on" and c.text[c.e : c.e + 1] == "," and not c.low[a : c.s].strip():
        return False  # "Ten years on, survivors will gather": a fronted "N years on" is the time elapsed
    words = c.low[a:b].split()
    return any(w in c.tense_cues.modal_future for w in words)


#: units whose "N units later" is an elapsed time; "a year earlier" compares periods (a DATE)
_ELAPSED_UNITS = frozenset({"second", "minute", "hour", "day", "week", "weekend", "month"})
#: ...and with no number ("Years later", "decades earlier"), any unit: there is no year to name
_VAGUE_ELAPSED_UNITS = _ELAPSED_UNITS | {"year", "decade", "century"}


def _before_dir(m: re.Match[str], c: Ctx) -> int:
    e = m.start("dir")
    while e > c.s and c.text[e - 1].isspace():
        e -= 1
    return e


def _apposed_to_mention(c: Ctx) -> bool:
    """Is the candidate set off by a comma right after the last mention ("April 2011, almost
    two years later")?"""
    at = c.story.mention_at
    return c.s - at <= 4 and _comma_apposed(c, at, c.s)


def _as_elapsed(r: Res, n: float, code: str, gran: str, m: re.Match[str], c: Ctx) -> tuple[Res, int, int]:
    """ "three days later" -> DURATION P3D over "three days", keeping the interval where it lands."""
    value = _dur_value(n, code)
    return (r.with_(type="DURATION", value=value, granularity=gran), c.s, _before_dir(m, c))


def p_vague_ago(m: re.Match[str], c: Ctx) -> Out:
    d = c.norm(m["dir"])
    code, gran = c.tables["units"].get(c.norm(m["u"]), ("", ""))  # "moments" is no unit
    if d in c.tables["dir_with_object"]:
        # "hours after the crash", "days before the inauguration", "years after the war": the
        # elapsed time, a DURATION; "in the weeks before the shooting" is a stretch, not tagged
        if not gran or c.prev_word() in c.tables["context"].get("stretch_determiners", ()):
            return None
        return (Res("DURATION", _vague_dur_value(code, gran), gran), c.s, m.end("u"))
    if d in c.tables["dir_elapsed"] and gran in _VAGUE_ELAPSED_UNITS:
        # "Minutes later, sirens sounded", "Years later, he returned": an elapsed time, as "a few
        # minutes later" is (no FUTURE_REF: the story may still be in the past)
        return (Res("DURATION", _vague_dur_value(code, gran), gran), c.s, m.end("u"))
    if not gran and d in c.tables["dir_elapsed"]:
        return None  # "Moments later, workers occupied the site": no unit, no time to give
    return Res("DATE", "PAST_REF" if d in c.tables["dir_past"] else "FUTURE_REF", "ref", anchor=c.ref_anchor())


_RE_NEXT_WORD_AFTER = re.compile(r"[\s-]+([a-z]+)")


def _names_a_being(c: Ctx, skip: int) -> bool:
    """Does the word after an age ("-old", or " old" ``skip`` characters on) name a person or an
    animal (lexicon context_words.age_nouns: "baby", "girl", "son", "cub"), or end the phrase
    ("the puppy is six weeks old.")?"""
    at = c.e + skip
    m = _RE_NEXT_WORD_AFTER.match(c.low, at)
    if m is None:
        return True  # the end of a phrase: "is six weeks old."
    w = m.group(1)
    if w in c.tables["context"].get("age_words", ()):
        m = _RE_NEXT_WORD_AFTER.match(c.low, m.end())
        if m is None:
            return True
        w = m.group(1)
    return w in c.tables["context"].get("age_nouns", ())


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
    if n != int(n) and not _whole_below(n, code):
        # "6.8 hours" -> PT6.8H, "18.2 months" -> P18.2M: TIMEX3 allows a decimal in the last
        # unit (split into smaller units the float leaves a 60th second: PT6H47M60S)
        num = f"{n:.6f}".rstrip("0").rstrip(".")
        unit = "M" if code == "MIN" else code
        return f"PT{num}{unit}" if timey else f"P{num}{unit}"
    if n != int(n):
        # halves and quarters in whole smaller units: "2 1/2 years" -> P2Y6M, "a minute and a
        # half" -> PT1M30S, "2.25 hours" -> PT2H15M
        if code in ("W", "Q"):
            k, code2 = _SMALLER[code]
            return _dur_value(n * k, code2)
        if code in _SMALLER:
            k, code2 = _SMALLER[code]
            whole = int(n)
            rest = _dur_value((n - whole) * k, code2)
            if not whole:
                return rest
            head = _dur_value(whole, code)
            if code2 in ("H", "MIN", "S") and code not in ("H", "MIN", "S"):
                return head + rest[1:]  # P1DT12H
            return head + rest[(2 if rest.startswith("PT") else 1):]
    if code == "S" and round(n, 6) != int(n):
        # "9.58 seconds" -> PT9.58S: TIMEX3 allows a decimal in the last unit, and in a race
        # the fraction is the point
        return f"PT{n:.6f}".rstrip("0").rstrip(".") + "S"
    ni = int(round(n))
    if code == "MIN":
        return f"PT{ni}M"
    return f"PT{ni}{code}" if timey else f"P{ni}{code}"


#: a unit's size in the next smaller one, and that unit, for a half or a quarter written out ("P2Y6M")
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S"), "Q": (3, "M")}


def _is_whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def _whole_below(n: float, code: str) -> bool:
    """Is ``n`` a half or a quarter of ``code`` that the next smaller unit counts in whole
    units (2.5 years = 2 years 6 months, 1.25 hours = 1 hour 15 minutes; not 2.25 months)?"""
    if not _is_whole(n * 4) or code not in _SMALLER:
        return code == "S" and _is_whole(n * 4)  # "9.5 seconds": PT9.5S below
    k = _SMALLER[code][0]
    return _is_whole((n if code in ("W", "Q") else n - int(n)) * k)


def _frequency_before(c: Ctx, pos: int) -> tuple[float | None, int] | None:
    """(count, start) of a frequency word right before ``pos``: "twice" (2), "three times"
    (3), "several times" (no count), "10-15 times", "two or three times" (a range: no count,
    the span takes it in); None when there is none ("at times" is not one). A count not
    understood leaves the span where it was."""
    cw = c.tables["context"]
    pw = c.prev_word(pos)
    if pw in cw.get("frequency", {}):
        return float(cw["frequency"][pw]), c.low.rfind(pw, 0, pos)
    if not pw or pw != cw.get("times"):
        return None
    at = c.low.rfind(pw, 0, pos)
    mm = _count_before_pattern(c).search(c.low, max(0, at - 30), at)
    if mm is None:
        return None, pos
    if mm.group("n") in cw.get("frequency_not_after", ()):
        return None  # "at times"
    k = numeral(mm.group("n"), c.lex)
    if mm.group("lo"):
        lo = numeral(mm.group("lo"), c.lex)
        if lo is not None and k is not None and 0 < lo < k:
            return None, mm.start("lo")  # "10-15 times a year": TIMEX3's freq takes one count
        return None, pos
    if k is not None and k > 0:
        return k, mm.start("n")
    if c.norm(mm.group("n")) in cw.get("vague_counts", ()):
        return None, mm.start("n")  # "several times a year"
    return None, pos


def _freq(k: float | None) -> str | None:
    return f"{int(k)}X" if k and k == int(k) else None


_COUNT_BEFORE: dict[int, re.Pattern[str]] = {}


def _count_before_pattern(c: Ctx) -> re.Pattern[str]:
    """The count before "times", at the end of the text searched: a number or numeral ("15",
    "three"), a phrase of the lexicon's numbers or vague counts ("a few", "a couple of"), or a
    range of two ("10-15", "two or three"; the range words are context_words.count_range_words).
    Not the second half of a hyphenated range read alone ("15" of "10-15")."""
    key = id(c.lex)
    if key not in _COUNT_BEFORE:
        cw = c.tables["context"]
        phrases = {w for w in c.lex.table("numbers") if " " in w} | {w for w in cw.get("vague_counts", ()) if " " in w}
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))
        rng = "|".join(re.escape(w) for w in sorted(cw.get("count_range_words", ()), key=len, reverse=True)) or "(?!)"
        _COUNT_BEFORE[key] = re.compile(
            r"(?<![\w.,-])(?:(?P<lo>[\w.,]+)(?:\s*[-–]\s*|\s+(?:" + rng + r")\s+))?"
            r"(?P<n>" + (alts + "|" if alts else "") + r"[\w.,]+)[-\s]+$"
        )
    return _COUNT_BEFORE[key]


_RE_DOTTED_STAMP = re.compile(r"(?:[01]\d|2[0-3])\.[0-5]\d\s")


def p_duration(m: re.Match[str], c: Ctx) -> Out:
    if m["n"] and m.start("n") == c.s and _RE_DOTTED_STAMP.match(c.low, c.s) and c.text[m.start("u") : m.start("u") + 1].isupper():
        return None  # "00.10 Second result.": a live blog's stamp before a capitalised word, not 0.1 seconds
    u = c.norm(m["u"])
    if any(c.low.startswith(w, m.start("u")) for w in c.tables["context"].get("unit_idioms", ())):
        return None  # "A month's mind Mass": a memorial Mass, not a month
    if m["vague"] and c.norm(m["vague"]).endswith(" of") and not u.endswith("s"):
        return None  # "tens of thousands of day laborers": a count of people, not of days
    code, gran = _unit_code(c, u)
    mod = _qmod(c, m["qmod"])
    the, rel = c.norm(m["the"]), c.norm(m["rel"])
    if the and not rel and m["n"] and c.next_word() in c.tables["context"].get("offset_from_reference", ()):
        # "said that a month ago nobody cared": the determiner is a conjunction; the offset
        # starts at the count (the scan goes on from the next word)
        return None
    start = c.s
    if c.norm(m["qmod"]) == "over" and not (the or rel):
        pw = c.prev_word(m.start("qmod"))
        if pw not in c.tables["context"].get("over_more_than_after", ()):
            # "held over two days", "killed over three days of fighting": "over" is across,
            # the preposition, not "more than" ("jailed for over two years"); left out
            mod, start = None, (m.start("n") if m["n"] else m.start("vague"))
    before = c.words_before()
    after_a = the == "a" or (not the and before and before[-1] in c.tables["number_articles"])
    if after_a and rel in c.tables["context"].get("rel_also_nouns", ()) and (m["n"] or m["vague"]):
        return None  # "reached a final 55 years ago": "final" is a noun; "55 years ago" is the time
    if rel and not the and before and before[-1] in c.tables["context"].get("verb_before", {}).get(rel, ()):
        # "expected to last several months", "will last over a week": the verb, not "the last"
        rel, start = "", (m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague")))
    if the in c.tables["span"].get("determiners_outside", ()) and (rel or the != "a"):
        start = m.start("rel") if rel else (m.start("qmod") if m["qmod"] else m.start("n") if m["n"] else m.start("vague"))
    elif the == "a" and not rel:
        vq = c.norm(m["vague"] or m["n"])
        if m["qmod"] or not (vq.startswith(tuple(c.tables["span"].get("article_kept_before", ()))) or vq in c.tables["context"].get("bare_fractions", ())):
            start = m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague"))
    elif the == "the" and not rel and c.low[m.start("u") - 1 : m.start("u")] == "-":
        start = m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague"))  # "the 30-day period"
    if the and not rel and the not in ("a",) and start == c.s and the != "the":
        start = m.start("qmod") if m["qmod"] else (m.start("n") if m["n"] else m.start("vague"))
    if c.norm(m["n"]) in c.tables["number_articles"] and not rel and not m["qmod"] and (m["suffix"] or "").startswith("-"):
        start = m.start("u")  # "a week-long truce": the adjective is "week-long"
    nxt = c.next_word()
    if c.norm(m["n"]) in c.tables["context"].get("bare_fractions", ()) and not (rel or m["qmod"] or the == "a"):
        # "six and half years" (no half year, nor six), "his half-century off 69 balls" (a
        # batsman's 50): a bare fraction is a duration only as "the past half-century", "more
        # than a quarter century"
        return None
    suffix = c.norm(m["suffix"])
    ages = c.tables["context"].get("age_words", ())
    aged = suffix[1:] in ages or (nxt in ages and c.low[c.e : c.e + 1 + len(nxt)] == " " + nxt)
    if aged and (gran in ("year", "decade") or _names_a_being(c, len(nxt) + 1 if nxt in ages and not suffix else 0)):
        # ages are not times ("a 6-year-old", "a 23-month-old girl", "a 10-week old panda cub");
        # a thing's age in months, weeks or days is how long it has lasted ("the IRA's
        # 8-month-old truce": TBAQ P8M)
        return (SKIP, c.e + (1 + len(nxt) if nxt in ages and not suffix else 0))
    if c.low[c.e : c.e + 1] == "-":
        return None  # "a year-earlier period": the adjective is its own expression
    if u.startswith("quarter") and nxt in c.tables["context"].get("of_words", ()) and not m["adj"]:
        return None  # "three quarters of the vote" (not "five straight quarters of slowdown")
    if gran == "quarter" and _about_a_game(c):
        return None  # "a 71-39 lead after three quarters": periods of play
    if u == "quarter" and c.norm(m["n"]) in c.tables["one_words"] and not (the or rel) and _quarter_is_a_fraction(c, nxt):
        return (SKIP, c.e)  # "by a quarter point", "cut its workforce by almost a quarter"
    if gran == "second" and (m["n"] or "").strip() in c.tables["one_words"] and _ordinal_second(c, nxt):
        return None  # "a second day of talks", "a second, earlier show", "a second €130bn bailout"
    if u in ("night", "nights") and not m["n"]:
        return None
    if _names_an_event_or_score(m, c, u, nxt):
        return (SKIP, c.e)
    if m["vague"]:
        vq = c.norm(m["vague"])
        if vq == "some" and gran != "time":
            return (Res("DURATION", f"PX{'T' if code in ('H', 'MIN', 'S') else ''}{ {'MIN': 'M', 'W2': 'W'}.get(code, code)}", gran), start, c.e)
        val = f"PX{ {'MIN': 'M', 'W2': 'W'}.get(code, code)}"
        if code in ("H", "MIN", "S"):
            val = "PT" + val[1:]
        return (Res("DURATION", val, gran, mod=mod), start, c.e)
    n = numeral(m["n"], c.lex)
    if n is None or n <= 0 or (n > 100000 and gran not in ("year", "decade", "century")):
        return None  # "the warmest in 120,000 years" is a span of time; 150,000 hours is a count
    if n == 1 and u.endswith("s") and not m["nhi"] and c.norm(m["n"]) in c.tables["one_words"]:
        return None  # "a decades-long battle": the article belongs to the noun
    if n == 1 and u == "day" and c.norm(m["n"]) == "one" and not (the or rel or mod or m["suffix"]):
        if c.prev_word() in c.tables["context"].get("someday_after", ()):
            return (Res("DATE", "FUTURE_REF", "ref", anchor=c.ref_anchor()), start, c.e)  # "will one day be"
    if m["n"] and m["n"].strip() in c.tables["number_articles"] and not rel and not mod:
        before = c.low[max(0, c.s - 40) : c.s]
        cw = c.tables["context"]
        pw = c.prev_word()
        freq = _frequency_before(c, start)
        if freq is not None:
            # "twice a year", "three times a week": a SET with its frequency, which the span
            # takes in (TimeML: <TIMEX3 type="SET" value="P1W" freq="2X">twice a week</TIMEX3>)
            k, fstart = freq
            return (Res("SET", _dur_value(1, code), gran, freq=_freq(k)), fstart, c.e)
        if (pw in cw.get("rate_words", ()) and _counted(c, before)) or _RE_AMOUNT_END.search(before):
            return (SKIP, c.e)  # "$500 million a year", "four flights a week": a rate, not a time
        if not (nxt in cw.get("measure_rate_not_before", ()) and _RE_SPAN_OBJECT.match(c.low, c.e)) and (
            pw in cw.get("measure_units", ()) or c.low[max(0, c.s - 2) : c.s] == ") " and c.prev_word(c.s - 2) in cw.get("measure_units", ())
        ):
            return (SKIP, c.e)  # "winds of 145 miles an hour", "315 kilometres (195 miles) an hour": a speed
        if u in ("day", "night") and nxt in cw.get("a_day_compound_nouns", ()):
            return (SKIP, c.e)  # "a night out", "a day off", "a night watchman": no stretch of time
        if _RE_DATE_COMMA_END.search(before) and nxt not in cw.get("apposed_unit_relations", ()):
            return (SKIP, c.e)  # "voted on Nov. 3, a day like no other": the date described, no duration
    if m["nhi"]:
        hi = numeral(m["nhi"], c.lex)
        if hi is None or hi <= n:
            return None  # "sentenced in 1995 to 15 years": a year, then the duration alone
        mod = mod or "EQUAL_OR_MORE"
    if suffix.strip() == "or so":
        mod = "APPROX"
    if "and a half" in suffix:
        n += 0.5
    if start == c.s and the == "the" and rel and not mod:
        # "for at least the next six weeks", "up to the past 18 months": the bound before the
        # determiner is the duration's (TBAQ: "at least the past 18 months")
        before = c.low[max(0, c.s - 16) : c.s]
        for q in sorted(c.tables["qmods"], key=len, reverse=True):
            if " " in q and before.endswith(q + " ") and (c.s - len(q) - 2 < 0 or not c.low[c.s - len(q) - 2].isalnum()):
                start, mod = c.s - len(q) - 1, c.tables["qmods"][q]
                break
    return (Res("DURATION", _dur_value(n, code), gran, mod=mod), start, c.e)


_RE_COUNT = re.compile(r"\d")
_RE_DATE_COMMA_END = re.compile(r"\d,[ \t]*\Z")


def _counted(c: Ctx, before: str) -> bool:
    """Is the rate word before "a year/day" counted ("four flights a week", "1.2 million
    barrels a day", "5 percent a year"), not a plain noun ("in their seats an hour before")?
    A unit word that is itself a number ("million", "percent") counts."""
    words = before.split()
    if not words:
        return False
    counted = c.tables["context"].get("rate_words_counted", ())
    if words[-1].strip(",") in counted:
        return True
    counts = c.tables["context"].get("vague_counts", ())
    return any(_RE_COUNT.search(w) or w in counted or w in counts or numeral(w, c.lex) is not None for w in words[-4:-1])


_RE_CAPITAL_NEXT = re.compile(r"['’]?\s+[A-Z]")


def _names_an_event_or_score(m: re.Match[str], c: Ctx, u: str, nxt: str) -> bool:
    """ "the Six-Day War" (a capitalised duration adjective in an event's name), "a one-day
    international" (cricket's limited-overs game), "scored a century", "a half-century" (a
    batsman's 100 or 50 runs): not durations. Word lists in the lexicon's context words."""
    cw = c.tables["context"]
    if m["n"] and c.cap(m.start("u")) and c.cap(m.start("n")) and nxt in cw.get("duration_name_heads", ()):
        if _RE_CAPITAL_NEXT.match(c.text, c.e):  # "the Six-Day War", "the Thirty Years' War"
            return True
    if u == "day" and c.norm(m["n"]) == "one" and c.low[c.e : c.e + 1] != "-" and nxt in cw.get("one_day_not_before", ()):
        return True
    det_ok = not m["the"] or c.norm(m["the"]) in cw.get("century_score_determiners", ())
    if u == "century" and m["n"] and numeral(m["n"], c.lex) in (1, 0.5) and det_ok and not (m["rel"] or m["suffix"]):
        if c.prev_word() in cw.get("duration_prepositions", ()):
            return False  # "the strongest storm to hit Ireland in half a century": how long
        before = c.words_before()[-3:]
        if any(w.strip(",") in cw.get("century_score_before", ()) for w in before):
            return True
        return _about_a_game(c)
    return False


def _quarter_is_a_fraction(c: Ctx, nxt: str) -> bool:
    """ "a quarter" as a fraction or a rate step: "by a quarter point", "fell a quarter", "cut
    its workforce by a quarter"; not "delayed by a quarter" (a word of plan_for or
    quarter_delay_before before the "by")."""
    cw = c.tables["context"]
    if nxt in cw.get("quarter_fraction_after", ()):
        return True
    before = c.words_before()
    while before and before[-1] in c.tables["qmods"]:
        before.pop()  # "by almost a quarter"
    if not before:
        return False
    if before[-1] in cw.get("quarter_fraction_before", ()):
        return True
    if before[-1] not in cw.get("quarter_fraction_by", ()):
        return False
    verb = before[-2] if len(before) > 1 else ""
    return verb not in cw.get("plan_for", ()) and verb not in cw.get("quarter_delay_before", ())


_RE_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|this\s+|that\s+|last\s+|next\s+)?([a-z0-9]+)")


def p_duration_vague(m: re.Match[str], c: Ctx) -> Out:
    u = m["u"]
    code, gran = _unit_code(c, u)
    rel = m["rel"]
    if rel in ("first", "final", "early", "later", "latter") and not m["the"]:
        return None
    if rel in ("early", "first") and c.next_word() in c.tables["context"].get("of_words", ()):
        if rel == "early" or gran not in ("hour", "day", "week"):
            return None  # "the early hours of Saturday": the day is the expression (the weekday rule's)
        # "in the first hours of the ground war", "the first days of the siege": a stretch of
        # unknown length at the start of an event; not of a calendar unit ("the first days of
        # March", "the first weeks of the year": a time of that unit)
        after = _RE_OF_WHAT.match(c.low, c.e)
        if after is None or after.group(1) in c.tables["months"] or after.group(1) in c.tables["weekdays"]:
            return None
        if after.group(1) in c.tables["units"] or after.group(1).isdigit():
            return None
    if rel == "early" and gran == "hour" and c.ref is not None:
        # "partied until the early hours": the start of the day the story is on, as "the early
        # hours of Wednesday" is, not a stretch of hours
        day = c.story.day_within(c) or c.ref
        r = R.apply_position(R.day(day), "START")
        return r.with_(anchor="previous mention" if day != c.ref else c.ref_anchor())
    if rel in ("next", "last", "past", "following", "previous", "preceding") and not m["the"]:
        if rel not in ("past",):
            return None
    if rel in ("recent", "past") and gran == "year":  # "in recent years": TimeML values it PAST_REF
        return Res("DATE", "PAST_REF", "ref", anchor=c.ref_anchor())
    return Res("DURATION", _vague_dur_value(code, gran), gran)


def p_duration_ahead(m: re.Match[str], c: Ctx) -> Out:
    code, gran = _unit_code(c, m["u"])
    return Res("DURATION", _vague_dur_value(code, gran), gran)


def p_duration_over_the(m: re.Match[str], c: Ctx) -> Out:
    """ "over the years", "In the years that followed", "in the months since": an unknown
    stretch, spanned without what follows ("that followed" is the event's)."""
    cw, prev = c.tables["context"], c.prev_word()
    over = prev in cw.get("units_over_the_after", ())
    if not over and not (m["post"] and prev in cw.get("units_in_the_after", ())):
        return None
    if over and m["u"] == "days" and not m["post"]:
        return None  # "over the days" alone is rare and often "over the days of the festival"
    if c.next_word(m.end("u")) == "of" or c.possessive_at(m.end("u")) or c.low[m.end("u") : m.end("u") + 2].strip()[:1].isdigit():
        return None  # "over the years of war", "over the years 2007 to 2014": a named stretch
    code, gran = _unit_code(c, m["u"])
    return Res("DURATION", _vague_dur_value(code, gran), gran), c.s, m.end("u")


def _vague_dur_value(code: str, gran: str) -> str:
    """ "PXD", "PXDE", "PTXH": an unknown number of a unit ("days", "recent weeks", "a few hours")."""
    val = {"DE": "PXDE", "CE": "PXCE"}.get(code, f"PX{'M' if gran == 'minute' else code}")
    return "PT" + val[1:] if code in ("H", "S") or gran == "minute" else val


def p_duration_indefinite(m: re.Match[str], c: Ctx) -> Out:
    """ "for a while", "for some time", "there to stay for a fairly lengthy period": a stretch
    of unknown length and unit (PXX), after a word that makes it one."""
    if c.prev_word() not in c.tables["context"].get("indefinite_duration_after", ()):
        return None
    return Res("DURATION", "PXX")  # no unit: no granularity


#: the second of two bare units joined ("for weeks or even months", "within days and weeks",
#: "several weeks, perhaps months")
_BARE_UNIT_PAIR = (
    r"\b(?:{bare_unit_after}|{vague_counts})\s+(?:years|months|weeks|days|decades|hours|minutes)"
    r"(?:\s+(?:or|and)\s+(?:(?:{bare_unit_pair_hedges})\s+)?|\s*,\s*(?:(?:or|and)\s+)?(?:(?:{bare_unit_pair_hedges})\s+)?)$"
)


def p_duration_bare(m: re.Match[str], c: Ctx) -> Out:
    if m["one"]:  # "their day-long meeting", "a week-long offensive": one unit long
        code, gran = _unit_code(c, m["one"])
        return Res("DURATION", _dur_value(1, code), gran)
    code, gran = _unit_code(c, m["u"])
    if not m["long"]:
        pw = c.prev_word()
        cw = c.tables["context"]
        if c.next_word() == "of":
            return _bare_unit_of(c, pw, code, gran)
        if (
            pw not in cw.get("bare_unit_after", ())
            and not (
                c.next_word() in cw.get("bare_unit_before", ())
                and pw not in c.tense_cues.object_determiners
                and pw not in cw.get("bare_unit_away_not_after", ())
                and c.text[c.s].islower()  # ("Her novel, Days Away, won": a title)
            )
            and not lex_pattern(c, _BARE_UNIT_PAIR).search(c.low, max(0, c.s - 40), c.s)
        ):
            return None
        if pw in c.tables["context"].get("after_hours_preps", ()) and _after_hours_session(c):
            return None  # "after-hours trading", "in extended trading after hours"
        if c.next_word() in c.tables["context"].get("bare_unit_not_before", ()):
            return None
    return Res("DURATION", _vague_dur_value(code, gran), gran)


_RE_OF_THE = re.compile(r"\s+of\s+the\s+([a-z]+)")
_RE_OF_TITLE = re.compile(r"\s+of\s+[A-Z]")


def _bare_unit_of(c: Ctx, pw: str, code: str, gran: str) -> Out:
    """ "after months of talks", "ending years of war", "Months of Secret Bargaining": a bare
    plural unit before "of" is a vague stretch of what follows when a preposition or a verb
    that opens a stretch governs it, or it starts a sentence; not "the glory years of",
    "kilowatt-hours of electricity" or "the days of the week"."""
    cw = c.tables["context"]
    if c.low[c.s - 1 : c.s] == "-":
        return None
    if pw not in cw.get("bare_unit_of_after", ()):
        # at a sentence start only the long units ("Years of war have ..."): "Minutes of the
        # meeting" are a record, "Hours of operation" a schedule
        if not _starts_sentence(c, c.s) or c.low[c.s : c.e] not in cw.get("bare_unit_of_opening", ()):
            return None
        if _RE_OF_TITLE.match(c.text, c.e):
            return None  # "Days of Our Lives": a title
    m = _RE_OF_THE.match(c.low, c.e)
    if m and m.group(1) in cw.get("bare_unit_of_divisions", ()):
        return None
    return Res("DURATION", _vague_dur_value(code, gran), gran)


def p_fortnight(m: re.Match[str], c: Ctx) -> Out:
    """ "the past fortnight", "over the fortnight", "in the fortnight after the festival": two
    weeks. Without a relative word, only after a word that makes it a stretch ("over", "in",
    "during"; not "the fortnight's events")."""
    if not m["rel"] and c.prev_word() not in c.tables["context"].get("bare_unit_after", ()):
        return None
    return Res("DURATION", "P2W", "week")


def _after_hours_session(c: Ctx) -> bool:
    """ "after hours" as the market session after the close: hyphenated ("after-hours
    trading"), or with a trading word just after it or just before the "after"."""
    if c.low[c.s - 1 : c.s] == "-":
        return True
    words = c.tables["context"].get("after_hours_words", ())
    before = c.words_before()
    return c.next_word() in words or any(w.strip(",") in words for w in before[-3:-1])


# ---------------------------------------------------------------- sets, reference words, holidays, anaphora


_RE_NAME_NEXT = re.compile(r"\s+[A-Z][A-Za-z]")


#: the word before a candidate, in its own case ("Jayakarta" in "the Jayakarta daily")
_RE_TOKEN_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")
_NOUN_END = frozenset(",.;:)\"'”’")


def _names_a_publication(c: Ctx) -> bool:
    """ "the daily said", "Israeli daily newspaper Ha'aretz", "The Cambodia Daily", "told the
    Sabah daily.": the set word names a newspaper or magazine, not a frequency ("barrels daily",
    "a daily report", "we do this daily", "struck Gaza daily in the war")."""
    cw = c.tables["context"]
    if c.next_word() in cw.get("publication_nouns", ()):
        return True
    if c.cap(c.s) and not _starts_sentence(c, c.s):
        return True  # in a name ("The Cambodia Daily")
    after = c.text[c.e : c.e + 3].lstrip(" \t")[:1]
    nxt = c.next_word()
    reported = nxt in cw.get("publication_verbs_after", ())  # "the daily said"
    ends = after == "" or after in _NOUN_END or reported or nxt in cw.get("publication_words_after", ())
    if not ends:
        return False
    before = _RE_TOKEN_BEFORE.search(c.text, max(0, c.s - 40), c.s)
    if before is None:
        return False
    w = before.group(1)
    dets = cw.get("publication_determiners", ())
    if w.lower() in dets:
        return True  # "the daily said", "according to the daily,"
    # "the business daily", "the state-run daily", "the Jayakarta daily", "the national news
    # weekly": modifiers with a determiner before them, or a name before a reporting verb
    # ("Bild daily reported")
    mods = cw.get("publication_before", ())
    at = before.start(1)
    for _ in range(3):
        name = w[0].isupper() and not _starts_sentence(c, at)
        if not (w.lower() in mods or "-" in w or name):
            return False
        if name and reported:
            return True
        prev = _RE_TOKEN_BEFORE.search(c.text, max(0, at - 40), at)
        if prev is None:
            return False
        w, at = prev.group(1), prev.start(1)
        if w.lower() in dets or w.endswith(c.tables["possessive"]):
            return True  # "the ...", "France's Le Figaro daily"
    return False


_RE_SET_PREFIX = re.compile(r"(?:bi|semi|tri)-?$", re.I)


def p_set_word(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    if _RE_SET_PREFIX.search(c.low, max(0, c.s - 5), c.s):
        return (SKIP, c.e)  # "bi-monthly", "semi-annual": twice a month or every two? left untagged
    if c.next_word() in c.tables["context"].get("set_word_not_before", ()):
        return None  # "the daily grind": an idiom, not a frequency
    if w in c.tables["context"].get("publication_words", ()):
        if _RE_NAME_NEXT.match(c.text, c.e) and c.prev_word() not in c.tables["context"].get("set_adjective_after", ()):
            return None  # "the Communist Party daily Granma", "the weekly Der Spiegel": a publication
        if _names_a_publication(c):
            return None
    cw = c.tables["context"]
    if w in cw.get("set_words_adverb_only", ()) and (nw := RE_LOWER_WORD_AFTER.match(c.text, c.e)) is not None and nw.group(1) not in cw.get("set_adverb_next", ()):
        return None  # "quarterly results": an adjective, no frequency ("published quarterly" is one)
    value, quant = c.tables["sets"][w]
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour", "Q": "quarter"}.get(value[-1], None)
    if not quant and (freq := _frequency_before(c, c.s)) is not None:
        k, fstart = freq  # "twice daily", "three times weekly": the frequency is in the span
        return (Res("SET", value, gran, freq=_freq(k)), fstart, c.e)
    return Res("SET", value, gran, quant=quant or None)


def p_set_every(m: re.Match[str], c: Ctx) -> Out:
    q = c.tables["set_quants"][m["q"]]
    other = c.norm(m["other"])
    if m["un"]:  # "every six weeks", "every few days": SET with a period of several units
        code, gran = _unit_code(c, m["un"])
        n = numeral(m["n"], c.lex)  # None for "few", "several"
        if n is None:
            return Res("SET", _vague_dur_value(code, gran), gran, quant=q)
        if n <= 0:
            return None  # "every 0 minutes"
        return Res("SET", _dur_value(n, code), gran, quant=q)
    if m["wd"]:
        if not c.cap(m.start("wd")):
            return None
        w = m["wd"]
        wd = c.tables["weekdays"].get(w) or c.tables["weekdays"].get(w[:-1])
        nw = c.next_word()
        code = c.tables["pods"].get(nw) if nw and c.low[c.e : c.e + 1 + len(nw)] == " " + nw else None
        if code is not None and not code.startswith("T"):
            # "every Saturday night", "every Monday evening": that part of every such day
            return Res("SET", f"XXXX-WXX-{wd}T{code}", "part_of_day", quant=q), c.s, c.e + 1 + len(nw)
        return Res("SET", f"XXXX-WXX-{wd}", "day", quant=q)
    if m["mon"]:
        if not c.cap(m.start("mon")):
            return None
        mo = c.tables["months"][c.norm(m["mon"])]
        nw = c.next_word()
        if m["md"] and 1 <= int(m["md"]) <= calendar.monthrange(2000, mo)[1] and not (nw and nw not in c.tables["context"].get("after_set_day", ())):
            return Res("SET", f"XXXX-{mo:02d}-{int(m['md']):02d}", "day", quant=q)  # "every Feb. 18"
        if m["md"]:
            return Res("SET", f"XXXX-{mo:02d}", "month", quant=q), c.s, m.end("mon")  # "Every April 10 people were killed"
        return Res("SET", f"XXXX-{mo:02d}", "month", quant=q)
    u = m["u"]
    if not u:
        return None
    if u in c.tables["pods"]:
        return Res("SET", f"XXXX-XX-XXT{c.tables['pods'][u]}", "part_of_day", quant=q)
    if u in c.tables["seasons"]:
        return Res("SET", f"XXXX-{c.tables['seasons'][u]}", "season", quant=q)
    if u == "weekend":
        return Res("SET", "XXXX-WXX-WE", "weekend", quant=q)
    if u and " ".join(u.split()) in c.tables["context"].get("weekday_units", ()):
        return Res("SET", "XXXX-WXX-WD", "day", quant=q)  # "every weekday": Monday to Friday
    # "every other week", "every second month", "every third year": a period of that many units
    k = c.tables["context"].get("every_nth", {}).get(other, 1) if other else 1
    if u.startswith("half"):
        nw = c.next_word()
        cw = c.tables["context"]
        if nw in cw.get("every_period_idiom_next", ()) or (u[4:5] == "-" and nw and c.low[c.e : c.e + 1] == " " and nw.isalpha() and nw not in cw.get("every_period_after", ())):
            return None  # "every half hour of the match", "Every half hour counts", "every half-hour session"
        u = "half hour"
    v = {
        "day": f"P{k}D", "week": f"P{k}W", "fortnight": f"P{2 * k}W", "month": f"P{k}M", "year": f"P{k}Y", "quarter": f"P{k}Q",
        "hour": f"PT{k}H", "half hour": f"PT{30 * k}M",
    }[u]  # fmt: skip
    gran = {"fortnight": "week", "half hour": "minute"}.get(u, u)
    return Res("SET", v, gran, quant=q)


#: the grains of a date "then" can stand for ("the offer expires on Nov. 30. Until then"); a year
#: ("began in 1950. Since then") is left untagged, as TBAQ does
_THEN_GRAINS = frozenset({"day", "part_of_day", "minute", "month"})


def p_then_ref(m: re.Match[str], c: Ctx) -> Out:
    """ "until then", "by then", "since then" right after a sentence (or in one) that named a
    day or a month: "then" is that date, spanned alone (the preposition is a signal)."""
    d = c.story.date
    if d is None or d.earliest is None or d.granularity not in _THEN_GRAINS or c.story.date_at < 0:
        return None
    if not c.story.in_sentences(c, c.story.date_at, DATE_SENTENCES):
        return None
    return d.with_(anchor="previous mention", mod=None), m.start("w"), c.e


_THEN_BEFORE = r"\b{then_before_current}[-\s]$"


#: the months a calendar-year season (baseball, Formula One) is over: "next season" said then is
#: the year's own (a season over the new year holds that year too)
SEASON_OFF_MONTHS = 3


def p_ref_word(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    value = c.tables["refwords"][w]
    nxt, pw = c.next_word(), c.prev_word()
    if w == "current":
        if not nxt or nxt in c.tables["current_not_before"] or not c.next_char().isalpha():
            return None
        then = lex_pattern(c, _THEN_BEFORE).search(c.low, max(0, c.s - 6), c.s)
        if then is not None:  # "the then-current price": current then, in the past
            return (Res("DATE", "PAST_REF", "ref", anchor=c.ref_anchor()), then.start(), c.e)
    cond = c.tables["ref_conditions"]
    if w == "recent" and (not c.next_char().isalpha() or nxt in cond.get("recent_not_before", ())):
        return None
    if w == "future" and pw not in cond.get("future_after", ()) and not c.next_char().isalpha():
        return None
    if w == "once":
        if pw not in cond.get("once_after", ()) or nxt in cond.get("once_not_before", ()):
            return None
    if w == "soon" and (pw in cond.get("soon_not_beside", ()) or nxt in cond.get("soon_not_beside", ())):
        return None
    if w == "the past" and nxt in c.tables["units"]:
        return None
    cw = c.tables["context"]
    if (
        w in cw.get("ref_adjective_phrases", ())
        and c.next_char().isalpha()
        and nxt not in cw.get("ref_noun_followers", ())
        and pw not in cw.get("ref_time_after", ())
    ):
        return None  # "the future status of Kosovo", "the future foreign minister": an adjective
    shift = c.tables["season_of_play"].get(w)
    if shift is not None and (
        pw in c.tables["context"].get("season_of_play_not_after", ())
        or nxt in c.tables["context"].get("season_of_play_not_before", ())
    ):
        # "his last season at Ajax", "the last season of the show": a final one; "The next
        # season he scored 20": counted from the story, not the reference
        shift = None
    if shift is not None and c.ref is not None:
        # "last season" said in March 2020: 2019, a year of the 2018-19 season (lexicon
        # [season_of_play]); its interval allows a season over the new year on either side
        y = c.ref.year + int(shift)
        if shift > 0 and c.ref.month <= SEASON_OFF_MONTHS:
            y = c.ref.year  # said in the winter off-season: the season of the year just begun
        return R.year(y).with_(earliest=D(y - 1, 7, 1), latest=D(y + 1, 6, 30), anchor=c.ref_anchor())
    return Res("DATE", value, "ref", anchor=c.ref_anchor())


def p_apposed_nth_day(m: re.Match[str], c: Ctx) -> Out:
    """ "holding on Monday, its third day", "struck villages on Saturday, the first day of the
    truce": the day just named, restated as the Nth of what the clause tells; "Strike enters
    its third day", "the truce holds into its third day" (a present clause): the day it is said
    on. Elsewhere left to `nth_day_of` (its start unknown)."""
    n = _ordinal(c, m["ord"])
    if n is None or n < 1:
        return None
    if (apposed := c.story.apposed_day(c)) is not None:
        return R.day(apposed).with_(anchor="previous mention")
    cw = c.tables["context"]
    if (
        c.ref is not None
        and c.prev_word() in cw.get("nth_day_entered_after", ())
        and (c.tense() in (None, "present") or c.prev_word() in cw.get("nth_day_entered_past", ()))
        and c.next_word() not in cw.get("day_prepositions", ())  # "goes into its second day on Tuesday": that day's
        and not _day_named_after(c)  # "entered its 50th day Sunday", "... yesterday", "... last week"
    ):
        return R.day(c.ref).with_(anchor=c.ref_anchor())
    if c.ref is not None and _title_line(c) and c.tense() in (None, "present") and c.prev_word() in cw.get("nth_day_title_after", ()):
        # a headline's present: "Russia halts Georgia operation on fifth day of conflict",
        # "Gulf ceasefire holds for second day": the day it is published
        return R.day(c.ref).with_(anchor=c.ref_anchor())
    return None


def _day_named_after(c: Ctx) -> bool:
    """Is a day named right after the candidate ("Sunday", "yesterday", "last week")?"""
    nw = c.next_word()
    t = c.tables
    return nw in t["weekdays"] or nw in t["deictic"] or nw in t["last"] or nw in t["next"] or nw in t["context"].get("nth_day_named_after", ())


#: the most words of a title line (`_title_line`)
TITLE_WORDS = 16
_RE_TITLE_END = re.compile(r"[.!?:;\"”’']\s*$")


def _title_line(c: Ctx) -> bool:
    """Is the candidate on a title line: the text's first line or one after a blank line,
    short, with no stop at its end and a line of text after it?"""
    a = c.text.rfind("\n", max(0, c.s - 200), c.s)
    if a < 0 and c.s > 200:
        return False
    if a > 0 and c.text[a - 1] != "\n" and c.text[: a].strip():
        return False  # a line inside a paragraph
    b = c.text.find("\n", c.e, c.e + 200)  # (a title is short: the search stays bounded on dense input)
    if b < 0:
        return False
    line = c.text[a + 1 : b]
    return len(line.split()) <= TITLE_WORDS and not _RE_TITLE_END.search(line)


def p_nth_day_of(m: re.Match[str], c: Ctx) -> Out:
    """ "Today is the eighth day of Desert Shield", "It's the second day of an offensive": the
    day it is said on, after a present copula (context_words.nth_day_copulas); not a day of
    the calendar ("the first day of the month", nth_day_calendar_nouns) nor a day whose
    start the text does not give ("on the third day of talks")."""
    cw = c.tables["context"]
    before = c.low[max(0, c.s - 8) : c.s].rstrip()
    copulas = cw.get("nth_day_copulas", ())
    said_on = c.prev_word() in copulas or any(before.endswith(" " + w) or before == w for w in copulas)
    # ("it's": the previous-word reader stops at the apostrophe)
    if not said_on and c.prev_word() not in cw.get("nth_day_counted_after", ()):
        return None
    after = _RE_WORD_AFTER_OF.match(c.low, c.e)
    t = c.tables
    if after is None or after.group(1) in t["months"] or after.group(1) in t["seasons"]:
        return None
    if after.group(1) in cw.get("nth_day_calendar_nouns", ()):
        # "the first day of the month/year" is the calendar's; "of the truce" an event's,
        # counted from the story's day (a copula's "day of the offensive" stays out, as before)
        noun = _RE_NEXT_WORD_AT.match(c.low, after.end())
        if said_on or noun is None or noun.group(1) in t["units"] or noun.group(1) in t["months"] or noun.group(1) in t["seasons"]:
            return None
    if not said_on:
        # "It resumed on Jan. 8. On the fourth day of the resumed hearing, ...", "They resumed
        # on Sept. 20, and on the third day of talks ...": counted from the day the story just
        # told, as the start of what it names
        n = _ordinal(c, m["ord"]) or 0
        st = c.story
        start = st.day.earliest if st.day is not None and st.in_sentences(c, st.day_at, DATE_SENTENCES) else None
        if start is None or not 2 <= n <= NTH_DAY_MOST:
            return None
        if st.date_rule in ("apposed_nth_day", "nth_day_of") and st.date is not None and st.date.earliest == start:
            return R.day(start).with_(anchor="previous mention")  # "on fifth day of conflict ... on the fifth day of a conflict": the same day
        day = start + dt.timedelta(days=n - 1)
        if c.ref is not None and day > c.ref and c.tense() == "past":
            return None  # "detained on Monday. On the 16th day of his hunger strike, ...": not counted from it
        return R.day(day).with_(anchor="previous mention")
    if c.ref is None:
        return Res("DATE", "XXXX-XX-XX", "day")
    return R.day(c.ref).with_(anchor=c.ref_anchor())


#: the farthest "Nth day of" counted from the day a story told ("on the fourth day of the truce")
NTH_DAY_MOST = 31


_RE_NEXT_WORD_AT = re.compile(r"\s+([a-z]+)")
_RE_WORD_AFTER_OF = re.compile(r"\s+of\s+[`'\"“‘]*(?:an?\s+)?([a-z]+)")


def p_same_time_year(m: re.Match[str], c: Ctx) -> Out:
    """ "the same time last year", "this time last year", "the same weekend a year ago": that
    point a year before the reference, "time" to the month (how far "the same time" stretches
    is not said)."""
    if c.ref is None:
        return Res("DATE", "XXXX", "year")
    try:
        back = c.ref.replace(year=c.ref.year - 1)
    except ValueError:
        back = c.ref.replace(year=c.ref.year - 1, day=28)  # 29 February: the last day of February a year before
    r = R.weekend(back) if m["u"] == "weekend" else R.month(back.year, back.month)
    return r.with_(anchor=c.ref_anchor())
