"""Shared helpers of the benchmark scripts: where the data lives, timing, tables.

Every script is one command that prints a table; figures are medians of several runs
and, where a peer is measured in the same run, ratios against it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def data_dir(arg: str | None) -> Path | None:
    """--data, else $TIMELINE_DATA, else ../shared/data/tempeval3 beside the repository."""
    for cand in (arg, os.environ.get("TIMELINE_DATA"), str(ROOT.parent / "shared" / "data" / "tempeval3")):
        if cand:
            p = Path(cand)
            return p if p.is_dir() else None
    return None


def add_data_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        default=None,
        help="TempEval-3 data folder holding tbaq/ and silver/ (default: $TIMELINE_DATA, else ../shared/data/tempeval3)",
    )


def require_data(arg: str | None, *subdirs: str) -> Path:
    """The data folder, or print why the benchmark is skipped and exit 0."""
    d = data_dir(arg)
    missing = [s for s in subdirs if d is None or not (d / s).is_dir()]
    if d is None or missing:
        where = arg or os.environ.get("TIMELINE_DATA") or ROOT.parent / "shared" / "data" / "tempeval3"
        print(f"SKIPPED: TempEval-3 data not found ({where}{' missing ' + ', '.join(missing) if d else ''}); "
              "pass --data DIR or set TIMELINE_DATA")
        sys.exit(0)
    return d


def timed_runs(fn: Callable[[], Any], repeats: int) -> tuple[list[float], Any]:
    """Run `fn` `repeats` times; the wall-clock seconds of each run and the first run's result."""
    times: list[float] = []
    first: Any = None
    for i in range(max(1, repeats)):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
        if i == 0:
            first = out
    return times, first


def timed_runs_cpu(fn: Callable[[], Any], repeats: int) -> tuple[list[float], list[float], Any]:
    """Like `timed_runs`, also returning the CPU seconds of this process for each run."""
    wall: list[float] = []
    cpu: list[float] = []
    first: Any = None
    for i in range(max(1, repeats)):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
        if i == 0:
            first = out
    return wall, cpu, first


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str = "") -> str:
    """A plain fixed-width table (numbers right-aligned)."""
    cells = [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    num = [all(_is_num(r[i]) for r in rows) if rows else False for i in range(len(headers))]

    def line(vals: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(vals, widths, num)).rstrip()

    out = [title] if title else []
    out += [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def _is_num(v: Any) -> bool:
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))


def _fmt(v: Any) -> str:
    if isinstance(v, bool) or v is None:
        return "-" if v is None else str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        if abs(v) >= 1000:
            return f"{v:,.0f}"
        if abs(v) >= 100:
            return f"{v:.1f}"
        return f"{v:.3f}"
    return str(v)


def machine_note() -> str:
    cpus = os.cpu_count()
    try:
        load = os.getloadavg()[0]
        load_s = f", load {load:.1f}"
    except OSError:  # pragma: no cover
        load_s = ""
    return (f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; Python {platform.python_version()} on "
            f"{platform.system()} {platform.machine()}, {cpus} CPUs{load_s}")
