"""The day a quotation was spoken, which its deictic words count from.

"Tomorrow the occupation will still be there," a Palestinian official said in Ramallah
Thursday night. "But tonight we are a state." -- in a report dated Friday, "Tomorrow" is that
Friday and "tonight" is Thursday night: words inside a quotation count from the day they were
said, when the text names that day in the quotation's attribution (after it, "..., X said on
Thursday", "X told reporters outside the courthouse on Friday evening", "X said last night";
or before it, 'X told reporters on Thursday: "..."', 'X told WWL radio on Tuesday evening that
"..."'), in the attribution of the quotation it goes on from in the same paragraph, or, for a
quotation attributed to a pronoun alone ('," he said.'), in the sentence right before it that
named its speaker's day. Without a named day the report's day stands (the quotation is taken
as said on it, the usual case in news copy). Deictic days and parts of days, "N days ago" and
"last/next week" count from the speech day (`speech_day`).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import resolve as R
from timeline.temporal.context import Ctx, D, lex_pattern
from timeline.text import line_bounds

#: the anchor of a deictic word inside a quotation counted from the day it was said
SPEECH_ANCHOR = "speech day"
#: how far back a speech day may be from the reference: a week of news (a weekday named in
#: the attribution is always within it), or a year for a date named there ("In a post on his
#: blog on April 27, he wrote: ...")
MAX_SPEECH_DAYS = 6
MAX_DATED_SPEECH_DAYS = 366
#: how far after a closing quotation mark its attribution may run, and before an opening one
_TAIL_CHARS = 140
_HEAD_CHARS = 140
#: how close a quotation must follow the one it continues (its attribution in between)
_CONTINUES_CHARS = 200

_CLOSE = "\"”"
_RE_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”]|$)")
def _sentence_ends(c: Ctx, text: str) -> list[re.Match[str]]:
    """The sentence ends in ``text``: a full stop after an abbreviation ("Dr.", "Gen."; the
    tense cues' own test, lexicon tense.abbreviations) ends none."""
    abbrev = c.tense_cues.abbrev
    return [
        m for m in _RE_SENTENCE_END.finditer(text)
        if not (abbrev is not None and text[m.start()] == "." and abbrev.search(text, max(0, m.start() - 12), m.start() + 1))
    ]


_DAY_PATTERN_KEY = ("quotes.attribution_day", 0)


def _day_pattern(c: Ctx) -> re.Pattern[str]:
    """A day named in an attribution: a weekday's full name (a part of day may follow it), or
    one of the lexicon's deictic past days ("yesterday"); built once per lexicon, in its
    pattern cache (as `lex_pattern` keeps its own)."""
    cache = c.tables["patterns"]
    got = cache.get(_DAY_PATTERN_KEY)
    if got is None:
        names = sorted((w for w in c.tables["weekdays"] if len(w) > 3 and w.isalpha()), key=len, reverse=True)
        past = sorted(
            [w for w, k in c.tables["deictic"].items() if k == -1]
            + [w for w, (k, _) in c.tables["deictic_parts"].items() if k == -1],  # "Dhoni said last night"
            key=len,
            reverse=True,
        )
        # a date after "on": a capitalised month and a day, either way round ("on April 27", "on
        # 27 April"), or a holiday on a fixed day ("on Christmas Day"); not a date naming another
        # event ("the April 27 deadline", "Ahead of Independence Day")
        months = sorted((w.rstrip(".") for w in c.tables["months"] if len(w) >= 3), key=len, reverse=True)
        mon = "(?-i:" + "|".join(w.capitalize() for w in dict.fromkeys(months)) + r")\.?"
        fixed = sorted((h for h, v in c.tables["holidays"].items() if isinstance(v, str) and re.fullmatch(r"\d\d-\d\d", v)), key=len, reverse=True)
        got = cache[_DAY_PATTERN_KEY] = re.compile(
            r"\b(?:(?P<wd>" + "|".join(names) + r")|(?P<y>" + ("|".join(map(re.escape, past)) or "(?!)") + r")"
            + r"|(?<=\bon )(?P<md>(?:" + mon + r"\s+(?P<d1>[0-3]?\d)(?!\d)|(?P<d2>[0-3]?\d)\s+" + mon + r")(?:,?\s+(?P<yr>(?:1[6-9]|20)\d\d)(?!\d))?)"
            + r"|(?<=\bon )(?P<hol>" + ("|".join(re.escape(h) for h in fixed) or "(?!)") + r"))\b",
            re.I,
        )
    return got


def _open_quote(text: str, a: int, pos: int) -> int | None:
    """The opening quotation mark of the quotation ``pos`` is inside (the line starts at ``a``),
    or None when ``pos`` is outside any."""
    seg = text[a:pos]
    curly_open, curly_close = seg.rfind("“"), seg.rfind("”")
    if curly_open > curly_close:
        return a + curly_open
    if curly_open >= 0 or curly_close >= 0:
        return None  # curly quotes in this line, all closed before pos
    if seg.count('"') % 2 == 1:
        return a + seg.rfind('"')
    return None


def _close_quote(text: str, pos: int, b: int) -> int | None:
    for i in range(pos, b):
        if text[i] in _CLOSE:
            return i
    return None


#: how far after its reporting verb an attribution's day may come ("said in Ramallah
#: Thursday night"; not "said, speaking after a vote on ... late on Monday": the vote's day)
_DAY_AFTER_VERB_CHARS = 30
#: farther, up to this, when only the verb's object and place stand between, with "on" right
#: before the day ("told reporters outside the courthouse on Friday evening")
_DAY_AFTER_OBJECT_CHARS = 70
_RE_OBJECT_WORDS = re.compile(r"(?:[ \w.'’-]|(?<=\d),(?=\d))*\b(\w+) $")  # ("a crowd of 240,000": a number's comma)
#: a verb form between the reporting verb and the day ("supporters gathered outside on"), not an
#: adjective after a determiner ("a packed arena") nor a name ("the United Nations")
_RE_VERB_FORM = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )\b[a-z]+(?:ed|ing)\b")
_RE_LOW_WORD = re.compile(r"[a-z]+")
#: a clause of the moment of speaking between the reporting verb and the day ("said as he left
#: the meeting Tuesday night", "said when she arrived in Paris on Friday")
_RE_AS_CLAUSE = re.compile(r"\s+(?:as|when)\s+(?:he|she|they|it|we)\s+([a-z]+)(?:\s+[A-Za-z]+){0,5}\s+(?:on\s+)?")


def _other_event(c: Ctx, span: str) -> bool:
    """Does ``span`` (between a reporting verb and a day) hold a word that makes the day another
    event's ("said after Sunday's storm", "said Ann Lee, whose son died Saturday"; lexicon
    context_words.attribution_other_event)?"""
    return bool(set(_RE_LOW_WORD.findall(span.lower())) & set(c.tables["context"].get("attribution_other_event", ())))


#: a word of letters, either case ("April", "On")
_RE_WORD = re.compile(r"[A-Za-z]+")


def _day_of(c: Ctx, m: re.Match[str]) -> D | None:
    assert c.ref is not None
    if m["wd"]:
        wd = c.tables["weekdays"].get(m["wd"].lower())
        return R.weekday_near(c.ref, wd, -1) if wd else None
    if m["md"] or m["hol"]:
        if m["md"]:
            word = _RE_WORD.search(m["md"])
            mo = c.tables["months"].get(word.group(0).lower()) if word else None
            d = int(m["d1"] or m["d2"])
        else:
            mo, d = (int(x) for x in c.tables["holidays"][m["hol"].lower()].split("-"))
        if not mo:
            return None
        y = int(m["yr"]) if m["yr"] else R.month_day_year(c.ref, mo, d, "past", True)
        if not m["yr"] and R.month_day_year(c.ref, mo, d, "present") != y:
            return None  # the nearer such day lies ahead ("the final on April 6", said in March): no day of speaking
        try:
            return D(y, mo, d) if y else None
        except ValueError:
            return None  # "February 30"
    return c.ref - dt.timedelta(days=1)


def _verbs(c: Ctx, span: str) -> list[int]:
    """Where the past reporting verbs of ``span`` end ("said", "told"; not "to say", a speech
    still to come)."""
    return [m.end() for m in _RE_LOW_WORD.finditer(span.lower()) if m.group(0) in c.tense_cues.reporting_past]


def _object_then_day(c: Ctx, between: str) -> bool:
    """Are the words between a reporting verb and a day farther than _DAY_AFTER_VERB_CHARS
    only its object and place, ending on the preposition of a day ("told reporters outside the
    courthouse on")? No comma, no other verb form (-ed, -ing: "supporters gathered outside
    on")."""
    m = _RE_OBJECT_WORDS.fullmatch(between)
    return (
        m is not None
        and m.group(1).lower() in c.tables["context"].get("attribution_day_after_object", ())
        and _RE_VERB_FORM.search(between) is None
    )


def _tail_day(c: Ctx, span: str) -> D | None:
    """The past day an attribution after the quotation names right after its reporting verb
    ("said in Ramallah Thursday night", "told lawmakers yesterday"), with no word between that
    opens another event and not as a possessive ("said after Sunday's storm")."""
    for v in _verbs(c, span):
        m = _day_pattern(c).search(span, v, v + _DAY_AFTER_OBJECT_CHARS + 12)
        if m is None or m.start() - v > _DAY_AFTER_OBJECT_CHARS:
            continue
        between = span[v : m.start()]
        am = _RE_AS_CLAUSE.fullmatch(between)
        # the moment of speaking ("as he left the meeting"), not another event ("as she toured
        # streets flooded on Sunday")
        as_clause = am is not None and am.group(1) in c.tables["context"].get("speech_moment_verbs", ())
        if m.start() - v > _DAY_AFTER_VERB_CHARS and not as_clause and not _object_then_day(c, between):
            continue
        if (_other_event(c, between) and not as_clause) or span.startswith(("'", "’"), m.end()):
            continue
        return _day_of(c, m)
    return None


def _head_day(c: Ctx, head: str) -> D | None:
    """The past day an attribution before the quotation names, anywhere in its clause ("On
    Monday, the minister told reporters:", "He told lawmakers on Thursday:")."""
    verbs = _verbs(c, head)
    if not verbs:
        return None
    m = _day_pattern(c).search(head)
    if m is None or _other_event(c, head[: m.start()]) or head.startswith(("'", "’"), m.end()):
        return None
    if (m["md"] or m["hol"]) and (m.end() > verbs[0] or not _dates_the_words(c, head[: m.start()])):
        # a date only before the verb, fronted or after a medium of the words ("On April 27, he
        # wrote:", "In a post on his blog on April 27, he wrote"); not "said the storm hit on
        # April 27", nor "Asked about the summit on March 20, he said"
        return None
    return _day_of(c, m)


def _dates_the_words(c: Ctx, before: str) -> bool:
    """Do the words before an attribution's "on <date>" make it the day of the words: nothing
    but "On" ("On April 27, he wrote"), or a medium of them among the four words before "on",
    itself after "in", "during" or "at" ("in a post on his blog on April 27", "in a statement on
    Feb. 28"; not "Asked about the hearing on March 3")?"""
    words = [w.lower() for w in _RE_WORD.findall(before)]
    if words[-1:] == ["on"]:
        words = words[:-1]
    if not words:
        return True
    media = c.tables["context"].get("speech_medium_nouns", ())
    preps = set(c.tables["context"].get("speech_medium_preps", ()))
    # "in a statement on", "in a post on his blog on", "during a briefing on"; not "Asked about
    # the hearing on March 3"
    return any(words[k] in media and preps & set(words[max(0, k - 3) : k]) for k in range(max(0, len(words) - 6), len(words)))


def _attribution_day(c: Ctx, a: int, b: int, open_at: int, close_at: int | None) -> tuple[D | None, bool]:
    """The day the quotation opened at ``open_at`` was said, from its own attribution, and
    whether it has an attribution (a reporting verb) at all."""
    text = c.text
    reporting = c.tense_cues.reporting | c.tense_cues.reporting_past  # (", he wrote.")
    # a quotation that ends its sentence ('... tonight." Police said on Monday ...') has no
    # attribution after it: the next sentence is another's
    if close_at is not None and text[close_at - 1 : close_at] != ".":
        tail = text[close_at + 1 : min(b, close_at + 1 + _TAIL_CHARS)]
        ends = _sentence_ends(c, tail)
        tail = tail[: ends[0].start()] if ends else tail
        if not tail.lstrip().startswith(("“", '"')) and set(_RE_LOW_WORD.findall(tail.lower())) & reporting:
            return _tail_day(c, tail) or _event_story_day(c, tail), True
    head = text[max(a, open_at - _HEAD_CHARS) : open_at]
    cut = max((m.end() for m in _sentence_ends(c, head)), default=0)
    head = head[cut:]
    tail_word = _RE_LOW_WORD.findall(head.lower()[-12:])
    if head.strip() and not head.rstrip().endswith((":", ",")) and not (
        tail_word and tail_word[-1] in c.tables["context"].get("quote_head_ends", ()) and head.rstrip()[-1:].isalpha()
    ):
        # 'he sighed "..."', a clause of its own before the quotation: not reported speech we can
        # read ('told WWL radio on Tuesday evening that "the water ..."' is)
        return None, True
    return _head_day(c, head) or _event_story_day(c, head), bool(set(_RE_LOW_WORD.findall(head.lower())) & reporting) or bool(head.strip())


_AFTER_EVENT = r"\b(?:{speech_after_event})\b"


def _event_story_day(c: Ctx, attribution: str) -> D | None:
    """The story's day, when an attribution naming no day says the words came right after the
    event the story tells of ('he told reporters after the match', 'said as she accepted the
    award'; lexicon context_words.speech_after_event), and that day is a past one of the story
    in a past reporting clause."""
    if not _verbs(c, attribution) or lex_pattern(c, _AFTER_EVENT).search(attribution.lower()) is None:
        return None
    if _day_pattern(c).search(attribution):
        return None  # "he said after the vote on Friday": the day is the event's, told apart
    d = c.story.day
    if d is None or d.granularity not in ("day", "part_of_day", "minute") or d.earliest is None:
        return None
    return d.earliest if 0 < (c.ref - d.earliest).days <= MAX_SPEECH_DAYS else None  # type: ignore[operator]


def _nested(text: str, open_at: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation within the quotation ('he told me, 'I will be home
    tomorrow,' and')? Its words are another speaker's, on another day."""
    seg = text[open_at + 1 : pos]
    if seg.rfind("‘") > seg.rfind("’"):
        return True
    opens = len(re.findall(r"(?:^|[\s,:(])'(?=\w)", seg))
    closes = len(re.findall(r"(?<=[\w,.!?])'(?=[\s,.;:!?)]|$)", seg))
    return opens > closes


_RE_PRONOUN_SAID = re.compile(r"\s+([a-z]+)\s+([a-z]+)\b")


def _pronoun_attribution(c: Ctx, close_at: int, b: int) -> bool:
    """Is the quotation's attribution after its closing mark (at ``close_at``) a pronoun and a
    past reporting verb alone ('," he said.'), which names no speaker and no day of its own?"""
    m = _RE_PRONOUN_SAID.match(c.text, close_at + 1, b)
    return (
        m is not None
        and m.group(1) in c.tables["context"].get("quote_pronouns", ())
        and m.group(2) in c.tense_cues.reporting_past
        and c.text[m.end() : m.end() + 1] in (".", "")
    )


def _previous_sentence_day(c: Ctx, a: int, open_at: int) -> D | None:
    """The day the sentence right before the quotation (in its paragraph) names in an
    attribution ("told a press conference on Sunday that ..."), or None."""
    before = c.text[a:open_at]
    ends = list(_RE_SENTENCE_END.finditer(before))
    if not ends or before[ends[-1].end() :].strip():
        return None  # the quotation does not open its sentence
    start = ends[-2].end() if len(ends) > 1 else 0
    return _head_day(c, before[start : ends[-1].start()])


def in_quotation(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened in its line?"""
    a, _ = line_bounds(text, pos)
    return _open_quote(text, a, pos) is not None


def speech_day(c: Ctx) -> D | None:
    """The earlier day the quotation around the candidate was said on, when the text names it
    (see the module's doc); None outside a quotation, or when it was said on the reference day
    or no day is named."""
    if c.ref is None:
        return None
    a, b = line_bounds(c.text, c.s, c.e)
    open_at = _open_quote(c.text, a, c.s)
    if open_at is None:
        return None
    if _nested(c.text, open_at, c.s):
        return None
    close_at = _close_quote(c.text, c.e, b)
    day, attributed = _attribution_day(c, a, b, open_at, close_at)
    if day is None and not attributed:
        # "But tonight we are a state.": a quotation opening the sentence right after the one
        # that carried the attributed quotation goes on from it, the same speaker's
        prev_close = c.text.rfind("”", a, open_at)
        if prev_close < 0:
            prev_close = c.text.rfind('"', a, open_at)
        between = c.text[prev_close + 1 : open_at] if prev_close >= 0 else ""
        ends = list(_RE_SENTENCE_END.finditer(between))
        if prev_close >= 0 and open_at - prev_close <= _CONTINUES_CHARS and ends and not between[ends[-1].end() :].strip():
            prev_open = _open_quote(c.text, a, prev_close)
            if prev_open is not None:
                day, _ = _attribution_day(c, a, b, prev_open, prev_close)
    elif day is None and close_at is not None and _pronoun_attribution(c, close_at, b):
        # 'Gao told a press conference on Sunday that cases had been underreported. "Until
        # today, some hospitals were not reporting," he said.': a pronoun's quotation right
        # after the sentence that named its speaker's day goes on from that day
        day = _previous_sentence_day(c, a, open_at)
    if day is None or not 0 < (c.ref - day).days <= MAX_DATED_SPEECH_DAYS:
        return None
    return day
