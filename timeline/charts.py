"""Altair charts of a timeline: what happened when, who reported what, where sources disagree.

Each function takes a `Timeline` (or its ``events`` DataFrame) and returns an Altair chart
that can be layered, themed and saved (HTML that works offline, PNG/SVG through vl-convert).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import altair as alt
import pandas as pd

from timeline._ellipsis import ellipsize
from timeline.errors import InputError, TimelineWarning

__all__ = ["conflicts_chart", "sources_chart", "timeline_chart"]

#: One fixed colour per event type of the built-in taxonomy (timeline/resources/events_en.toml),
#: so a type has the same colour in every chart of every timeline. 21 hues, each at least 13
#: CIEDE2000 units from every other and from the grey of "other" (tests/test_charts.py checks
#: it): the six Okabe-Ito hues (colour-blind safe; its yellow is too faint on white) for the
#: core of a conflict story (attack, talks, meeting, proposal, withdrawal, rejection), then
#: hues picked greedily for their distance from those already taken. Related types share a
#: family (violence red-brown, meetings blue, deals green, words purple) but not a hue.
_TYPE_COLOURS = {
    "attack": "#D55E00",  # vermillion
    "offensive": "#800000",  # maroon
    "casualties": "#D62728",  # red
    "hostage taking": "#882255",  # wine
    "territorial control": "#654522",  # dark brown
    "evacuation": "#A6761D",  # ochre
    "talks": "#0072B2",  # blue
    "meeting": "#56B4E9",  # sky blue
    "proposal": "#009E73",  # bluish green
    "agreement": "#117733",  # dark green
    "ceasefire": "#8DB600",  # yellow-green
    "exchange": "#2CA02C",  # green
    "release": "#17BECF",  # cyan
    "withdrawal": "#E69F00",  # orange
    "rejection": "#CC79A7",  # reddish purple
    "accusation": "#AA4499",  # purple
    "statement": "#604E97",  # violet
    "departure": "#F032E6",  # magenta
    "return": "#F99379",  # salmon
    "arrival": "#808000",  # olive
    "travel": "#8C564B",  # brown
}
#: a second, colour-free cue for the kind of event (WCAG 1.4.1: colour is not the only means):
#: violence, talks and deals, breakdowns, words, movements
_TYPE_SHAPES = {
    **dict.fromkeys(("attack", "offensive", "casualties", "hostage taking", "territorial control"), "triangle-up"),
    **dict.fromkeys(("talks", "meeting", "proposal", "agreement", "ceasefire", "exchange", "release"), "circle"),
    **dict.fromkeys(("withdrawal", "rejection"), "square"),
    **dict.fromkeys(("statement", "accusation"), "diamond"),
    **dict.fromkeys(("departure", "return", "arrival", "travel", "evacuation"), "triangle-down"),
}
_OTHER_SHAPE = "cross"  # "other", a missing type and a user's own types
_OTHER_COLOUR = "#999999"  # "other" and a missing type
#: for types outside the taxonomy (a user's own), in order of how common they are in the timeline
_SPARE_COLOURS = ["#000075", "#2B3D26", "#C2B280", "#C5B0D5", "#E7298A", "#000000"]  # then they repeat
_PLANNED = frozenset({"planned", "hypothetical"})
_WIDTH = 720
_ROW_PX = 18  # height of one sub-row of a lane
_CHAR_PX = 6.3  # average width of one character of an 11 px label
_FONT = "Helvetica, Arial, sans-serif"
_LANES = ("event_type", "actor", None)

Highlight = Iterable[str] | pd.DataFrame | pd.Series | Callable[[pd.DataFrame], Any] | None


# ---------------------------------------------------------------------------- inputs


def _events_of(data: Any) -> pd.DataFrame:
    """The events DataFrame of a Timeline, or the DataFrame itself; typed error otherwise."""
    events = getattr(data, "events", data)
    if not isinstance(events, pd.DataFrame):
        raise InputError(
            f"expected a Timeline or its events DataFrame, got {type(data).__name__}; "
            "build one with timeline.build(articles)"
        )
    missing = {"start", "end"} - set(events.columns)
    if missing:
        raise InputError(
            f"the events table lacks the column(s) {sorted(missing)}; "
            "pass Timeline.events (see docs/events.md for the columns)"
        )
    return events


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, float) and math.isnan(value):
        return []
    if isinstance(value, str):
        return [value] if value else []
    try:
        return [str(v) for v in value if v is not None and str(v)]
    except TypeError:
        return [str(value)]


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NaT or value is pd.NA:
        return ""
    return str(value)


def _timestamp(value: Any, name: str) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name}={value!r} is not a date; use an ISO date such as '2024-05-01'") from exc
    if ts is pd.NaT:
        raise InputError(f"{name}={value!r} is not a date; use an ISO date such as '2024-05-01'")
    return ts.tz_localize(None) if ts.tzinfo else ts


def _normalise(events: pd.DataFrame) -> pd.DataFrame:
    """A working copy with every column the charts read, whatever the input omitted."""
    df = pd.DataFrame(index=range(len(events)))
    n = len(events)

    def col(name: str, default: Any) -> list[Any]:
        if name in events.columns:
            return list(events[name])
        return [default] * n

    df["event_id"] = [_text(v) or f"E{i + 1:04d}" for i, v in enumerate(col("event_id", ""))]
    df["start"] = pd.to_datetime(pd.Series(col("start", pd.NaT)), errors="coerce").dt.tz_localize(None)
    end = pd.to_datetime(pd.Series(col("end", pd.NaT)), errors="coerce").dt.tz_localize(None)
    df["end"] = end.where(end.notna(), df["start"])
    df["precision"] = [_text(v) or "unknown" for v in col("precision", "")]
    df["title"] = [_text(v) for v in col("title", "")]
    df["event_type"] = [_text(v) or "other" for v in col("event_type", "")]
    df["actors"] = [_as_list(v) for v in col("actors", None)]
    df["status"] = [_text(v) or "asserted" for v in col("status", "")]
    df["sources"] = [_as_list(v) for v in col("sources", None)]
    df["outlets"] = [_as_list(v) for v in col("outlets", None)]
    n_sources = col("n_sources", None)
    df["n_sources"] = [
        int(v) if v is not None and not (isinstance(v, float) and math.isnan(v)) else max(1, len(s))
        for v, s in zip(n_sources, df["sources"], strict=True)
    ]
    df["date"] = [_text(v) for v in col("date", "")]
    df["date_text"] = [_text(v) for v in col("date_text", "")]
    df["quote"] = [_text(v) for v in col("quote", "")]
    df["confidence"] = pd.to_numeric(pd.Series(col("confidence", float("nan"))), errors="coerce")
    return df


def _highlight_ids(events: pd.DataFrame, highlight: Highlight) -> list[str]:
    """The event ids a `highlight` argument designates, in its order (or the table's)."""
    if highlight is None:
        return []
    if callable(highlight) and not isinstance(highlight, pd.DataFrame | pd.Series):
        mask = highlight(events)
        if not isinstance(mask, pd.Series):
            mask = pd.Series(list(mask), index=events.index)
        return [str(v) for v in events.loc[mask.astype(bool), "event_id"]]
    if isinstance(highlight, pd.DataFrame):
        if "event_id" not in highlight.columns:
            raise InputError("a highlight DataFrame needs an 'event_id' column (rows of Timeline.events)")
        return [str(v) for v in highlight["event_id"]]
    if isinstance(highlight, pd.Series) and highlight.dtype == bool:
        return [str(v) for v in events.loc[highlight.reindex(events.index, fill_value=False), "event_id"]]
    if isinstance(highlight, str):
        return [highlight]
    return [str(v) for v in highlight]


def _annotation_labels(
    ids: Sequence[str], annotations: Mapping[str, str] | Sequence[str] | None, highlight: Highlight
) -> dict[str, str]:
    if isinstance(highlight, pd.DataFrame) and annotations is None:
        for name in ("label", "annotation"):
            if name in highlight.columns:
                return {str(i): _text(v) for i, v in zip(highlight["event_id"], highlight[name], strict=True)}
    if annotations is None:
        return {}
    if isinstance(annotations, Mapping):
        return {str(k): str(v) for k, v in annotations.items()}
    labels = [str(v) for v in annotations]
    if len(labels) != len(ids):
        raise InputError(
            f"{len(labels)} annotation label(s) for {len(ids)} highlighted event(s); "
            "pass one label per event, or a {event_id: label} mapping"
        )
    return dict(zip(ids, labels, strict=True))


# ---------------------------------------------------------------------------- layout helpers


#: Vega's time multi-format, by the unit a tick falls on
_ZOOM_FORMAT = {"year": "%Y", "quarter": "%b %Y", "month": "%b %Y", "week": "%d %b", "date": "%d %b", "hours": "%H:%M", "minutes": "%H:%M", "seconds": "%H:%M:%S", "milliseconds": "%H:%M:%S"}


def _date_axis(span_days: float) -> dict[str, Any]:
    """Tick format and count that fit a span of `span_days` on a ~720 px axis."""
    if span_days <= 21:
        return {"format": "%a %d %b", "tickCount": {"interval": "day", "step": max(1, round(span_days / 8))}}
    if span_days <= 120:
        return {"format": "%d %b", "tickCount": {"interval": "week", "step": 1 if span_days <= 70 else 2}}
    if span_days <= 800:
        return {"format": "%b %Y", "tickCount": {"interval": "month", "step": 1 if span_days <= 400 else 2}}
    return {"format": "%Y", "tickCount": {"interval": "year", "step": max(1, round(span_days / 3650))}}


def _pack(rows: pd.DataFrame, key: str, lo: str, hi: str, gap: Any, max_slots: int = 12) -> list[int]:
    """Interval partitioning: the sub-row of each item so that items in one lane do not overlap.

    Each item takes the lowest free sub-row (O(n log n) with heaps). A lane never gets more
    than `max_slots` sub-rows: past that (thousands of events in one lane) an item shares the
    sub-row that freed up first, so the chart's height stays bounded.
    """
    import heapq

    keys, los, his = list(rows[key]), list(rows[lo]), list(rows[hi])
    free: dict[Any, list[int]] = {}  # lane -> heap of free sub-rows
    busy: dict[Any, list[tuple[Any, int]]] = {}  # lane -> heap of (end + gap, sub-row)
    count: dict[Any, int] = {}
    out = [0] * len(keys)
    for i in sorted(range(len(keys)), key=lambda i: (los[i], his[i], i)):
        k, a = keys[i], los[i]
        fr, bz = free.setdefault(k, []), busy.setdefault(k, [])
        while bz and bz[0][0] <= a:
            heapq.heappush(fr, heapq.heappop(bz)[1])
        if fr:
            slot = heapq.heappop(fr)
        elif count.get(k, 0) < max_slots:
            slot = count.get(k, 0)
            count[k] = slot + 1
        else:
            slot = heapq.heappop(bz)[1]
        heapq.heappush(bz, (his[i] + gap, slot))
        out[i] = slot
    return out


def _check_rows(n: int, what: str) -> None:
    """Altair refuses to embed more than max_rows rows (5,000 by default): say so up front, and how."""
    limit = alt.data_transformers.options.get("max_rows", 5000)
    if limit and n > limit:
        raise InputError(
            f"{n} {what} to draw, more than Altair embeds ({limit}): narrow the chart with start=/end= "
            "or Timeline.filter(...), or lift the limit with alt.data_transformers.disable_max_rows()"
        )


def _stagger(xs: Sequence[float], widths: Sequence[float], width: float, gap: float = 8) -> list[tuple[int, str]]:
    """(row, align) for each label at pixel `xs`: row 0 sits just above the plot, higher rows above it.

    Each label hangs from a rule dropped from it to its event, so a label may not overlap
    another label in its row, nor a rule dropped from a label above it; and its own rule
    should not cut through a label below (only tolerated when nothing else fits). Labels
    are placed greedily in three orders; the layout with fewer crossings, then fewer rows,
    wins.
    """
    best: tuple[int, int, list[tuple[int, str]]] | None = None
    ascending = sorted(range(len(xs)), key=lambda i: (xs[i], i))
    hangs_left = [_natural_side(xs[i], widths[i], width) == "right" for i in range(len(xs))]
    orders = (
        ascending,
        ascending[::-1],
        # labels hung left of their rule (at the right edge) left to right, then the others right to left
        [i for i in ascending if hangs_left[i]] + [i for i in ascending[::-1] if not hangs_left[i]],
    )
    candidates = [(order, None) for order in orders]
    # a label whose box covers another event's x forces that label below it (else the other
    # rule cuts through it): pick each label's side to cover the fewest other events, and
    # place the most covered labels first, so they take the lower rows
    sides = []
    for i in range(len(xs)):
        natural = _natural_side(xs[i], widths[i], width)
        options = [natural] + [s for s in ("left", "right") if s != natural and _fits_side(s, xs[i], widths[i], width)]
        sides.append(min(options, key=lambda s: _covered(i, s, xs, widths)))
    covered_by = [
        sum(1 for j in range(len(xs)) if j != i and _label_box(xs[j], widths[j], sides[j])[0] < xs[i] < _label_box(xs[j], widths[j], sides[j])[1])
        for i in range(len(xs))
    ]
    candidates.append((sorted(range(len(xs)), key=lambda i: (-covered_by[i], xs[i], i)), sides))
    for order, fixed in candidates:
        placed = _settle(_stagger_in(order, xs, widths, width, gap, fixed), xs, widths, gap)
        boxes = [_label_box(xs[i], widths[i], placed[i][1]) for i in range(len(xs))]
        crossings = sum(
            1
            for i in range(len(xs))
            for j in range(len(xs))
            if placed[j][0] > placed[i][0] and boxes[i][0] < xs[j] < boxes[i][1]
        )
        rows = max((r for r, _ in placed), default=0)
        if best is None or (crossings, rows) < best[:2]:
            best = (crossings, rows, placed)
    return best[2] if best else []


def _settle(placed: list[tuple[int, str]], xs: Sequence[float], widths: Sequence[float], gap: float) -> list[tuple[int, str]]:
    """Let each label drop to the lowest row where it overlaps no label and crosses no rule (and none crosses it)."""
    placed = list(placed)
    boxes = [_label_box(xs[i], widths[i], placed[i][1]) for i in range(len(xs))]

    def ok(i: int, r: int) -> bool:
        a, b = boxes[i]
        for j, (rj, _) in enumerate(placed):
            if j == i:
                continue
            c, d = boxes[j]
            if rj == r and not (b + gap <= c or a >= d + gap):
                return False
            if rj > r and a - gap < xs[j] < b + gap:  # j's rule would cut i
                return False
            if rj < r and c - 2 <= xs[i] <= d + 2:  # i's rule would cut j
                return False
        return True

    moved = True
    while moved:
        moved = False
        for i in sorted(range(len(xs)), key=lambda i: (placed[i][0], xs[i])):
            for r in range(placed[i][0]):
                if ok(i, r):
                    placed[i] = (r, placed[i][1])
                    moved = True
                    break
    return placed


def _label_box(x: float, w: float, align: str) -> tuple[float, float]:
    return (x - 3, x + w + 3) if align == "left" else (x - w - 3, x + 3)


def _covered(i: int, side: str, xs: Sequence[float], widths: Sequence[float]) -> int:
    a, b = _label_box(xs[i], widths[i], side)
    return sum(1 for j, x in enumerate(xs) if j != i and a - 2 <= x <= b + 2)


def _stagger_in(
    order: Sequence[int],
    xs: Sequence[float],
    widths: Sequence[float],
    width: float,
    gap: float,
    fixed: Sequence[str] | None = None,
) -> list[tuple[int, str]]:
    boxes: list[list[tuple[float, float]]] = []
    rules: list[tuple[float, int]] = []  # (x, row of its label): crosses every row below
    out: list[tuple[int, str]] = [(0, "left")] * len(xs)
    for i in order:
        x, w = xs[i], widths[i]
        # hang the label right of its rule, or left of it when it would run past the right edge;
        # the other side is tried too when it stays inside the plot
        natural = _natural_side(x, w, width)
        sides = [natural] + [s for s in ("left", "right") if s != natural and _fits_side(s, x, w, width)]
        if fixed is not None:
            natural = fixed[i]
            sides = [natural]

        def fits(r: int, side: str, strict: bool) -> bool:
            a, b = _label_box(x, w, side)
            row = boxes[r] if r < len(boxes) else []
            if any(not (b + gap <= c or a >= d + gap) for c, d in row):
                return False
            if any(a - gap < rx < b + gap for rx, rr in rules if rr > r):
                return False
            return not strict or not any(c - 2 <= x <= d + 2 for rr in range(min(r, len(boxes))) for c, d in boxes[rr])

        top = len(boxes)
        spot = next(((r, s) for r in range(top + 1) for s in sides if fits(r, s, True)), None)
        if spot is None:
            spot = next((r, natural) for r in range(top + 1) if fits(r, natural, False))
        r, align = spot
        if r == len(boxes):
            boxes.append([])
        boxes[r].append(_label_box(x, w, align))
        rules.append((x, r))
        out[i] = (r, align)
    return out


def _natural_side(x: float, w: float, width: float) -> str:
    """Where a label of width `w` at pixel `x` hangs by default: right of its rule ("left"
    aligned) unless it would run past the right edge; when it fits on neither side, on the
    side with more room (a label near the right end is right-aligned, never cut at the edge)."""
    if x + w + 3 <= width:
        return "left"
    if x - w - 3 >= 0:
        return "right"
    return "right" if x > width - x else "left"


def _fits_side(side: str, x: float, w: float, width: float) -> bool:
    a, b = _label_box(x, w, side)
    return a >= -3 and b <= width + 3


def _days(delta: pd.Timedelta) -> float:
    return delta / pd.Timedelta(days=1)


# ---------------------------------------------------------------------------- the timeline


def timeline_chart(
    data: Any,
    *,
    lanes: str | None = "event_type",
    start: Any = None,
    end: Any = None,
    highlight: Highlight = None,
    annotations: Mapping[str, str] | Sequence[str] | None = None,
    title: str | None = None,
    subtitle: str | Sequence[str] | None = None,
    width: int = _WIDTH,
    overview: bool = True,
) -> alt.TopLevelMixin:
    """The main timeline: every dated event on a date axis, imprecision drawn as spans.

    Day-precise events are dots; events known only to the week, month or season are bars
    over their whole window, so uncertainty shows at a glance. Colour is the event type, one
    fixed colour per type of the taxonomy (Okabe-Ito hues for the core types); the dot's
    size and the bar's thickness grow with the number of independent sources; planned or
    expected events are hollow (dashed bars).
    Tooltips give the title, the date as written, the sources and a quote.

    Args:
        data: a `Timeline` or its ``events`` DataFrame.
        lanes: ``"event_type"`` (one lane per type), ``"actor"`` (one per actor; an event
            with several actors appears in each of their lanes) or ``None`` (one lane).
        start: the first day to show (an ISO string, date or Timestamp); events wholly
            outside the range are left out and counted in the subtitle; spans are clipped.
        end: the last day to show.
        highlight: events to mark: event ids, a boolean Series, a DataFrame with an
            ``event_id`` column (and optionally ``label``), or a predicate that takes the
            events DataFrame and returns a boolean mask.
        annotations: labels for the highlighted events: ``{event_id: label}`` or a list
            aligned with `highlight`. Labels are staggered so they never overlap.
        title: the chart's title.
        subtitle: the subtitle (a string or lines); by default, what was drawn and left out.
        width: width of the plot in pixels (720 fits a notebook and a docs page).
        overview: add an overview strip below the detail: drag on it to zoom the detail.

    Returns:
        an Altair chart: a `LayerChart` (layer, theme or save it), or with ``overview=True``
        a `VConcatChart` of the detail and the overview strip.

    Raises:
        InputError: when `data` is not a timeline or its events table, when `lanes` is
            not one of the choices, when `start`/`end` are not dates, or when there are
            more marks than Altair embeds (5,000 unless its max_rows is lifted).

    Warns:
        TimelineWarning: when a highlighted event is undated or outside the range.
    """
    if lanes not in _LANES:
        raise InputError(f"lanes={lanes!r}: choose 'event_type', 'actor' or None")
    raw = _events_of(data)
    events = _normalise(raw)
    lo, hi = _timestamp(start, "start"), _timestamp(end, "end")
    if lo is not None and hi is not None and hi < lo:
        raise InputError(f"end ({hi.date()}) is before start ({lo.date()})")

    ids = _highlight_ids(_with_original_columns(events, raw), highlight)
    labels = _annotation_labels(ids, annotations, highlight)
    unknown = [i for i in ids if i not in set(events["event_id"])]
    if unknown:
        raise InputError(f"highlight names event id(s) not in the table: {unknown[:5]}")

    dated = events[events["start"].notna()].copy()
    n_undated = len(events) - len(dated)
    dated["event_type"] = [t.replace("_", " ") for t in dated["event_type"]]  # "territorial control" reads better
    # A bar spans [start, end + 1 day): `end` is the last day the event may fall on.
    dated["x"] = dated["start"]
    dated["x2"] = dated["end"] + pd.Timedelta(days=1)
    dated["window"] = (dated["precision"] != "day") | (dated["end"] > dated["start"])
    n_outside = 0
    if lo is not None or hi is not None:
        keep = pd.Series(True, index=dated.index)
        if lo is not None:
            keep &= dated["x2"] > lo
        if hi is not None:
            keep &= dated["x"] <= hi
        n_outside = int((~keep).sum())
        dated = dated[keep].copy()
        if lo is not None:
            dated["x"] = dated["x"].clip(lower=lo)
        if hi is not None:
            dated["x2"] = dated["x2"].clip(upper=hi + pd.Timedelta(days=1))

    # the x domain: the requested range, else the data's, padded a little
    if len(dated):
        d0 = lo if lo is not None else dated["x"].min()
        d1 = hi + pd.Timedelta(days=1) if hi is not None else dated["x2"].max()
    else:
        d0 = lo if lo is not None else pd.Timestamp("2000-01-01")
        d1 = hi + pd.Timedelta(days=1) if hi is not None else d0 + pd.Timedelta(days=30)
    span = max(_days(d1 - d0), 1.0)
    if lo is None:
        d0 = d0 - pd.Timedelta(days=max(1, round(span * 0.02)))
    if hi is None:
        d1 = d1 + pd.Timedelta(days=max(1, round(span * 0.02)))
    span = _days(d1 - d0)
    px_per_day = width / span

    # lanes: one row per lane, split into sub-rows so that marks never overlap
    if lanes == "actor":
        dated["lane"] = [a if a else ["(no actor named)"] for a in dated["actors"]]
        dated = dated.explode("lane", ignore_index=True)
    elif lanes == "event_type":
        dated["lane"] = dated["event_type"]
    else:
        dated["lane"] = "events"
        dated = dated.reset_index(drop=True)
    lane_order = _lane_order(dated, lanes)
    dot_days = 14 / px_per_day  # a dot (and its gap) takes ~14 px
    dated["pack_lo"] = dated["x"]
    dated["pack_hi"] = [
        x2 if w else x + pd.Timedelta(days=dot_days)
        for x, x2, w in zip(dated["x"], dated["x2"], dated["window"], strict=True)
    ]
    dated["slot"] = _pack(dated, "lane", "pack_lo", "pack_hi", pd.Timedelta(days=4 / px_per_day)) if len(dated) else []
    row_order: list[str] = []
    parity: dict[str, int] = {}
    for k, lane in enumerate(lane_order):
        in_lane = dated.loc[dated["lane"] == lane, "slot"]
        n_slots = int(in_lane.max()) + 1 if len(in_lane) else 1
        for s in range(n_slots):
            key = f"{lane}||{s}"
            row_order.append(key)
            parity[key] = k % 2
    dated["row"] = [f"{lane}||{s}" for lane, s in zip(dated["lane"], dated["slot"], strict=True)]

    # what the tooltips and encodings read
    dated["planned"] = dated["status"].isin(_PLANNED)
    dated["happened"] = ["planned or expected" if p else "reported as happened" for p in dated["planned"]]
    dated["actors_text"] = [", ".join(a) for a in dated["actors"]]
    dated["sources_text"] = [", ".join(s) for s in dated["sources"]]
    dated["outlets_text"] = [", ".join(o) for o in dated["outlets"]]
    dated["quote_text"] = [ellipsize(q, 160) for q in dated["quote"]]
    dated["bar_px"] = [min(6 + 3 * (n - 1), 16) for n in dated["n_sources"]]
    dated["highlighted"] = dated["event_id"].isin(ids)
    # one colour per type of the whole timeline, the commonest types first (they get the
    # strongest hues), so a type keeps its colour in every chart of the same timeline
    type_domain = _type_order(events)
    drawn_types = [t for t in type_domain if t in set(dated["event_type"])]
    type_scale = alt.Scale(domain=type_domain, range=_type_colours(type_domain))
    # with one lane per type the lane labels already name the colours; otherwise colour and
    # shape share one legend (same field, same title): each entry shows both
    type_legend = None if lanes == "event_type" else alt.Legend(orient="right", values=drawn_types or alt.Undefined)
    colour = alt.Color("event_type:N", title="Event type", scale=type_scale, legend=type_legend)
    type_stroke = alt.Color("event_type:N", scale=type_scale, legend=None)
    shape = alt.Shape(
        "event_type:N",
        title="Event type",
        scale=alt.Scale(domain=type_domain, range=[_TYPE_SHAPES.get(t, _OTHER_SHAPE) for t in type_domain]),
        legend=type_legend,
    )
    x_title = None
    axis = _date_axis(span)
    brush = alt.selection_interval(encodings=["x"], name="brush")
    x_scale = alt.Scale(domain=brush, nice=False) if overview else alt.Scale(domain=[_iso(d0), _iso(d1)], nice=False)
    # fixed calendar steps for a static chart; a plain count adapts when the brush zooms in
    x_axis = alt.Axis(
        title=x_title,
        # a zoomable chart's ticks change with the brush: a multi-format names each tick by its
        # own unit (year, month, day, hour), so a zoom to a few days reads "11 Jul, 12:00, 12 Jul"
        # instead of one fixed format repeated ("Jul 2024 Jul 2024")
        format=_ZOOM_FORMAT if overview else axis["format"],
        formatType="time",
        tickCount=8 if overview else axis["tickCount"],
        labelAngle=0,
        grid=True,
        gridOpacity=0.5,
    )
    y = alt.Y(
        "row:N",
        sort=row_order,
        scale=alt.Scale(domain=row_order, paddingInner=0, paddingOuter=0.1),
        axis=alt.Axis(
            title=None,
            labelExpr="split(datum.value, '||')[1] == '0' ? split(datum.value, '||')[0] : ''",
            ticks=False,
            domain=False,
            labelFontSize=11,
            labelLimit=140,
            labelPadding=6,
        ),
    )
    tooltip = [
        alt.Tooltip("title:N", title="Event"),
        alt.Tooltip("date:N", title="Date"),
        alt.Tooltip("date_text:N", title="As written"),
        alt.Tooltip("precision:N", title="Precision"),
        alt.Tooltip("event_type:N", title="Type"),
        alt.Tooltip("status:N", title="Status"),
        alt.Tooltip("actors_text:N", title="Actors"),
        alt.Tooltip("n_sources:Q", title="Sources (independent)"),
        alt.Tooltip("sources_text:N", title="Articles"),
        alt.Tooltip("outlets_text:N", title="Outlets"),
        alt.Tooltip("quote_text:N", title="Quote"),
        alt.Tooltip("event_id:N", title="Id"),
    ]
    columns = [
        "event_id", "x", "x2", "row", "lane", "title", "date", "date_text", "precision", "event_type", "status",
        "actors_text", "n_sources", "sources_text", "outlets_text", "quote_text", "planned", "happened",
        "window", "bar_px", "highlighted",
    ]  # fmt: skip
    table = dated[columns].copy()
    _check_rows(len(table), "marks")
    height = max(len(row_order), 1) * _ROW_PX + 10

    base = alt.Chart(table).encode(x=alt.X("x:T", title=x_title, scale=x_scale, axis=x_axis), y=y)
    # alternate lane shading so the sub-rows of one lane read as a group
    shade_rows = [{"row": r, "shade": parity[r]} for r in row_order if parity[r]]
    layers: list[alt.Chart] = []
    if shade_rows and len(lane_order) > 1:
        layers.append(
            alt.Chart(alt.Data(values=shade_rows))
            .mark_rect(color="#000", opacity=0.035)
            .encode(y=alt.Y("row:N", sort=row_order, scale=alt.Scale(domain=row_order)))
        )
    # when the brush zooms the detail view, marks outside the zoomed range must not sit on its frame
    windows = base.transform_filter("datum.window").mark_bar(cornerRadius=2, strokeWidth=1.2, clip=overview).encode(
        x2="x2:T",
        color=colour,
        size=alt.Size("bar_px:Q", scale=None, legend=None),
        fillOpacity=alt.condition("datum.planned", alt.value(0.08), alt.value(0.45)),
        stroke=type_stroke,
        strokeDash=alt.condition("datum.planned", alt.value([4, 2]), alt.value([1, 0])),
        tooltip=tooltip,
    )
    dots = base.transform_filter("!datum.window").mark_point(filled=True, strokeWidth=1.6, opacity=1, clip=overview).encode(
        fill=colour,
        shape=shape,
        stroke=type_stroke,
        fillOpacity=alt.condition("datum.planned", alt.value(0.0), alt.value(0.9)),
        size=alt.Size(
            "n_sources:Q",
            title="Sources",
            scale=alt.Scale(domain=[1, max(3, int(table["n_sources"].max() if len(table) else 1))], range=[40, 200]),
            legend=alt.Legend(
                orient="right", values=_size_ticks(table), format="d", symbolType="circle",
                symbolFillColor="#999", symbolStrokeColor="#666", symbolOpacity=1, symbolStrokeWidth=1,
            ),
        ),
        tooltip=tooltip,
    )  # fmt: skip
    layers += [windows, dots]

    title_lines = subtitle if subtitle is not None else _subtitle(events, dated, n_undated, n_outside, data)
    n_label_rows = 0
    hidden = [i for i in ids if i not in set(table["event_id"])]
    if hidden:
        warnings.warn(
            f"highlighted event(s) {', '.join(hidden[:5])} are undated or outside the chart's range: not drawn",
            TimelineWarning,
            stacklevel=2,
        )
    if ids and len(hidden) < len(ids):
        extra, n_label_rows = _highlight_layers(
            table, ids, labels, d0, d1, width, height, x_scale, x_axis, y, zoomable=overview
        )
        layers += extra

    # two invisible marks pin the x domain to the range (the brush, when set, overrides it)
    layers.append(
        alt.Chart(alt.Data(values=[{"x": _iso(d0)}, {"x": _iso(d1)}]))
        .mark_point(opacity=0, size=0)
        .encode(x=alt.X("x:T", scale=x_scale, axis=x_axis, title=x_title))
    )
    detail = alt.layer(*layers).properties(width=width, height=height).resolve_scale(size="independent")
    chart: alt.TopLevelMixin = detail
    if overview and len(table):
        strip = (
            alt.Chart(table)
            .mark_tick(thickness=2, size=12, opacity=0.8)
            .encode(
                x=alt.X(
                    "x:T",
                    title=None,
                    scale=alt.Scale(domain=[_iso(d0), _iso(d1)], nice=False),
                    axis=alt.Axis(format=axis["format"], tickCount=axis["tickCount"], labelAngle=0, grid=False),
                ),
                color=alt.Color("event_type:N", scale=type_scale, legend=None),
            )
            .add_params(brush)
            .properties(width=width, height=24, title=alt.TitleParams("Drag here to zoom; double-click to reset", fontSize=10, fontWeight="normal", anchor="start", color="#666"))
        )  # fmt: skip
        chart = alt.vconcat(detail, strip, spacing=12)
    elif overview:
        # an empty timeline still gets the brush parameter the detail's scale refers to
        chart = detail.add_params(brush)
    title_params = alt.TitleParams(
        title or "Timeline",
        subtitle=[title_lines] if isinstance(title_lines, str) else list(title_lines),
        anchor="start",
        fontSize=16,
        subtitleFontSize=11,
        subtitleColor="#555",
        offset=10,
    )
    # read out by screen readers (the SVG's aria-label)
    description = f"{title or 'Timeline'}. " + " ".join(title_params.subtitle)
    return chart.properties(title=title_params, description=description)


def _with_original_columns(events: pd.DataFrame, raw: pd.DataFrame) -> pd.DataFrame:
    """The normalised table plus any extra columns of the input (for highlight predicates)."""
    extra = [c for c in raw.columns if c not in events.columns]
    if not extra:
        return events
    return pd.concat([events, raw[extra].reset_index(drop=True)], axis=1)


def _lane_order(dated: pd.DataFrame, lanes: str | None) -> list[str]:
    """Lanes ordered by their first event, so the eye reads the story from top-left."""
    if not len(dated):
        return ["events"]
    first = dated.groupby("lane", sort=True)["x"].min().sort_values(kind="stable")
    order = list(first.index)
    for tail in ("(no actor named)", "other"):
        if tail in order:
            order.remove(tail)
            order.append(tail)
    return [str(v) for v in order]


def _type_order(events: pd.DataFrame) -> list[str]:
    """Event types as charts name them, by how many events have them (then by name)."""
    counts = pd.Series([t.replace("_", " ") for t in events["event_type"]], dtype=object).value_counts()
    order = sorted(counts.index, key=lambda t: (-int(counts[t]), t))
    return [str(t) for t in order] or ["other"]


def _type_colours(types: Sequence[str]) -> list[str]:
    """The colour of each type (as charts name them): fixed for the taxonomy's, spares for others."""
    spare = iter(_SPARE_COLOURS * (1 + len(types) // len(_SPARE_COLOURS)))
    out = []
    for t in types:
        if t in _TYPE_COLOURS:
            out.append(_TYPE_COLOURS[t])
        elif t in ("other", "unknown", ""):
            out.append(_OTHER_COLOUR)
        else:
            out.append(next(spare))
    return out


def _size_ticks(table: pd.DataFrame) -> list[int]:
    top = int(table["n_sources"].max()) if len(table) else 1
    return sorted({1, 2, max(3, top)}) if top >= 3 else [1, 2, 3]


def _iso(ts: pd.Timestamp) -> str:
    # local-time ISO string: Vega-Lite parses it in the same zone its axis displays
    return pd.Timestamp(ts).strftime("%Y-%m-%dT%H:%M:%S")


def _subtitle(events: pd.DataFrame, shown: pd.DataFrame, n_undated: int, n_outside: int, data: Any) -> list[str]:
    # shapes are drawn for day-precise events only (the others are bars)
    dots = shown[~shown["window"]] if "window" in shown.columns else shown
    other_kinds = len(dots) > 0 and any(t not in _TYPE_SHAPES for t in dots["event_type"])
    n_shown = shown["event_id"].nunique() if len(shown) else 0
    articles = getattr(data, "articles", None)
    n_articles = len(articles) if articles else len({s for ss in events["sources"] for s in ss})
    first = f"{n_shown} dated event{'s' if n_shown != 1 else ''} from {n_articles} article{'s' if n_articles != 1 else ''}"
    notes = []
    if n_outside:
        notes.append(f"{n_outside} outside this range not shown")
    if n_undated:
        notes.append(f"{n_undated} undated not shown")
    if notes:
        first += " (" + "; ".join(notes) + ")"
    return [
        first + ".",
        "Symbols: day-precise dates. Bars: approximate dates (week, month…), over the whole window. "
        "Hollow/dashed: planned or expected. Bigger: more sources.",
        "Shapes: triangle = violence, circle = talks and deals, square = breakdowns, diamond = statements, "
        "inverted triangle = movements" + (", cross = other" if other_kinds else "") + ".",
    ]


def _in_view(chart: alt.Chart, zoomable: bool) -> alt.Chart:
    """Keep only rows whose anchor lies in the brushed range (all of them while nothing is brushed)."""
    if not zoomable:
        return chart
    return chart.transform_filter("!isValid(brush.x) || inrange(toDate(datum.ax), brush.x)")


def _label_y(row: int) -> int:
    """Pixel baseline of a label row (row 0 just above the plot)."""
    return -6 - 15 * row


def _highlight_layers(
    table: pd.DataFrame,
    ids: Sequence[str],
    labels: Mapping[str, str],
    d0: pd.Timestamp,
    d1: pd.Timestamp,
    width: int,
    height: int,
    x_scale: alt.Scale,
    x_axis: alt.Axis,
    y: alt.Y,
    *,
    zoomable: bool = False,
) -> tuple[list[alt.Chart], int]:
    """A ring around each highlighted event, a rule at its date and a staggered label above.

    Rules and labels are drawn outside the plot (unclipped); when the brush zooms, those
    of events outside the zoomed range are filtered out instead of spilling to the sides.
    """
    rows = table[table["event_id"].isin(ids)].drop_duplicates("event_id").copy()
    rows["order"] = [list(ids).index(i) for i in rows["event_id"]]
    rows = rows.sort_values(["x", "order"], kind="stable")
    # anchor: the day itself, or the middle of a window
    rows["ax"] = [x if not w else x + (x2 - x) / 2 for x, x2, w in zip(rows["x"], rows["x2"], rows["window"], strict=True)]
    rows["label"] = [labels.get(i, "") for i in rows["event_id"]]
    span = _days(d1 - d0)
    has_label = [bool(lab) for lab in rows["label"]]
    xs = [_days(a - d0) / span * width for a, h in zip(rows["ax"], has_label, strict=True) if h]
    widths = [len(lab) * _CHAR_PX for lab in rows["label"] if lab]
    placed = iter(_stagger(xs, widths, width))
    spots = [next(placed) if h else (-1, "left") for h in has_label]
    rows["label_row"] = [r for r, _ in spots]
    rows["align"] = [a for _, a in spots]
    n_label_rows = max((r for r, _ in spots), default=-1) + 1
    # the pixels a label has between its rule and the edge it runs towards: a longer one is
    # cut with an ellipsis rather than run out of the plot (and out of the page)
    pxs = [_days(a - d0) / span * width for a in rows["ax"]]
    rows["room"] = [
        round(max(40.0, width - p - 4 if a == "left" else p - 4)) for p, a in zip(pxs, rows["align"], strict=True)
    ]
    keep = ["event_id", "ax", "row", "title", "label", "label_row", "align", "room", "window", "x", "x2"]
    if zoomable:
        rows["lw"] = [round(len(lab) * _CHAR_PX, 1) for lab in rows["label"]]  # estimated label width, px
        keep.append("lw")
    data = rows[keep]
    x = alt.X("ax:T", scale=x_scale, axis=x_axis, title=None)
    out: list[alt.Chart] = []
    labelled = data["label"] != ""
    rule = {"color": "#222", "strokeDash": [3, 3], "strokeWidth": 1, "opacity": 0.7, "clip": False}
    text = {"baseline": "bottom", "fontSize": 11.5, "fontWeight": "bold", "color": "#111", "clip": False}
    # a rule from each label (or the top of the plot) down through the event
    if (~labelled).any():
        out.append(
            _in_view(alt.Chart(data[~labelled]), zoomable)
            .mark_rule(**rule)
            .encode(x=x, y=alt.value(0), y2=alt.value(height))
        )
    if labelled.any() and zoomable:
        # the brush may zoom in: each label's side is worked out again for the zoomed range
        # (a label near its right end hangs left of its rule, so it stays inside the plot);
        # a label that changes side leaves its row for a row of its own above the others, so
        # it cannot land on a neighbour that kept its side
        placed = (
            _in_view(alt.Chart(data[labelled]), zoomable)
            .transform_calculate(px=_zoomed_x(width))
            .transform_calculate(side=_zoomed_side(width))
            .transform_calculate(moved="datum.side !== datum.align")
            # movers at one end stack up from the one nearest the middle, so that no rule from
            # a higher label cuts a lower one; movers at the two ends share rows
            .transform_calculate(stack="(datum.side === 'right' ? 1 : -1) * time(toDate(datum.ax))")
            .transform_window(nth="row_number()", groupby=["moved", "side"], sort=[alt.SortField("stack")])
            .transform_calculate(
                y_label=f"-6 - 15 * (datum.moved ? {n_label_rows} + datum.nth - 1 : datum.label_row)"
            )
        )
        y_label = alt.YValue(alt.ExprRef("datum.y_label"))
        out.append(placed.mark_rule(**rule).encode(x=x, y=y_label, y2=alt.value(height)))
        # an invisible rule keeps one row free above the labels for a mover: a chart in a page
        # is not re-laid out when it grows (Vega's autosize.resize is off, and a chart that can
        # be composed may not set it), so a mover above the reserve would push the title out
        out.append(
            alt.Chart(alt.Data(values=[{"reserve": n_label_rows}]))
            .mark_rule(opacity=0, clip=False)
            .encode(x=alt.value(0), y=alt.value(_label_y(n_label_rows) - 14), y2=alt.value(0))
        )
    elif labelled.any():
        for r in range(n_label_rows):
            part = data[labelled & (data["label_row"] == r)]
            if len(part):
                out.append(
                    alt.Chart(part).mark_rule(**rule).encode(x=x, y=alt.value(_label_y(r)), y2=alt.value(height))
                )
    out.append(
        alt.Chart(data)
        .mark_point(shape="circle", size=420, filled=False, color="#111", strokeWidth=2, clip=zoomable)
        .encode(x=x, y=y, tooltip=[alt.Tooltip("label:N", title="Note"), alt.Tooltip("title:N", title="Event")])
    )
    if labelled.any() and zoomable:
        out.append(
            placed.transform_calculate(
                room="datum.px === null ? datum.room"
                f" : max(40, datum.side === 'left' ? {width} - datum.px - 4 : datum.px - 4)"
            ).mark_text(
                align=alt.ExprRef("datum.side"), dx=alt.ExprRef("datum.side === 'left' ? 4 : -4"),
                limit=alt.ExprRef("datum.room"), **text
            ).encode(x=x, y=y_label, text="label:N")
        )
    elif labelled.any():
        # one text layer per (label row, alignment): pixel offsets above the plot need no y scale
        for r in range(n_label_rows):
            for align in ("left", "right"):
                part = data[labelled & (data["label_row"] == r) & (data["align"] == align)]
                if len(part):
                    out.append(
                        alt.Chart(part)
                        .mark_text(
                            align=align, dx=4 if align == "left" else -4, limit=alt.ExprRef("datum.room"), **text
                        )
                        .encode(x=x, y=alt.value(_label_y(r)), text="label:N")
                    )
    return out, (n_label_rows if labelled.any() else 0)


def _zoomed_x(width: int) -> str:
    """Vega expression: a label's pixel x in the brushed range (its date's fraction of it, times the width)."""
    lo = "min(time(brush.x[0]), time(brush.x[1]))"
    hi = "max(time(brush.x[0]), time(brush.x[1]))"
    return f"isValid(brush.x) ? (time(toDate(datum.ax)) - {lo}) / max(1, {hi} - {lo}) * {width} : null"


def _zoomed_side(width: int) -> str:
    """Vega expression: the side a label hangs on in the brushed range (its layout's side unbrushed).

    It keeps its side when it fits there (so staggered rows stay as laid out), else takes
    the side where it fits, else the side with more room, as `_natural_side` does.
    """
    fits_left = f"datum.px + datum.lw + 3 <= {width}"  # hung right of its rule
    fits_right = "datum.px - datum.lw - 3 >= 0"  # hung left of its rule
    return (
        f"datum.px === null ? datum.align"
        f" : datum.align === 'left' && {fits_left} ? 'left' : datum.align === 'right' && {fits_right} ? 'right'"
        f" : {fits_left} ? 'left' : {fits_right} ? 'right' : datum.px > {width} / 2 ? 'right' : 'left'"
    )


# ---------------------------------------------------------------------------- who reported what


def _article_labels(data: Any, events: pd.DataFrame) -> list[tuple[str, str]]:
    """(article id, axis label) for every article, oldest first; ids from the events if no list."""
    articles = getattr(data, "articles", None)
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for a in articles or []:
        aid = str(getattr(a, "id", a))
        if aid in seen:
            continue
        seen.add(aid)
        published = getattr(a, "published", None)
        day = str(published)[:10] if published else ""
        name = getattr(a, "outlet", None) or getattr(a, "title", None) or aid
        label = f"{day + ' · ' if day else ''}{ellipsize(str(name), 32)}"
        if getattr(a, "duplicate_of", None):
            label += " (copy)"  # a duplicate counts once in n_sources
        out.append((day or "9999", aid, label))
    for ss in events["sources"]:
        for aid in ss:
            if aid not in seen:
                seen.add(aid)
                out.append(("9999", aid, aid))
    out.sort(key=lambda t: (t[0], t[1]))
    return [(aid, label) for _, aid, label in out]


def _event_labels(events: pd.DataFrame) -> list[str]:
    labels = []
    for date, title, eid in zip(events["date"], events["title"], events["event_id"], strict=True):
        labels.append(f"{date or 'undated'}  {ellipsize(title or eid, 48)}  ({eid})")
    return labels


def sources_chart(
    data: Any,
    *,
    start: Any = None,
    end: Any = None,
    min_sources: int = 1,
    title: str | None = None,
) -> alt.Chart:
    """Which article tells which event: an event × article matrix (who reported what, and who did not).

    Rows are events in time order (undated last), columns are articles in order of
    publication; a filled cell means the article reports the event, an empty cell that it
    does not. Tooltips give the article's quote when the timeline has its mentions.

    Args:
        data: a `Timeline` or its ``events`` DataFrame.
        start: keep only events that end on or after this day (undated events are kept
            only when no range is given).
        end: keep only events that start on or before this day.
        min_sources: keep events reported by at least this many independent articles.
        title: the chart's title.

    Raises:
        InputError: when `data` is not a timeline or its events table.
    """
    raw = _events_of(data)
    events = _normalise(raw)
    lo, hi = _timestamp(start, "start"), _timestamp(end, "end")
    keep = events["n_sources"] >= min_sources
    if lo is not None:
        keep &= events["end"].fillna(events["start"]) >= lo
    if hi is not None:
        keep &= events["start"] <= hi
    events = events[keep].reset_index(drop=True)
    articles = _article_labels(data, events)
    quotes: dict[tuple[str, str], str] = {}
    mentions = getattr(data, "mentions", None)
    if isinstance(mentions, pd.DataFrame) and {"event_id", "article_id", "quote"} <= set(mentions.columns):
        for eid, aid, q in zip(mentions["event_id"], mentions["article_id"], mentions["quote"], strict=True):
            quotes.setdefault((str(eid), str(aid)), ellipsize(_text(q), 160))
    ev_labels = _event_labels(events)
    cells = []
    for label, eid, etype, srcs, quote in zip(
        ev_labels, events["event_id"], events["event_type"], events["sources"], events["quote"], strict=True
    ):
        src = set(srcs)
        for aid, alabel in articles:
            told = aid in src
            cells.append(
                {
                    "event": label,
                    "event_id": eid,
                    "event_type": etype,
                    "article": alabel,
                    "article_id": aid,
                    "reported": "reports it" if told else "does not mention it",
                    "quote": quotes.get((eid, aid), ellipsize(quote, 160) if told and len(src) == 1 else "")
                    if told
                    else "",
                }
            )
    table = pd.DataFrame(
        cells, columns=["event", "event_id", "event_type", "article", "article_id", "reported", "quote"]
    )
    _check_rows(len(table), "event × article cells")
    n_articles = len(articles)
    cell = 26 if n_articles <= 12 else 16
    chart = (
        alt.Chart(table)
        .mark_rect(stroke="white", strokeWidth=1.5, cornerRadius=2)
        .encode(
            x=alt.X(
                "article:N",
                sort=[label for _, label in articles],
                title=None,
                axis=alt.Axis(orient="top", labelAngle=-35, labelLimit=300, labelAlign="left", ticks=False, domain=False),
            ),
            y=alt.Y(
                "event:N",
                sort=ev_labels,
                title=None,
                axis=alt.Axis(labelLimit=420, ticks=False, domain=False, labelFontSize=11),
            ),
            color=alt.Color(
                "reported:N",
                title=None,
                scale=alt.Scale(domain=["reports it", "does not mention it"], range=["#0072B2", "#EEEEEE"]),
                legend=alt.Legend(orient="bottom", direction="horizontal"),
            ),
            tooltip=[
                alt.Tooltip("event:N", title="Event"),
                alt.Tooltip("article:N", title="Article"),
                alt.Tooltip("article_id:N", title="Article id"),
                alt.Tooltip("reported:N", title="Reported?"),
                alt.Tooltip("quote:N", title="Quote"),
            ],
        )
        .properties(
            width=alt.Step(cell),
            height=alt.Step(16),
            description=f"{title or 'Who reported what'}: {len(events)} events by {n_articles} articles.",
            title=alt.TitleParams(
                title or "Who reported what",
                subtitle=f"{len(events)} events × {n_articles} articles: a filled cell means the article reports the event.",
                anchor="start",
                fontSize=16,
                subtitleFontSize=11,
                subtitleColor="#555",
            ),
        )
    )
    return chart


# ---------------------------------------------------------------------------- where sources disagree

_CONFLICT_COLUMNS = ("event_id", "field", "value", "sources", "claimants")


def _article_names(data: Any) -> dict[str, tuple[str, str]]:
    """Article id -> (name, publication day): the outlet, else the title in quotes, else nothing.

    Read from the Timeline's articles, else from its mentions (outlet and publication date
    per article id, what a timeline streamed from disk still has).
    """
    out: dict[str, tuple[str, str]] = {}
    for a in getattr(data, "articles", None) or []:
        aid = _text(getattr(a, "id", None))
        if not aid or aid in out:
            continue
        outlet, title = _text(getattr(a, "outlet", None)).strip(), _text(getattr(a, "title", None)).strip()
        published = getattr(a, "published", None)
        name = outlet or (f"“{' '.join(title.split())}”" if title else "")
        out[aid] = (name, str(published)[:10] if published else "")
    mentions = getattr(data, "mentions", None)
    if isinstance(mentions, pd.DataFrame) and "article_id" in mentions.columns:
        outlets = mentions["outlet"] if "outlet" in mentions.columns else [None] * len(mentions)
        published = mentions["published"] if "published" in mentions.columns else [None] * len(mentions)
        for aid, outlet, day in zip(mentions["article_id"], outlets, published, strict=True):
            aid, outlet = _text(aid), _text(outlet).strip()
            name, known_day = out.get(aid, ("", ""))
            if aid and (not name and outlet or not known_day and _text(day)):
                out[aid] = (name or outlet, known_day or _text(day)[:10])
    return out


def _name_sources(sources: Sequence[str], names: Mapping[str, tuple[str, str]], budget: int) -> list[str]:
    """A reader's name for each article of one row, the id when none is known, all of them
    in about `budget` characters (short names whole, long ones share the rest); two articles
    with the same name are told apart by their day, else their id."""
    named = [names.get(aid, ("", ""))[0] or aid for aid in sources]
    room, left, limit = budget - 2 * max(0, len(named) - 1), len(named), budget
    for n in sorted(len(n) for n in named):
        if n > room / max(1, left):
            limit = max(16, int(room / max(1, left)))
            break
        room, left = room - n, left - 1
    short = [ellipsize(n, limit, whole_words=True) for n in named]
    days = [names.get(aid, ("", ""))[1] for aid in sources]
    out = list(short)
    for i, aid in enumerate(sources):
        if short.count(short[i]) > 1 and named[i] != aid:
            same_day = sum(1 for j in range(len(sources)) if short[j] == short[i] and days[j] == days[i])
            out[i] += f" ({days[i]})" if days[i] and same_day == 1 else f" ({aid})"
    return out


def conflicts_chart(data: Any, *, title: str | None = None) -> alt.HConcatChart:
    """Where sources disagree: one row per conflicting value, with who gives it.

    For each event and disputed field (its date, a death toll, a claim), every value the
    sources give is a row, with the claimants and the articles that state it, so a reader
    sees at once that "92 killed" comes from Hamas and another figure from elsewhere.
    Articles are named by outlet, else by headline (from ``Timeline.articles``, else the
    outlets of ``Timeline.mentions``), else by id; the tooltip gives their ids.

    Args:
        data: a `Timeline`, or a conflicts DataFrame (``Timeline.conflicts``: event_id,
            field, value, sources, claimants).
        title: the chart's title.

    Raises:
        InputError: when `data` is neither.
    """
    conflicts = getattr(data, "conflicts", data)
    if not isinstance(conflicts, pd.DataFrame) or not {"event_id", "field", "value"} <= set(conflicts.columns):
        raise InputError("expected a Timeline or its conflicts DataFrame (columns event_id, field, value, sources)")
    events = getattr(data, "events", None)
    titles: dict[str, str] = {}
    dates: dict[str, str] = {}
    if isinstance(events, pd.DataFrame) and "event_id" in events.columns:
        norm = _normalise(events)
        titles = dict(zip(norm["event_id"], norm["title"], strict=True))
        dates = dict(zip(norm["event_id"], norm["date"], strict=True))
        order = {eid: i for i, eid in enumerate(norm["event_id"])}
    else:
        order = {}
    names = _article_names(data)
    rows = []
    for rec in conflicts.to_dict("records"):
        eid = _text(rec.get("event_id"))
        sources = _as_list(rec.get("sources"))
        claimants = _as_list(rec.get("claimants"))
        what = _text(rec.get("field"))
        rows.append(
            {
                "event_id": eid,
                "event": ellipsize(f"{dates.get(eid, '') or ''} {titles.get(eid, eid)}".strip(), 50),
                "field": what.removeprefix("figures."),
                "value": ellipsize(_text(rec.get("value")), 40),
                "full_value": ellipsize(_text(rec.get("value")), 300),
                "said_by": ellipsize(", ".join(claimants) or "(not attributed)", 40),
                # one line of the 300 px column holds ~50 characters: share them out
                "articles": "; ".join(_name_sources(sources, names, 50)),
                "article_names": ellipsize("; ".join(_name_sources(sources, names, 120 * len(sources))), 400),
                "article_ids": ellipsize(", ".join(sources), 300),
                "n": len(sources),
                "order": order.get(eid, len(order)),
            }
        )
    rows.sort(key=lambda r: (r["order"], r["event_id"], r["field"], -r["n"], r["value"]))
    n_disputes = len({(r["event_id"], r["field"]) for r in rows})
    # show the event and field only on the first row of their group
    previous: tuple[str, str] | None = None
    group = -1
    for i, r in enumerate(rows):
        r["row"] = i
        key = (r["event_id"], r["field"])
        if key != previous:
            group += 1
        else:
            r["event"], r["field"] = "", ""
        r["band"] = group % 2
        previous = key
    table = pd.DataFrame(
        rows,
        columns=["row", "band", "event_id", "event", "field", "value", "full_value", "said_by", "articles",
                 "article_names", "article_ids", "n"],
    )  # fmt: skip
    heading = alt.TitleParams(
        title or "Where sources disagree",
        subtitle=(
            f"{n_disputes} disputed fact{'s' if n_disputes != 1 else ''}, one row per value given."
            if rows
            else "The sources agree on every figure and date they share."
        ),
        anchor="start",
        fontSize=16,
        subtitleFontSize=11,
        subtitleColor="#555",
    )
    if not rows:
        empty = alt.Chart(alt.Data(values=[{"t": "No disagreements between sources."}])).mark_text(
            align="left", fontSize=12, color="#555"
        ).encode(text="t:N").properties(width=360, height=30)
        return alt.hconcat(empty).properties(title=heading)
    height = alt.Step(20)
    y = alt.Y("row:O", axis=None, sort="ascending")
    columns = [("event", "Event", 280, "bold"), ("field", "Disputed", 80, "normal"), ("value", "Value", 110, "bold"),
               ("said_by", "Said by", 150, "normal"), ("articles", "Articles", 300, "normal")]  # fmt: skip
    parts = []
    for field, header, w, weight in columns:
        band = (
            alt.Chart(table)
            .transform_filter("datum.band == 1")
            .mark_rect(color="#000", opacity=0.04)
            .encode(y=y)
        )
        text = (
            alt.Chart(table)
            .mark_text(align="left", baseline="middle", fontSize=11, fontWeight=weight, limit=w - 6, x=2)
            .encode(y=y, text=f"{field}:N", tooltip=[alt.Tooltip("event_id:N", title="Event id"),
                                                     alt.Tooltip("full_value:N", title="Value"),
                                                     alt.Tooltip("said_by:N", title="Said by"),
                                                     alt.Tooltip("article_names:N", title="Articles"),
                                                     alt.Tooltip("article_ids:N", title="Article ids")])
        )  # fmt: skip
        parts.append(
            alt.layer(band, text).properties(
                width=w,
                height=height,
                view=alt.ViewBackground(stroke=None),
                title=alt.TitleParams(header, anchor="start", fontSize=11, color="#555"),
            )
        )
    return alt.hconcat(*parts, spacing=0).properties(
        title=heading, description=f"{heading.text}: {n_disputes} disputed facts, {len(rows)} values."
    )
