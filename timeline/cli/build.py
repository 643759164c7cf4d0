"""`timeline build PATH --out events.csv`: articles in, merged event table out.

The output format comes from the file name (.csv, .parquet, .json, .timelinejs.json,
.acled.csv) or --format; a summary of what was read, kept and skipped goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

from timeline.errors import ExportError, TimelineWarning

_FORMATS = ("csv", "parquet", "json", "timelinejs", "acled")


def _default_threshold() -> float:
    import tomllib

    with (Path(__file__).resolve().parent.parent / "resources" / "merge.toml").open("rb") as fh:
        return float(tomllib.load(fh)["policy"]["threshold"])


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "build",
        help="build the merged event timeline of a corpus",
        description=(
            "Read the articles at PATH (a folder with an optional manifest.csv/.jsonl, or a .jsonl/.csv "
            "file), extract and merge their events, and write the event table."
        ),
    )
    p.add_argument("path", metavar="PATH", help="folder of articles, or a .jsonl/.csv corpus file")
    p.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help="output file; the format follows its name (.csv .parquet .json .timelinejs.json .acled.csv). "
        "Default: CSV on stdout",
    )
    p.add_argument("--format", "-f", choices=_FORMATS, help="output format (overrides the file name)")
    p.add_argument(
        "--threshold",
        type=float,
        default=None,
        metavar="X",
        help=f"merge score (0..1) two mentions need to become one event (default {_default_threshold()}, "
        "see docs/events.md); higher keeps more apart",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 if any article had a problem (unreadable, empty, undated, extraction failed...; "
        "a duplicate only informs)",
    )
    p.add_argument("--progress", action="store_true", help="show a progress bar even when stderr is not a terminal")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    p.set_defaults(func=run)


_SHOW = 20  # article ids listed before "and N more"
#: problems that inform but do not fail --strict: the reader's informational kinds (a
#: duplicate, counted once) and a date the merge set aside as inconsistent with its article
_MERGE_NOTES = frozenset({"date_after_publication"})


def _serious(problem: Any) -> bool:
    from timeline.articles import INFORMATIONAL_KINDS

    return problem.kind not in INFORMATIONAL_KINDS | _MERGE_NOTES


def _summary(tl: Any, out: str) -> str:
    arts = tl.articles
    dups = sum(1 for a in arts if a.duplicate_of)
    undated = sum(1 for a in arts if a.published is None)
    told = set(tl.sources)
    lines = [
        f"read {len(arts)} article{'s' if len(arts) != 1 else ''}"
        + (f" ({dups} duplicate{'s' if dups != 1 else ''}, counted once)" if dups else "")
        + (f", {undated} without a publication date" if undated else ""),
        f"kept {len(tl.events)} events from {len(told)} articles "
        f"({len(tl.mentions)} mentions, {len(tl.conflicts)} conflict rows) -> {out}",
    ]
    silent = [a.id for a in arts if a.id not in told]
    if silent:
        shown = ", ".join(silent[:_SHOW]) + (f" and {len(silent) - _SHOW} more" if len(silent) > _SHOW else "")
        lines.append(f"no event found in {len(silent)} article{'s' if len(silent) != 1 else ''}: {shown}")
    if tl.problems:
        serious = sum(1 for p in tl.problems if _serious(p))
        lines.append(f"{len(tl.problems)} problem{'s' if len(tl.problems) != 1 else ''} ({serious} serious):")
        lines.extend(f"  - {p.source}: {p.reason} [{p.kind}]" for p in tl.problems)
    else:
        lines.append("no problems")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import timeline
    from timeline.exports import format_for

    fmt = args.format
    if args.out is not None:
        fmt = format_for(args.out, fmt)  # fail on a bad name before the work
        if not Path(args.out).parent.exists():
            raise ExportError(f"cannot write {args.out}: folder {Path(args.out).parent} does not exist")
    elif fmt in ("parquet",):
        raise ExportError("Parquet is binary: give --out FILE.parquet")
    progress = bool(args.progress or sys.stderr.isatty())
    with warnings.catch_warnings():  # each TimelineWarning is a problem the summary lists
        warnings.simplefilter("ignore", TimelineWarning)
        tl = timeline.build(args.path, threshold=args.threshold, progress=progress)
    if args.out is not None:
        tl.save(args.out, format=fmt)
        where = args.out
    else:
        fmt = fmt or "csv"
        text = {
            "csv": tl.to_csv,
            "json": tl.to_json,
            "acled": tl.to_acled,
            "timelinejs": lambda: __import__("json").dumps(tl.to_timelinejs(), ensure_ascii=False, indent=2) + "\n",
        }[fmt]()
        sys.stdout.write(text)
        sys.stdout.flush()
        where = "stdout"
    if not args.quiet:
        print(_summary(tl, where), file=sys.stderr)
    if args.strict:
        serious = [p for p in tl.problems if _serious(p)]
        if serious:
            print(
                f"timeline build: --strict: {len(serious)} read problem(s); exiting with status 1",
                file=sys.stderr,
            )
            return 1
    return 0


__all__ = ["add_parser", "run"]
