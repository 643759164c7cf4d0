"""Speed of event extraction alone (time expressions tagged beforehand): characters per second.

Corpora: the five seeds concatenated ×1, ×10, ×50 (related-story blocks renamed so that the
body does not end early), the TimeBank/AQUAINT documents when the data is present, and an
unpunctuated random text (the worst case for sentence splitting). Median of runs.
Run:  python benchmarks/bench_events.py [--data DIR] [--repeats N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from types import SimpleNamespace

from _common import ROOT, add_data_arg, data_dir, median, table, timed_runs

import timeline
from timeline.events import extract_event_mentions

SEEDS = ROOT / "examples" / "seeds"


def _seed_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    body = "\n\n".join(texts)
    for a, b in (("More related stories", "More stories"), ("Related Article", "Article"),
                 ("Leave a Comment", "A comment"), ("Sources include", "Sources are")):
        body = body.replace(a, b)
    return body


def _case(name: str, docs: list[tuple[str, dt.date | None]], repeats: int) -> list[object]:
    prepared = []
    for text, ref in docs:
        art = SimpleNamespace(id=name, text=text, reference=ref, title=None)
        prepared.append((art, timeline.tag(text, ref)))

    def run() -> int:
        return sum(len(extract_event_mentions(a, t)) for a, t in prepared)

    times, n = timed_runs(run, repeats)
    chars = sum(len(t) for t, _ in docs)
    med = median(times)
    return [name, f"{chars:,}", n, f"{med:.3f}", f"{chars / med:,.0f}"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    add_data_arg(ap)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    ref = dt.date(2024, 7, 14)
    seeds = _seed_text()
    rows = [_case(f"seeds x{k}", [("\n\n".join([seeds] * k), ref)], args.repeats) for k in (1, 10, 50)]
    d = data_dir(args.data)
    if d is not None and (d / "tbaq").is_dir():
        from timeline.timeml import read_timeml_dir

        docs = [(x.text, x.dct) for x in read_timeml_dir(d / "tbaq")]
        rows.append(_case("TBAQ (TimeBank+AQUAINT)", docs, args.repeats))
    rnd = random.Random(0)
    words = "Hamas said that Israel attacked the camp on Sunday killing 92 people and the group left Cairo".split()
    junk = " ".join(rnd.choice(words) for _ in range(100_000))
    rows.append(_case("unpunctuated 550k", [(junk, None)], 1))
    print(table(["corpus", "chars", "mentions", "seconds (median)", "chars/s"], rows,
                title="Event extraction alone (tagging excluded)"))


if __name__ == "__main__":
    main()
