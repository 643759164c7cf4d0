"""The `Timeline`: merged events, their mentions and their conflicts as pandas tables.

`timeline.build` returns one. It orders, filters and exports the tables
(CSV, Parquet, JSON, TimelineJS, ACLED-style CSV) and hands charts to
`timeline.charts` and notebook display to `timeline._display`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from timeline.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import altair as alt

    from timeline.articles import Article, ReadProblem

__all__ = ["Timeline", "EVENT_COLUMNS", "MENTION_COLUMNS", "CONFLICT_COLUMNS"]

EVENT_COLUMNS = (
    "event_id",
    "start",
    "end",
    "date",
    "precision",
    "title",
    "event_type",
    "actors",
    "figures",
    "status",
    "n_sources",
    "sources",
    "confidence",
    "outlets",
    "date_text",
    "quote",
)
MENTION_COLUMNS = (
    "event_id",
    "article_id",
    "outlet",
    "published",
    "sentence_index",
    "char_start",
    "char_end",
    "quote",
    "trigger",
    "time_text",
    "time_value",
    "time_start",
    "time_end",
    "link_rule",
    "modality",
    "attribution",
)
CONFLICT_COLUMNS = ("event_id", "field", "value", "sources", "claimants")

_DATETIME_COLS = {"start", "end", "published", "time_start", "time_end"}
_INT_COLS = {"n_sources", "sentence_index", "char_start", "char_end"}
_FLOAT_COLS = {"confidence"}
_LIST_COLS = {"actors", "figures", "sources", "outlets", "claimants"}


_NS_MIN = _dt.datetime(1678, 1, 1)
_NS_MAX = _dt.datetime(2261, 12, 31)


def _stamp(v: Any) -> Any:
    if v is None or v is pd.NaT:
        return pd.NaT
    if isinstance(v, pd.Timestamp):
        return v
    if isinstance(v, _dt.date) and not isinstance(v, _dt.datetime):
        v = _dt.datetime(v.year, v.month, v.day)
    if isinstance(v, _dt.datetime):
        return pd.Timestamp(v) if _NS_MIN <= v.replace(tzinfo=None) <= _NS_MAX else pd.NaT
    return pd.Timestamp(v)


def _frame(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with exactly `columns`, in order, and stable dtypes even when empty."""
    data: dict[str, Any] = {}
    for c in columns:
        values = [r.get(c) for r in rows]
        if c in _DATETIME_COLS:
            # datetime64[ns] spans 1677-2262: a window outside it ("the 10th century") keeps
            # its `date` text but has no timestamp
            stamps = [_stamp(v) for v in values]
            data[c] = pd.Series(stamps, dtype="datetime64[ns]")
        elif c in _INT_COLS:
            data[c] = pd.Series(values, dtype="int64")
        elif c in _FLOAT_COLS:
            data[c] = pd.Series(values, dtype="float64")
        elif c in _LIST_COLS:
            data[c] = pd.Series([list(v) if v is not None else [] for v in values], dtype=object)
        else:
            data[c] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=list(columns))


def _to_date(value: Any, name: str) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"{name} must be a date, a datetime or an ISO string like '2024-07-13', got {value!r}")


class Timeline:
    """Events merged across articles, with every mention and every disagreement.

    Attributes:
        events: one row per event, ordered by start, then end (undated last); see
            ``docs/events.md`` for the columns.
        mentions: one row per event mention (article, sentence, offsets, quote, time, rule).
        conflicts: one row per disagreeing value (dates, figures, claims) with its sources.
        articles: the articles read (without their text when streamed from a path).
        problems: what could not be read or used, and why (``ReadProblem`` records).
    """

    def __init__(
        self,
        events: pd.DataFrame | None = None,
        mentions: pd.DataFrame | None = None,
        conflicts: pd.DataFrame | None = None,
        *,
        articles: Iterable[Article] = (),
        problems: Iterable[ReadProblem] = (),
    ) -> None:
        self.events = events if events is not None else _frame([], EVENT_COLUMNS)
        self.mentions = mentions if mentions is not None else _frame([], MENTION_COLUMNS)
        self.conflicts = conflicts if conflicts is not None else _frame([], CONFLICT_COLUMNS)
        self.articles = list(articles)
        self.problems = list(problems)

    @classmethod
    def from_rows(
        cls,
        events: Sequence[dict[str, Any]],
        mentions: Sequence[dict[str, Any]],
        conflicts: Sequence[dict[str, Any]],
        *,
        articles: Iterable[Article] = (),
        problems: Iterable[ReadProblem] = (),
    ) -> Timeline:
        """Build the three tables from row dicts (keys: the column names)."""
        return cls(
            _frame(events, EVENT_COLUMNS),
            _frame(mentions, MENTION_COLUMNS),
            _frame(conflicts, CONFLICT_COLUMNS),
            articles=articles,
            problems=problems,
        )

    # ------------------------------------------------------------------ basics

    def __len__(self) -> int:
        return len(self.events)

    @property
    def sources(self) -> list[str]:
        """Ids of the articles that tell at least one event."""
        return sorted({s for ss in self.events["sources"] for s in ss})

    def __repr__(self) -> str:
        ev = self.events
        dated = ev.dropna(subset=["start"])
        if len(dated):
            lo, hi = dated["start"].min(), dated["end"].max()
            span = f"{lo:%d %b %Y} – {hi:%d %b %Y}"
        else:
            span = "no dated events"
        n = len(self.sources)
        return (
            f"<Timeline: {len(ev)} event{'s' if len(ev) != 1 else ''}, {n} source{'s' if n != 1 else ''}, {span}, "
            f"{len(self.conflicts)} conflicts, {len(self.problems)} problems>"
        )

    # ------------------------------------------------------------------ selecting

    def _subset(self, mask: pd.Series) -> Timeline:
        events = self.events[mask.to_numpy(dtype=bool)].reset_index(drop=True)
        ids = set(events["event_id"])
        mentions = self.mentions[self.mentions["event_id"].isin(ids)].reset_index(drop=True)
        conflicts = self.conflicts[self.conflicts["event_id"].isin(ids)].reset_index(drop=True)
        return Timeline(events, mentions, conflicts, articles=self.articles, problems=self.problems)

    def between(self, start: Any = None, end: Any = None) -> Timeline:
        """Events whose window overlaps [start, end] (inclusive days); undated ones are left out.

        `start`/`end`: a date, datetime, pandas Timestamp or ISO string; None leaves that side open.
        """
        lo, hi = _to_date(start, "start"), _to_date(end, "end")
        if lo is not None and hi is not None and lo > hi:
            raise InputError(f"between(): start {lo} is after end {hi}")
        ev = self.events
        mask = ev["start"].notna()
        if hi is not None:
            mask &= ev["start"] <= pd.Timestamp(hi)
        if lo is not None:
            mask &= ev["end"] >= pd.Timestamp(lo)
        return self._subset(mask)

    def filter(
        self,
        actor: str | Iterable[str] | None = None,
        event_type: str | Iterable[str] | None = None,
        source: str | Iterable[str] | None = None,
    ) -> Timeline:
        """Events that name `actor` (case-insensitive, part of a name is enough), are of
        `event_type`, and are told by `source` (an article id or an outlet); each may be a
        list, meaning any of them. None means no condition."""

        def as_set(v: str | Iterable[str] | None, name: str) -> list[str] | None:
            if v is None:
                return None
            if isinstance(v, str):
                return [v.lower()]
            try:
                return [str(x).lower() for x in v]
            except TypeError:
                raise InputError(f"filter(): {name} must be a string or a list of strings, got {v!r}") from None

        actors, types, sources = as_set(actor, "actor"), as_set(event_type, "event_type"), as_set(source, "source")
        ev = self.events
        mask = pd.Series(True, index=ev.index)
        if actors is not None:
            mask &= ev["actors"].map(lambda xs: any(a in x.lower() for x in xs for a in actors))
        if types is not None:
            mask &= ev["event_type"].map(lambda t: str(t).lower() in types)
        if sources is not None:
            told = [
                any(s.lower() in sources for s in list(ss) + list(oo))
                for ss, oo in zip(ev["sources"], ev["outlets"], strict=True)
            ]
            mask &= pd.Series(told, index=ev.index, dtype=bool)
        return self._subset(mask)

    # ------------------------------------------------------------------ exports

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """The events table as CSV (lists "; "-joined); the text when `path` is None."""
        from timeline.exports import to_csv

        return to_csv(self, path)

    def to_parquet(self, path: str | Path) -> None:
        """The events table as Parquet (lists and figures kept as nested columns)."""
        from timeline.exports import to_parquet

        to_parquet(self, path)

    def to_json(self, path: str | Path | None = None) -> str | None:
        """Events, mentions, conflicts and problems as one JSON document."""
        from timeline.exports import to_json

        return to_json(self, path)

    def to_timelinejs(self, path: str | Path | None = None, *, title: str | None = None) -> dict | None:
        """TimelineJS JSON (title slide + dated events); the dict when `path` is None."""
        from timeline.exports import to_timelinejs

        return to_timelinejs(self, path, title=title)

    def to_acled(self, path: str | Path | None = None) -> str | None:
        """An ACLED-style CSV (event_id_cnty, event_date, time_precision, ... fatalities)."""
        from timeline.exports import to_acled

        return to_acled(self, path)

    def save(self, path: str | Path, format: str | None = None) -> Path:
        """Write the timeline; the format comes from `format` or the file name:
        ``.csv``, ``.parquet``, ``.json``, ``.timelinejs.json``, ``.acled.csv``."""
        from timeline.exports import save

        return save(self, path, format=format)

    # ------------------------------------------------------------------ display

    def chart(self, **kw: Any) -> alt.Chart:
        """An Altair timeline chart of the events (see `timeline.charts.timeline_chart`)."""
        try:
            import altair  # noqa: F401
        except ImportError as exc:  # pragma: no cover - altair is a declared dependency
            raise ImportError("Timeline.chart() needs altair: pip install 'altair>=5.3'") from exc
        from timeline.charts import timeline_chart

        return timeline_chart(self, **kw)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Any:
        from timeline._display import repr_mimebundle

        return repr_mimebundle(self, include=include, exclude=exclude)
