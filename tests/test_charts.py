"""The charts: specs guarded by data_regression, and the rules behind the layout."""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.charts import _pack, _stagger, conflicts_chart, sources_chart, timeline_chart
from timeline.errors import InputError, TimelineWarning

# A small fixed events table with the SCHEMA.md columns, modelled on the seed articles.
_ROWS = [
    ("E0001", "2023-10-07", "2023-10-07", "day", "Hamas attacks southern Israel", "attack", ["Hamas"], "asserted",
     ["a1", "a3"], "October 7", "Israel launched the offensive after Hamas attacked southern Israel on October 7"),
    ("E0002", "2024-05-01", "2024-05-31", "month", "Biden proposes a ceasefire plan", "proposal", ["Joe Biden"],
     "asserted", ["a1"], "in May", "a ceasefire plan proposed by US President Joe Biden in May"),
    ("E0003", "2024-05-05", "2024-05-05", "day", "Hamas delegation leaves Cairo", "departure", ["Hamas"], "reported",
     ["a3"], "tonight", "The Hamas delegation left Cairo tonight."),
    ("E0004", "2024-05-07", "2024-05-07", "day", "Hamas delegation to return for talks", "talks", ["Hamas"], "planned",
     ["a3"], "on Tuesday", "expected to return for further talks on Tuesday"),
    ("E0005", "2024-05-26", "2024-05-26", "day", "Israeli strike in Rafah", "attack", ["Israel"], "asserted",
     ["a4"], "on May 26", "after the IDF launched one of their deadliest attacks in Rafah on May 26"),
    ("E0006", "2024-05-30", "2024-05-30", "day", "Hamas refuses to continue negotiations", "refusal", ["Hamas"],
     "asserted", ["a4"], "on May 30", "Hamas stated on May 30"),
    ("E0007", "2024-07-08", "2024-07-14", "week", "Strikes on Gaza City", "attack", ["Israel"], "reported",
     ["a2"], "this week", "strikes on Gaza City this week"),
    ("E0008", "2024-07-13", "2024-07-13", "day", "Israeli strike on Al-Mawasi camp", "attack", ["Israel"], "asserted",
     ["a0", "a1", "a2"], "Saturday", "the attack on the Al-Mawasi camp in the Gaza Strip on Saturday"),
    ("E0009", "2024-07-14", "2024-07-14", "day", "Hamas withdraws from ceasefire talks", "withdrawal",
     ["Hamas", "Ismail Haniyeh"], "asserted", ["a0", "a1", "a2"], "Sunday, July 14",
     "Hamas decided on Sunday, July 14, to withdraw from negotiations"),
    ("E0010", None, None, "unknown", "Israel takes the Philadelphi Corridor", "military", ["Israel"], "asserted",
     ["a4"], "", "has taken control of the Philadelphi Corridor"),
]  # fmt: skip
_COLUMNS = ["event_id", "start", "end", "precision", "title", "event_type", "actors", "status", "sources",
            "date_text", "quote"]  # fmt: skip


def sample_events() -> pd.DataFrame:
    df = pd.DataFrame(_ROWS, columns=_COLUMNS)
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    df["date"] = [
        "" if pd.isna(s) else s.strftime("%Y-%m-%d") if p == "day" else s.strftime("%Y-%m") if p == "month"
        else f"{s:%Y-%m-%d}/{e:%Y-%m-%d}"
        for s, e, p in zip(df["start"], df["end"], df["precision"], strict=True)
    ]  # fmt: skip
    df["n_sources"] = df["sources"].map(len)
    df["outlets"] = [[] for _ in range(len(df))]
    df["figures"] = [[] for _ in range(len(df))]
    df["confidence"] = 0.8
    return df


class _FakeTimeline:
    """Just the attributes the charts read (the real Timeline is tested elsewhere)."""

    def __init__(self) -> None:
        self.events = sample_events()
        self.articles = []
        self.conflicts = pd.DataFrame(
            [
                {"event_id": "E0008", "field": "figures.killed", "value": "92", "sources": ["a0", "a1", "a2"],
                 "claimants": ["Hamas", "Health Ministry"]},
                {"event_id": "E0008", "field": "figures.killed", "value": "90", "sources": ["a5"],
                 "claimants": ["Civil Defense"]},
                {"event_id": "E0005", "field": "date", "value": "2024-05-26", "sources": ["a4"], "claimants": []},
                {"event_id": "E0005", "field": "date", "value": "2024-05-27", "sources": ["a1"], "claimants": []},
            ]
        )  # fmt: skip


def stable_spec(chart: Any) -> dict[str, Any]:
    """chart.to_dict() without its volatile parts: dataset hashes, counters, the $schema version."""
    spec = chart.to_dict()
    spec.pop("$schema", None)
    # name the datasets in the order the chart uses them (not by their content hashes)
    body = json.dumps({k: v for k, v in spec.items() if k != "datasets"})
    names: dict[str, str] = {}
    for name in re.findall(r'"(data-[0-9a-f]{16,})"', body) + sorted(spec.get("datasets", {})):
        names.setdefault(name, f"data-{len(names)}")
    text = json.dumps(spec, sort_keys=True)
    for old, new in names.items():
        text = text.replace(old, new)
    text = re.sub(r'"(param|view|selector)_[0-9a-f_]+"', r'"\1_N"', text)
    return json.loads(text)


def _rows_of(chart: Any, column: str) -> list[dict[str, Any]]:
    """Every dataset row of a chart spec that has `column`."""
    spec = chart.to_dict()
    return [r for rows in spec.get("datasets", {}).values() for r in rows if column in r]


# ---------------------------------------------------------------- specs (regression)


def test_timeline_chart_spec(data_regression):
    chart = timeline_chart(
        sample_events(),
        start="2024-05-01",
        end="2024-07-31",
        highlight=["E0003", "E0006", "E0009"],
        annotations={"E0003": "Delegation leaves Cairo", "E0006": "Hamas refuses to continue",
                     "E0009": "Hamas withdraws"},
        title="Ceasefire talks",
    )  # fmt: skip
    data_regression.check(stable_spec(chart))


def test_timeline_chart_actor_lanes_spec(data_regression):
    data_regression.check(stable_spec(timeline_chart(sample_events(), lanes="actor", overview=False)))


def test_sources_chart_spec(data_regression):
    data_regression.check(stable_spec(sources_chart(sample_events())))


def test_conflicts_chart_spec(data_regression):
    from types import SimpleNamespace as NS

    tl = _FakeTimeline()
    tl.articles = [  # a5 is not listed: it shows by id
        NS(id="a0", published="2024-07-14", outlet=None, title="Hamas pulls out of ceasefire talks"),
        NS(id="a1", published="2024-07-14", outlet="WWIII.news", title="Hamas withdraws from talks"),
        NS(id="a2", published="2024-07-14", outlet="Reuters", title=None),
        NS(id="a4", published="2024-06-05", outlet=None, title=None),
    ]  # fmt: skip
    data_regression.check(stable_spec(conflicts_chart(tl)))


# ---------------------------------------------------------------- behaviour


def test_undated_events_are_left_off_the_axis_and_counted():
    chart = timeline_chart(sample_events())
    ids = {r["event_id"] for r in _rows_of(chart, "row")}
    assert "E0010" not in ids and len(ids) == 9
    assert "1 undated not shown" in chart.to_dict()["title"]["subtitle"][0]


def test_range_filters_and_counts_events_outside():
    chart = timeline_chart(sample_events(), start="2024-05-01", end="2024-07-31")
    ids = {r["event_id"] for r in _rows_of(chart, "row")}
    assert "E0001" not in ids and "E0009" in ids
    assert "1 outside this range not shown" in chart.to_dict()["title"]["subtitle"][0]


def test_windows_are_spans_and_days_are_dots():
    rows = {r["event_id"]: r for r in _rows_of(timeline_chart(sample_events()), "window")}
    assert rows["E0002"]["window"] and rows["E0002"]["x2"].startswith("2024-06-01")  # May drawn to its last day
    assert rows["E0007"]["window"]
    assert not rows["E0003"]["window"]
    assert rows["E0004"]["planned"] and not rows["E0003"]["planned"]


def test_actor_lanes_put_an_event_in_each_actors_lane():
    rows = [r for r in _rows_of(timeline_chart(sample_events(), lanes="actor"), "row") if r["event_id"] == "E0009"]
    assert sorted(r["lane"] for r in rows) == ["Hamas", "Ismail Haniyeh"]


def test_marks_in_a_lane_never_overlap():
    df = sample_events()
    df.loc[len(df)] = df.iloc[7]  # a second event on July 13 in the "attack" lane
    df.loc[len(df) - 1, "event_id"] = "E0011"
    rows = [r for r in _rows_of(timeline_chart(df), "row") if r["event_id"] in {"E0008", "E0011", "E0007"}]
    assert len({r["row"] for r in rows}) == 3  # the week-long span and both dots each get a sub-row


def test_highlight_by_predicate_matches_highlight_by_ids():
    events = sample_events()

    def breakdowns(df: pd.DataFrame) -> pd.Series:
        return df["event_type"].isin(["departure", "refusal", "withdrawal"])

    by_pred = stable_spec(timeline_chart(events, highlight=breakdowns, annotations=["a", "b", "c"]))
    by_ids = stable_spec(timeline_chart(events, highlight=["E0003", "E0006", "E0009"], annotations=["a", "b", "c"]))
    assert by_pred == by_ids
    by_frame = events[breakdowns(events)].assign(label=["a", "b", "c"])
    assert stable_spec(timeline_chart(events, highlight=by_frame)) == by_ids


def test_timeline_object_and_dataframe_give_the_same_chart():
    assert stable_spec(timeline_chart(_FakeTimeline())) == stable_spec(timeline_chart(sample_events()))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lanes": "country"}, "lanes="),
        ({"start": "yesterday-ish"}, "not a date"),
        ({"start": "2024-07-01", "end": "2024-05-01"}, "before start"),
        ({"highlight": ["E9999"]}, "not in the table"),
        ({"highlight": ["E0003"], "annotations": ["a", "b"]}, "one label per event"),
    ],
)
def test_bad_arguments_raise_input_error(kwargs, message):
    with pytest.raises(InputError, match=message):
        timeline_chart(sample_events(), **kwargs)


@pytest.mark.parametrize("bad", [None, "events.csv", [1, 2], pd.DataFrame({"x": [1]})])
def test_not_a_timeline_raises_input_error(bad):
    with pytest.raises(InputError):
        timeline_chart(bad)
    with pytest.raises(InputError):
        sources_chart(bad)


def test_empty_and_undated_timelines_still_render():
    import vl_convert as vlc

    empty = sample_events().iloc[:0]
    undated = sample_events().iloc[[9]]
    for df in (empty, undated):
        svg = vlc.vegalite_to_svg(timeline_chart(df).to_dict())
        assert svg.startswith("<svg")
    assert "1 undated not shown" in json.dumps(timeline_chart(undated).to_dict()["title"])
    svg = vlc.vegalite_to_svg(conflicts_chart(pd.DataFrame(columns=["event_id", "field", "value"])).to_dict())
    assert "No disagreements" in svg


def test_sources_chart_marks_who_did_not_report():
    chart = sources_chart(sample_events())
    cells = _rows_of(chart, "reported")
    assert len(cells) == 10 * 5  # every event x every article
    told = {(c["event_id"], c["article_id"]) for c in cells if c["reported"] == "reports it"}
    assert ("E0009", "a0") in told and ("E0009", "a3") not in told
    assert len(told) == sum(len(s) for s in sample_events()["sources"])


def test_conflicts_chart_has_one_row_per_value():
    rows = _rows_of(conflicts_chart(_FakeTimeline()), "said_by")
    assert sorted(r["value"] for r in rows) == ["2024-05-26", "2024-05-27", "90", "92"]
    first = [r for r in rows if r["event"]]
    assert len(first) == 2  # the event name shows once per disputed fact


def test_chart_renders_to_png_and_svg(tmp_path):
    chart = timeline_chart(sample_events(), highlight=["E0009"], annotations=["Withdrawal"], overview=False)
    chart.save(str(tmp_path / "t.png"))
    chart.save(str(tmp_path / "t.svg"))
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    svg = (tmp_path / "t.svg").read_text()
    assert "Withdrawal" in svg


# ---------------------------------------------------------------- layout rules (property-based)


def _boxes(placed, xs, widths):
    return [
        (row, (x - 3, x + w + 3) if align == "left" else (x - w - 3, x + 3))
        for (row, align), x, w in zip(placed, xs, widths, strict=True)
    ]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 700), st.floats(10, 200)), max_size=25))
def test_staggered_labels_never_overlap(labels):
    xs = [x for x, _ in labels]
    widths = [w for _, w in labels]
    placed = _stagger(xs, widths, 720)
    boxes = _boxes(placed, xs, widths)
    for i, (row, (a, b)) in enumerate(boxes):
        for j, (other, (c, d)) in enumerate(boxes):
            if i != j and row == other:
                assert b <= c or a >= d  # no two labels of a row overlap
    # labels far enough apart all sit on the first row
    spread = sorted(range(len(xs)), key=lambda i: xs[i])
    if all(xs[k2] - xs[k1] > widths[k1] + 20 for k1, k2 in zip(spread, spread[1:])) and all(
        x + w + 3 <= 720 for x, w in zip(xs, widths)
    ):
        assert {r for r, _ in placed} <= {0}


def test_a_rule_does_not_cut_a_label_below_when_there_is_room():
    # two events a day apart near the right edge (13 and 14 July): the later label goes up a row
    xs, widths = [690.0, 698.0], [160.0, 220.0]
    placed = _stagger(xs, widths, 720)
    boxes = _boxes(placed, xs, widths)
    (r0, (a0, b0)), (r1, _) = boxes
    assert r0 != r1
    upper = 0 if r0 > r1 else 1
    lower_box = boxes[1 - upper][1]
    assert not (lower_box[0] - 2 <= xs[upper] <= lower_box[1] + 2)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 100), st.integers(0, 30)), max_size=30))
def test_packed_intervals_never_overlap(items):
    df = pd.DataFrame([(k, a, a + n) for k, a, n in items], columns=["lane", "lo", "hi"])
    slots = _pack(df, "lane", "lo", "hi", 1, max_slots=100)
    assert slots == _pack(df, "lane", "lo", "hi", 1, max_slots=100)  # deterministic
    for i in range(len(df)):
        for j in range(i + 1, len(df)):
            if df["lane"][i] == df["lane"][j] and slots[i] == slots[j]:
                assert df["hi"][i] + 1 <= df["lo"][j] or df["hi"][j] + 1 <= df["lo"][i]


# ---------------------------------------------------------------- notebook display and command line


def _real_timeline():
    from timeline.frames import Timeline

    fake = _FakeTimeline()
    return Timeline(fake.events, None, fake.conflicts)


def test_rich_display_has_summary_chart_and_rows():
    tl = _real_timeline()
    bundle = tl._repr_mimebundle_()
    assert bundle["text/plain"] == repr(tl)
    page = bundle["text/html"]
    assert "Timeline: 10 events (9 dated, 1 undated)" in page
    assert "data:image/svg+xml;base64," in page  # a static SVG: renders offline and untrusted
    assert page.count("<tr>") == 1 + 10  # header + the first ten rows
    assert "Hamas withdraws from ceasefire talks" in page
    assert set(tl._repr_mimebundle_(include=["text/plain"])) == {"text/plain"}
    assert set(tl._repr_mimebundle_(exclude=["text/html"])) == {"text/plain"}


def test_rich_display_escapes_html():
    tl = _real_timeline()
    tl.events.loc[0, "title"] = "<script>alert(1)</script>"
    assert "<script>alert" not in tl._repr_mimebundle_()["text/html"]


def test_cli_chart_from_a_saved_events_table(tmp_path, capsys):
    from timeline.cli import main

    tl = _real_timeline()
    tl.to_csv(tmp_path / "events.csv")
    for name in ("t.svg", "t.html", "t.json"):
        assert main(["chart", str(tmp_path / "events.csv"), "--out", str(tmp_path / name), "--lanes", "actor",
                     "--start", "2024-05-01", "--end", "2024-07-31", "--title", "Talks"]) == 0  # fmt: skip
    svg = (tmp_path / "t.svg").read_text()
    assert "Talks" in svg and "Ismail Haniyeh" in svg  # actor lanes read back from the "; "-joined CSV
    html = (tmp_path / "t.html").read_text()
    assert "vegaEmbed" in html and not re.search(r"<script[^>]+src=", html)
    spec = json.loads((tmp_path / "t.json").read_text())
    assert spec["vconcat"]  # the HTML/JSON chart keeps the overview strip
    tl.save(tmp_path / "tl.json")
    assert main(["chart", str(tmp_path / "tl.json"), "--out", str(tmp_path / "u.svg")]) == 0


def test_cli_chart_errors_are_clear(tmp_path, capsys):
    from timeline.cli import main

    assert main(["chart", str(tmp_path / "missing"), "--out", str(tmp_path / "t.png")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["chart", str(tmp_path), "--out", str(tmp_path / "t.gif")]) == 2
    assert "unknown chart format .gif" in capsys.readouterr().err
    _real_timeline().to_csv(tmp_path / "events.csv")
    assert main(["chart", str(tmp_path / "events.csv"), "--out", str(tmp_path / "t.svg"), "--start", "soon"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_packing_takes_the_lowest_free_row_and_caps_the_rows():
    df = pd.DataFrame({"lane": ["a"] * 5, "lo": [0, 0, 0, 5, 6], "hi": [10, 3, 4, 8, 9]})
    assert _pack(df, "lane", "lo", "hi", 1) == [2, 0, 1, 0, 1]  # by start, then end
    crowd = pd.DataFrame({"lane": ["a"] * 40, "lo": [0] * 40, "hi": [10] * 40})
    assert max(_pack(crowd, "lane", "lo", "hi", 1)) == 11  # twelve sub-rows at most


def test_too_many_marks_is_a_clear_error_not_an_altair_crash():
    import altair as alt

    events = sample_events()
    big = pd.concat([events.iloc[:9]] * 600, ignore_index=True)
    big["event_id"] = [f"E{i:05d}" for i in range(len(big))]
    with pytest.raises(InputError, match="narrow the chart with start=/end="):
        timeline_chart(big)
    with alt.data_transformers.disable_max_rows():
        assert len(_rows_of(timeline_chart(big, overview=False), "row")) == len(big)


def test_one_lane_and_custom_subtitle():
    chart = timeline_chart(sample_events(), lanes=None, subtitle="From five articles.", overview=False)
    rows = _rows_of(chart, "row")
    assert {r["lane"] for r in rows} == {"events"}
    assert chart.to_dict()["title"]["subtitle"] == ["From five articles."]


def test_highlight_by_boolean_series_and_without_labels():
    events = sample_events()
    mask = events["event_type"] == "withdrawal"
    spec = stable_spec(timeline_chart(events, highlight=mask))
    assert spec == stable_spec(timeline_chart(events, highlight=["E0009"]))
    assert "text" not in json.dumps([layer.get("mark") for layer in spec["vconcat"][0]["layer"]])


def test_event_type_names_read_as_words():
    events = sample_events()
    events.loc[9, ["start", "end", "precision", "event_type"]] = [
        pd.Timestamp("2024-05-27"), pd.Timestamp("2024-05-27"), "day", "territorial_control"]  # fmt: skip
    rows = [r for r in _rows_of(timeline_chart(events), "row") if r["event_id"] == "E0010"]
    assert rows[0]["lane"] == "territorial control"


_event_rows = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(0, 400)),  # start: days after 2024-01-01, or undated
        st.integers(0, 60),  # length in days
        st.sampled_from(["day", "week", "month", "season", "unknown"]),
        st.sampled_from(["attack", "talks", "withdrawal", "territorial_control", ""]),
        st.sampled_from(["asserted", "planned", "denied", "hypothetical", ""]),
        st.lists(st.sampled_from(["a0", "a1", "a2"]), max_size=3, unique=True),
        st.lists(st.sampled_from(["Hamas", "Israel", "Qatar"]), max_size=2, unique=True),
    ),
    max_size=25,
)


@settings(max_examples=30, deadline=None)
@given(_event_rows, st.sampled_from(["event_type", "actor", None]), st.booleans())
def test_any_events_table_draws_every_dated_event(rows, lanes, ranged):
    base = pd.Timestamp("2024-01-01")
    events = pd.DataFrame(
        {
            "event_id": [f"E{i:04d}" for i in range(len(rows))],
            "start": pd.to_datetime(
                pd.Series([base + pd.Timedelta(days=s) if s is not None else pd.NaT for s, *_ in rows], dtype=object)
            ),
            "end": pd.to_datetime(
                pd.Series([base + pd.Timedelta(days=s + n) if s is not None else pd.NaT for s, n, *_ in rows], dtype=object)
            ),
            "precision": [p for _, _, p, *_ in rows],
            "title": [f"event {i}" for i in range(len(rows))],
            "event_type": [t for *_, t, _, _, _ in rows],
            "status": [st_ for *_, st_, _, _ in rows],
            "sources": [s for *_, s, _ in rows],
            "actors": [a for *_, a in rows],
        }
    )
    start, end = ("2024-03-01", "2024-09-30") if ranged else (None, None)
    with warnings.catch_warnings():  # highlighting undated or out-of-range events warns: expected here
        warnings.simplefilter("ignore", TimelineWarning)
        chart = timeline_chart(events, lanes=lanes, start=start, end=end, highlight=list(events["event_id"][:3]),
                               annotations=[f"label {i}" for i in range(min(3, len(events)))])  # fmt: skip
    spec = chart.to_dict()
    drawn = {r["event_id"] for rows_ in spec.get("datasets", {}).values() for r in rows_ if "row" in r}
    dated = events[events["start"].notna()]
    if ranged:
        dated = dated[(dated["end"] >= pd.Timestamp(start)) & (dated["start"] <= pd.Timestamp(end))]
    expected = set(dated["event_id"])
    assert drawn == expected
    subtitle = spec["title"]["subtitle"][0]
    n_undated = int(events["start"].isna().sum())
    assert (f"{n_undated} undated not shown" in subtitle) == (n_undated > 0)


def test_sources_chart_names_articles_by_date_and_title_and_flags_copies():
    from types import SimpleNamespace as NS

    tl = _FakeTimeline()
    tl.articles = [
        NS(id="a0", published="2024-07-14", outlet=None, title="Hamas pulls out of ceasefire talks", duplicate_of=None),
        NS(id="a1", published="2024-07-14", outlet="WWIII.news", title="x", duplicate_of=None),
        NS(id="a2", published="2024-07-14", outlet=None, title="Hamas pulls out of ceasefire talks", duplicate_of="a0"),
    ]
    columns = {c["article_id"]: c["article"] for c in _rows_of(sources_chart(tl), "reported")}
    assert columns["a0"] == "2024-07-14 · Hamas pulls out of ceasefire ta…"  # titles cut at 32
    assert columns["a1"] == "2024-07-14 · WWIII.news"
    assert columns["a2"].endswith("(copy)")
    assert {"a3", "a4"} <= set(columns)  # articles the list lacks still get a column, by id


def test_highlighting_an_event_that_is_not_drawn_warns():
    with pytest.warns(TimelineWarning, match="E0001, E0010 are undated or outside"):
        chart = timeline_chart(sample_events(), start="2024-05-01", highlight=["E0001", "E0010", "E0009"],
                               annotations=["Oct 7", "Philadelphi", "Withdrawal"])  # fmt: skip
    labels = [r["label"] for r in _rows_of(chart, "label")]
    assert labels == ["Withdrawal"]


def test_timeline_chart_method_is_the_shortcut():
    tl = _real_timeline()
    assert stable_spec(tl.chart(lanes="actor", start="2024-05-01")) == stable_spec(
        timeline_chart(tl, lanes="actor", start="2024-05-01")
    )


# ---------------------------------------------------------------- labels at the edges of a zoomed range


def _with_brush(spec: dict[str, Any], lo: str, hi: str) -> dict[str, Any]:
    """The spec with the overview brush set to [lo, hi], as after a user's drag (for a static render)."""
    days = [{"year": t.year, "month": t.month, "date": t.day, "hours": t.hour} for t in map(pd.Timestamp, (lo, hi))]
    params = [p for p in spec.get("params", []) if p["name"] == "brush"]
    assert len(params) == 1
    params[0]["value"] = {"x": days}
    return spec


def _drawn_labels(svg: str) -> dict[str, tuple[str, float]]:
    """label text -> (text-anchor, x in the plot's pixels) of the bold label marks of an SVG."""
    out = {}
    for m in re.finditer(r'<text [^>]*text-anchor="(\w+)" transform="translate\(([-\d.]+),[-\d.]+\)"[^>]*'
                         r'font-size="11.5px" font-weight="bold"[^>]*>([^<]+)</text>', svg):  # fmt: skip
        out[m.group(3)] = (m.group(1), float(m.group(2)))
    return out


_NOTES = {"E0003": "Delegation leaves Cairo", "E0006": "Hamas refuses to continue", "E0009": "Hamas withdraws"}


def test_a_label_near_the_right_end_hangs_left_of_its_rule():
    from timeline.charts import _natural_side

    assert _natural_side(100, 150, 720) == "left"
    assert _natural_side(650, 150, 720) == "right"  # would run past the right edge
    assert _natural_side(500, 600, 720) == "right"  # fits nowhere: the side with more room
    assert _natural_side(200, 600, 720) == "left"
    # unzoomed: the last event's label is right-aligned by the layout
    chart = timeline_chart(sample_events(), start="2024-05-01", end="2024-07-15", highlight=list(_NOTES),
                           annotations=_NOTES, overview=False)  # fmt: skip
    rows = {r["label"]: r for r in _rows_of(chart, "label_row")}
    assert rows["Hamas withdraws"]["align"] == "right" and rows["Delegation leaves Cairo"]["align"] == "left"


@pytest.mark.parametrize(
    ("end", "lo", "hi", "flipped", "kept"),
    [
        # laid out left-aligned, near the right end of the zoomed range
        ("2024-07-31", "2024-05-02", "2024-05-31", "Hamas refuses to continue", "Delegation leaves Cairo"),
        # laid out right-aligned (the right end of the chart), near the left end of the zoomed range
        ("2024-07-20", "2024-07-13T18", "2024-07-20", "Hamas withdraws", None),
    ],
)
def test_labels_stay_inside_the_plot_when_the_brush_zooms(end, lo, hi, flipped, kept):
    import vl_convert as vlc

    chart = timeline_chart(sample_events(), start="2024-05-01", end=end, highlight=list(_NOTES),
                           annotations=_NOTES, width=720)  # fmt: skip
    unzoomed = {r["label"]: r["align"] for r in _rows_of(chart, "label_row")}
    drawn = _drawn_labels(vlc.vegalite_to_svg(_with_brush(chart.to_dict(), lo, hi)))
    assert flipped in drawn
    anchor, x = drawn[flipped]
    width = len(flipped) * 6.3
    # it changed side, and its whole box lies inside the 720 px plot
    assert (anchor == "end") == (unzoomed[flipped] == "left")
    left, right = (x - 4 - width, x - 4) if anchor == "end" else (x + 4, x + 4 + width)
    assert 0 <= left and right <= 720
    if kept:  # a label with room keeps the side the layout gave it
        assert drawn[kept][0] == {"left": "start", "right": "end"}[unzoomed[kept]]
    assert not set(drawn) - set(_NOTES.values())  # labels of events outside the range are not drawn


def test_a_label_that_changes_side_gets_a_row_of_its_own():
    import vl_convert as vlc

    chart = timeline_chart(sample_events(), start="2024-05-01", end="2024-07-31", highlight=list(_NOTES),
                           annotations=_NOTES)  # fmt: skip
    svg = vlc.vegalite_to_svg(_with_brush(chart.to_dict(), "2024-05-02", "2024-05-31"))
    ys = {m.group(2): float(m.group(1)) for m in re.finditer(
        r'translate\([-\d.]+,([-\d.]+)\)"[^>]*font-size="11.5px" font-weight="bold"[^>]*>([^<]+)</text>', svg)}  # fmt: skip
    rows = {r["label"]: r["label_row"] for r in _rows_of(chart, "label_row")}
    n_rows = max(rows.values()) + 1
    assert rows["Hamas refuses to continue"] == rows["Delegation leaves Cairo"] == 0  # one row unzoomed
    # zoomed, the label that changed side sits above every row of the layout (15 px a row)
    assert ys["Delegation leaves Cairo"] - ys["Hamas refuses to continue"] == 15 * n_rows
    # in a row kept free for it: the chart's size does not change (a page does not re-lay it
    # out, so growing would push the title out of view), and nothing spills to the right
    size = r'<svg [^>]*width="([\d.]+)" height="([\d.]+)"'
    assert re.search(size, svg).groups() == re.search(size, vlc.vegalite_to_svg(chart.to_dict())).groups()


# ---------------------------------------------------------------- colours


def _ciede2000(c1: str, c2: str) -> float:
    """CIEDE2000 colour difference of two sRGB hex colours (about 2: just noticeable side by side)."""
    import math

    def lab(h: str) -> tuple[float, float, float]:
        rgb = [int(h.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
        xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)  # fmt: skip
        fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
        return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)

    (l1, a1, b1), (l2, a2, b2) = lab(c1), lab(c2)
    cbar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cbar**7 / (cbar**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2 - h1 + 180) % 360 - 180
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbar, cbarp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbar = h1 + h2
    elif abs(h1 - h2) <= 180:
        hbar = (h1 + h2) / 2
    else:
        hbar = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbar - 30)) + 0.24 * math.cos(math.radians(2 * hbar))
         + 0.32 * math.cos(math.radians(3 * hbar + 6)) - 0.20 * math.cos(math.radians(4 * hbar - 63)))  # fmt: skip
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc, sh = 1 + 0.045 * cbarp, 1 + 0.015 * cbarp * t
    rc = 2 * math.sqrt(cbarp**7 / (cbarp**7 + 25**7))
    rt = -math.sin(math.radians(60 * math.exp(-(((hbar - 275) / 25) ** 2)))) * rc
    dl, dc = (l2 - l1) / sl, (c2p - c1p) / sc
    return math.sqrt(dl**2 + dc**2 + (d_h / sh) ** 2 + rt * dc * (d_h / sh))


def test_ciede2000_matches_published_values():
    # Sharma, Wu & Dalal (2005) test pairs, through sRGB: black/white is 100; equal colours 0
    assert _ciede2000("#000000", "#FFFFFF") == pytest.approx(100.0, abs=0.01)
    assert _ciede2000("#0072B2", "#0072B2") == 0
    assert _ciede2000("#FF0000", "#00FF00") == pytest.approx(86.6, abs=0.5)


def test_every_type_of_the_taxonomy_has_its_own_colour():
    from timeline.charts import _OTHER_COLOUR, _type_colours
    from timeline.events import EventResources

    types = [t.replace("_", " ") for t in EventResources.default().event_types]
    colours = _type_colours(types)
    assert len(types) >= 21 and len(set(colours)) == len(types)  # no colour repeats past 12 types
    assert _OTHER_COLOUR not in colours
    closest = min(_ciede2000(a, b) for i, a in enumerate(colours + [_OTHER_COLOUR]) for b in colours[i + 1 :])
    assert closest >= 13  # told apart side by side (2 is just noticeable)


def test_a_type_keeps_its_colour_whatever_else_the_timeline_holds():
    def colour_of(events: pd.DataFrame, etype: str) -> str:
        scale = stable_spec(timeline_chart(events, lanes="actor", overview=False))
        enc = next(layer["encoding"] for layer in scale["layer"] if "fill" in layer.get("encoding", {}))
        domain, rng = enc["fill"]["scale"]["domain"], enc["fill"]["scale"]["range"]
        return dict(zip(domain, rng, strict=True))[etype]

    events = sample_events()
    only_attacks = events[events["event_type"] == "attack"]
    assert colour_of(events, "attack") == colour_of(only_attacks, "attack")
    # a type outside the taxonomy gets a colour no taxonomy type has; "other" is grey
    mine = events.assign(event_type=["my_type", *events["event_type"][1:-1], ""])
    from timeline.charts import _OTHER_COLOUR, _TYPE_COLOURS

    assert colour_of(mine, "my type") not in _TYPE_COLOURS.values()
    assert colour_of(events.assign(event_type=""), "other") == _OTHER_COLOUR


# ---------------------------------------------------------------- conflicts: articles by name


def test_conflicts_chart_names_articles_by_outlet_or_title_and_keeps_ids_in_the_tooltip():
    from types import SimpleNamespace as NS

    tl = _FakeTimeline()
    tl.articles = [
        NS(id="a0", published="2024-07-14", outlet="Al Jazeera", title="Hamas pulls out of ceasefire talks"),
        NS(id="a1", published="2024-07-14", outlet=None,
           title="Hamas Withdraws from Ceasefire Talks Amidst Ongoing Conflict"),
        NS(id="a2", published="2024-07-15", outlet="Al Jazeera", title="Hamas says pulling out of truce talks"),
        NS(id="a4", published=None, outlet="  ", title=None),
    ]  # fmt: skip
    rows = {r["value"]: r for r in _rows_of(conflicts_chart(tl), "said_by")}
    # 92 killed: a0, a1, a2 -- two Al Jazeera articles told apart by their day, a1 by its title
    assert rows["92"]["articles"] == "Al Jazeera (2024-07-14); “Hamas Withdraws from…”; Al Jazeera (2024-07-15)"
    assert "000" not in rows["92"]["articles"] and "a0" not in rows["92"]["articles"]
    assert rows["92"]["article_ids"] == "a0, a1, a2"  # provenance stays in the tooltip
    assert "“Hamas Withdraws from Ceasefire Talks Amidst Ongoing Conflict”" in rows["92"]["article_names"]
    assert rows["90"]["articles"] == "a5"  # an article the timeline does not list: its id
    assert rows["2024-05-26"]["articles"] == "a4"  # no outlet, no title: its id
    spec = json.dumps(conflicts_chart(tl).to_dict())
    assert '"field": "article_ids"' in spec and '"title": "Article ids"' in spec


def test_conflicts_chart_reads_outlets_from_the_mentions_of_a_streamed_timeline():
    from timeline.frames import Timeline

    fake = _FakeTimeline()
    mentions = pd.DataFrame({"event_id": ["E0008", "E0008"], "article_id": ["a0", "a5"],
                             "outlet": ["Reuters", None], "published": ["2024-07-14", None]})  # fmt: skip
    tl = Timeline(fake.events, mentions, fake.conflicts)  # no articles: what a streamed build keeps
    rows = {r["value"]: r for r in _rows_of(conflicts_chart(tl), "said_by")}
    assert rows["92"]["articles"] == "Reuters; a1; a2"
    assert rows["90"]["articles"] == "a5"


def test_conflicts_chart_names_the_seed_articles_by_their_titles(seeds_dir):
    import timeline

    tl = timeline.build(timeline.read_articles(seeds_dir))
    if not len(tl.conflicts):
        pytest.skip("the seed timeline has no conflicts")
    rows = _rows_of(conflicts_chart(tl), "said_by")
    titles = {a.id: a.title for a in tl.articles}
    for r in rows:
        for aid in r["article_ids"].split(", "):
            assert aid not in r["articles"]  # every seed article has a title: no raw id shows
            assert f"“{titles[aid]}”" in r["article_names"]


def test_articles_of_one_outlet_and_day_are_told_apart_by_id():
    from timeline.charts import _name_sources

    names = {"x": ("Reuters", "2024-07-14"), "y": ("Reuters", "2024-07-14"), "z": ("AP", ""), "w": ("", "")}
    assert _name_sources(["x", "y", "z", "w"], names, 40) == ["Reuters (x)", "Reuters (y)", "AP", "w"]


def test_a_label_longer_than_its_room_is_cut_with_an_ellipsis_inside_the_plot():
    import vl_convert as vlc

    long = "Delegation leaves Cairo after two days of talks with Egyptian and Qatari mediators, " * 2
    notes = {"E0003": long.strip(), "E0009": "Hamas withdraws"}
    chart = timeline_chart(sample_events(), start="2024-05-01", end="2024-07-31", highlight=list(notes),
                           annotations=notes, overview=False)  # fmt: skip
    rows = {r["event_id"]: r for r in _rows_of(chart, "room")}
    assert rows["E0003"]["align"] == "left" and 600 < rows["E0003"]["room"] < 720  # from 5 May to the right edge
    drawn = _drawn_labels(vlc.vegalite_to_svg(chart.to_dict()))
    cut = next(t for t in drawn if t.startswith("Delegation"))
    assert cut.endswith("…") and len(cut) < len(long.strip())
    assert "Hamas withdraws" in drawn  # a label with room is whole


@pytest.mark.parametrize(
    ("notes", "end", "lo", "hi", "laid_out", "anchor"),
    [
        # left-aligned, both near the right end of the zoomed range: the one nearer the end goes up
        ({"E0003": "Hamas delegation leaves Cairo after the talks stall again",
          "E0004": "Delegation expected back in Cairo for more talks"}, "2024-07-31", "2024-05-01", "2024-05-07T12",
         "left", "end"),
        # right-aligned (at the chart's right end), both near the left end: the one nearer that end goes up
        ({"E0009": "Hamas withdraws from the talks after the strike on the camp",
          "E0008": "Israeli strike on the Al-Mawasi camp in the Gaza Strip"}, "2024-07-20", "2024-07-12T12",
         "2024-07-20", "right", "start"),
    ],
)  # fmt: skip
def test_labels_that_change_side_at_one_end_stack_without_a_rule_cutting_them(notes, end, lo, hi, laid_out, anchor):
    import vl_convert as vlc

    chart = timeline_chart(sample_events(), start="2024-05-01", end=end, highlight=list(notes), annotations=notes)
    assert {r["align"] for r in _rows_of(chart, "label_row")} == {laid_out}
    svg = vlc.vegalite_to_svg(_with_brush(chart.to_dict(), lo, hi))
    labels = {m.group(4): (m.group(1), float(m.group(2)), float(m.group(3))) for m in re.finditer(
        r'text-anchor="(\w+)" transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*font-size="11.5px" font-weight="bold"[^>]*>'
        r'([^<]+)</text>', svg)}  # fmt: skip
    (lower, upper) = sorted((labels[t] for t in notes.values()), key=lambda v: -v[2])
    assert lower[0] == upper[0] == anchor  # both changed side
    assert lower[2] - upper[2] == 15  # on rows of their own
    # the upper label's rule does not cross the lower label: it is nearer the edge it hangs from
    assert (upper[1] > lower[1]) if anchor == "end" else (upper[1] < lower[1])
