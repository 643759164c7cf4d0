"""`timeline evaluate GOLD_DIR`: score the tagger on TimeML gold with TempEval-3 conventions.

Prints strict/relaxed P/R/F1, value/type F1 and speed; ``--errors`` lists every disagreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "evaluate",
        help="score the temporal tagger on TimeML gold (TempEval-3 conventions)",
        description="Tag the TEXT of every *.tml file under GOLD_DIR (against its DCT) and print "
        "TempEval-3 strict/relaxed/value/type scores.",
    )
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of TimeML *.tml files (searched recursively) or one file")
    p.add_argument("--errors", action="store_true", help="also list every error (missed/spurious/span/value/type)")
    p.add_argument("--json", action="store_true", help="print the scores (and errors with --errors) as JSON")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents (by file name)")
    p.set_defaults(func=run)
    return p


def _show(m: dict[str, Any] | None) -> str:
    if m is None:
        return "-"
    return f"{m['text']!r} {m['type']} {m['value']}"


def run(args: argparse.Namespace) -> int:
    from timeline.timeml import evaluate

    scores = evaluate(args.gold_dir, limit=args.limit)
    out = sys.stdout
    if args.json:
        json.dump(scores.to_dict(errors=args.errors), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    if args.errors:
        for e in scores.errors:
            out.write(f"{e.doc_id}\t{e.kind:8}\tgold: {_show(e.gold)}\tpred: {_show(e.predicted)}\t| {e.context}\n")
        by_kind = {k: sum(1 for e in scores.errors if e.kind == k) for k in ("missed", "spurious", "span", "value", "type")}
        out.write("\nerrors: " + ", ".join(f"{k} {n:,}" for k, n in by_kind.items()) + "\n\n")
    out.write(scores.table() + "\n")
    return 0
