"""The rule patterns of the tagger, compiled from a language lexicon.

A rule is a name and a regular-expression template whose ``{PLACEHOLDERS}`` are
filled from the lexicon (month names, numerals, units...). The tagger scans with
one combined pattern and re-matches each hit with the rule patterns to find the
longest; productions for every rule live in ``timeline.temporal.rules``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline.temporal.lexicon import Lexicon, load_lexicon

# Templates run on the lower-cased text. Named groups feed the productions.
# Order matters only for ties (same start, same length): earlier wins.
_RULES: list[tuple[str, str]] = [
    ("iso_date", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:t(?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?"),
    ("compact_date", r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)"),
    ("numeric_date", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)"),
    ("year_range", r"(?P<y1>(?:1[5-9]|20)\d\d)\s*[-–]\s*(?P<y2>(?:1[5-9]|20)?\d\d)"),
    (
        "month_day",
        r"(?:(?P<wd>{WDANY}),?\s+)?(?:(?P<pmod>{PMOD})\s*(?:on\s+)?)?(?P<mon>{MONTH})\s+(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?|(?P<dw>{ORD}))"
        r"(?:\s*(?P<sep>[-–]|and|to|through)\s*(?P<d2>[0-3]?\d)(?![\d,.]\d))?(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d))?"
        r"(?:,?\s+(?:at\s+)?(?P<time>{CLOCK}))?",
    ),
    (
        "day_month",
        r"(?:(?P<wd>{WDANY}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})"
        r"(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d))?",
    ),
    (
        "month",
        r"(?:(?P<rel>{LAST}|{NEXT}|this)\s+)?(?:(?P<pmod>{PMOD})\s*)?(?P<mon>{MONTH})"
        r"(?:(?:,\s*|\s+(?:of\s+)?)(?:(?P<y>(?:1[5-9]|20)\d\d)(?!\d)|(?P<yw>{YEARW})|(?P<yrel>(?:last|this|next)\s+year)))?",
    ),
    (
        "year",
        r"(?:(?P<pmod>{PMOD})\s*)?(?:(?P<fiscal>fiscal(?:\s+year)?|fy|calendar(?:\s+year)?|the\s+year|model\s+year)\s*'?)?"
        r"(?P<y>(?:1[5-9]|20)\d\d)(?P<orlater>\s+(?:or\s+(?:later|earlier|before|after)|and\s+(?:beyond|later|earlier|before)))?",
    ),
    ("year_words", r"(?:(?P<pmod>{PMOD})\s*)?(?:the\s+year\s+)?(?P<yw>{YEARW})"),
    ("decade_words", r"the\s+(?:(?P<pmod>early|mid-?|late)\s*)?(?P<w>{DECADEW})"),
    ("year_apos", r"(?:fiscal\s+)?'(?P<yy>\d\d)(?![\ds'])"),
    ("decade", r"(?:the\s+)?(?:(?P<pmod>{PMOD})\s*)?(?P<c>1[5-9]|20|')?(?P<dd>\d)0'?s"),
    ("century", r"(?:the\s+)?(?:(?P<pmod>{PMOD})\s*)?(?P<n>\d{1,2}(?:st|nd|rd|th)|{ORD})[-\s]century"),
    (
        "quarter",
        r"(?:(?P<det>the|this|last|next|a|its|their|that)\s+)?(?:(?P<yr>(?:1[5-9]|20)\d\d|this\s+year's|last\s+year's|next\s+year's|the\s+year's|year-earlier|year-ago|year\s+earlier)\s+)?"
        r"(?:(?:fiscal|calendar)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s](?:fiscal[-\s])?(?:quarter|qtr\.?)"
        r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<y2>(?:1[5-9]|20)\d\d|this\s+year|last\s+year|next\s+year)|,?\s+(?P<y3>(?:1[5-9]|20)\d\d)(?!\d))?",
    ),
    (
        "quarter_rel",
        r"(?:(?P<det>the|this|last|next|that)\s+|(?P<yrs>last\s+year's|this\s+year's|a\s+year\s+earlier's)\s+)(?:(?P<which>latest|current|past|previous|prior|same|recent|year-earlier|year-ago|coming|first|last|final|fiscal|just-ended|just\s+ended|corresponding|comparable|(?:1[5-9]|20)\d\d)\s+)?"
        r"(?:(?:year-earlier|year-ago)\s+)?(?P<what>quarter|period)(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|the\s+year\s+before))?",
    ),
    (
        "half",
        r"(?:the\s+)?(?:(?P<yr>(?:1[5-9]|20)\d\d|this\s+year's|last\s+year's|next\s+year's)\s+)?(?P<h>first|second)[-\s]half"
        r"(?:\s+of\s+(?P<y2>(?:1[5-9]|20)\d\d|this\s+year|last\s+year|next\s+year|the\s+year))?",
    ),
    (
        "season",
        r"(?:(?P<rel>last|this|next|the|early|late|the\s+early|the\s+late|mid-?|this\s+past|this\s+coming)\s+)?(?P<s>{SEASON})"
        r"(?:\s+(?:of\s+)?(?P<y>(?:1[5-9]|20)\d\d)(?!\d))?",
    ),
    ("season_year", r"(?P<y>(?:1[5-9]|20)\d\d)\s+(?P<s>{SEASON})"),
    (
        "weekday",
        r"(?:(?P<pre>{PODPRE})\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|early|late|earlier|later|mid-?)\s+(?:on\s+)?)?(?P<wd>{WDFULL})"
        r"(?:\s+(?P<pod>{POD}))?(?:,?\s+(?:at\s+)?(?P<time>{CLOCK}))?"
        r"(?:,\s*(?P<mon>{MONTH})\s+(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?|(?P<dw>{ORD}))(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d))?)?",
    ),
    ("weekday_plural", r"(?P<wd>{WDPLURAL})(?:\s+(?P<pod>{PODPL}))?|(?P<wd1>{WDFULL})\s+(?P<pod1>{PODPL})"),
    (
        "deictic_day",
        r"(?:(?P<pre>{PODPRE})\s+)?(?:(?P<rel>early|late|earlier|later|mid-?)\s+)?(?P<w>{DEICTIC})"
        r"(?:\s+(?P<pod>{POD}))?(?:,?\s+(?:at\s+)?(?P<time>{CLOCK}))?",
    ),
    ("deictic_part", r"(?:(?P<rel>early|late|earlier|later)\s+)?(?P<w>{DEICTICPART})"),
    ("part_of_day", r"(?:(?P<rel>early|late|mid-?)\s+)?(?P<the>that|this|each|every)\s+(?P<pod>morning|afternoon|evening|night)"),
    ("overnight", r"overnight|midday|noon|midnight|mid[-\s]?afternoon|dawn|dusk"),
    (
        "clock",
        r"(?:(?P<qmod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?P<t>{CLOCK})"
        r"(?:,?\s+(?:on\s+)?(?P<wd>{WDFULL}|today|yesterday|tomorrow|tonight)|,?\s+(?P<mon>{MONTH})\s+(?P<d>[0-3]?\d)(?!\d))?",
    ),
    (
        "rel_unit",
        r"(?P<rel>(?:(?:early|late|earlier|later|mid-?)\s+(?:in\s+)?)?(?:{LAST}|{NEXT}|this|this\s+past|this\s+coming|the\s+current|current|the\s+same|that|the\s+previous|the\s+following|the\s+preceding|the\s+prior|the\s+next|the\s+last|the\s+past|the\s+coming|the\s+latest|the\s+whole|the\s+entire|the\s+full|all|the))"
        r"\s+(?P<u>week|month|year|weekend|decade|century|fiscal\s+year|calendar\s+year)"
        r"(?:'s\s+end)?",
    ),
    ("year_end", r"(?P<u>year|month|week|quarter)(?:'s|’s)?[-\s]end|(?P<u2>year|month|week)-(?P<which>earlier|ago|before)"),
    (
        "position_unit",
        r"(?P<pm>the\s+(?:end|beginning|start|middle|close)\s+of)\s+"
        r"(?:the\s+|this\s+|that\s+|last\s+|next\s+)?(?P<u>week|month|year|quarter|decade|century|day|summer|winter|spring|fall)",
    ),
    (
        "offset",
        r"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<n>{NUM})|(?P<vague>{VAGUE}))[-\s]+(?P<u>{UNIT})"
        r"(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|previously|back|from\s+now|hence|on)",
    ),
    ("vague_ago", r"(?P<u>years|months|weeks|days|decades|moments|minutes|hours)\s+(?P<dir>ago|earlier|later)"),
    (
        "duration",
        r"(?:(?P<the>the|these|those|its|their|his|her|our|a|that|each\s+of\s+the|each\s+of\s+those|all\s+of\s+the)\s+)?"
        r"(?:(?P<rel>past|last|next|coming|first|previous|following|latest|final|remaining|same|entire|whole|full|full\s+year's|prior|preceding|year-earlier|year-ago)\s+)?"
        r"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<n>{NUM})|(?P<vague>{VAGUE}))"
        r"(?:\s*(?:to|or|-|–|and)\s*(?P<nhi>{NUM}))?(?:\s+more)?[-\s]+(?P<u>{UNIT})(?P<suffix>[-\s](?:long|old|plus)|\s+or\s+so|\s+and\s+a\s+half)?",
    ),
    (
        "duration_vague",
        r"(?:(?P<the>the)\s+)?(?P<rel>recent|coming|past|next|last|ensuing|following|previous|early|later|latter|final|first|intervening|subsequent|preceding)\s+"
        r"(?P<u>years|months|weeks|days|decades|centuries|hours|quarters|minutes)(?:\s+(?P<post>ahead|to\s+come))?",
    ),
    ("duration_ahead", r"the\s+(?P<u>years|months|weeks|days|decades|hours)\s+(?:ahead|to\s+come)"),
    ("duration_bare", r"(?P<u>years|months|weeks|days|decades|centuries|hours|minutes)(?P<long>-long)?"),
    ("set_word", r"(?P<w>{SETWORD})"),
    ("set_every", r"(?P<q>every|each)\s+(?:(?P<other>other|single)\s+)?(?P<wd>{WDFULL}|{WDPLURAL})?(?P<u>day|week|month|year|quarter|hour|morning|night|evening|afternoon|weekend|summer|winter|spring|fall)?"),
    ("ref_word", r"(?P<w>{REFWORD})"),
    ("holiday", r"(?P<h>{HOLIDAY})(?:\s+(?P<y>(?:1[5-9]|20)\d\d))?"),
    (
        "anaphoric_day",
        r"(?P<w>the\s+(?:next|following|previous|same|preceding|prior)\s+(?:day|morning|evening|night)|the\s+(?:day|night)\s+(?:before|after)|that\s+(?:day|morning|evening|night|afternoon))",
    ),
]


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns of one language."""

    lex: Lexicon
    rules: dict[str, re.Pattern[str]]
    combined: re.Pattern[str]
    first_words: dict[str, frozenset[str]]


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
    ones = [w for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9 and " " not in w and w not in ("a", "an")]
    small = [w for w, v in numbers.items() if " " not in w and w not in ("a", "an", "couple", "dozen", "hundred")]
    phrases = [w for w in numbers if " " in w] + ["a", "an", "couple", "dozen"]
    numw = f"(?:{_alt(tens)}(?:[-\\s]{_alt(ones)})?|{_alt(small)})"
    num = (
        r"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|"
        + numw
        + r"(?:[-\s]+and[-\s]+a[-\s]+half)?|"
        + _alt(phrases)
        + r")(?:[-\s]+(?:hundred|thousand))?"
    )
    yw = lex.table("year_words")
    teens = [w for w, v in numbers.items() if isinstance(v, int) and 10 <= v <= 19]
    two_digit = f"(?:{_alt(tens)}(?:[-\\s]{_alt(ones)})?|{_alt(teens)}|oh[-\\s]{_alt(ones)})"
    yearw = (
        f"(?:{_alt(yw.get('centuries', {}))}[-\\s]+(?:hundred(?:[-\\s]+and)?[-\\s]+)?{two_digit}"
        f"|{_alt([yw.get('two_thousand', 'two thousand')])}(?:[-\\s]+(?:and[-\\s]+)?(?:{two_digit}|{_alt(ones)}))?)"
    )
    units = lex.table("units")
    pods = lex.table("parts_of_day")
    deictic = lex.table("deictic_days")
    deictic_parts = lex.table("day_parts_deictic")
    qmods = lex.table("quantity_mods")
    pmods = lex.table("position_mods")
    rel = lex.table("relations")
    wdfull = [w for w in weekdays if w not in abbrev]
    clock = (
        r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|a\.\s?m\.?|p\.\s?m\.?)(?:\s+{TZ})?"
        r"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s+{TZ})?"
        r"|(?:[01]?\d|2[0-3])(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)"
        r"|(?:[01]?\d|2[0-3])\s+o'clock"
        r"|noon|midnight|midday)"
    ).replace("{TZ}", r"(?:\(?(?:gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|et|pt|ct|local\s+time|[01]\d00\s+gmt)\)?)")
    return {
        "MONTH": _alt(months),
        "WDANY": _alt(weekdays),
        "WDFULL": _alt(wdfull),
        "WDPLURAL": _alt([w + "s" for w in wdfull]),
        "NUM": num,
        "NUMW": numw,
        "VAGUE": _alt(lex.words("vague_quantities")),
        "UNIT": _alt(units),
        "QMOD": _alt(qmods),
        "PMOD": "(?:" + "|".join(
            (re.escape(w) + (r"\s+" if not w.endswith("-") else r"\s*")).replace(r"\ ", r"\s+")
            for w in sorted(pmods, key=lambda s: -len(s))
        ) + ")",
        "POD": _alt([p for p in pods if " " not in p and not p.startswith("mid")]),
        "PODPL": _alt([p + "s" for p in ("morning", "afternoon", "evening", "night")]),
        "PODPRE": _alt(["noon", "midnight", "midday", "mid-afternoon", "mid afternoon", "midafternoon", "late afternoon", "early morning", "late morning", "late night"]),
        "DEICTIC": _alt(deictic),
        "DEICTICPART": _alt(deictic_parts),
        "SEASON": _alt(lex.table("seasons")),
        "ORD": _alt([w for w in lex.table("ordinals") if not w[0].isdigit()]),
        "LAST": _alt(rel.get("last", [])),
        "NEXT": _alt(rel.get("next", [])),
        "SETWORD": _alt([w for w in lex.table("sets") if " " not in w or w.startswith(("every", "each", "per"))]),
        "REFWORD": _alt(lex.table("reference_words")),
        "HOLIDAY": _alt(lex.table("holidays")),
        "CLOCK": clock,
        "YEARW": yearw,
        "DECADEW": _alt(yw.get("decades", {})),
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
    """Compile (once per language) the rule patterns and the combined scanner."""
    lex = load_lexicon(language)
    ph = _placeholders(lex)
    rules: dict[str, re.Pattern[str]] = {}
    bodies = []
    for name, tmpl in _RULES:
        body = _fill(tmpl, ph)
        rules[name] = re.compile(_LEFT + "(?:" + body + ")" + _RIGHT)
        bodies.append(re.sub(r"\(\?P<\w+>", "(?:", body))
    # every rule starts with a word character or an apostrophe ('90s); saying so first lets
    # the scanner pass over runs of spaces and punctuation at once instead of trying every
    # rule at every position (150 KB of spaces: 0.8 s -> 0.004 s); tests/test_robustness.py
    # checks the premise rule by rule
    combined = re.compile(_FIRST + _LEFT + "(?:" + "|".join(bodies) + ")" + _RIGHT)
    return Grammar(lex=lex, rules=rules, combined=combined, first_words={})


def numeral(s: str, lex: Lexicon) -> float | None:
    """The value of a numeral as written ("twenty four", "40", "a couple of", "5 1/2")."""
    s = re.sub(r"\s+", " ", s.strip().replace("’", "'")).replace("½", " 1/2")
    numbers = lex.table("numbers")
    mult = 1.0
    for word, factor in lex.table("number_multipliers").items():
        for sep in (" ", "-"):
            if s.endswith(sep + word):
                s = s[: -len(word) - 1]
                mult *= factor
    extra = 0.0
    for tail in (" and a half", "-and-a-half", " 1/2"):
        if s.endswith(tail):
            s, extra = s[: -len(tail)], 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return (float(s) + extra) * mult
    if s in numbers:
        return (float(numbers[s]) + extra) * mult
    parts = re.split(r"[-\s]", s)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return (float(numbers[parts[0]]) + float(numbers[parts[1]]) + extra) * mult
    return None


def spoken_year(s: str, lex: Lexicon) -> int | None:
    """The year of "nineteen ninety-four", "two thousand and one", "nineteen oh five"."""
    s = re.sub(r"[-\s]+", " ", s.strip())
    yw = lex.table("year_words")
    two = yw.get("two_thousand", "two thousand")
    if s.startswith(two):
        rest = s[len(two):].strip().removeprefix("and ").strip()
        n = numeral(rest, lex) if rest else 0
        return None if n is None else 2000 + int(n)
    head, _, rest = s.partition(" ")
    cent = yw.get("centuries", {}).get(head)
    if cent is None:
        return None
    rest = rest.removeprefix("hundred").strip().removeprefix("and").strip()
    if rest.startswith("oh "):
        rest = rest[3:]
    n = numeral(rest, lex) if rest else 0
    if n is None or not 0 <= n < 100:
        return None
    return cent * 100 + int(n)
