"""Score `timeline.tag` on the hand-annotated news probes in this folder.

Each probe file holds articles written for the purpose (none is copied from a corpus) and their
gold, annotated before the tagger was run, following the TimeML/TIMEX3 conventions of the
TempEval-3 TBAQ corpus. An article starts with a line ``### <id> <publication date>``; each
time expression is written inline as ``{{span|TYPE|values}}`` or ``{{span|TYPE|values|MOD}}``:

- ``TYPE`` is DATE, TIME, DURATION or SET; a trailing ``?`` marks a contestable item (no
  settled convention); ``X`` marks a span left unscored (neither missed nor spurious).
- ``values`` are the accepted values separated by ``/``; ``*`` accepts any value;
  ``@-Mon``/``@+Fri`` (the previous/next such weekday), ``@-1`` (days from the publication
  date) and ``@W-1`` (its ISO week, shifted) are relative to the publication date.
- A leading preposition (``{{on Tuesday|...}}``) is left out of the gold span, as TimeML does.

Counts: ``value_right`` (a system mention overlapping the gold has an accepted value),
``exact`` (same span and an accepted value), ``missed`` (no overlapping system mention),
``spurious`` (a system mention overlapping no gold and no unscored span).

Run ``python benchmarks/probes/score.py [FILE ...]`` (all probes by default); ``--errors``
lists every disagreement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import timeline

HERE = Path(__file__).resolve().parent
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_PREP = re.compile(r"^(?:since|over|in|for|by|within|through|throughout|until|on|at|from|during) ", re.I)
_MARK = re.compile(r"\{\{(.*?)\}\}")


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    values: list[str]
    mod: str | None
    contestable: bool


@dataclass
class Article:
    id: str
    published: dt.date
    text: str
    gold: list[Gold] = field(default_factory=list)


def _resolve(value: str, pub: dt.date) -> str:
    if not value.startswith("@"):
        return value
    v = value[1:]
    if re.fullmatch(r"[+-]?\d+", v):
        return (pub + dt.timedelta(days=int(v))).isoformat()
    if v.startswith("W"):
        y, w, _ = (pub + dt.timedelta(weeks=int(v[1:] or 0))).isocalendar()
        return f"{y}-W{w:02d}"
    m = re.fullmatch(r"([+-])(\w{3})", v)
    if m is None:
        raise ValueError(f"bad relative value {value!r}")
    step = 1 if m.group(1) == "+" else -1
    d = pub + dt.timedelta(days=step)
    while d.weekday() != _WEEKDAYS.index(m.group(2)):
        d += dt.timedelta(days=step)
    return d.isoformat()


def read_probe(path: Path) -> list[Article]:
    """The articles of one probe file, with their text and gold."""
    articles = []
    for block in path.read_text(encoding="utf-8").split("### ")[1:]:
        head, body = block.strip("\n").split("\n", 1)
        aid, pub_s = head.split()
        pub = dt.date.fromisoformat(pub_s)
        text, gold, i = "", [], 0
        for m in _MARK.finditer(body):
            text += body[i : m.start()]
            span, typ, val, *rest = m.group(1).split("|")
            contestable = typ.endswith("?")
            typ = typ.rstrip("?")
            pre = _PREP.match(span)
            lead = len(pre.group(0)) if pre and typ != "X" else 0
            start = len(text) + lead
            text += span
            values = ["X"] if typ == "X" else [_resolve(v, pub) for v in val.split("/")]
            gold.append(Gold(start, len(text), span[lead:], typ, values, rest[0] if rest else None, contestable))
            i = m.end()
        text += body[i:]
        articles.append(Article(aid, pub, text.strip("\n") + "\n", gold))
    return articles


def overlaps(a: Article, got: list) -> tuple[list[tuple[Gold, list[int]]], list[int]]:
    """Each scored gold expression of ``a`` with the indices of the mentions in ``got`` that
    overlap it, and the indices of the mentions that overlap no gold and no unscored span."""
    covered = [False] * len(got)
    pairs = []
    for g in a.gold:
        over = [k for k, m in enumerate(got) if m.start < g.end and m.end > g.start]
        for k in over:
            covered[k] = True
        if g.type != "X":
            pairs.append((g, over))
    return pairs, [k for k in range(len(got)) if not covered[k]]


def score(articles: list[Article], errors: list[str] | None = None) -> dict[str, int]:
    """Tag every article against its publication date and count the outcomes."""
    n = dict(gold=0, value_right=0, exact=0, wrong_value=0, missed=0, spurious=0, contestable=0)
    for a in articles:
        got = timeline.tag(a.text, a.published.isoformat())
        pairs, spurious = overlaps(a, got)
        for g, over in pairs:
            n["gold"] += 1
            n["contestable"] += g.contestable
            ok = [got[k] for k in over if "*" in g.values or got[k].value in g.values]
            if ok:
                n["value_right"] += 1
                n["exact"] += any(m.start == g.start and m.end == g.end for m in ok)
                continue
            n["missed" if not over else "wrong_value"] += 1
            if errors is not None:
                sys_ = "; ".join(f"{got[k].text!r} {got[k].value}" for k in over) or "-"
                errors.append(f"{a.id} {a.published} {'missed' if not over else 'value'}: {g.text!r} {'/'.join(g.values)} | got {sys_}")
        for k in spurious:
            m = got[k]
            n["spurious"] += 1
            if errors is not None:
                errors.append(f"{a.id} {a.published} spurious: {m.text!r} {m.type} {m.value}")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.glob("*.txt"))
    for f in files:
        errs: list[str] | None = [] if args.errors else None
        n = score(read_probe(f), errs)
        print(f"{f.stem}: {n['gold']} gold, value right {n['value_right']} ({n['value_right'] / n['gold']:.1%}), "
              f"exact {n['exact']}, wrong value {n['wrong_value']}, missed {n['missed']}, spurious {n['spurious']}")
        for e in errs or ():
            print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
