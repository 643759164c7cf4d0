"""End to end: `timeline build` on a messy folder reports every bad item and keeps every good one.

The folder holds a broken (binary) file, an empty file, a Latin-1 file, a duplicate of a
good article and an HTML page, through the real reader, tagger and event stages.
"""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from timeline.cli import main

GOOD = (
    "Hamas delegation leaves Cairo\n"
    "Published: 5 May 2024\n\n"
    "A Hamas delegation left Cairo on Sunday after a second day of talks with Egyptian and Qatari mediators, "
    "Egyptian state media said.\n"
)
LATIN1 = (
    "Talks stall in Doha\n"
    "Published: 6 May 2024\n\n"
    "Qatar's prime minister met the CIA director in Doha on Monday, a caf\u00e9 owner near the r\u00e9sidence said.\n"
)
HTML = (
    "<html><head><title>Strike on camp</title>"
    '<meta property="article:published_time" content="2024-07-14T10:00:00Z"></head>'
    "<body><nav>Home | World</nav><article><h1>Strike on camp</h1>"
    "<p>An Israeli strike hit the Al-Mawasi camp on Saturday, killing at least 92 people, "
    "the Health Ministry said.</p></article></body></html>"
)


@pytest.fixture
def messy(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b_copy.txt").write_text(GOOD, encoding="utf-8")  # the same wire copy again
    (d / "c_empty.txt").write_bytes(b"")
    (d / "d_latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (d / "e_broken.txt").write_bytes(bytes(range(256)) * 8)  # binary, NUL bytes
    (d / "f_page.html").write_text(HTML, encoding="utf-8")
    return d


def test_build_reports_each_problem_and_keeps_every_good_article(messy, tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert main(["build", str(messy), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    for name, kind in [("b_copy.txt", "duplicate"), ("c_empty.txt", "empty"),
                       ("d_latin1.txt", "encoding"), ("e_broken.txt", "unreadable")]:
        line = next((ln for ln in err.splitlines() if name in ln and f"[{kind}]" in ln), None)
        assert line is not None, f"{name} not reported as {kind}:\n{err}"
    events = pd.read_csv(out)
    sources = ";".join(events["sources"].astype(str))
    for article in ("a_good", "d_latin1", "f_page"):  # every good article leads to an event
        assert article in sources
    assert "b_copy" in sources or "a_good" in sources
    # the duplicate is not an independent source
    talks = events[events["sources"].astype(str).str.contains("a_good")]
    assert (talks["n_sources"] == 1).all()


def test_build_exits_non_zero_only_in_strict_mode(messy, tmp_path, capsys):
    assert main(["build", str(messy), "--out", str(tmp_path / "e.csv"), "--strict", "-q"]) != 0
    capsys.readouterr()
    for name in ("c_empty.txt", "e_broken.txt"):
        (messy / name).unlink()
    # what is left is informational only: a duplicate and a detected encoding
    assert main(["build", str(messy), "--out", str(tmp_path / "e.csv"), "--strict", "-q"]) == 0


def test_build_summary_is_not_doubled_by_python_warnings(messy, tmp_path):
    # a real process: pytest would capture Python warnings before they reach stderr
    (messy / "g_undated.txt").write_text("Talks go on\n\nNegotiators met again in Doha on Monday.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "timeline", "build", str(messy), "--out", str(tmp_path / "e.csv")]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "TimelineWarning" not in run.stderr  # undated articles are listed once, in the summary
    assert "[no_date]" in run.stderr
