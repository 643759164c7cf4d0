"""The rule patterns of the tagger, compiled from a language lexicon.

A rule is a name and a regular-expression template, both read from the language's
resource file (``[[rules]]`` in ``lexicon/en.toml``); its ``{PLACEHOLDERS}`` are filled
from the same file's tables (month names, numerals, units...). The tagger scans with
a cheap start pattern (the rules' first few characters) and, where it hits, one combined
pattern of all rules; it asks a probe pattern which rules match at each hit and how far
(only those are re-matched, for their groups) and takes the longest; the production
of every rule lives in ``timeline.temporal.rules``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from re import _constants as _C
from re import _parser as _P

from timeline.errors import InputError
from timeline.temporal.lexicon import Lexicon, load_lexicon

# patterns used per candidate, compiled once
_RE_SPACES = re.compile(r"\s+")
_RE_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_RE_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_RE_HYPHEN_OR_SPACE = re.compile(r"[-\s]")
_RE_HYPHENS_SPACES = re.compile(r"[-\s]+")

@dataclass(frozen=True)
class Grammar:
    """Compiled patterns of one language."""

    lex: Lexicon
    rules: dict[str, re.Pattern[str]]
    combined: re.Pattern[str]
    #: where some rule's first characters are (a superset of where ``combined`` matches)
    starts: re.Pattern[str]
    _firsts: dict[str, list | None] = field(default_factory=dict, repr=False, compare=False)
    _bodies: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _by_char: dict[str, "_Probe"] = field(default_factory=dict, repr=False, compare=False)
    _probes: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        """``combined.search(text, pos)``, faster: the combined pattern is tried only where
        ``starts`` says an expression may begin (a few percent of the positions)."""
        find, match = self.starts.search, self.combined.match
        while (cand := find(text, pos)) is not None:
            hit = match(text, cand.start())
            if hit is not None:
                return hit
            pos = cand.start() + 1
        return None

    def rules_at(self, ch: str) -> "_Probe":
        """The rules that can match at a position whose first character is ``ch`` (the
        others cannot start there), and where each of them ends a match there."""
        got = self._by_char.get(ch)
        if got is None:
            names = tuple(name for name in self.rules if _may_start(self._firsts.get(name), ch))
            # characters with the same rules share one probe (all Unicode digits, say)
            got = self._probes.get(names)  # type: ignore[assignment]
            if got is None:
                pattern = self._probes.get("")
                if pattern is None:
                    pattern = self._probes[""] = _probe_pattern(self)
                got = self._probes[names] = _Probe(names, self.rules, pattern, self._bodies)  # type: ignore[arg-type]
            self._by_char[ch] = got
        return got


def _probe_pattern(g: Grammar) -> re.Pattern[str]:
    """Every rule's body in a lookahead with a group around it, after a test of its first
    character: ``(?:(?=[0-9])(?=(?P<r3>body)(?!\\w))|)``. A lookahead takes the body's first
    match in the regex's own order, the one ``rules[name].match(text, pos)`` returns, so the
    group ends where that match ends (-1: the rule does not match there). One call at a hit
    thus says which rules match and how far, instead of one call per rule. (``_LEFT`` is
    tested once, first: it is the same for every rule. The first-character tests only save
    time: a rule without one is simply tried.)"""
    # rules that start with a digit, or with an ASCII letter, are grouped behind one test
    groups: dict[str, list[str]] = {r"(?=\d)": [], "(?=[a-zA-Z])": [], "": []}
    for i, name in enumerate(g.rules):
        items = g._firsts.get(name)
        first = _first_class(items)
        guard = f"(?={first})" if first else ""
        part = _probe_part(i, g._bodies[name], guard)
        if items and all(_only(it, "0123456789", _C.CATEGORY_DIGIT) for it in items):
            groups[r"(?=\d)"].append(part)
        elif items and all(_only(it, _ASCII_LETTERS, None) for it in items):
            groups["(?=[a-zA-Z])"].append(part)
        else:
            groups[""].append(part)
    return re.compile(_LEFT + "".join(f"(?:{guard}{''.join(parts)}|)" for guard, parts in groups.items() if parts))


def _probe_part(i: int, body: str, guard: str = "") -> str:
    """One rule in a probe: its body in a lookahead, in group ``r<i>``; empty when it fails."""
    return f"(?:{guard}(?=(?P<r{i}>{body}){_RIGHT})|)"


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _only(item: tuple, chars: str | frozenset, category: object) -> bool:
    """Can this first-character item only ever match characters of ``chars`` (or ``category``)?"""
    op, av = item
    if op is _C.LITERAL:
        return chr(av) in chars
    if op is not _C.IN:
        return False
    for iop, a in av:
        if iop is _C.LITERAL and chr(a) in chars:
            continue
        if iop is _C.RANGE and all(chr(x) in chars for x in range(a[0], a[1] + 1)):
            continue
        if iop is _C.CATEGORY and category is not None and a == category:
            continue
        return False
    return True


class _Probe:
    """The rules that may start at one character, read off a probe pattern.

    At first the probe of all rules, compiled once; a character met at many hits (a dense
    input) gets a pattern of its own rules only, which is faster per hit but costs a
    compile, worth it only then."""

    __slots__ = ("names", "pats", "probe", "uses", "_bodies")

    def __init__(self, names: tuple[str, ...], rules: dict[str, re.Pattern[str]], pattern: re.Pattern[str],
                 bodies: dict[str, str]) -> None:
        order = list(rules)
        self.names = names
        self.pats = tuple(rules[n] for n in names)
        # (pattern, group of each rule): one attribute, so that swapping it is atomic
        self.probe = (pattern, tuple(pattern.groupindex[f"r{order.index(n)}"] for n in names)) if names else None
        self.uses = 0
        self._bodies = bodies

    def ends(self, text: str, pos: int, endpos: int | None = None) -> list[tuple[int, int]]:
        """(end, index in ``names``) of the rules that match at ``pos`` (before ``endpos``), non-empty."""
        if self.probe is None:
            return []
        self.uses += 1
        if self.uses == _OWN_PROBE_AFTER:
            self._own()
        pattern, slots = self.probe
        m = pattern.match(text, pos, len(text) if endpos is None else endpos)
        if m is None:
            return []
        regs = m.regs
        return [(regs[g][1], i) for i, g in enumerate(slots) if regs[g][1] > pos]

    def _own(self) -> None:
        parts = [_probe_part(i, self._bodies[n]) for i, n in enumerate(self.names)]
        own = re.compile(_LEFT + "".join(parts))
        self.probe = (own, tuple(own.groupindex[f"r{i}"] for i in range(len(self.names))))


_OWN_PROBE_AFTER = 200


#: the same instant restated in UTC in brackets: "10:35 a.m. (0735 GMT)", "9:05 a.m. (3:05 GMT)"
#: (lower case: the grammar runs on lower-cased text)
UTC_CLOCK = r"(?:[01]?\d|2[0-3]):?[0-5]\d\s+(?:gmt|utc)"
RESTATED_UTC = r"\(" + UTC_CLOCK + r"\)"


def _trie_alt(words: list[str] | set[str]) -> str:
    """The words as one alternation shaped like a trie ("new delhi", "new york" -> "new\\s+
    (?:delhi|york)"): the regex engine branches once per character instead of trying every
    word. Longer words still win: an optional tail is greedy. Spaces match any run of white
    space and apostrophes either form, as in ``_alt``."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    def unit(ch: str) -> str:
        return r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)
    def emit(node: dict) -> str:
        ends = "" in node
        kids = [unit(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if ends:
            return ("(?:" + body + ")?") if len(kids) == 1 else body + "?"
        return body
    out = emit(root)
    return "(?:" + out + ")" if out else "(?!x)x"


def _alt(words: list[str] | set[str]) -> str:
    parts = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        esc = re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+").replace("'", "['’]")
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def _placeholders(lex: Lexicon) -> dict[str, str]:
    months = lex.table("months")
    weekdays = lex.table("weekdays")
    abbrev = set(lex.words("weekday_abbrev_needs_date"))
    numbers = lex.table("numbers")
    tens = lex.words("numbers_tens")
    nw = lex.table("number_words")
    articles, nouns = list(nw.get("articles", [])), list(nw.get("nouns", []))
    mults = list(lex.table("number_multipliers"))
    ones = [w for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9 and " " not in w and w not in articles]
    small = [w for w, v in numbers.items() if " " not in w and w not in articles + nouns + mults]
    phrases = [w for w in numbers if " " in w] + articles + nouns
    numw = f"(?:{_alt(tens)}(?:[-\\s]{_alt(ones)})?|{_alt(small)})"
    half = r"[-\s]+".join(map(re.escape, nw.get("half_tail", "").split()))
    num = (
        r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2|½)?|"
        + numw
        + (r"(?:[-\s]+" + half + r")?|" if half else "|")
        + _alt(phrases)
        + r")"
        + (r"(?:[-\s]+(?:" + "|".join(map(re.escape, mults)) + r"))?" if mults else "")
    )
    yw = lex.table("year_words")
    # ("dozen" is a noun of number, not a teen: "two dozen" is no 2:12)
    teens = [w for w, v in numbers.items() if isinstance(v, int) and 10 <= v <= 19 and w not in articles + nouns]
    oh, hundred, joiner = (re.escape(yw.get(k, "")) for k in ("zero", "hundred", "joiner"))
    two_digit = f"(?:{_alt(tens)}(?:[-\\s]{_alt(ones)})?|{_alt(teens)}" + (f"|{oh}[-\\s]{_alt(ones)}" if oh else "") + ")"
    joined = f"(?:[-\\s]+{joiner})?" if joiner else ""
    yearw = (
        f"(?:{_alt(yw.get('centuries', {}))}[-\\s]+" + (f"(?:{hundred}{joined}[-\\s]+)?" if hundred else "") + two_digit
        + (f"|{_alt([yw['two_thousand']])}(?:[-\\s]+" + (f"(?:{joiner}[-\\s]+)?" if joiner else "")
           + f"(?:{two_digit}|{_alt(ones)}))?" if yw.get("two_thousand") else "") + ")"
    )
    units = lex.table("units")
    pods = lex.table("parts_of_day")
    deictic = lex.table("deictic_days")
    deictic_parts = lex.table("day_parts_deictic")
    qmods = lex.table("quantity_mods")
    pmods = lex.table("position_mods")
    rel = lex.table("relations")
    wdfull = [w for w in weekdays if w not in abbrev]
    # parts of day that begin with a position word of the middle ("midday", "mid-afternoon")
    mid = tuple(w.rstrip("-") for w, mod in lex.table("position_words").items() if mod == "MID")
    clock = (
        # the forms a zone may follow share one copy of it (the zone table is long)
        r"(?:(?:"
        # "10:30 a.m.", "9.30am" (British and AFP style)
        r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::[0-5]\d)?)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|a\.\s?m\.?|p\.\s?m\.?)"
        # "8:30 in the morning", "10:15 at night": the part of day tells a.m. or p.m.
        r"|(?:[01]?\d|2[0-3]):[0-5]\d\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
        r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"  # seconds ("14:05:10 CET") are kept in the value (p_clock)
        r"|(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs)\b"  # military: "1800 hours"
        r"|(?:[01]?\d|2[0-3])h[0-5]\d\b"  # South African and French style: "22h00", "01h12"
        r"|{POINTSPOKEN}"  # "one minute past midnight", "five minutes before noon"
        # an hour said in words with a.m./p.m. ("three a.m."), or with its minutes in words ("six
        # thirty-two", "twelve-thirty", "seven-oh-five", "six thirty in the morning"): p_clock
        # wants a clock word before the second ("at", "it's")
        r"|(?:{HOURW})\s+(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
        r"|(?:{HOURW})[-\s]+{MINW}(?![-\w])(?:\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)?"

        r"|(?:(?:12|twelve)\s+(?=noon|midnight|midday))?(?:noon|midnight|midday)"  # "noon local time on Monday", "12 midnight"
        # a range's bare start before its end with a.m./p.m. ("from 7 to 9 p.m."): p_clock gives
        # it the end's half of the day
        r"|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?=\s*(?:to|and|until|till|-|–)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.?\s?m\b|p\.?\s?m\b))"
        r")(?:\s+{TZ})?"
        # wire style: "1600 GMT", "0547 local time"; a number that reads as a year (1900-1959,
        # 2000-2059) only after a clock word or a bracket ("at 2000 GMT", "(1900 GMT)"), not
        # "(2012 est.)" nor "the plan for 2020 local time changes"
        r"|(?:(?:0\d|1[0-8]|2[1-3])[0-5]\d|{YEARLIKEAFTER}(?:19|20)[0-5]\d)\s+{WIREZONE}"
        # British style with a zone: "23.02 BST", "07.00 GMT" (a dotted clock needs one)
        r"|(?:[01]\d|2[0-3])\.[0-5]\d\s+{WIREZONE}"
        # ... or none when a clock word comes before it ("at 09.30"; p_clock asks for a leading
        # zero or a clock told before it in its sentence: "at 07.00 local time ... at 08.00")
        r"|(?:[01]\d|2[0-3])\.[0-5]\d(?![\d%]|[.,]\d|\s*(?:per|p\b))"
        r"|(?:[01]?\d|2[0-3])(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)"
        r"|(?:[01]?\d|2[0-3])\s+o'clock(?:\s+at\s+night)?"
        # said in words: "six o'clock", "six in the morning", "half past two", "twenty-two
        # minutes past six" (lexicon clock_words; p_clock reads them through _clock_parts)
        r"|(?:{SPOKENPART}\s+)?(?:{HOURW})(?:\s+o'clock)?(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)"
        r"|(?:{SPOKENPART}\s+)?(?:{HOURW})\s+o'clock"
        r"|{SPOKENPART}\s+(?:{HOURW}|[01]?\d)\b"
        # "twenty past five", "ten past six": minutes in words before "past" and an hour
        r"|{NUMW}\s+{PASTW}\s+(?:{HOURW})\b(?![-\w])"
        r"|(?:{HOURW})(?=\s+(?:{DEICTICPARTNEXT})\b)"
        # a bare hour before a part of today or last night ("at 8 tonight", "until 9 last night"):
        # the part tells a.m. or p.m. (p_clock asks for a clock word before it)
        r"|(?:[01]?\d|2[0-3])(?=\s+(?:{DEICTICPARTNEXT})\b))"
    )
    cz = lex.table("clock_zones")
    zone_words = [w for w in cz.get("words", []) if w]
    places = [p for p in cz.get("places", []) if p]
    # "beijing time", "moscow time": the places as one trie-shaped alternation, then "time"
    # (the zones go into every clock of several rules: a flat list of "<place> time" made the
    # scanner's pattern three times longer and the tagger 1.3x slower)
    pt = cz.get("place_time", "")
    named = r"(?:" + _trie_alt(places) + r")\s+" + re.escape(pt) if places and pt else "(?!x)x"
    # zones that are also words ("west", "wet", "et"): not before another word unless it is one
    # that may follow a clock ("3 p.m. ET Monday", "10 a.m. EST on Friday"), so that "3 p.m.
    # west of Gaza" and "10:30 West Bank time" keep the word out (the grammar sees lower case)
    word_like = set(cz.get("not_after_bare_clock", []))
    follow = list(cz.get("after_word_like", [])) + list(weekdays) + list(months) + list(deictic)
    word_zones = (_trie_alt([w for w in zone_words if w in word_like]) + r"\b(?!\s+(?!" + _trie_alt(follow)
                  + r"\b)[a-z])") if word_like else "(?!x)x"
    zones = "(?:" + _trie_alt([w for w in zone_words if w not in word_like]) + "|" + word_zones + "|" + named + ")"
    # after a bare four-digit clock, only zones that cannot be a word ("1400 et" is not one)
    # ("est" is let through: p_clock keeps it only when written "EST", not "(2012 est.)")
    caps_only = set(cz.get("caps_only_after_bare_clock", []))
    wire = "(?:" + _trie_alt([w for w in zone_words if w not in word_like or w in caps_only]) + "|" + named + ")"
    # before a year-like wire clock: the start of a line, a bracket or a clock word
    year_like_after = "(?:(?<![^\n(])|(?<=,\\s)|" + "|".join(
        r"(?<=\b" + re.escape(w) + r"\s)" for w in sorted(cz.get("year_like_after", []))) + ")"
    tz = r"(?:(?:\(" + zones + r"\)|" + zones + r"\b)(?:\s+" + RESTATED_UTC + r")?|" + RESTATED_UTC + r")"
    clock = clock.replace("{TZ}", tz).replace("{WIREZONE}", wire + r"\b(?:\s+" + RESTATED_UTC + r")?")
    clock = clock.replace("{YEARLIKEAFTER}", year_like_after)
    # ... and a day next to today with its part ("at 10 yesterday morning", "nine tomorrow night")
    near_days = [w for w, k in deictic.items() if k in (-1, 1)]
    day_parts = [w for w, code in pods.items() if code in ("MO", "AF", "EV", "NI") and " " not in w]
    near_parts = f"(?:{_alt(near_days)})\\s+(?:{_alt(day_parts)})" if near_days and day_parts else "(?!x)x"
    clock = clock.replace("{DEICTICPARTNEXT}", (_alt(list(deictic_parts)) or "(?!x)x") + "|" + near_parts)
    cwords = lex.table("clock_words")
    hourw = _alt(list(cwords.get("hours", {}))) or "(?!x)x"
    fractions = _alt(list(cwords.get("fractions", {}))) or "(?!x)x"
    mins = _alt(cwords.get("minutes", [])) or "(?!x)x"
    past_to = _alt(list(cwords.get("past", [])) + list(cwords.get("to", []))) or "(?!x)x"
    spoken = f"(?:{fractions}|(?:{numw}|\\d{{1,2}})\\s+{mins})\\s+{past_to}"
    points = _alt(list(cwords.get("points", {}))) or "(?!x)x"
    point_links = _alt(list(cwords.get("point_past", [])) + list(cwords.get("point_to", []))) or "(?!x)x"
    point_spoken = f"(?:{fractions}|(?:{numw}|\\d{{1,2}})\\s+{mins})\\s+{point_links}\\s+{points}\\b"
    clock = clock.replace("{POINTSPOKEN}", point_spoken)
    clock = clock.replace("{MINW}", two_digit).replace("{NUMW}", numw)  # minutes in words: as a year's last two digits
    clock = clock.replace("{PASTW}", _alt(list(cwords.get("past", []))) or "(?!x)x")
    clock = clock.replace("{SPOKENPART}", spoken).replace("{HOURW}", hourw)
    return {
        "MONTH": _alt(months),
        "MONTHFULL": _alt([m for m in months if len(m) >= 4 and "." not in m]),  # ("this September"; not "may")
        "WDANY": _alt(weekdays),
        "WDFULL": _alt(wdfull),
        "WDPLURAL": _alt([w + "s" for w in wdfull]),
        "NUM": num,
        "NUMW": numw,
        "MULT": _alt(mults) if mults else "(?!x)x",
        "VAGUE": _alt(lex.words("vague_quantities")),
        "DURADJ": _alt(lex.words("duration_adjectives")),
        "UNIT": _alt(units),
        "QMOD": _alt(qmods),
        "PMOD": "(?:" + "|".join(
            (re.escape(w) + (r"\s+" if not w.endswith("-") else r"\s*")).replace(r"\ ", r"\s+")
            for w in sorted(pmods, key=lambda s: -len(s))
        ) + ")",
        "POD": _alt([p for p in pods if " " not in p and not p.startswith(mid)]),
        "PODPL": _alt(lex.table("parts_of_day_plural")),
        "PODPRE": _alt(lex.words("parts_of_day_before_day")),
        "EARLYHOURS": _alt(lex.words("early_hours")),
        "DEICTIC": _alt(deictic),
        "DEICTICPART": _alt(deictic_parts),
        "SEASON": _alt(lex.table("seasons")),
        "SEASONADJ": _alt(lex.table("context_words").get("season_adjectives", [])) or "(?!x)x",
        "SEASONADV": _alt(lex.table("context_words").get("season_adverbs", [])) or "(?!x)x",
        "ORD": _alt([w for w in lex.table("ordinals") if not w[0].isdigit()]),
        "LAST": _alt(rel.get("last", [])),
        "NEXT": _alt(rel.get("next", [])),
        "SETWORD": _alt([w for w in lex.table("sets") if " " not in w or w.startswith(tuple(lex.table("set_quantifiers")))]),
        "REFWORD": _alt(lex.table("reference_words")),
        "HOLIDAY": _alt({**lex.table("holiday_regions"), **lex.table("holidays")}),
        "NAMEDDAY": _alt(lex.table("named_days")) if lex.table("named_days") else "(?!x)x",
        "CLOCK": clock,
        "YEARW": yearw,
        "DECADEW": _alt(yw.get("decades", {})),
        "DECADEC": _alt(yw.get("decade_centuries", {})) if yw.get("decade_centuries") else "(?!x)x",
        "VOTEDAY": _alt(lex.table("context_words").get("vote_day_names", {})) if lex.table("context_words").get("vote_day_names") else "(?!x)x",
        "DECADEEP": _alt(yw.get("decade_epithets", [])) if yw.get("decade_epithets") else "(?!x)x",
        "ERA": _alt(lex.table("era_years")) if lex.table("era_years") else "(?!x)x",
    }


def _fill(template: str, ph: dict[str, str]) -> str:
    # CLOCK first: it is itself a template with no placeholders left
    out = template
    for key in sorted(ph, key=len, reverse=True):
        out = out.replace("{" + key + "}", ph[key])
    return out


_LEFT = r"(?<![\w$£€@#/.'’])(?<!\d[,.])"
_RIGHT = r"(?![\w@])"
_FIRST = r"(?=[\w'])"


@functools.cache
def grammar(language: str = "en") -> Grammar:
    """Compile (once per language) the rule patterns, the combined scanner and its start pattern."""
    lex = load_lexicon(language)
    ph = _placeholders(lex)
    rules: dict[str, re.Pattern[str]] = {}
    bodies = []
    unnamed: dict[str, str] = {}
    specs = lex.data.get("rules", [])
    if not specs:
        raise InputError(f"the {language!r} lexicon defines no [[rules]]")
    from timeline.temporal.rules import PRODUCTIONS  # here: rules imports this module

    for spec in specs:
        name, tmpl = spec["name"], spec["pattern"]
        if name not in PRODUCTIONS:
            raise InputError(f"the {language!r} lexicon names rule {name!r}, which has no production")
        body = _fill(tmpl, ph)
        rules[name] = re.compile(_LEFT + "(?:" + body + ")" + _RIGHT)
        bodies.append(re.sub(r"\(\?P<\w+>", "(?:", body))
        unnamed[name] = bodies[-1]
    # every rule starts with a word character or an apostrophe ('90s); saying so first lets
    # the scanner pass over runs of spaces and punctuation at once instead of trying every
    # rule at every position (150 KB of spaces: 0.8 s -> 0.004 s); tests/test_robustness.py
    # checks the premise rule by rule
    combined = re.compile(_FIRST + _LEFT + "(?:" + "|".join(bodies) + ")" + _RIGHT)
    # each rule parsed once: for its first characters and for the start pattern
    parsed = {name: _parsed(pat) for name, pat in rules.items()}
    starts = _start_pattern(parsed.values())
    firsts = {name: _first_items(items) for name, items in parsed.items()}
    return Grammar(lex=lex, rules=rules, combined=combined, starts=starts, _firsts=firsts, _bodies=unnamed)


# -- where an expression may start ------------------------------------------------------------
# The combined pattern costs microseconds at every word start, where it tries every rule (on
# TBAQ and silver: 4.5 of the tagger's 8 seconds). A cheap pattern first finds the places where
# the first few characters of some rule's match are: the trie of every beginning the rules can
# have, each cut after _START_UNITS units (a character, or a run such as \s+ or \d{1,3}). Any
# match of the combined pattern begins with one of them, so no start is missed; the combined
# pattern then runs at those places only. tests/test_robustness.py checks that both agree.

#: deeper lets fewer false starts through but costs the first call more: 7 units, 6k beginnings
#: on 2,708 TempEval texts: 0.9 s of scanning (combined pattern alone: 4.5 s), 0.15 s to build;
#: 8 units: 0.78 s, 0.35 s to build; 6: 1.14 s, 0.08 s
_START_UNITS = 7
_START_MAX = 20_000  # beginnings; past this the cut is made one unit shorter
_CUT = ((_C.FAILURE, None),)  # in a sequence: the beginning ends here, whatever follows


def _start_pattern(rules: Iterable[list | None]) -> re.Pattern[str]:
    """A pattern that matches wherever one of the parsed ``rules`` can (and at some other
    places); None stands for a rule that is not parsed (it may start anywhere)."""
    branch = [(_C.BRANCH, (None, [items if items is not None else [] for items in rules]))]
    depth = _START_UNITS
    while True:
        found = _beginnings(branch, depth, _START_MAX)
        if found is not None:
            # _FIRST as in the combined pattern: runs of spaces and punctuation pass at once
            return re.compile(_FIRST + _LEFT + "(?:" + _unit_trie(found) + ")")
        depth -= 1


def _beginnings(items: list, depth: int, most: int) -> set[tuple[str, ...]] | None:
    """Every beginning of a match of the parsed ``items``, as a tuple of at most ``depth``
    units (a unit is a regex matching one character or a run of one class); None when there
    are more than ``most``. Anything not understood ends a beginning there: shorter is
    always safe, it only lets more places through."""
    out: set[tuple[str, ...]] = set()

    def walk(seq: tuple, i: int, rest: tuple | None, prefix: tuple[str, ...]) -> None:
        # ``rest``: what follows ``seq`` in the enclosing sequences, as (seq, i, rest) links
        while len(prefix) < depth:
            if i == len(seq):
                if rest is None:
                    break
                seq, i, rest = rest
                continue
            op, av = seq[i]
            i += 1
            if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
                continue  # zero-width: leaving the test out lets more through, never less
            unit = _unit(op, av)
            if unit is not None:
                prefix += (unit,)
            elif op is _C.SUBPATTERN and not av[1] and not av[2]:  # (group, add, del flags, body)
                seq, i, rest = tuple(av[3]), 0, (seq, i, rest)
            elif op is _C.BRANCH:
                for alt in av[1]:
                    walk(tuple(alt), 0, (seq, i, rest), prefix)
                return
            elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
                lo, hi, body = av
                body = tuple(body)
                if len(body) == 1 and (one := _unit(*body[0])) is not None:  # "\s+", "\d{1,3}"
                    prefix += (f"{one}{{{lo},{'' if hi == _C.MAXREPEAT else hi}}}",)
                    continue
                if lo == 0:
                    walk(seq, i, rest, prefix)  # no repetition
                # once: what follows comes next; more than once: the beginning ends after one
                seq, i, rest = body, 0, ((seq, i, rest) if hi == 1 else (_CUT, 0, None))
            else:
                break  # a cut, or not understood: the beginning ends here
        if len(out) >= most:
            raise _TooMany
        out.add(prefix)

    try:
        walk(tuple(items), 0, None, ())
    except _TooMany:
        return None
    return out


class _TooMany(Exception):
    pass


def _unit(op: object, av: object) -> str | None:
    """A regex for one parsed character item (a literal or a class), or None."""
    if op is _C.LITERAL:
        return re.escape(chr(av))  # type: ignore[arg-type]
    if op is not _C.IN:
        return None
    out = _class_parts(av, negate=True)  # type: ignore[arg-type]
    return None if out is None else "[" + "".join(out) + "]"


def _class_parts(av: list, negate: bool) -> list[str] | None:
    """The regex pieces of a parsed character class ("a", "0-9", a digit class; "^" first when
    ``negate`` allows a negated class), or None for what cannot be rebuilt."""
    out = []
    for iop, a in av:
        if iop is _C.NEGATE and negate:
            out.append("^")
        elif iop is _C.LITERAL:
            out.append(re.escape(chr(a)))
        elif iop is _C.RANGE:
            out.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
        elif iop is _C.CATEGORY and a in _CATEGORY_CLASS:
            out.append(_CATEGORY_CLASS[a])
        else:
            return None
    return out


def _unit_trie(beginnings: set[tuple[str, ...]]) -> str:
    """The beginnings as one trie-shaped alternation; one that is a prefix of another
    stands for both (whatever follows it is allowed)."""
    root: dict = {}
    for units in beginnings:
        node = root
        for u in units:
            node = node.setdefault(u, {})
        node[None] = {}

    def emit(node: dict) -> str:
        if None in node:
            return ""
        kids = [u + emit(sub) for u, sub in sorted(node.items())]
        return kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"

    return emit(root)


# -- which rules can start at a character ------------------------------------------------------
# From the parsed pattern, the items that can consume a match's first character. Whatever
# this analysis does not understand counts as "may start anywhere" (None): a rule is only
# ever left out where it provably cannot match, so the tagger's output does not change.

_CATEGORIES: dict = {}  # filled from _CATEGORY_CLASS below


def _parsed(pat: re.Pattern[str]) -> list | None:
    """The parsed pattern, or None when it has flags the analyses do not read."""
    return None if pat.flags & (re.IGNORECASE | re.VERBOSE) else list(_P.parse(pat.pattern))


def _first_items(parsed: list | None) -> list | None:
    if parsed is None:
        return None
    try:
        items, empty = _firsts_of(parsed)
    except _Unknown:
        return None
    return None if empty else items


class _Unknown(Exception):
    pass


def _firsts_of(items: list) -> tuple[list, bool]:
    """(first-character items, can match empty) of a parsed pattern sequence."""
    out: list = []
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width
        if op in (_C.LITERAL, _C.IN, _C.NOT_LITERAL):
            return out + [(op, av)], False
        if op is _C.SUBPATTERN:
            if av[1] & _C.SRE_FLAG_IGNORECASE:
                raise _Unknown
            sub, empty = _firsts_of(list(av[-1]))
        elif op is _C.BRANCH:
            parts = [_firsts_of(list(alt)) for alt in av[1]]
            sub, empty = [x for p in parts for x in p[0]], any(p[1] for p in parts)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            sub, empty = _firsts_of(list(av[2]))
            empty = empty or av[0] == 0
        elif op is _C.ATOMIC_GROUP:
            sub, empty = _firsts_of(list(av))
        else:
            raise _Unknown  # ANY, GROUPREF, ...: could start with anything
        out += sub
        if not empty:
            return out, False
    return out, True


_CATEGORY_CLASS = {
    _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_NOT_SPACE: r"\S",
}
_CATEGORIES.update({k: re.compile(v) for k, v in _CATEGORY_CLASS.items()})


def _first_class(items: list | None) -> str | None:
    """A character class of the items a rule can start with, or None (no test)."""
    if not items:
        return None
    out = []
    for op, av in items:
        if op is _C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _C.IN:
            parts = _class_parts(av, negate=False)
            if parts is None:
                return None  # negated sets and the like: no test
            out.extend(parts)
        else:
            return None
    return "[" + "".join(out) + "]"


def _may_start(items: list | None, ch: str) -> bool:
    if items is None:
        return True
    for op, av in items:
        if op is _C.LITERAL:
            if ch == chr(av):
                return True
        elif op is _C.NOT_LITERAL:
            if ch != chr(av):
                return True
        elif _in_set(av, ch):
            return True
    return False


def _in_set(av: list, ch: str) -> bool:
    negate = False
    hit = False
    for op, a in av:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            hit = hit or ch == chr(a)
        elif op is _C.RANGE:
            hit = hit or a[0] <= ord(ch) <= a[1]
        elif op is _C.CATEGORY and a in _CATEGORIES:
            hit = hit or _CATEGORIES[a].match(ch) is not None
        else:
            return True  # not understood: may start
    return hit != negate


def numeral(s: str, lex: Lexicon) -> float | None:
    """The value of a numeral as written ("twenty four", "40", "a couple of", "5 1/2")."""
    s = _RE_SPACES.sub(" ", s.strip().replace("’", "'")).replace("½", " 1/2")
    numbers = lex.table("numbers")
    mult = 1.0
    for word, factor in lex.table("number_multipliers").items():
        for sep in (" ", "-"):
            if s.endswith(sep + word):
                s = s[: -len(word) - 1]
                mult *= factor
    extra = 0.0
    half = lex.table("number_words").get("half_tail", "")
    tails = (" " + half, "-" + half.replace(" ", "-")) if half else ()
    for tail in (*tails, " 1/2"):
        if s.endswith(tail):
            s, extra = s[: -len(tail)], 0.5
    if _RE_THOUSANDS.fullmatch(s):  # "1,400"
        s = s.replace(",", "")
    if _RE_DECIMAL.fullmatch(s):
        return (float(s) + extra) * mult
    if s in numbers:
        return (float(numbers[s]) + extra) * mult
    if s in lex.table("number_multipliers"):
        return float(lex.table("number_multipliers")[s])  # bare: "the past thousand years"
    parts = _RE_HYPHEN_OR_SPACE.split(s)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return (float(numbers[parts[0]]) + float(numbers[parts[1]]) + extra) * mult
    return None


def spoken_year(s: str, lex: Lexicon) -> int | None:
    """The year of "nineteen ninety-four", "two thousand and one", "nineteen oh five"."""
    s = _RE_HYPHENS_SPACES.sub(" ", s.strip())
    yw = lex.table("year_words")
    two = yw.get("two_thousand", "")
    joiner = yw.get("joiner", "")
    if two and s.startswith(two):
        rest = s[len(two):].strip()
        rest = rest.removeprefix(joiner + " ").strip() if joiner else rest
        n = numeral(rest, lex) if rest else 0
        return None if n is None else 2000 + int(n)
    head, _, rest = s.partition(" ")
    cent = yw.get("centuries", {}).get(head)
    if cent is None:
        return None
    if yw.get("hundred"):
        rest = rest.removeprefix(yw["hundred"]).strip()
    if joiner:
        rest = rest.removeprefix(joiner).strip()
    oh = yw.get("zero", "")
    if oh and rest.startswith(oh + " "):
        rest = rest[len(oh) + 1 :]
    n = numeral(rest, lex) if rest else 0
    if n is None or not 0 <= n < 100:
        return None
    return cent * 100 + int(n)
