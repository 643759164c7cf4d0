"""The May–July 2024 Gaza ceasefire negotiations, rebuilt from five news articles.

Reads examples/seeds, builds the timeline, finds the three breakdowns of the talks in the
event table and draws May–July 2024 with them marked and labelled. Writes, to
examples/output/ (or --out DIR): negotiations.html (works offline), negotiations.png,
negotiations.svg, sources.html, conflicts.html and events.csv.

    python examples/negotiations.py [--out DIR]

The docs build (docs/hooks.py) imports this module and calls `build_timeline`,
`negotiations_chart` and `breakdowns`, so the gallery always shows what this script draws.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import timeline
from timeline.charts import conflicts_chart, sources_chart, timeline_chart

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
START, END = "2024-05-01", "2024-07-31"


@dataclass(frozen=True)
class Breakdown:
    """One moment the talks broke down: where to look in the table, and what to call it."""

    label: str  # the editorial label drawn on the chart
    window: tuple[str, str]  # the days to search
    types: tuple[str, ...]  # the event types that count as a breakdown, most telling first
    cause: str | None = None  # label of the strike that set it off, if the coverage names one


#: Editorial content: the three breakdowns a reader of the May–July 2024 coverage knows.
#: The events themselves are found in the table (by type, date window and actor), not named by id.
#: The types are those of timeline/resources/events_en.toml: "withdrawal" (pulls out of,
#: halts, boycotts talks), "rejection" (refuses), "departure" (a delegation leaves); in late
#: May the refusal may only be recorded as what it was, a Hamas statement, hence the fallback.
BREAKDOWNS = (
    Breakdown("1 · Hamas delegation leaves Cairo", ("2024-05-01", "2024-05-12"), ("departure", "withdrawal")),
    Breakdown("2 · Hamas refuses to negotiate", ("2024-05-20", "2024-06-05"),
              ("withdrawal", "rejection", "departure", "statement"), cause="Israeli strike, Rafah"),
    Breakdown("3 · Hamas pulls out of talks", ("2024-07-10", "2024-07-20"),
              ("withdrawal", "rejection", "departure"), cause="Strike on Al-Mawasi"),
)  # fmt: skip
#: the party whose walking away is a breakdown, and the one whose strikes set them off
PARTY = "Hamas"
STRIKER = "Israel"


def build_timeline(seeds: Path = SEEDS) -> timeline.Timeline:
    """Read the seed articles and build their timeline."""
    articles = timeline.read_articles(seeds)
    for problem in articles.problems:
        print(f"warning: {problem.source}: {problem.reason}", file=sys.stderr)
    return timeline.build(articles)


def _involves(party: str):
    return lambda actors: any(party.lower() in str(a).lower() for a in (actors if actors is not None else ()))


def breakdowns(tl: timeline.Timeline) -> pd.DataFrame:
    """The events that mark each breakdown: one row per `BREAKDOWNS` entry found, with a ``label``.

    In each window, among events of a breakdown type with Hamas among the actors, the one
    with the most telling type (the order in `Breakdown.types`), then the most independent
    sources, then the most precise date, then the earliest.
    """
    events = tl.events
    precise = {"day": 0, "week": 1, "month": 2}
    chosen = []
    for b in BREAKDOWNS:
        lo, hi = pd.Timestamp(b.window[0]), pd.Timestamp(b.window[1])
        cand = events[
            events["event_type"].isin(b.types)
            & events["start"].between(lo, hi)
            & events["actors"].map(_involves(PARTY))
            & ~events["status"].isin(["planned", "hypothetical", "denied"])
        ]
        if cand.empty:
            print(f"warning: no event found for {b.label!r} in {b.window}", file=sys.stderr)
            continue
        ranked = cand.assign(
            _type=cand["event_type"].map(b.types.index),
            _prec=cand["precision"].map(lambda p: precise.get(p, 9)),
        ).sort_values(["_type", "n_sources", "_prec", "start"], ascending=[True, False, True, True], kind="stable")
        chosen.append(ranked.iloc[0].drop(["_type", "_prec"]).to_dict() | {"label": b.label})
    return pd.DataFrame(chosen)


def key_events(tl: timeline.Timeline) -> pd.DataFrame:
    """The breakdowns plus the strikes that set them off, each with its ``label``.

    The strike is the attack with Israel among the actors, in the breakdown's window and
    at most a week before the breakdown, that most sources report (the latest on a tie).
    """
    marks = breakdowns(tl)
    events = tl.events
    rows = []
    for b in BREAKDOWNS:
        found = marks[marks["label"] == b.label]
        if b.cause is None or found.empty:
            continue
        day = found.iloc[0]["start"]
        cand = events[
            (events["event_type"] == "attack")
            & events["start"].between(max(pd.Timestamp(b.window[0]), day - pd.Timedelta(days=7)), day)
            & events["actors"].map(_involves(STRIKER))
        ]
        if cand.empty:
            print(f"warning: no strike found before {b.label!r}", file=sys.stderr)
            continue
        best = cand.sort_values(["n_sources", "start"], ascending=[False, False], kind="stable").iloc[0]
        rows.append(best.to_dict() | {"label": b.cause})
    return pd.concat([marks, pd.DataFrame(rows)], ignore_index=True) if rows else marks


def negotiations_chart(tl: timeline.Timeline, *, overview: bool = True):
    """May–July 2024, lanes by event type, the breakdowns and their strikes marked and labelled."""
    marks = key_events(tl)
    return timeline_chart(
        tl,
        start=START,
        end=END,
        lanes="event_type",
        highlight=marks if len(marks) else None,
        title="Gaza ceasefire talks, May–July 2024: three breakdowns",
        overview=overview,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "output", help="output folder (default: examples/output)")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    tl = build_timeline()
    print(tl)
    marks = breakdowns(tl)
    for row in marks.itertuples():
        print(f"{row.label}: {row.event_id} {row.date} {row.title!r} ({row.n_sources} sources)")

    interactive = negotiations_chart(tl, overview=True)
    interactive.save(str(out / "negotiations.html"), inline=True)  # the JavaScript is inlined: works offline
    static = negotiations_chart(tl, overview=False)  # a static image cannot be brushed
    static.save(str(out / "negotiations.png"), scale_factor=2)
    static.save(str(out / "negotiations.svg"))
    sources_chart(tl, start=START, end=END).save(str(out / "sources.html"), inline=True)
    conflicts_chart(tl).save(str(out / "conflicts.html"), inline=True)
    tl.to_csv(out / "events.csv")
    for name in ("negotiations.html", "negotiations.png", "negotiations.svg", "sources.html", "conflicts.html",
                 "events.csv"):  # fmt: skip
        print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
