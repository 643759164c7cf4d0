"""End-to-end cost of `timeline.build`: time and peak memory on the seeds and the silver corpus.

Each corpus runs in a fresh interpreter: articles are read and the library warmed up on one
tiny article first, then `timeline.build` is timed (median of runs) and peak RSS is taken after
the runs; one more run under tracemalloc gives the peak of Python allocations (seeds; silver
with --traced-silver). Tagging alone on the same text is timed as the yardstick (build time /
tag time). Silver documents become plain articles with their DCT as published date.
Run:  python benchmarks/bench_build.py [--silver-docs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from _common import ROOT, add_data_arg, data_dir, machine_note, median, table

SEEDS = ROOT / "examples" / "seeds"


def _child(case: str, data: str | None, limit: int, repeats: int, traced: bool) -> dict[str, Any]:
    """Runs inside the fresh interpreter; returns the measurements."""
    import resource
    import time
    import tracemalloc

    sys.path.insert(0, str(ROOT))
    import timeline
    from timeline.articles import Article

    t0 = time.perf_counter()
    if case == "seeds":
        articles = list(timeline.read_articles(SEEDS))
    else:
        from timeline.timeml import read_timeml

        files = sorted((data_dir(data) / "silver").glob("*.tml"))  # type: ignore[operator]
        if limit > 0:
            files = files[:limit]
        articles = []
        for f in files:
            doc = read_timeml(f)
            articles.append(Article(id=doc.doc_id, text=doc.text, published=doc.dct))
    read_s = time.perf_counter() - t0
    chars = sum(len(a.text) for a in articles)

    # warm-up: lexicons, compiled patterns, event resources and pandas load on first use
    warm = Article(id="warm-up", text="Talks resumed in Cairo on Tuesday, officials said.", published="2024-05-07")
    timeline.build([warm])

    t0 = time.perf_counter()
    for a in articles:
        timeline.tag(a.text, a.reference)
    tag_s = time.perf_counter() - t0

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    events = 0
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        tl = timeline.build(articles)
        times.append(time.perf_counter() - t0)
        events = len(tl.events)
        del tl
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    traced_peak = None
    if traced:  # tracemalloc slows Python down several times: one extra run, not timed
        tracemalloc.start()
        tl = timeline.build(articles)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return dict(case=case, articles=len(articles), chars=chars, read_s=read_s, tag_s=tag_s, build_s=times,
                events=events, rss_before_mb=rss_before / 1024, rss_peak_mb=rss_after / 1024,
                traced_peak_mb=None if traced_peak is None else traced_peak / 2**20)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_arg(ap)
    ap.add_argument("--silver-docs", type=int, default=0, help="first N silver documents (0 = all 2,452)")
    ap.add_argument("--repeats", type=int, default=3, help="build runs on the seeds (median; default 3)")
    ap.add_argument("--silver-repeats", type=int, default=1, help="build runs on silver (default 1)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed per corpus")
    ap.add_argument("--traced-silver", action="store_true",
                    help="also measure the traced (tracemalloc) peak on silver: one extra, slow run")
    ap.add_argument("--child", choices=["seeds", "silver"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        repeats = args.repeats if args.child == "seeds" else args.silver_repeats
        traced = args.child == "seeds" or args.traced_silver
        print(json.dumps(_child(args.child, args.data, args.silver_docs, repeats, traced)))
        return 0

    print(f"# bench_build  ({machine_note()})")
    cases = ["seeds"]
    d = data_dir(args.data)
    if d is not None and (d / "silver").is_dir():
        cases.append("silver")
    else:
        print("note: silver skipped: TempEval-3 data not found (pass --data DIR or set TIMELINE_DATA)")
    rows = []
    for case in cases:
        cmd = [sys.executable, __file__, "--child", case, "--silver-docs", str(args.silver_docs),
               "--repeats", str(args.repeats), "--silver-repeats", str(args.silver_repeats)]
        if args.data:
            cmd += ["--data", args.data]
        if args.traced_silver:
            cmd.append("--traced-silver")
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, cwd=ROOT)
        except subprocess.TimeoutExpired:
            print(f"note: {case}: no result within --timeout {args.timeout:.0f} s")
            continue
        if proc.returncode != 0:
            print(f"note: {case}: failed:\n{proc.stderr[-1500:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        m = median(r["build_s"])
        rows.append([r["case"], r["articles"], r["chars"], r["events"], len(r["build_s"]), m, r["chars"] / m,
                     f"{m / r['tag_s']:.1f}x" if r["tag_s"] > 0 else None,
                     r["rss_before_mb"], r["rss_peak_mb"], r["traced_peak_mb"]])
    if rows:
        print(table(["corpus", "articles", "chars", "events", "runs", "median s", "chars/s", "build / tag time",
                     "RSS before MB", "RSS peak MB", "traced peak MB"], rows,
                    title="timeline.build (articles already read; fresh interpreter per corpus)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
