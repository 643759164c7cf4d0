"""examples/negotiations.py end to end: the files it writes, the breakdowns it finds, its chart spec."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest


ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "negotiations.py"


@pytest.fixture(scope="module")
def example():
    spec = importlib.util.spec_from_file_location("_negotiations_example", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_timeline(example):
    return example.build_timeline()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("negotiations")
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out)], capture_output=True, text=True, timeout=600, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, proc.stdout


def test_script_writes_every_output(run):
    out, stdout = run
    for name in ("negotiations.html", "negotiations.png", "negotiations.svg", "sources.html", "conflicts.html",
                 "events.csv"):  # fmt: skip
        assert (out / name).stat().st_size > 0, name
        assert f"wrote {out / name}" in stdout
    assert (out / "negotiations.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "negotiations.svg").read_text()[:200].lstrip().startswith("<svg")


def test_html_works_offline(run):
    out, _ = run
    for name in ("negotiations.html", "sources.html", "conflicts.html"):
        html = (out / name).read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=", html), f"{name} loads a script from elsewhere"
        assert not re.search(r"<link[^>]+href=\"https?:", html), name
        assert "vegaEmbed" in html


def test_events_csv_is_the_event_table(run, seed_timeline):
    out, _ = run
    csv = pd.read_csv(out / "events.csv")
    assert list(csv["event_id"]) == list(seed_timeline.events["event_id"])


def test_the_three_breakdowns_are_found_in_the_table(example, seed_timeline):
    marks = example.breakdowns(seed_timeline)
    assert list(marks["label"]) == [b.label for b in example.BREAKDOWNS]
    days = [d.strftime("%Y-%m-%d") for d in marks["start"]]
    # early May: the delegation leaves Cairo (Sunday 5 May); late May: Hamas's refusal after the
    # Rafah strike (stated 30 May); mid July: the withdrawal after Al-Mawasi (Sunday 14 July)
    assert days[0] == "2024-05-05"
    assert "2024-05-26" <= days[1] <= "2024-06-05"
    assert days[2] == "2024-07-14"
    for actors in marks["actors"]:
        assert any("Hamas" in a for a in actors)
    assert marks.iloc[2]["n_sources"] >= 3  # the three July articles all report the withdrawal


def test_static_chart_carries_the_labels(run, example):
    out, _ = run
    svg = (out / "negotiations.svg").read_text(encoding="utf-8")
    for b in example.BREAKDOWNS:
        assert b.label in svg
        if b.cause:
            assert b.cause in svg


def test_stdout_names_each_breakdown(run):
    _, stdout = run
    assert stdout.count("· ") >= 3 and "Hamas pulls out" in stdout


def test_every_seed_event_in_range_is_drawn(example, seed_timeline):
    chart = example.negotiations_chart(seed_timeline, overview=False)
    spec = chart.to_dict()
    drawn = {r["event_id"] for rows in spec["datasets"].values() for r in rows if "row" in r}
    ev = seed_timeline.events
    in_range = ev[(ev["end"] >= pd.Timestamp(example.START)) & (ev["start"] <= pd.Timestamp(example.END))]
    assert drawn == set(in_range["event_id"])


#: the dataset fields that decide where marks and labels go; titles, quotes and source lists
#: (which change whenever the extractor's wording does) are left out of the seed baseline
_LAYOUT_FIELDS = {"event_id", "row", "lane", "x", "x2", "window", "planned", "n_sources", "bar_px",
                  "event_type", "label", "label_row", "align", "ax", "shade"}  # fmt: skip


def test_negotiations_chart_spec(example, seed_timeline, data_regression):
    """The seed chart's Vega-Lite spec (layout fields of its data only).

    When the extraction changes on purpose, regenerate with
    ``pytest tests/test_example.py -k spec --force-regen`` and look at the PNG.
    """
    from tests.test_charts import stable_spec

    spec = stable_spec(example.negotiations_chart(seed_timeline))
    spec["datasets"] = {
        name: [{k: v for k, v in row.items() if k in _LAYOUT_FIELDS} for row in rows]
        for name, rows in spec["datasets"].items()
    }
    data_regression.check(spec)
