"""Productions for days and times of day: weekdays, today/yesterday, parts of day, clock times.

A bare weekday is the most recent one on or before the reference unless the clause
looks forward; a named day's part ("Saturday evening") is a DATE, clock times are TIME.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
import itertools
import re

from timeline.temporal.context import (
    _alone_on_line,
    done_by,
    EARLIEST_NIGHT_HOUR,
    _directed_or_cancelled,
    CLOCK_DAY_NOTE,
    FRAME_NOTE,
    RE_CLOCK_ANAPHOR,
    RE_RESTATED_UTC_END,
    month_number,
    SKIP,
    Ctx,
    D,
    Out,
    _anchored,
    _clause_words_before,
    _clock_parts,
    _dir_of,
    _mid_word,
    _midnight,
    _ordinal,
    list_title_above,
    _point_told_from,
    _spoken_clock,
    lex_pattern,
    RE_LOWER_WORD_AFTER,
    RE_TWO_WORDS_AFTER,
    _pluperfect_clause,
    _starts_sentence,
    _unres,
    _weekday_for,
    _went_on_until,
)
from timeline.temporal.grammar import numeral
from timeline.text import line_bounds
from timeline.temporal.quotes import SPEECH_ANCHOR, in_quotation, speech_day
from timeline.temporal.rules_calendar import _is_function_word, _scheduled_participle_before, _year_for_md, p_day_month, p_holiday, p_month_day, p_ordinal_day
from timeline.temporal import resolve as R
from timeline.temporal.resolve import Res
from timeline.temporal.story import (
    BLANK_LINES,
    CLOCK_ANAPHOR_REACH,
    CLOCK_ANAPHOR_REACH_IN_PARAGRAPH,
    DAY_SENTENCES,
    LINE_BREAKS,
    STORY_REPORT_REACH,
    STORY_WEEKDAY_GAP,
)

# patterns used per candidate, compiled once
_RE_LAST_TOKEN = re.compile(r"(\S+)\s+$")
#: a.m./p.m., a zone or a clock word ("local", "o'clock", "in the": context_words.clock_marker_words)
_CLOCK_MARKER = r"[ap]\.?\s?m|gmt|utc|[ecmp][sd]t\b|\bet\b|\bpt\b|^\d{1,2}h\d\d$|{clock_marker_words}"

# ---------------------------------------------------------------- weekdays and deictic days


def _with_time(c: Ctx, day: D | None, pod: str | None, time: str | None, pre: str | None) -> Res | None:
    """A day refined by a part of day or a clock time, or None when neither is present."""
    if time:
        t = _clock_parts(c, time)
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


def _in_weekday_name(c: Ctx, a: int, b: int) -> bool:
    """Is the weekday at ``a:b`` part of a name that holds one ("Sheffield Wednesday", "Tuesday
    Weld", "TGI Fridays"; context_words.weekday_names)?"""
    wd = c.text[a:b]
    for name in c.tables["context"].get("weekday_names", ()):
        i = name.find(wd)
        if i >= 0 and a - i >= 0 and c.text.startswith(name, a - i) and not c.text[a - i + len(name) : a - i + len(name) + 1].isalpha():
            return True
    return False


def _names_a_paper_or_day(m: re.Match[str], c: Ctx) -> bool:
    """ "The Sunday Telegraph", "British Sunday newspapers", "Bloody Sunday", "Super Tuesday":
    the weekday is part of a name, not a day to resolve."""
    cw = c.tables["context"]
    if m.end() == m.end("wd"):
        nxt = c.next_word()
        if nxt in cw.get("weekday_not_before", ()):
            return True
        if nxt in cw.get("weekday_paper_names", ()):
            after = c.text[c.e : c.e + 40].lstrip(" ").split(" ")
            # "the Sunday Times reported", not "said Monday Times Square was closed"
            if after[0][:1].isupper() and not (len(after) > 1 and after[1][:1].isupper()):
                return True
    if _in_weekday_name(c, m.start("wd"), m.end("wd")):
        return True
    if m.start() == m.start("wd"):
        before = c.text[max(0, c.s - 20) : c.s].rstrip(" ").split(" ")
        if before[-1][:1].isupper() and before[-1].lower() in cw.get("weekday_named_after", ()):
            return True
        # "The Mail on Sunday", "the Independent on Sunday"
        if len(before) > 1 and before[-1] in cw.get("day_prepositions", ()) and before[-2][:1].isupper() and before[-2].lower() in cw.get("weekday_paper_on", ()):
            return True
    if m["pod"] and m.end() == m.end("pod") and c.cap(m.start("pod")) and c.text[c.e : c.e + 2].strip()[:1].isupper():
        if c.next_word() in cw.get("weekday_show_after", ()):
            return True  # "Saturday Night Live", "Monday Night Football": a show
    return False


_INDEFINITE_BEFORE = r"(?:\b{day_prepositions}|,)\s+(\w+)\s+$"


def _indefinite_day(m: re.Match[str], c: Ctx) -> bool:
    """ "on a Wednesday", "on Jan. 7, a Wednesday": an article after "on" or a comma makes the
    weekday no particular day (or a restatement of the date); "attended a Sunday night memorial
    service" is that Sunday's."""
    got = lex_pattern(c, _INDEFINITE_BEFORE).search(c.low, max(0, m.start("wd") - 12), m.start("wd"))
    return bool(got) and got.group(1) in c.tables["context"].get("indefinite_articles", ())


_RE_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:and|but|when|as)\b)")


def _that_determiner(m: re.Match[str], c: Ctx) -> bool:
    """Is the "that" before a weekday a determiner ("That Friday, workers...", "on that
    Friday"), not the conjunction of reported speech ("said that Friday's vote...")?"""
    if c.low[m.end("rel") : m.start("wd")].strip() or c.possessive_at(c.e):
        return False  # "that on Tuesday", "that Sunday's elections"
    if _starts_sentence(c, m.start("rel")):
        return True  # "... at the port. That Friday, police cleared the docks."
    cw = c.tables["context"]
    pw = c.prev_word(m.start("rel"))
    if pw in cw.get("that_day_after", ()):
        return True
    # "signed at 5 p.m. local time that Friday, and ...", "It was signed that Friday.": nothing
    # follows as the subject of a clause ("said that Friday was a holiday" has its verb)
    if pw in cw.get("that_conjunction_after", ()) or pw in c.tense_cues.reporting:
        return False
    return _RE_CLAUSE_END.match(c.low, m.end("wd")) is not None


def p_weekday(m: re.Match[str], c: Ctx) -> Out:
    if not c.cap(m.start("wd")):
        return None
    if _names_a_paper_or_day(m, c):
        return None
    if not m["rel"] and not m["mon"] and _indefinite_day(m, c):
        return None  # "on Jan. 7, a Wednesday", "on a Wednesday morning": no particular day
    wd = c.tables["weekdays"][m["wd"]]
    if m["mon"] and m["d"] is None and m["dw"] is None:
        return None
    if m["mon"] and c.norm(m["rel"]) == "that" and not _that_determiner(m, c):
        return None  # "recalled that on Tuesday, April 20, the rig exploded": the date alone
    if m["bmon"]:  # "the early hours of Tuesday 30 September": the date decides
        mo, d = c.tables["months"][c.norm(m["bmon"])], int(m["bd"])
        y = int(m["by"]) if m["by"] else _year_for_md(c, mo, d, wd)
        try:
            r = R.day(D(y, mo, d)) if y else _unres(f"XXXX-{mo:02d}-{d:02d}", "day")
        except ValueError:
            return None
        r = r if m["by"] else _anchored(r, c)
        return _after_early_hours(m, R.apply_position(r, "START") if m["eh"] else r, c, "wd")
    if m["mon"]:  # "this coming Sunday, March eighth": the date decides
        r = p_month_day(m, c)
        if isinstance(r, Res) and m["eh"]:  # "the early hours of Saturday, May 4"
            return _after_early_hours(m, R.apply_position(r, "START"), c, "wd")
        return r
    rel = c.norm(m["rel"])
    nd = m["nd"] or (str(_ordinal(c, m["ndw"]) or "") if m["ndw"] else None)  # "Thursday the thirteenth"
    if m["nd"] and not rel and _titled_day_number(m, c):
        return None  # "A remake of Friday the 13th": a title, no day
    if (
        nd
        and not rel
        and c.ref is not None
        and (dated := _weekday_with_day_number(c.ref, wd, int(nd), _day_tense(c))) is not None
    ):
        # "THURSDAY 24", "Friday the 13th": the date nearest the reference with that weekday and day
        return _with_time(c, dated, m["pod"], m["time"], m["pre"]) or R.day(dated).with_(anchor=c.ref_anchor())
    if m["wkafter"] and not rel and c.ref is not None:
        # "Thursday week" (British): a week after the coming Thursday
        day = R.weekday_near(c.ref + dt.timedelta(days=1), wd, 1) + dt.timedelta(days=7)
        return _with_time(c, day, m["pod"], m["time"], m["pre"]) or R.day(day).with_(anchor=c.ref_anchor())
    if m["post"] and not rel:
        # "sold out by Friday last", "the hearing on Monday next": last Friday, the coming Monday
        rel = "last" if c.norm(m["post"]) == "last" else "this coming"
    mod = c.tables["pos_words"].get(rel) or ("START" if m["eh"] else None)
    if c.ref is None:
        r = _with_time(c, None, m["pod"], m["time"], m["pre"]) or _unres("XXXX-XX-XX", "day")
        return _after_early_hours(m, r.with_(mod=mod) if mod else r, c, "wd")
    ref = c.ref
    story = None
    if rel == "the next":  # "The next Monday, he met Bush": in a told story, the following one
        rel = "the following" if c.story.told_past(c) else "next"
    if rel == "that" and not _that_determiner(m, c):
        return None  # "told AFP that Friday's demonstration...", "said that on Tuesday": a conjunction
    if rel == "that" and c.story.day is not None:  # "That Friday, workers occupied the site": the one on or after the day told of
        base = c.story.day_within(c) or ref
        day = R.weekday_near(base, wd, 1)
        story = day if base != ref else None  # counted from the story: what its later weekdays count from
    elif rel == "that":  # no day told of: the plain weekday under the clause's tense
        day = _weekday_for(ref, wd, _day_tense(c))
    elif rel in ("the previous", "the following"):  # anaphoric: from the day the text is on
        base = c.story.day_within(c) or ref
        step = -1 if rel == "the previous" else 1
        day = R.weekday_near(base + dt.timedelta(days=step), wd, step)
        story = day if base != ref else None  # counted from the story's day
    elif rel in _DEICTIC_WEEKDAY_RELS:
        day = _deictic_weekday(c, ref, rel, wd)
    elif m["wrel"]:  # "on Monday last week", "Friday next week": that day of the named week
        day = _weekday_of_week(ref, wd, _dir_of(m["wrel"], c))
    elif c.day_hint is not None and c.day_hint[0] == m.start("wd"):
        day = c.day_hint[1]
    elif not rel and not m["post"] and (restated := _headline_day_in_lead(c, wd)) is not None:
        day = restated  # "Election period, gun ban start Sunday" / "... would begin on Sunday, January 10"
    elif not rel and not m["post"] and (after_told := _the_weekday_after_day_told(c, wd)) is not None:
        day = after_told  # "arrive in the UK on Thursday 12 July ... Protests are planned ... on the Friday"
        story = day
    elif not rel and not m["post"] and _next_week_before(c):
        # "Outlook for next week: Unsettled from Monday": that day of next week
        day = _weekday_of_week(ref, wd, 1)
    elif not rel and not m["post"] and c.ref is not None and _week_ahead_item(c):
        # "The week ahead\n- Monday: Markets reopen\n- Wednesday: Independence Day.": the coming one
        day = R.weekday_near(ref + dt.timedelta(days=1), wd, 1)
    elif not rel and not m["post"] and (heading := _diary_heading_tense(c)) is not None:
        # "MONDAY\nDavid Cameron makes his last visit of the campaign.": a diary's day, ahead
        # unless what is told under it is past (a week in review)
        day = _weekday_for(ref, wd, heading)
    elif (named := _named_day_before(c, wd) or _holiday_in_apposition(c, ref, wd)) is not None:
        # "Edinburgh's Hogmanay street party on Sunday", "on Saturday, Chinese New Year's Eve":
        # the day named beside it, when it falls on it
        day = named
    else:
        story = _story_weekday(c, wd) if not m["eh"] else None
        first = _coordinated_day(c) if story is None else None
        if first is not None and first != ref:
            # "disruption on Wednesday and Saturday": the second looks the way the first did
            # (not from today's: "statements made Friday and Thursday", said on a Friday)
            day = R.weekday_near(ref, wd, 1 if first > ref else -1)
            if first > ref and day <= first:
                # "Work resumes on Wednesday, June 28, or on Thursday", "testifies on Wednesday and
                # Thursday" (said on a Thursday): the one after the first day, still ahead
                day = R.weekday_near(first + dt.timedelta(days=1), wd, 1)
        elif first is not None:
            # joined to the reference day itself ("advisories for Friday and Saturday", "tonight
            # and Friday afternoon", said on a Friday, on a Thursday): the nearer such day
            # (in a clause that looks ahead, the coming one: "Banks will be closed today and Tuesday")
            at = c.story.date_at
            head = _RE_LAST_WORD_AT.search(c.text, max(0, at - 30), at)
            first_tense = c._tense(c.text, head.start(1), at) if head else None  # type: ignore[attr-defined]
            day = _weekday_for(ref, wd, "future" if "future" in (first_tense, c.tense()) else "present")
        else:
            # "until the early hours of Saturday": how long something went on, not a deadline
            t = c.tense() if m["eh"] else _day_tense(c)
            if t is None and not rel and not c.possessive_at(c.e) and _notice_before(c):
                t = "future"  # "Funeral Mass on Monday at 11am": a notice of what is to come
            day = story or _after_range_start(c, wd, _weekday_for(ref, wd, t))
            seen = c.story.weekdays.get(wd)
            if (
                story is None
                and seen is not None
                and seen != day
                and (t in (None, "present") or c.possessive_at(c.e))
                and not (seen > ref and _starts_sentence(c, c.s) and c.tense() == "past" and not _planned_possessive(c))
            ):
                # "the tally appeared Thursday afternoon ... Thursday's vote could cost ...": a
                # weekday named again with no firm tense of its own is the day it was told as
                # (not the subject of a past deed told of a day ahead: "pickups will be made
                # Tuesday. Tuesday's blizzard dropped two feet" is the Tuesday gone; but
                # "canceled Monday's performances" may be of the Monday ahead)
                day = seen
            elif story is None and t in WEEKDAY_FIRM_TENSES and not m["eh"] and wd not in c.story.weekdays and c.tense() == t:
                # the first time it is told in a plain past or future clause (not one a deadline
                # word turned: "was 4.9 trillion yuan by Friday")
                c.story.weekdays[wd] = day
    split = _clock_apart(m, c, day, "wrel" if m["wrel"] else "wd")
    r = _with_time(c, day, m["pod"], None if split else m["time"], m["pre"])
    r = _as_date(r) if r is not None else R.day(day)
    r = r.with_(anchor="previous mention") if story else _anchored(r, c)
    if c.day_hint is not None and c.day_hint[0] == m.start("wd"):
        r = r.with_(note=CLOCK_DAY_NOTE)  # the clock before it placed the story; this does not move it
    r = R.apply_position(r, mod) if mod else r
    if split:
        return r, c.s, split
    return _after_early_hours(m, r, c, "wd")




#: the clause tenses that fix a bare weekday firmly enough for a later bare mention of it
WEEKDAY_FIRM_TENSES = ("past", "future")

_RE_AT_BETWEEN = re.compile(r"^,?\s+at\s+$")

#: what may stand between a day-precise date and a weekday that restates it: a few lowercase
#: words of the same noun phrase ("Hogmanay street party on", "Youth Day on"), none that opens
#: another phrase or clause ("on January 9 after their match on Tuesday was postponed")
_RE_NAMED_THEN_ON = re.compile(
    r"(?:['’]s)?(?:[ \t]+(?!(?:after|before|since|until|than|and|but|or|when|while|that|which|who|as|because|if|from|to)\b)[a-z][a-z-]*){0,3}[ \t]+on[ \t]+"
)


#: how far into the text the lead that restates a headline's weekday with its date may reach
HEADLINE_LEAD_CHARS = 600
#: a capitalised word (a weekday, when it is one) followed by a date in either order
_RE_DAY_WITH_DATE = re.compile(
    r"\b(?P<wd>[A-Z][a-z]+),?\s+(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>[A-Z][a-z]{2,8}))"
)


def _headline_day_in_lead(c: Ctx, wd: int) -> D | None:
    """A bare weekday in the opening line (a headline, no final stop) that the lead restates with
    its date ("Comelec: Election period, gun ban start Sunday" / "... would begin on Sunday,
    January 10"): that date, in the year nearest the reference that puts it on that weekday."""
    if c.ref is None or c.s > HEADLINE_LEAD_CHARS // 3:
        return None
    first_nl = c.text.find("\n")
    if first_nl < 0 or c.s > first_nl or c.text[:first_nl].rstrip().endswith((".", "?", "!")):
        return None
    name = c.text[c.s : c.e].split()[0]
    mm = next((x for x in _RE_DAY_WITH_DATE.finditer(c.text, first_nl, HEADLINE_LEAD_CHARS) if x["wd"] == name), None)
    if mm is None:
        return None
    mo = month_number(c.tables["months"], mm["mon"] or mm["mon2"])
    if mo is None:
        return None
    d = int(mm["d"] or mm["d2"])
    for y in (c.ref.year, c.ref.year + 1, c.ref.year - 1):
        try:
            day = D(y, mo, d)
        except ValueError:
            continue
        if day.isoweekday() == wd and abs((day - c.ref).days) <= 14:
            return day
    return None


_RE_THE_BEFORE = re.compile(r"\bthe\s+$")


def _the_weekday_after_day_told(c: Ctx, wd: int) -> D | None:
    """ "the Friday" right after a day told ("Trump will arrive on Thursday 12 July ... Protests
    are planned on the Friday"): the first such weekday after it, within the week; not before a
    noun ("the Friday prayers") nor with no day told in the two sentences before."""
    if _RE_THE_BEFORE.search(c.low, max(0, c.s - 6), c.s) is None:
        return None
    nxt = c.next_word()
    if nxt and c.text[c.e : c.e + 1] == " " and (not _is_function_word(c, nxt) or nxt in c.tables["context"].get("the_weekday_not_before", ())):
        return None  # "the Friday prayers"; "the Monday before the service", "the Tuesday after the first Monday"
    d = c.story.day
    if d is None or d.earliest is None or not c.story.in_sentences(c, c.story.day_at, 2):
        return None
    day = R.weekday_near(d.earliest + dt.timedelta(days=1), wd, 1)
    return day if (day - d.earliest).days <= 6 else None


def _weekday_of_week(ref: D, wd: int, k: int) -> D:
    """Weekday ``wd`` of the week ``k`` weeks from the reference's (ISO weeks, Monday first)."""
    return ref - dt.timedelta(days=ref.isoweekday() - wd) + dt.timedelta(days=7 * k)


_RE_NEXT_WEEK = re.compile(r"\bnext\s+week\b(?!['’]s)")


def _next_week_before(c: Ctx) -> bool:
    """Does "next week" come before a bare weekday in its sentence, in a clause that is not
    past ("The talks resume next week, with a first session on Tuesday")?"""
    a, _ = c.sentence()
    nw = _RE_NEXT_WEEK.search(c.low, a, c.s)
    if nw is None or c.tense() == "past":
        return False
    # not across a contrast ("The heat breaks next week, but not before temperatures peak on Wednesday")
    return lex_pattern(c, _CONTRAST).search(c.low, nw.end(), c.s) is None


_CONTRAST = r"\b(?:{next_week_reach_stops})\b"


def _named_day_before(c: Ctx, wd: int) -> D | None:
    """The day of a date or holiday named just before "on <weekday>" in the same phrase, or
    just before the weekday in apposition ("tomorrow, Sunday"), when it falls on that weekday
    ("the long weekend for Youth Day on Friday", "Edinburgh's Hogmanay street party on
    Sunday"): the weekday restates it, whatever the clause's tense."""
    told = c.story.date
    if told is None or told.earliest is None or told.granularity not in ("day", "minute") or not _RE_ISO_DAY.match(told.value):
        return None  # a day (a holiday of a lunar calendar too: "Diwali itself is on Saturday")
    apposed = _RE_APPOSED.fullmatch(c.text, c.story.date_at, c.s) is not None
    if told.granularity == "minute" and not apposed:
        return None  # a clock's day only in apposition ("at 7 a.m. tomorrow, Sunday")
    day = D.fromisoformat(told.value[:10])
    if day.isoweekday() != wd or not 0 <= c.s - c.story.date_at <= 40:
        return None
    return day if apposed or _RE_NAMED_THEN_ON.fullmatch(c.text, c.story.date_at, c.s) is not None else None


#: a weekday in apposition right after the day it restates ("tomorrow, Sunday", "today (Monday)")
_RE_APPOSED = re.compile(r"\s*(?:,|\()\s*")


_RE_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")

#: how far from the reference a holiday in apposition to a weekday may fall
APPOSED_HOLIDAY_DAYS = 7


def _holiday_in_apposition(c: Ctx, ref: D, wd: int) -> D | None:
    """ "fully booked for reunion dinners on Saturday, Chinese New Year's Eve": a holiday set
    right after the weekday restates it, when it falls on that weekday within a week of the
    reference, whatever the clause's tense."""
    pat = c.tables["patterns"].get("holiday_apposition")
    if pat is None:
        names = sorted(c.tables["holidays"], key=len, reverse=True)
        alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        pat = c.tables["patterns"]["holiday_apposition"] = re.compile(r",\s+(?:the\s+)?(" + alts + r")(?![\w'’-])")
    mm = pat.match(c.low, c.e)
    if mm is None:
        return None
    spec = c.tables["holidays"].get(c.norm(mm.group(1)).replace("’", "'"))
    if not spec:
        return None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            day = R.holiday(spec, y)
        except ValueError:
            return None
        if day is not None and day.isoweekday() == wd and abs((day - ref).days) <= APPOSED_HOLIDAY_DAYS:
            return day
    return None


def _clock_apart(m: re.Match[str], c: Ctx, day: D | None, head: str) -> int | None:
    """ "Friday at 2:46 p.m.", "yesterday at 11:56 a.m.": TimeML leaves the signal "at" out,
    so the day and the clock are two expressions. Where the day's span ends (after its part of
    day), having left the day for the clock to read (`Ctx.clock_hint`); None when the clock
    follows without "at" ("Wednesday 10 a.m."), or a date or "the early hours" are in the span."""
    if not m["time"] or m["eh"] or ("mon" in m.re.groupindex and (m["mon"] or m["bmon"])):
        return None
    end = m.end("pod") if m["pod"] else m.end(head)
    if not _RE_AT_BETWEEN.match(c.low[end : m.start("time")]):
        return None
    if day is not None:
        c.clock_hint = (m.start("time"), day)
    return end


_DEICTIC_WEEKDAY_RELS = ("last", "this past", "next", "this coming", "this")


def _deictic_weekday(c: Ctx, ref: D, rel: str, wd: int) -> D:
    """ "last/next/this (coming|past) <weekday>": counted from the reference; "this Monday"
    by the clause's tense."""
    if rel in ("last", "this past"):
        return R.weekday_near(ref - dt.timedelta(days=1), wd, -1)
    if rel in ("next", "this coming"):
        day = R.weekday_near(ref + dt.timedelta(days=1), wd, 1)
        if rel == "next" and day == ref + dt.timedelta(days=1):
            day += dt.timedelta(days=7)  # "next Wednesday" said on a Tuesday: tomorrow would be "tomorrow"
        return day
    # "this Saturday" is that day of the week the reference is in ("Surrey has one this
    # Saturday", said on a Tuesday: four days on, not three back); said on a Sunday, of the
    # week starting then
    day = ref + dt.timedelta(days=wd - ref.isoweekday())
    if ref.isoweekday() == 7 and day < ref:
        day += dt.timedelta(days=7)
    t = c.tense()
    if t in ("future", "present") and day < ref:
        # "will start this Monday", said on a Sunday; "the meeting is this Monday", said on a
        # Thursday: the coming one
        day += dt.timedelta(days=7)
    elif t == "past" and day > ref:
        day -= dt.timedelta(days=7)  # "were announced this Sunday", said on a Tuesday
    return day


# a figure may stand before the joined day in a list of forecasts ("40C on Monday, 42C on Tuesday")
_RE_COORDINATED = re.compile(r"\s*(?:,\s*|\s(?:and|or)\s+|,\s*(?:and|or)\s+)(?:\d[\w.°%]*\s+)?(?:on\s+)?$")


_RE_LAST_WORD_AT = re.compile(r"(\w+)\W*$")

#: the mentions a weekday joined to them by "and"/"or" looks the way of ("on Wednesday and
#: Saturday", "tonight and Friday afternoon", "today and Tuesday")
_COORDINATED_RULES = frozenset({"weekday", "deictic_day", "deictic_part", "month_day", "day_month"})


#: how many words back, within its clause, a notice's event noun may stand before the weekday
NOTICE_WORDS = 8
_RE_CLAUSE_BREAK = re.compile(r"[;:.!?()\n]")
_RE_LOW_WORD = re.compile(r"[a-z][a-z-]*")


_DECLARED_PAIR_BEFORE = r"\b(?:{declare_pair_auxiliaries})\s+(?:\w+\s+)?(?:{declare_verbs})\s+(?:both\s+)?(?:[a-z]+\s+and\s+)?$"
_DECLARED_PAIR_AFTER = r"(?:\s+and\s+[a-z]+)?\s+(?:(?:{declare_object_next})\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)"


def _declared_pair(c: Ctx) -> bool:
    """Is the weekday one of two joined by "and" that a verb of declaring, in the present
    perfect or ahead, makes days of a kind ("has declared both Monday and Tuesday public
    holidays", "will declare Thursday and Friday holidays"): days near the declaration? Not a
    declaration told in the past ("declared Monday and Tuesday public holidays, but many
    businesses stayed open"), which keeps the clause's reading. (One day alone: the rule above.)"""
    cw = c.tables["context"]
    before = lex_pattern(c, _DECLARED_PAIR_BEFORE).search(c.low, max(0, c.s - 40), c.s)
    if before is None:
        return False
    after = lex_pattern(c, _DECLARED_PAIR_AFTER).match(c.low, c.e)
    if after is None or (" and " not in c.low[before.start() : c.s] and not c.low[c.e : after.start(1)].strip().startswith("and")):
        return False  # one day alone is the rule above's
    return bool(set(after.group(1).split()) & set(cw.get("declare_object_nouns", ())))


def _notice_before(c: Ctx) -> bool:
    """Does the weekday's clause name, a few words before it, an event of a notice (lexicon
    context.notice_event_nouns: "Funeral Mass on Monday", "Reposing at the funeral home on
    Sunday", "Memorial service Monday")? Called only where the clause has no tense."""
    a = c.sentence()[0]
    breaks = list(_RE_CLAUSE_BREAK.finditer(c.low, a, c.s))
    lo = breaks[-1].end() if breaks else a
    clause = _RE_LOW_WORD.findall(c.low[lo : c.s])
    words = clause[-NOTICE_WORDS:]
    cw = c.tables["context"]  # its word lists are sets already
    nouns = cw.get("notice_event_nouns", frozenset())
    not_verbs = cw.get("ing_not_verbs", frozenset())
    if any(w.endswith("ing") and w not in nouns and w not in not_verbs for w in clause):
        return False  # "Obama, speaking at an interfaith vigil on Sunday night, said": a participle's clause
    return not nouns.isdisjoint(words)


def _coordinated_day(c: Ctx) -> D | None:
    """The day of a bare weekday just before this one, joined to it ("on Wednesday and
    Saturday", "Monday, Tuesday or Friday") and read from the reference, or None."""
    st = c.story
    d = st.date
    if d is None or st.date_rule not in _COORDINATED_RULES or d.granularity not in ("day", "part_of_day") or d.earliest is None:
        return None
    if not (d.anchor or "").startswith("reference") or not 0 < c.s - st.date_at <= PARALLEL_ITEM_CHARS:
        return None
    if c.s - st.date_at <= 12 and _RE_COORDINATED.match(c.low, st.date_at, c.s) is not None:
        return d.earliest
    return d.earliest if _parallel_day(c) else None


#: what follows a list item's day: the next item, or the list's end
_RE_LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)!?]|\n|$|(?:and|or)\b)")
_RE_SENTENCE_GAP = re.compile(r"[.;:!?]\s|\n")
#: how far (characters) a list item's day may follow the day of the item before it
PARALLEL_ITEM_CHARS = 60


#: a parallel item of a list of days: ", Christchurch on", ", and the South Island on"
_RE_PARALLEL_ITEM = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?((?:[\w'’.-]+\s+){1,7})on\s+$")


def _parallel_day(c: Ctx) -> bool:
    """Is this weekday an item of a list whose items each name a thing and its day ("parades
    in Auckland on Friday, Christchurch on Saturday", "schools would close on Monday, the rest
    of the island on Tuesday, and the South Island on Wednesday")? The item's words must be a
    noun phrase (a name or a determiner first, no verb: not "began on Monday, end on Friday",
    "said on Monday, the suspect was seen on Saturday")."""
    st = c.story
    if not c.low[: st.date_start].rstrip().endswith(" on"):
        return False
    m = _RE_PARALLEL_ITEM.match(c.low, st.date_at, c.s)
    if m is None or _RE_SENTENCE_GAP.search(c.text, st.date_at, c.s) is not None:
        return False
    if _RE_LIST_GOES_ON.match(c.low, c.e) is None:
        return False  # "Talks will resume on Thursday, and a strike on Monday killed 20": a clause of its own
    raw = c.text[m.start(1) : m.end(1)].split()
    cw = c.tables["context"]
    placed = raw[0].lower() in cw.get("parallel_item_places", ()) and len(raw) > 1 and raw[1][:1].isupper()
    if not (raw[0][:1].isupper() or raw[0].lower() in cw.get("parallel_item_openers", ()) or placed):
        return False  # ("Flights resume to Bali on Friday, to Lombok on Saturday": a preposition and a name)
    cues = c.tense_cues
    verbs = c.tables["patterns"].get("verb_words")
    if verbs is None:
        verbs = c.tables["patterns"]["verb_words"] = frozenset(
            cues.past | cues.present | cues.present_schedule | cues.present_plain | cues.modal_future | cues.irregular_past
        )
    words = [w.lower().strip(".,") for w in raw]
    return not any(w in verbs or (len(w) > 4 and w.endswith(cues.past_suffixes)) for w in words)




def _story_weekday(c: Ctx, wd: int) -> D | None:
    """A bare weekday in a past clause of a story told from a dated day well before the
    reference ("On Monday, Aug. 29, 2005, Katrina made landfall. By Wednesday, the levees had
    failed", published months later): the first such weekday on or after the story's day (the
    story is told forward), or, in a pluperfect clause not looking to a deadline, the last one
    on or before it ("On Saturday, officials had ordered an evacuation"). The story's day must
    open a story (``Story.day_told``: a date given with its weekday or framing its sentence,
    or a weekday of that story), in the same paragraph or the three sentences before; a date
    inside a sentence is too often background ("stormed Tiananmen Square on June 4, 1989.
    Ministers agreed Monday..."). A future seen from that day ("said they would vote on
    Friday") is the first such weekday after it. A clause that reports ("On Tuesday, the
    mayor said...") or is otherwise not past is back in the present: None."""
    if (week := _reported_in_past_week(c, wd)) is not None:
        return week  # "who announced last week that he would resign on Friday": that week's Friday
    d = c.story.day
    if d is None or d.earliest is None or c.ref is None:
        return None
    if c.possessive_at(c.e) or d.earliest > c.ref:
        return None
    a, b = c.sentence()
    told = c.story.told_day_near(c)
    t = c.tense()
    if t == "future" and _future_seen_from(c, a, told):
        # "On March 3, officials said they would vote on Friday": the first Friday after the
        # story's day, not after the reference (however near: "On May 16" -> May 17)
        return R.weekday_near(d.earliest + dt.timedelta(days=1), wd, 1)
    if (c.ref - d.earliest).days < STORY_WEEKDAY_GAP:
        return None
    if not told:
        return None  # "agreed Monday" after "stormed Tiananmen Square on June 4, 1989": a report's day
    if t != "past":
        return None
    cw = c.tables["context"]
    hearing = set(c.tense_cues.reporting) | set(cw.get("hearing_verbs", ()))
    if (c.ref - d.earliest).days > STORY_REPORT_REACH and (
        any(w.strip(",.;:\"'“”") in hearing for w in c.low[a:b].split())
        or any(p in c.low[a:b] for p in cw.get("hearing_passives", ()))
    ):
        return None  # "On Tuesday, the mayor said the city would rebuild", "The court heard on Tuesday": the report's day
    if _pluperfect_told(c, b) and c.prev_word() not in c.tables["context"].get("deadline_before", ()):
        day = R.weekday_near(d.earliest, wd, -1)
    else:
        day = R.weekday_near(d.earliest, wd, 1)
    return day if day < c.ref else None


def _reported_in_past_week(c: Ctx, wd: int) -> D | None:
    """A future reported in a past week ("announced last week that he would resign his seat on
    Friday"): that weekday of the week the report dates, when it is before the reference; the
    week must be told right after a past reporting verb in this sentence, before the weekday."""
    told = c.story.date
    if told is None or told.granularity != "week" or told.earliest is None or told.latest is None or c.ref is None:
        return None
    a, _ = c.sentence()
    if not a <= c.story.date_start < c.s or told.latest >= c.ref or c.tense() != "future":
        return None
    before = [w.strip(",.;:\"'“”") for w in c.low[a : c.story.date_start].split()]
    cues = c.tense_cues
    if not before or before[-1] not in cues.reporting_past:
        return None
    day = R.weekday_near(told.earliest, wd, 1)
    return day if day < c.ref else None


_RE_WORD_AFTER_SPACE = re.compile(r"[ \t]+([a-z]+)")


def _future_seen_from(c: Ctx, a: int, told: bool) -> bool:
    """Is a future clause (its sentence from ``a``) seen from the story's day: a "would" in a
    story opened by that day ("On Monday, Aug. 29, 2005, Katrina made landfall. Officials said
    they would reopen the airport on Friday"), or a future reported from a day that dates the
    report in this sentence ("On March 3, officials said they would vote on Friday", "said on
    April 2 it will report on Thursday"); not from a background date ("Smith, arrested on
    March 3, said he would plead guilty on Friday")?"""
    cues = c.tense_cues
    words = [w.strip(",.;:\"'“”") for w in c.low[a : c.s].split()]
    if told and _plan_in_the_past(c):
        return True  # "would", "The truce was due to start on Thursday", after "On Wednesday, Nov. 22"
    if _due_right_after_day(c, a):
        # "Flight AF447 left Rio at 7:03 p.m. on Sunday for an 11-hour flight. It was due to land
        # at 11:15 a.m. on Monday": a schedule as it stood on the day the sentence before told
        return True
    if not a <= c.story.day_start or not any(w in cues.reporting_past for w in words):
        return False
    before = [w.strip(",.;:\"'“”") for w in c.low[a : c.story.day_start].split()]
    after = _RE_WORD_AFTER_SPACE.match(c.low, c.story.day_at)
    frames = len(before) <= 1 and c.low[c.story.day_at : c.story.day_at + 1] == ","  # "On March 3, officials said"
    next_to_verb = (before[-1:] and before[-1] in cues.reporting_past) or (
        before[-2:-1] and before[-2] in cues.reporting_past and before[-1] in c.tables["context"].get("day_prepositions", ())
    )  # "said on April 2", "announced Monday"
    verb_after = after is not None and after.group(1) in cues.reporting_past  # "on April 2 said"
    # "told her constituency party last Monday that she would resign on Friday": the day between
    # the reporting verb's object and the "that" of what was reported
    verb_that = after is not None and after.group(1) == "that" and any(w in cues.reporting_past for w in before[-REPORT_OBJECT_WORDS - 1 :])
    return bool(frames or next_to_verb or verb_after or verb_that)


#: how many words (the reporting verb's object) may stand between it and the day that dates it
REPORT_OBJECT_WORDS = 4


def _due_right_after_day(c: Ctx, a: int) -> bool:
    """Does the sentence (from ``a``) open with its subject and "was/were due to" (a schedule as
    it stood then), right after the sentence that told the story's day in a past clause?"""
    d = c.story.day
    if d is None or c.story.day_start >= a or not c.story.in_sentences(c, c.story.day_at, 1):
        return False
    words = [w.strip(",.;:\"'“”") for w in c.low[a : c.s].split()]
    joined = " ".join(words[:5])
    return any(p + " to" in joined for p in c.tables["context"].get("due_past_phrases", ()))


def _plan_in_the_past(c: Ctx) -> bool:
    """Is the clause before the candidate a plan seen from the past ("It was due to land at
    6:30 a.m.", "it would land at 6:30 a.m.")? Its time stays on the story's day."""
    cues = c.tense_cues
    a = c.sentence()[0]
    words = [w.strip(",.;:\"'“”") for w in c.low[a : c.s].split()]
    if any(w in cues.future_in_past for w in words):
        return True
    joined = " " + " ".join(words) + " "
    return any(p in joined for p in cues.future_in_past_phrases)


def _pluperfect_told(c: Ctx, end: int) -> bool:
    """Is the weekday's clause in the pluperfect, the auxiliary before it in its clause or after
    it up to ``end`` or a relative pronoun ("On Saturday, officials had ordered an evacuation";
    not "On Thursday, buses arrived that had been sent")?"""
    if _pluperfect_clause(c):
        return True
    cues = c.tense_cues
    for w in c.low[c.e : end].split():
        w = w.strip(",.;:\"'“”")
        if w in cues.relatives or w in cues.reporting:
            return False  # "buses arrived that had been sent", "Hamas said it had accepted"
        if w in cues.pluperfect:
            return True
    return False


def _after_early_hours(m: re.Match[str], r: Res, c: Ctx, head: str) -> Out:
    """Span "the early hours of Tuesday" as "Tuesday" (with its mod START), as TimeML does."""
    if not m["eh"]:
        return r
    return r, next(m.start(g) for g in ("pre", "rel", head) if m[g]), c.e


def _as_date(r: Res) -> Res:
    """A named day's part ("Saturday evening") is a DATE in TimeBank; clock times stay TIME."""
    return r.with_(type="DATE") if r.granularity == "part_of_day" else r


#: the longest label a diary's weekday heading may carry ("THURSDAY: POLLING DAY")
DIARY_LABEL_CHARS = 40


def _diary_heading_tense(c: Ctx, at: tuple[int, int] | None = None) -> str | None:
    """A weekday that is a heading of its own line ("MONDAY", "Thursday: polling day") over
    the entry that follows: "past" when the entry's first sentence is told in the past (a week
    in review), else "future" (a week ahead: "David Cameron makes his last visit", "Polls open
    at 7am"). None when the weekday is not such a heading."""
    s, e = at or (c.s, c.e)
    ls = c.text.rfind("\n", 0, s) + 1
    le = c.text.find("\n", e)
    if le < 0 or c.text[ls:s].strip(" \t*•-–—#") or ls == 0:
        return None
    rest = c.text[e:le].strip().strip("*_").strip()  # ("**Saturday**": a heading in bold)
    if rest and (rest[0] not in ":-–—" or len(rest) > DIARY_LABEL_CHARS or rest[-1] in ".!?"):
        return None  # "Saturday: three dead in Lagos.": a listing's entry, not a heading
    body = _RE_ENTRY_SENTENCE.match(c.text, le)
    if body is None:
        return None
    entry = _RE_ENTRY_STAMP.sub("", body.group(1).lower(), count=1)  # "9pm: The Bake Off returns."
    first = _RE_LOW_WORD.match(entry)
    if first is None:
        return None
    if lex_pattern(c, _DIARY_REVIEW).search(c.low, max(0, ls - DIARY_TITLE_CHARS), ls) is not None:
        return "past"  # "THE WEEK THAT WAS\n\nMONDAY\nApple unveils a new iPhone": a look back
    if first.group(0) in c.tables["weekdays"]:
        return None  # the next line is another day's entry
    while (aside := _RE_COMMA_ASIDE.search(entry)) is not None:
        entry = entry[: aside.start()] + entry[aside.end() :]  # "grandchildren, led by ..., hold": no aside's verbs
    return "past" if c.tense_cues.first_finite(_RE_LOW_WORD.findall(entry)) == "past" else "future"


#: how many lines up a list of days may run from its title ("The week ahead")
WEEK_AHEAD_LINES = 12


def _week_ahead_item(c: Ctx) -> bool:
    """Is the weekday the label opening a line of a list of days under a title that looks ahead
    (lexicon context_words.week_ahead_titles: "The week ahead", "Coming up", "What to watch"),
    with only such day lines between the title and it, and its entry not told in the past
    ("Monday: Talks collapsed")?"""
    if c.text[c.e : c.e + 3].lstrip(" \t")[:1] not in (":", "-", "–", "—"):
        return False
    weekdays = c.tables["weekdays"]

    def is_day_line(line: str) -> bool:
        first = _RE_LOW_WORD.match(line)
        return first is not None and first.group(0) in weekdays

    title = list_title_above(c, WEEK_AHEAD_LINES, is_day_line)
    if title is None or title.strip(":").strip() not in c.tables["context"].get("week_ahead_titles", ()):
        return False
    le = c.text.find("\n", c.e)
    entry = c.low[c.e : le if le >= 0 else len(c.low)]
    return c.tense_cues.first_finite(_RE_LOW_WORD.findall(entry.split(". ")[0])) != "past"  # its first sentence


_RE_COMMA_ASIDE = re.compile(r",[^,]*,")
#: a clock stamp opening an entry's line ("9pm: ", "10:44 BST - ")
_RE_ENTRY_STAMP = re.compile(r"^\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?\s*[:\-–—]\s*")
#: a title that makes a diary a look back, and how far before its heading it may stand
_DIARY_REVIEW = r"\b(?:{diary_review_titles})\b"
DIARY_TITLE_CHARS = 1500
#: the first sentence of the entry under a heading (the next line that is not blank)
_RE_ENTRY_SENTENCE = re.compile(r"\s*\n\s*([^\n]+?)(?:[.!?](?:\s|$)|\n|$)")
def _titled_day_number(m: re.Match[str], c: Ctx) -> bool:
    """ "A remake of Friday the 13th": with "the" before its number, a weekday and day that are
    a title, after "of" or a word of a film, or before one ("the Friday the 13th franchise";
    context_words.title_before, title_after); not "bookings for Friday the 13th"."""
    if " the " not in f" {c.low[m.start('wd') : m.end('nd')]} ":
        return False
    cw = c.tables["context"]
    return c.prev_word(m.start("wd")) in cw.get("title_before", ()) or c.next_word() in cw.get("title_after", ())


#: how far (days) from the reference a weekday with a day number ("Thursday 24") is looked for
WEEKDAY_DAY_NUMBER_DAYS = 200


def _weekday_with_day_number(ref: D, wd: int, nd: int, tense: str | None) -> D | None:
    """The date nearest ``ref`` that is weekday ``wd`` and day ``nd`` of its month (on or before
    it in a past clause, on or after it in a future one), or None."""
    lo = 0 if tense == "future" else -WEEKDAY_DAY_NUMBER_DAYS
    hi = 0 if tense == "past" else WEEKDAY_DAY_NUMBER_DAYS
    best = None
    for k in range(lo, hi + 1):
        d = ref + dt.timedelta(days=k)
        if d.day == nd and d.isoweekday() == wd and (best is None or abs(k) < abs((best - ref).days)):
            best = d
    return best


def _vote_day_of_clock(c: Ctx) -> D | None:
    """The vote's day for a clock in a sentence about the vote's opening, closing or count
    (context_words.vote_clock_nouns: "Polls open at 7am", "The count begins shortly after
    midnight"), with no day of its own in the sentence, when the vote is ahead (a present or
    future clause) or was on or before the reference (a past one)."""
    day = c.story.vote_day
    if day is None or c.ref is None:
        return None
    a, b = c.sentence()
    lo = max(a, c.low.rfind(",", a, c.s) + 1, c.low.rfind(";", a, c.s) + 1)
    words = set(_RE_LOW_WORD.findall(c.low[lo : c.s]))  # the clock's own clause, up to it
    if words.isdisjoint(c.tables["context"].get("vote_clock_nouns", ())):
        return None
    st = c.story
    # the polls' opening and closing are the vote's day, whatever was told after it ("results
    # announced Friday. ... Polling stations opened at 8 a.m."); a count may run later
    polls = not words.isdisjoint(c.tables["context"].get("vote_poll_nouns", ()))
    if st.day is not None and st.day.earliest != day and (
        st.day_at >= a or (not polls and st.day_at > st.vote_at and day < c.ref and st.day.earliest is not None and st.day.earliest <= c.ref)
    ):
        return None  # a day of its own told in the sentence, or a later past day told after a past vote ("the new parliament met on Thursday")
    t = c.tense()
    if (t == "past") != (day < c.ref) and not (t is None and day >= c.ref):
        return None
    return day


#: the hours of the small hours (a clock before SMALL_HOURS_END, after midnight)
SMALL_HOURS_END = 6


def _vote_count_clock(c: Ctx) -> bool:
    """Is the clock's sentence about the count, not the polls' opening ("Polls open at 7am")?"""
    a, b = c.sentence()
    words = set(_RE_LOW_WORD.findall(c.low[a:b]))
    return not words.isdisjoint(c.tables["context"].get("vote_count_nouns", ()))


#: a comma, or a copula, between a name of a day and its date ("polling day, 6 May", "Polling day is 12 December")
_APPOSED_LINK = r"[ \t]*,[ \t]*|[ \t]+(?:{apposed_date_links})[ \t]+"


def _date_apposed(c: Ctx) -> D | None:
    """The day of a date apposed to the candidate or given as its value right after it
    ("polling day, 6 May,", "Polling day is 12 December"), read as its own mention reads it."""
    link = lex_pattern(c, _APPOSED_LINK).match(c.low, c.e)
    if link is None:
        return None
    return _day_read_at(c, link.end(), (("day_month", p_day_month), ("month_day", p_month_day)))


def p_vote_day(m: re.Match[str], c: Ctx) -> Out:
    """ "polling day", "election night": the day the text told the vote on (`Story.vote_day`),
    or nothing (left to the holiday rule: "Election Day" in the US)."""
    day = c.story.vote_day or _date_apposed(c)  # ("Polling day is 12 December", "On polling day, 6 May,")
    if day is None:
        return None
    part = c.tables["context"].get("vote_day_names", {}).get(c.norm(m["vd"]), "")
    r = R.part_of_day(day, part) if part else R.day(day)
    return r.with_(anchor="previous mention")


def p_weekday_plural(m: re.Match[str], c: Ctx) -> Out:
    key = "wd" if m["wd"] else "wd1"
    if not c.cap(m.start(key)) or _in_weekday_name(c, m.start(key), m.end(key)):
        return None  # "TGI Fridays": a name
    wd = c.tables["weekdays"][m[key][:-1] if key == "wd" else m[key]]
    v = f"XXXX-WXX-{wd}"
    pod = m["pod"] or m["pod1"]
    if pod:
        v += "T" + c.tables["pods"][c.tables["pod_plurals"][pod]]
    return Res("SET", v, "day", quant="EVERY")


def p_weekends(m: re.Match[str], c: Ctx) -> Out:
    """ "open on weekends", "at weekends", "Weekends are busy", "weekend nights", "on weekdays",
    "weekday evenings": every weekend (or weekday),
    a SET as "Mondays" is; not particular weekends ("on both weekends", "on recent weekends",
    "the weekends of June 6 and June 13")."""
    pod = m["pod"] or m["pod1"]
    if not pod and (c.next_word() == "of" or not (c.prev_word() in c.tables["context"].get("set_plural_after", ()) or _starts_sentence(c, c.s))):
        return None
    which = "WD" if (m["wk"] or m["wk1"]).startswith("weekday") else "WE"
    v = f"XXXX-WXX-{which}" + ("T" + c.tables["pods"][c.tables["pod_plurals"][pod]] if pod else "")
    return Res("SET", v, "day", quant="EVERY")


_RE_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
#: a possessive day's noun phrase that a relative clause puts ahead ("Friday's jobs report,
#: which will come out while markets are closed")
_RE_POSSESSIVE_WILL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+\s*,?\s*(?:which|that)\s+(?:will|is\s+due|is\s+expected|are\s+due)\b")
#: a possessive day's event after a name of one to three capitalised words
_RE_POSSESSIVE_NAMED = re.compile(r"['’]s\s+(?:[A-Z][\w.-]*\s+){1,3}([a-z][a-z-]*)")


def p_deictic_day(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    k = c.tables["deictic"][w]
    rel = c.norm(m["rel"])
    if k == 0 and not rel and not m["pod"] and not m["time"] and not m["pre"]:
        poss = _RE_POSSESSIVE_NOUN.match(c.low, c.e)
        generic = c.tables["context"].get("generic_present_nouns", ())
        if poss and (poss.group(1) in generic or poss.group(2) in generic):
            # "today's youth", "in today's world": the present era in general, not a time the
            # text places anything at (TimeML leaves it untagged: 4 of 4 in the TBAQ gold)
            return None
    mod = c.tables["pos_words"].get(rel) or ("START" if m["eh"] else None)
    if c.ref is None:
        r = _with_time(c, None, m["pod"], m["time"], m["pre"]) or _unres("XXXX-XX-XX", "day")
        return _after_early_hours(m, r.with_(mod=mod) if mod else r, c, "w")
    said = speech_day(c)  # '"Tomorrow the occupation will still be there," an official said Thursday'
    day = (said or c.ref) + dt.timedelta(days=k)
    split = _clock_apart(m, c, day, "w")
    r = _with_time(c, day, m["pod"], None if split else m["time"], m["pre"])
    r = _as_date(r) if r is not None else R.day(day)
    r = r.with_(anchor=SPEECH_ANCHOR) if said else _anchored(r, c)
    if m["pre"] and _mid_word(c, c.norm(m["pre"])) and not c.tables["pods"].get(c.norm(m["pre"]), "").startswith("T"):
        mod = "MID"  # "mid-afternoon yesterday"; "midnight yesterday" is a clock time
    r = R.apply_position(r, mod) if mod else r
    if split:
        return r, c.s, split
    return _after_early_hours(m, r, c, "w")


def _quoted_on_lead_night(c: Ctx) -> bool:
    """Is a "tonight" inside a quotation whose day the text does not name, in a report whose
    lead tells of the day before the reference (an election night, a rally, a match reported
    the next morning)? The quotation was said that night."""
    return c.ref is not None and c.story.lead_day == c.ref - dt.timedelta(days=1) and in_quotation(c.text, c.s)


def p_deictic_part(m: re.Match[str], c: Ctx) -> Out:
    k, code = c.tables["deictic_parts"][c.norm(m["w"])]
    rel = c.norm(m["rel"])
    mod = c.tables["pos_words"].get(rel)
    if c.ref is None:
        r = Res("TIME", f"XXXX-XX-XXT{code}", "part_of_day", note="no reference date")
    else:
        said = speech_day(c)  # '"But tonight we are a state."', said on Thursday night
        if said is None and k == 0 and code in ("EV", "NI") and _quoted_on_lead_night(c):
            # '"Tonight, friends, our country has voted for change," Harper told supporters',
            # in a report of the night before: the lead's night
            said = c.story.lead_day
        r = R.part_of_day((said or c.ref) + dt.timedelta(days=k), code)
        r = r.with_(anchor=SPEECH_ANCHOR) if said else _anchored(r, c)
    return r.with_(mod=mod) if mod else r


def p_part_of_day(m: re.Match[str], c: Ctx) -> Out:
    code = c.tables["pods"][m["pod"]]
    the = m["the"]
    if the in c.tables["set_quants"]:
        return Res("SET", f"XXXX-XX-XXT{code}", "part_of_day", quant=c.tables["set_quants"][the])
    if the == "the":
        # "stocks rose in the morning": the story's day; not a habit ("takes his pills in
        # the morning"), not "the night of Oct. 23" (the date is the mention)
        cw = c.tables["context"]
        nxt = c.low[c.e : c.e + 3]
        if c.prev_word() not in cw.get("pod_the_after", ()) or c.next_word() in cw.get("pod_the_not_before", ()) or c.possessive_at(c.e):
            return None
        a, _ = c.sentence()
        if c.story.mention_at > a and c.story.mention_shift:
            return None  # "Two days later, in the evening", "Last week, in the afternoon": not the day told before
        day = c.story.day_in_paragraph(c)
        if day is not None and c.ref is not None and (day - c.ref).days > 1 and c.story.paragraph_breaks(c.story.day_at, c.s, BLANK_LINES):
            day = None  # "He had set May 14 as the election date. | Rescuers were expected to work through the night": a plan, not the night
        t = c.tense()
        if day is not None and c.ref is not None and day > c.ref and t == "past":
            day = None  # "cancelled a trip planned for Tuesday. Aftershocks continued throughout the afternoon"
        if day is None and t not in ("past", "future"):
            return None  # a habit or a general truth ("temperatures drop during the night")
        if day is None and c.ref is not None:
            # no day told in this paragraph: the report's day, and for a night in a past
            # clause the night before it (as "overnight": "attacked throughout the night")
            day = c.ref - dt.timedelta(days=1) if code == "NI" and t == "past" else c.ref
        elif day is not None and day == c.ref and code == "NI" and t == "past":
            day -= dt.timedelta(days=1)  # "Divers worked through the night" after today's news: last night
    else:
        day = c.story.day_within(c) or c.ref
    if day is None:
        return Res("TIME", f"XXXX-XX-XXT{code}", "part_of_day")
    rel = c.norm(m["rel"] or m["rel2"])  # "early that morning", "in the early morning"
    told = the == "that" or (c.story.day is not None and day == c.story.day.earliest)
    r = R.part_of_day(day, code).with_(anchor="previous mention" if told else c.ref_anchor())
    mod = c.tables["pos_words"].get(rel)
    return r.with_(mod=mod) if mod else r


def p_midweek(m: re.Match[str], c: Ctx) -> Out:
    """ "should bring relief by midweek", "until midweek": the week whose Wednesday is the
    coming one (this week up to a Wednesday, the next from a Thursday), or what a past clause
    says was done by then, the last one; the middle of it.
    Only after a preposition of a time ahead (context_words.midweek_after), not before a
    noun ("a midweek match")."""
    cw = c.tables["context"]
    opening = c.text[c.s].isupper() and c.text[c.e : c.e + 1] == ","  # "Midweek, temperatures will fall"
    if not opening and c.prev_word() not in cw.get("midweek_after", ()):
        return None
    if RE_LOWER_WORD_AFTER.match(c.text, c.e) and c.next_word() not in cw.get("midweek_next_ok", ()):
        return None  # "a midweek match"
    if c.ref is None:
        return _unres("XXXX-WXX", "week")
    done = c.prev_word() in cw.get("done_by_words", ()) or (
        c.prev_word() in cw.get("deadline_before", ()) and bool(set(_clause_words_before(c)) & set(cw.get("durative_verbs", ())))
    )  # "prices had fallen by midweek", "the roads stayed closed until midweek"
    if done and c.tense() == "past":
        wed = c.ref - dt.timedelta(days=(c.ref.weekday() - 2) % 7)  # "prices had fallen by midweek": the last one
    else:
        wed = c.ref + dt.timedelta(days=(2 - c.ref.weekday()) % 7)
    return R.apply_position(R.week(wed), "MID").with_(anchor=c.ref_anchor())



def p_weeks_on(m: re.Match[str], c: Ctx) -> Out:
    """British "a week today", "a fortnight tomorrow", "a week on Friday" (the Friday a week
    after the coming one): the day so many weeks on; not an anniversary ("it is a week today
    since the attack", context_words.weeks_on_not_before)."""
    cw = c.tables["context"]
    if m["wd2"]:
        # "Tuesday week": not "Monday week after week", and in a past clause only as a deadline
        # ("adjourned until Tuesday week")
        if not c.cap(m.start("wd2")) or c.next_word() in cw.get("weekday_week_not_before", ()):
            return None
        if c.tense() == "past" and c.prev_word() not in cw.get("deadline_before", ()):
            return None
        n, u, wd = 1, m["u2"], m["wd2"]
    else:
        if m["wd"] and not c.cap(m.start("wd")):
            return None
        if c.next_word() in cw.get("weeks_on_not_before", ()) or c.tense() == "past":
            return None
        n, u, wd = numeral(m["n"], c.lex), m["u"], m["wd"]
    if not isinstance(n, int) and not (isinstance(n, float) and n.is_integer()):
        return None
    weeks = int(n) * (2 if c.tables["units"][c.norm(u)][0] == "W2" else 1)  # a fortnight
    if c.ref is None:
        return _unres("XXXX-XX-XX", "day")
    if m["dd"]:
        base = c.ref + dt.timedelta(days=c.tables["deictic"][c.norm(m["dd"])])
    else:
        base = R.weekday_near(c.ref + dt.timedelta(days=1), c.tables["weekdays"][c.norm(wd)], 1)
    return _anchored(R.day(base + dt.timedelta(weeks=weeks)), c)


_POD_ORDER = {"MO": 0, "AF": 1, "EV": 2, "NI": 3}
#: the hour or part of the day of a TIME value ("T21:00", "TAF")
_RE_VALUE_PART = re.compile(r"T(\d\d)|T(MO|AF|EV|NI)")


def _part_of_hour(hour: int) -> int:
    """The part of the day (its `_POD_ORDER` rank) an hour falls in: morning before noon,
    afternoon to 17:00, evening to 21:00, then night; -1 (no hour) before them all."""
    return 3 if hour >= 21 else 2 if hour >= 17 else 1 if hour >= 12 else 0 if hour >= 0 else -1


def _part_comes_next_day(c: Ctx, day: D, code: str) -> bool:
    """Is a bare part of the day the next day's: earlier in the day than the story's last time
    on ``day`` ("broke out on Tuesday afternoon. By morning, it had jumped the lines"), or a
    morning looked ahead to ("would stay closed until morning")?"""
    last = c.story.day
    if last is not None and last.earliest == day and code in _POD_ORDER:
        hm = _RE_VALUE_PART.search(last.value) if last.granularity in ("minute", "part_of_day") else None
        if hm is not None:
            hour = int(hm.group(1)) if hm.group(1) else -1
            told = _POD_ORDER[hm.group(2)] if hm.group(2) else _part_of_hour(hour)
            if told > _POD_ORDER[code]:
                return True
    return code == "MO" and c.tense() == "future" and (c.ref is None or day <= c.ref)


_RE_STOP_NEXT = re.compile(r"\s*(?:[,.;:!?)\]\"”’—–]|-\s|$)")


def _bare_part_is_time(c: Ctx, pw: str) -> bool:
    """ "By evening the wind had swung", "fought until nightfall.", "at sunrise, police ...": a
    bare part of the day is a time after "by/until/at ..." and before a stop or a word that
    cannot be the noun it modifies ("after evening prayers", "since morning trading")."""
    cw = c.tables["context"]
    if pw not in cw.get("bare_part_after", ()):
        return False
    return bool(_RE_STOP_NEXT.match(c.text, c.e)) or c.next_word() in cw.get("bare_part_next", ())


#: how far back "tonight" may have been told for a present "overnight" to be that night
TONIGHT_REACH = 200


def _tonight_told(c: Ctx) -> bool:
    """Was tonight the last day told, just before ("Tonight: Showers. Winds ease a little
    overnight."): a present "overnight" is that night, not the one before the report."""
    told = c.story.day
    if told is None or c.ref is None or told.earliest != c.ref or not told.value.endswith("TNI"):
        return False
    return 0 <= c.s - c.story.day_at <= TONIGHT_REACH


def p_overnight(m: re.Match[str], c: Ctx) -> Out:
    pre = m["pre"]  # "since early morning": the part, its start
    w = c.norm(m.group(0)[len(pre) :].strip() if pre else m.group(0))
    pw = c.prev_word()
    cw = c.tables["context"]
    if (
        w in cw.get("bare_time_points", ())
        and pw not in cw.get("bare_time_after", ())
        and (c.next_word() not in cw.get("time_point_nouns", ()) or c.low[c.s - 1 : c.s] == "-")
    ):
        return None  # "midnight" alone may be a name ("Midnight Oil"); "the midnight deadline" is a time
    if w in cw.get("bare_part_points", ()) and not _bare_part_is_time(c, pw):
        return None
    if c.cap(c.s) and not _starts_sentence(c, c.s) and c.text[c.e : c.e + 2][1:2].isupper():
        return None  # "between Noon Island and the mainland": a name
    if w == "overnight" and c.next_word() in c.tables["context"].get("overnight_not_before", ()):
        return None  # "the overnight rate", "overnight index swaps": a rate, not a night
    code = c.tables["pods"].get(w) or c.tables["pods"].get(w.replace("-", ""), "AF")
    if w == "overnight" and c.ref is not None:
        # news means the night before the report ("stocks rebounded overnight"), or the coming
        # one in a forward-looking clause ("visibility will stay low overnight"), whatever day
        # the text named last (in 9 silver-corpus cases read by hand, 7 meant the report's night)
        named = False
        day: dt.date | None = _on_date_after(c) or _on_holiday_after(c) or _on_weekday_after(c)  # "overnight on Sunday": that night
        if day is None:
            t = c.tense()
            day = c.ref if t == "future" or (t != "past" and _tonight_told(c)) else c.ref - dt.timedelta(days=1)
    else:
        # "at midnight on Dec. 31": the date after dates it; else "at noon", "by dawn" are of
        # the day the text is on
        day = _on_date_after(c) or _on_weekday_after(c)
        if day is None and (day := _on_holiday_after(c)) is not None and code == "T24:00" and (day.month, day.day) == (1, 1):
            day -= dt.timedelta(days=1)  # "at midnight on New Year's": the midnight the year turns
        named = day is not None  # the day is written after it: its own midnight, not the one before
        if day is None and code.startswith("T") and _habitual_clock(c):
            # "generally opens at 7am and winds down by noon": a time of every such day
            return Res("TIME", "XXXX-XX-XX" + code, "minute")
        if day is None and c.ref is not None and _intraday_market(c):
            day = c.ref  # "Microsoft shares rose 1 percent to $26.59 by noon": today's trading
        elif day is None:
            day = c.story.day_within(c) or c.ref
            if day is not None and c.ref is not None and day > c.ref and c.tense() == "past":
                day = c.ref  # "... starting Saturday. No group had claimed responsibility by midday": today
            dawn_ok = w in cw.get("bare_part_points", ()) or (code == "MO" and (pw == "by" or not _pluperfect_clause(c)))
            if day is not None and dawn_ok and _part_comes_next_day(c, day, code):
                # "spent the night in the streets. At dawn, ...": the next morning (not a look
                # back, "The marchers had set off at dawn")
                day += dt.timedelta(days=1)
    if day is None:
        return Res("TIME", ("XXXX-XX-XX" + code) if code.startswith("T") else f"XXXX-XX-XXT{code}", "part_of_day")
    if code == "T24:00" and not (w != "overnight" and named):
        r = _midnight(c, day)
        if r is not None:
            return r.with_(anchor=c.ref_anchor())
    r = R.part_of_day(day, code)
    if pre:
        return R.apply_position(r, c.tables["pos_words"][c.norm(pre)])
    return r.with_(mod="MID") if _mid_word(c, w) and code in ("MO", "AF", "EV") else r  # "mid-morning", "mid-afternoon"; not "midday", a clock


#: "(2012 est.)" is an estimate, "1400 EST" a clock: told apart by the capitals (the zones
#: clock_zones.caps_only_after_bare_clock)
#: seconds or hundredths after "h:mm" make a result time ("2:00:35", "3:43.13"), unless a
#: clock's marker follows them ("10:30:15 a.m.", "14:05:10 GMT")
_RE_SECONDS = re.compile(r"\d:\d\d:\d\d")
#: a dotted 24-hour clock with two-digit hours ("09.30", "16.00")
_RE_DOTTED_CLOCK = re.compile(r"\d\d\.\d\d")
#: (hours 10-23 only: "at 07:35:48" is more often a finish time or a video's timecode)
_RE_SECONDS_24H = re.compile(r"(?:1\d|2[0-3]):[0-5]\d:[0-5]\d")
_RE_CLOCK_SECONDS = re.compile(r"^\d{1,2}:\d\d:(\d\d)")
_RE_RACE_TIME = re.compile(r"(?:[:.]\d+)+")
_RE_WIRE_CLOCK = re.compile(r"\d\d\.?\d\d\s")  # "1600 GMT", "09.15 IST"
_MILITARY = r"\d{4}\s+{military_hours}$"  # "1800 hours"
# "at 6 a.m. on Aug. 2", "at 8:46 a.m. on Sept. 11, 2001": the date after dates the clock (and
# stays its own expression)
# a date in either order ("Aug. 2", "2 August", "the 2nd of August"), with its year if stated
_DATE_TAIL = (
    r"(?:(?P<mon>[A-Z][a-z]{2,8}\.?)\s+(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
    r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>[A-Z][a-z]{2,8}\.?))"
    r"(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d))?"
)
# "at 6 a.m. on Aug. 2", "at 10pm on 25 June", "at dawn on Tuesday, March 24": the date (and
# its weekday, if written) right after a time of day
#: (a bracketed restatement may come between: "at 7.58am local time (11.58am AEDT) on December 26, 2004")
_ON_DATE = r"(?:\s*\([^()\n]{1,30}\))?\s+{day_prepositions}\s+(?:(?P<wd>[A-Z][a-z]+),?\s+)?" + _DATE_TAIL
_AFTER_PAREN_DAY = r"\s*,?\s*(?:(?:{day_prepositions}|of)\s+)?([A-Z][a-z]+day)\b"
_PAREN_DAY = r"\s*\([^()\n]{1,24}\)\s*,?\s*(?:{day_prepositions}\s+)?([A-Z][a-z]+)\b"


#: after a weekday that is the subject of its passive declaration in the present, perfect or
#: future ("Sunday has been declared a national day of prayer", "Monday will be declared a
#: holiday"; not "Thursday was declared a day of mourning, and flags flew"): its object's words
_DECLARED_AFTER = r"\s+(?:{declare_passive_auxiliaries})\s+(?:{declare_verbs})\s+(?:{declare_object_next})\s+((?:[a-z-]+\s+){0,4}[a-z-]+)"


def _possessive_not_known_event(c: Ctx) -> bool:
    """Is the noun after a possessive day not one of what is only told once it has happened
    ("Tuesday's attack", "Monday's quake": context_words.known_event_nouns)?"""
    poss = _RE_POSSESSIVE_NOUN.match(c.low, c.e)
    if poss is None:
        return False
    known = c.tense_cues.happened_event_nouns  # (context_words.known_event_nouns and tense.reported_subject_happened)
    return poss.group(1) not in known and (poss.group(2) or "") not in known


def _modal_before(c: Ctx) -> bool:
    """A modal of the future among the clause's words before the candidate ("will miss")."""
    return any(w in c.tense_cues.modal_future for w in _clause_words_before(c))


def _planned_possessive(c: Ctx) -> bool:
    """ "Sunday's election", "Tuesday's Champions League semi-final": a possessive day before a
    planned event's noun."""
    poss = _RE_POSSESSIVE_NOUN.match(c.low, c.e)
    planned = c.tables["context"].get("scheduled_event_nouns", ())
    named = _RE_POSSESSIVE_NAMED.match(c.text, c.e)
    return bool(poss and (poss.group(1) in planned or poss.group(2) in planned) or (named and named.group(1).lower() in planned))


def _fronted_condition_ahead(c: Ctx) -> bool:
    """Is the candidate in a tenseless clause that opens its sentence with a subordinator
    (lexicon context.condition_openers: "When the judges file into court on Thursday, ...",
    "If talks fail on Sunday, ...") before a main clause that looks ahead? Such a clause takes
    the main clause's time."""
    a, b = c.sentence()
    words = c.low[a : c.s].split()
    if not words or words[0].strip("\"“‘'(") not in c.tables["context"].get("condition_openers", ()):
        return False
    if "," in c.text[a : c.s]:
        return False
    comma = c.text.find(",", c.e, b)
    main = _RE_WORD_AFTER.search(c.text, comma + 1, b) if comma >= 0 else None
    return main is not None and c._tense(c.text, main.start(), main.end()) == "future"  # type: ignore[attr-defined]


_RE_WORD_AFTER = re.compile(r"\w+")


def _copula_before(c: Ctx) -> bool:
    """Is the day the complement of a present "is"/"are" right before it (or before its "on")?"""
    words = c.words_before()
    if words and words[-1] == "on":
        words = words[:-1]
    return bool(words) and words[-1] in c.tables["context"].get("present_copulas", ())


#: a relative "when" right after a day: the clause tells what happened on it ("a warning was in
#: place for Sunday, when winds reached 70mph")
_RE_WHEN_AFTER = re.compile(r"[ \t]*,?[ \t]*when\b")


def _past_verb_next(c: Ctx) -> bool:
    """Is the word after the candidate a past verb, the day inside its clause's subject ("Data
    for Monday showed", "The death toll for Sunday rose", "Attendance for Saturday was")?"""
    nxt = c.next_word()
    cues = c.tense_cues
    if nxt in ("was", "were", "had", "has", "have"):
        after = RE_TWO_WORDS_AFTER.match(c.low, c.e)
        if after is not None and (after.group(2).endswith(cues.past_suffixes) or after.group(2) in cues.irregular_past):
            return False  # "a hartal for Thursday was called": the booking's passive
    return nxt in cues.past or nxt in cues.irregular_past or (len(nxt) > 4 and nxt.endswith(cues.past_suffixes) and nxt not in cues.not_past)


def _day_tense(c: Ctx) -> str | None:
    """The clause tense for a named day, with deadlines ("given until Tuesday") looking ahead."""
    if _called_off_after(c):
        return "present"  # "Monday's regatta has been called off", "The match on Saturday was postponed": the nearer
    if c.possessive_at(c.e):
        # "Wednesday's ruling" is known news; an event that is planned ("Sunday's election",
        # "Friday's deadline") follows its clause ("ahead of Sunday's election", "Sunday's
        # election will decide"), and a past or tenseless clause keeps it past
        after = c.prev_word() in c.tables["context"].get("event_over_after", ())  # "after Sunday's elections"
        if c.low[max(0, c.s - 30) : c.s].rstrip().endswith(c.tense_cues.possessive_ahead_after):
            return "future"  # "Shops are closing early ahead of Friday's storm": ahead, whatever the noun
        if _RE_POSSESSIVE_WILL.match(c.low, c.e) is not None:
            return "future"  # "Investors now turn to Friday's March jobs report, which will come out"
        looked_back = c.low[max(0, c.s - 30) : c.s].rstrip().endswith(tuple(c.tables["context"].get("possessive_outcome_after", ())))
        if _planned_possessive(c) and not after and not looked_back:
            t = c.tense()  # "Friday's deadline is near": the nearer; "was high": past
            if t is None and c.prev_word() in c.tables["context"].get("possessive_plan_before", ()):
                return "future"  # "Last weekend of campaigning before Wednesday's poll": a headline's plan ahead
            return t if t in ("future", "present") else None
        if after and c.tense() == "future":
            return "future"  # "The trophy will be presented after Saturday's home game": still ahead
        if not after and not looked_back and _possessive_not_known_event(c) and c.tense() == "future" and _modal_before(c):
            return "future"  # "He will miss Tuesday's friendly": what a modal clause looks to (not "will discuss Tuesday's attack")
        if c.prev_word() in c.tables["context"].get("cancel_verbs", ()):
            return "present"  # "Theaters canceled Monday's performances": the nearer (today's too)
        return None
    cw = c.tables["context"]
    if _directed_or_cancelled(c):
        return "present"  # "urged residents to stay off the roads into Monday", "canceled classes Monday": the nearer
    passive = lex_pattern(c, _DECLARED_AFTER).match(c.low, c.e)
    if passive is not None and set(passive.group(1).split()) & set(cw.get("declare_object_nouns", ())):
        return "future"  # "Sunday has been declared a national day of prayer": a day still to come
    if c.prev_word() in cw.get("declare_verbs", ()) and c.next_word() in cw.get("declare_object_next", ()):
        obj = _RE_WORDS_AFTER.match(c.low, c.e)
        if obj is not None and set(obj.group(0).split()) & set(cw.get("declare_object_nouns", ())):
            return "future"  # "declared Wednesday a national day of mourning": a day still to come
    if _declared_pair(c):
        return "present"  # "has declared both Monday and Tuesday public holidays": days near the declaration, the nearer
    t = c.tense()
    if t == "present" and _copula_before(c):
        return "future"  # "the wild-card games are Tuesday and Wednesday", "Labor Day, which is Monday": the coming one
    if t is None and _fronted_condition_ahead(c):
        return "future"  # "When the judges file into court on Thursday, 14 years will have passed"
    if t is None and (label := _label_tense(c)) is not None:
        return label  # "Friday: Brighter and fresher ... The best of the sunshine will be early"
    if t == "present" and (_event_noun_before(c) or _event_is_on(c)):
        # "comes days before Trump's inauguration on Monday", "Their second match is against
        # Uruguay in Pretoria on Wednesday": a planned event ahead
        return "future"
    if t in ("past", None) and _starts_a_stretch(c):
        return "present"  # "declared three days of mourning starting Saturday": the nearer one
    if t is None and _scheduled_participle_before(c):
        return "present"  # "with the busiest deadline of the year arriving Friday", "both opening Friday": the nearer one
    if (
        t == "past"
        and c.prev_word() in cw.get("weekday_booked_after", ())
        and not _pluperfect_clause(c)
        and not _RE_WHEN_AFTER.match(c.low, c.e)
        and not _past_verb_next(c)
    ):
        # "called an emergency meeting for Wednesday", "whose flight was rebooked for Thursday",
        # "cancelled half their services for Monday": what was booked for the day lies ahead
        # (today's too); not "had mobilised agents for Saturday"
        return "future"
    at = _before_at_least(c)
    if t == "past" and c.prev_word(at) in c.tables["context"].get("deadline_before", ()):
        before = _RE_LAST_TOKEN.search(c.text[max(0, at - 20) : at])
        if before and not before.group(1)[:1].isupper():  # not "Until Thursday, they had not..."
            if not _went_on_until(c, at) and not done_by(c, at):
                return "future"  # but "had filed reports by Wednesday" was done by then
    return t


def _hour_of_part(c: Ctx, t: str, part: str, parts: tuple[int, int | None], pw: str, code: str | None = None) -> tuple[int, int | None] | None:
    """A clock before a part of today or last night (``part``): "home by 8 tonight" is a clock
    only after a clock word, not a count ("cases stood at 9 this morning": None); the part
    tells a.m. or p.m. when the clock does not ("8:30 tonight" 20:30, "11 o'clock last night"
    23:00, "3 this afternoon" 15:00, "at 12 last night" midnight; not the small hours of "at
    2 last night")."""
    if _RE_BARE_HOUR.fullmatch(t):
        cw = c.tables["context"]
        if pw not in cw.get("bare_hour_after", ()) or c.prev_word(c.s - len(pw) - 1 if pw else c.s) in cw.get("bare_hour_not_after", ()):
            return None
    if _RE_MERIDIEM.search(t):
        return parts
    if code is None:
        code = c.tables["deictic_parts"].get(part, (0, ""))[1]
    hour = parts[0]
    if hour == 12 and code in ("NI", "MO"):
        return (0, parts[1])  # "at 12 last night", "12:30 Sunday morning": just after midnight
    if hour < 12 and ((code in ("NI", "EV") and hour >= EARLIEST_NIGHT_HOUR) or (code == "AF" and 0 < hour < EARLIEST_NIGHT_HOUR + 1)):
        return (hour + 12, parts[1])
    return parts


#: punctuation a clock said in words may follow ("rang at three o'clock, six in the morning her time")
_CLAUSE_OPENERS = (",", "(", ";", "—", "–", "-")
#: the hours a clock with no a.m./p.m. reads as the afternoon's (`_afternoon_hour`)
AFTERNOON_HOURS = range(1, 6)
#: how far back (characters, in one paragraph) a clock of the night keeps a later one in the night
NIGHT_CLOCK_REACH = 400
#: a 24-hour clock: two digits for the hour ("04:30")
_RE_24H = re.compile(r"0\d")


#: a part of a day and the preposition of a clock right after it ("tonight at", "Saturday night
#: around"): the part tells the clock's half of the day
_PART_BEFORE_CLOCK = r"\b(?P<part>{clock_part_before})[ \t]+(?:at|around|about|from|by|until|till|after|before)(?:[ \t]+(?:about|around|approximately|roughly))?[ \t]*$"
#: how far back (characters) `_part_just_before` looks
PART_BEFORE_CLOCK_CHARS = 48


def _part_just_before(c: Ctx, start: int) -> str | None:
    """The part-of-day code of a part named just before a clock ("tonight at 7:30": NI), else None."""
    b = lex_pattern(c, _PART_BEFORE_CLOCK).search(c.low, max(0, start - PART_BEFORE_CLOCK_CHARS), start)
    if b is None:
        return None
    part = c.norm(b["part"])
    return c.tables["deictic_parts"][part][1] if part in c.tables["deictic_parts"] else c.tables["pods"].get(part)


def _time_told_before(c: Ctx, start: int, pw: str) -> bool:
    """Do the words before a clock said in words tell the time ("It's six thirty-two", "the
    time is seven-oh-five"; not "the score was six twenty")? Lexicon context_words:
    time_telling_after, and time_telling_subjects before a copula."""
    cw = c.tables["context"]
    if pw in cw.get("time_telling_after", ()):
        return True
    return pw in ("is", "was") and c.prev_word(c.low.rfind(pw, 0, start)) in cw.get("time_telling_subjects", ())


def _afternoon_hour(c: Ctx, t: str, parts: tuple[int, int | None]) -> bool:
    """Is a clock of 1 to 5 with no a.m./p.m., zone or part of day ("at 4 o'clock", "at half
    past four", "about 5:30") the afternoon's? Yes, as the day's business is, unless its
    sentence or the one before tells of the small hours (lexicon small_hours_cues: "through
    the night ... at about 3:45"); a 24-hour clock ("04:30") keeps its hour."""
    if parts[0] not in AFTERNOON_HOURS or _RE_24H.match(t) or _RE_MERIDIEM.search(t):
        return False
    if c.tables["zone_end"].search(t) or lex_pattern(c, "{pm_parts}|{night_parts}|in the morning").search(t):
        return False
    st = c.story
    if 0 <= st.clock_at <= c.s and st.within(st.clock_at, c.s, NIGHT_CLOCK_REACH, LINE_BREAKS) and st.clock_hour is not None and not 6 <= st.clock_hour < 20:
        return False  # "The polls closed at 10pm. By about 4:30, the result was clear": the night goes on
    a = c.sentence()[0]
    last_part = None
    for last_part in lex_pattern(c, r"\b(?:{afternoon_cues}|{small_hours_cues})\b").finditer(c.low, a, c.s):
        pass
    if last_part is not None and c.norm(last_part.group(0)) in c.tables["context"].get("afternoon_cues", ()):
        return True  # "lost last night ... finish the series this afternoon, first pitch at one-ten"
    prev = c._tense.sentence(c.text, max(0, a - 2), max(0, a - 1))[0] if a > 1 else a  # type: ignore[attr-defined]
    return lex_pattern(c, r"\b(?:{small_hours_cues})\b").search(c.low, prev, c.sentence()[1]) is None


def _coming_day_told(c: Ctx) -> bool:
    """Does a present or future clause keep the coming day the story is on for a bare clock?
    When the day was told as the present's own schedule ("events take place tomorrow evening
    ... most venues open from 5pm to 11pm") or a clock is already on it ("Gates open at 1pm and
    kick-off is at 3pm"); not a plan ("The Fed will announce its decision on Wednesday. The Dow
    is up 120 points at 11:30 a.m.": today), nor a notice, read as present whatever its verb
    ("imposed a curfew from 6 p.m. to 6 a.m.")."""
    st = c.story
    if st.day is None or set(_clause_words_before(c)) & c.tense_cues.notice_keys_set:
        return False
    t = c.tense()
    if t not in (None, "present", "future"):
        return False

    def diary() -> bool:
        # "Monday: the funeral\n...\n10:44 BST: The coffin is carried": a diary's day ahead
        # keeps its entries' clocks, however their lines are told
        return _diary_heading_tense(c, (st.day_start, st.day_at)) == "future"

    if t is None:
        if diary():
            return True
        line = _opens_line(c, c.s)  # "11:00 BST: The funeral service begins." after "10:44 BST: ..." under "Monday"
        return st.day.granularity == "minute" and line is not None and _under_diary_heading(c, line)
    return st.day.granularity == "minute" or c._tense(c.text, st.day_start, st.day_at) == "present" or diary()  # type: ignore[attr-defined]


#: a bare hour ("8" of "by 8 tonight")
_RE_BARE_HOUR = re.compile(r"\d{1,2}")
#: an a.m./p.m. written in a clock
_RE_MERIDIEM = re.compile(r"(?:\d|[a-z]\s)\s*[ap]\.?\s?m\b")  # "3pm", "three a.m."


_RE_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: how many characters (bullets, spaces) may stand before a day that labels its line
LABEL_LEAD_CHARS = 8


def _label_tense(c: Ctx) -> str | None:
    """A day that labels its paragraph ("Friday: Brighter and fresher, with sunny spells. The
    best of the sunshine will be early in the day."; a forecast, a diary, a key-dates list):
    the tense of the first finite verb of the paragraph, when the label itself has none."""
    if not c.text.startswith(":", c.e):
        return None
    # the label opens its line (bullets aside): look no further back than a few characters
    line_start = c.text.rfind("\n", max(0, c.s - LABEL_LEAD_CHARS), c.s) + 1
    if ((line_start == 0 and c.s > LABEL_LEAD_CHARS) or c.text[line_start : c.s].strip(" \t*•·-")) and not _RE_AFTER_STOP.search(c.text, max(0, c.s - 3), c.s):
        return None  # not opening its line, nor a listing's next item ("What's on. Saturday: craft fair")
    line_end = c.text.find("\n", c.e)
    end = line_end if line_end >= 0 else len(c.text)
    words = _RE_LABEL_WORD.findall(c.text, c.e + 1, end)
    lw = [w.lower() for w in words]
    cues = c.tense_cues
    for i, w in enumerate(words):
        got = cues.classify(w, lw[i + 1] if i + 1 < len(lw) else None, lw[i - 1] if i else None, finite=True)
        if got:
            return got
    # no verb: a listing's entry ("What's on. Saturday: spring craft fair, Town Hall"): the
    # nearer such day when a heading before it announces what is ahead (a what's-on list, a
    # forecast: context_words.listing_ahead_words); a recap ("Timeline of the floods:") stays
    # with the past
    if not words:
        return None
    head = c.low[max(0, c.s - LISTING_HEAD_CHARS) : c.s]
    return "present" if lex_pattern(c, _LISTING_AHEAD).search(head) else None


#: how far before a listing's entry its heading may be
LISTING_HEAD_CHARS = 200
_LISTING_AHEAD = r"\b(?:{listing_ahead_words})\b"


_RE_AFTER_STOP = re.compile(r"[.!?][ \t]+$")


_RE_AT_LEAST_BEFORE = re.compile(r"\bat\s+least\s+$")


def _before_at_least(c: Ctx) -> int:
    """Where the words before the candidate end, past an "at least" ("extended the closure
    until at least 2 pm Monday": "until" is the word before)."""
    m = _RE_AT_LEAST_BEFORE.search(c.low, max(0, c.s - 12), c.s)
    return m.start() if m else c.s


_RE_START_WORDS = re.compile(r"([a-z]+)\s+(?:(?:at|on)\s+)?$")


_RE_BEFORE_EVENT = re.compile(r"\b(?:before|ahead\s+of)\s+(?:[\w'’.]+\s+){0,3}?([a-z]+)\s+(?:on\s+)?$")


def _event_noun_before(c: Ctx) -> bool:
    """ "(comes days) before Trump's inauguration on Monday": a planned event's noun right
    before the day, after "before" or "ahead of"."""
    m = _RE_BEFORE_EVENT.search(c.low, max(0, c.s - 60), c.s)
    return m is not None and m.group(1) in c.tables["context"].get("scheduled_event_nouns", ())


def _event_is_on(c: Ctx) -> bool:
    """ "Their second match is against Uruguay in Pretoria on Wednesday", "the vote is on
    Monday": the clause's subject is a planned event and its verb a present "is/are"."""
    words = _clause_words_before(c)
    be = c.tables["context"].get("event_present_be", ())
    for i in range(len(words) - 1, 0, -1):
        if words[i] in be:
            return words[i - 1] in c.tables["context"].get("scheduled_event_nouns", ())
    return False


_CALLED_OFF = r"\b(?:{called_off_auxiliaries})\s+(?:(?:{called_off_passive})\s+)?([a-z]+)(?:\s+(off))?\b"
_RE_EVENT_WORDS = re.compile(r"([a-z-]+)\b")
_RE_PHRASE_BREAK = re.compile(r"[,;:.!?()\"“”]")


def _called_off_after(c: Ctx) -> bool:
    """ "The Crusaders' match against the Hurricanes in Wellington on Saturday has been called
    off", "Monday's Auckland Anniversary Day regatta has been called off": a planned event's
    day, the event called off, postponed or cancelled in a passive after it, in the same phrase
    (no comma between), its noun among the words around the day. Whether the day is past or
    ahead is not the verb's to say: the nearer one."""
    cw = c.tables["context"]
    end = min(len(c.low), c.e + 80)
    window = c.low[c.e : end]
    if not any(k + " " in window for k in cw.get("called_off_auxiliaries", ())):
        return False  # most days: no passive after them (a substring test before the regex)
    stop = _RE_PHRASE_BREAK.search(c.low, c.e, end)
    m = lex_pattern(c, _CALLED_OFF).search(c.low, c.e, stop.start() if stop else end)
    if m is None:
        return False
    if m.group(1) + (" off" if m.group(2) else "") not in cw.get("called_off_verbs", ()):
        return False
    between = _RE_EVENT_WORDS.findall(c.low, c.e, m.start())
    if any(w in cw.get("cancel_verbs", ()) for w in between):
        return False  # "The vote Tuesday postponed until next week was cancelled": its own plan first
    a = max(c.sentence()[0], c.s - 80)
    words = [*_RE_EVENT_WORDS.findall(c.low, a, c.s)[-10:], *between]
    nouns = cw.get("scheduled_event_nouns", ())
    more = cw.get("called_off_nouns", ())
    return any(w in nouns or w in more for w in words)


def _starts_a_stretch(c: Ctx) -> bool:
    """A word that starts a stretch right before the day or its clock ("starting Saturday",
    "starting at midnight Friday", "effective on Monday")."""
    m = _RE_START_WORDS.search(c.low, max(0, c.s - 30), c.s)
    return m is not None and m.group(1) in c.tables["context"].get("period_start_before", ())


# the date after a weekday: "Tuesday, March 24", "Saturday 27 June"
_RE_COMMA_DATE = re.compile(r",?[ \t]*" + _DATE_TAIL)


def _date_after(c: Ctx, pattern: re.Pattern[str], wd: int | None = None) -> D | None:
    """The date ``pattern`` (groups: month, day, optional year) finds right after the
    candidate: "at 7 a.m. on May 12", "at 10:01 a.m. on Tuesday, March 24". Its year is the
    stated one, else the one the date's own mention would get (context at the date, not at
    the clock: "must return by 6 p.m. on Aug. 2" is the coming Aug. 2 either way), or
    with a weekday ``wd`` the one whose date falls on it nearest the reference."""
    found = pattern.match(c.text, c.e)
    if found is None:
        return None
    g = found.groupdict()
    if g.get("wd"):
        wd_named = c.tables["weekdays"].get(g["wd"].lower())
        if wd_named is None:
            return None  # "on Sept 3" read as a weekday then a date: not one
        wd = wd_named if wd is None else wd
    mo = month_number(c.tables["months"], g["mon"] or g["mon2"])
    if mo is None:
        return None
    d = int(g["d"] or g["d2"])
    s, e = c.s, c.e
    c.s, c.e = found.start("mon") if g["mon"] else found.start("d2"), found.end()
    try:
        y = int(g["y"]) if g["y"] else _year_for_md(c, mo, d, wd)
        return D(y, mo, d) if y else None
    except (ValueError, OverflowError):
        return None
    finally:
        c.s, c.e = s, e


def _on_date_after(c: Ctx) -> D | None:
    """The day of an "on Aug. 2" right after a clock time (None when there is none or no such day)."""
    return _date_after(c, lex_pattern(c, _ON_DATE))


_RE_ON_BEFORE_HOLIDAY = re.compile(r"[ \t]+on[ \t]+")


def _on_holiday_after(c: Ctx) -> D | None:
    """The day of an "on Christmas Eve" or "on the 24th" right after a clock time ("at about 3
    p.m. on Christmas Eve", "close at noon on the 24th"), read as the day's own mention reads it."""
    on = _RE_ON_BEFORE_HOLIDAY.match(c.low, c.e)
    if on is None:
        return None
    return _day_read_at(c, on.end(), (("holiday", p_holiday), ("day_month", p_day_month), ("ordinal_day", p_ordinal_day)))


def _day_read_at(c: Ctx, pos: int, rules: tuple[tuple[str, Callable[[re.Match[str], Ctx], Out]], ...]) -> D | None:
    """The one day the first of ``rules`` that matches at ``pos`` reads there, as that mention's
    own production reads it (the candidate's context borrowed for the call), or None."""
    for rule, production in rules:
        hm = c.g.rules[rule].match(c.low, pos)
        if hm is not None:
            break
    else:
        return None
    s, e = c.s, c.e
    c.s, c.e = hm.start(), hm.end()
    try:
        got = production(hm, c)
    finally:
        c.s, c.e = s, e
    r = got[0] if isinstance(got, tuple) else got
    if not isinstance(r, Res) or r.granularity != "day" or r.earliest is None or r.earliest != r.latest:
        return None
    return r.earliest


_ON_WEEKDAY = r"[ \t]+(?:{day_prepositions}[ \t]+)?([A-Z][a-z]+)\b(?![ \t]*,?[ \t]*[A-Z][a-z]+\.?[ \t]+\d)"


def _on_weekday_after(c: Ctx) -> D | None:
    """The day of a bare weekday right after a time of day ("at dawn on Saturday", "at dawn
    Saturday"), read as the weekday's own mention reads it (its clause, the story)."""
    nxt = lex_pattern(c, _ON_WEEKDAY).match(c.text, c.e)
    if nxt is None or len(nxt.group(1)) < 6:  # full names only ("Sat" may be a verb)
        return None
    return _weekday_read_at(c, nxt)


def _weekday_read_at(c: Ctx, nxt: re.Match[str]) -> D | None:
    """The day of the weekday that ``nxt``'s group 1 found after the candidate, read as that
    weekday's own mention reads it (its clause, the story)."""
    wd = c.tables["weekdays"].get(nxt.group(1).lower())
    if wd is None or c.ref is None:
        return None
    s, e = c.s, c.e
    c.s, c.e = nxt.start(1), nxt.end(1)
    try:
        return _plain_weekday(c, wd)[1]
    finally:
        c.s, c.e = s, e


#: a bracketed restatement in UTC that names its weekday: "(05:31 UTC Monday)", "(0200 GMT on Sunday)";
#: group 1 (in a lookahead) is the weekday, as `_weekday_read_at` reads it
_RE_UTC_RESTATED_DAY = re.compile(
    r"\s*\((?=[^()\n]*?\b([A-Z][a-z]+day)\))(?P<h>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)\s+(?:GMT|UTC)\s+(?:on\s+)?[A-Z][a-z]+day\)"
)


def _local_day_of_utc_restatement(c: Ctx, m: re.Match[str], parts: tuple[int, int | None] | str) -> D | None:
    """The local day of a clock whose zone the lexicon knows the offset of (``zone_offsets``)
    when a bracket after it restates it in UTC with a weekday ("10:31pm PDT (05:31 UTC Monday)"
    is Sunday 22:31 in California): the UTC day read as a weekday's own mention, moved by the
    zone's offset."""
    after = _RE_UTC_RESTATED_DAY.match(c.text, c.e)
    if after is None or not isinstance(parts, tuple):
        return None
    zone = c.norm(m["t"]).split()[-1] if m["t"] else ""
    offset = c.tables["zone_offsets"].get(zone)
    if offset is None and c.tables["zone_end"].search(c.norm(m["t"])):
        return None  # a zone whose offset the lexicon does not know
    utc_day = _weekday_read_at(c, after)
    if utc_day is None:
        return None
    utc = dt.datetime.combine(utc_day, dt.time(int(after["h"]), int(after["mi"])))
    if offset is None:
        # no zone: "4:40 am (2040 GMT Thursday)" is 8 hours ahead of UTC, so Friday; the local
        # day whose offset from UTC is a real zone's (-12 to +14 hours), when only one is
        local_t = dt.time(parts[0] % 24, parts[1] or 0)
        days = [
            d for d in (utc.date() + dt.timedelta(days=k) for k in (-1, 0, 1))
            if -12 * 3600 <= (dt.datetime.combine(d, local_t) - utc).total_seconds() <= 14 * 3600
        ]
        return days[0] if len(days) == 1 else None
    local = utc + dt.timedelta(hours=float(offset))
    if (local.hour, local.minute) != (parts[0], parts[1] or 0):
        return None  # not the same instant: a different clock
    return local.date()


#: "The quake struck at": the subject of the clock's clause, a definite event noun, and a past verb
_RE_EVENT_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)the\s+([a-z]+)(?:,\s+(?:which|that))?\s+([a-z]+)(?:\s+[a-z]+)?\s+(?:at|around|about|shortly\s+(?:before|after))\s+$")


def _event_day_of_subject(c: Ctx) -> D | None:
    """The day of the event a clock's sentence is about, when it opens with the event's noun and
    a past verb ("The quake struck at 14:28 Beijing time") and a possessive day named an event of
    that kind before ("the death toll from Monday's 7.8-magnitude earthquake"): that day."""
    if not c.story.event_days or c.tense() != "past":
        return None
    a = c.sentence()[0]
    m = _RE_EVENT_SUBJECT.search(c.low, max(0, a - 2), c.s)
    if m is not None:
        noun = m.group(1)
    else:
        # "Three bombs exploded on Underground trains ... at about 8:50 a.m.": a counted subject
        # opening the sentence, the clock later in it
        m = lex_pattern(c, _COUNTED_EVENT_SUBJECT).match(c.low, a)
        if m is None or m.end() > c.s or _on_date_after(c) is not None or _on_weekday_after(c) is not None:
            return None  # (not "The quake came ... after the quake at 4.35am on September 4")
        noun = m.group(1)
    for i, group in c.tables["context"].get("event_noun_groups", {}).items():
        if (noun in group or (noun.endswith("s") and noun[:-1] in group)) and i in c.story.event_days:
            return c.story.event_days[i]
    return None


#: a sentence opening with a count or an article, at most one adjective, and a noun ("Three
#: bombs exploded", "Two powerful blasts hit")
_COUNTED_EVENT_SUBJECT = r"(?:\d+|{event_subject_openers})\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:[a-z]+ed|{tense.irregular_past})\b"


def _plain_weekday(c: Ctx, wd: int) -> tuple[D | None, D | None]:
    """A bare weekday at the candidate: (the story's day for it or None, the day), the story's
    when a story told from a past day gives it, else the one its clause points to."""
    if c.ref is None:
        return None, None
    story = _story_weekday(c, wd)
    return story, story or _after_range_start(c, wd, _weekday_for(c.ref, wd, _day_tense(c)))


#: how far back the start of a range may end ("from 19:00 GMT on Friday until 05:00 on Monday")
RANGE_START_CHARS = 40
_RE_CLOCK_ON = re.compile(r"[ \t]+(?:on[ \t]+)?")
_RE_ON_WEEKDAY_HEAD = re.compile(r"[ \t]+on[ \t]+([a-z]+)")
#: between a range's start and its end weekday: its middle word, then at most a clock and "on"
_RE_RANGE_TAIL = re.compile(r"[\s),]*([a-z]+)[ \t]+(?:(?:\d[\d:.]*[ \t]*(?:[ap]\.?m\.?)?|noon|midnight)[ \t]+)?(?:on[ \t]+)?$")


def _after_range_start(c: Ctx, wd: int, day: D) -> D:
    """A weekday that ends a range whose start the text just dated ("will shut from 19:00 GMT
    on Friday until 05:00 on Monday", "from 6am on Saturday (March 3) to 6am on Sunday") is not
    before that start nor a week or more after it: the first such weekday after it."""
    d = c.story.date
    if d is None or d.earliest is None:
        return day
    between = c.low[c.story.date_at : c.s]
    if d.granularity == "minute" and d.earliest.isoweekday() == wd and _RE_CLOCK_ON.fullmatch(between):
        return d.earliest  # "until 05:00 on Monday": the day the clock was read on
    if d.granularity == "minute":
        # a clock that names its own weekday ("from 19:00 GMT on Friday until ...") dates the start
        own = _RE_ON_WEEKDAY_HEAD.match(between)
        if own is None or c.tables["weekdays"].get(own.group(1)) != d.earliest.isoweekday():
            return day
        between = between[own.end() :]
    elif d.granularity != "day":
        return day
    by_weekday = d.granularity == "minute" or c.story.date_rule == "weekday"
    if d.earliest <= day and (not by_weekday or day <= d.earliest + dt.timedelta(days=6)):
        return day  # a range from a weekday to a weekday spans less than a week ("from Sept. 14 to Thursday" may be longer)
    if not 0 < len(between) <= RANGE_START_CHARS:
        return day
    m = _RE_RANGE_TAIL.match(between)
    if m is None or m.group(1) not in c.tables["range_bare_middle"]:
        return day
    if "," in between and c.ref is not None and _plan_target(c):
        # "brought forward its meeting, planned for Wednesday and Thursday, to Monday", "postponed
        # the elections, which had been rescheduled for today, to Saturday": the plan's new day, ahead
        return R.weekday_near(c.ref, wd, 1)
    return R.weekday_near(d.earliest + dt.timedelta(days=1), wd, 1)


def _plan_target(c: Ctx) -> bool:
    """Does the candidate's sentence move a plan ("brought forward", "moved", "postponed": the
    tense cues' plan verbs) before it? Its "to <day>" is the new day, not a range's end."""
    a = c.sentence()[0]
    words = set(_RE_LOW_WORD.findall(c.low, a, c.s))
    return bool(words & c.tense_cues.plan_keys)


_RE_CLOCK_CODE = re.compile(r"T(\d\d):\d\d")


def _clock_hour(parts: tuple[int, int | None] | str) -> int | None:
    """The hour of a clock's parts: its own, or that of "noon" (T12:00); None for midnight."""
    if isinstance(parts, tuple):
        return parts[0]
    m = _RE_CLOCK_CODE.fullmatch(parts)
    return int(m.group(1)) if m and m.group(1) != "24" else None


#: a clock before this hour, in a sentence after "overnight", is in the morning that ended the night
MORNING_AFTER_NIGHT_HOURS = 10

_RE_ASIDE_OPEN = re.compile(r",\s+([a-z]+)\b")


def _day_in_closed_aside(c: Ctx) -> bool:
    """Is the story's day inside a relative aside that closed before the clock, in the clock's
    sentence ("Zuckerberg, who turned 28 on Monday, rang the opening bell at 6:30 a.m.")? The
    clock belongs to the main clause, not to the aside's day."""
    st = c.story
    a = c.sentence()[0]
    if st.day is None or not a <= st.day_start < c.s:
        return False
    opened = None
    for opened in _RE_ASIDE_OPEN.finditer(c.low, a, st.day_start):
        pass
    if opened is None or opened.group(1) not in c.tense_cues.aside_relatives:
        return False
    return "," in c.low[st.day_at : c.s]


def _past_midnight(c: Ctx, day: D, hour: int) -> bool:
    """Has a story told through the night passed midnight: the story's last time was in the
    evening of ``day`` (17:00 or later, or an evening or night: `_part_of_hour`), this clock is a morning one
    (noon at the latest) told after it in a past clause, and the next day is not after the reference
    ("polls closed at 10pm on Thursday ... the market opened at 8am", published Friday)? Not
    in the pluperfect ("He had arrived at 8am"), which looks back."""
    last = c.story.day
    if last is None or last.earliest != day or c.ref is None:
        return False
    if hour > 12 or day + dt.timedelta(days=1) > c.ref:
        return False
    if last.granularity in ("minute", "part_of_day"):
        hm = _RE_VALUE_PART.search(last.value)
        evening = hm is not None and (_POD_ORDER[hm.group(2)] if hm.group(2) else _part_of_hour(int(hm.group(1)))) >= _POD_ORDER["EV"]
    else:
        # "approved a call-up late Saturday. A tower was hit around 3:30 a.m.", in a later
        # sentence ("Late Friday, the ministry confirmed the death of a soldier killed at 6 a.m."
        # is of the day the sentence tells)
        evening = last.granularity == "day" and last.mod == "END" and c.story.day_at < c.sentence()[0]
    # "... late Saturday. Jets struck overnight, including a tower hit around 3:30 a.m.", "Rain
    # fell through the night on Tuesday. By 6 a.m., ...": from the start of the day's sentence
    if not evening:
        lo = c._tense.sentence(c.text, c.story.day_start, c.story.day_at)[0]  # type: ignore[attr-defined]
        if not (last.granularity == "day" and lex_pattern(c, _THROUGH_NIGHT).search(c.low, lo, c.s)):
            return False
    return c.tense() == "past" and not _pluperfect_clause(c)


def _ahead_past_midnight(c: Ctx, day: D, hour: int) -> bool:
    """Does a schedule ahead cross midnight: the last time in this sentence is a late evening
    clock on ``day`` (20:00 or later) and this is an early-morning one (before 8:00), in a
    clause that is not past ("Polls close at 10 p.m., and results are expected at about 3 a.m.")?"""
    last = c.story.day
    if last is None or last.earliest != day or last.granularity not in ("minute", "part_of_day") or hour >= 8:
        return False
    if c.story.day_at < c.sentence()[0]:
        return False
    hm = _RE_VALUE_PART.search(last.value)
    if hm is None:
        return False
    if hm.group(1):
        if int(hm.group(1)) < 20:
            return False
    elif hm.group(2) != "NI" or hour >= SMALL_HOURS_END:
        return False  # "open until 1am on Thursday night": the night's small hours (not "Thursday evening ... at 7am")
    return c.tense() in ("future", "present")


#: words telling that the story went on through the night after its day
_THROUGH_NIGHT = r"\b(?:{through_night})\b"


_RE_ON_BETWEEN = re.compile(r"\bon\b")


def _intraday_market(c: Ctx) -> bool:
    """A price move "by" a clock in a sentence about a market ("AMR shares fell 84 percent to 26
    cents by 11 a.m. EST", "GM shares rose 3 percent by 10 a.m."), with no day told in that
    sentence: intraday trading, on the report's day, not the day the story last named."""
    cw = c.tables["context"]
    before = " ".join(c.low[max(0, c.s - 12) : c.s].split()[-2:])
    if not any(before == p or before.endswith(" " + p) for p in cw.get("intraday_clock_before", ())):
        return False
    a, b = c.sentence()
    if c.story.day is not None and c.story.day_at >= a:
        return False
    words = set(re.findall(r"[a-z&]+", c.low[a:b]))
    if c.ref is not None and c.ref.isoweekday() >= 6 and not words & set(cw.get("intraday_weekend_nouns", ())):
        return False  # markets are shut on a weekend (crypto trades through it): Friday's trading
    # a market and a price move ("shares fell ... percent"), not a market word alone ("the stock
    # of vaccines was exhausted by noon", "the gold medal ceremony was over by 3 p.m.")
    return bool(words & set(cw.get("intraday_market_nouns", ()))) and bool(words & set(cw.get("intraday_move_words", ())))


def _in_report_frame(c: Ctx) -> bool:
    """Is the clock in the frame of a report: a reporting verb or a report noun among the few
    words before it in its clause ("Speaking at a news conference at 11 a.m.", "It said in a
    statement at 5 p.m.")?"""
    a = max(c.sentence()[0], c.s - 50)
    words = [w.strip(",.;:\"'“”") for w in c.low[a : c.s].split()][-6:]
    frame = c.tables["context"].get("report_frame_words", ())
    # a report noun among them, or a reporting verb right before the clock's "at" ("said at 5 p.m.")
    return any(w in frame for w in words) or (len(words) >= 2 and words[-1] == "at" and words[-2] in c.tense_cues.reporting)


def _on_planned_day(c: Ctx) -> bool:
    """Is a bare clock after a planned day (the story's, still ahead) on that day: in a clause
    that looks ahead ("Organizers recommend arriving by 9:30 a.m.") or tells a schedule ("the
    ceremony starts at 7.30pm"), or with no tense of its own in the sentence that put the story
    there ("It begins at 10:45 a.m., with two minutes of silence at 11 a.m.")? Not a plain
    present ("The Dow is up 120 points at 11:30 a.m."), which is the report's day."""
    t = c.tense()
    if t == "future":  # a schedule verb ("starts", "opens") reads as future too
        return True
    return t is None and (c.story.day_at >= c.sentence()[0] or _under_date_heading(c))


#: how many lines below a date heading a clock may be listed under it
HEADING_LINES = 12


def _under_date_heading(c: Ctx) -> bool:
    """Is a bare clock in a fixture list under a line that holds only a day ("Saturday 14
    January" / "Bournemouth v Watford (3pm)" / "Tottenham v West Brom (5.30pm)"): the day the
    story is on, up to HEADING_LINES short lines down, none of them naming another day?"""
    st = c.story
    if st.heading_day is None or st.day is None or st.day.earliest != st.heading_day:
        return False
    if c.text.count("\n", st.heading_end, c.s) > HEADING_LINES:
        return False
    between = c.text[st.heading_end : line_bounds(c.text, c.s)[0]]
    return all(len(line) <= HEADING_ENTRY_CHARS for line in between.split("\n")) and not _day_word(c).search(c.low, st.heading_end, c.s)


#: how long a line under a date heading may be to count as a list entry
HEADING_ENTRY_CHARS = 120


def _day_word(c: Ctx) -> re.Pattern[str]:
    """A weekday (full name), a month name or a deictic day word: a day named in a list entry."""
    cache = c.tables["patterns"]
    got = cache.get("list_day_word")
    if got is None:
        words = [w for w in c.tables["weekdays"] if len(w) >= 6] + [w for w in c.tables["months"] if len(w) >= 5]
        words += ["today", "tomorrow", "yesterday", "tonight"]
        got = cache["list_day_word"] = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
    return got


_RE_LINE_LEAD = re.compile(r"[ \t\[\]*•·>#-]*")
_RE_HEADER_AFTER = re.compile(r"[ \t]*(?:[-–—|:][ \t]|\r?\n)")


#: a 24-hour "hh:mm" opening a line (bullets and brackets aside): a live blog's entry stamp
_RE_BLOG_STAMP = re.compile(r"^" + _RE_LINE_LEAD.pattern + r"(?:(?:[01]\d|2[0-3])[:.][0-5]\d(?![\d.]|:\d)|(?:[01]\d|2[0-3])[0-5]\d(?=:[ \t]))", re.M)
#: how many lines must open so for a text to be read as a live blog
LIVE_BLOG_STAMPS = 3
#: how much of a text's opening must say it is live (lexicon context_words.live_blog_words)
LIVE_BLOG_OPENING = 600
_LIVE_WORDS = r"\b(?:{live_blog_words})\b"


def _opens_line(c: Ctx, pos: int) -> int | None:
    """The start of the candidate's line when only bullets or brackets stand between it and
    ``pos`` (the candidate opens its line), else None."""
    line = line_bounds(c.text, c.s)[0]
    lead = _RE_LINE_LEAD.match(c.text, line)
    return line if lead is not None and lead.end() >= pos else None


def _under_heading(c: Ctx, line: int) -> bool:
    """Does the line at ``line`` stand under a heading of its own ("What happened yesterday:",
    "Programme for Saturday 20 July:"), or under a diary's weekday heading in the same block of
    lines ("Monday: the funeral\nIt is a bank holiday ...\n10:44 BST: The coffin is carried")?"""
    return c.text[max(0, line - 200) : line].rstrip().endswith(":") or _under_diary_heading(c, line)


def _under_diary_heading(c: Ctx, line: int) -> bool:
    """Is there a diary's weekday heading line in the block of lines above ``line`` (no blank
    line between)?"""
    block = c.text[max(0, line - DIARY_BLOCK_CHARS) : line]
    block = block[block.rfind("\n\n") + 1 :]
    return any(_diary_heading_line(c).fullmatch(ln.strip()) for ln in block.split("\n"))


#: how far back (characters) a diary's weekday heading may stand over a stamped line
DIARY_BLOCK_CHARS = 600


def _diary_heading_line(c: Ctx) -> re.Pattern[str]:
    """A line that is a weekday heading ("Monday", "THURSDAY 24", "Monday: the funeral")."""
    cache = c.tables["patterns"]
    got = cache.get("diary_heading_line")
    if got is None:
        names = "|".join(sorted((w for w in c.tables["weekdays"] if len(w) >= 6), key=len, reverse=True))
        got = cache["diary_heading_line"] = re.compile(
            rf"(?:{names})(?:[ \t]+[0-3]?\d(?:st|nd|rd|th)?)?(?:[ \t]*[:\-–—][^.!?\n]{{0,{DIARY_LABEL_CHARS}}})?", re.I
        )
    return got


#: after a range's bare start, the end with its a.m./p.m. ("7 [to 9 p.m.]")
_RE_RANGE_TO_MARKED = re.compile(r"\s*(?:to|and|until|till|-|–)\s*(1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*([ap])\.?\s?m\b")
#: a South African or French clock ("22h00", "01h12")
_RE_H_CLOCK = re.compile(r"[0-2]?\d[hH][0-5]\d")
_RE_COLON_CLOCK = re.compile(r"[0-2]?\d[:.][0-5]\d")


def _clock_before_day_part(c: Ctx, m: re.Match[str], t: str) -> bool:
    """Is a bare "5:34" (no a.m./p.m., no "at") a clock because a part of a day follows it
    ("5:34 Thursday morning in Baghdad", "11:40 last night"); not before a bare weekday
    ("drew 2:2 Thursday")?"""
    if not m["wd"] or not _RE_COLON_CLOCK.fullmatch(t) or c.text[m.start("t") - 1 : m.start("t")] in (":", "."):
        return False  # (nor the end of a race time, "ran 2:15:25 Sunday morning")
    if c.prev_word(m.start("t")) in c.tables["context"].get("day_part_clock_not_after", ()):
        return False
    return bool(m["wdp"]) or c.norm(m["wd"]) in c.tables["deictic_parts"]


def _blog_stamp(c: Ctx, m: re.Match[str]) -> bool:
    """Is a bare "09:02" (no a.m./p.m., no zone) the stamp of a live blog entry: at the start
    of its line, in a text where at least LIVE_BLOG_STAMPS lines open with such a stamp?"""
    g = "t4" if m.groupdict().get("t4") else "t"  # "1851:", the four-digit stamp
    line = _opens_line(c, m.start(g))
    if line is not None and _RE_HEADER_AFTER.match(c.text, m.end(g)) is not None and _under_diary_heading(c, line):
        return True  # "Tuesday\n10:00: Police arrived at the house.": a diary day's stamped line
    if line is None or not _RE_BLOG_STAMP.match(c.text, line):
        return False
    if c.story.blog_stamps is None:
        # a live blog says so in its headline or opening ("Volcanic ash cloud - live", "Live
        # updates", "as it happened"); results tables, timetables and verses do not
        opening = c.low[:LIVE_BLOG_OPENING]
        live = lex_pattern(c, _LIVE_WORDS).search(opening) is not None
        c.story.blog_stamps = sum(1 for _ in itertools.islice(_RE_BLOG_STAMP.finditer(c.text), LIVE_BLOG_STAMPS)) if live else 0
    # ("Programme for Saturday 20 July:": that day's schedule)
    return c.story.blog_stamps >= LIVE_BLOG_STAMPS and not _under_heading(c, line)


def p_blog_stamp(m: re.Match[str], c: Ctx) -> Out:
    """ "18.40 Good evening from Soccer City", "1851: We are closing our live coverage": a live
    blog's dotted or four-digit entry stamp, on the blog's day."""
    if not _blog_stamp(c, m):
        return None
    h, mi = (int(x) for x in m["t"].split(".")) if m["t"] else (int(m["t4"][:2]), int(m["t4"][2:]))
    if c.ref is None:
        return Res("TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}", "minute")
    return R.clock(_blog_day(c, h * 60 + mi), h, mi).with_(anchor=c.ref_anchor())


#: how far back (minutes) a live blog's stamp may jump for the blog to have crossed midnight
BLOG_MIDNIGHT_JUMP = 12 * 60


def _blog_day(c: Ctx, minutes: int | None) -> D:
    """The day of a live blog's entry stamped at ``minutes`` past midnight: the reference's,
    moved on a day each time a stamp falls more than twelve hours below the one before it
    ("23.55 First result." then "00.10 Second result.")."""
    assert c.ref is not None
    st = c.story
    if minutes is not None:
        if st.blog_last is not None and minutes < st.blog_last - BLOG_MIDNIGHT_JUMP:
            st.blog_days += 1
        st.blog_last = minutes
    return c.ref + dt.timedelta(days=st.blog_days)


def _timestamp_header(c: Ctx) -> bool:
    """Is the clock a live blog entry's timestamp: alone at the start of its line (bullets and
    brackets aside) and followed by a dash, a bar, a colon or the line's end ("14:10 GMT -
    Crossing to reopen Sunday"), or a bare 24-hour stamp opening a line of a live blog ("09:02
    Good morning.")? It is on the blog's day, whatever day the entries tell of."""
    line = _opens_line(c, c.s)
    if line is None:
        return False
    if _RE_HEADER_AFTER.match(c.text, c.e) is None and not (c.story.blog_stamps or 0) >= LIVE_BLOG_STAMPS:
        return False
    # not under a heading of its own ("What happened yesterday:", "Saturday's schedule (all
    # times GMT):"): the entries are that day's, as the story reads it
    return not _under_heading(c, line)


#: a word of habit in the clause ("open daily", "every day except Sunday", "Tuesday to Saturday")
_HABIT = r"\b(?:{habit_words})\b"


def _day_range(c: Ctx) -> re.Pattern[str]:
    """ "open Tuesday to Saturday", "Mondays through Fridays": a range of weekdays (full names),
    not one after "from" (a stretch of particular days: "the talks ran from Tuesday to Saturday")."""
    cache = c.tables["patterns"]
    got = cache.get("habit_day_range")
    if got is None:
        names = "|".join(sorted((w for w in c.tables["weekdays"] if len(w) >= 6), key=len, reverse=True))
        middles = "|".join(map(re.escape, c.tables["context"].get("habit_range_middles", ())))
        got = cache["habit_day_range"] = re.compile(
            rf"(?<!from )\b(?:{names})s?[ \t]+(?:{middles})[ \t]+(?:{names})s?\b", re.I
        )
    return got


def _habitual_clock(c: Ctx) -> bool:
    """Is a clock with no day of its own a time of every such day: its sentence says so with a
    word of habit (lexicon context.habit_words: "daily", "every day", "nightly"; or a weekday
    range, "open Tuesday to Saturday from 10 a.m.") in a clause that is not past ("It is open
    daily from 6 a.m. to 6 p.m.", "tours leave every day at 08:00")? TIMEX3 leaves its date
    unspecified (``XXXX-XX-XXT06:00``)."""
    a, b = c.sentence()
    habit = lex_pattern(c, _HABIT, re.I).search(c.text, a, b)
    if habit is not None and (c.tense() != "past" or _habit_governs(c, habit)):
        lo, hi = _clock_stretch(c, a, b)
        if _habits_aside(c, a, lo, hi) and _one_day_in(c, c.low[lo:hi]) and (c.tense() in ("future", "past") or _day_named(c).search(c.low, lo, hi)) and _day_range(c).search(c.text, lo, hi) is None:
            # "The market, normally held on Fridays, will instead run Thursday from 3 to 7
            # p.m.": the habit is another clause's; the clock's own names its day (a weekday in
            # a clause of no past or future is as often every such day: "serves brunch from 10
            # a.m. to 2 p.m. Sunday"; a weekday range beside it makes a schedule of the stretch)
            return False
        return True  # "closed the causeway from 7 a.m. to 10 p.m. daily": every day, past or not
    if _day_range(c).search(c.text, a, b) is not None and c.tense() == "present":
        return True
    return _standing_rule_clock(c, a, b)


def _habit_governs(c: Ctx, habit: re.Match[str]) -> bool:
    """Is the word of habit next to the clock, or a preposition apart ("held a news conference
    every day at 1 p.m."), or right after the end of its range ("from 7 a.m. to 10 p.m. daily")?
    Then it governs the clock in a past clause too; not "which carry six million commuters daily,
    were restored at around 11 pm"."""
    if habit.end() <= c.s and lex_pattern(c, _HABIT_GAP).fullmatch(c.low, habit.end(), c.s) is not None:
        return True
    if habit.end() <= c.s and _RE_HABIT_FRONT.fullmatch(c.text, c.sentence()[0], habit.start()) is not None:
        return True  # "On most evenings cells were locked at 7.30pm": a habit that opens the sentence
    end = lex_pattern(c, _RANGE_END).match(c.low, c.e)
    return 0 <= habit.start() - (end.end() if end else c.e) <= 2


#: what may open a sentence before a word of habit that governs it ("On most evenings, ...")
_RE_HABIT_FRONT = re.compile(r"[\s\"“‘'(]*(?:[Oo]n\s+|[Ii]n\s+)?")
#: what may stand between a word of habit and the clock it governs ("every day at")
_HABIT_GAP = r"\s*(?:(?:{habit_gap_words})\s+)*"
#: a clock range's second end after the first clock ("to 10 p.m.", "and 6 am")
_RANGE_END = r"\s*(?:{ranges.middle})\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?"


def _standing_rule_clock(c: Ctx, a: int, b: int) -> bool:
    """A clock range of a standing rule with no day in its sentence is a time of every day the
    rule holds (TIMEX3 ``XXXX-XX-XXT22:00``): a curfew ("the night curfew from 11 pm to 5 am",
    "A curfew inside the cordon runs from 6.30pm to 6.30am"), a ban ("bursting crackers is
    banned between 10 pm and 6 am"), hours kept during a season ("offices would work from 10
    a.m. to 3 p.m. during the holy month"). Not a clock alone ("the curfew began at 8pm") nor one
    of a named day ("a curfew from 10pm on Friday")."""
    cw = c.tables["context"]
    pw = c.prev_word()
    if pw not in cw.get("habit_range_words", ()):
        return False
    lo, hi = _clock_stretch(c, a, b)
    seg = c.low[lo:hi]
    words = set(_RE_LOW_WORD.findall(seg))
    if _names_one_day(c, seg):
        return False
    if c.tense() == "past" or not set(_RE_LOW_WORD.findall(c.low[a : c.s])).isdisjoint(cw.get("habit_one_off_verbs", ())):
        return False  # "Columbia imposed a curfew from 6 p.m. to 6 a.m.": that night's
    if not words.isdisjoint(cw.get("habit_regime_nouns", ())) or not words.isdisjoint(cw.get("habit_rule_words", ())):
        return True
    rest = c.low[c.e : hi]
    return any(f" {w} " in f" {rest} " for w in cw.get("habit_span_before", ()))


def _habits_aside(c: Ctx, a: int, lo: int, hi: int) -> bool:
    """Is every word of habit in the sentence (from ``a``) outside the clock's stretch
    ``lo:hi`` and apart from its clause: after the stretch ("at 4 p.m. on December 18, in the
    slot usually given to seniors") or in a parenthesis before it ("The market, normally held
    on Fridays, will instead run Thursday")? Not one that opens the sentence ("Normally, the
    market runs Saturday from 8 a.m.") or a clause before ("The gym is usually open weekdays
    ..., and Saturday from 8 a.m.")."""
    for h in lex_pattern(c, _HABIT, re.I).finditer(c.text, a, hi):
        if h.end() > lo:
            return False  # in the clock's own stretch
        opened = c.text.rfind(",", a, h.start())
        closed = c.text.find(",", h.end(), lo)
        if opened < 0 or closed < 0 or not c.text[a:opened].strip() or "," in c.text[opened + 1 : h.start()]:
            return False
        after = _RE_NEXT_LOW_WORD.match(c.low, closed + 1)
        if after is not None and after.group(1) in c.tables["context"].get("habit_aside_not_before", ()):
            return False  # ", the team usually practices at 3 p.m., and on Monday": a clause before, not an aside
    return True


#: the word after a comma
_RE_NEXT_LOW_WORD = re.compile(r"\s*([a-z]+)")


#: the words and range dashes of a stretch ("Monday-Thursday")
_RE_WORD_OR_DASH = re.compile(r"[a-z]+|[-–]")


def _one_day_in(c: Ctx, seg: str) -> bool:
    """Does ``seg`` name one day: a deictic day, a month with a day, or a single weekday ("run
    Thursday from 3 to 7 p.m."), not a set ("every Thursday", "the first Friday of") nor a
    range of weekdays ("Monday to Thursday")?"""
    if _day_named(c).search(seg) is not None:
        return True
    cw = c.tables["context"]
    middles = {*cw.get("habit_range_middles", ()), "and", "or"}
    sets = cw.get("habit_weekday_set_words", ())
    days = c.tables["weekdays"]
    words = [(w.group(), w.start()) for w in _RE_WORD_OR_DASH.finditer(seg)]
    for k, (w, _) in enumerate(words):
        if len(w) < 6 or w not in days:
            continue  # (a plural "Fridays" is not in the table)
        before = [x for x, _ in words[max(0, k - 2) : k]]
        after = [x for x, _ in words[k + 1 : k + 3]]
        if (before and before[-1] in sets) or (len(before) == 2 and before[1] in middles and before[0] in days):
            continue  # "every Thursday", "Monday to Thursday"
        if len(after) == 2 and after[0] in middles and after[1] in days:
            continue  # "Monday to Thursday"
        if after and after[0] in cw.get("habit_weekday_set_after", ()):
            continue  # "on Tuesday evenings", "one Saturday a month"
        return True
    return False


def _clock_stretch(c: Ctx, a: int, b: int) -> tuple[int, int]:
    """The comma-bounded stretch of the sentence ``a:b`` that the clock is in."""
    lo = max((c.low.rfind(ch, a, c.s) for ch in ",;:(\n"), default=-1)
    his = [i for i in (c.low.find(ch, c.e, b) for ch in ",;)\n") if i >= 0]
    return max(lo + 1, a), min(his, default=b)


def _names_one_day(c: Ctx, seg: str) -> bool:
    """Does ``seg`` name one day: a deictic day, a month with a day, or a weekday ("Thursday",
    not "Thursdays")?"""
    return _day_named(c).search(seg) is not None or not set(_RE_LOW_WORD.findall(seg)).isdisjoint(c.tables["weekdays"])


def _day_named(c: Ctx) -> re.Pattern[str]:
    """A day named in a sentence: a deictic day ("today", "tonight") or a month with a day
    ("Dec. 31", "31 December"); its clocks are that day's, not times of every day."""
    cache = c.tables["patterns"]
    got = cache.get("day_named")
    if got is None:
        months = "|".join(sorted(map(re.escape, c.tables["months"]), key=len, reverse=True))
        deictic = "|".join(sorted(map(re.escape, list(c.tables["deictic"]) + list(c.tables["deictic_parts"])), key=len, reverse=True))
        got = cache["day_named"] = re.compile(
            rf"\b(?:{deictic}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})\b|(?:{months})\.?\s+\d{{1,2}}\b)", re.I
        )
    return got


#: a bare 24-hour clock, hours and minutes
_RE_BARE_24H = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")  # (two-digit hours: "3:45" could be either half of the day)


def _bare_clock_dated(c: Ctx, m: re.Match[str]) -> bool:
    """Is a bare "18:10" dated by a day written right before it ("Friday, 23 March 2001
    18:10", "Issued: 29/02/2008 11:05")? Then it is a clock, though no "at" or zone marks it."""
    a = m.start("t")
    if not _RE_BARE_24H.fullmatch(c.low, a, m.end("t")) or c.low[a - 1 : a] in (":", ".") or c.low[a - 1 : a].isdigit():
        return False  # (not the end of a race time, "2:02:57")
    st = c.story
    return (
        st.date is not None
        and st.date.granularity == "day"
        and st.date_at == st.mention_at
        and 0 <= a - st.mention_at <= 3
        and not c.text[st.mention_at : a].strip(" ,\t")
    )


def _dotted_clock(c: Ctx, t: str) -> bool:
    """Is a dotted number with two-digit hours and no zone ("09.30", "16.00") a clock? Its
    minutes are in fives (not "01.03", "Ubuntu 08.04"), it reads as no day and month unless "at"
    comes before it ("from 05.10 to 10.10"), no unit follows it ("09.50 pence"), its clause
    tells no market's prices ("the shilling fell to 12.45", "The rand fell to 09.15"), and it
    has a leading zero ("at 09.30") or comes after a clock told before it in its sentence ("at
    07.00 local time ... at 08.00 ... closed at 16.00 and 17.00")."""
    cw = c.tables["context"]
    minutes = int(t[3:5])
    if minutes % 5 or c.next_word() in cw.get("dotted_clock_not_before", ()):
        return False
    if 1 <= minutes <= 12 and int(t[:2]) <= 31 and c.prev_word() != "at":
        return False  # "runs from 05.10 to 10.10", "apply from 01.05": a day and a month
    words = set(_clause_words_before(c))
    if words & set(cw.get("intraday_market_nouns", ())) or words & set(cw.get("intraday_move_words", ())):
        return False  # "The rand fell to 09.15", "Shares in the company closed at 08.45": a price ("the morning session, which opened at 09.30" is a clock)
    return t[0] == "0" or c.sentence()[0] <= c.story.clock_at <= c.s


def p_clock(m: re.Match[str], c: Ctx) -> Out:
    t = c.norm(m["t"])
    # "one minute before midnight", "four minutes past eight", "a quarter to five": minutes
    # told from a point of the day or an hour are a clock time, whatever comes before
    cwd = c.tables["clock_words"]
    spoken = _spoken_clock(c, t) if t[:1].isalpha() else t
    said_in_words = spoken != t and spoken[:1].isdigit()
    links = (*cwd.get("past", ()), *cwd.get("to", ()))
    told_from_point = said_in_words and _point_told_from(c, t.split()) is not None
    told_from_hour = said_in_words and any(w in links for w in t.split())
    has_marker = told_from_point or told_from_hour or bool(lex_pattern(c, _CLOCK_MARKER).search(t) or c.tables["zone_end"].search(t))
    clock_after = c.tables["context"].get("clock_after", ())
    pw = c.prev_word(m.start("t"))
    te = m.end("t")
    if c.text[m.start("t")].isupper() and t[:1].isalpha() and not _starts_sentence(c, m.start("t")) and c.text[te : te + 2][1:2].isupper():
        return None  # "a ferry runs between Noon Island and the mainland": a name
    if said_in_words and not has_marker and ":" in spoken.split()[0] and _time_told_before(c, m.start("t"), pw):
        clock_after = (*clock_after, pw)  # "It's six thirty-two": an hour and minutes in words, after "it's"
    if not has_marker and _RE_DOTTED_CLOCK.fullmatch(t) and not _dotted_clock(c, t):
        return None  # "closed at 16.00", "rose to 09.50 pence", "from 01.03 to 15.03": a price, a version, a date
    range_end = _RE_RANGE_TO_MARKED.match(c.low, m.end("t")) if not has_marker and not m["wd"] else None
    if not has_marker and pw not in clock_after and not _blog_stamp(c, m) and not _clock_before_day_part(c, m, t) and range_end is None and not _bare_clock_dated(c, m):
        return None
    if not has_marker and _RE_SECONDS.search(t) and not (_RE_SECONDS_24H.match(t) and pw in c.tables["context"].get("bare_hour_after", ())):
        # "stands at 2:00:35": a race time, unless a.m./p.m. or a zone follows, or a 24-hour
        # clock with two-digit hours after a clock word ("sounded at 23:34:42")
        return (SKIP, c.e)
    if not has_marker:
        more = _RE_RACE_TIME.match(c.low, m.end("t"))
        if more is not None and not c.tables["zone_start"].match(c.low, more.end()):
            return (SKIP, more.end())  # "stands at 2:00:35", "set at 3:43.13": a race time
    if lex_pattern(c, _MILITARY).match(t) and not has_marker:
        # "at 1800 hours", "0600 hours": a clock; "lasts 1200 hours", "after 1200 hours of
        # talks" are durations
        cw = c.tables["context"]
        if (t[0] != "0" and pw not in cw.get("military_clock_after", ())) or c.next_word() in cw.get("military_clock_not_before", ()):
            return None
    if _RE_WIRE_CLOCK.match(t) and any(
        re.search(r"\b" + re.escape(z) + r"\b", t) and z.upper() not in c.text[m.start("t") : m.end("t")]
        for z in c.tables["caps_zones"]
    ):
        return None  # "(2012 est.)": an estimate; "1400 EST" is a clock
    if _RE_WIRE_CLOCK.match(t) and not m["wd"] and pw in c.tables["context"].get("wire_clock_not_after", ()):
        return None  # "In 1847 GMT was adopted": a year; "at 1600 GMT", "is 1600 GMT" are times
    if (
        t[:1].isalpha()
        and not (told_from_point or told_from_hour)
        and not t.startswith(tuple(c.tables["pods"]))
        and pw not in clock_after
        and pw not in c.tables["context"].get("spoken_clock_after", ())
        and c.text[: m.start("t")].rstrip()[-1:] not in _CLAUSE_OPENERS
    ):
        return None  # "took two in the morning session": wickets; "at two in the morning", "it's six in the morning" are clocks
    if _RE_H_CLOCK.fullmatch(t) and pw in c.tables["context"].get("day_part_clock_not_after", ()):
        return None  # "won the marathon in 2h03": a time taken
    if pw == "now" and not (m["wd"] or t[:1].isalpha() or has_marker):
        return None  # "is now 1:05 ahead": a margin ("where it is now 2:30 Thursday morning" is a clock)
    parts = _clock_parts(c, t)
    if parts is None:
        return None
    if range_end is not None and isinstance(parts, tuple):
        # "from 7 to 9 p.m.", "5 to 10 p.m.": the start is in the end's half of the day
        end_h = int(range_end.group(1))
        pm_end = range_end.group(2).startswith("p")
        if pm_end and parts[0] < 12 and parts[0] <= end_h < 12:
            parts = (parts[0] + 12, parts[1])  # "from 7 to 9 p.m." (not "11:30 to 12:30 p.m.", noon)
        elif not pm_end and parts[0] < 12 and parts[0] > end_h:
            parts = (parts[0] + 12, parts[1])  # "from 9 to 1 a.m.": across midnight
        elif not pm_end and parts[0] == 12 and end_h != 12:
            parts = (0, parts[1])
    if (
        isinstance(parts, tuple)
        and not m["wdp"]
        and not (m["wd"] and c.norm(m["wd"]) in c.tables["deictic_parts"])
        and not _RE_H_CLOCK.fullmatch(t)  # ("22h00", "9h30": a 24-hour clock)
        and _afternoon_hour(c, t, parts)
    ):
        parts = (parts[0] + 12, parts[1])  # "at 4 o'clock", "at half past four": 16:00, 16:30
    if isinstance(parts, tuple) and not m["wd"] and parts[0] != 12 and (code := _part_just_before(c, m.start())) is not None:
        # "tonight at 7:30", "Saturday night at 9:30", "this evening at 8:15": the part before
        # tells p.m. (not "Saturday night at 12:30", just after midnight: the next day's, which
        # the day found below does not know)
        parts = _hour_of_part(c, t, "", parts, pw, code) or parts
    if isinstance(parts, tuple) and m["wd"]:
        # "2:30 Sunday morning", "9 o'clock on Sunday night": the part after the day tells a.m./p.m.
        code = c.tables["pods"].get(c.norm(m["wdp"])) if m["wdp"] else None
        parts = _hour_of_part(c, t, c.norm(m["wd"]), parts, pw, code)
        if parts is None:
            return None
    end = None  # where the span ends when it stops short of the match
    story = None  # the day a story told forward gives the weekday ("At 9:59 a.m. Tuesday")
    later = None  # a weekday after a bracketed restatement, "(0400 GMT) on Friday"
    on_day = None  # the date of an "on Aug. 31, 1997" right after it
    wd_name = c.norm(m["wd"]) if m["wd"] else ""
    if wd_name in c.tables["weekdays"] and not c.cap(m.start("wd")):
        end = m.end("t")  # "10:35 a.m. friday": the weekday dates the clock but is left out of the span
    if m["wd"]:
        w = wd_name
        dated = _date_after(c, _RE_COMMA_DATE, c.tables["weekdays"][w]) if w in c.tables["weekdays"] else None
        rel = c.norm(m["wkrel"])
        if dated is not None:
            day = dated  # "at 10:01 a.m. on Tuesday, March 24": the date decides
        elif rel and c.ref is not None:
            day = _deictic_weekday(c, c.ref, rel, c.tables["weekdays"][w])  # "7 p.m. next Monday"
        elif w in c.tables["weekdays"]:
            story, day = _plain_weekday(c, c.tables["weekdays"][w])
        else:
            k, code = c.tables["deictic_parts"].get(w, (c.tables["deictic"].get(w, 0), ""))
            if code == "NI" and isinstance(parts, tuple) and parts[0] < EARLIEST_NIGHT_HOUR:
                k += 1  # "at 2 last night": the small hours after that night's midnight
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
    elif c.clock_hint is not None and c.clock_hint[0] == m.start("t"):
        day = c.clock_hint[1]  # "Friday at 2:46 p.m.": the day spanned apart before it
    elif (ana := RE_CLOCK_ANAPHOR.match(c.low, c.e)) is not None and c.ref is not None:
        # "at about 7:30 the next morning", "at 9 p.m. that night": the story's day, moved as
        # the phrase says (the phrase is an expression of its own, dated the same; the story
        # moves with it, not with the clock: `Story.tell`)
        base = c.story.day_within(c)
        day = (base or c.ref) + dt.timedelta(days=_day_shift(c, c.norm(ana.group(1))))
        if base is None and day > c.ref and c.tense() == "past":
            day = c.ref  # no day told of, a past clause: not the day after publication (as the anaphor)
        if isinstance(parts, tuple) and (code := _pod_of(c, c.norm(ana.group(1)))) is not None:
            hp = _hour_of_part(c, t, "", parts, pw, code)  # "at 11 o'clock that night": 23:00
            parts = hp if hp is not None else parts
    elif _timestamp_header(c) and c.ref is not None:
        # "14:10 GMT - Crossing to reopen Sunday": a live blog's entry, on the blog's day (the
        # next one once its stamps have crossed midnight)
        hour = _clock_hour(parts)
        day = _blog_day(c, hour * 60 if hour is not None else None)
    elif _habitual_clock(c):
        day = None  # "It is open daily from 6 a.m. to 6 p.m.": a time of every such day, no date
    else:
        later = lex_pattern(c, _PAREN_DAY).match(c.text, c.e)  # "7 a.m. local time (0400 GMT) on Friday"
        if later is None and c.text[c.e - 1 : c.e] == ")":
            # a restatement spanned with the clock: "at 03:34 local time (06:34 GMT) of Saturday"
            # (agency English), "at 7 a.m. (0400 GMT) Friday"
            later = lex_pattern(c, _AFTER_PAREN_DAY).match(c.text, c.e)
        wd = c.tables["weekdays"].get(later.group(1).lower()) if later else None
        on_day = (_on_date_after(c) or _on_holiday_after(c)) if wd is None else None
        if wd is not None and c.ref is not None:
            day = _weekday_for(c.ref, wd, _day_tense(c))
        elif (local := _local_day_of_utc_restatement(c, m, parts)) is not None:
            day = local  # "10:31pm PDT (05:31 UTC Monday)": the Sunday in California
        elif (event := _event_day_of_subject(c)) is not None:
            day = event  # "Monday's earthquake ... The quake struck at 14:28 Beijing time": Monday
        elif (vote := _vote_day_of_clock(c)) is not None:
            # "a by-election on Thursday ... Polls open at 7am and close at 10pm": Thursday; the
            # count's small hours are the next day's ("the first result is expected at 1.30am")
            small = (hour := _clock_hour(parts)) is not None and hour < SMALL_HOURS_END and _vote_count_clock(c)
            day = vote + dt.timedelta(days=1) if small else vote
        elif on_day is not None:
            day = on_day
        elif (report := c.story.report_day_near(c)) is not None and _in_report_frame(c):
            day = report  # "Speaking at a news conference at 11 a.m., the police chief said": the report's day
        elif c.ref is not None and _intraday_market(c):
            day = c.ref  # "Microsoft shares rose 1 percent to $26.59 by noon": today's trading
        elif (
            (morning := c.story.morning_after_night(c)) is not None
            and (hour := _clock_hour(parts)) is not None
            and hour < MORNING_AFTER_NIGHT_HOURS
        ):
            day = morning  # "the strongest of them overnight being a magnitude 4.6 at 5.08am": that morning
        elif (back := c.story.back_day_near(c)) is not None and _pluperfect_clause(c):
            day = back  # "..., following its collapse on Thursday. It had given way at 4:20 p.m.": that day
        else:
            day = c.story.day_within(c, CLOCK_ANAPHOR_REACH, CLOCK_ANAPHOR_REACH_IN_PARAGRAPH) or c.ref
            if day is not None and day == (c.story.day.earliest if c.story.day else None) and (
                c.story.day_is_aside(c) or _day_in_closed_aside(c)
            ):
                # "the withdrawal which was completed on Sept.12. Shortly after 6 a.m., ...",
                # "Zuckerberg, who turned 28 on Monday, rang the bell at 6:30 a.m.": today; or
                # the day told before the aside ("landed yesterday, ending a journey that began
                # on August 4, 2007. ... at 4:53 p.m.": yesterday)
                day = c.story.day_before_aside(c) or c.ref
            elif day is not None and (hour := _clock_hour(parts)) is not None and (_past_midnight(c, day, hour) or _ahead_past_midnight(c, day, hour)):
                day += dt.timedelta(days=1)  # "polls closed at 10pm on Thursday ... the market opened at 8am"
            st = c.story
            if (
                st.clock_day is not None
                and 0 <= st.clock_at <= c.s
                and c.low[st.clock_at : c.s].strip() in c.tables["range_middle"]
                and (hour := _clock_hour(parts)) is not None
                and st.clock_hour is not None
                and hour >= st.clock_hour
            ):
                # the end of a clock range takes its start's day ("between noon today and 8pm",
                # "open from 5pm to 11pm"; one past midnight is left to `tagger._link_ranges`)
                day = st.clock_day
            elif day is not None and c.ref is not None and day > c.ref and not _on_planned_day(c) and not _coming_day_told(c):
                # a planned day mentioned before does not date a past event: the lead's day does,
                # when the lead told one ("in a referendum held yesterday ... is expected to resign
                # tomorrow. Polling stations closed at 10 p.m."), else the reference
                day = (c.story.lead_day if c.tense() == "past" else None) or c.ref
            elif (
                day is not None
                and c.ref is not None
                and day < c.ref
                and c.tense() in ("present", "future")
                and not _plan_in_the_past(c)
                and c.story.entry_day(c) != day
            ):
                # "the first test comes at 1200 GMT": today, not a day the story told of (a
                # timeline entry's heading day keeps its historical present)
                day = c.ref
    q = c.norm(m["qmod"])
    qmod = c.tables["clock_mods"].get(q) if q else None
    named_day = day  # the weekday's own day, for its mention spanned apart
    if parts == "T24:00" and day is not None and (m["wd"] or m["mon"] or later or on_day is not None) and qmod == "AFTER" and D.min < day:
        day -= dt.timedelta(days=1)  # "just after midnight on Wednesday": the midnight that began it
    if (
        told_from_point
        and isinstance(parts, tuple)
        and parts[0] == 23
        and day is not None
        and day == c.ref
        and D.min < day
        and not (m["wd"] or m["mon"] or later or on_day is not None)
        and c.tense() in ("past", None)
    ):
        day -= dt.timedelta(days=1)  # "the last plane left one minute before midnight": the midnight that began the day, as "midnight"
    bare_midnight = parts == "T24:00" and not (m["wd"] or m["mon"] or later)
    if bare_midnight and (r0 := _midnight(c, day, qmod)) is not None:
        r = r0
    elif isinstance(parts, str):
        r = R.part_of_day(day, parts) if day else Res("TIME", "XXXX-XX-XX" + parts, "minute")
    else:
        sec = _RE_CLOCK_SECONDS.search(t)
        r = R.clock(day, *parts, second=int(sec.group(1)) if sec else None)  # "at 2:10:05 a.m.": the seconds kept
    if qmod:
        r = r.with_(mod=qmod)
    r = r.with_(anchor=("previous mention" if story else c.ref_anchor()) if day else None)
    if end is not None:
        return r, c.s, end
    if m["wd"] and wd_name in c.tables["weekdays"] and _RE_ON_BETWEEN.search(c.low, m.end("t"), m.start("wkrel") if m["wkrel"] else m.start("wd")):
        # "at 10pm on Thursday": TimeML leaves the preposition out, a signal between two
        # expressions (no TBAQ or silver span holds " on "); the weekday, spanned apart, is
        # dated as the clock ("9 a.m. Tuesday" stays one expression)
        if named_day is not None:
            c.day_hint = (m.start("wkrel") if m["wkrel"] else m.start("wd"), named_day)
        return r, c.s, m.end("t")
    if (m["wd"] or m["mon"]) and RE_RESTATED_UTC_END.search(m["t"]):
        # "10:35 a.m. (0735 GMT) Friday": the day dates the clock but, past the bracket, is
        # its own expression (TBAQ annotates it apart), dated the same
        if m["wd"] and named_day is not None:
            c.day_hint = (m.start("wd"), named_day)
        return r, c.s, m.end("t")
    return r



# The words that move "the day" away from its anchor, and by how much ("the next day": +1), are
# the lexicon's anaphoric_day.shift. Only the anchor's own day ("that same day") may be some day
# of a coarser mention; "the next day" after "in August 2006, when a jet crashed" still follows
# the story's day (background)


#: how many sentences back a day may be told for a framed "the day" to be it ("Heavy rain is
#: forecast for Saturday, with showers throughout the day")
FRAMED_DAY_SENTENCES = 1


def _framed_today(c: Ctx, w: str) -> bool:
    """With no day told just before, is a framed "the day" the report's own: an update promised
    "throughout the day" in a present or future clause ("We will update this story throughout the
    day")? Not "for the day" nor "through the day" nor "the night", often generic ("Fans can hire a
    scooter for the day", "Most bats sleep through the day", "$200 for the night"), nor a past
    clause ("Rescue teams worked throughout the day", two sentences after the day)."""
    if not w.endswith("day") or c.prev_word() != "throughout" or c.ref is None:
        return False
    return c.tense() != "past"  # ("Check back for updates throughout the day": an imperative, no tense)


def _framed_day(c: Ctx, ad: dict) -> bool:
    """Is a bare "the day"/"the night" framed as a stretch of the story's day ("throughout the
    day", "closed for the day", "through the night"): after a word of anaphoric_day.framed_before
    and before a break or a word of framed_next (not "for the day he died")?"""
    if c.prev_word() not in ad.get("framed_before", ()) or c.possessive_at(c.e):
        return False
    nxt = c.next_char()
    return not nxt.isalnum() or c.next_word() in ad.get("framed_next", ())


def _day_shift(c: Ctx, w: str) -> int:
    words = w.split()  # whole words: "after" is no part of "that afternoon"
    return next((k for word, k in c.tables["anaphoric_day"].get("shift", {}).items() if word in words), 0)


def _pod_of(c: Ctx, w: str) -> str | None:
    """The part-of-day code of "that morning", "the next evening" (None for a day)."""
    part = next((p for p in c.tables["anaphoric_day"].get("parts", ()) if w.endswith(p)), None)
    return c.tables["pods"][part] if part else None

#: the next few words ("a national day of mourning")
_RE_WORDS_AFTER = re.compile(r"(?:\s+[a-z][a-z'-]*){1,5}")


_RE_APPOSITION = re.compile(r",[ \t]+$")
_RE_THE_DAY = re.compile(r"[Tt]he[ \t]+day\b")


def _appositive_day(c: Ctx) -> Res | None:
    """The date right before ", the day ..." (the last dated mention, ending at the comma), if
    it names one day."""
    d = c.story.date
    if d is None or d.granularity != "day" or d.earliest is None:
        return None
    if not (0 <= c.story.date_at <= c.s) or _RE_APPOSITION.fullmatch(c.text, c.story.date_at, c.s) is None:
        return None
    return R.day(d.earliest).with_(anchor="previous mention")


def p_anaphoric_day(m: re.Match[str], c: Ctx) -> Out:
    w = c.norm(m["w"])
    ad = c.tables["anaphoric_day"]
    the_day = _RE_THE_DAY.match(c.text, c.s)
    if the_day is not None and c.next_word(the_day.end()) in c.tables["context"].get("day_compound_nouns", ()):
        return None  # "the day shift", "the day job": a kind of work, not a day
    appo = _appositive_day(c) if the_day is not None and not m["pos"] and (m["bare"] or w.endswith(tuple(ad.get("with_object", ())))) else None
    if appo is not None and the_day is not None:
        # "Oct. 12, the day before the stock market plunge", "on Oct. 14, the day regulators
        # took control": the day in apposition is the date before it (TBAQ spans "the day")
        return appo, c.s, the_day.end()
    if m["bare"]:
        return None  # "the day it was freed", "the day after": no date of its own
    if m["framed"] and (not _framed_day(c, ad) or _alone_on_line(c)):
        return None  # "the day he died", "good for the day's trading", "the night" alone
    if w.endswith(tuple(ad.get("with_object", ()))) and c.next_char().isalnum() and (
        c.next_word() not in ad.get("with_object_not", ())
        or (c.next_word() == "to" and c.prev_word() == "for")  # "time for the day after to begin": the subject of "to"
    ):
        return None  # "the day after an Israeli strike": anchored to an event, not a date
    if m["in"] and (c.norm(m["pos"]) not in ad.get("in_the_day", ()) or c.possessive_at(c.e)):
        return None  # "twice in the day", "late in the day" (too late), "later in the day's trading"
    k = _day_shift(c, w)
    pod = _pod_of(c, w)
    month = c.story.month_since_day(c) if not m["in"] and k == 0 else None
    if month is not None and month.earliest is not None:
        # "that same day" after "last October", with no day told since: some day of that month,
        # which the text does not say (``1998-10-XX``, the month as the interval), not the last
        # day the text named before it
        y, mo = month.earliest.year, month.earliest.month
        value = f"{y:04d}-{mo:02d}-XX" + ("T" + pod if pod else "")
        return Res("DATE", value, "day", month.earliest, month.latest, anchor="previous mention")
    base = c.story.day_within(c) or c.ref
    past = c.story.past_day
    if not m["in"] and c.ref is not None and base > c.ref and past is not None and past.earliest is not None and c.tense() == "past":
        # "If they failed, the tariffs would take effect when the deadline expired on March 1.
        # That same day, Canadian authorities arrested Meng": the day the story last told, not one ahead
        base = past.earliest
    near = m["in"] or m["framed"]  # "earlier in the day", "throughout the day": the story's day, if near
    if m["framed"] and (c.story.day is None or not c.story.in_sentences(c, c.story.day_at, FRAMED_DAY_SENTENCES)):
        # no day told just before: today's, when updates are promised through it ("We will update
        # this story throughout the day"); else no day at all ("Most bats sleep through the day",
        # "$200 for the night")
        if not _framed_today(c, w):
            return None
        base = c.ref
    elif m["framed"] and c.story.day is not None and c.story.day.earliest is not None:
        base = c.story.day.earliest  # "The match is on Friday. Tickets include free travel for the day."
    elif near and c.story.day is not None and not c.story.in_sentences(c, c.story.day_at, DAY_SENTENCES):
        base = c.ref  # "earlier in the day" dates by the day of its sentence or the three before
    elif near and c.story.day_is_aside(c):
        base = c.ref  # "its gates on April 30, 1975, ... Earlier in the day Rubin visited": today
    if base is None:
        return _unres("XXXX-XX-XX", "day", note="nothing to anchor to")
    told = c.story.day is not None
    if near and c.ref is not None:
        # ... and not by a planned day in a past clause, nor a past one in a present clause (as
        # a bare clock time)
        t = c.tense()
        ahead_ok = t != "past" if m["framed"] else t == "future"  # ("tickets include free travel for the day" keeps the match's)
        if (base > c.ref and not ahead_ok) or (base < c.ref and t in ("present", "future")):
            base = c.ref
    day = base + dt.timedelta(days=k)
    if not told and c.ref is not None and day > c.ref and c.tense() == "past":
        day = c.ref  # no day told of, a past clause: not the day after publication
    anchor = "previous mention" if c.story.date is not None else c.ref_anchor()
    # "early that morning" START, "late that night" END; "earlier/later that day" keep the day
    mod = ad.get("mods", {}).get(c.norm(m["pos"])) if m["pos"] else None
    if pod is not None:
        r = R.part_of_day(day, pod).with_(anchor=anchor)
        r = r.with_(mod=mod) if mod else r
    else:
        r = R.day(day).with_(anchor=anchor)
        r = R.apply_position(r, mod) if mod else r
    return r.with_(note=FRAME_NOTE) if m["framed"] else r  # "throughout the day" restates a day; it moves nothing
