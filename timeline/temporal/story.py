"""Where the story is: the day, date and year a news text is telling of, as it is read.

`Story` is held by `Ctx` (``c.story``). The tagger tells it each mention it emits
(`Story.tell`); productions ask it where the narrative is (see the class docstring).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.temporal.context import CLOCK_DAY_NOTE, FRAME_NOTE, COMPARED_NOTE, RE_CLOCK_ANAPHOR, RE_LOWER_WORD, RESTATED_LINK, D, _clause_words_before, _comma_apposed, _names_event, _pluperfect_clause, lex_pattern
from timeline.temporal.resolve import Res
from timeline.temporal.quotes import in_quotation
from timeline.text import line_bounds

if TYPE_CHECKING:
    from timeline.temporal.context import Ctx

#: a story's day at least this many days before the reference dates its bare weekdays and
#: "the weekend"; a nearer one leaves them to the reference (the two readings mostly agree)
STORY_WEEKDAY_GAP = 7
#: a report in a story told from at most this many days back ("On Monday evening, Hamas said
#: ...", three weeks later) is the story's; from further back (an anniversary piece: "On
#: Tuesday, the mayor said the city would rebuild") it is today's news
STORY_REPORT_REACH = 45
#: how far into the text the lead's first day may be told (a dateline, a headline and a lead
#: paragraph), and how many days before the reference it may be: a week of news
LEAD_CHARS = 800
LEAD_DAYS = 6
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

# How far back a position still holds, in characters or sentences. Each question names its
# own (they were tuned question by question).
#: a story's date or year ("The plant closed in March 2003. ... the month before")
FRAME_REACH = 1500
#: the story's day for a bare clock time or "in the morning", across a paragraph break
CLOCK_ANAPHOR_REACH = 600
#: ... and within one paragraph (LINE_BREAKS): twice as far
CLOCK_ANAPHOR_REACH_IN_PARAGRAPH = 2 * CLOCK_ANAPHOR_REACH
#: a month mention standing for "that same day" ("last October when Dr. Slepian was killed.
#: His name was crossed out that same day")
COARSE_ANAPHOR_REACH = 300
#: sentences before the candidate's that a day still holds across: a told story's day for its
#: bare weekdays (with the paragraph), the day "earlier in the day" is on
DAY_SENTENCES = 3
#: ... that a date still holds across: the date "until then" stands for, a near frame's year
DATE_SENTENCES = 1
#: how many months on from a year stated inside a sentence a yearless date may be and still
#: take its year (``Story.near_frame``)
NEAR_FRAME_MONTHS = 4

# What ends a paragraph: the one rule, in two readings (``Story.paragraph_breaks``).
#: any line break (wire copy and TimeML text: one paragraph a line)
LINE_BREAKS = "line breaks"
#: blank lines, or, in a text without any, a line that ends a sentence (a hard-wrapped text's
#: other line breaks are not paragraphs)
BLANK_LINES = "blank lines"

#: the grains a mention must have for "the next <unit>" to count from it (``Story.told_past``)
_FINE_ENOUGH = {
    "day": ("day", "part_of_day", "minute"),
    "week": ("day", "part_of_day", "minute", "week"),
    "month": ("day", "part_of_day", "minute", "week", "month"),
}


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
    - ``lead_day``: the first day told in a sentence of the lead, when it is a past day of
      the week before the reference; a bare past clock after a plan counts from it.

    A position only holds so far. The questions below ask whether the story is still on it
    at the candidate: within a reach (characters back), in the same paragraph (one rule,
    ``paragraph_breaks``, read by LINE_BREAKS or BLANK_LINES), or within a few sentences
    (``in_sentences``). Which reach and reading each question uses is explicit in its code;
    they differ, as tuned on the corpora.
    """

    __slots__ = (
        "text", "date", "date_at", "date_rule", "date_start", "day", "day_at", "day_start", "day_told",
        "mention_at", "mention_shift", "back_day", "back_at", "frame", "near_frame", "near_carried", "report_day", "report_at", "past_day", "night", "night_at", "weekdays", "blog_stamps", "_blank_lines", "lead_day", "lead_set", "stated_days", "last_stated", "last_stated_at", "last_stated_adverbial", "vote_day", "vote_at", "heading_day", "heading_end", "entry", "entry_at", "blog_last", "blog_days", "day_first", "event_days", "event_intro", "clock_at", "clock_hour", "clock_day", "colon_at", "prev_day", "prev_day_at",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        self.date: Res | None = None
        self.date_at = -1
        self.date_rule = ""
        self.date_start = -1
        self.day: Res | None = None
        self.day_at = -1
        self.day_start = -1
        self.day_told = False
        self.mention_at = -1
        self.mention_shift = False
        #: where the last clock time ended, and its hour
        self.clock_at = -1
        self.clock_hour: int | None = None
        self.clock_day: D | None = None
        #: where the last past year before a colon ended ("emerged last year: Delta on April 30")
        self.colon_at = -1
        #: the story's day before the last one, and where it was told (an aside may have
        #: moved the day: "landed yesterday, ending a journey that began on August 4, 2007")
        self.prev_day: D | None = None
        self.prev_day_at = -1
        #: the earlier day a look back told of (`_looks_back`), and where
        self.back_day: Res | None = None
        self.back_at = -1
        self.frame: Frame | None = None
        self.near_frame: Frame | None = None
        self.near_carried = False
        #: the day a report was dated with when it did not move the story (`_report_day`), and where
        self.report_day: D | None = None
        self.report_at = -1
        #: the last day told that was not after the reference (a story told in the past may
        #: name a day still ahead: "would take effect when the deadline expired on March 1")
        self.past_day: Res | None = None
        #: the night an "overnight" was read as (its first day), and where it ended
        self.night: D | None = None
        self.night_at = -1
        #: the day each weekday named alone was read as, by ISO weekday number
        self.weekdays: dict[int, D] = {}
        #: how many lines open with a 24-hour stamp (up to the live-blog threshold), once asked
        self.blog_stamps: int | None = None
        self._blank_lines: bool | None = None
        #: the lead's day (`_lead`), once the lead has told its first day
        self.lead_day: D | None = None
        self.lead_set = False
        #: the year of each month-day the text stated with its year ("on Thursday 3 March last
        #: year", "March 3, 2022"): a later yearless "3 March" restates it
        self.stated_days: dict[tuple[int, int], int] = {}
        #: the last day stated with its year ("4 November 1997"), not a birth date, and its end
        self.last_stated: D | None = None
        #: the day the text told a vote on ("a by-election on Thursday, September 28", "Sunday's
        #: election"): the day of "polling day", "election night" (`rules_days.p_vote_day`)
        self.vote_day: D | None = None
        self.vote_at = -1
        self.last_stated_at = -1
        #: the stated day's sentence start when it dates its clause (not an event's name, "the
        #: Sept. 11, 2001 attacks"), else -1
        self.last_stated_adverbial = -1
        #: the day of the last line that held only a day ("Saturday 14 January" over a fixture
        #: list), and where that line ends
        self.heading_day: D | None = None
        self.entry: D | None = None  # a timeline entry's heading day ("Monday, Aug. 29: ...")
        self.entry_at = -1
        self.heading_end = -1
        #: a live blog's last entry stamp (minutes past midnight) and the days its stamps have
        #: crossed midnight
        self.blog_last: int | None = None
        self.blog_days = 0
        #: whether the article writes numeric dates day first, once asked
        self.day_first: bool | None = None
        # the day of each kind of event a possessive day named ("Monday's 7.8-magnitude
        # earthquake"): lexicon context.event_noun_groups, by group name
        self.event_days: dict[str, D] = {}
        #: for each kind of event a sentence introduced with its day: the sentence's start and
        #: how far the day was from the noun (`_introduced_events`)
        self.event_intro: dict[str, tuple[int, int]] = {}

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
            # "began at 7pm AEDT, which was 0800 GMT": a restatement joined by a link word
            restated = restated or (
                0 <= self.clock_at
                and c.tables["zone_end"].search(c.norm(c.low[s:e])) is not None
                and lex_pattern(c, RESTATED_LINK).fullmatch(c.low, self.clock_at, s) is not None
            )
            # "7:30 the next morning": the anaphor after the clock moves the story, once
            restated = restated or RE_CLOCK_ANAPHOR.match(c.low, e) is not None
        if rule == "clock" or res.granularity == "minute":
            # the last clock time ("between noon today and 8pm": any one starts a range the
            # next may end; "The polls closed at 10pm. By about 4:30 ...": the night goes on)
            hh = _RE_CLOCK_HOUR.search(res.value)
            self.clock_at, self.clock_hour = e, int(hh.group(1)) if hh else None
            self.clock_day = res.earliest if res.granularity == "minute" else None
        self.mention_at = e
        if rule == "weekday" and res.granularity == "day" and res.earliest is not None and c.possessive_at(e):
            group = _event_group_after(c, e)
            if group is not None:
                self.event_days[group] = res.earliest
        elif res.granularity == "day" and res.earliest is not None and (named := _names_event(c, s, e, possessive=False)):
            # "the March 11 earthquake", "the Oct. 7 attack": a date naming its event
            group = _event_group(c, named)
            if group is not None:
                self.event_days[group] = res.earliest
        if res.granularity in ("day", "part_of_day", "minute") and res.earliest is not None and c.ref is not None and res.earliest <= c.ref:
            self._introduced_events(c, res.earliest, s, e)
        if (
            res.granularity == "day"
            and res.earliest is not None
            and (c.ref is None or abs((res.earliest - c.ref).days) <= VOTE_DAY_REACH)
            and _names_vote(c, s, e)
        ):
            self.vote_day, self.vote_at = res.earliest, e  # (not "the 2017 election on September 23", years back)
        if res.granularity == "day" and res.earliest is not None and _RE_STATED_YEAR.search(c.low, s, e):
            self.stated_days[(res.earliest.month, res.earliest.day)] = res.earliest.year
            if not set(w.strip("(),;:") for w in c.low[max(0, s - 25) : s].split()).intersection(c.tables["context"].get("birth_words", ())):
                self.last_stated, self.last_stated_at = res.earliest, e
                self.last_stated_adverbial = -1 if _names_an_event(c, s, e) else c._tense.sentence(c.text, s, e)[0]  # type: ignore[attr-defined]
        if res.granularity == "day" and res.earliest is not None and res.earliest == res.latest:
            # a heading is a short line: look no further than a few characters either side
            line_start = self.text.rfind("\n", max(0, s - HEADING_SLACK), s) + 1
            line_end = self.text.find("\n", e, e + HEADING_SLACK)
            if line_start > 0 or s < HEADING_SLACK:
                if line_end >= 0 and not self.text[line_start:s].strip() and not self.text[e:line_end].strip(" \t.:"):
                    self.heading_day, self.heading_end = res.earliest, line_end
        if res.granularity == "day" and res.earliest is not None and _RE_HEADING_END.match(self.text, e):
            ls = self.text.rfind("\n", 0, s) + 1
            if not self.text[ls:s].strip():
                self.entry, self.entry_at = res.earliest, e  # "Monday, Aug. 29: At 6:10 a.m., ..."
        if res.note in (CLOCK_DAY_NOTE, FRAME_NOTE):
            return  # "10pm on Thursday": the clock before the weekday placed the story, more precisely
        # a relative time that moves off the day told before ("Last week", "Two days later"), not a
        # calendar date ("the January 1994 quake") nor a plain duration ("for years")
        self.mention_shift = rule in SHIFT_RULES and res.granularity not in ("part_of_day", "minute")
        if rule == "overnight" and res.value.endswith("TNI") and res.earliest is not None:
            self.night, self.night_at = res.earliest, e  # "the strongest of them overnight"
        # "N days later" is a DURATION over "N days" (TBAQ) that lands on a day it carries in its
        # interval, counted from the story's day: the story moves there ("$10.5 billion that
        # day and $51.8 billion six days later"); not one that looks back ("the pilgrims killed
        # in a blaze four days earlier", "had said two days earlier"), a flashback
        counted = _counted_day(res, self.date) if rule == "offset" and res.type == "DURATION" else None
        if counted is not None:
            # "A week later", "Some ten days later": the interval is the week, or the days about
            # it; the story goes on from the day counted ("The next day" is the day after it)
            res = res.with_(earliest=counted, latest=counted)
        landed = (
            rule == "offset"
            and res.type == "DURATION"
            and res.earliest is not None
            and res.earliest == res.latest
            and self.date is not None
            and self.date.granularity in DAY_GRAINS
            and self.date.earliest is not None
            and res.earliest > self.date.earliest
            and not _pluperfect_clause(c, s)
            # '"Had help come a week later, none of us would be alive," one said': a quotation's
            # hypothetical, not the story's next day
            and not in_quotation(self.text, s)
            # "closed on 1 February, only 12 days later": the time between two dates, not a new
            # day ("..., and six days later crews restored power" is one)
            and not _comma_apposed(c, self.date_at, s, c.tables["context"].get("apposed_offset_hedges", ()))
        )
        if not _places(res, rule, compared, landed):
            if res.value == "PRESENT_REF":
                self.frame = None  # "It is now worth $5 billion": back in the present
            return
        prev_date, prev_date_at = self.date, self.date_at
        self.date, self.date_at, self.date_rule, self.date_start = res, e, rule, s
        frame = _frame_of(c, res, s, e, rule)
        if (
            (res.granularity in DAY_GRAINS or landed)
            and not restated
            and not _background(c, s)
            and not _compares(c, s, res.earliest)
            and not _period_end(c, s)
            and not _until(c, s, rule)
            and not (rule != "clock" and _range_end(c, s, e))
            and not _stretch_start(c, s)
            and res.mod != "EQUAL"  # "exactly one year ago": an anniversary, not where the story is
            and not self._flashback(c, res, s)
            and not self._looks_back(c, res, s)
            and not self._report_day(c, res, s)
            # (a clock stamped so still dates its restatement in UTC: "As of 6 pm Wednesday (1230 GMT)")
            and (rule == "clock" or lex_pattern(c, _TALLY_STAMP).search(c.low, max(0, s - 12), s) is None)
        ):
            # a later mention of the story's own day ("At 9:59 a.m., the tower collapsed") keeps it told
            same = self.day_told and self.day is not None and self.day.earliest == res.earliest
            # a day counted from the told one ("The next day", "the previous Friday") goes on
            # telling the story
            onward = self.day_told and res.anchor == "previous mention"
            if self.day is not None and self.day.earliest is not None and self.day.earliest != res.earliest:
                self.prev_day, self.prev_day_at = self.day.earliest, self.day_at
            self.day, self.day_at, self.day_start = res, e, s
            if not self.lead_set and e <= LEAD_CHARS:
                self._lead(c, res, s, e)
            if c.ref is not None and res.earliest is not None and res.earliest <= c.ref:
                self.past_day = res
            self.day_told = same or onward or _opens_story(c, res, s, e, rule, frame is not None)
        # a past month or day stated with its year inside a sentence ("The truce, which began
        # in late November 2023, collapsed on Dec. 1"): the year of the dates told right after it
        nf = self.near_frame
        stated = _stated_past_year(c, res, s, e)
        # a carried frame lends its year only inside its own sentence ("... reopened on 10 March.
        # A second fire broke out on 8 May, firefighters said on Tuesday" is this May)
        self.near_carried = not stated
        self.near_frame = (
            _frame_at(res, e)
            if frame is None
            and res.granularity in ("month", "day", "season", "part_of_day")
            and (
                (stated and not _participle_aside(c, s) and not _listed_year(c, res, s, prev_date, prev_date_at))
                # a date that took its year from it carries it on ("began on 24 April 1916 ...
                # surrendered on 29 April, and ... were executed between 3 May and 12 May")
                or (nf is not None and res.earliest is not None and res.earliest.year == nf[0])
            )
            else None
        )
        if (
            frame is None
            and res.granularity == "year"
            and res.earliest is not None
            and c.ref is not None
            and res.earliest.year < c.ref.year
            and _RE_COLON_AFTER.match(self.text, e)
        ):
            # "both emerged from bankruptcy last year: Delta on April 30 and Northwest on May 31":
            # the dates the colon opens are of that year
            self.near_frame, self.near_carried, self.colon_at = _frame_at(res, e), False, e
        if frame is not None:
            self.frame = frame
        elif (
            res.anchor
            and res.anchor.startswith("reference")
            and res.granularity in PRESENT_GRAINS
            and not (self.frame is not None and res.earliest is not None and res.earliest.year == self.frame[0] != (c.ref.year if c.ref else None))
        ):
            # "On Monday, President Boric said...", "this year": back in the present (not a day
            # that falls in the story's own past year: "Four years ago, Super Tuesday fell on March 7")
            self.frame = None
        elif self.frame is not None and _moves_story(c, res, s, e):
            self.frame = _frame_at(res, e)  # "In 2014, he joined the firm. He left in 2019 and in March founded..."

    def _introduced_events(self, c: Ctx, day: D, s: int, e: int) -> None:
        """A past day told in the sentence that introduces an event of a kind (``event_noun_
        groups``, after an ``event_introducers`` word: "On Friday, a magnitude 8.9 earthquake
        struck off Honshu"): the day of that kind of event, for a later "The earthquake struck
        at 2:46 p.m.". Of two days in the sentence, the one nearer the noun ("On Wednesday, aid
        reached the capital, devastated by an earthquake late Tuesday afternoon": Tuesday); a
        kind dated in an earlier sentence keeps its day."""
        cw = c.tables["context"]
        groups = cw.get("event_noun_groups", {})
        intro = cw.get("event_introducers", ())
        if not groups or not intro:
            return
        a, b = c._tense.sentence(c.text, s, e)  # type: ignore[attr-defined]
        words = list(_RE_LOW_WORD.finditer(c.low, a, b))
        for i, w in enumerate(words):
            if not any(x.group(0) in intro for x in words[max(0, i - 4) : i]):
                continue
            for group, nouns in groups.items():
                if w.group(0) not in nouns:
                    continue
                dist = min(abs(w.start() - e), abs(s - w.end()))
                was = self.event_intro.get(group)
                if group not in self.event_days or (was is not None and was[0] == a and dist < was[1]):
                    self.event_days[group] = day
                    self.event_intro[group] = (a, dist)

    def _lead(self, c: Ctx, res: Res, s: int, e: int) -> None:
        """The first day the story tells in a sentence of the lead (not on a headline or
        dateline line, which has no final stop) is the lead's day; when it is a past day of the
        week before the reference, `lead_day` keeps it: "Voters rejected the treaty in a
        referendum held yesterday ... Polling stations closed at 10 p.m." (yesterday). A day
        that only names another event ("Two days after Sunday's election, the party conceded
        on Tuesday") is not the lead's."""
        a, b = line_bounds(self.text, s)
        if not self.text[a:b].rstrip().endswith(_LEAD_LINE_ENDS) or c.possessive_at(e):
            return
        self.lead_set = True
        if c.ref is not None and res.earliest is not None and 1 <= (c.ref - res.earliest).days <= LEAD_DAYS:
            self.lead_day = res.earliest

    def _flashback(self, c: Ctx, res: Res, s: int) -> bool:
        """ "(It was the second crash in five months;) a Lion Air jet had gone down on Oct. 29":
        an earlier day told in the pluperfect inside a story told forward is a look back; the
        story stays on its day ("China grounded the model the next morning")."""
        d = self.day
        if d is None or d.earliest is None or res.earliest is None or res.earliest >= d.earliest:
            return False
        if not self.day_told and self.day_start < c.sentence()[0]:
            # "Northstar reported a profit on Tuesday, and said the FAA had granted it a
            # certificate last Friday": a later day told in the same sentence is enough
            return False
        return _pluperfect_clause(c, s)

    def _looks_back(self, c: Ctx, res: Res, s: int) -> bool:
        """ "The Nikkei plunged on Tuesday, after a 6.2 percent drop on Monday": an earlier day
        in a phrase of what came before ("after", "following" and no verb of its own), in a
        sentence that has already told of a later day in the past, is a look back; the story
        stays on its day ("Kan said in an address at 11 a.m."). Not after a plan ("will parade
        at noon today, after last night's win": the story goes back to tell the win)."""
        d = self.day
        if d is None or d.earliest is None or res.earliest is None or res.earliest >= d.earliest:
            return False
        if self.day_start < c.sentence()[0]:
            return False
        if c._tense(c.text, self.day_start, self.day_at) == "future":  # type: ignore[attr-defined]
            # "will parade at noon today, after last night's win": the story goes back to tell
            # it; "Storm Gerrit is bringing heavy rain today, disrupting journeys home after
            # Christmas" stays on today
            return False
        words = _clause_words_before(c, s)[-8:]
        back = c.tables["context"].get("look_back_before", ())
        for i in range(len(words) - 1, -1, -1):
            if words[i] in back:
                between = words[i + 1 :]
                cues = c.tense_cues
                looks = not any(
                    cues.classify(w, between[j + 1] if j + 1 < len(between) else None, between[j - 1] if j else None)
                    for j, w in enumerate(between)
                )
                if looks:
                    self.back_day, self.back_at = res, s
                return looks
        return False

    def morning_after_night(self, c: Ctx) -> D | None:
        """The day after the night an "overnight" in the candidate's sentence told of ("the
        strongest of them overnight being a magnitude 4.6 at 5.08am"): a morning clock's day."""
        if self.night is None or not c.sentence()[0] <= self.night_at <= c.s:
            return None
        return self.night + _ONE_DAY

    def back_day_near(self, c: Ctx) -> D | None:
        """The day a look back told of, for a clock in the pluperfect in this sentence or the
        next ("..., following its partial collapse on Thursday. It had given way at 4:20
        p.m."): the look back's day."""
        if self.back_day is None or self.back_day.earliest is None or not self.in_sentences(c, self.back_at, 1):
            return None
        return self.back_day.earliest

    def _report_day(self, c: Ctx, res: Res, s: int) -> bool:
        """ "Bombs ripped through trains yesterday, killing 174 people, police said today": the
        day a reporting verb is dated with, in a sentence that has already placed its event on
        another day in the week before, is when it was said; the story stays on the event's day
        ("The blasts went off at 6.24 pm")."""
        d = self.day
        if d is None or d.earliest is None or res.earliest is None:
            return False
        if self.day_start < c.sentence()[0]:
            return self._hearing_day(c, res, s)
        if not 0 < abs((res.earliest - d.earliest).days) <= STORY_WEEKDAY_GAP:
            # the event a few days before its report, or ahead of it ("Counting will begin at 8 am
            # tomorrow, the Commission said today"); not "the Sept. 11, 2001, attacks"
            return False
        m = lex_pattern(c, _WORD_BEFORE_DAY).search(c.low, max(0, s - 30), s)
        if m is None or m.group(1) not in c.tense_cues.reporting_past:
            # "scientists said at a briefing in Darmstadt, Germany, this afternoon": the verb,
            # then only where it was said
            m = _RE_SAID_AT_PLACE.search(c.low, max(c.sentence()[0], s - REPORT_PLACE_CHARS), s)
            if m is None or m.group(1) not in c.tense_cues.reporting_past:
                return False
        self.report_day, self.report_at = res.earliest, s
        return True

    def _hearing_day(self, c: Ctx, res: Res, s: int) -> bool:
        """ "... on the night of Saturday, October 15.\n\nOn Wednesday, the jury was shown CCTV
        footage that charts the two men's movements": a day near the reference that opens a
        sentence of hearing or telling (context_words.hearing_verbs: "the jury was shown", "the
        court heard", "an inquest was told") after an event day told before it, in the sentences
        just before: the day of the hearing, not of the story, which stays on the event's day
        ("Footage showed him leaving at 10.05pm")."""
        d = self.day
        assert d is not None and d.earliest is not None and res.earliest is not None
        if c.ref is None or not self.in_sentences(c, self.day_at, HEARING_SENTENCES):
            return False
        if not (d.earliest < res.earliest <= c.ref and (c.ref - res.earliest).days <= STORY_WEEKDAY_GAP):
            return False
        if d.granularity not in ("day", "part_of_day", "minute"):
            return False
        first = RE_LOWER_WORD.match(c.low, s)
        if first is None or (first.group(0) not in c.tables["weekdays"] and first.group(0) not in c.tables["deictic"]):
            return False  # "Monitors said on Oct. 1 that the zone did not exist": a date moves the story
        words = RE_LOWER_WORD.findall(_RE_CLAUSE_AFTER_DAY.match(c.low, max(c.s, s)).group(0))  # type: ignore[union-attr]
        before = RE_LOWER_WORD.findall(c.low[max(c.sentence()[0], s - HEARING_CHARS) : s])
        cw = c.tables["context"]
        verbs = set(cw.get("hearing_verbs", ()))
        near = " ".join(words[:HEARING_WORDS]) + " | " + " ".join(before[-HEARING_WORDS:])
        if verbs.isdisjoint(words[:HEARING_WORDS]) and verbs.isdisjoint(before[-HEARING_WORDS:]) and not any(
            p in near for p in cw.get("hearing_passives", ())
        ):
            return False
        self.report_day, self.report_at = res.earliest, s
        return True

    def report_day_near(self, c: Ctx) -> D | None:
        """The day of the report `_report_day` kept apart, when it was in this sentence or the
        two before ("... police said Wednesday. Speaking at a news conference at 11 a.m., the
        chief said ...": the clock is the report's)."""
        if self.report_day is None or not self.in_sentences(c, self.report_at, 2):
            return None
        return self.report_day

    def restate(self, was: D | None, res: Res) -> None:
        """The last mention, dated from ``was``, became ``res`` ("last Tuesday" -> "the day
        before last Tuesday"): where the story was on that day, it is on ``res``."""
        if self.date is not None and self.date.earliest == was:
            self.date = res
        if self.day is not None and self.day.earliest == was:
            self.day = res

    # ------------------------------------------------------------ how far a position holds

    def paragraph_breaks(self, at: int, pos: int, rule: str = LINE_BREAKS) -> int:
        """How many paragraph ends lie between offsets ``at`` and ``pos``, by ``rule``."""
        if rule == LINE_BREAKS:
            return self.text.count("\n", at, pos)
        if self._blank_lines is None:
            self._blank_lines = "\n\n" in self.text
        if self._blank_lines:
            return self.text.count("\n\n", at, pos)
        return len(_RE_LINE_END_SENTENCE.findall(self.text, at, pos))

    def within(self, at: int, pos: int, reach: int | None, paragraph: str | None = LINE_BREAKS) -> bool:
        """Is offset ``at`` at most ``reach`` characters before ``pos`` (any distance when None)
        and, unless ``paragraph`` is None, in the same paragraph by that rule?"""
        if reach is not None and pos - at > reach:
            return False
        if paragraph is None:
            return True
        if paragraph == LINE_BREAKS:
            return self.text.find("\n", at, pos) < 0
        return self.paragraph_breaks(at, pos, paragraph) == 0

    def in_sentences(self, c: Ctx, at: int, n: int = 1) -> bool:
        """Is the offset ``at`` in the candidate's sentence or one of the ``n`` sentences before it
        (abbreviations do not end a sentence; a line break does)?"""
        a = c.sentence()[0]
        for _ in range(n):
            if at >= a:
                return True
            b = a
            while b > 0 and c.text[b - 1].isspace():
                b -= 1
            if b <= 0:
                return False
            a = c._tense.sentence(c.text, b - 1, b)[0]  # type: ignore[attr-defined]
        return at >= a

    # ------------------------------------------------------------ what the rules ask

    def day_within(self, c: Ctx, reach: int | None = None, reach_in_paragraph: int | None = None) -> D | None:
        """The story's day, when the candidate is at most ``reach`` characters after it, or
        ``reach_in_paragraph`` in the same paragraph (LINE_BREAKS); any distance when ``reach``
        is None ("the next day", "that evening", "two hours later" count from it). None when
        there is no such day: callers fall back on the reference."""
        d = self.day
        if d is None or d.earliest is None:
            return None
        if reach is None or self.within(self.day_at, c.s, reach, None):
            return d.earliest
        if reach_in_paragraph is not None and self.within(self.day_at, c.s, reach_in_paragraph, LINE_BREAKS):
            return d.earliest
        return None

    def day_in_paragraph(self, c: Ctx) -> D | None:
        """The story's day for "in the morning", "throughout the night": told in this paragraph
        (BLANK_LINES), or in the one before unless only as the day something was said ("The
        agency said on Friday ... | Planes attacked throughout the night"), and at most
        CLOCK_ANAPHOR_REACH back."""
        d = self.day
        if d is None or d.earliest is None or not self.within(self.day_at, c.s, CLOCK_ANAPHOR_REACH, None):
            return None
        breaks = self.paragraph_breaks(self.day_at, c.s, BLANK_LINES)
        if breaks == 0:
            return d.earliest
        if breaks > 1:
            return None
        w = lex_pattern(c, _WORD_BEFORE_DAY).search(c.low, max(0, self.day_start - 30), self.day_start)
        if w is not None and w.group(1) in c.tense_cues.reporting:
            return None
        return d.earliest

    def entry_day(self, c: Ctx) -> D | None:
        """The day heading the candidate's paragraph as a timeline entry's date ("Monday, Aug.
        29: At 6:10 a.m., the eye comes ashore. By 9 a.m., ...", "April 2: A truce takes effect
        at 7pm"), while the story is still on it: the entry's clauses, told in the historical
        present, are of that day."""
        d = self.day
        if self.entry is None or d is None or d.earliest != self.entry or self.paragraph_breaks(self.entry_at, c.s, BLANK_LINES) != 0:
            return None
        return self.entry

    def apposed_day(self, c: Ctx) -> D | None:
        """The day just named when the candidate stands in apposition to it, a comma between
        ("on Monday, its third day", "returns on May 5, Children's Day"), or None."""
        d = self.day
        if d is None or d.earliest is None or not 0 <= self.day_at <= c.s or not _RE_APPOSED_COMMA.fullmatch(c.text, self.day_at, c.s):
            return None
        return d.earliest

    def told_day_near(self, c: Ctx) -> bool:
        """Does the story's day open a story told forward (``day_told``) that the candidate is
        still in: the same paragraph (LINE_BREAKS, FRAME_REACH) or the DAY_SENTENCES before?"""
        return self.day_told and (
            self.within(self.day_at, c.s, FRAME_REACH, LINE_BREAKS) or self.in_sentences(c, self.day_at, DAY_SENTENCES)
        )

    def day_is_aside(self, c: Ctx) -> bool:
        """Is the story's day an aside far from the report (over a week away) that opened no
        story ("the gates fell on April 30, 1975, symbolizing ...")? A day in the news stays the day."""
        d = self.day.earliest if self.day is not None else None
        if d is None or c.ref is None or abs((c.ref - d).days) <= 7 or self.day_told:
            return False
        # an aside: the day is in a relative clause ("a tank which crashed through its gates on
        # April 30, 1975"); "He was arrested on March 3, 2021. Later in the day, ..." is the story
        a, _ = c._tense.sentence(c.text, self.day_start, self.day_at)  # type: ignore[attr-defined]
        words = _RE_LOW_WORD.findall(c.low, a, self.day_start)
        cues = c.tense_cues
        # ("The court heard that he ... struck her on November 14 last year. The collision happened
        # at about 7.50am": a "that" after a reporting verb opens what was reported, no aside)
        said = c.tables["context"].get("that_complement_verbs", ())
        if any(w in cues.relatives and not (w == "that" and any(x in cues.reporting or x in said for x in words[max(0, i - 4) : i])) for i, w in enumerate(words)):
            return True
        if a <= c.s < self._sentence_end(c):
            return False  # "The Oct. 7 attack began at 6:30 a.m.": its own sentence tells of it
        # a day that names an event ("threw out votes from the August 20 first round"), or one
        # a "first/biggest ... since" measures from ("the first aid since Israel imposed a siege
        # on October 9"): a reference back, not the day the story goes on telling
        return _names_an_event(c, self.day_start, self.day_at) or _superlative_since(c, a, self.day_start)

    def day_before_aside(self, c: Ctx) -> D | None:
        """The day the story was on before an aside in the same sentence moved it
        (``day_is_aside``), when the candidate is still near it: CLOCK_ANAPHOR_REACH back, twice that in one paragraph
        ("touched down yesterday, ending a journey that began on August 4, 2007. | Signals
        reached mission control at 4:53 p.m.": yesterday), or None."""
        if self.prev_day is None or self.prev_day_at < 0:
            return None
        a, _ = c._tense.sentence(c.text, self.day_start, self.day_at)  # type: ignore[attr-defined]
        if self.prev_day_at < a:
            return None  # the aside hangs off a sentence of its own, not the day told before it
        if not any(w in c.tense_cues.relatives for w in _RE_LOW_WORD.findall(c.low, self.prev_day_at, self.day_start)):
            return None  # both days in one aside ("Easter, which fell on 5 April against 20 April last year")
        if self.within(self.prev_day_at, c.s, CLOCK_ANAPHOR_REACH, None) or self.within(
            self.prev_day_at, c.s, CLOCK_ANAPHOR_REACH_IN_PARAGRAPH, LINE_BREAKS
        ):
            return self.prev_day
        return None

    def _sentence_end(self, c: Ctx) -> int:
        return c._tense.sentence(c.text, self.day_start, self.day_at)[1]  # type: ignore[attr-defined]

    def date_within(self, c: Ctx) -> Res | None:
        """The last date the text placed, when the story is still on it: in the same paragraph
        (LINE_BREAKS), at most FRAME_REACH characters back ("The plant closed in March 2003.
        Workers had been warned the month before", "He was arrested on March 3, 2021. Later in
        the month...")."""
        d = self.date
        if d is None or d.earliest is None or d.type not in ("DATE", "TIME"):
            return None
        return d if self.within(self.date_at, c.s, FRAME_REACH, LINE_BREAKS) else None

    def month_since_day(self, c: Ctx) -> Res | None:
        """The month mention placed after the story's last day, at most COARSE_ANAPHOR_REACH
        back (no paragraph rule): "that same day" after "last October" is some day of it."""
        told = self.date
        if told is None or told.earliest is None or told.latest is None or told.granularity != "month":
            return None
        if self.date_at <= self.day_at or not self.within(self.date_at, c.s, COARSE_ANAPHOR_REACH, None):
            return None
        if (
            self.day_at >= 0
            and _RE_SENTENCE_END.search(c.text, self.day_at, self.date_at) is None
            and set(RE_LOWER_WORD.findall(c.low, self.day_at, self.date_at)) & set(c.tables["context"].get("background_clause_openers", ()))
        ):
            # a month told in a clause of time inside the day's own sentence is background to it
            # ("said on Thursday that it would reopen trading, after it suspended the token in
            # January 2021. Kraken followed later that day": Thursday; not "said on Tuesday that the
            # suspect was arrested in May 2019. He was charged the same day")
            return None
        return told

    def told_past(self, c: Ctx, unit: str = "day") -> bool:
        """A past clause after a mention dated finely enough for ``unit``, before the reference:
        "the next year", "the next Monday" count from the story's date, as "the following year"
        does ("He was elected on Nov. 4, 2008. The next Monday, he met Bush"), in the mention's
        paragraph."""
        d = self.day if unit in ("day", "week", "weekend") else self.date
        fine = _FINE_ENOUGH.get({"weekend": "week"}.get(unit, unit))
        if c.ref is None or d is None or d.earliest is None or d.earliest >= c.ref:
            return False
        if fine is not None and d.granularity not in fine:
            return False
        if c.possessive_at(c.e):
            return False  # "a report for the next weekend's meeting": a plan
        at = self.day_at if unit in ("day", "week", "weekend") else self.date_at
        if self.paragraph_breaks(at, c.s, BLANK_LINES):
            return False  # "In 2020, she had spoken for two hours. | She pegged the deficit for the next fiscal": from now
        return c.tense() == "past"

    def year_near_stated(self, c: Ctx, mo: int, d: int) -> int | None:
        """The year of a yearless day a few days from the last day stated with its year, told
        not long before ("found dead on the morning of 4 November 1997. ... killed between
        11.40pm on 3 November and 1am"): that day's year (or the one next to it, across New
        Year), in a past or tenseless clause. None otherwise."""
        near = self.last_stated
        if near is None or c.ref is None or not 0 <= c.s - self.last_stated_at <= NEAR_STATED_CHARS:
            return None
        if c.tense() not in ("past", None):
            return None
        for y in (near.year, near.year - 1, near.year + 1):
            try:
                day = D(y, mo, d)
            except ValueError:
                continue
            if abs((day - near).days) <= NEAR_STATED_DAYS and day <= c.ref:
                return y
        return None

    def stated_in_sentence(self, c: Ctx) -> bool:
        """Was the last day stated with its year the date of a clause in the candidate's own
        sentence ("moved into Beijing on the night of June 3, 1989, and by the morning of June 4
        had cleared the square")?"""
        return self.last_stated_adverbial >= 0 and self.last_stated_adverbial == c.sentence()[0]

    def year_for(self, c: Ctx, mo: int, d: int = 0) -> int | None:
        """The year of a yearless month or month-day in a past clause of a story told in a stated
        year ("In 2014, Russia annexed Crimea in March" -> 2014; "The war began in March 2003.
        Baghdad fell on April 9" -> 2003; a month before the story's month is the next year's:
        "in December 2019 ... continued until March" -> 2020): the frame in the same paragraph
        (LINE_BREAKS, FRAME_REACH); or a month or day stated with its year inside this sentence
        or the one before ("The truce, which began in late November 2023, collapsed on Dec. 1";
        ``near_frame``). None when no story frames it."""
        f = self.frame
        nf = self.near_frame
        if (
            nf is not None
            and self.within(nf[3], c.s, None, LINE_BREAKS)
            and self.in_sentences(c, nf[3], 0 if self.near_carried else DATE_SENTENCES)
            and (nf[1] == 0 or (mo - nf[1]) % 12 <= NEAR_FRAME_MONTHS)
        ):
            # "The truce, which began in late November 2023, collapsed on Dec. 1"; not a date far
            # on from it ("born on May 3, 1950, and died on Dec. 1": an obituary's recent death),
            # nor one its subject's report tells after an aside ("Twitch, spun off in June 2011,
            # said it had 55 million visitors in July": the report's July)
            f = nf
        if f is not None and nf is not None and f[3] == nf[3] and _reported_after_aside(c, nf[3]):
            return None
        if f is None or c.ref is None or not self.within(f[3], c.s, FRAME_REACH, LINE_BREAKS):
            return None
        t = c.tense()
        if t != "past" and not (t is None and f is nf and 0 <= self.colon_at and self.in_sentences(c, self.colon_at, 0)):
            # (a verbless list the colon after a past year opens: "emerged last year: Delta on
            # April 30 and Northwest on May 31")
            return None
        if c.prev_word() in c.tables["context"].get("since_words", ()):
            return None  # "A year ago, few had heard of it. Since March, it has gained ...": up to now
        if lex_pattern(c, _RANGE_TO_YEAR).match(c.text, c.e):
            return None  # "from April to August 2005": the range's own year decides
        y = f[0]
        # a month before the story's month is the next year's, once the story has moved on (a later
        # sentence, not a pluperfect "had met her in March")
        if (
            f[1]
            and (mo, d) < (f[1], f[2])
            and (f is nf or _RE_SENTENCE_END.search(c.text, f[3], c.s))
            and not _pluperfect_clause(c)
            and _nearer_next_year(y, f[1], f[2], mo, d)
        ):
            y += 1  # (a near frame is only taken for dates up to a few months on: "from December 2004 to March")
        if not (y < c.ref.year or (y == c.ref.year and mo <= c.ref.month)):
            return None
        return y


_RE_ASIDE_THEN_REPORT = re.compile(r"[^,;.!?\n]*,\s+(\w+)(?:\s+(\w+))?\b")


def _reported_after_aside(c: Ctx, at: int) -> bool:
    """Does an aside that closes after ``at`` (the end of the date stated in it) lead to its
    subject's reporting verb before the candidate ("Twitch, spun off ... in June 2011, said it
    had ... in July")?"""
    m = _RE_ASIDE_THEN_REPORT.match(c.low, at)
    return m is not None and m.end() <= c.s and (m.group(1) in c.tense_cues.reporting or m.group(2) in c.tense_cues.reporting)


_RE_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")


#: how many sentences back the event day may be told for a hearing's day to leave the story on it,
#: and how near (words, characters) the verb of hearing stands to the hearing's day
HEARING_SENTENCES = 3
HEARING_WORDS = 6
HEARING_CHARS = 60
_RE_CLAUSE_AFTER_DAY = re.compile(r"[^;:.!?\n]{0,80}")
#: how far back (characters) and how many days apart a day stated with its year dates a yearless
#: day (`Story.year_near_stated`)
NEAR_STATED_CHARS = 1500
NEAR_STATED_DAYS = 10
#: before a time a tally is given at ("As of this afternoon, he had won ..."): not the story's day
_TALLY_STAMP = r"\b(?:{tally_stamp_before})\s+$"
#: how far back a reporting verb may be when only where it was said stands between it and its day
REPORT_PLACE_CHARS = 70
#: a verb, then prepositional phrases of place ("said at a briefing in Darmstadt, Germany, ")
_RE_SAID_AT_PLACE = re.compile(r"\b([a-z]+)\s+(?:at|in|during)\s+(?:(?!\b(?:that|and|but|when|after|before)\b)[^.;:\"“”])*?[, ]\s*(?:on\s+)?$")
#: the hour of a clock's value ("2016-06-24T22:00")
_RE_CLOCK_HOUR = re.compile(r"T(\d\d):")
#: a colon right after a year ("emerged last year: Delta on April 30 and ...")
_RE_COLON_AFTER = re.compile(r"[ \t]*:[ \t]")
#: the comma of an apposition right after a day ("on Monday, its third day")
_RE_APPOSED_COMMA = re.compile(r",[ \t]*")
#: what ends a timeline entry's heading date: a colon or a dash before the entry's text
_RE_HEADING_END = re.compile(r"[ \t]*(?::|[-–—][ \t])")


def _counted_day(res: Res, date: Res | None) -> D | None:
    """The day an offset of whole days or weeks lands on, counted from the story's day
    ``date`` ("A week later": seven days on), when its interval (the week landed in, or the
    days about an approximate count) holds that day."""
    m = _RE_DAYS_OR_WEEKS.fullmatch(res.value)
    if m is None or date is None or date.earliest is None or date.granularity not in DAY_GRAINS:
        return None
    if res.earliest is None or res.latest is None or res.earliest == res.latest:
        return None
    n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    try:
        day = date.earliest + dt.timedelta(days=n)
    except OverflowError:
        return None  # a count past the calendar's end (a story told near 9999-12-31)
    return day if res.earliest <= day <= res.latest else None


def _places(res: Res, rule: str, compared: bool, landed: bool = False) -> bool:
    """Does the mention place the story on the calendar: a dated DATE or TIME, not "overnight"
    (which takes its day from the story), nor a period a figure is compared with?"""
    return (
        res.earliest is not None
        and (res.type in ("DATE", "TIME") and res.value[:1].isdigit() or landed)
        and rule not in NO_ANCHOR_RULES
        and res.note != COMPARED_NOTE
        and not compared
    )


_RE_LINE_END_SENTENCE = re.compile(r"[.!?\"”'’][ \t]*\n")
_RE_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_ONE_DAY = dt.timedelta(days=1)
_LEAD_LINE_ENDS = (".", "?", "!", '"', "”", "’", "'")
_RE_LOW_WORD = re.compile(r"[a-z]+")
_RE_LOWER_AFTER = re.compile(r"\s+([a-z][a-z-]+)")


def _names_an_event(c: Ctx, s: int, e: int) -> bool:
    """ "the August 20 first round", "the Oct. 7 attack": a date a determiner makes the name of
    an event (`_names_event`), its first word after it a noun, not a verb."""
    if not _names_event(c, s, e, possessive=False):
        return False
    after = _RE_LOWER_AFTER.match(c.text, e)
    return after is not None and not c.tense_cues.classify(after.group(1), None, None)


def _superlative_since(c: Ctx, a: int, s: int) -> bool:
    """ "the first aid to reach Gaza since Israel imposed a siege on October 9", "its biggest
    rise since ...": a "since" after a first, only or superlative word, before the date."""
    words = _RE_LOW_WORD.findall(c.low, a, s)
    if "since" not in words:
        return False
    k = len(words) - 1 - words[::-1].index("since")
    return any(w in c.tables["context"].get("since_measures_from", ()) for w in words[max(0, k - 8) : k])


#: the word before a day mention, skipping "on" ("said on Friday", "dashed Friday")
_WORD_BEFORE_DAY = r"([a-z]+)\s+(?:{day_prepositions}\s+)?$"
#: "from April to August 2005": a range that ends with its own year
_RANGE_TO_YEAR = r"\s*{ranges.middle}\s+(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\b"
_RE_FIRST_WORD = re.compile(r"[^\W\d_]+")
_RE_WEEKDAY_BEFORE = re.compile(r"([A-Z][a-z]+),\s*$")
_RE_YEAR4 = re.compile(r"(?<!\d)(1[0-9]|20)\d\d(?!\d)")


def _opens_story(c: Ctx, res: Res, s: int, e: int, rule: str, framed: bool) -> bool:
    """Does this day open a story told forward, whose bare weekdays count from it: a calendar
    date given with its weekday ("On Monday, Aug. 29, 2005, Katrina made landfall"), one that
    frames its sentence ("On Aug. 29, 2005, ..."), or a weekday already read in such a story?"""
    if rule == "weekday" and res.earliest is not None and any(ch.isdigit() for ch in c.text[s:e]):
        return True  # "in the early hours of Wednesday, Nov. 22": a date given with its weekday
    if rule in ("weekday", "clock"):
        return res.anchor == "previous mention"  # "By Wednesday", "at 9:59 a.m. Tuesday" read in the story
    if rule not in ("month_day", "day_month") or res.earliest is None:
        return False
    w = _RE_FIRST_WORD.match(c.text, s)
    if framed or (w is not None and w.group(0).lower() in c.tables["weekdays"]):
        return True
    # "at 8:38 a.m. on Sunday, March 10": the weekday just before, read with the clock
    before = _RE_WEEKDAY_BEFORE.search(c.text, max(0, s - 14), s)
    return before is not None and before.group(1).lower() in c.tables["weekdays"]


def _moves_story(c: Ctx, res: Res, s: int, e: int) -> bool:
    """Inside a told story, a stated past year after a time preposition in a past clause moves
    the story there ("He left in 2019")."""
    return _stated_past_year(c, res, s, e) and c._tense(c.text, s, e) == "past"


def _stated_past_year(c: Ctx, res: Res, s: int, e: int) -> bool:
    """A year written out, before the reference's, in an adverbial ("in 2014", "on Oct. 18,
    2019"), not a modifier ("the Dec. 21, 1988, bombing") nor background ("since 2000")."""
    if res.earliest is None or c.ref is None or res.granularity not in ("year", "month", "season", "day"):
        return False
    y = res.earliest.year
    if y >= c.ref.year:
        return False
    if not any(int(m.group(0)) == y for m in _RE_YEAR4.finditer(c.text, s, e)) and not (
        # "on Thursday 3 March last year": a day or month stated with its year in words
        # (_RE_STATED_YEAR: with y the year before the reference's, only "last year" can be it)
        res.granularity in ("month", "day") and y == c.ref.year - 1 and _RE_STATED_YEAR.search(c.low, s, e)
    ):
        return False
    return c.prev_word(s) in c.tables["context"].get("frame_prepositions", ()) and not _background(c, s)


#: how far from a day's mention the ends of its line may be for it to be a heading line
HEADING_SLACK = 12
#: a year written in a day's own words: four digits, or "last/this/next year"
_RE_STATED_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\b(?:last|this|next)\s+year\b")


def _relative_past_year(c: Ctx, res: Res, rule: str) -> bool:
    """ "Last year", "A year ago", "Two years ago": a whole past year counted from the
    reference, which frames a story as a stated one does ("Last year, it sold its unit in
    March")."""
    return (
        rule in ("offset", "rel_unit")
        and res.granularity == "year"
        and res.earliest is not None
        and c.ref is not None
        and res.earliest.year < c.ref.year
    )


def _frame_of(c: Ctx, res: Res, s: int, e: int, rule: str = "") -> Frame | None:
    """Does this mention set the year a story is told in? A stated year before the reference's,
    or a past year counted from it ("Last year", "Two years ago"), in an adverbial at the start
    of its sentence ("In 2014, ...", "On Oct. 18, 2019, ...", "A year ago, ..."), not
    background ("Since 2000, ...")."""
    # a counted year only as a fronted adverbial with its comma ("Last year, ..."; not the
    # subject of "Last year was hard")
    a = c._tense.sentence(c.text, s, e)[0]  # type: ignore[attr-defined]
    front = c.tables["context"].get("front_words", ())
    words = c.text[a:s].lower().split()
    if (
        res.granularity == "year"
        and res.earliest is not None
        and c.ref is not None
        and res.earliest.year < c.ref.year
        and _year_sentence(c, words, e)
    ):
        return _frame_at(res, e)  # "Then there was 2000. McCain beat Bush in New Hampshire on February 1"
    if not (
        _stated_past_year(c, res, s, e)
        or (
            _relative_past_year(c, res, rule)
            and (c.text.startswith(",", e) or _clause_subject_at(c, e))
            # "Since last year, the regulator has stepped up scrutiny. In March, it ...": a span
            # up to now, not a year the story is told in (as "Since 2000, ..." is not), unless a
            # clause restates the year ("Since last year, when the pandemic hit in March, ...")
            and (c.prev_word(s) not in c.tables["context"].get("since_words", ()) or _RE_WHEN_AFTER_YEAR.match(c.low, e) is not None)
        )
    ):
        return None
    # only a sentence-initial adverbial frames what follows ("In 2014, Russia annexed Crimea in
    # March"); a year inside a sentence is too often an aside ("a resolution adopted in 1977
    # designated Nov. 29", "until he died in 1994, would have been 85 on April 15")
    if not (len(words) <= 3 and all(w.strip(",") in front for w in words)):
        return None
    return _frame_at(res, e)


_RE_WORD_AT = re.compile(r"[ \t]+([A-Za-z]+)")


#: a clause that restates the year just named ("Since last year, when the pandemic hit in March, ...")
_RE_WHEN_AFTER_YEAR = re.compile(r",[ \t]+when\b")


def _clause_subject_at(c: Ctx, e: int) -> bool:
    """Does a clause's subject start right after a fronted year with no comma ("Last year the
    monsoon arrived on June 1", "Two years ago he won", "Last year prices peaked")? A
    determiner, a subject pronoun or a plural noun before a verb (not a verb: "Last year was
    hard")."""
    m = _RE_WORD_AT.match(c.text, e)
    if m is None:
        return False
    w = m.group(1)
    if w.lower() in c.tables["context"].get("fronted_subject_openers", ()):
        return True
    # a plural noun ("Last year prices peaked on March 3"), not a verb ("Last year saw ...")
    nxt = _RE_WORD_AT.match(c.text, m.end())
    return (
        w.islower()
        and w.endswith("s")
        and c.tense_cues.classify(w, None, None) is None
        and nxt is not None
        and c.tense_cues.classify(nxt.group(1), None, w.lower()) is not None
    )


def _year_sentence(c: Ctx, words: list[str], e: int) -> bool:
    """A short sentence that only names the year the story turns to ("Then there was 2000.",
    "The year was 1968.", "Then came 2008."): its words before the year are of the lexicon's
    year_sentence_words, and the sentence ends right after it."""
    if not words or len(words) > 4 or not all(w in c.tables["context"].get("year_sentence_words", ()) for w in words):
        return False
    return c.text[e : e + 1] in (".", "!") or c.text[e : e + 2] in (".\n", ". ")


#: how many words after a possessive day its event's noun may come ("Monday's 7.8-magnitude earthquake")
EVENT_NOUN_WORDS = 4
_RE_WORDS_AFTER_POSSESSIVE = re.compile(r"['’]s?((?:\s+[\w.-]+){1,%d})" % EVENT_NOUN_WORDS)


#: how far before a day (characters, in its clause) a noun of a vote dates it as the vote's, and
#: how near the reference (days) the vote must be
VOTE_NOUN_CHARS = 50
VOTE_DAY_REACH = 120
_RE_CLAUSE_STOP = re.compile(r"[.;:!?\n]")


def _names_vote(c: Ctx, s: int, e: int) -> bool:
    """Is the day at ``text[s:e]`` a vote's: a noun of a vote just before it in its clause ("a
    by-election on Thursday, September 28", "go to the polls on Friday") or right after its
    possessive ("Sunday's election")?"""
    nouns = set(c.tables["context"].get("vote_nouns", ()))
    after = _RE_WORDS_AFTER_POSSESSIVE.match(c.low, e)
    if after is not None and not nouns.isdisjoint(after.group(1).split()[:2]):
        return True
    lo = max(0, s - VOTE_NOUN_CHARS)
    stop = [m.end() for m in _RE_CLAUSE_STOP.finditer(c.low, lo, s)]
    before = c.low[stop[-1] if stop else lo : s].split()
    if len(before) >= 1 and before[-1] == "on":
        # "go to the polls on Friday"; not a body named by the vote ("results announced by the
        # Supreme Election Board (YSK) on Monday", "election officials said on Monday")
        heads = c.tables["context"].get("vote_body_nouns", ())
        near = [w.strip(",()") for w in before[-5:]]
        if any(w in nouns and near[i + 1] not in heads for i, w in enumerate(near[:-1])):
            return True
    # "the November 8th presidential election", "the Nov. 8 vote": the date names the vote
    if not before or before[-1] != "the" or (named := _RE_NAMED_BY_DATE.match(c.low, e)) is None:
        return False
    words = named.group(1).split()
    mods = c.tables["context"].get("vote_modifiers", ())
    k = next((i for i, w in enumerate(words) if w in nouns), None)
    return k is not None and all(w in mods for w in words[:k])


#: up to three words right after a date, in its clause
_RE_NAMED_BY_DATE = re.compile(r"[ \t]+([a-z-]+(?:[ \t]+[a-z-]+){0,2})")


def _event_group_after(c: Ctx, e: int) -> str | None:
    """The name of the lexicon's event-noun group (context.event_noun_groups: quake and
    earthquake, blast and explosion, ...) whose noun follows a possessive day within a few
    words, or None."""
    m = _RE_WORDS_AFTER_POSSESSIVE.match(c.low, e)
    return _event_group(c, m.group(1).split()) if m is not None else None


def _event_group(c: Ctx, words: list[str] | set[str]) -> str | None:
    """The event-noun group one of ``words`` belongs to, or None."""
    for i, group in c.tables["context"].get("event_noun_groups", {}).items():
        if set(words) & set(group):
            return i
    return None


def _nearer_next_year(y: int, fm: int, fd: int, mo: int, d: int) -> bool:
    """Is month ``mo`` (day ``d``, 0 for a month) nearer the frame's day (``y``-``fm``-``fd``)
    in the next year than in the frame's own ("in December 2019 ... until March": 2020; "sank on
    October 3, 2001 ... received on October 1", "left port on September 28": 2001)?"""
    def ordinal(yy: int, mm: int, dd: int) -> int:
        return yy * 372 + mm * 31 + dd  # (a month's length is near enough to compare)
    frame = ordinal(y, fm, fd or 15)
    return ordinal(y + 1, mo, d or 15) - frame < frame - ordinal(y, mo, d or 15)


def _frame_at(res: Res, e: int) -> Frame:
    """A story frame from a dated mention ending at ``e``: (year, month or 0, day or 0, e)."""
    d = res.earliest
    assert d is not None
    # a season counts from its first month ("until the autumn of 1991, and it adjourned the
    # hearing in November": 1991)
    return (d.year, d.month if res.granularity in ("month", "day", "season") else 0, d.day if res.granularity == "day" else 0, e)


_RE_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:the|early|late|hours|of|following|next|at\s+least)\s+)*$")


_RE_START_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on\s+|from\s+)?$")


def _stretch_start(c: Ctx, s: int) -> bool:
    """ "would cut tariffs for 90 days, starting on May 14. Markets surged that day": the day a
    stretch starts from, set by a plan, is not a day the story is on."""
    m = _RE_START_WORD_BEFORE.search(c.low, max(0, s - 25), s)
    return m is not None and m.group(1) in c.tables["context"].get("period_start_before", ())


def _range_end(c: Ctx, s: int, e: int) -> bool:
    """ "voted in four phases between April 20 and May 10": either end of a stretch the text
    gives from its start to its end is no day the story is on (counting "began at 8 a.m." is
    on neither). Not asked of clocks: "from 07:00 to 16:00" keeps its day for its end."""
    if c.possessive_at(e) or lex_pattern(c, _STORY_AFTER_RANGE_END).match(c.low, e):
        return False  # "to Tuesday's summit": no range; "from May 2 to May 20, when the jury ...": the story is there
    m = lex_pattern(c, _RANGE_END_BEFORE).search(c.low, max(0, s - 60), s)
    if m is not None:
        start = m.group("start")
        return any(ch.isdigit() for ch in start) or any(w in c.tables["weekdays"] for w in start.split())
    return c.prev_word(s) in c.tables["range_open"] and lex_pattern(c, _RANGE_START_AFTER).match(c.low, e) is not None


#: "between April 20 and", "from Jan. 3 to": a range's start (a date: a digit in it, or a
#: weekday), then its middle, right before ("between police and Saturday's marchers" is none)
_RANGE_END_BEFORE = r"\b(?:{ranges.open})\s+(?P<start>(?:[^,.;:!?()]|\.(?=\s*\d)){1,40}?)\s+(?:{ranges.middle})\s+$"
_STORY_AFTER_RANGE_END = r",?\s+(?:{range_end_story_after})\b"
#: after a range's start: its middle and a date ("and May 10", "to March 9")
_RANGE_START_AFTER = r"\s+(?:{ranges.middle})\s+(?:[a-z]+\.?\s+)?\d"


def _until(c: Ctx, s: int, rule: str = "") -> bool:
    """ "The fighting went on until the early hours of the following Saturday": the day a
    stretch lasts until ends it; the story goes on from where it was ("The fire was not put
    out until the early hours of the following Saturday. The prime minister visited the site
    that Thursday"). Not a calendar date after a negation ("The arrest was not made public
    until Wednesday, Dec. 5. Stocks fell the next day"): what happened only then, on a date the
    text gives, moves the story there."""
    m = _RE_UNTIL_BEFORE.search(c.low, max(0, s - 50), s)
    if m is None:
        return False
    if rule not in ("month_day", "day_month"):
        return True
    words = _clause_words_before(c, m.start())
    return not any(w in c.tables["context"].get("until_negations", ()) for w in words)


def _listed_year(c: Ctx, res: Res, s: int, prev: Res | None, prev_at: int) -> bool:
    """ "Two orbiters were lost, Challenger in January 1986 and Columbia in February 2003": a
    date stated with its year, joined by "and" or a comma to one of the same grain and another
    year just before it in its sentence, is one of a list of past facts, not the time a story
    is told in; it lends its year to nothing after it ("Sales in 2010 were weak, but on March 3,
    2011, ..." is no list)."""
    if prev is None or prev.earliest is None or res.earliest is None or prev.granularity != res.granularity:
        return False
    a = c._tense.sentence(c.text, s, s)[0]  # type: ignore[attr-defined]
    if prev_at < a or prev.earliest.year == res.earliest.year:
        return False
    between = c.low[prev_at:s]
    return "," in between or " and " in f" {between} "


def _participle_aside(c: Ctx, s: int) -> bool:
    """ "Facebook, founded in a Harvard dormitory in February 2004, had 901 million users at the
    end of March": a date inside an aside opened by a participle of origin after a comma is
    background; it lends its year to nothing after it."""
    cut = c.low.rfind(",", max(0, s - 80), s)
    if cut < 0:
        return False
    words = c.low[cut + 1 : s].split()
    return bool(words) and words[0] in c.tables["context"].get("aside_participles", ())


_RE_TWO_WORDS_BEFORE = re.compile(r"([a-z-]+)\s+([a-z]+)\s+$")


def _period_end(c: Ctx, s: int) -> bool:
    """ "net profit for the half-year ended 30 September", "the year to March 31": the day a
    reported period ends, not a day the story is on (a clock after it is the report's)."""
    m = _RE_TWO_WORDS_BEFORE.search(c.low, max(0, s - 30), s)
    if m is None:
        return False
    cw = c.tables["context"]
    return m.group(2) in cw.get("period_end_before", ()) and m.group(1) in cw.get("period_nouns", ())


#: how far from the reference a day that a comparison "was" must be to be background
FAR_COMPARISON_DAYS = 30


def _compares(c: Ctx, s: int, res_far: D | None = None) -> bool:
    """A day that a sentence comparing with another time says it was ("The last time New Zealand
    won the tournament was on the same ground on June 20, 1987"): background; the story stays
    where it was ("The match kicked off at 9pm" is last night's)."""
    a, _ = c.sentence()
    if a > s:
        return False
    if c.ref is not None and res_far is not None and abs((c.ref - res_far).days) <= FAR_COMPARISON_DAYS:
        return False  # "The last time the two leaders talked was on Monday": a day in the news
    words = _RE_LOW_WORD.findall(c.low, a, s)
    opening = " ".join(words[:4])
    if not any(opening.startswith(o) for o in c.tables["context"].get("comparison_openers", ())):
        return False
    # the day is what the comparison "was" ("... was on June 20, 1987"); not a day in apposition
    # that the sentence goes on to tell of ("The last time the Queen visited, on 12 May, crowds gathered")
    return any(w in ("was", "were") for w in words[3:])


def _background(c: Ctx, s: int) -> bool:
    """A date in a background phrase: "the deadliest since the attack in Parkland on Feb. 14,
    2018", "his first visit since Feb. 24": a word of ``background_before`` among the few words
    before it, in its sentence."""
    window = c.low[max(0, s - 80) : s]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    sentence = window[cut + 1 :].split()  # within its sentence (a cheap cut: no abbreviations)
    words = sentence[-10:]
    bg = c.tables["context"].get("background_before", ())
    since = c.tables["context"].get("span_since_words", ())
    long_units = c.tables["context"].get("span_since_units", ())
    more = sentence[-14:]
    if any(more[i] in since and more[i - 1] in long_units for i in range(1, len(more))):
        # "28 years after Kapil Dev's team lifted the trophy at Lord's on June 25, 1983": the
        # day a span is counted from, whatever the clause, is background
        return True
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
