"""How tagging time grows with input size: 1x, 10x, 100x a slice of the silver corpus.

Two shapes of growth: more documents (the slice repeated N times, each document tagged
alone) and one long text (the slice concatenated N times into a single string). Reports
time, cost per character and the time ratio against 1x (target: 100x text <= 110x time).
Run:  python benchmarks/bench_scaling.py [--base-docs 100]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from _common import ROOT, add_data_arg, machine_note, median, require_data, table

sys.path.insert(0, str(ROOT))

from timeline.timeml import read_timeml  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_arg(ap)
    ap.add_argument("--base-docs", type=int, default=100,
                    help="silver documents in the 1x slice (default 100, ~160k chars; 0 = all 2,452: 100x then takes ~20 min)")
    ap.add_argument("--factors", default="1,10,100", help="comma-separated multiples (default 1,10,100)")
    ap.add_argument("--repeats", type=int, default=3, help="runs per size below 100x (median); 100x and up run --big-repeats")
    ap.add_argument("--big-repeats", type=int, default=1, help="runs at factors >= 100 (default 1)")
    ap.add_argument("--budget", type=float, default=300.0,
                    help="skip a size whose projected time (linear from the previous size) exceeds this many seconds")
    args = ap.parse_args(argv)

    data = require_data(args.data, "silver")
    try:
        from timeline import tag
    except (ImportError, AttributeError) as exc:
        print(f"SKIPPED: timeline.tag not importable ({exc})")
        return 0
    files = sorted((data / "silver").glob("*.tml"))
    if args.base_docs > 0:
        files = files[: args.base_docs]
    docs = [read_timeml(f) for f in files]
    ref = docs[0].dct
    base_chars = sum(len(d.text) for d in docs)
    factors = [int(x) for x in args.factors.split(",")]
    print(f"# bench_scaling  ({machine_note()})")
    print(f"1x = {len(docs)} silver documents, {base_chars:,} chars\n")
    tag("warm-up on Tuesday, May 5, 2024.", "2024-05-07")

    rows = []
    notes = []
    for shape in ("many documents", "one long text"):
        t1 = None
        prev: tuple[int, float] | None = None
        for f in factors:
            runs = args.big_repeats if f >= 100 else args.repeats
            if prev is not None and prev[1] * f / prev[0] * runs > args.budget:
                notes.append(f"{shape} {f}x: skipped, projected {prev[1] * f / prev[0] * runs:.0f} s > --budget {args.budget:.0f} s")
                continue
            if shape == "many documents":
                items = [(d.text, d.dct) for d in docs] * f
            else:
                items = [("\n\n".join(d.text for d in docs * f), ref)]
            chars = sum(len(t) for t, _ in items)
            times = []
            n_mentions = 0
            for _ in range(max(1, runs)):
                t0 = time.perf_counter()
                n_mentions = sum(len(tag(t, r)) for t, r in items)
                times.append(time.perf_counter() - t0)
            m = median(times)
            prev = (f, m)
            if t1 is None:
                t1 = m
            rows.append([shape, f"{f}x", chars, len(times), n_mentions, m, chars / m, m / chars * 1e6, f"{m / t1:.1f}x"])
            del items
    print(table(["shape", "size", "chars", "runs", "mentions", "median s", "chars/s", "us/char", "time vs 1x"], rows,
                title="Tagging time by input size (timeline.tag, one warm process)"))
    big = [r for r in rows if r[1] == "100x"]
    for r in big:
        ratio = float(r[-1].rstrip("x"))
        print(f"{r[0]}: 100x text took {ratio:.1f}x the 1x time (target <= 110x): {'OK' if ratio <= 110 else 'TOO SLOW'}")
    for n in notes:
        print("note: " + n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
