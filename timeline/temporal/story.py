"""Where the story is: the day, date and year a news text is telling of, as it is read.

`Story` is held by `Ctx` (``c.story``). The tagger tells it each mention it emits
(`Story.tell`); productions ask it where the narrative is (see the class docstring).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.temporal.context import COMPARED_NOTE
from timeline.temporal.resolve import Res

if TYPE_CHECKING:
    from timeline.temporal.context import Ctx

#: the grains of a mention that places the story on a day ("On March 3", "at 9:59 a.m.")
DAY_GRAINS = ("day", "part_of_day", "minute")
#: the grains of a mention told from the reference that bring a framed story back to the present
#: ("On Monday, President Boric said...", "this year")
PRESENT_GRAINS = ("day", "part_of_day", "minute", "week", "month", "quarter", "half", "year")
#: rules whose mentions count from another time ("Two days later", "last week")
SHIFT_RULES = frozenset({"offset", "rel_unit"})
#: "overnight", "at noon", "by dawn" take their day from the report or the narrative; they do
#: not move the day the narrative is on
NO_ANCHOR_RULES = frozenset({"overnight"})

#: a story frame: (year, month or 0, day or 0, offset where it was said)
Frame = tuple[int, int, int, int]


class Story:
    """The narrative's position: which day, date and year the text is telling of.

    News tells of days other than its publication date ("On Monday, Aug. 29, 2005, Katrina
    made landfall. By Wednesday, the levees had failed"). Expressions that count from the
    narrative ("the next day", "that evening", a bare "at 9 a.m.", a bare weekday, a
    yearless "on Sept. 15") are dated from where the story is, not from the reference.
    Reading the text in order, each mention placed on the calendar moves the story:

    - ``date`` (``date_at``, ``date_rule``): the last mention placed on the calendar, of any
      grain; what "the month before", "that December", "until then" count from. Not a
      period a figure is only compared with ("from 3.8 percent the month before").
    - ``day`` (``day_at``, ``day_start``): the last day-precise mention that is not
      background ("the deadliest since the attack on Feb. 14, 2018") nor a clock restated
      in another zone; what "the next day", "that evening", a bare clock count from.
    - ``day_told``: that day opens a story told forward (a date given with its weekday, "On
      Monday, Aug. 29, 2005, ...", a sentence-initial past date, or a weekday read in such
      a story): its bare weekdays count from it.
    - ``frame``: the stated past year a story is told in ("In 2014, Russia annexed Crimea
      in March"), set by a sentence-initial adverbial, moved by a later stated past year
      in a past clause ("He left in 2019"), cleared by a mention told from the reference.
    - ``near_frame``: the last mention, when it stated a past month or day with its year
      inside a sentence; yearless dates just after it take its year.
    - ``mention_at``, ``mention_shift``: where the last mention of any kind ended, and
      whether it moved the time off the day told ("Two days later", "Last week").

    A position only holds so far: how far back (a reach in characters) and whether a
    paragraph or sentence boundary lies between are the questions' parameters.
    """

    __slots__ = (
        "text", "date", "date_at", "date_rule", "day", "day_at", "day_start", "day_told",
        "mention_at", "mention_shift", "frame", "near_frame",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        self.date: Res | None = None
        self.date_at = -1
        self.date_rule = ""
        self.day: Res | None = None
        self.day_at = -1
        self.day_start = -1
        self.day_told = False
        self.mention_at = -1
        self.mention_shift = False
        self.frame: Frame | None = None
        self.near_frame: Frame | None = None

    # ------------------------------------------------------------ what a mention does

    def tell(self, c: Ctx, res: Res, s: int, e: int, rule: str, compared: bool) -> None:
        """Move the story by the mention ``res`` just emitted over ``text[s:e]``, read by
        ``rule``; ``compared``: its words name the period a figure is compared with ("the
        same period of last year", "the year-ago quarter")."""
        # "at 6:20 a.m. (2320 GMT on Sunday)": a clock restated in another zone right after the
        # local one is the same instant; its day (often the day before) is not the story's
        restated = False
        if rule == "clock":
            before = self.text[:s].rstrip()
            restated = before.endswith("(") and 0 <= len(before) - 1 - self.mention_at <= 2
        self.mention_at = e
        # a relative time that moves off the day told before ("Last week", "Two days later"), not a
        # calendar date ("the January 1994 quake") nor a plain duration ("for years")
        self.mention_shift = rule in SHIFT_RULES and res.granularity not in ("part_of_day", "minute")
        if not _places(res, rule, compared):
            if res.value == "PRESENT_REF":
                self.frame = None  # "It is now worth $5 billion": back in the present
            return
        self.date, self.date_at, self.date_rule = res, e, rule
        frame = _frame_of(c, res, s, e)
        if res.granularity in DAY_GRAINS and not restated and not _background(c, s):
            # a later mention of the story's own day ("At 9:59 a.m., the tower collapsed") keeps it told
            same = self.day_told and self.day is not None and self.day.earliest == res.earliest
            self.day, self.day_at, self.day_start = res, e, s
            self.day_told = same or _opens_story(c, res, s, rule, frame is not None)
        # a past month or day stated with its year inside a sentence ("The truce, which began
        # in late November 2023, collapsed on Dec. 1"): the year of the dates told right after it
        self.near_frame = (
            _frame_at(res, e)
            if frame is None and res.granularity in ("month", "day") and _stated_past_year(c, res, s, e)
            else None
        )
        if frame is not None:
            self.frame = frame
        elif res.anchor and res.anchor.startswith("reference") and res.granularity in PRESENT_GRAINS:
            self.frame = None  # "On Monday, President Boric said...", "this year": back in the present
        elif self.frame is not None and _moves_story(c, res, s, e):
            self.frame = _frame_at(res, e)  # "In 2014, he joined the firm. He left in 2019 and in March founded..."

    def restate(self, was: dt.date | None, res: Res) -> None:
        """The last mention, dated from ``was``, became ``res`` ("last Tuesday" -> "the day
        before last Tuesday"): where the story was on that day, it is on ``res``."""
        if self.date is not None and self.date.earliest == was:
            self.date = res
        if self.day is not None and self.day.earliest == was:
            self.day = res


def _places(res: Res, rule: str, compared: bool) -> bool:
    """Does the mention place the story on the calendar: a dated DATE or TIME, not "overnight"
    (which takes its day from the story), nor a period a figure is compared with?"""
    return (
        res.earliest is not None
        and res.type in ("DATE", "TIME")
        and res.value[:1].isdigit()
        and rule not in NO_ANCHOR_RULES
        and res.note != COMPARED_NOTE
        and not compared
    )


_RE_FIRST_WORD = re.compile(r"[^\W\d_]+")
_RE_YEAR4 = re.compile(r"(?<!\d)(1[0-9]|20)\d\d(?!\d)")


def _opens_story(c: Ctx, res: Res, s: int, rule: str, framed: bool) -> bool:
    """Does this day open a story told forward, whose bare weekdays count from it: a calendar
    date given with its weekday ("On Monday, Aug. 29, 2005, Katrina made landfall"), one that
    frames its sentence ("On Aug. 29, 2005, ..."), or a weekday already read in such a story?"""
    if rule in ("weekday", "clock"):
        return res.anchor == "previous mention"  # "By Wednesday", "at 9:59 a.m. Tuesday" read in the story
    if rule not in ("month_day", "day_month") or res.earliest is None:
        return False
    w = _RE_FIRST_WORD.match(c.text, s)
    return framed or (w is not None and w.group(0).lower() in c.tables["weekdays"])


def _moves_story(c: Ctx, res: Res, s: int, e: int) -> bool:
    """Inside a told story, a stated past year after a time preposition in a past clause moves
    the story there ("He left in 2019")."""
    return _stated_past_year(c, res, s, e) and c._tense(c.text, s, e) == "past"


def _stated_past_year(c: Ctx, res: Res, s: int, e: int) -> bool:
    """A year written out, before the reference's, in an adverbial ("in 2014", "on Oct. 18,
    2019"), not a modifier ("the Dec. 21, 1988, bombing") nor background ("since 2000")."""
    if res.earliest is None or c.ref is None or res.granularity not in ("year", "month", "day"):
        return False
    y = res.earliest.year
    if y >= c.ref.year or not any(int(m.group(0)) == y for m in _RE_YEAR4.finditer(c.text, s, e)):
        return False
    return c.prev_word(s) in c.tables["context"].get("frame_prepositions", ()) and not _background(c, s)


def _frame_of(c: Ctx, res: Res, s: int, e: int) -> Frame | None:
    """Does this mention set the year a story is told in? A stated year before the reference's,
    in an adverbial at the start of its sentence ("In 2014, ...", "On Oct. 18, 2019, ..."), not
    background ("Since 2000, ...")."""
    if not _stated_past_year(c, res, s, e):
        return None
    a = c._tense.sentence(c.text, s, e)[0]  # type: ignore[attr-defined]
    front = c.tables["context"].get("front_words", ())
    words = c.text[a:s].lower().split()
    # only a sentence-initial adverbial frames what follows ("In 2014, Russia annexed Crimea in
    # March"); a year inside a sentence is too often an aside ("a resolution adopted in 1977
    # designated Nov. 29", "until he died in 1994, would have been 85 on April 15")
    if not (len(words) <= 3 and all(w.strip(",") in front for w in words)):
        return None
    return _frame_at(res, e)


def _frame_at(res: Res, e: int) -> Frame:
    """A story frame from a dated mention ending at ``e``: (year, month or 0, day or 0, e)."""
    d = res.earliest
    assert d is not None
    return (d.year, d.month if res.granularity in ("month", "day") else 0, d.day if res.granularity == "day" else 0, e)


def _background(c: Ctx, s: int) -> bool:
    """A date in a background phrase: "the deadliest since the attack in Parkland on Feb. 14,
    2018", "his first visit since Feb. 24": a word of ``background_before`` among the few words
    before it, in its sentence."""
    window = c.low[max(0, s - 80) : s]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    words = window[cut + 1 :].split()[-10:]  # within its sentence (a cheap cut: no abbreviations)
    bg = c.tables["context"].get("background_before", ())
    for i in range(len(words) - 1, -1, -1):
        if words[i] in bg:
            # "since" governs the date, not a clause of its own ("since he disappeared on
            # Saturday": that Saturday is the story's)
            between = words[i + 1 :]
            cues = c.tense_cues
            return not any(
                cues.classify(w, between[j + 1] if j + 1 < len(between) else None, between[j - 1] if j else None)
                for j, w in enumerate(between)
            )
    return False
