"""The benchmark scripts run end to end on a tiny corpus, and skip cleanly without data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices rose on <TIMEX3 tid="t1" type="DATE" value="1998-01-06">Tuesday</TIMEX3> after falling for
<TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>, and the index hit its
<TIMEX3 tid="t3" type="DATE" value="1997">1997</TIMEX3> high on <TIMEX3 tid="t4" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tempeval3")
    for sub, n in (("tbaq/TimeBank", 3), ("silver", 4)):
        d = root / sub
        d.mkdir(parents=True)
        for i in range(n):
            (d / f"doc{i}.tml").write_text(DOC.format(doc_id=f"{sub[:4]}{i}"), encoding="utf-8")
    return root


def _run(script: str, *args: str, env_data: str | None = None) -> str:
    env = dict(os.environ)
    env.pop("TIMELINE_DATA", None)
    if env_data is not None:
        env["TIMELINE_DATA"] = env_data
    proc = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_tagging_bench_on_tiny_corpus(tiny_data: Path) -> None:
    out = _run("bench_tagging.py", "--data", str(tiny_data), "--repeats", "1", "--no-heideltime")
    assert "TBAQ: 3 documents" in out
    acc = out.split("Accuracy on TBAQ")[1].split("Throughput")[0]
    assert "timeline" in acc and "dateparser" in acc
    assert "silver" in out.split("Throughput")[1]
    assert "ERRORS" not in out


def test_scaling_bench_on_tiny_corpus(tiny_data: Path) -> None:
    out = _run("bench_scaling.py", "--factors", "1,2", "--rounds", "1", env_data=str(tiny_data))
    assert "repeat, many documents: 2x the text" in out
    assert "distinct, one long text" in out


def test_benches_skip_without_data(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere")
    for script in ("bench_tagging.py", "bench_scaling.py"):
        assert _run(script, "--data", missing).startswith("SKIPPED")


def test_import_bench_runs() -> None:
    out = _run("bench_import.py", "-n", "1")
    assert "import timeline" in out and "(target < 500 ms)" in out


def test_build_bench_on_seeds_and_tiny_silver(tiny_data: Path) -> None:
    out = _run("bench_build.py", "--data", str(tiny_data), "--repeats", "1")
    rows = out.split("timeline.build")[-1]
    assert "\nseeds " in rows and "\nsilver " in rows
    assert "failed" not in out
