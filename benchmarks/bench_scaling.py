"""How tagging time grows with input size: 1x, 10x, 100x text, per character.

Default (``--mode distinct``): 1x, 10x and 100x are the shortest prefixes (whole documents,
in file order) holding 1 %, 10 % and 100 % of the characters of the 2,452 silver documents, so
no text is seen twice. ``--mode repeat`` repeats a slice of ``--base-docs`` documents 1, 10,
100 times instead (for sizes beyond the corpus). Each size is measured in two shapes: many
documents (each tagged alone) and one long text (the documents joined into a single string).
Sizes are run in interleaved rounds (1x, 10x, 100x, 1x, ...) so background load hits them
alike; medians are reported, with the time ratio against 1x (target: 100x text <= 110x time).  Run:  python benchmarks/bench_scaling.py
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
    ap.add_argument("--mode", choices=["distinct", "repeat"], default="distinct",
                    help="distinct: growing slices of silver (default); repeat: one slice repeated")
    ap.add_argument("--base-docs", type=int, default=100, help="--mode repeat: documents in the 1x slice (default 100)")
    ap.add_argument("--factors", default="1,10,100", help="comma-separated multiples (default 1,10,100)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; median per size (default 3)")
    ap.add_argument("--budget", type=float, default=300.0,
                    help="skip a size whose projected time for all rounds (linear from the previous size) exceeds this")
    args = ap.parse_args(argv)

    data = require_data(args.data, "silver")
    try:
        from timeline import tag
    except (ImportError, AttributeError) as exc:
        print(f"SKIPPED: timeline.tag not importable ({exc})")
        return 0
    files = sorted((data / "silver").glob("*.tml"))
    factors = sorted(int(x) for x in args.factors.split(","))
    top = max(factors)
    if args.mode == "distinct":
        docs = [read_timeml(f) for f in files]
        total = sum(len(d.text) for d in docs)
        slices = {}
        for f in factors:  # the shortest prefix of the corpus with at least f/top of its characters
            want, acc, k = total * f / top, 0, 0
            while k < len(docs) and acc < want:
                acc += len(docs[k].text)
                k += 1
            slices[f] = docs[: max(1, k)]
        unit = f"1x = first {len(slices[factors[0]])} of {len(docs)} silver documents; {top}x = all of them"
    else:
        docs = [read_timeml(f) for f in files[: args.base_docs]]
        slices = {f: docs * f for f in factors}
        unit = f"1x = {len(docs)} silver documents, repeated {', '.join(map(str, factors))} times"
    print(f"# bench_scaling  ({machine_note()})")
    print(unit + "\n")
    tag("warm-up on Tuesday, May 5, 2024.", "2024-05-07")
    for d in docs[:20]:  # warm the tagger's lazily-built tables on real text
        tag(d.text, d.dct)

    shapes = ("many documents", "one long text")
    inputs = {}
    for f, ds in slices.items():
        inputs[("many documents", f)] = [(d.text, d.dct) for d in ds]
        inputs[("one long text", f)] = [("\n\n".join(d.text for d in ds), ds[0].dct)]
    times: dict[tuple[str, int], list[float]] = {k: [] for k in inputs}
    mentions: dict[tuple[str, int], int] = {}
    skipped: dict[tuple[str, int], str] = {}
    failures: dict[tuple[str, int], str] = {}
    for _ in range(max(1, args.rounds)):
        for shape in shapes:
            prev = None
            for f in factors:
                key = (shape, f)
                if key in skipped:
                    continue
                if prev is not None and not times[key]:
                    chars_prev = sum(len(t) for t, _ in inputs[(shape, prev)])
                    chars_now = sum(len(t) for t, _ in inputs[key])
                    projected = median(times[(shape, prev)]) * chars_now / chars_prev * args.rounds
                    if projected > args.budget:
                        skipped[key] = f"projected {projected:.0f} s for {args.rounds} rounds > --budget {args.budget:.0f} s"
                        continue
                t0 = time.perf_counter()
                count = 0
                for t, r in inputs[key]:
                    try:
                        count += len(tag(t, r))
                    except Exception as exc:  # noqa: BLE001 - reported below the table
                        failures.setdefault(key, f"{type(exc).__name__}: {exc}")
                times[key].append(time.perf_counter() - t0)
                mentions[key] = count
                prev = f

    rows = []
    verdicts = []
    for shape in shapes:
        base = times.get((shape, factors[0]))
        t1 = median(base) if base else None
        for f in factors:
            key = (shape, f)
            if not times[key]:
                continue
            chars = sum(len(t) for t, _ in inputs[key])
            m = median(times[key])
            ratio = m / t1 if t1 else None
            rows.append([shape, f"{f}x", chars, len(times[key]), mentions[key], m, chars / m, m / chars * 1e6,
                         None if ratio is None else f"{ratio:.1f}x"])
            if f == 100 and ratio is not None:
                base_chars = sum(len(t) for t, _ in inputs[(shape, factors[0])])
                size_ratio = chars / base_chars
                verdicts.append(f"{shape}: {size_ratio:.0f}x the text took {ratio:.1f}x the 1x time "
                                f"(target <= {1.1 * size_ratio:.0f}x): {'OK' if ratio <= 1.1 * size_ratio else 'TOO SLOW'}")
    print(table(["shape", "size", "chars", "runs", "mentions", "median s", "chars/s", "us/char", "time vs 1x"], rows,
                title="Tagging time by input size (timeline.tag, one warm process)"))
    print()
    for v in verdicts:
        print(v)
    for (shape, f), err in failures.items():
        print(f"ERRORS: {shape} {f}x: timeline.tag raised on some input (those count as 0 mentions), e.g. {err}")
    for (shape, f), why in skipped.items():
        print(f"note: {shape} {f}x skipped: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
