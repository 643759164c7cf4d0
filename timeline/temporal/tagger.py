"""The tagging pipeline: scan, choose, resolve, refine.

One combined pattern proposes where expressions start; at each hit every rule
is tried and the longest accepted production wins (leftmost-longest, no
overlaps). Mentions are resolved in text order so that anaphoric expressions
("a year earlier", "the next day") can anchor to what the text already dated.
Refiners then split "1998-2000" ranges and link range ends.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.grammar import Grammar, grammar
from timeline.temporal.resolve import Res
from timeline.temporal.rules import PRODUCTIONS, Ctx
from timeline.temporal.tense import ClauseTense
from timeline.temporal.values import TimeMention

_TENSE: dict[str, ClauseTense] = {}
_ABBREV_END = re.compile(r"(?:\b[ap]\.\s?m|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|[a-z]))\.$")
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s+$")
_RANGE_MID = re.compile(r"^\s*(?:to|through|until|till|and|-|–)\s*$")


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased ("İ")
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low.replace("’", "'")


def tag_text(text: str, ref: dt.date | None, language: str = "en") -> list[TimeMention]:
    """Find and resolve the time expressions of ``text`` (arguments already validated)."""
    g = grammar(language)
    tense = _TENSE.get(language)
    if tense is None:
        tense = _TENSE[language] = ClauseTense(g.lex)
    low = _lower(text)
    ctx = Ctx(text, low, ref, g, tense)
    out: list[TimeMention] = []
    pos = 0
    n = len(low)
    search = g.combined.search
    while pos < n:
        hit = search(low, pos)
        if hit is None:
            break
        s = hit.start()
        found = _best_at(g, ctx, low, s)
        if found is None:
            pos = s + 1
            continue
        if found[0] == "skip":
            pos = max(found[1], s + 1)
            continue
        res, rs, re_, rule = found
        if isinstance(res, list):  # one match, several TIMEX3s ("April 24 and 25")
            for r, a, b in res:
                out.extend(_emit(text, r, a, b, rule, ctx))
        else:
            out.extend(_emit(text, res, rs, re_, rule, ctx))
        pos = max(re_, s + 1)
    _link_ranges(text, out)
    return out


def _best_at(g: Grammar, ctx: Ctx, low: str, s: int) -> tuple[Res, int, int, str] | None:
    cands = []
    for name, pat in g.rules.items():
        m = pat.match(low, s)
        if m is not None and m.end() > s:
            cands.append((m.end(), name, m))
    # longest first; among equals the grammar's order (dicts keep insertion order; sort is stable)
    cands.sort(key=lambda t: -t[0])
    for end, name, m in cands:
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
        # trailing "." belongs to the sentence unless it ends an abbreviation inside the span
        return res, rs, re_, name
    return None


def _emit(text: str, res: Res, s: int, e: int, rule: str, ctx: Ctx) -> list[TimeMention]:
    # a final period that ends the sentence is not part of the expression ("p.m." keeps it)
    if e > s and text[e - 1] == "." and not _ABBREV_END.search(text[s:e].lower()):
        e -= 1
    while e > s and text[e - 1] in " ,":
        e -= 1
    tense = None
    if res.anchor and res.anchor.startswith("reference") and res.type in ("DATE", "TIME"):
        tense = ctx._tense(text, s, e)
    mentions = []
    note = res.note
    if rule == "year_range" and note and note.startswith("range:"):
        # "1998-2000": TimeML tags the two years separately
        m = re.match(r"(\d{4})(\s*[-–]\s*)(\d+)", text[s:e])
        if m:
            y2 = int(note[6:])
            from timeline.temporal import resolve as R

            r1 = R.year(int(m.group(1)))
            r2 = R.year(y2)
            s2 = s + m.start(3)
            mentions.append(_mention(text, r1, s, s + len(m.group(1)), rule, None, {"range": "start"}))
            mentions.append(_mention(text, r2, s2, e, rule, None, {"range": "end"}))
            ctx.last_date = r2
            return mentions
    mention = _mention(text, res, s, e, rule, tense, {})
    if res.earliest is not None and res.type in ("DATE", "TIME") and res.value[:1].isdigit():
        ctx.last_date = res
    return [mention]


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
        note=res.note if not (res.note or "").startswith("range:") else None,
        extra=extra,
    )


def _link_ranges(text: str, out: list[TimeMention]) -> None:
    """Mark "from X to Y" / "between X and Y" pairs in ``extra`` (TimeML keeps them two TIMEX3s)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME"):
            continue
        if _RANGE_MID.match(text[a.end : b.start]) and (
            _RANGE_OPEN.search(text[max(0, a.start - 12) : a.start]) or text[a.end : b.start].strip() in ("-", "–")
        ):
            a.extra.setdefault("range", "start")
            a.extra["range_end"] = b.value
            b.extra.setdefault("range", "end")
            b.extra["range_start"] = a.value
