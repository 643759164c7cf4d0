"""The Timeline tables: schema, ordering, selection, exports and display delegation."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pandas as pd
import pytest

from tests._events_factory import extraction, mention
from tests.test_merge import A, B, C, _corpus
from timeline.articles import Article
from timeline.errors import ExportError, InputError
from timeline.frames import CONFLICT_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, Timeline
from timeline.pipeline import assemble


@pytest.fixture
def tl() -> Timeline:
    planned = mention(
        C,
        "Hamas was withdrawing from ceasefire negotiations",
        "withdrawing",
        "return",
        actors=("Hamas",),
        when=("2024-07-01", "2024-07-31"),
        time_text="negotiations",
        modality="planned",
    )
    undated = mention(B, "Hamas has withdrawn from ceasefire negotiations with Israel", "withdrawn", "statement")
    exs = _corpus()
    exs.append(extraction(C.replace(id="c2"), planned))
    exs.append(extraction(B.replace(id="b2", outlet="Other Outlet"), undated))
    return assemble(exs)


def test_tables_have_exactly_the_schema_columns(tl):
    assert tuple(tl.events.columns) == EVENT_COLUMNS
    assert tuple(tl.mentions.columns) == MENTION_COLUMNS
    assert tuple(tl.conflicts.columns) == CONFLICT_COLUMNS
    ev = tl.events
    assert str(ev["start"].dtype) == "datetime64[ns]" and str(ev["end"].dtype) == "datetime64[ns]"
    assert ev["n_sources"].dtype == "int64"
    assert ev["confidence"].between(0, 1).all()
    assert list(ev["event_id"]) == [f"E{i:04d}" for i in range(1, len(ev) + 1)]
    for col in ("actors", "figures", "sources", "outlets"):
        assert all(isinstance(v, list) for v in ev[col])
    assert str(tl.mentions["published"].dtype) == "datetime64[ns]"


def test_events_ordered_by_start_then_end_undated_last(tl):
    ev = tl.events
    dated = ev[ev["start"].notna()]
    keys = list(zip(dated["start"], dated["end"], strict=True))
    assert keys == sorted(keys)
    assert ev["start"].isna().tolist() == sorted(ev["start"].isna().tolist())
    # the month window starts before the 13 July strike: it comes first
    assert ev["date"].tolist()[:3] == ["Jul 2024", "13 Jul 2024", "14 Jul 2024"]
    assert ev["date"].iloc[-1] == "undated" and ev["precision"].iloc[-1] == "unknown"


def test_planned_event_status(tl):
    assert tl.events.set_index("date").loc["Jul 2024", "status"] == "planned"


def test_every_mention_row_is_traceable(tl):
    texts = {a.id: a.text for a in (A, B, C)} | {"c2": C.text, "b2": B.text}
    for r in tl.mentions.itertuples():
        assert r.quote
        clause = texts[r.article_id][r.char_start : r.char_end]
        assert r.trigger in clause
    assert set(tl.mentions["event_id"]) == set(tl.events["event_id"])


def test_between_keeps_overlapping_windows(tl):
    sub = tl.between("2024-07-13", dt.date(2024, 7, 13))
    assert sub.events["date"].tolist() == ["Jul 2024", "13 Jul 2024"]
    assert set(sub.mentions["event_id"]) == set(sub.events["event_id"])
    assert set(sub.conflicts["event_id"]) <= set(sub.events["event_id"])
    assert len(tl.between("2024-07-14", None).events) == 2
    assert len(tl.between(None, "2024-06-30").events) == 0
    with pytest.raises(InputError):
        tl.between("2024-08-01", "2024-07-01")
    with pytest.raises(InputError):
        tl.between("last week", None)


def test_filter_by_actor_type_and_source(tl):
    assert tl.filter(actor="deif").events["event_type"].tolist() == ["strike"]
    assert set(tl.filter(actor="hamas").events["event_type"]) == {"return", "withdrawal"}
    assert tl.filter(event_type=["strike", "statement"]).events["event_type"].tolist() == ["strike", "statement"]
    assert tl.filter(source="Other Outlet").events["event_type"].tolist() == ["statement"]
    assert len(tl.filter(source="a").events) == 2
    assert len(tl.filter(actor="nobody")) == 0
    with pytest.raises(InputError):
        tl.filter(actor=3)


def test_repr_is_a_compact_summary(tl):
    r = repr(tl)
    assert r.startswith("<Timeline: 4 events, 5 sources, 01 Jul 2024 – 31 Jul 2024")
    assert "conflicts" in r and "0 problems" in r
    assert repr(Timeline()) == "<Timeline: 0 events, 0 sources, no dated events, 0 conflicts, 0 problems>"
    assert repr(tl.filter(source="b2")).startswith("<Timeline: 1 event, 1 source, no dated events")


def test_csv_flattens_lists(tl, tmp_path):
    text = tl.to_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["event_id"] for r in rows] == tl.events["event_id"].tolist()
    strike = next(r for r in rows if r["event_type"] == "strike")
    assert strike["sources"] == "a; b; c"
    assert strike["start"] == "2024-07-13"
    assert "killed 92 per Hamas [a]" in strike["figures"]
    out = tl.save(tmp_path / "events.csv")
    assert out.read_text(encoding="utf-8") == text


def test_parquet_round_trip(tl, tmp_path):
    path = tl.save(tmp_path / "events.parquet")
    back = pd.read_parquet(path)
    assert back["event_id"].tolist() == tl.events["event_id"].tolist()
    assert list(back.loc[1, "sources"]) == ["a", "b", "c"]
    assert back.loc[1, "figures"][0]["kind"] == "killed"


def test_json_has_every_table(tl, tmp_path):
    doc = json.loads(tl.to_json())
    assert set(doc) == {"events", "mentions", "conflicts", "problems"}
    assert doc["events"][1]["start"] == "2024-07-13"
    assert doc["events"][-1]["start"] is None
    assert len(doc["mentions"]) == len(tl.mentions)
    tl.save(tmp_path / "t.json")
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == doc


def test_timelinejs_partial_dates_omit_fields(tl, tmp_path):
    doc = tl.to_timelinejs(title="Gaza talks")
    assert doc["title"]["text"]["headline"] == "Gaza talks"
    assert "1 undated events are not shown" in doc["title"]["text"]["text"]
    by_id = {e["unique_id"]: e for e in doc["events"]}
    assert by_id["E0001"]["start_date"] == {"year": 2024, "month": 7}
    assert by_id["E0002"]["start_date"] == {"year": 2024, "month": 7, "day": 13}
    assert "end_date" not in by_id["E0002"]
    assert by_id["E0002"]["group"] == "strike"
    assert set(by_id["E0002"]["text"]) == {"headline", "text"}
    plain = tl.to_timelinejs()
    tl.save(tmp_path / "t.timelinejs.json")
    assert json.loads((tmp_path / "t.timelinejs.json").read_text(encoding="utf-8")) == plain
    tl.save(tmp_path / "t2.json", format="timelinejs")
    assert json.loads((tmp_path / "t2.json").read_text(encoding="utf-8")) == plain


def test_timelinejs_window_has_end_date():
    approx = mention(A, "Hamas said Deif was killed", "killed", "killing", when=("2023-09-20", "2023-10-20"),
                     time_text="Hamas")
    doc = assemble([extraction(A, approx)]).to_timelinejs()
    ev = doc["events"][0]
    assert ev["start_date"] == {"year": 2023, "month": 9, "day": 20}
    assert ev["end_date"] == {"year": 2023, "month": 10, "day": 20}
    assert ev["display_date"] == "≈ Oct 2023"


def test_acled_csv(tl, tmp_path):
    rows = list(csv.DictReader(io.StringIO(tl.to_acled())))
    assert list(rows[0]) == [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "actor2", "location", "source", "notes", "fatalities",
    ]
    assert len(rows) == 3  # the undated event is left out
    month, strike = rows[0], rows[1]
    assert month["time_precision"] == "3" and month["event_date"] == "2024-07-16"
    assert strike["event_id_cnty"] == "TL0002" and strike["time_precision"] == "1"
    assert strike["event_type"] == "Explosions/Remote violence"
    assert strike["fatalities"] == "92" and strike["location"] == ""
    assert strike["actor1"] == "Israel" and strike["actor2"] == "Mohammed Deif"
    assert "Sources disagree" in strike["notes"]
    tl.save(tmp_path / "x.acled.csv")
    assert (tmp_path / "x.acled.csv").read_text(encoding="utf-8") == tl.to_acled()


def test_save_refuses_unknown_formats_and_missing_folders(tl, tmp_path):
    with pytest.raises(ExportError, match="format"):
        tl.save(tmp_path / "events.xlsx")
    with pytest.raises(ExportError, match="unknown format"):
        tl.save(tmp_path / "events.csv", format="xml")
    with pytest.raises(ExportError, match="does not exist"):
        tl.save(tmp_path / "nope" / "events.csv")


def test_empty_timeline_exports(tmp_path):
    empty = assemble([])
    assert len(empty) == 0 and tuple(empty.events.columns) == EVENT_COLUMNS
    assert empty.to_csv().splitlines() == [",".join(EVENT_COLUMNS)]
    assert empty.to_timelinejs()["events"] == []
    empty.save(tmp_path / "e.parquet")
    assert len(empty.between("2024-01-01", "2024-12-31")) == 0


def test_chart_and_notebook_display_delegate(tl, monkeypatch):
    import timeline.charts as charts
    import timeline._display as display

    monkeypatch.setattr(charts, "timeline_chart", lambda t, **kw: ("chart", t, kw))
    monkeypatch.setattr(display, "repr_mimebundle", lambda t, include=None, exclude=None: {"text/plain": "x"})
    assert tl.chart(width=300) == ("chart", tl, {"width": 300})
    assert tl._repr_mimebundle_() == {"text/plain": "x"}


def test_windows_outside_the_timestamp_range_keep_their_text():
    old = mention(A, "Hamas said Deif was killed", "killed", "killing", when=("1000-01-01", "1099-12-31"),
                  time_text="Hamas")
    tl = assemble([extraction(A, old)])
    ev = tl.events.iloc[0]
    assert pd.isna(ev["start"]) and pd.isna(ev["end"])
    assert ev["date"] == "1000–1099" and ev["precision"] == "decade"
    assert pd.isna(tl.mentions["time_start"].iloc[0])
    tl.to_csv(), tl.to_json(), tl.to_acled(), tl.to_timelinejs()


def test_timelinejs_text_is_escaped_html():
    art = Article("x", "Rebels said <b>R&D</b> sites were hit on July 13.", published="2024-07-14")
    m = mention(art, "Rebels said <b>R&D</b> sites were hit on July 13", "hit", "attack",
                when=("2024-07-13", "2024-07-13"), time_text="July 13")
    slide = assemble([extraction(art, m)]).to_timelinejs()["events"][0]
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in slide["text"]["text"] and "<b>" not in slide["text"]["headline"]


def test_acled_types_follow_the_trigger_words():
    rows = list(csv.DictReader(io.StringIO(assemble(_corpus()).to_acled())))
    strike = next(r for r in rows if "Israeli strikes" in r["notes"])
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    withdrawal = next(r for r in rows if r["notes"].startswith("[withdrawal]"))
    assert withdrawal["event_type"] == "Strategic developments"
