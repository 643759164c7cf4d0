"""Rich display of a Timeline in Jupyter: a summary line, the chart and the first rows.

`Timeline._repr_mimebundle_` delegates here. The chart is a static SVG rendered by
vl-convert and embedded as an image, so it shows offline, in untrusted notebooks and on
notebook viewers that strip scripts.
"""

from __future__ import annotations

import base64
import html
import logging
from typing import Any

_log = logging.getLogger(__name__)

#: beyond this many dated events the notebook view shows the table without the chart
_MAX_CHART_EVENTS = 5000
_HEAD = 10
_HEAD_COLUMNS = ("event_id", "date", "title", "event_type", "actors", "status", "n_sources")


def summary(tl: Any) -> str:
    """One line: how many events, dated or not, from how many articles, over which span."""
    events = tl.events
    n = len(events)
    dated = events["start"].notna() if "start" in events.columns else None
    n_dated = int(dated.sum()) if dated is not None else 0
    articles = getattr(tl, "articles", None)
    parts = [f"{n} event{'s' if n != 1 else ''} ({n_dated} dated, {n - n_dated} undated)"]
    if articles is not None:
        parts.append(f"from {len(articles)} article{'s' if len(articles) != 1 else ''}")
    if n_dated:
        first = events.loc[dated, "start"].min()
        last = events.loc[dated, "end"].max() if "end" in events.columns else events.loc[dated, "start"].max()
        parts.append(f"{first:%Y-%m-%d} to {last:%Y-%m-%d}")
    conflicts = getattr(tl, "conflicts", None)
    if conflicts is not None and len(conflicts):
        parts.append(f"{len(conflicts)} conflicting value{'s' if len(conflicts) != 1 else ''}")
    problems = getattr(tl, "problems", None)
    if problems:
        parts.append(f"{len(problems)} input problem{'s' if len(problems) != 1 else ''}")
    return "Timeline: " + ", ".join(parts)


def chart_svg(tl: Any, **kw: Any) -> str:
    """The timeline chart as SVG text (no overview strip: a static image cannot be brushed)."""
    import vl_convert as vlc

    from timeline.charts import timeline_chart

    kw.setdefault("overview", False)
    kw.setdefault("width", 640)
    return vlc.vegalite_to_svg(timeline_chart(tl, **kw).to_dict())


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if value is None:
        return ""
    text = str(value)
    return "" if text in {"NaT", "nan", "None"} else text


def _head_html(tl: Any) -> str:
    events = tl.events
    columns = [c for c in _HEAD_COLUMNS if c in events.columns]
    rows = events.head(_HEAD)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in rec) + "</tr>"
        for rec in rows[columns].itertuples(index=False, name=None)
    )
    more = f"<p><small>… and {len(events) - _HEAD} more rows: see <code>.events</code></small></p>" if len(events) > _HEAD else ""
    style = "<style>.timeline-events td:nth-child(-n+2){white-space:nowrap}</style>"
    return f"{style}<table class='timeline-events'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def to_html(tl: Any) -> str:
    """The HTML a notebook shows for a Timeline: summary, chart (SVG image), first rows."""
    parts = [f"<div class='timeline-repr'><p><strong>{html.escape(summary(tl))}</strong></p>"]
    events = tl.events
    n_dated = int(events["start"].notna().sum()) if "start" in events.columns else 0
    if 0 < n_dated <= _MAX_CHART_EVENTS:
        try:
            svg = chart_svg(tl)
        except Exception as exc:  # a display must never raise; say why the chart is missing
            _log.warning("timeline: could not draw the chart: %s", exc)
            parts.append(f"<p><em>(chart unavailable: {html.escape(str(exc))})</em></p>")
        else:
            data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
            parts.append(f"<img alt='timeline chart' style='max-width:100%' src='data:image/svg+xml;base64,{data}'/>")
    elif n_dated:
        parts.append(f"<p><em>{n_dated} dated events: too many to draw here; use .chart() with start/end.</em></p>")
    parts.append(_head_html(tl))
    parts.append("</div>")
    return "".join(parts)


def repr_mimebundle(tl: Any, include: Any = None, exclude: Any = None) -> dict[str, str]:
    """Jupyter's rich display: ``{"text/html": summary + chart + first rows, "text/plain": repr}``."""
    bundle: dict[str, str] = {}
    wanted = set(include) if include else {"text/html", "text/plain"}
    unwanted = set(exclude) if exclude else set()
    if "text/plain" in wanted and "text/plain" not in unwanted:
        bundle["text/plain"] = repr(tl)
    if "text/html" in wanted and "text/html" not in unwanted:
        bundle["text/html"] = to_html(tl)
    return bundle
