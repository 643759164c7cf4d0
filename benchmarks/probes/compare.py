"""Compare two checkouts of `timeline` on the news probes, mention by mention.

    python benchmarks/probes/compare.py OLD_CHECKOUT [NEW_CHECKOUT] [--files F ...] [--context N]

Each checkout's own `timeline` package tags every probe article (in a subprocess, so the two
never mix); NEW defaults to the checkout this script is in. The probes read are this folder's.
Printed, for every gold expression whose overlapping values changed: GAIN (now right, was
wrong), LOSE (was right, now wrong) or CHANGED (right or wrong both times), with the sentence
around it; then every spurious mention added (SPURIOUS+) or removed (SPURIOUS-); then one
summary line. A developer's tool for reading what a change does before it lands.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_DUMP = r"""
import json, sys
repo, here, files = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.path.insert(0, repo)
sys.path.insert(0, here)
import timeline, score
from pathlib import Path
out = []
for f in files:
    for a in score.read_probe(Path(f)):
        got = timeline.tag(a.text, a.published.isoformat())
        pairs, spurious = score.overlaps(a, got)
        golds = [
            [g.start, g.end, g.values, any("*" in g.values or got[k].value in g.values for k in over), [got[k].value for k in over]]
            for g, over in pairs
        ]
        spur = [[got[k].start, got[k].end, got[k].value] for k in spurious]
        out.append([Path(f).stem, a.id, a.text, golds, spur])
json.dump({"timeline": timeline.__file__, "articles": out}, sys.stdout)
"""


def dump(checkout: Path, files: list[Path]) -> dict:
    """Tag every article of ``files`` with ``checkout``'s own timeline (in a subprocess)."""
    proc = subprocess.run(
        [sys.executable, "-c", _DUMP, str(checkout), str(HERE), *map(str, files)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"compare: tagging with {checkout} failed:\n{proc.stderr}")
    got = json.loads(proc.stdout)
    if not Path(got["timeline"]).resolve().is_relative_to(checkout.resolve()):
        raise SystemExit(f"compare: {checkout} did not provide its own timeline (got {got['timeline']})")
    return got


def _around(text: str, s: int, e: int, width: int) -> str:
    return (text[max(0, s - width) : s] + "[[" + text[s:e] + "]]" + text[e : e + width]).replace("\n", " ")


def compare(old: dict, new: dict, width: int = 100) -> tuple[list[str], dict[str, int]]:
    """The lines that tell what changed between two dumps, and the counts."""
    lines: list[str] = []
    n = dict(gain=0, lose=0, changed=0, spurious_added=0, spurious_removed=0)
    olds = {(a[0], a[1]): a for a in old["articles"]}
    for probe, aid, text, golds, spur in new["articles"]:
        was = olds.get((probe, aid))
        if was is None:
            continue
        for (s, e, values, ok, got), (_, _, _, ok0, got0) in zip(golds, was[3]):
            if got == got0:
                continue
            kind = "GAIN" if ok and not ok0 else "LOSE" if ok0 and not ok else "CHANGED"
            n[{"GAIN": "gain", "LOSE": "lose", "CHANGED": "changed"}[kind]] += 1
            lines.append(f"{kind} {probe} {aid} gold={'/'.join(values)} {got0} -> {got}\n    {_around(text, s, e, width)}")
        before = {tuple(m) for m in was[4]}
        after = {tuple(m) for m in spur}
        for s, e, v in sorted(after - before):
            n["spurious_added"] += 1
            lines.append(f"SPURIOUS+ {probe} {aid} {v}\n    {_around(text, s, e, width)}")
        for s, e, v in sorted(before - after):
            n["spurious_removed"] += 1
            lines.append(f"SPURIOUS- {probe} {aid} {v}\n    {_around(text, s, e, width)}")
    return lines, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path, help="the checkout to compare from")
    ap.add_argument("new", type=Path, nargs="?", default=HERE.parent.parent, help="the checkout to compare to (default: this one)")
    ap.add_argument("--files", type=Path, nargs="*", help="probe files (default: every probe here)")
    ap.add_argument("--context", type=int, default=100, help="characters shown each side of a change")
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.glob("*.txt"))
    lines, n = compare(dump(args.old, files), dump(args.new, files), args.context)
    for line in lines:
        print(line)
    print(
        f"gain {n['gain']}, lose {n['lose']}, changed {n['changed']}, "
        f"spurious added {n['spurious_added']}, removed {n['spurious_removed']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
