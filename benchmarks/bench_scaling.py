"""How tagging time grows with input size: 1x, 10x, 100x text, per character.

1x is 1 % of the characters of the 2,452 silver documents (whole documents, in file order).
Two ways of growing it: ``repeat`` (the first 1x documents repeated 10 and 100 times: only the
size changes) and ``distinct`` (new text: size f tags, in turn, each of the corpus's 100/f
disjoint consecutive slices of that size, so every size reads exactly the whole corpus once a
round and no size is flattered by caches warmed on text it saw before). Each size is measured
in two shapes: many documents (each tagged alone) and one long text (a slice's documents
joined into a single string). A size's time is the mean time of one of its inputs in a round;
sizes are run in interleaved rounds and the figures are medians over rounds of the process's
CPU time (what the tagging costs, whatever else runs on the machine), with wall-clock medians
beside them; the verdict compares CPU time against 1x (target: 100x text <= 110x time).
Run:  python benchmarks/bench_scaling.py
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import Any

from _common import ROOT, add_data_arg, machine_note, median, require_data, table

sys.path.insert(0, str(ROOT))

from timeline.timeml import TimeMLDocument, read_timeml  # noqa: E402


def _prefix(docs: list[TimeMLDocument], share: float) -> list[TimeMLDocument]:
    """The shortest prefix (whole documents) holding at least `share` of the characters."""
    want, acc, k = sum(len(d.text) for d in docs) * share, 0, 0
    while k < len(docs) and acc < want:
        acc += len(docs[k].text)
        k += 1
    return docs[: max(1, k)]


def _partition(docs: list[TimeMLDocument], parts: int) -> list[list[TimeMLDocument]]:
    """`docs` cut into `parts` consecutive runs of whole documents with about equal characters."""
    total = sum(len(d.text) for d in docs)
    out: list[list[TimeMLDocument]] = [[] for _ in range(parts)]
    acc = 0
    for d in docs:
        out[min(parts - 1, acc * parts // max(1, total))].append(d)
        acc += len(d.text)
    return [p for p in out if p]


def _measure(tag: Any, slices: dict[int, list[list[TimeMLDocument]]], rounds: int, budget: float,
             title: str) -> list[str]:
    """Time every (shape, size) in interleaved rounds; print the table; return verdict lines.

    ``slices[f]`` holds the inputs of size f (each a list of documents); a round tags each once
    and records the mean time of one input.
    """
    factors = sorted(slices)
    shapes = ("many documents", "one long text")
    inputs: dict[tuple[str, int], list[list[tuple[str, Any]]]] = {}
    for f, chunks in slices.items():
        inputs[("many documents", f)] = [[(d.text, d.dct) for d in ds] for ds in chunks]
        inputs[("one long text", f)] = [[("\n\n".join(d.text for d in ds), ds[0].dct)] for ds in chunks]
    times: dict[tuple[str, int], list[float]] = {k: [] for k in inputs}  # wall-clock seconds per input
    cpu: dict[tuple[str, int], list[float]] = {k: [] for k in inputs}  # CPU seconds of this process per input
    mentions: dict[tuple[str, int], int] = {}
    skipped: dict[tuple[str, int], str] = {}
    failures: dict[tuple[str, int], str] = {}

    def chars_of(key: tuple[str, int]) -> float:  # mean characters of one input of that size
        return sum(len(t) for chunk in inputs[key] for t, _ in chunk) / len(inputs[key])

    for _ in range(max(1, rounds)):
        for shape in shapes:
            prev = None
            for f in factors:
                key = (shape, f)
                if key in skipped:
                    continue
                if prev is not None and not times[key]:
                    projected = (median(times[(shape, prev)]) * chars_of(key) / chars_of((shape, prev))
                                 * rounds * len(inputs[key]))
                    if projected > budget:
                        skipped[key] = f"projected {projected:.0f} s for {rounds} rounds > --budget {budget:.0f} s"
                        continue
                # every size reads the same amount of text a round (smaller sizes have more inputs),
                # so background load hits them alike
                c_sum = w_sum = 0.0
                count = 0
                for chunk in inputs[key]:
                    t0, c0 = time.perf_counter(), time.process_time()
                    for t, r in chunk:
                        try:
                            count += len(tag(t, r))
                        except Exception as exc:  # noqa: BLE001 - reported below the table
                            failures.setdefault(key, f"{type(exc).__name__}: {exc}")
                    c_sum += time.process_time() - c0
                    w_sum += time.perf_counter() - t0
                cpu[key].append(c_sum / len(inputs[key]))
                times[key].append(w_sum / len(inputs[key]))
                mentions[key] = round(count / len(inputs[key]))
                prev = f

    rows = []
    lines = []
    for shape in shapes:
        key1 = (shape, factors[0])
        if not cpu[key1]:
            continue
        c1, w1 = median(cpu[key1]), median(times[key1])
        base_chars = chars_of(key1)
        for f in factors:
            key = (shape, f)
            if not cpu[key]:
                continue
            chars = round(chars_of(key))
            c, w = median(cpu[key]), median(times[key])
            rows.append([shape, f"{f}x", chars, len(cpu[key]) * len(inputs[key]), mentions[key], c, chars / c, c / chars * 1e6,
                         f"{c / c1:.1f}x", w, f"{w / w1:.1f}x"])
            if f == factors[-1] and f > factors[0]:
                size = chars / base_chars
                ok = c / c1 <= 1.1 * size
                lines.append(f"{title.split(':')[0]}, {shape}: {size:.0f}x the text took {c / c1:.1f}x the 1x CPU time "
                             f"(target <= {1.1 * size:.0f}x): {'OK' if ok else 'TOO SLOW'}")
    print(table(["shape", "size", "chars", "runs", "mentions", "CPU s", "chars/CPU s", "us/char", "CPU vs 1x",
                 "wall s", "wall vs 1x"], rows, title=title))
    print()
    for (shape, f), err in failures.items():
        lines.append(f"ERRORS: {shape} {f}x: timeline.tag raised on some input (counted as 0 mentions), e.g. {err}")
    for (shape, f), why in skipped.items():
        lines.append(f"note: {shape} {f}x skipped: {why}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_arg(ap)
    ap.add_argument("--mode", choices=["both", "repeat", "distinct"], default="both",
                    help="repeat: the 1x slice repeated; distinct: growing slices of silver; both (default)")
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
    docs = [read_timeml(f) for f in sorted((data / "silver").glob("*.tml"))]
    factors = sorted(int(x) for x in args.factors.split(","))
    top = max(factors)
    unit = _prefix(docs, factors[0] / top)
    print(f"# bench_scaling  ({machine_note()})")
    print(f"1x = the first {len(unit)} silver documents ({sum(len(d.text) for d in unit):,} chars, "
          f"1/{top // factors[0]} of the corpus)\n")
    tag("warm-up on Tuesday, May 5, 2024.", "2024-05-07")
    for d in docs[:20]:  # warm the tagger's lazily-built tables on real text
        tag(d.text, d.dct)
    verdicts = []
    if args.mode in ("both", "repeat"):
        slices = {f: [unit * (f // factors[0])] * (top // f) for f in factors}
        verdicts += _measure(tag, slices, args.rounds, args.budget,
                             "repeat: the 1x documents repeated (same text, only the size grows)")
    if args.mode in ("both", "distinct"):
        slices = {f: _partition(docs, top // f) for f in factors}
        verdicts += _measure(tag, slices, args.rounds, args.budget,
                             "distinct: each size tags every disjoint slice of the corpus of that size (new text)")
    for v in verdicts:
        print(v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
