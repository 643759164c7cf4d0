"""`timeline chart`: build a timeline from articles (or load a saved events table) and draw it.

    timeline chart examples/seeds --out timeline.html --start 2024-05-01 --end 2024-07-31
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.errors import ExportError, InputError

_FORMATS = (".html", ".png", ".svg", ".json")
_LIST_COLUMNS = ("actors", "sources", "outlets", "figures")


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "chart",
        help="draw the timeline of a set of articles (HTML, PNG or SVG)",
        description=(
            "Build the timeline of the articles at PATH (a folder of .txt/.html files with an optional "
            "manifest.csv, a .jsonl or .csv of articles) and draw it. PATH may also be an events table "
            "saved by Timeline.save (.parquet, or a .csv/.json with an event_id column)."
        ),
    )
    p.add_argument("path", metavar="PATH", help="articles (folder, .jsonl, .csv) or a saved events table")
    p.add_argument(
        "--out",
        "-o",
        default="timeline.html",
        help="output file; the extension picks the format: .html (works offline), .png, .svg, .json "
        "(Vega-Lite spec). Default: timeline.html",
    )
    p.add_argument(
        "--lanes",
        choices=("event_type", "actor", "none"),
        default="event_type",
        help="one lane per event type (default), per actor, or none",
    )
    p.add_argument("--start", help="first day to show (YYYY-MM-DD)")
    p.add_argument("--end", help="last day to show (YYYY-MM-DD)")
    p.add_argument("--title", help="chart title (default: 'Timeline')")
    p.add_argument("--no-overview", action="store_true", help="leave out the zoomable overview strip (HTML)")
    p.add_argument("--scale", type=float, default=2.0, help="pixel scale of a PNG (default 2)")
    p.set_defaults(func=run)


def _load(path: Path) -> Any:
    """A Timeline (built from articles) or an events DataFrame (loaded from a saved table)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pandas as pd

        return pd.read_parquet(path)
    if suffix in {".csv", ".json"} and path.is_file():
        events = _read_events_table(path)
        if events is not None:
            return events
    import timeline

    articles = timeline.read_articles(path)
    if not len(articles):
        raise InputError(f"{path}: no readable articles ({articles.summary()})")
    return timeline.build(articles)


def _read_events_table(path: Path) -> Any:
    """The events table saved at `path`, or None when the file holds articles instead."""
    import pandas as pd

    try:
        if path.suffix.lower() == ".csv":
            df = pd.read_csv(path, keep_default_na=False, na_values={"start": [""], "end": [""]})
        else:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(doc, dict) and isinstance(doc.get("events"), list):  # Timeline.to_json
                doc = doc["events"]
            if not isinstance(doc, list) or not all(isinstance(r, dict) for r in doc):
                return None
            df = pd.DataFrame(doc)
    except (ValueError, OSError, UnicodeDecodeError):
        return None
    if not {"event_id", "start"} <= set(df.columns):
        return None
    for col in _LIST_COLUMNS:
        if col in df.columns:
            df[col] = [_as_list(v) for v in df[col]]
    for col in ("start", "end"):
        if col in df.columns:
            df[col] = pd.to_datetime(df[col], errors="coerce")
    return df


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if not isinstance(value, str) or not value.strip():
        return []
    text = value.strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list):
            return parsed
    sep = "|" if "|" in text else ";"
    return [p.strip() for p in text.split(sep) if p.strip()]


def run(args: argparse.Namespace) -> int:
    from timeline.charts import timeline_chart

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in _FORMATS:
        raise ExportError(f"{out}: unknown chart format {suffix or '(none)'}; use one of {', '.join(_FORMATS)}")
    data = _load(Path(args.path))
    chart = timeline_chart(
        data,
        lanes=None if args.lanes == "none" else args.lanes,
        start=args.start,
        end=args.end,
        title=args.title,
        overview=not args.no_overview and suffix in {".html", ".json"},
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".html":
            chart.save(str(out), inline=True)
        elif suffix == ".png":
            chart.save(str(out), scale_factor=args.scale)
        else:
            chart.save(str(out))
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the chart ({exc.strerror or exc})") from exc
    print(f"wrote {out}", file=sys.stderr)
    return 0
