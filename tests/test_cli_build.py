"""`timeline.build` sources and the `timeline build` command (with a stand-in extractor).

The extraction itself is tested elsewhere; here one event per article ("X met Y on
<date>.") keeps the tests about reading, streaming, problems, formats and exit codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import timeline
import timeline.pipeline as pipeline
from timeline.articles import Article, Articles, ReadProblem
from timeline.cli import main
from timeline.errors import InputError
from timeline.events import EventMention
from timeline.pipeline import ArticleExtraction

_MET = re.compile(r"(\w+) met (\w+) on (\d{4}-\d{2}-\d{2})")


def _fake_extract(article: Article, resources=None) -> ArticleExtraction:
    ms = []
    for i, m in enumerate(_MET.finditer(article.text)):
        day = dt.date.fromisoformat(m.group(3))
        start = article.text.rfind("\n", 0, m.start()) + 1
        end = article.text.find("\n", m.end()) % (len(article.text) + 1)
        ms.append(
            EventMention(
                article_id=article.id,
                sentence_index=i,
                sentence_start=start,
                sentence_end=end,
                char_start=start,
                char_end=end,
                trigger="met",
                trigger_start=m.start(0) + len(m.group(1)) + 1,
                trigger_end=m.start(0) + len(m.group(1)) + 4,
                event_type="meeting",
                actors=(m.group(1), m.group(2)),
                link_rule="same_clause",
                earliest=day,
                latest=day,
                quote=m.group(0),
            )
        )
    warnings = [] if article.reference else [pipeline._NO_DATE]
    return ArticleExtraction(article, [], ms, warnings)


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(pipeline, "extract_article", _fake_extract)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "one.txt").write_text("Blinken met Netanyahu on 2024-06-10.\n", encoding="utf-8")
    (d / "two.txt").write_text("Officials said Blinken met Netanyahu on 2024-06-10 in Jerusalem.\n", encoding="utf-8")
    (d / "three.txt").write_text("Burns met Haniyeh on 2024-05-05.\n", encoding="utf-8")
    (d / "copy.txt").write_text("Burns met Haniyeh on 2024-05-05.\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "manifest.csv").write_text(
        "file,published,outlet\none.txt,2024-06-11,A\ntwo.txt,2024-06-11,B\nthree.txt,2024-05-06,C\n"
        "copy.txt,2024-05-06,D\n",
        encoding="utf-8",
    )
    return d


# ---------------------------------------------------------------- build() sources


def test_build_from_a_path_streams_and_keeps_problems(fake, corpus):
    tl = timeline.build(corpus)
    assert tl.events["date"].tolist() == ["5 May 2024", "10 Jun 2024"]
    assert tl.events["n_sources"].tolist() == [1, 2]  # the copy counts once
    assert tl.events["sources"].tolist() == [["copy", "three"], ["one", "two"]]
    kinds = sorted(p.kind for p in tl.problems)
    assert "empty" in kinds and "duplicate" in kinds
    assert all(a.text == "" for a in tl.articles)  # streamed: only the mentions are kept
    assert tl.mentions["quote"].str.contains("met").all()


def test_build_from_articles_list_iterator_and_dataframe_agree(fake, corpus):
    arts = timeline.read_articles(corpus)
    ref = timeline.build(arts).events.to_json(date_format="iso")
    assert timeline.build(list(arts)).events.to_json(date_format="iso") == ref
    assert timeline.build(iter(list(arts))).events.to_json(date_format="iso") == ref
    df = pd.DataFrame([{"id": a.id, "text": a.text, "published": a.published, "outlet": a.outlet} for a in arts])
    assert timeline.build(df).events["date"].tolist() == ["5 May 2024", "10 Jun 2024"]
    assert timeline.build(arts).articles[0].text  # given in memory: texts kept


def test_build_carries_read_problems_and_records_undated_articles(fake):
    arts = Articles(
        [Article("x", "Burns met Haniyeh on 2024-05-05."), Article("y", "Burns met Haniyeh on 2024-05-05.",
                                                                   published="2024-05-06")],
        problems=[ReadProblem("bad.txt", "could not decode", "unreadable")],
    )
    tl = timeline.build(arts)
    assert [(p.source, p.kind) for p in tl.problems] == [("bad.txt", "unreadable"), ("article x", "no_date")]
    assert "relative time expressions stay unresolved" in tl.problems[1].reason
    assert tl.events["n_sources"].tolist() == [2]  # the undated article is kept and merged


def test_build_does_not_repeat_a_no_date_problem_already_read(fake, tmp_path):
    (tmp_path / "a.txt").write_text("Burns met Haniyeh on 2024-05-05.", encoding="utf-8")
    with pytest.warns(Warning):
        arts = timeline.read_articles(tmp_path)
    tl = timeline.build(arts)
    assert [p.kind for p in tl.problems].count("no_date") == 1


@pytest.mark.parametrize("bad", [42, b"bytes", {"text": "x"}, [1, 2]])
def test_build_rejects_what_it_cannot_read(fake, bad):
    with pytest.raises(InputError):
        timeline.build(bad)


def test_build_rejects_a_missing_path_and_a_bad_threshold(fake, tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        timeline.build(tmp_path / "nope")
    with pytest.raises(InputError, match="threshold"):
        timeline.build([], threshold=2)


def test_build_progress_bar_goes_to_stderr(fake, corpus, capsys):
    timeline.build(corpus, progress=True)
    assert "article" in capsys.readouterr().err


# ---------------------------------------------------------------- the command


def test_cli_writes_csv_and_summarises(fake, corpus, tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["date"] for r in rows] == ["5 May 2024", "10 Jun 2024"]
    assert rows[1]["sources"] == "one; two"
    err = capsys.readouterr().err
    assert "read 4 articles (1 duplicate, counted once)" in err
    assert "kept 2 events from 4 articles" in err
    assert "empty.txt" in err  # skipped, with its reason
    assert "\r" not in err  # no progress bar when stderr is not a terminal


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("t.parquet", None, lambda p: pd.read_parquet(p)["event_id"].tolist() == ["E0001", "E0002"]),
        ("t.json", None, lambda p: len(json.loads(p.read_text(encoding="utf-8"))["events"]) == 2),
        ("t.timelinejs.json", None, lambda p: "title" in json.loads(p.read_text(encoding="utf-8"))),
        ("t.json", "timelinejs", lambda p: "title" in json.loads(p.read_text(encoding="utf-8"))),
        ("t.acled.csv", None, lambda p: p.read_text(encoding="utf-8").startswith("event_id_cnty,")),
        ("t.csv", "acled", lambda p: p.read_text(encoding="utf-8").startswith("event_id_cnty,")),
    ],
)
def test_cli_formats(fake, corpus, tmp_path, name, fmt, check):
    out = tmp_path / name
    argv = ["build", str(corpus), "--out", str(out), "-q"] + (["--format", fmt] if fmt else [])
    assert main(argv) == 0
    assert check(out)


def test_cli_stdout_and_threshold(fake, corpus, capsys):
    assert main(["build", str(corpus), "--threshold", "0.99", "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("event_id,start,end,date")
    assert len(out.strip().splitlines()) == 4  # at 0.99 only the identical copy still merges


def test_cli_strict_exits_non_zero_on_read_problems(fake, corpus, tmp_path, capsys):
    assert main(["build", str(corpus), "--out", str(tmp_path / "e.csv"), "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    (corpus / "empty.txt").unlink()
    assert main(["build", str(corpus), "--out", str(tmp_path / "e.csv"), "--strict", "-q"]) == 0  # duplicates are informational


def test_cli_errors_are_reported_with_status_2(fake, corpus, tmp_path, capsys):
    assert main(["build", str(corpus), "--out", str(tmp_path / "e.xlsx")]) == 2
    assert "format" in capsys.readouterr().err
    assert main(["build", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["build", str(corpus), "--out", str(tmp_path / "no" / "e.csv")]) == 2
    assert main(["build", str(corpus), "--threshold", "3"]) == 2


def test_cli_on_the_seed_articles_end_to_end(seeds_dir, tmp_path, capsys):
    out = tmp_path / "seeds.timelinejs.json"
    assert main(["build", str(seeds_dir), "--out", str(out), "--strict"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    dates = [e["start_date"] for e in doc["events"]]
    assert {"year": 2023, "month": 10, "day": 7} in dates and {"year": 2024, "month": 7, "day": 13} in dates
    err = capsys.readouterr().err
    assert err.startswith("read 5 articles")
    assert "no problems" in err


def test_an_extraction_crash_is_recorded_and_the_corpus_goes_on(monkeypatch, corpus):
    def flaky(article, resources=None):
        if article.id == "two":
            raise RuntimeError("boom")
        return _fake_extract(article, resources)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    tl = timeline.build(corpus)
    failed = [p for p in tl.problems if p.kind == "extraction_failed"]
    assert len(failed) == 1 and "RuntimeError: boom" in failed[0].reason
    assert "two" in [a.id for a in tl.articles]
    assert tl.events["sources"].tolist() == [["copy", "three"], ["one"]]


def test_cli_summary_caps_the_silent_articles_and_strict_ignores_merge_notes(fake, tmp_path, capsys):
    d = tmp_path / "many"
    d.mkdir()
    for i in range(25):
        (d / f"a{i:02d}.txt").write_text(f"Nothing happened here, article {i}.\n", encoding="utf-8")
    (d / "late.txt").write_text("Burns met Haniyeh on 2024-05-05.\n", encoding="utf-8")
    (d / "manifest.csv").write_text(
        "file,published\n" + "".join(f"a{i:02d}.txt,2024-05-06\n" for i in range(25)) + "late.txt,2024-05-01\n",
        encoding="utf-8",
    )
    assert main(["build", str(d), "--out", str(tmp_path / "e.csv"), "--strict"]) == 0
    err = capsys.readouterr().err
    assert "no event found in 25 articles:" in err and "and 5 more" in err
    assert "date_after_publication" in err  # listed, but not a read problem for --strict
