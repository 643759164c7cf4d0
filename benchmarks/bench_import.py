"""Start-up cost: `import timeline` in a fresh interpreter (median of N), against peers.

Also times the first `timeline.tag` call (which loads the tagger and its lexicon), and
`import dateparser` / `import pandas` as reference points. Target: `import timeline` < 0.5 s.
Run:  python benchmarks/bench_import.py [-n 15]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence

from _common import ROOT, machine_note, median, table

CASES = {
    "import timeline": "import timeline",
    "import timeline + first tag()": "import timeline; timeline.tag('on May 5, 2024', '2024-05-07')",
    "import timeline.timeml": "import timeline.timeml",
    "import dateparser": "import dateparser",
    "import dateparser + first search_dates()": (
        "from dateparser.search import search_dates; search_dates('on May 5, 2024', languages=['en'])"
    ),
    "import pandas": "import pandas",
    "python -c pass (baseline)": "pass",
}

_CHILD = (
    "import sys, time; sys.path.insert(0, {root!r}); t = time.perf_counter()\n"
    "{stmt}\n"
    "print(time.perf_counter() - t)"
)


def _once(stmt: str) -> float | None:
    proc = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT), stmt=stmt)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return None
    return float(proc.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=15, help="fresh interpreters per case (default 15)")
    args = ap.parse_args(argv)
    print(f"# bench_import  ({machine_note()})")
    results: dict[str, tuple[float | None, int]] = {}
    for name, stmt in CASES.items():
        times = [t for t in (_once(stmt) for _ in range(args.runs)) if t is not None]
        results[name] = (median(times) if times else None, len(times))
    base = results["import timeline"][0]
    rows = []
    for name, (m, n) in results.items():
        rows.append([name, n, None if m is None else m * 1000,
                     None if (m is None or not base) else f"{m / base:.2f}"])
    print(table(["statement (fresh interpreter)", "runs", "median ms", "x import timeline"], rows,
                title="Import time (in-process time of the statement, interpreter start-up excluded)"))
    if base is not None:
        verdict = "OK" if base < 0.5 else "TOO SLOW"
        print(f"\nimport timeline: {base * 1000:.0f} ms (target < 500 ms): {verdict}")
    failed = [k for k, (m, _) in results.items() if m is None]
    if failed:
        print("note: failed (module missing or error): " + ", ".join(failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
