"""Writing a `Timeline` in the formats analysts already use.

CSV and Parquet of the events table, one JSON document with every table, TimelineJS
JSON (partial dates are missing fields) and an ACLED-style CSV. Output is
deterministic: same timeline, same bytes.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from timeline.errors import ExportError

if TYPE_CHECKING:  # pragma: no cover
    from timeline.frames import Timeline

__all__ = ["to_csv", "to_parquet", "to_json", "to_timelinejs", "to_acled", "save", "flat_events", "FORMATS"]

#: format name -> file-name endings that select it (longest match wins)
FORMATS = {
    "timelinejs": (".timelinejs.json",),
    "acled": (".acled.csv",),
    "csv": (".csv",),
    "parquet": (".parquet", ".pq"),
    "json": (".json",),
}


def _figure_str(f: dict[str, Any]) -> str:
    parts = [f"{f['kind']} {f['qualifier'] + ' ' if f.get('qualifier') else ''}{f['value']}"]
    if f.get("claimant"):
        parts.append(f"per {f['claimant']}")
    parts.append(f"[{f['article_id']}]")
    return " ".join(parts)


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(_figure_str(v) if isinstance(v, dict) else str(v) for v in value)
    return value


def flat_events(timeline: Timeline) -> pd.DataFrame:
    """The events table with list columns "; "-joined and dates as ISO day strings."""
    ev = timeline.events.copy()
    for c in ev.columns:
        if ev[c].dtype == object:
            ev[c] = ev[c].map(_flat)
    for c in ("start", "end"):
        ev[c] = ev[c].dt.strftime("%Y-%m-%d")
    return ev


def _write_text(text: str, path: str | Path | None) -> str | None:
    if path is None:
        return text
    try:
        Path(path).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return None


def to_csv(timeline: Timeline, path: str | Path | None = None) -> str | None:
    """The events table as CSV (UTF-8, lists "; "-joined); the text when `path` is None."""
    text = flat_events(timeline).to_csv(index=False, lineterminator="\n")
    return _write_text(text, path)


def to_parquet(timeline: Timeline, path: str | Path) -> None:
    """The events table as Parquet; list columns stay lists, figures a list of structs."""
    ev = timeline.events.copy()
    ev["figures"] = ev["figures"].map(
        lambda fs: [{k: (None if v is None else (int(v) if k == "value" else str(v))) for k, v in f.items()} for f in fs]
    )
    try:
        ev.to_parquet(path, index=False)
    except ImportError as exc:  # pragma: no cover - pyarrow is a declared dependency
        raise ExportError("Parquet export needs pyarrow: pip install 'pyarrow>=15'") from exc
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc}") from exc


def _jsonable(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if value is pd.NaT or value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    cols = list(df.columns)
    return [{c: _jsonable(v) for c, v in zip(cols, row, strict=True)} for row in df.itertuples(index=False)]


def to_json(timeline: Timeline, path: str | Path | None = None) -> str | None:
    """{"events", "mentions", "conflicts", "problems"} as JSON; the text when `path` is None."""
    doc = {
        "events": _records(timeline.events),
        "mentions": _records(timeline.mentions),
        "conflicts": _records(timeline.conflicts),
        "problems": [
            {"source": p.source, "reason": p.reason, "kind": p.kind} for p in timeline.problems
        ],
    }
    return _write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", path)


def _tl_date(ts: pd.Timestamp, precision: str) -> dict[str, int]:
    d = {"year": int(ts.year)}
    if precision in ("year", "decade"):
        return d
    d["month"] = int(ts.month)
    if precision in ("month", "quarter", "season"):
        return d
    d["day"] = int(ts.day)
    return d


def _clean_unit(row: Any) -> bool:
    """True when the event's date is a calendar unit TimelineJS can show with missing fields."""
    return not str(row.date).startswith("≈") and row.precision in ("day", "month", "year")


def to_timelinejs(timeline: Timeline, path: str | Path | None = None, *, title: str | None = None) -> dict | None:
    """TimelineJS JSON: a title slide and one slide per dated event.

    Partial dates omit fields ({"year": 2024, "month": 5} for "May 2024"); windows that
    are not one calendar unit get an ``end_date`` and a ``display_date``; the group is the
    event type. Undated events cannot be placed on a TimelineJS axis: the title slide
    says how many were left out.
    """
    ev = timeline.events
    events = []
    for r in ev.itertuples(index=False):
        if pd.isna(r.start):
            continue
        slide: dict[str, Any] = {"unique_id": r.event_id}
        if _clean_unit(r):
            slide["start_date"] = _tl_date(r.start, r.precision)
        else:
            slide["start_date"] = _tl_date(r.start, "day")
            slide["end_date"] = _tl_date(r.end, "day")
            slide["display_date"] = r.date
        sources = html.escape(", ".join(r.sources))
        body = f"<p>“{html.escape(r.quote)}”</p><p>Sources ({r.n_sources}): {sources}</p>"
        if r.status != "asserted":
            body = f"<p><em>{html.escape(r.status)}</em></p>" + body
        slide["text"] = {"headline": html.escape(r.title), "text": body}
        slide["group"] = r.event_type
        events.append(slide)
    n_undated = int(ev["start"].isna().sum())
    dated = ev.dropna(subset=["start"])
    span = f"{dated['start'].min():%d %b %Y} – {dated['end'].max():%d %b %Y}" if len(dated) else "no dated events"
    intro = f"{len(events)} events told by {len(timeline.sources)} articles, {span}."
    if n_undated:
        intro += f" {n_undated} undated events are not shown."
    doc = {"title": {"text": {"headline": title or "Timeline", "text": intro}}, "events": events}
    if path is None:
        return doc
    _write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", path)
    return None


_ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "source",
    "notes",
    "fatalities",
)


def _acled_precision(precision: str, date: str) -> int:
    if precision == "day" and not date.startswith("≈"):
        return 1
    if precision in ("day", "week"):
        return 2
    return 3


def to_acled(timeline: Timeline, path: str | Path | None = None) -> str | None:
    """An ACLED-style CSV, one row per dated event.

    ``event_date`` is the day, or the middle of the window (ACLED's convention for
    time_precision 2 and 3); ``event_type``/``sub_event_type`` come from the mentions'
    trigger words where ``merge.toml`` maps them, else from the event type (unmapped:
    "Strategic developments"/"Other", our type leading the notes); ``fatalities`` is the lowest killed figure any source
    gives (ACLED's conservative policy), 0 when none is stated; ``location`` is blank
    (not extracted); ``source`` the outlets, else the article ids; ``notes`` the title,
    the quote and any conflicts. Undated events are left out.
    """
    from timeline.merge import _resources

    acled = _resources().get("acled", {})
    mapping = acled.get("types", {})
    by_trigger = acled.get("triggers", {})
    triggers: dict[str, list[str]] = {}
    for eid, trig in zip(timeline.mentions["event_id"], timeline.mentions["trigger"], strict=True):
        triggers.setdefault(eid, []).append(str(trig).lower())
    conflicts = timeline.conflicts
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(_ACLED_COLUMNS)
    for r in timeline.events.itertuples(index=False):
        if pd.isna(r.start):
            continue
        mid = r.start + (r.end - r.start) / 2
        # the words sources used ("airstrike", "shelling") say more than our broad type
        hit = next(
            (by_trigger[k] for t in triggers.get(r.event_id, []) for k in by_trigger if t.startswith(k)), None
        )
        acled_type, sub = hit or mapping.get(str(r.event_type).lower(), ("Strategic developments", "Other"))
        killed = [f["value"] for f in r.figures if f["kind"] in ("killed", "dead", "deaths")]
        notes = f"[{r.event_type}] {r.title}. {r.date}: “{r.quote}”"
        own = conflicts[conflicts["event_id"] == r.event_id]
        if len(own):
            notes += " Sources disagree: " + "; ".join(
                f"{c.field} {c.value} ({', '.join(c.claimants or c.sources)})" for c in own.itertuples(index=False)
            )
        w.writerow(
            [
                f"TL{r.event_id.lstrip('E')}",
                f"{mid:%Y-%m-%d}",
                int(mid.year),
                _acled_precision(r.precision, r.date),
                acled_type,
                sub,
                r.actors[0] if len(r.actors) > 0 else "",
                r.actors[1] if len(r.actors) > 1 else "",
                "",
                "; ".join(r.outlets) if len(r.outlets) else "; ".join(r.sources),
                notes,
                min(killed) if killed else 0,
            ]
        )
    return _write_text(buf.getvalue(), path)


def format_for(path: str | Path, format: str | None = None) -> str:
    """The export format named by `format`, else by the end of the file name."""
    if format is not None:
        f = format.lower().lstrip(".")
        if f not in FORMATS:
            raise ExportError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        return f
    name = Path(path).name.lower()
    best = None
    for fmt, endings in FORMATS.items():
        for e in endings:
            if name.endswith(e) and (best is None or len(e) > best[1]):
                best = (fmt, len(e))
    if best is None:
        raise ExportError(
            f"cannot tell the format of {str(path)!r} from its name: use .csv, .parquet, .json, "
            ".timelinejs.json or .acled.csv, or pass format="
        )
    return best[0]


def save(timeline: Timeline, path: str | Path, format: str | None = None) -> Path:
    """Write `timeline` to `path` in the format its name (or `format`) selects."""
    path = Path(path)
    fmt = format_for(path, format)
    if not path.parent.exists():
        raise ExportError(f"cannot write {path}: folder {path.parent} does not exist")
    {
        "csv": to_csv,
        "parquet": to_parquet,
        "json": to_json,
        "timelinejs": to_timelinejs,
        "acled": to_acled,
    }[fmt](timeline, path)
    return path
